"""Recording what a session decided and who does what: typed in key by key, reordered,
ticked off and deleted, each undone; the session marked held and its roadmap step moved on;
and the wijk's open actions following along."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sec_workshop import labels
from sec_workshop.domain.enums import SessionStatus, StepStatus
from sec_workshop.domain.process import Step
from sec_workshop.domain.session import ActionItem, Decision
from sec_workshop.gui.common.change_relay import relay_for
from sec_workshop.gui.sessions.document import SessionDocument
from sec_workshop.gui.sessions.open_actions import OpenActionsView
from sec_workshop.gui.sessions.record_list import OVERDUE_COLOR, RecordList
from sec_workshop.gui.sessions.records import RecordsPanel
from sec_workshop.history_texts import change_text
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def wijk_id(workspace: Workspace) -> str:
    return workspace.demo.add().wijk_id


def _session_id(workspace: Workspace, wijk_id: str, status: SessionStatus) -> str:
    """The newest session of the demo wijk with ``status``."""
    return next(
        s.session.id
        for s in workspace.sessions.summaries(wijk_id)
        if s.session.status is status and s.session.step_id
    )


@pytest.fixture
def panel(qtbot: QtBot, workspace: Workspace, wijk_id: str) -> Iterator[RecordsPanel]:
    """The records of the demo's last held session, in an active window."""
    doc = SessionDocument(workspace, _session_id(workspace, wijk_id, SessionStatus.HELD))
    shown = RecordsPanel(doc)
    qtbot.addWidget(shown)
    _shown(shown, qtbot)
    yield shown
    shown.finish_typing()


def _shown(widget: QWidget, qtbot: QtBot) -> None:
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _stored_decisions(panel: RecordsPanel) -> list[Decision]:
    return list(panel.doc.workspace.sessions.content(panel.doc.session_id).decisions)


def _stored_actions(panel: RecordsPanel) -> list[ActionItem]:
    return list(panel.doc.workspace.sessions.content(panel.doc.session_id).actions)


def _texts(records: list[Decision] | list[ActionItem]) -> list[str]:
    return [r.text for r in records]


def _list_texts(records: RecordList) -> list[str]:
    return [item.text(0) for item in records.rows()]


def test_a_decision_is_added_and_explained_by_typing_and_each_step_undoes(
    qtbot: QtBot, panel: RecordsPanel
) -> None:
    section = panel.decisions_section
    doc = panel.doc
    before = _texts(_stored_decisions(panel))
    section.new.setFocus()
    QTest.keyClicks(section.new, "  Eerst het warmtenet onderzoeken ")
    QTest.keyClick(section.new, Qt.Key.Key_Return)

    stored = _stored_decisions(panel)
    assert _texts(stored) == [*before, "Eerst het warmtenet onderzoeken"]
    assert _texts(doc.decisions) == _texts(stored)
    assert _list_texts(section.list)[-1] == "Eerst het warmtenet onderzoeken"
    assert section.list.current_id() == stored[-1].id  # the new one is shown to explain it
    assert section.text.toPlainText() == "Eerst het warmtenet onderzoeken"
    assert section.new.text() == "" and section.new.hasFocus()  # ready for the next one
    assert doc.undo_stack.count() == 1

    section.rationale.setFocus()
    QTest.keyClicks(section.rationale, "Meeste stippen ")
    assert _stored_decisions(panel)[-1].rationale == "Meeste stippen "  # spaces as typed
    QTest.keyClicks(section.rationale, "en de stuurgroep stemt in  ")
    section.text.setFocus()  # leaving the field ends the spell: trimmed, in the same step
    decision = _stored_decisions(panel)[-1]
    assert decision.rationale == "Meeste stippen en de stuurgroep stemt in"
    assert section.list.rows()[-1].text(1) == decision.rationale
    assert doc.undo_stack.count() == 2

    doc.undo_stack.undo()
    assert _stored_decisions(panel)[-1].rationale == ""
    assert section.rationale.toPlainText() == ""
    doc.undo_stack.undo()
    assert _texts(_stored_decisions(panel)) == before == _list_texts(section.list)
    doc.undo_stack.redo()
    assert _stored_decisions(panel)[-1].id == decision.id


def test_an_empty_decision_text_is_not_saved_and_comes_back(
    qtbot: QtBot, panel: RecordsPanel
) -> None:
    section = panel.decisions_section
    first = panel.doc.decisions[0]
    section.list.select_id(first.id)
    section.text.setFocus()
    QTest.keyClick(section.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(section.text, Qt.Key.Key_Delete)
    assert _stored_decisions(panel)[0].text == first.text
    section.rationale.setFocus()
    assert section.text.toPlainText() == first.text
    assert panel.problem.isHidden()


def test_an_action_is_added_given_an_owner_and_a_date_and_ticked_off(
    qtbot: QtBot, panel: RecordsPanel
) -> None:
    section = panel.actions_section
    doc = panel.doc
    before = _texts(_stored_actions(panel))
    section.new.setFocus()
    QTest.keyClicks(section.new, "Offerte warmtepompen opvragen")
    QTest.keyClick(section.new, Qt.Key.Key_Return)
    action = _stored_actions(panel)[-1]
    assert _texts(_stored_actions(panel)) == [*before, "Offerte warmtepompen opvragen"]
    assert (action.owner, action.due_date, action.done) == ("", None, False)
    assert section.due.text() == section.due.specialValueText()  # no date yet

    section.owner.setFocus()
    QTest.keyClicks(section.owner, "Ruben Kuipers ")
    QTest.keyClick(section.owner, Qt.Key.Key_Return)
    assert _stored_actions(panel)[-1].owner == "Ruben Kuipers"

    # A date typed into the empty field as people write it, then Enter.
    section.due.setFocus()
    QTest.keyClicks(section.due, "15-01-2027")
    QTest.keyClick(section.due, Qt.Key.Key_Return)
    assert _stored_actions(panel)[-1].due_date == date(2027, 1, 15)
    assert section.list.rows()[-1].text(2) == "15-01-2027"

    section.done.setFocus()
    QTest.keyClick(section.done, Qt.Key.Key_Space)
    assert _stored_actions(panel)[-1].done is True
    assert section.list.rows()[-1].checkState(0) == Qt.CheckState.Checked
    assert doc.undo_stack.count() == 4  # add, owner, date, done

    doc.undo_stack.undo()
    assert _stored_actions(panel)[-1].done is False and not section.done.isChecked()
    doc.undo_stack.undo()
    assert _stored_actions(panel)[-1].due_date is None
    assert section.due.value() is None
    doc.undo_stack.undo()
    assert _stored_actions(panel)[-1].owner == "" == section.owner.text()
    doc.undo_stack.undo()
    assert _texts(_stored_actions(panel)) == before


def test_the_clear_button_empties_the_date_and_an_arrow_starts_from_today(
    qtbot: QtBot, panel: RecordsPanel
) -> None:
    section = panel.actions_section
    action = next(a for a in panel.doc.actions if a.due_date is not None)
    section.list.select_id(action.id)
    QTest.mouseClick(section.no_due, Qt.MouseButton.LeftButton)
    assert next(a for a in _stored_actions(panel) if a.id == action.id).due_date is None
    section.due.setFocus()
    QTest.keyClick(section.due, Qt.Key.Key_Up)
    assert next(a for a in _stored_actions(panel) if a.id == action.id).due_date == date.today()
    panel.doc.undo_stack.undo()  # the arrow and the clearing were separate steps
    assert next(a for a in _stored_actions(panel) if a.id == action.id).due_date is None
    panel.doc.undo_stack.undo()
    assert next(a for a in _stored_actions(panel) if a.id == action.id).due_date == action.due_date
    assert section.due.value() == action.due_date


def test_ticking_in_the_list_saves_and_undoes(qtbot: QtBot, panel: RecordsPanel) -> None:
    section = panel.actions_section
    action = next(a for a in panel.doc.actions if not a.done)
    row = section.list.record_ids().index(action.id)
    item = section.list.rows()[row]
    section.list.setCurrentItem(item)
    section.list.setFocus()
    QTest.keyClick(section.list, Qt.Key.Key_Space)  # the tick of the current row
    assert next(a for a in _stored_actions(panel) if a.id == action.id).done is True
    assert section.done.isChecked()
    panel.doc.undo_stack.undo()
    assert next(a for a in _stored_actions(panel) if a.id == action.id).done is False
    assert section.list.rows()[row].checkState(0) == Qt.CheckState.Unchecked


def test_ctrl_down_and_up_reorder_and_undo(qtbot: QtBot, panel: RecordsPanel) -> None:
    for section, stored in (
        (panel.actions_section, _stored_actions),
        (panel.decisions_section, _stored_decisions),
    ):
        before = _texts(stored(panel))
        first = stored(panel)[0]
        section.list.select_id(first.id)
        section.list.setFocus()
        QTest.keyClick(section.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        after = _texts(stored(panel))
        assert after == [before[1], before[0], *before[2:]]
        assert [r.position for r in stored(panel)] == list(range(len(before)))
        assert section.list.current_id() == first.id  # it stays chosen: press again
        QTest.keyClick(section.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        assert _texts(stored(panel))[2] == first.text
        assert [_one(t) for t in _texts(stored(panel))] == _list_texts(section.list)
        panel.doc.undo_stack.undo()
        panel.doc.undo_stack.undo()
        assert _texts(stored(panel)) == before
        assert [_one(t) for t in before] == _list_texts(section.list)


def _one(text: str) -> str:
    return " ".join(text.split())


class _Drop(QDropEvent):
    """A drop from the list itself, as Qt delivers it at the end of a drag."""

    def __init__(self, records: RecordList, at: QPoint) -> None:
        self._records = records
        self._data = QMimeData()
        super().__init__(
            QPointF(at),
            Qt.DropAction.MoveAction,
            self._data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )

    def source(self) -> RecordList:  # type: ignore[override]
        return self._records


def test_a_drag_within_the_list_moves_the_record(qtbot: QtBot, panel: RecordsPanel) -> None:
    records = panel.decisions_section.list
    before = _texts(_stored_decisions(panel))
    first = panel.doc.decisions[0]
    records.select_id(first.id)
    target = records.visualItemRect(records.rows()[2])
    records.dropEvent(_Drop(records, target.center() + QPoint(0, target.height() // 4)))
    assert _texts(_stored_decisions(panel)) == [before[1], before[2], before[0], *before[3:]]
    assert len(records.rows()) == len(before)
    panel.doc.undo_stack.undo()
    assert _texts(_stored_decisions(panel)) == before


def test_delete_key_deletes_and_undo_brings_back_the_same_record(
    qtbot: QtBot, panel: RecordsPanel
) -> None:
    section = panel.actions_section
    victim = panel.doc.actions[1]
    section.list.select_id(victim.id)
    section.list.setFocus()
    QTest.keyClick(section.list, Qt.Key.Key_Delete)
    assert victim.id not in [a.id for a in _stored_actions(panel)]
    assert section.list.current_id() == panel.doc.actions[1].id  # the next one is chosen
    panel.doc.undo_stack.undo()
    assert _stored_actions(panel)[1] == victim


def test_overdue_open_actions_are_marked(
    qtbot: QtBot, panel: RecordsPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sec_workshop.gui.sessions import document

    section = panel.actions_section
    action = next(a for a in panel.doc.actions if not a.done and a.due_date)
    done = next(a for a in panel.doc.actions if a.done and a.due_date)
    assert action.due_date is not None and done.due_date is not None
    monkeypatch.setattr(
        document, "today", lambda: max(action.due_date, done.due_date) + timedelta(1)
    )
    section.refresh()
    rows = dict(zip(section.list.record_ids(), section.list.rows(), strict=True))
    late = section.tr("overdue")
    assert rows[action.id].text(2) == f"{action.due_date:%d-%m-%Y} · {late}"
    assert rows[action.id].foreground(2).color() == QColor(OVERDUE_COLOR)
    assert rows[done.id].text(2) == f"{done.due_date:%d-%m-%Y}"  # done is never late
    section.list.select_id(action.id)
    assert section.late.text() == late
    # Due today is not late yet.
    monkeypatch.setattr(document, "today", lambda: action.due_date)
    section.refresh()
    assert late not in rows[action.id].text(2)


def test_session_held_sets_the_status_and_undoes(
    qtbot: QtBot, workspace: Workspace, wijk_id: str
) -> None:
    doc = SessionDocument(workspace, _session_id(workspace, wijk_id, SessionStatus.PLANNED))
    panel = RecordsPanel(doc)
    qtbot.addWidget(panel)
    _shown(panel, qtbot)
    assert panel.bar.held.isEnabled()
    QTest.mouseClick(panel.bar.held, Qt.MouseButton.LeftButton)
    assert workspace.sessions.content(doc.session_id).session.status is SessionStatus.HELD
    assert doc.session.status is SessionStatus.HELD
    assert not panel.bar.held.isEnabled()
    doc.undo_stack.undo()
    assert workspace.sessions.content(doc.session_id).session.status is SessionStatus.PLANNED
    assert panel.bar.held.isEnabled()


def _stored_step(workspace: Workspace, wijk_id: str, step_id: str) -> Step:
    model = workspace.models.roadmap_of(wijk_id)
    assert model is not None
    return next(s for s in workspace.models.content(model.id).steps if s.id == step_id)


def _history(workspace: Workspace, wijk_id: str) -> list[str]:
    model = workspace.models.roadmap_of(wijk_id)
    assert model is not None
    return [change_text(c, "nl") for c in workspace.models.history(model.id)]


def test_the_served_step_is_moved_on_and_the_roadmap_history_says_so(
    qtbot: QtBot, workspace: Workspace, wijk_id: str
) -> None:
    doc = SessionDocument(workspace, _session_id(workspace, wijk_id, SessionStatus.PLANNED))
    panel = RecordsPanel(doc)
    qtbot.addWidget(panel)
    _shown(panel, qtbot)
    assert doc.session.step_id is not None
    step = _stored_step(workspace, wijk_id, doc.session.step_id)
    assert step.title in panel.bar.step_label.text()  # which step it is, by name
    combo = panel.bar.step_status
    assert combo.currentData() == step.status.value
    wanted = list(StepStatus)[list(StepStatus).index(step.status) + 1]

    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the next status, as a user picks it
    assert _stored_step(workspace, wijk_id, step.id).status is wanted
    line = _history(workspace, wijk_id)[0]
    before_word = labels.step_status(step.status, "nl").lower()
    after_word = labels.step_status(wanted, "nl").lower()
    assert line == f"Status van '{step.title}': {before_word} → {after_word}"
    relay_for(workspace).deliver()
    assert combo.currentData() == wanted.value

    doc.undo_stack.undo()
    assert _stored_step(workspace, wijk_id, step.id).status is step.status
    assert _history(workspace, wijk_id)[0] == f"Ongedaan gemaakt: {line}"
    assert combo.currentData() == step.status.value
    doc.undo_stack.redo()
    assert _stored_step(workspace, wijk_id, step.id).status is wanted


def test_open_actions_of_the_wijk_soonest_first_following_the_records_panel(
    qtbot: QtBot, workspace: Workspace, wijk_id: str, panel: RecordsPanel
) -> None:
    from sec_workshop.gui.sessions import document

    view = OpenActionsView(workspace)
    qtbot.addWidget(view)
    view.load(wijk_id)
    _shown(view, qtbot)
    shown = view.open_actions
    assert shown and all(not o.action.done for o in shown)
    dated = [o.action.due_date for o in shown if o.action.due_date]
    assert dated == sorted(dated)
    assert len(shown) == sum(
        1
        for s in workspace.sessions.summaries(wijk_id)
        for a in workspace.sessions.content(s.session.id).actions
        if not a.done
    )
    today = document.today()
    late = view.tr("overdue")
    for row, open_action in enumerate(shown):
        item = view.list.topLevelItem(row)
        assert item is not None and item.text(0) == _one(open_action.action.text)
        assert (late in item.text(2)) == open_action.overdue(today)
        assert open_action.session.title in item.text(3)

    # A tick in a session's records reaches the wijk's list.
    ticked = next(a for a in panel.doc.actions if not a.done)
    panel.actions_section.list.select_id(ticked.id)
    panel.actions_section.done.setFocus()
    QTest.keyClick(panel.actions_section.done, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ticked.id not in [o.action.id for o in view.open_actions])
    assert view.list.topLevelItemCount() == len(shown) - 1
    panel.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: ticked.id in [o.action.id for o in view.open_actions])


def test_ticking_in_the_open_actions_saves_at_once_and_undoes(
    qtbot: QtBot, workspace: Workspace, wijk_id: str
) -> None:
    doc = SessionDocument(workspace, _session_id(workspace, wijk_id, SessionStatus.HELD))
    view = OpenActionsView(workspace)
    qtbot.addWidget(view)
    view.load(wijk_id)
    _shown(view, qtbot)
    first = view.open_actions[0]
    item = view.list.topLevelItem(0)
    assert item is not None
    view.list.setCurrentItem(item)
    view.list.setFocus()
    QTest.keyClick(view.list, Qt.Key.Key_Space)
    stored = workspace.sessions.content(first.session.id).actions
    assert next(a for a in stored if a.id == first.action.id).done is True
    qtbot.waitUntil(lambda: first.action.id not in [o.action.id for o in view.open_actions])
    assert view.undo.isEnabled()
    QApplication.processEvents()
    relay_for(workspace).deliver()
    if first.session.id == doc.session_id:  # an open session follows
        assert next(a for a in doc.actions if a.id == first.action.id).done is True
    QTest.mouseClick(view.undo, Qt.MouseButton.LeftButton)
    stored = workspace.sessions.content(first.session.id).actions
    assert next(a for a in stored if a.id == first.action.id).done is False
    qtbot.waitUntil(lambda: view.open_actions[0].action.id == first.action.id)
    assert view.list.topLevelItem(0).checkState(0) == Qt.CheckState.Unchecked  # type: ignore[union-attr]


def test_a_double_click_asks_to_open_the_session(
    qtbot: QtBot, workspace: Workspace, wijk_id: str
) -> None:
    view = OpenActionsView(workspace)
    qtbot.addWidget(view)
    view.load(wijk_id)
    _shown(view, qtbot)
    item = view.list.topLevelItem(1)
    assert item is not None
    rect = view.list.visualItemRect(item)
    QTest.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_session_requested) as asked:
        QTest.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [view.open_actions[1].session.id]


def test_a_decision_names_its_roadmap_step_and_the_check_holds_it_to_it(
    qtbot: QtBot, panel: RecordsPanel, workspace: Workspace, wijk_id: str
) -> None:
    """The decision form offers the wijk's steps; a decision about a step that was done
    before the session was held is a finding of the roadmap's check."""
    from sec_workshop.domain.roadmap_check import FindingKind

    section = panel.decisions_section
    qtbot.keyClicks(section.new, "Wijkprofiel aanvullen")
    qtbot.keyClick(section.new, Qt.Key.Key_Return)
    decision = next(d for d in panel.doc.decisions if d.text == "Wijkprofiel aanvullen")
    roadmap = workspace.models.roadmap_of(wijk_id)
    assert roadmap is not None
    done = next(
        s
        for s in workspace.models.content(roadmap.id).steps
        if s.status is StepStatus.DONE
        and s.due_date is not None
        and panel.doc.session.starts_at is not None
        and s.due_date < panel.doc.session.starts_at.date()
    )
    index = section.step.findData(done.id)
    assert index > 0 and done.title in section.step.itemText(index)
    section.step.setCurrentIndex(index)
    section.step.activated.emit(index)
    saved = next(
        d for d in workspace.sessions.content(panel.doc.session_id).decisions if d.id == decision.id
    )
    assert saved.step_id == done.id
    row = section.list.rows()[section.list.record_ids().index(decision.id)]
    assert row.text(2) == done.title  # the list names the step too
    found = [
        f for f in workspace.check.check(roadmap.id) if f.kind is FindingKind.DECISION_ON_DONE_STEP
    ]
    assert [(f.step_id, f.params["decision"]) for f in found] == [
        (done.id, "Wijkprofiel aanvullen")
    ]
    # Undo takes the step off the decision again; the form follows.
    panel.doc.undo_stack.undo()
    assert section.step.currentData() == ""
    row = section.list.rows()[section.list.record_ids().index(decision.id)]
    assert row.text(2) == ""
    assert not [
        f for f in workspace.check.check(roadmap.id) if f.kind is FindingKind.DECISION_ON_DONE_STEP
    ]


def test_the_step_of_a_decision_is_found_by_typing_its_name_and_needs_a_decision(
    qtbot: QtBot, workspace: Workspace, wijk_id: str
) -> None:
    """Typing a step's name in *Over stap* chooses that step (one undo step however many
    keys); without a decision chosen the box is off, like the rest of the form."""
    planned = _session_id(workspace, wijk_id, SessionStatus.PLANNED)
    doc = SessionDocument(workspace, planned)
    panel = RecordsPanel(doc)
    qtbot.addWidget(panel)
    _shown(panel, qtbot)
    section = panel.decisions_section
    assert not doc.decisions and not section.step.isEnabled()

    qtbot.keyClicks(section.new, "Koplopers eerst")
    qtbot.keyClick(section.new, Qt.Key.Key_Return)
    assert section.step.isEnabled()
    roadmap = workspace.models.roadmap_of(wijk_id)
    assert roadmap is not None
    target = next(
        s for s in workspace.models.content(roadmap.id).steps if s.title == "Koppelkansen kiezen"
    )
    count = doc.undo_stack.count()
    section.step.setFocus()
    qtbot.keyClicks(section.step, "Koppelkansen kiezen")
    assert section.step.currentData() == target.id
    assert [d.step_id for d in _stored_decisions(panel)] == [target.id]
    assert doc.undo_stack.count() == count + 1
    doc.undo_stack.undo()
    assert [d.step_id for d in _stored_decisions(panel)] == [None]
    panel.finish_typing()
