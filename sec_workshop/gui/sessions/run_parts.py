"""The parts of run mode (``run_mode``): what it reckons (the minutes an item took, the
countdown when an item is entered again, the board template a work form works on), its
look, the agenda down the side, the item shown large, counting people in at the door, the
bar that captures decisions and actions, and the one undo step that makes a board for an
agenda item."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QWidget,
)

from sec_workshop.domain.agenda import Slot, clock
from sec_workshop.domain.base import NotFoundError, Record
from sec_workshop.domain.board import Board
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.enums import ParticipantGroup
from sec_workshop.domain.process import Instrument
from sec_workshop.domain.session import TITLE_MAX, AgendaItem
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.sessions.document import SessionDocument

EMPTY_TEMPLATE = "leeg"
NOTICE_MS = 8_000  # how long the capture bar's confirmation stays
BIG_TIMER_PIXELS = 96  # the countdown of the item shown, read from a step away

# Run mode is read from a step away, standing: large type, the item under way marked.
STYLE = """
#runMode { background: #FAFAF7; }
QLabel#runSession { font-size: 18px; font-weight: 600; color: #1B3A4B; }
QToolButton#runLeave, QToolButton#runProjector, #runStrip QToolButton, #runStrip QPushButton {
    font-size: 15px; }
QLabel#runStripItem { font-size: 17px; font-weight: 600; color: #1C2B33; }
#runCard, #runDoor { background: #FFFFFF; border: 1px solid #D5DDE0; border-radius: 10px; }
QLabel#runKicker { font-size: 19px; font-weight: 600; color: #546E7A; }
QLabel#runTitle { font-size: 40px; font-weight: 700; color: #1C2B33; }
QLabel#runLead { font-size: 20px; color: #37474F; }
QLabel#runBoardTitle { font-size: 15px; color: #546E7A; }
QLabel#runNotesHeading { font-size: 15px; font-weight: 600; color: #607D8B; }
QLabel#runNotes { font-size: 19px; color: #263238; }
QLabel#runNotes[empty="true"] { color: #90A4AE; font-style: italic; }
QLabel#runAbout { font-size: 17px; color: #455A64; }
QLabel#runNext { font-size: 18px; color: #455A64; }
#runCard QPushButton { font-size: 17px; padding: 9px 18px; }
QPushButton#runNextButton { font-size: 21px; font-weight: 600; padding: 12px 30px;
    background: #1F5FAD; color: #FFFFFF; border: none; border-radius: 6px; }
QPushButton#runNextButton:hover { background: #184C8C; }
QPushButton#runNextButton:disabled { background: #B0BEC5; }
QPushButton#runPreviousButton { font-size: 19px; padding: 12px 22px; }
#runAgenda, #runAgendaInner, #runNotesScroll, #runNotesInner { background: transparent; }
#runAgendaRow { border-radius: 6px; border-left: 6px solid transparent; }
#runAgendaRow[state="current"] { background: #FFF1C1; border-left: 6px solid #F9A825; }
QLabel#runRowTime { font-size: 16px; color: #546E7A; min-width: 48px; }
QLabel#runRowTitle { font-size: 17px; color: #1C2B33; }
QLabel#runRowMinutes { font-size: 16px; color: #546E7A; }
QLabel#runRowTag { font-size: 14px; font-weight: 600; color: #00796B; }
#runAgendaRow[state="current"] QLabel#runRowTitle { font-weight: 700; }
#runAgendaRow[state="done"] QLabel { color: #9AA9B0; }
QLabel#runDoorHeading { font-size: 18px; font-weight: 600; color: #1B3A4B; }
QLabel#runDoorName { font-size: 18px; font-weight: 600; color: #1C2B33; }
QLabel#runDoorExpected { font-size: 14px; color: #607D8B; }
QLabel#runDoorCount { font-size: 32px; font-weight: 700; color: #1F5FAD; }
QLabel#runDoorTotal { font-size: 21px; font-weight: 700; color: #1B3A4B; }
#runDoor QToolButton { font-size: 22px; }
#runCapture { background: #ECEFF1; border-top: 1px solid #CFD8DC; }
#runCapture QLineEdit { font-size: 17px; padding: 6px 8px; }
QLabel#captureNotice { font-size: 16px; color: #2E7D32; }
QLabel#captureNotice[warning="true"] { color: #C62828; }
#runCapture QToolButton { font-size: 16px; }
"""


# --- reckoning ------------------------------------------------------------------------------
def held_minutes(seconds: float) -> int:
    """The minutes an item took, rounded to the nearest minute (half up); at least one,
    since it ran."""
    return max(1, math.floor(seconds / 60 + 0.5))


def minutes_left(duration_minutes: int, spent_seconds: float) -> int:
    """The countdown for an item entered after ``spent_seconds`` on it already: what is left
    of its planned time, in whole minutes rounded up, and at least one."""
    return max(1, math.ceil((duration_minutes * 60 - spent_seconds) / 60 - 1e-9))


def board_template_key(instrument: Instrument | None, template_keys: Iterable[str]) -> str:
    """The board template an item's work form works on: the template with the work form's
    own key (*kansen-belemmeringen*), else one whose key is the work form's with more words
    (*wijksafari* → *wijksafari-bevindingen*) or fewer (*koppelkansen-verkennen* →
    *koppelkansen*); the empty board otherwise."""
    key = instrument.builtin_key if instrument is not None else None
    keys = [k for k in template_keys if k != EMPTY_TEMPLATE]
    if not key:
        return EMPTY_TEMPLATE
    if key in keys:
        return key
    for template in keys:
        if template.startswith(f"{key}-") or key.startswith(f"{template}-"):
            return template
    return EMPTY_TEMPLATE


def slot_time(slot: Slot) -> str:
    """When an item starts: the clock time, or minutes from the start without one."""
    if slot.starts_at is not None:
        return clock(slot.starts_at)
    return f"+{slot.start // 60}:{slot.start % 60:02d}"


def slot_span(slot: Slot) -> str:
    """``19:30–19:45`` (empty when the session has no start time)."""
    if slot.starts_at is None or slot.ends_at is None:
        return ""
    return f"{clock(slot.starts_at)}–{clock(slot.ends_at)}"


def group_name(group: ParticipantGroup) -> str:
    names = {
        ParticipantGroup.RESIDENTS: QCoreApplication.translate("RunModeWidget", "Residents"),
        ParticipantGroup.TENANTS: QCoreApplication.translate("RunModeWidget", "Tenants"),
        ParticipantGroup.OWNERS: QCoreApplication.translate("RunModeWidget", "Owners"),
        ParticipantGroup.PROFESSIONALS: QCoreApplication.translate(
            "RunModeWidget", "Professionals"
        ),
    }
    return names[group]


def minutes_text(minutes: int) -> str:
    return QCoreApplication.translate("RunModeWidget", "%1 min").replace("%1", str(minutes))


# --- the undo step that makes a board -----------------------------------------------------
class MakeBoardCommand(SafeCommand):
    """A new board for an agenda item, named after it, and the item working on it: one
    undo step. Undo takes the board away with whatever was put on it since, redo brings
    all of it back."""

    def __init__(self, doc: SessionDocument, item: AgendaItem, template_key: str) -> None:
        super().__init__(
            QCoreApplication.translate("RunModeWidget", "Make board “%1”").replace("%1", item.title)
        )
        self._doc = doc
        self._item_id = item.id
        self.board = Board(
            session_id=item.session_id, title=item.title[:TITLE_MAX], template_key=template_key
        )
        self._linked: Edit[Record] | None = None
        self._removed: list[Record] | None = None

    def redo(self) -> None:
        def run() -> None:
            editing = self._doc.workspace.board_editing
            if self._linked is None:
                item = next((i for i in self._doc.agenda if i.id == self._item_id), None)
                if item is None:
                    raise NotFoundError("record.not_found", kind="agenda_item", id=self._item_id)
                self.board = editing.create_board(self.board)
                self._doc.reload()  # the new board is the session's
                self._linked = self._doc.change(replace(item, board_id=self.board.id))
            else:
                editing.restore_board(self._removed or [])
                self._doc.reload()
                self._doc.replay(self._linked)

        self._guard(run)

    def undo(self) -> None:
        linked = self._linked

        def run() -> None:
            if linked is not None:
                self._doc.replay(linked.inverted())
            # The board's own records are told to every view, this document included: it
            # reloads for them when the notice comes, as the boards tab does.
            with self._doc.workspace.acting_for(None):
                self._removed = self._doc.workspace.board_editing.delete_board(self.board.id)

        self._guard(run)


# --- the agenda down the side -------------------------------------------------------------
class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit (the whole text in its tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


def plain_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet looks at, and have it looked at again."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
