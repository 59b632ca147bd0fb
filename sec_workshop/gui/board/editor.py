"""The board editor: the board in the middle, a toolbar with what a facilitator does in the
hall (notes, clusters, colours, arrows, dots, photos), quick entry below, and the list and
voting panels beside. Gestures and actions become undo commands on the ``BoardDocument``.

Its parts live beside it: the toolbar's edits of the selection (``selection_edits``),
photos, imported notes and the PNG export (``file_actions``), finding notes
(``find_filter``), quick entry (``quick_entry``), the timer and projector
(``session_bar``) and the palette (``palette``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import shiboken6
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
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
from sec_workshop.domain.enums import NoteColor, NoteKind
from sec_workshop.gui.board.actions import Shortcut, editor_action
from sec_workshop.gui.board.commands import (
    AddLinkCommand,
    AddNotesCommand,
    EditClusterTitleCommand,
    EditNoteTextCommand,
    MoveItemsCommand,
    ResizeItemCommand,
)
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.board.file_actions import BoardFiles
from sec_workshop.gui.board.find_filter import BoardFilter
from sec_workshop.gui.board.list_panel import BoardListPanel
from sec_workshop.gui.board.palette import color_names, swatch
from sec_workshop.gui.board.projector import ProjectorWindow
from sec_workshop.gui.board.quick_entry import GAP, QuickEntry
from sec_workshop.gui.board.scene import BoardScene
from sec_workshop.gui.board.selection_edits import SelectionEdits
from sec_workshop.gui.board.session_bar import SessionBar
from sec_workshop.gui.board.view import BoardView
from sec_workshop.gui.board.voting import VotePanel
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace

__all__ = ["BoardEditorWidget", "color_names", "swatch"]

NOTICE_MS = 20_000  # how long a note such as "exported to ..." stays beside the title
LABEL_SIZE = (320.0, 70.0)  # a new label: wide and low, a heading on the wall


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
        self.selection = SelectionEdits(self.view, self.push, self)
        self.files = BoardFiles(
            self, self.view, self.push, self._show_error, self.show_notice, lang
        )

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
        self._build_actions()
        # The live aids of a session (timer, projector) beside the search, always in view.
        self.session_bar = bar = SessionBar(self, self.view)
        # Its timer and projector, at hand as the editor's own.
        self.session_timer = bar.session_timer
        self.timer_display = bar.timer_display
        self.timer_length_actions = bar.timer_length_actions
        self.timer_start_action = bar.timer_start_action
        self.timer_minute_action = bar.timer_minute_action
        self.timer_reset_action = bar.timer_reset_action
        self.projector_action = bar.projector_action
        self.freeze_action = bar.freeze_action
        self.contrast_action = bar.contrast_action
        self.toolbar.setIconSize(self.toolbar.iconSize())

        self.finder = BoardFilter(self.view, self)
        self.search = self.finder.search
        self.only_matches = self.finder.only_matches
        self.color_filter = self.finder.color_filter

        self.quick_entry = QuickEntry(self.view, self._add_quick_note, self)
        self.quick = self.quick_entry.field
        self.quick_color = self.quick_entry.color
        self.quick_color.currentIndexChanged.connect(self._on_quick_color_changed)

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
        quick_row.addWidget(self.quick_entry.label)
        quick_row.addWidget(self.quick, 1)
        quick_row.addWidget(self.quick_color)
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
        self.view.delete_requested.connect(self.selection.delete)
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
            QTimer.singleShot(0, self.view, self.view.fit_readable)  # once the view has its size

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
        shortcut: Shortcut | None = None,
        toolbar: bool = True,
        checkable: bool = False,
    ) -> QAction:
        bar = self.toolbar if toolbar else None
        return editor_action(self, name, text, slot, shortcut, checkable, bar)

    def _build_actions(self) -> None:
        selection, files = self.selection, self.files
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
            "cluster", self.tr("Make cluster"), selection.make_cluster, "Ctrl+G"
        )
        self.arrange_action = self._add("arrange", self.tr("Arrange"), selection.arrange)
        self.collapse_action = self._add("collapse", self.tr("Collapse"), self._on_collapse)
        self.select_members_action = self._add(
            "select", self.tr("Select cluster notes"), selection.select_members, toolbar=False
        )
        self.align_left_action = self._add(
            "align_left", self.tr("Align left"), selection.align_left, toolbar=False
        )
        self.align_top_action = self._add(
            "align_top", self.tr("Align top"), selection.align_top, toolbar=False
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
            "hidden", self.tr("Facilitator only"), selection.toggle_facilitator_only, "H"
        )
        self.delete_action = self._add("delete", self.tr("Delete"), selection.delete)
        self.toolbar.addSeparator()
        # Bringing in what was made on paper: a photo of a wall, or notes typed up in a file.
        self.photo_action = self._add(
            "photo", self.tr("Photo of a wall or flipchart…"), files.add_photo, toolbar=False
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
        self.export_action = self._add("export", self.tr("Export PNG…"), files.export_png)
        self.fit_action = self._add("fit", self.tr("Fit"), self.view.fit_all, "F")
        self.select_all_action = self._add(
            "",
            self.tr("Select all"),
            selection.select_all,
            QKeySequence.StandardKey.SelectAll,
            False,
        )

    # --- parts kept under the editor's names, for whoever drives the editor ---------------
    @property
    def projector(self) -> ProjectorWindow | None:
        return self.session_bar.projector

    def open_projector(self) -> ProjectorWindow:
        """The projector window (opened on the beamer if there is a second screen)."""
        return self.session_bar.open_projector()

    def close_projector(self) -> None:
        self.session_bar.close_projector()

    @property
    def choose_open_file(self) -> Callable[[str, str], str]:
        """Where a file dialog to open would answer; tests put a function here instead."""
        return self.files.choose_open_file

    @choose_open_file.setter
    def choose_open_file(self, choose: Callable[[str, str], str]) -> None:
        self.files.choose_open_file = choose

    @property
    def choose_save_file(self) -> Callable[[str, str], str]:
        """Where a file dialog to save would answer; tests put a function here instead."""
        return self.files.choose_save_file

    @choose_save_file.setter
    def choose_save_file(self, choose: Callable[[str, str], str]) -> None:
        self.files.choose_save_file = choose

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
        return self.selection.notes()

    def selected_clusters(self) -> list[Cluster]:
        return self.selection.clusters()

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
        width, height = (NOTE_WIDTH, NOTE_HEIGHT) if kind is NoteKind.NOTE else LABEL_SIZE
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

    def _add_quick_note(self, pos: QPointF, text: str) -> Note | None:
        return self.add_note(pos, text=text, centred=False)

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

    # --- the colour of new notes, and of the selected ones --------------------------------
    def _on_quick_color_changed(self, _index: int) -> None:
        self.color = NoteColor(self.quick_color.currentData())
        self.color_button.setIcon(swatch(self.color))

    def _on_color_action(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        self.color = NoteColor(str(action.data()))
        self.color_button.setIcon(swatch(self.color))
        self.quick_color.setCurrentIndex(max(0, self.quick_color.findData(self.color.value)))
        self.selection.recolor(self.color)

    # --- clusters and modes ---------------------------------------------------------------
    def _on_collapse(self) -> None:
        self.selection.toggle_collapsed()
        self._on_scene_selection_changed()

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

    # --- the list panel and importing notes from a file -----------------------------------
    def _build_list_and_import(self) -> None:
        self.list_panel = BoardListPanel(self.doc, self.scene, self.view, self.push)
        self.side.insertTab(0, self.list_panel, self.tr("List"))
        self.side.setCurrentIndex(0)
        self.import_action = self._add(
            "import", self.tr("Import notes…"), self.files.import_notes, toolbar=False
        )
        self.bring_in_menu.addAction(self.import_action)
