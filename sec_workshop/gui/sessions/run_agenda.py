"""Run mode's agenda down the side and the card of the item under way, in large type for
the hall."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.agenda import Schedule, Slot
from sec_workshop.domain.board import Board
from sec_workshop.domain.session import AgendaItem
from sec_workshop.gui.board.timer import SessionTimer, TimerState, TimerWidget
from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.sessions.run_parts import (
    BIG_TIMER_PIXELS,
    minutes_text,
    plain_label,
    restyle,
    slot_span,
    slot_time,
)


class AgendaRow(QFrame):
    """One item of the agenda: its start, its title, its minutes (planned, or held with a
    tick once done). ``state`` is ``current``, ``done`` or ``planned``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runAgendaRow")
        self.state = "planned"
        self.item_id = ""
        self.time = QLabel()
        self.time.setObjectName("runRowTime")
        self.title = QLabel()
        self.title.setObjectName("runRowTitle")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tag = QLabel()
        self.tag.setObjectName("runRowTag")
        self.minutes = QLabel()
        self.minutes.setObjectName("runRowMinutes")
        self.minutes.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for label in (self.time, self.title, self.tag, self.minutes):
            label.setTextFormat(Qt.TextFormat.PlainText)
        middle = QVBoxLayout()
        middle.setSpacing(0)
        middle.addWidget(self.title)
        middle.addWidget(self.tag)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self.time, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(middle, 1)
        layout.addWidget(self.minutes, 0, Qt.AlignmentFlag.AlignTop)

    def show_slot(self, slot: Slot, state: str) -> None:
        item = slot.item
        self.item_id = item.id
        self.state = state
        self.time.setText(slot_time(slot))
        self.title.setText(item.title)
        self.tag.setText(QCoreApplication.translate("RunModeWidget", "Break"))
        self.tag.setVisible(item.is_break)
        if item.held_minutes is not None and state == "done":
            self.minutes.setText(f"✓ {minutes_text(item.held_minutes)}")
        else:
            self.minutes.setText(minutes_text(item.duration_minutes))
        held = item.held_minutes if item.held_minutes is not None else "–"
        self.setToolTip(
            QCoreApplication.translate("RunModeWidget", "Planned %1 min, held %2 min")
            .replace("%1", str(item.duration_minutes))
            .replace("%2", str(held))
        )
        restyle(self, "state", state)
        for label in (self.time, self.title, self.tag, self.minutes):
            restyle(label, "state", state)


class AgendaPanel(QScrollArea):
    """The whole agenda, the current item marked, the items done dimmed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runAgenda")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.rows: list[AgendaRow] = []
        inner = QWidget()
        inner.setObjectName("runAgendaInner")
        self._list = QVBoxLayout(inner)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(2)
        self._list.addStretch(1)
        self.setWidget(inner)

    def show_agenda(self, schedule: Schedule, current_id: str | None) -> None:
        slots = schedule.slots
        while len(self.rows) < len(slots):
            row = AgendaRow()
            self._list.insertWidget(len(self.rows), row)
            self.rows.append(row)
        while len(self.rows) > len(slots):
            row = self.rows.pop()
            self._list.removeWidget(row)
            row.deleteLater()
        for row, slot in zip(self.rows, slots, strict=True):
            if slot.item.id == current_id:
                state = "current"
            elif slot.item.held_minutes is not None:
                state = "done"
            else:
                state = "planned"
            row.show_slot(slot, state)
            if state == "current":
                QTimer.singleShot(0, row, self._bring_current_into_view)

    def current_row(self) -> AgendaRow | None:
        return next((r for r in self.rows if r.state == "current"), None)

    def _bring_current_into_view(self) -> None:
        row = self.current_row()
        if row is not None:
            self.ensureWidgetVisible(row, 0, 80)


# --- counting in at the door --------------------------------------------------------------
def start_text(ready: bool, state: TimerState) -> tuple[str, str]:
    """The start button's text and icon: begin the item shown, or pause or resume its
    countdown (the timer's own words, as the board editor has them)."""
    if ready:
        return QCoreApplication.translate("RunModeWidget", "Begin"), "play"
    if state is TimerState.RUNNING:
        return QCoreApplication.translate("BoardEditorWidget", "Pause"), "pause"
    if state is TimerState.PAUSED:
        return QCoreApplication.translate("BoardEditorWidget", "Resume"), "play"
    return QCoreApplication.translate("BoardEditorWidget", "Start"), "play"


class ItemCard(QFrame):
    """The item shown, large: what it is and when, who leads it, its countdown with start
    and a minute more, its board (open it, make one, or use one of the session's), the
    facilitators' notes, what comes next, and the way back and on."""

    board_chosen = Signal(str)  # a board of the session, for the item shown

    def __init__(self, timer: SessionTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runCard")
        self.kicker = plain_label("runKicker")
        self.title = plain_label("runTitle")
        self.lead = plain_label("runLead")
        self.board_title = plain_label("runBoardTitle")
        self.notes_heading = plain_label("runNotesHeading")
        self.notes_heading.setText(
            QCoreApplication.translate("RunModeWidget", "Notes for the facilitators")
        )
        self.notes = plain_label("runNotes")
        self.about_heading = plain_label("runNotesHeading")
        self.about_heading.setText(
            QCoreApplication.translate("RunModeWidget", "For the participants")
        )
        self.about = plain_label("runAbout")
        self.next_label = plain_label("runNext")
        notes_inner = QWidget()
        notes_inner.setObjectName("runNotesInner")
        notes_layout = QVBoxLayout(notes_inner)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes)
        notes_layout.addSpacing(12)
        notes_layout.addWidget(self.about_heading)
        notes_layout.addWidget(self.about)
        notes_layout.addStretch(1)
        notes_scroll = QScrollArea()
        notes_scroll.setObjectName("runNotesScroll")
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        notes_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        notes_scroll.setWidget(notes_inner)
        notes_scroll.setMinimumHeight(40)  # two lines at least; the rest scrolls

        self.timer_display = TimerWidget(timer, BIG_TIMER_PIXELS)
        self.start_button = QPushButton()
        self.start_button.setObjectName("runStartButton")
        self.minute_button = QPushButton(
            icon("add_minute"), QCoreApplication.translate("BoardEditorWidget", "+1 minute")
        )
        self.minute_button.clicked.connect(timer.add_minute)
        self.open_board_button = QPushButton(
            icon("open"), QCoreApplication.translate("RunModeWidget", "Open board")
        )
        self.open_board_button.setObjectName("runOpenBoard")
        self.make_board_button = QPushButton(
            icon("boards"), QCoreApplication.translate("RunModeWidget", "Make board")
        )
        self.make_board_button.setObjectName("runMakeBoard")
        self.make_board_button.setToolTip(
            QCoreApplication.translate("RunModeWidget", "A new board for this item, named after it")
        )
        self.use_board_button = QPushButton(
            QCoreApplication.translate("RunModeWidget", "Use a board of this session")
        )
        self.use_board_button.setObjectName("runUseBoard")
        self.use_board_button.setMenu(QMenu(self.use_board_button))
        timer_buttons = QVBoxLayout()
        timer_buttons.addWidget(self.start_button)
        timer_buttons.addWidget(self.minute_button)
        timer_buttons.addStretch(1)
        timer_row = QHBoxLayout()
        timer_row.setSpacing(16)
        timer_row.addWidget(self.timer_display, 0, Qt.AlignmentFlag.AlignTop)
        timer_row.addLayout(timer_buttons)
        timer_row.addStretch(1)
        self.board_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        board_row = QHBoxLayout()
        board_row.setSpacing(12)
        board_row.addWidget(self.open_board_button)
        board_row.addWidget(self.make_board_button)
        board_row.addWidget(self.use_board_button)
        board_row.addWidget(self.board_title)
        board_row.addStretch(1)

        self.previous_button = QPushButton(QCoreApplication.translate("RunModeWidget", "Previous"))
        self.previous_button.setObjectName("runPreviousButton")
        self.previous_button.setToolTip(
            QCoreApplication.translate("RunModeWidget", "Previous item (Page Up)")
        )
        self.next_button = QPushButton()
        self.next_button.setObjectName("runNextButton")
        self.next_button.setToolTip(
            QCoreApplication.translate("RunModeWidget", "Next item (Page Down)")
        )
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addSpacing(16)
        nav.addWidget(self.next_label, 1)
        nav.addSpacing(16)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 14, 28, 14)
        layout.setSpacing(8)
        layout.addWidget(self.kicker)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addSpacing(8)
        layout.addLayout(timer_row)
        layout.addLayout(board_row)
        layout.addSpacing(8)
        layout.addWidget(self.notes_heading)
        layout.addWidget(notes_scroll, 1)
        layout.addLayout(nav)

    def show_item(
        self,
        item: AgendaItem | None,
        slot: Slot | None,
        *,
        running: bool,
        session_title: str,
        has_agenda: bool,
        after: str,
        boards: Sequence[Board],
        summary: str = "",
    ) -> None:
        """``item`` shown (``None``: the agenda is done, or there is none; ``summary`` then
        says how the time went), ``running`` or ready to begin; ``after`` says what comes
        next."""
        if item is None:
            self.kicker.setText(
                QCoreApplication.translate("RunModeWidget", "End of the agenda")
                if has_agenda
                else QCoreApplication.translate("RunModeWidget", "No agenda yet")
            )
            self.title.setText(session_title)
            self.lead.setText(summary)
        else:
            if not running:
                kicker = QCoreApplication.translate("RunModeWidget", "Ready to begin")
            elif item.is_break:
                kicker = QCoreApplication.translate("RunModeWidget", "Break")
            else:
                kicker = QCoreApplication.translate("RunModeWidget", "Now")
            span = slot_span(slot) if slot is not None else ""
            self.kicker.setText(f"{kicker} · {span}" if span else kicker)
            self.title.setText(item.title)
            planned = QCoreApplication.translate("RunModeWidget", "%1 planned").replace(
                "%1", minutes_text(item.duration_minutes)
            )
            lead = QCoreApplication.translate("RunModeWidget", "Led by %1")
            lead = lead.replace("%1", item.facilitator)
            self.lead.setText(f"{lead} · {planned}" if item.facilitator else planned)
        notes = item.notes.strip() if item is not None else ""
        self.notes.setText(
            notes or QCoreApplication.translate("RunModeWidget", "No notes for this item.")
        )
        restyle(self.notes, "empty", not notes)
        self.notes_heading.setVisible(item is not None)
        self.notes.setVisible(item is not None)
        about = item.description.strip() if item is not None else ""
        self.about.setText(about)
        self.about_heading.setVisible(bool(about))
        self.about.setVisible(bool(about))
        self.timer_display.setVisible(item is not None)
        self.next_label.setText(after)
        self.next_button.setText(
            QCoreApplication.translate("RunModeWidget", "Begin")
            if item is not None and not running
            else QCoreApplication.translate("RunModeWidget", "Next")
        )
        self.next_button.setEnabled(item is not None)
        self._show_board(item, boards)

    def show_timer(self, ready: bool, state: TimerState, has_item: bool, running: bool) -> None:
        text, name = start_text(ready, state)
        self.start_button.setText(text)
        self.start_button.setIcon(icon(name))
        self.start_button.setVisible(has_item)
        self.minute_button.setVisible(has_item)
        self.minute_button.setEnabled(running)

    def _show_board(self, item: AgendaItem | None, boards: Sequence[Board]) -> None:
        linked = item is not None and item.board_id is not None
        board = next((b for b in boards if item is not None and b.id == item.board_id), None)
        self.open_board_button.setVisible(linked)
        self.board_title.setText(board.title if board is not None else "")
        self.board_title.setVisible(board is not None)
        can_make = item is not None and not linked and not item.is_break
        self.make_board_button.setVisible(can_make)
        self.use_board_button.setVisible(can_make and bool(boards))
        menu = self.use_board_button.menu()
        menu.clear()
        for other in boards:
            action = menu.addAction(other.title)
            action.setData(other.id)
            action.triggered.connect(self._on_use_board_action_triggered)

    def _on_use_board_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.board_chosen.emit(str(action.data()))
