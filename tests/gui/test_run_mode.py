"""Run mode: running the demo's planned session as a facilitator in the hall would, with
Page Down, clicks and typing, on a clock the test moves by hand; every change checked in
the document, in the database and on screen, and taken back by undo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sec_workshop.domain.enums import ParticipantGroup, SessionStatus
from sec_workshop.domain.process import Instrument
from sec_workshop.domain.session import AgendaItem
from sec_workshop.domain.views import SessionContent
from sec_workshop.gui.board.timer import TimerState
from sec_workshop.gui.sessions.document import SessionDocument
from sec_workshop.gui.sessions.run_mode import RunModeWidget
from sec_workshop.gui.sessions.run_parts import board_template_key, held_minutes, minutes_left
from sec_workshop.services.workspace import Workspace


@dataclass
class FakeClock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Run:
    widget: RunModeWidget
    doc: SessionDocument
    clock: FakeClock
    workspace: Workspace

    def stored(self) -> SessionContent:
        return self.workspace.sessions.content(self.doc.session_id)

    def items(self) -> list[AgendaItem]:
        return sorted(self.doc.agenda, key=lambda i: i.position)

    def stored_held(self) -> list[int | None]:
        return [i.held_minutes for i in sorted(self.stored().agenda, key=lambda i: i.position)]

    def page_down(self) -> None:
        QTest.keyClick(QApplication.focusWidget() or self.widget, Qt.Key.Key_PageDown)

    def wait(self, minutes: float) -> None:
        self.clock.now += minutes * 60
        self.widget.session_timer.check()


def _id(item: AgendaItem | None) -> str | None:
    return item.id if item is not None else None


@pytest.fixture
def run(qapp: QApplication, workspace: Workspace) -> Iterator[Run]:
    wijk_id = workspace.demo.add().wijk_id
    planned = next(
        s.session
        for s in workspace.sessions.summaries(wijk_id)
        if s.session.status is SessionStatus.PLANNED
    )
    doc = SessionDocument(workspace, planned.id)
    assert len(doc.agenda) >= 4
    clock = FakeClock()
    widget = RunModeWidget(doc, "nl", clock=clock)
    widget.resize(1400, 860)
    widget.show()
    widget.activateWindow()
    qapp.processEvents()
    yield Run(widget, doc, clock, workspace)
    widget.stop()
    widget.close()
    widget.deleteLater()
    doc.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


def test_reckoning() -> None:
    assert held_minutes(20) == 1  # it ran: at least a minute
    assert held_minutes(16.5 * 60) == 17
    assert held_minutes(16.4 * 60) == 16
    assert minutes_left(15, 0) == 15
    assert minutes_left(15, 12 * 60 + 10) == 3  # what is left, rounded up
    assert minutes_left(15, 20 * 60) == 1
    keys = ["leeg", "kansen-belemmeringen", "wijksafari-bevindingen", "koppelkansen"]

    def form(key: str | None) -> Instrument:
        return Instrument(name="x", builtin_key=key)

    assert board_template_key(form("kansen-belemmeringen"), keys) == "kansen-belemmeringen"
    assert board_template_key(form("wijksafari"), keys) == "wijksafari-bevindingen"
    assert board_template_key(form("koppelkansen-verkennen"), keys) == "koppelkansen"
    assert board_template_key(form("stippenstemmen"), keys) == "leeg"
    assert board_template_key(form(None), keys) == "leeg"
    assert board_template_key(None, keys) == "leeg"


def test_run_mode_fits_a_laptop_screen(run: Run) -> None:
    hint = run.widget.minimumSizeHint()
    assert hint.width() <= 1400 and hint.height() <= 860
    assert run.widget.size().width() == 1400


def test_page_down_runs_the_agenda_and_writes_the_time_each_item_took(run: Run) -> None:
    widget, items = run.widget, run.items()
    # Opened before the session: the first item, ready, its countdown not yet running.
    assert _id(widget.current_item()) == items[0].id and not widget.running
    assert widget.card.title.text() == items[0].title
    assert widget.card.timer_display.text() == f"{items[0].duration_minutes:02d}:00"
    assert widget.session_timer.state is TimerState.IDLE

    run.page_down()  # begins the first item
    assert widget.running and widget.session_timer.state is TimerState.RUNNING
    assert widget.agenda.current_row().item_id == items[0].id  # type: ignore[union-attr]
    run.wait(14.6)
    assert widget.card.timer_display.text() == "00:24"  # the countdown follows the clock
    run.wait(2)
    assert widget.session_timer.state is TimerState.FINISHED  # it ran over

    run.page_down()  # the coffee took 17 minutes; on to the welcome
    assert _id(widget.current_item()) == items[1].id
    assert widget.card.title.text() == items[1].title
    assert widget.card.timer_display.text() == f"{items[1].duration_minutes:02d}:00"
    assert widget.session_timer.state is TimerState.RUNNING
    run.wait(8.1)

    run.widget.capture.decision.setFocus()  # a single line does not keep Page Down
    run.page_down()
    assert _id(widget.current_item()) == items[2].id
    run.wait(0.3)  # a slip of the finger: it still ran

    run.page_down()
    assert _id(widget.current_item()) == items[3].id
    assert widget.card.title.text() == items[3].title
    assert run.stored_held()[:4] == [17, 8, 1, None]
    assert [i.held_minutes for i in run.items()][:4] == [17, 8, 1, None]
    rows = widget.agenda.rows
    assert [r.state for r in rows[:5]] == ["done", "done", "done", "current", "planned"]
    assert rows[0].minutes.text() == "✓ 17 min"

    # Back to the slip: it goes on from where it was, and its time adds up.
    QTest.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_PageUp)
    assert _id(widget.current_item()) == items[2].id
    assert run.stored_held()[3] == 1  # the item left, though briefly, ran
    run.wait(10)
    run.page_down()
    assert run.stored_held()[2] == 10  # 0.3 + 10 minutes

    # Each time written is one undo step.
    run.doc.undo_stack.undo()
    assert run.stored_held()[2] == 1
    run.doc.undo_stack.redo()
    assert run.stored_held()[2] == 10


def test_a_decision_and_an_action_are_captured_on_an_open_board(run: Run) -> None:
    widget, capture = run.widget, run.widget.capture
    run.page_down()
    QTest.mouseClick(widget.card.make_board_button, Qt.MouseButton.LeftButton)
    editor = widget.editor
    assert editor is not None and widget.pages.currentWidget() is editor
    assert capture.isVisible() and capture.decision.isVisible()
    decisions, actions = len(run.doc.decisions), len(run.doc.actions)

    capture.decision.setFocus()
    QTest.keyClicks(capture.decision, "Warmtenet als eerste uitwerken")
    QTest.keyClick(capture.decision, Qt.Key.Key_Return)
    QTest.keyClicks(capture.action, "Kosten per woning uitzoeken")
    QTest.keyClicks(capture.owner, "Ruben")
    QTest.keyClick(capture.owner, Qt.Key.Key_Return)

    assert widget.editor is editor  # still on the board
    assert capture.decision.text() == capture.action.text() == capture.owner.text() == ""
    assert "Kosten per woning uitzoeken" in capture.notice.full_text()
    assert capture.notice.text()  # what fits of it
    stored = run.stored()
    assert len(stored.decisions) == decisions + 1 and len(stored.actions) == actions + 1
    assert stored.decisions[-1].text == "Warmtenet als eerste uitwerken"
    assert stored.decisions[-1].position == decisions
    assert (stored.actions[-1].text, stored.actions[-1].owner) == (
        "Kosten per woning uitzoeken",
        "Ruben",
    )
    assert run.doc.decisions[-1].text == "Warmtenet als eerste uitwerken"
    assert run.doc.actions[-1].owner == "Ruben"

    # The bar's own Undo takes the action back; the session's undo the decision.
    assert capture.undo_button.isVisible()
    QTest.mouseClick(capture.undo_button, Qt.MouseButton.LeftButton)
    assert len(run.stored().actions) == actions and len(run.doc.actions) == actions
    run.doc.undo_stack.undo()
    assert len(run.stored().decisions) == decisions and len(run.doc.decisions) == decisions
    run.doc.undo_stack.redo()
    run.doc.undo_stack.redo()
    assert run.stored().decisions[-1].text == "Warmtenet als eerste uitwerken"
    assert run.stored().actions[-1].owner == "Ruben"


def test_make_board_makes_the_items_board_in_one_undo_step(qtbot: QtBot, run: Run) -> None:
    widget = run.widget
    for _ in range(3):  # to the third item, whose work form compares heat strategies
        run.page_down()
    item = widget.current_item()
    assert item is not None and item.board_id is None
    assert widget.card.make_board_button.isVisible()
    assert not widget.card.open_board_button.isVisible()
    steps = run.doc.undo_stack.count()

    QTest.mouseClick(widget.card.make_board_button, Qt.MouseButton.LeftButton)
    editor = widget.editor
    assert editor is not None
    board = editor.doc.board
    assert board.title == item.title and board.session_id == run.doc.session_id
    assert board.template_key == "warmtestrategieen"
    stored = {i.id: i for i in run.stored().agenda}
    assert stored[item.id].board_id == board.id
    assert widget.current_item().board_id == board.id  # type: ignore[union-attr]
    assert board.id in {b.id for b in run.doc.boards}
    assert run.doc.undo_stack.count() == steps + 1

    # Typing in a note keeps Page Down and Esc for the note; then Esc is the way back.
    note = editor.add_note(QPointF(500, 400), text="", centred=False)
    assert note is not None and editor.view.start_editing(note.id)
    QTest.keyClicks(editor.view.viewport(), "Warmtenet")
    QTest.keyClick(editor.view, Qt.Key.Key_PageDown)
    assert _id(widget.current_item()) == run.items()[2].id and widget.editor is editor
    QTest.keyClick(editor.view, Qt.Key.Key_Escape)  # ends the typing
    assert editor.view.editor is None and widget.editor is editor
    QTest.keyClick(editor.view, Qt.Key.Key_Escape)  # back to the agenda
    assert widget.editor is None and widget.pages.currentWidget() is widget.agenda_page
    assert widget.card.open_board_button.isVisible()
    assert widget.card.board_title.text() == item.title

    QTest.mouseClick(widget.card.open_board_button, Qt.MouseButton.LeftButton)
    reopened = widget.editor
    assert reopened is not None and reopened.doc.board_id == board.id
    assert len(reopened.doc.notes) == 1

    # Undo takes the board (with its note) and the link back; the open board closes.
    run.doc.undo_stack.undo()  # the note went on the board's own stack: this is the making
    assert {i.id: i for i in run.stored().agenda}[item.id].board_id is None
    qtbot.waitUntil(lambda: widget.editor is None)
    assert board.id not in {b.id for b in run.doc.boards}
    assert board.id not in {
        s.board.id for s in run.workspace.boards.summaries(run.doc.session.wijk_id)
    }
    run.doc.undo_stack.redo()
    assert {i.id: i for i in run.stored().agenda}[item.id].board_id == board.id
    assert len(run.workspace.boards.content(board.id).notes) == 1


def test_counting_in_at_the_door(run: Run) -> None:
    door = run.widget.door
    for _ in range(3):
        QTest.mouseClick(door.buttons[ParticipantGroup.RESIDENTS], Qt.MouseButton.LeftButton)
    QTest.mouseClick(door.buttons[ParticipantGroup.PROFESSIONALS], Qt.MouseButton.LeftButton)
    session = run.stored().session
    assert session.present_residents == 3 and session.present_professionals == 1
    assert session.present_tenants == session.present_owners == 0
    assert session.participant_count == 4
    assert door.count_text(ParticipantGroup.RESIDENTS) == "3"
    assert "4" in door.total.text()
    assert not door.minus[ParticipantGroup.OWNERS].isEnabled()

    QTest.mouseClick(door.minus[ParticipantGroup.RESIDENTS], Qt.MouseButton.LeftButton)
    assert run.stored().session.present_residents == 2
    assert run.stored().session.participant_count == 3
    run.doc.undo_stack.undo()
    assert run.stored().session.present_residents == 3
    assert door.count_text(ParticipantGroup.RESIDENTS) == "3"


def test_the_projector_shows_the_item_and_its_time_or_the_open_board(run: Run) -> None:
    widget = run.widget
    QTest.mouseClick(widget.projector_button, Qt.MouseButton.LeftButton)
    projector = widget.projector
    assert projector is not None and projector.isVisible() and not projector.showing_board()
    card = projector.card
    assert card.title.text() == run.doc.session.title  # before the first item: welcome
    first, second = run.items()[0], run.items()[1]
    assert first.title in card.after.text()

    run.page_down()
    assert card.title.text() == first.title
    assert card.timer_display is not None and card.timer_display.isVisible()
    assert card.timer_display.text() == f"{first.duration_minutes:02d}:00"
    run.wait(1)
    assert card.timer_display.text() == f"{first.duration_minutes - 1:02d}:00"
    assert second.title in card.after.text()

    # A presenter's remote pressing Page Down on the projector moves on too.
    projector.activateWindow()
    QTest.keyClick(projector, Qt.Key.Key_PageDown)
    assert _id(widget.current_item()) == second.id and card.title.text() == second.title

    QTest.mouseClick(widget.card.make_board_button, Qt.MouseButton.LeftButton)
    editor = widget.editor
    assert editor is not None and projector.showing_board()
    assert projector.view is not None and projector.view.scene() is editor.scene
    # On the board, Page Down moves the agenda on; the board stays for the room.
    QTest.keyClick(editor.view, Qt.Key.Key_PageDown)
    third = run.items()[2]
    assert _id(widget.current_item()) == third.id
    assert widget.editor is editor and projector.showing_board()
    assert widget.strip_item.text() == third.title
    scene, viewport = editor.scene, projector.view.viewport()
    assert scene.audience_of(viewport) is not None
    QTest.mouseClick(widget.agenda_button, Qt.MouseButton.LeftButton)
    assert widget.editor is None and not projector.showing_board()
    assert not shiboken6.isValid(scene) or scene.audience_of(viewport) is None
    assert card.title.text() == third.title

    QTest.mouseClick(widget.projector_button, Qt.MouseButton.LeftButton)  # closes it
    assert widget.projector is None


def test_leaving_run_mode_writes_the_item_under_way(qtbot: QtBot, run: Run) -> None:
    run.page_down()
    run.wait(5)
    with qtbot.waitSignal(run.widget.closed):
        QTest.mouseClick(run.widget.leave_button, Qt.MouseButton.LeftButton)
    assert run.stored_held()[0] == 5
    assert run.widget.session_timer.state is TimerState.IDLE
