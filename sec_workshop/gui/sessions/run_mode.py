"""Run mode (*Sessie draaien*): one screen for running a session in the hall.

The agenda down the side with the item under way; that item large, with its countdown, who
leads it and the facilitators' notes; Page Down and Page Up (also from a presenter's remote,
also on the projector) move through the agenda, and the time each item took is written when
it is left. The item's board opens inside run mode, or is made in one click; decisions and
actions are captured in a bar below, people counted in at the door beside. The projector
shows the item and the time left, or the board while one is open. Its parts live in
``run_parts``."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.agenda import Slot
from sec_workshop.domain.base import DomainError
from sec_workshop.domain.enums import ParticipantGroup
from sec_workshop.domain.session import ActionItem, AgendaItem, Decision
from sec_workshop.gui.board.projector import ProjectorWindow
from sec_workshop.gui.board.timer import Clock, SessionTimer, TimerState, TimerWidget
from sec_workshop.gui.board.view import BoardView
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.sessions.document import SessionDocument
from sec_workshop.gui.sessions.run_agenda import AgendaPanel, ItemCard, start_text
from sec_workshop.gui.sessions.run_capture import CaptureBar, DoorCounter
from sec_workshop.gui.sessions.run_parts import (
    STYLE,
    MakeBoardCommand,
    board_template_key,
    group_name,
    held_minutes,
    minutes_left,
    minutes_text,
)
from sec_workshop.messages import describe

if TYPE_CHECKING:
    from sec_workshop.gui.board.editor import BoardEditorWidget

SMALL_TIMER_PIXELS = 22  # the countdown above an open board
MOVING_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Escape)


def keeps_key(widget: QWidget | None, key: int) -> bool:
    """Whether the focused widget uses Page Up/Down or Esc itself: a text of several lines
    being typed in (a note on the board among them), and for Esc also a list's cell being
    edited. A single line (the capture bar's) has no use for them: run mode moves on."""
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, BoardView):
        return widget.editor is not None
    if key == Qt.Key.Key_Escape and widget is not None:
        viewport = widget.parentWidget()
        view = viewport.parentWidget() if viewport is not None else None
        return isinstance(view, QAbstractItemView) and viewport is view.viewport()
    return False


class RunModeWidget(QWidget):
    """Runs ``doc``'s session. ``closed`` asks the owner to show the preparation again;
    ``board_opened`` (the ``BoardEditorWidget``) and ``board_closed`` tell which undo stack
    is in front: the board's while one is open, the session's otherwise."""

    closed = Signal()
    board_opened = Signal(object)
    board_closed = Signal()

    def __init__(
        self,
        doc: SessionDocument,
        lang: str,
        parent: QWidget | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runMode")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.doc = doc
        self._lang = lang
        self._clock = clock
        self.session_timer = SessionTimer(clock, self)
        self.editor: BoardEditorWidget | None = None
        self.projector: ProjectorWindow | None = None
        self._items: list[AgendaItem] = []
        self.index = 0  # the item shown; len(items) once the agenda is done
        self._entered_at: float | None = None  # the clock when the item shown was entered
        self._spent: dict[str, float] = {}  # seconds on each item, for going back to one
        self._capture_index = -1  # the undo index just after a capture, for its Undo
        self._build()
        doc.changed.connect(self._on_doc_changed)
        doc.removed.connect(self._on_doc_removed)
        doc.error_raised.connect(self._on_doc_error_raised)
        doc.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.session_timer.state_changed.connect(self._on_session_timer_state_changed)
        self._items = self._sorted()
        # Opened again during a session, it stands at the first item not yet held.
        self.index = next((i for i, it in enumerate(self._items) if it.held_minutes is None), 0)
        self._refresh()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.leave_button = QToolButton()
        self.leave_button.setObjectName("runLeave")
        self.leave_button.setIcon(icon("back"))
        self.leave_button.setText(self.tr("Back to preparation"))
        self.leave_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.leave_button.setAutoRaise(True)
        self.leave_button.clicked.connect(self._on_leave_button_clicked)
        self.session_label = QLabel()
        self.session_label.setObjectName("runSession")
        self.session_label.setTextFormat(Qt.TextFormat.PlainText)
        self.session_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # What stays in view above an open board: back, the item, its time, moving on.
        self.strip = QWidget()
        self.strip.setObjectName("runStrip")
        self.agenda_button = QPushButton(icon("back"), self.tr("Back to agenda"))
        self.agenda_button.setObjectName("runBackToAgenda")
        self.agenda_button.setToolTip(self.tr("Back to the agenda (Esc)"))
        self.agenda_button.clicked.connect(self.close_board)
        self.strip_item = QLabel()
        self.strip_item.setObjectName("runStripItem")
        self.strip_item.setTextFormat(Qt.TextFormat.PlainText)
        self.strip_item.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.strip_timer = TimerWidget(self.session_timer, SMALL_TIMER_PIXELS)
        self.strip_start = QToolButton()
        self.strip_start.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.strip_start.clicked.connect(self._on_start_clicked)
        self.strip_previous = self._strip_button(
            self.tr("Previous"), QStyle.StandardPixmap.SP_ArrowLeft, self.previous_item
        )
        self.strip_next = self._strip_button(
            self.tr("Next"), QStyle.StandardPixmap.SP_ArrowRight, self.next_item
        )
        strip = QHBoxLayout(self.strip)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.addWidget(self.agenda_button)
        strip.addSpacing(12)
        strip.addWidget(self.strip_item, 1)
        for widget in (self.strip_timer, self.strip_start, self.strip_previous, self.strip_next):
            strip.addWidget(widget)

        self.projector_button = QToolButton()
        self.projector_button.setObjectName("runProjector")
        self.projector_button.setIcon(icon("projector"))
        self.projector_button.setText(
            QCoreApplication.translate("BoardEditorWidget", "Projector view")
        )
        self.projector_button.setCheckable(True)
        self.projector_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.projector_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.projector_button.setToolTip(
            self.tr("Show the room the item under way and the time left, or the open board")
        )
        self.projector_button.toggled.connect(self._on_projector_button_toggled)
        menu = QMenu(self.projector_button)
        self.freeze_action = menu.addAction(
            icon("freeze"), QCoreApplication.translate("BoardEditorWidget", "Freeze")
        )
        self.freeze_action.setCheckable(True)
        self.freeze_action.toggled.connect(self._on_freeze_action_toggled)
        self.contrast_action = menu.addAction(
            icon("contrast"), QCoreApplication.translate("BoardEditorWidget", "High contrast")
        )
        self.contrast_action.setCheckable(True)
        self.contrast_action.toggled.connect(self._on_contrast_action_toggled)
        self.projector_button.setMenu(menu)

        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 12, 6)
        header.addWidget(self.leave_button)
        header.addSpacing(8)
        header.addWidget(self.session_label, 1)
        header.addWidget(self.strip, 1)
        header.addSpacing(12)
        header.addWidget(self.projector_button)

        self.agenda = AgendaPanel()
        self.agenda.setFixedWidth(330)
        self.card = ItemCard(self.session_timer)
        self.card.start_button.clicked.connect(self._on_start_clicked)
        self.card.previous_button.clicked.connect(self.previous_item)
        self.card.next_button.clicked.connect(self.next_item)
        self.card.open_board_button.clicked.connect(self._on_open_board_clicked)
        self.card.make_board_button.clicked.connect(self.make_board)
        self.card.board_chosen.connect(self._on_card_board_chosen)
        self.door = DoorCounter()
        self.door.setFixedWidth(280)
        self.door.count_requested.connect(self._on_door_count_requested)
        self.agenda_page = QWidget()
        page = QHBoxLayout(self.agenda_page)
        page.setContentsMargins(12, 6, 12, 12)
        page.setSpacing(12)
        page.addWidget(self.agenda)
        page.addWidget(self.card, 1)
        page.addWidget(self.door)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.agenda_page)

        self.capture = CaptureBar()
        self.capture.decision_entered.connect(self._on_capture_decision_entered)
        self.capture.action_entered.connect(self._on_capture_action_entered)
        self.capture.undo_requested.connect(self._on_capture_undo_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.capture)

        self.next_action = self._key_action(self.tr("Next item"), Qt.Key.Key_PageDown)
        self.next_action.triggered.connect(self.next_item)
        self.previous_action = self._key_action(self.tr("Previous item"), Qt.Key.Key_PageUp)
        self.previous_action.triggered.connect(self.previous_item)
        self.agenda_action = self._key_action(self.tr("Back to agenda"), Qt.Key.Key_Escape)
        self.agenda_action.triggered.connect(self.close_board)

    def _strip_button(
        self, text: str, pixmap: QStyle.StandardPixmap, slot: Callable[[], None]
    ) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setIcon(self.style().standardIcon(pixmap))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        return button

    def _key_action(self, text: str, key: Qt.Key) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # --- reading ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether the item shown is under way (entered, its time counting)."""
        return self._entered_at is not None

    def current_item(self) -> AgendaItem | None:
        return self._items[self.index] if 0 <= self.index < len(self._items) else None

    def _sorted(self) -> list[AgendaItem]:
        return sorted(self.doc.agenda, key=lambda i: i.position)

    def _slot(self, item: AgendaItem | None) -> Slot | None:
        if item is None:
            return None
        return next((s for s in self.doc.schedule().slots if s.item.id == item.id), None)

    # --- moving through the agenda ----------------------------------------------------------
    def next_item(self) -> None:
        """Begin the item shown, or leave the one under way for the next."""
        if not self._items:
            return
        if not self.running:
            if self.index < len(self._items):
                self._enter(self.index)
            return
        self._leave()
        if self.index + 1 < len(self._items):
            self._enter(self.index + 1)
        else:
            self.index = len(self._items)
            self.session_timer.reset()
            self._refresh()

    def previous_item(self) -> None:
        if not self._items or self.index <= 0:
            return
        target = min(self.index, len(self._items)) - 1
        if self.running:
            self._leave()
        self._enter(target)

    def _enter(self, index: int) -> None:
        item = self._items[index]
        self.index = index
        spent = self._spent.setdefault(item.id, (item.held_minutes or 0) * 60.0)
        self._entered_at = self._clock()
        self.session_timer.set_minutes(minutes_left(item.duration_minutes, spent))
        self.session_timer.start()
        self._refresh()

    def _leave(self) -> None:
        """The item under way is left: the time it took (all its spells) is written."""
        item, started = self.current_item(), self._entered_at
        self._entered_at = None
        if item is None or started is None:
            return
        spent = self._spent.get(item.id, 0.0) + max(0.0, self._clock() - started)
        self._spent[item.id] = spent
        minutes = held_minutes(spent)
        text = self.tr("Time held for “%1”: %2").replace("%1", item.title)
        intent = partial(self.doc.record_held, item.id, minutes)
        self._push(EditCommand(self.doc, text.replace("%2", minutes_text(minutes)), intent))

    def stop(self) -> None:
        """Leave run mode's work: the item under way is left (its time written), the timer
        stopped, the board and the projector closed."""
        if self.running:
            self._leave()
        self.session_timer.reset()
        self.close_board()
        self.close_projector()

    def _on_leave_button_clicked(self) -> None:
        self.stop()
        self.closed.emit()

    def _on_start_clicked(self) -> None:
        if not self.running and self.current_item() is not None:
            self._enter(self.index)
        else:
            self.session_timer.toggle()

    # --- the board of the item --------------------------------------------------------------
    def open_board(self, board_id: str) -> BoardEditorWidget | None:
        """The board inside run mode; Esc or *Terug naar agenda* comes back."""
        from sec_workshop.gui.board.editor import BoardEditorWidget  # loaded when first needed

        self.close_board()
        try:
            editor = BoardEditorWidget(self.doc.workspace, board_id, self._lang)
        except DomainError as error:
            self._on_doc_error_raised(error)
            return None
        # Run mode's own timer, projector and way back stand for the editor's.
        editor.back_button.hide()
        editor.title.hide()  # the strip above names the item
        editor.session_bar.hide()
        editor.back_requested.connect(self.close_board)
        self.editor = editor
        self.pages.addWidget(editor)
        self.pages.setCurrentWidget(editor)
        editor.fit_when_shown()
        editor.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.projector is not None:
            self.projector.show_board(editor.scene, editor.view)
        self._refresh()
        self.board_opened.emit(editor)
        return editor

    def close_board(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        self._show_on_projector()  # lets go of the board before it goes
        editor.view.stop_editing()
        self.pages.setCurrentWidget(self.agenda_page)
        self.pages.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        self._refresh()
        self.card.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.board_closed.emit()

    def make_board(self) -> None:
        """A board for the item shown, from the template its work form works on."""
        item = self.current_item()
        if item is None:
            return
        templates = [t.key for t in self.doc.workspace.library.board_templates(self._lang)]
        instrument = self.doc.instruments.get(item.instrument_id or "")
        command = MakeBoardCommand(self.doc, item, board_template_key(instrument, templates))
        if self._push(command):
            self.open_board(command.board.id)

    def _on_open_board_clicked(self) -> None:
        item = self.current_item()
        if item is not None and item.board_id is not None:
            self.open_board(item.board_id)

    def _on_card_board_chosen(self, board_id: str) -> None:
        item = self.current_item()
        board = next((b for b in self.doc.boards if b.id == board_id), None)
        if item is None or board is None:
            return
        text = self.tr("Use board “%1” for “%2”").replace("%1", board.title)
        intent = partial(self.doc.change, replace(item, board_id=board.id))
        if self._push(EditCommand(self.doc, text.replace("%2", item.title), intent)):
            self.open_board(board.id)

    # --- the projector ----------------------------------------------------------------------
    def open_projector(self) -> ProjectorWindow:
        if self.projector is None:
            projector = ProjectorWindow(
                None,
                None,
                self.session_timer,
                self,
                high_contrast=self.contrast_action.isChecked(),
                following=not self.freeze_action.isChecked(),
            )
            projector.closed.connect(self._on_projector_closed)
            projector.page_requested.connect(self._on_projector_page_requested)
            self.projector = projector
            if self.editor is not None:
                projector.show_board(self.editor.scene, self.editor.view)
            self._show_on_projector()
            projector.present(self.window().screen())
        if not self.projector_button.isChecked():
            self.projector_button.setChecked(True)
        return self.projector

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()  # its closed signal clears self.projector

    def _show_on_projector(self) -> None:
        """The card for the room, unless a board is open: the item under way (or the
        session, before and after), large, with what comes next."""
        projector = self.projector
        if projector is None or self.editor is not None:
            return
        item = self.current_item()
        title = self.doc.session.title
        if item is None:
            projector.show_card(title, self.tr("Thank you") if self._items else "")
        elif not self.running:
            projector.show_card(title, self.tr("Welcome"), self._next_text(self.index - 1))
        else:
            kicker = self.tr("Break") if item.is_break else ""
            projector.show_card(item.title, kicker, self._next_text(self.index))

    def _next_text(self, index: int) -> str:
        """*Hierna: …*, the item after ``index`` (empty after the last)."""
        if 0 <= index + 1 < len(self._items):
            return self.tr("Next: %1").replace("%1", self._items[index + 1].title)
        return ""

    def _on_projector_button_toggled(self, on: bool) -> None:
        if on:
            self.open_projector()
        else:
            self.close_projector()

    def _on_projector_closed(self) -> None:
        self.projector = None
        self.projector_button.setChecked(False)

    def _on_projector_page_requested(self, step: int) -> None:
        if step > 0:
            self.next_item()
        else:
            self.previous_item()

    def _on_freeze_action_toggled(self, frozen: bool) -> None:
        if self.projector is not None:
            self.projector.set_following(not frozen)

    def _on_contrast_action_toggled(self, on: bool) -> None:
        if self.projector is not None:
            self.projector.set_high_contrast(on)

    # --- capture and the door ---------------------------------------------------------------
    def _on_capture_decision_entered(self, text: str) -> None:
        doc = self.doc
        decision = Decision(session_id=doc.session_id, position=len(doc.decisions), text=text)
        if self._push(EditCommand(doc, self.tr("Add decision"), partial(doc.add, decision))):
            self.capture.decision.clear()
            self._captured(self.tr("Decision saved: %1").replace("%1", text))

    def _on_capture_action_entered(self, text: str, owner: str) -> None:
        doc = self.doc
        action = ActionItem(
            session_id=doc.session_id, position=len(doc.actions), text=text, owner=owner
        )
        if self._push(EditCommand(doc, self.tr("Add action"), partial(doc.add, action))):
            self.capture.action.clear()
            self.capture.owner.clear()
            self.capture.action.setFocus(Qt.FocusReason.OtherFocusReason)
            if owner:
                said = self.tr("Action saved: %1 (%2)").replace("%2", owner)
            else:
                said = self.tr("Action saved: %1")
            self._captured(said.replace("%1", text))

    def _captured(self, text: str) -> None:
        self._capture_index = self.doc.undo_stack.index()
        self.capture.say(text, undoable=True)

    def _on_capture_undo_requested(self) -> None:
        stack = self.doc.undo_stack
        if stack.index() == self._capture_index and stack.canUndo():
            stack.undo()
            self.capture.say(self.tr("Taken back"))

    def _on_undo_stack_index_changed(self, index: int) -> None:
        if index != self._capture_index:
            self.capture.undo_button.hide()

    def _on_door_count_requested(self, group: ParticipantGroup, delta: int) -> None:
        text = self.tr("Count in: %1") if delta > 0 else self.tr("Count out: %1")
        intent = partial(self.doc.count_in, group, delta)
        self._push(EditCommand(self.doc, text.replace("%1", group_name(group)), intent))

    # --- the document -----------------------------------------------------------------------
    def _push(self, command: SafeCommand) -> bool:
        """Push a command on the session's undo stack; a failure is told in the capture bar
        (``_on_doc_error_raised``), not in a dialog in front of the room."""
        self.doc.undo_stack.push(command)
        return command.error is None

    def _on_doc_error_raised(self, error: DomainError) -> None:
        self.capture.say(describe(error, self._lang), warning=True)

    def _on_doc_changed(self) -> None:
        current = self.current_item()
        self._items = self._sorted()
        ids = [i.id for i in self._items]
        if current is not None and current.id in ids:
            self.index = ids.index(current.id)
        elif current is not None:
            self._entered_at = None  # the item under way is gone from the agenda
            self.index = min(self.index, len(self._items))
        if self.editor is not None and not self._board_exists(self.editor.doc.board_id):
            self.close_board()  # deleted (say, its making undone): nothing left to show
        self._refresh()

    def _board_exists(self, board_id: str) -> bool:
        try:
            self.doc.workspace.boards.get(board_id)
        except DomainError:
            return False
        return True

    def _on_doc_removed(self) -> None:
        self._entered_at = None
        self.session_timer.reset()
        self.close_board()
        self.close_projector()
        self.closed.emit()

    def _on_session_timer_state_changed(self, _state: TimerState) -> None:
        self._show_timer()

    # --- showing ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        item = self.current_item()
        session = self.doc.session
        if item is not None and not self.running:
            # Ready to begin: the countdown it will start from, not yet counting.
            spent = self._spent.get(item.id, (item.held_minutes or 0) * 60.0)
            self.session_timer.set_minutes(minutes_left(item.duration_minutes, spent))
        self.session_label.setText(session.title)
        self.agenda.show_agenda(self.doc.schedule(), item.id if item is not None else None)
        self.card.show_item(
            item,
            self._slot(item),
            running=self.running,
            session_title=session.title,
            has_agenda=bool(self._items),
            after=self._next_text(self.index),
            boards=self.doc.boards,
            summary=self._summary(),
        )
        self.door.show_counts(session)
        board_open = self.editor is not None
        self.strip.setVisible(board_open)
        self.session_label.setVisible(not board_open)
        self.leave_button.setVisible(not board_open)
        self.agenda_action.setEnabled(board_open)
        self.strip_item.setText(item.title if item is not None else session.title)
        can_go_back = self.index > 0 and bool(self._items)
        self.card.previous_button.setEnabled(can_go_back)
        self.strip_previous.setEnabled(can_go_back)
        self.strip_next.setEnabled(item is not None)
        self._show_timer()
        self._show_on_projector()

    def _summary(self) -> str:
        """How the time went: minutes held of the items, against the minutes planned."""
        held = sum(i.held_minutes or 0 for i in self._items)
        planned = sum(i.duration_minutes for i in self._items)
        text = self.tr("%1 held, %2 planned").replace("%1", minutes_text(held))
        return text.replace("%2", minutes_text(planned))

    def _show_timer(self) -> None:
        has_item = self.current_item() is not None
        ready = has_item and not self.running
        state = self.session_timer.state
        self.card.show_timer(ready, state, has_item, self.running)
        text, name = start_text(ready, state)
        self.strip_start.setText(text)
        self.strip_start.setIcon(icon(name))
        self.strip_start.setEnabled(has_item)

    # --- keys -------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Page Up/Down and Esc move run mode on wherever the focus is in it, except where the
        # focused widget uses them itself (typing a note): then the key is left to it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in MOVING_KEYS
            and keeps_key(QApplication.focusWidget(), event.key())
        ):
            event.accept()
            return True
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.card.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
