"""The board editor: the board in the middle, a toolbar with what a facilitator does in the
hall (notes, clusters, colours, arrows, dots, photos), quick entry below, and the list and
voting panels beside. Gestures and actions become undo commands on the ``BoardDocument``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeySequence,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.board import NOTE_HEIGHT, NOTE_WIDTH, BoardRecord, Cluster, Note, NoteLink
from sec_workshop.domain.enums import NOTE_COLOR_HEX, NoteColor, NoteKind
from sec_workshop.gui.board.commands import (
    AddLinkCommand,
    AddNotesCommand,
    AddPhotoCommand,
    AlignNotesCommand,
    ArrangeClusterCommand,
    ArrangeNotesCommand,
    CollapseClusterCommand,
    DeleteItemsCommand,
    EditClusterTitleCommand,
    EditNoteTextCommand,
    MakeClusterCommand,
    MoveItemsCommand,
    RecolorNotesCommand,
    ResizeItemCommand,
    SetFacilitatorOnlyCommand,
)
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.board.image import PNG_WIDTH, board_png
from sec_workshop.gui.board.items import ClusterItem, LinkItem, NoteItem, PhotoItem
from sec_workshop.gui.board.projector import ProjectorWindow
from sec_workshop.gui.board.scene import BoardScene
from sec_workshop.gui.board.timer import (
    DEFAULT_MINUTES,
    MINUTE_CHOICES,
    SessionTimer,
    TimerState,
    TimerWidget,
)
from sec_workshop.gui.board.view import BoardView
from sec_workshop.gui.board.voting import VotePanel
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace

GAP = 20.0
QUICK_COLUMNS = 6
NOTICE_MS = 20_000  # how long a note such as "exported to ..." stays beside the title
TIMER_PIXELS = 20  # the timer's digits in the session bar: as tall as the bar allows
COLOR_KEYS = (
    NoteColor.YELLOW,
    NoteColor.PINK,
    NoteColor.BLUE,
    NoteColor.GREEN,
    NoteColor.ORANGE,
    NoteColor.PURPLE,
)


def color_names() -> dict[NoteColor, str]:
    """The palette: each colour stands for a kind of remark, as on a paper wall."""
    return {
        NoteColor.YELLOW: QCoreApplication.translate("BoardEditor", "Yellow: idea"),
        NoteColor.PINK: QCoreApplication.translate("BoardEditor", "Pink: concern"),
        NoteColor.BLUE: QCoreApplication.translate("BoardEditor", "Blue: question"),
        NoteColor.GREEN: QCoreApplication.translate("BoardEditor", "Green: opportunity"),
        NoteColor.ORANGE: QCoreApplication.translate("BoardEditor", "Orange: action"),
        NoteColor.PURPLE: QCoreApplication.translate("BoardEditor", "Purple: other"),
    }


def swatch(color: NoteColor) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(NOTE_COLOR_HEX[color]))
    return QIcon(pixmap)


class BoardEditorWidget(QWidget):
    back_requested = Signal()

    def __init__(
        self, workspace: Workspace, board_id: str, lang: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.doc = BoardDocument(workspace, board_id, self)
        self.scene = BoardScene(self.doc, self)  # goes with the editor, after its panels
        self.scene.untitled_text = self.tr("(untitled cluster)")
        self.view = BoardView(self.scene)
        self.view.setObjectName("boardView")
        self.color = NoteColor.YELLOW
        self._fit_when_shown = False
        self._quick_last: Note | None = None
        # Where a file dialog would answer; tests put a function here instead.
        self.choose_open_file: Callable[[str, str], str] = self._ask_open_file
        self.choose_save_file: Callable[[str, str], str] = self._ask_save_file

        self.back_button = QToolButton()
        self.back_button.setIcon(icon("back"))
        self.back_button.setText(self.tr("All boards"))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("boardTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self._show_title()

        self.toolbar = QToolBar(self.tr("Board"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        # The live aids of a session (timer, projector) beside the search, always in view.
        self.session_bar = QToolBar(self.tr("Session"))
        self.session_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._build_actions()

        self.search = QLineEdit()
        self.search.setObjectName("boardSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find notes…"))
        self.search.setAccessibleName(self.tr("Find notes"))
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._on_filter_changed)
        self.only_matches = QCheckBox(self.tr("Dim the rest"))
        self.only_matches.toggled.connect(self._on_filter_changed)
        self.color_filter = QComboBox()
        self.color_filter.setAccessibleName(self.tr("Show colour"))
        self.color_filter.addItem(self.tr("All colours"), None)
        for color, name in color_names().items():
            self.color_filter.addItem(swatch(color), name, color.value)
        self.color_filter.currentIndexChanged.connect(self._on_filter_changed)

        self.quick = QLineEdit()
        self.quick.setObjectName("quickEntry")
        self.quick.setPlaceholderText(
            self.tr("Quick entry: type a note and press Enter; the next one goes beside it")
        )
        self.quick.setAccessibleName(self.tr("Quick entry"))
        self.quick.returnPressed.connect(self._on_quick_return_pressed)
        quick_color = QComboBox()
        quick_color.setAccessibleName(self.tr("Colour of new notes"))
        for color, name in color_names().items():
            quick_color.addItem(swatch(color), name, color.value)
        quick_color.currentIndexChanged.connect(self._on_quick_color_changed)
        self.quick_color = quick_color

        self.side = QTabWidget()
        self.side.setObjectName("boardSide")
        self.side.setDocumentMode(True)
        self.votes = VotePanel(self.doc, self.scene, self.push, lang)
        self.votes.note_shown.connect(self._on_votes_note_shown)
        for action in self.votes.actions_for_window():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.side.addTab(self.votes, icon("vote"), self.tr("Voting"))

        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 2)
        find_row.addWidget(self.color_filter, 1)
        find_row.addWidget(self.only_matches)
        find_row.addWidget(self.session_bar)
        quick_row = QHBoxLayout()
        quick_row.addWidget(QLabel(self.tr("Quick entry")))
        quick_row.addWidget(self.quick, 1)
        quick_row.addWidget(quick_color)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(find_row)
        middle_layout.addWidget(self.view, 1)
        middle_layout.addLayout(quick_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(middle)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter

        # What the editor has to say in passing (where an image went), beside the title:
        # seen at once, in nobody's way, gone by itself.
        self.notice = QLabel()
        self.notice.setObjectName("boardNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A long path is cut short on screen (whole in its tooltip), never widening the window.
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self._on_notice_timer_timeout)

        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        head.addWidget(self.notice, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        self.scene.note_requested.connect(self._on_scene_note_requested)
        self.scene.edit_requested.connect(self._on_scene_edit_requested)
        self.scene.move_requested.connect(self._on_scene_move_requested)
        self.scene.resize_requested.connect(self._on_scene_resize_requested)
        self.scene.link_requested.connect(self._on_scene_link_requested)
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.view.text_typed.connect(self._on_view_text_typed)
        self.view.nudge_requested.connect(self._on_view_nudge_requested)
        self.view.delete_requested.connect(self._on_delete)
        self.view.next_note_requested.connect(self._on_view_next_note_requested)
        self.view.text_refused.connect(self._on_view_text_refused)
        self.doc.board_renamed.connect(self._on_doc_board_renamed)
        self.doc.error_raised.connect(self._on_doc_error_raised)
        self.doc.undo_stack.indexChanged.connect(self._on_scene_selection_changed)
        self._build_list_and_import()
        self._on_scene_selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_when_shown:
            self._fit_when_shown = False
            QTimer.singleShot(0, self.view.fit_readable)  # once the view has its size

    def fit_when_shown(self) -> None:
        """Open at a readable zoom once the editor is on screen and its view has a size."""
        self._fit_when_shown = True
        if self.isVisible():
            self.showEvent(QShowEvent())

    # --- set-up ---------------------------------------------------------------------------
    def _add(
        self,
        name: str,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        toolbar: bool = True,
        checkable: bool = False,
        bar: QToolBar | None = None,
    ) -> QAction:
        action = QAction(icon(name) if name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        self.addAction(action)
        if toolbar:
            (bar or self.toolbar).addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_note_action = self._add("note", self.tr("Note"), self._on_new_note)
        self.new_label_action = self._add("label", self.tr("Label"), self._on_new_label, "T")
        self.color_button = QToolButton()
        self.color_button.setText(self.tr("Colour"))
        self.color_button.setIcon(swatch(self.color))
        self.color_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.color_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.color_button)
        self.color_actions: dict[NoteColor, QAction] = {}
        for number, (color, name) in enumerate(color_names().items(), start=1):
            action = menu.addAction(swatch(color), name)
            action.setShortcut(QKeySequence(str(number)))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setData(color.value)
            action.triggered.connect(self._on_color_action)
            self.addAction(action)
            self.color_actions[color] = action
        self.color_button.setMenu(menu)
        self.color_button.setAccessibleName(self.tr("Colour"))
        self.toolbar.addWidget(self.color_button)
        self.toolbar.addSeparator()
        self.cluster_action = self._add(
            "cluster", self.tr("Make cluster"), self._on_make_cluster, "Ctrl+G"
        )
        self.arrange_action = self._add("arrange", self.tr("Arrange"), self._on_arrange)
        self.collapse_action = self._add("collapse", self.tr("Collapse"), self._on_collapse)
        self.select_members_action = self._add(
            "select", self.tr("Select cluster notes"), self._on_select_members, toolbar=False
        )
        self.align_left_action = self._add(
            "align_left", self.tr("Align left"), self._on_align_left, toolbar=False
        )
        self.align_top_action = self._add(
            "align_top", self.tr("Align top"), self._on_align_top, toolbar=False
        )
        align = QToolButton()
        align.setText(self.tr("Align"))
        align.setIcon(icon("align_left"))
        align.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        align.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        align_menu = QMenu(align)
        align_menu.addAction(self.align_left_action)
        align_menu.addAction(self.align_top_action)
        align_menu.addAction(self.select_members_action)
        align.setMenu(align_menu)
        self.toolbar.addWidget(align)
        self.snap_action = self._add(
            "grid", self.tr("Snap to grid"), self._on_snap, checkable=True, toolbar=False
        )
        align_menu.addSeparator()
        align_menu.addAction(self.snap_action)
        self.toolbar.addSeparator()
        modes = QActionGroup(self)
        self.connect_action = self._add(
            "arrow", self.tr("Draw arrows"), self._on_mode_changed, "A", checkable=True
        )
        self.vote_mode_action = self._add(
            "vote", self.tr("Place dots"), self._on_mode_changed, "V", checkable=True
        )
        modes.addAction(self.connect_action)
        modes.addAction(self.vote_mode_action)
        modes.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.hide_action = self._add(
            "hidden", self.tr("Facilitator only"), self._on_facilitator_only, "H"
        )
        self.delete_action = self._add("delete", self.tr("Delete"), self._on_delete)
        self.toolbar.addSeparator()
        # Bringing in what was made on paper: a photo of a wall, or notes typed up in a file.
        self.photo_action = self._add(
            "photo", self.tr("Photo of a wall or flipchart…"), self._on_add_photo, toolbar=False
        )
        self.bring_in_menu = QMenu(self)
        self.bring_in_menu.addAction(self.photo_action)
        bring_in = QToolButton()
        bring_in.setObjectName("bringInButton")
        bring_in.setText(self.tr("Bring in"))
        bring_in.setIcon(icon("photo"))
        bring_in.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        bring_in.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bring_in.setAccessibleName(self.tr("Bring in a photo or notes from a file"))
        bring_in.setMenu(self.bring_in_menu)
        self.toolbar.addWidget(bring_in)
        self.export_action = self._add("export", self.tr("Export PNG…"), self._on_export_png)
        self.fit_action = self._add("fit", self.tr("Fit"), self.view.fit_all, "F")
        self.select_all_action = self._add(
            "",
            self.tr("Select all"),
            self._on_select_all,
            QKeySequence.StandardKey.SelectAll,
            False,
        )
        self._build_session_actions()
        self.toolbar.setIconSize(self.toolbar.iconSize())

    # --- session aids: the timer and the projector ----------------------------------------
    def _build_session_actions(self) -> None:
        """The timer and the projector view: aids for running the session in the room. They
        change nothing on the board and nothing of them is saved."""
        self.session_timer = SessionTimer(parent=self)
        # Docked in the session bar, never over the board: a countdown must not hide notes.
        self.timer_display = TimerWidget(self.session_timer, TIMER_PIXELS)
        self.timer_button = QToolButton()
        self.timer_button.setObjectName("timerButton")
        self.timer_button.setIcon(icon("timer"))
        self.timer_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.timer_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.timer_button.setAccessibleName(self.tr("Timer"))
        self.timer_button.setToolTip(self.tr("Timer: choose how long the countdown runs"))
        timer_menu = QMenu(self.timer_button)
        lengths = QActionGroup(self)
        self.timer_length_actions: dict[int, QAction] = {}
        for minutes in MINUTE_CHOICES:
            action = timer_menu.addAction(self.tr("%1 minutes").replace("%1", str(minutes)))
            action.setCheckable(True)
            action.setData(minutes)
            action.triggered.connect(self._on_timer_length_action)
            lengths.addAction(action)
            self.timer_length_actions[minutes] = action
        self.timer_length_actions[DEFAULT_MINUTES].setChecked(True)
        timer_menu.addSeparator()
        self.timer_reset_action = timer_menu.addAction(icon("timer"), self.tr("Reset timer"))
        self.timer_reset_action.triggered.connect(self._on_timer_reset)
        self.timer_button.setMenu(timer_menu)
        self.session_bar.addWidget(self.timer_button)
        self.session_bar.addWidget(self.timer_display)
        bar = self.session_bar
        self.timer_start_action = self._add("play", self.tr("Start"), self._on_timer_start, bar=bar)
        self.timer_minute_action = self._add(
            "add_minute", self.tr("+1 minute"), self._on_timer_add_minute, bar=bar
        )
        self.session_bar.addSeparator()
        self.projector: ProjectorWindow | None = None
        self.projector_action = self._add(
            "projector",
            self.tr("Projector view"),
            self._on_projector_toggled,
            checkable=True,
            bar=bar,
        )
        self.projector_action.setToolTip(
            self.tr(
                "Show the board to the room in a second window, full screen on the beamer;"
                " facilitator-only notes stay hidden"
            )
        )
        self.freeze_action = self._add(
            "freeze", self.tr("Freeze"), self._on_projector_freeze_toggled, checkable=True, bar=bar
        )
        self.freeze_action.setToolTip(
            self.tr(
                "Freeze: the projector keeps showing what it shows now while you work"
                " elsewhere; off, it follows your view"
            )
        )
        self.contrast_action = self._add(
            "contrast",
            self.tr("High contrast"),
            self._on_projector_contrast_toggled,
            checkable=True,
            bar=bar,
        )
        self.contrast_action.setToolTip(
            self.tr("High contrast on the projector: black borders on a dark background")
        )
        self.session_timer.state_changed.connect(self._on_session_timer_state_changed)
        self._on_session_timer_state_changed(self.session_timer.state)

    def _on_timer_length_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.session_timer.set_minutes(int(action.data()))

    def _on_timer_start(self) -> None:
        self.session_timer.toggle()

    def _on_timer_add_minute(self) -> None:
        self.session_timer.add_minute()

    def _on_timer_reset(self) -> None:
        self.session_timer.reset()

    def _on_session_timer_state_changed(self, state: TimerState) -> None:
        if state is TimerState.RUNNING:
            self.timer_start_action.setIcon(icon("pause"))
            self.timer_start_action.setText(self.tr("Pause"))
        elif state is TimerState.PAUSED:
            self.timer_start_action.setIcon(icon("play"))
            self.timer_start_action.setText(self.tr("Resume"))
        else:
            self.timer_start_action.setIcon(icon("play"))
            self.timer_start_action.setText(self.tr("Start"))
        self.timer_reset_action.setEnabled(state is not TimerState.IDLE)

    def open_projector(self) -> ProjectorWindow:
        """The projector window (opened on the beamer if there is a second screen)."""
        if self.projector is None:
            projector = ProjectorWindow(
                self.scene,
                self.view,
                self.session_timer,
                self,
                high_contrast=self.contrast_action.isChecked(),
                following=not self.freeze_action.isChecked(),
            )
            projector.closed.connect(self._on_projector_closed)
            self.projector = projector
            projector.present(self.window().screen())
        if not self.projector_action.isChecked():
            self.projector_action.setChecked(True)
        return self.projector

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()  # its closed signal clears self.projector

    def _on_projector_toggled(self, on: bool) -> None:
        if on:
            self.open_projector()
        else:
            self.close_projector()

    def _on_projector_closed(self) -> None:
        self.projector = None
        self.projector_action.setChecked(False)

    def _on_projector_freeze_toggled(self, frozen: bool) -> None:
        if self.projector is not None:
            self.projector.set_following(not frozen)

    def _on_projector_contrast_toggled(self, on: bool) -> None:
        if self.projector is not None:
            self.projector.set_high_contrast(on)

    # --- helpers --------------------------------------------------------------------------
    def push(self, command: SafeCommand) -> bool:
        """Push a command: the one way every request of the board, its list and its panels
        becomes an undo step. A failure is told by ``_on_doc_error_raised``."""
        self.doc.undo_stack.push(command)
        return command.error is None

    def _on_doc_error_raised(self, error: DomainError) -> None:
        if self.votes.explain(error):
            return  # a refused dot is told in the voting panel, and the vote goes on
        self.view.stop_editing()  # one message, not one per key typed
        self._show_error(error)

    def show_notice(self, text: str) -> None:
        """A short note beside the board's title, without stopping anyone's work."""
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.show()
        self._notice_timer.start()

    def _on_notice_timer_timeout(self) -> None:
        self.notice.hide()

    # --- requests of the board and its view -----------------------------------------------
    def _on_scene_move_requested(self, positions: Mapping[str, tuple[float, float]]) -> None:
        self.push(MoveItemsCommand(self.doc, positions))

    def _on_view_nudge_requested(self, positions: Mapping[str, tuple[float, float]]) -> None:
        self.push(MoveItemsCommand(self.doc, positions, nudge=True))

    def _on_scene_resize_requested(self, record: BoardRecord) -> None:
        self.push(ResizeItemCommand(self.doc, record))

    def _on_scene_link_requested(self, from_note_id: str, to_note_id: str) -> None:
        link = NoteLink(
            board_id=self.doc.board_id, from_note_id=from_note_id, to_note_id=to_note_id
        )
        self.push(AddLinkCommand(self.doc, link))

    def _on_view_text_typed(self, record_id: str, text: str, typing: int) -> None:
        cluster = self.doc.clusters.get(record_id)
        if cluster is not None:
            self.push(EditClusterTitleCommand(self.doc, cluster, text, typing))
            return
        note = self.doc.notes.get(record_id)
        if note is not None:
            self.push(EditNoteTextCommand(self.doc, note, text, typing))

    def _show_error(self, error: DomainError) -> None:
        if error.code == "board.not_found":
            text = self.tr(
                "This board no longer exists; it may have been deleted. Go back to all boards."
            )
        else:
            text = describe(error, self._lang)
        QMessageBox.warning(self, self.tr("Board"), plain(text))

    def _show_title(self) -> None:
        self.title.setText(self.doc.board.title)

    def _on_doc_board_renamed(self, _title: str) -> None:
        self._show_title()

    def selected_notes(self) -> list[Note]:
        return [i.note for i in self.scene.selectedItems() if isinstance(i, NoteItem)]

    def selected_clusters(self) -> list[Cluster]:
        return [i.cluster for i in self.scene.selectedItems() if isinstance(i, ClusterItem)]

    def _on_scene_selection_changed(self) -> None:
        if not shiboken6.isValid(self.scene):
            return  # the scene tells of its last selection change while it is destroyed
        notes = self.selected_notes()
        clusters = self.selected_clusters()
        anything = bool(self.scene.selectedItems())
        self.cluster_action.setEnabled(bool(notes))
        self.arrange_action.setEnabled(len(clusters) == 1 or len(notes) > 1)
        self.collapse_action.setEnabled(bool(clusters))
        if clusters and all(c.collapsed for c in clusters):
            self.collapse_action.setText(self.tr("Expand"))
        else:
            self.collapse_action.setText(self.tr("Collapse"))
        self.select_members_action.setEnabled(bool(clusters))
        self.align_left_action.setEnabled(len(notes) > 1)
        self.align_top_action.setEnabled(len(notes) > 1)
        self.hide_action.setEnabled(bool(notes))
        self.delete_action.setEnabled(anything)

    # --- notes ----------------------------------------------------------------------------
    def add_note(
        self, pos: QPointF, text: str = "", kind: NoteKind = NoteKind.NOTE, centred: bool = True
    ) -> Note | None:
        width, height = (NOTE_WIDTH, NOTE_HEIGHT) if kind is NoteKind.NOTE else (320.0, 70.0)
        x, y = (pos.x() - width / 2, pos.y() - height / 2) if centred else (pos.x(), pos.y())
        x, y = self.scene.snapped(x), self.scene.snapped(y)
        note = Note(
            board_id=self.doc.board_id,
            text=text,
            x=x,
            y=y,
            width=width,
            height=height,
            z=self.doc.top_z() + 1,
            color=self.color,
            kind=kind,
        )
        if not self.push(AddNotesCommand(self.doc, [note])):
            return None
        return self.doc.notes.get(note.id)  # as the board took it (in a cluster or not)

    def _on_scene_note_requested(self, pos: QPointF) -> None:
        note = self.add_note(pos)
        if note is not None:
            self.view.start_editing(note.id)

    def _on_new_note(self) -> None:
        self._on_scene_note_requested(self.view.new_note_position())

    def _on_new_label(self) -> None:
        note = self.add_note(self.view.new_note_position(), kind=NoteKind.LABEL)
        if note is not None:
            self.view.start_editing(note.id)

    def _on_view_next_note_requested(self, note_id: str) -> None:
        previous = self.doc.notes.get(note_id)
        if previous is None:
            return
        pos = QPointF(previous.x + previous.width + GAP, previous.y)
        note = self.add_note(pos, kind=previous.kind, centred=False)
        if note is not None:
            self.view.start_editing(note.id)

    def _on_scene_edit_requested(self, record_id: str) -> None:
        self.view.start_editing(record_id)

    def _on_view_text_refused(self, limit: int, cluster: bool) -> None:
        text = (
            self.tr("A cluster title holds at most %1 characters.")
            if cluster
            else self.tr("A note holds at most %1 characters.")
        )
        QMessageBox.information(self, self.tr("Board"), text.replace("%1", str(limit)))

    def _on_quick_color_changed(self, _index: int) -> None:
        self.color = NoteColor(self.quick_color.currentData())
        self.color_button.setIcon(swatch(self.color))

    def _on_quick_return_pressed(self) -> None:
        """Typing in a wall of paper notes: each Enter puts the note beside the last one."""
        text = self.quick.text().strip()
        if not text:
            return
        last = (
            self._quick_last if self._quick_last and self._quick_last.id in self.doc.notes else None
        )
        if last is None:
            rect = self.scene.itemsBoundingRect()
            start = (
                QPointF(rect.left(), rect.bottom() + 2 * GAP)
                if not rect.isEmpty()
                else QPointF(GAP, GAP)
            )
            self._quick_origin = start.x()
            pos = start
        else:
            column = round((last.x - self._quick_origin) / (NOTE_WIDTH + GAP))
            if column + 1 >= QUICK_COLUMNS:
                pos = QPointF(self._quick_origin, last.y + NOTE_HEIGHT + GAP)
            else:
                pos = QPointF(last.x + NOTE_WIDTH + GAP, last.y)
        note = self.add_note(pos, text=text, centred=False)
        if note is not None:
            self._quick_last = note
            self.quick.clear()
            self.view.ensureVisible(note.x, note.y, note.width, note.height, 40, 40)

    _quick_origin = GAP

    def _on_color_action(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        self.color = NoteColor(str(action.data()))
        self.color_button.setIcon(swatch(self.color))
        self.quick_color.setCurrentIndex(max(0, self.quick_color.findData(self.color.value)))
        notes = [n for n in self.selected_notes() if n.kind is NoteKind.NOTE]
        if notes:
            self.push(RecolorNotesCommand(self.doc, notes, self.color))

    def _on_facilitator_only(self) -> None:
        notes = self.selected_notes()
        if notes:
            hidden = not all(n.facilitator_only for n in notes)
            self.push(SetFacilitatorOnlyCommand(self.doc, notes, hidden))

    def _on_delete(self) -> None:
        records: list[BoardRecord] = []
        for item in self.scene.selectedItems():
            if isinstance(item, NoteItem):
                records.append(item.note)
            elif isinstance(item, ClusterItem):
                records.append(item.cluster)
            elif isinstance(item, PhotoItem):
                records.append(item.photo)
            elif isinstance(item, LinkItem):
                records.append(item.link)
        if records:
            self.view.stop_editing()
            self.push(DeleteItemsCommand(self.doc, records))

    def _on_select_all(self) -> None:
        self.scene.select_items(
            [
                item
                for item in self.scene.items()
                if item.isVisible() and isinstance(item, NoteItem | ClusterItem | PhotoItem)
            ]
        )

    # --- clusters -------------------------------------------------------------------------
    def _on_make_cluster(self) -> None:
        notes = self.selected_notes()
        if not notes:
            return
        number = len(self.doc.clusters) + 1
        cluster = Cluster(
            board_id=self.doc.board_id,
            title=self.tr("Cluster %1").replace("%1", str(number)),
        )
        if self.push(MakeClusterCommand(self.doc, cluster, [n.id for n in notes])):
            self.scene.clearSelection()
            self.view.start_editing(cluster.id, select_all=True)

    def _on_arrange(self) -> None:
        clusters = self.selected_clusters()
        if len(clusters) == 1:
            if self.doc.members(clusters[0].id):
                self.push(ArrangeClusterCommand(self.doc, clusters[0]))
            return
        notes = self.selected_notes()
        if len(notes) > 1:
            self.push(ArrangeNotesCommand(self.doc, [n.id for n in notes]))

    def _on_collapse(self) -> None:
        clusters = self.selected_clusters()
        if not clusters:
            return
        collapsed = not all(c.collapsed for c in clusters)
        self.doc.undo_stack.beginMacro(
            self.tr("Collapse clusters") if collapsed else self.tr("Expand clusters")
        )
        for cluster in clusters:
            self.push(CollapseClusterCommand(self.doc, cluster, collapsed))
        self.doc.undo_stack.endMacro()
        self._on_scene_selection_changed()

    def _on_select_members(self) -> None:
        members: list[QGraphicsItem] = []
        for cluster in self.selected_clusters():
            for note in self.doc.members(cluster.id):
                item = self.scene.notes.get(note.id)
                if item is not None and item.isVisible():
                    members.append(item)
        self.scene.select_items(members)

    def _on_align_left(self) -> None:
        notes = self.selected_notes()
        if len(notes) > 1:
            self.push(AlignNotesCommand(self.doc, [n.id for n in notes], "left"))

    def _on_align_top(self) -> None:
        notes = self.selected_notes()
        if len(notes) > 1:
            self.push(AlignNotesCommand(self.doc, [n.id for n in notes], "top"))

    def _on_snap(self, on: bool) -> None:
        self.scene.snap = on

    def _on_mode_changed(self, _checked: bool) -> None:
        if self.connect_action.isChecked():
            self.scene.mode = "connect"
        elif self.vote_mode_action.isChecked():
            self.scene.mode = "vote"
        else:
            self.scene.mode = "select"
        self.view.setDragMode(
            self.view.DragMode.RubberBandDrag
            if self.scene.mode == "select"
            else self.view.DragMode.NoDrag
        )
        if self.scene.mode == "vote":
            self.side.setCurrentWidget(self.votes)  # who places dots, and how many are left

    def _on_votes_note_shown(self) -> None:
        self.side.setCurrentWidget(self.votes)

    # --- search and filter ----------------------------------------------------------------
    def _on_filter_changed(self, *_: object) -> None:
        text = self.search.text()
        matches = self.doc.matching(text)
        self.scene.match_ids = matches
        color = self.color_filter.currentData()
        keep: set[str] | None = None
        if color is not None:
            keep = {n.id for n in self.doc.notes.values() if n.color.value == color}
        if text.strip() and self.only_matches.isChecked():
            keep = matches if keep is None else keep & matches
        self.scene.filter_ids = keep
        self.scene.refresh_filter()
        if matches:
            first = self.scene.notes.get(next(iter(sorted(matches)))) or self.scene.clusters.get(
                next(iter(sorted(matches)))
            )
            if first is not None:
                self.view.ensureVisible(first.area(), 60, 60)

    # --- photos and export ----------------------------------------------------------------
    def _ask_open_file(self, caption: str, filters: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, caption, str(Path.home()), filters)
        return path

    def _ask_save_file(self, caption: str, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, caption, str(Path.home() / suggestion), self.tr("PNG image (*.png)")
        )
        return path

    def _on_add_photo(self) -> None:
        from sec_workshop.exchange.images import read_photo

        path = self.choose_open_file(
            self.tr("Add a photo of a paper wall or flipchart"),
            self.tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"),
        )
        if not path:
            return
        try:
            prepared = read_photo(Path(path))
        except DomainError as error:
            self._show_error(error)
            return
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        scale = min(1.0, 1200.0 / max(prepared.width_px, prepared.height_px))
        photo = prepared.to_photo(
            self.doc.board_id,
            centre.x() - prepared.width_px * scale / 2,
            centre.y() - prepared.height_px * scale / 2,
            scale,
        )
        self.push(AddPhotoCommand(self.doc, photo))

    def _on_export_png(self) -> None:
        path = self.choose_save_file(
            self.tr("Export the board as a PNG image"), f"{_file_safe(self.doc.board.title)}.png"
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        outputs = self.doc.workspace.outputs
        try:
            dest = outputs.path(path)
            outputs.check(dest)  # before the drawing, which takes a while
            outputs.write(dest, board_png(self.scene, PNG_WIDTH))
        except DomainError as error:
            self._show_error(error)
            return
        except ValueError:
            QMessageBox.warning(
                self,
                self.tr("Board"),
                self.tr("The image could not be written to %1.").replace("%1", path),
            )
            return
        self.show_notice(self.tr("Board exported as an image: %1").replace("%1", str(dest)))

    # --- the list panel and importing notes from a file -----------------------------------
    def _build_list_and_import(self) -> None:
        from sec_workshop.gui.board.list_panel import BoardListPanel

        self.list_panel = BoardListPanel(self.doc, self.scene, self.view, self.push)
        self.side.insertTab(0, self.list_panel, self.tr("List"))
        self.side.setCurrentIndex(0)
        self.import_action = self._add(
            "import", self.tr("Import notes…"), self._on_import_notes, toolbar=False
        )
        self.bring_in_menu.addAction(self.import_action)

    def _on_import_notes(self) -> None:
        from sec_workshop.gui.board.commands import ImportNotesCommand
        from sec_workshop.gui.board.import_dialog import BoardImportDialog

        path = self.choose_open_file(
            self.tr("Import notes from a text or CSV file"),
            self.tr("Notes (*.txt *.csv *.TXT *.CSV)"),
        )
        if not path:
            return
        dialog = BoardImportDialog(Path(path), self._lang, self)
        try:
            if dialog.exec() != BoardImportDialog.DialogCode.Accepted or not dialog.notes:
                return
            notes = dialog.notes
        finally:
            dialog.deleteLater()
        self.view.stop_editing()
        if self.push(ImportNotesCommand(self.doc, notes)):
            self.view.fit_all()


def _file_safe(title: str) -> str:
    """A file name from a board title: no path separators or characters Windows refuses."""
    cleaned = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()
    return cleaned[:80] or "bord"
