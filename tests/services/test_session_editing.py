"""Preparing and recording sessions through the service: every intent is one edit that undo
takes back exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from sec_workshop.domain.base import Record, ValidationError
from sec_workshop.domain.board import Board, Note
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.enums import ParticipantGroup
from sec_workshop.domain.process import StepSession
from sec_workshop.domain.session import (
    ActionItem,
    AgendaItem,
    Decision,
    Session,
    SessionFacilitator,
)
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def wijk_id(workspace: Workspace) -> str:
    return workspace.demo.add().wijk_id


def _session(workspace: Workspace, wijk_id: str) -> Session:
    edit = workspace.session_editing.create(
        Session(wijk_id=wijk_id, title=" Warmtenet-avond ", starts_at=datetime(2026, 12, 8, 19, 30))
    )
    made = next(a for _b, a in edit.changes if isinstance(a, Session))
    return made


def _agenda(workspace: Workspace, session_id: str) -> list[AgendaItem]:
    return list(workspace.sessions.content(session_id).agenda)


def test_a_session_made_for_a_step_serves_it_and_the_roadmap_says_so(
    workspace: Workspace, wijk_id: str
) -> None:
    roadmap = workspace.models.roadmap_of(wijk_id)
    assert roadmap is not None
    step = workspace.models.content(roadmap.id).steps[0]
    edit = workspace.session_editing.create(Session(wijk_id=wijk_id, title="Avond"), step.id)
    session = next(a for _b, a in edit.changes if isinstance(a, Session))
    assert session.step_id == step.id
    links = workspace.editing.step_links(roadmap.id).step_sessions
    assert any(x.session_id == session.id and x.step_id == step.id for x in links)
    assert edit.note is not None and edit.note.code == "session.linked"
    workspace.session_editing.replay(edit.inverted())
    links = workspace.editing.step_links(roadmap.id).step_sessions
    assert not any(x.session_id == session.id for x in links)


def test_the_agenda_is_an_ordered_list_with_undo(workspace: Workspace, wijk_id: str) -> None:
    session = _session(workspace, wijk_id)
    assert session.title == "Warmtenet-avond"
    service = workspace.session_editing
    for n, title in enumerate(["Welkom", "Uitleg", "Tafels"]):
        service.add(AgendaItem(session_id=session.id, position=n, title=title))
    form = workspace.library.instruments()[0]
    added = service.add_work_form(session.id, form.id, 1)
    item = next(a for _b, a in added.changes if isinstance(a, AgendaItem) and a.title == form.name)
    assert item.duration_minutes == (form.duration_minutes or 15)
    assert item.notes == form.procedure
    assert [i.title for i in _agenda(workspace, session.id)] == [
        "Welkom",
        form.name,
        "Uitleg",
        "Tafels",
    ]
    moved = service.move(AgendaItem, item.id, 3)
    assert [i.title for i in _agenda(workspace, session.id)][-1] == form.name
    assert [i.position for i in _agenda(workspace, session.id)] == [0, 1, 2, 3]
    service.replay(moved.inverted())
    assert [i.title for i in _agenda(workspace, session.id)][1] == form.name
    removed = service.remove(AgendaItem, item.id)
    assert [i.position for i in _agenda(workspace, session.id)] == [0, 1, 2]
    service.replay(removed.inverted())
    assert [i.title for i in _agenda(workspace, session.id)][1] == form.name


def test_decisions_actions_facilitators_share_the_ordered_list(
    workspace: Workspace, wijk_id: str
) -> None:
    session = _session(workspace, wijk_id)
    service = workspace.session_editing
    service.add(Decision(session_id=session.id, position=0, text="  Warmtenet uitwerken "))
    service.add(ActionItem(session_id=session.id, position=0, text="Verslag", owner="Lotte"))
    service.add(
        SessionFacilitator(session_id=session.id, position=0, name="Lotte", role="gastvrouw")
    )
    content = workspace.sessions.content(session.id)
    assert content.decisions[0].text == "Warmtenet uitwerken"
    assert content.actions[0].owner == "Lotte"
    assert content.facilitators[0].role == "gastvrouw"
    action = content.actions[0]
    ticked = service.change(replace(action, done=True, due_date=date(2026, 12, 20)))
    assert workspace.sessions.content(session.id).actions[0].done
    service.replay(ticked.inverted())
    assert not workspace.sessions.content(session.id).actions[0].done
    with pytest.raises(ValidationError):
        service.add(Decision(session_id=session.id, position=0, text="   "))


def test_counting_in_at_the_door(workspace: Workspace, wijk_id: str) -> None:
    session = _session(workspace, wijk_id)
    service = workspace.session_editing
    for _ in range(3):
        service.count_in(session.id, ParticipantGroup.RESIDENTS)
    service.count_in(session.id, ParticipantGroup.PROFESSIONALS)
    last = service.count_in(session.id, ParticipantGroup.TENANTS, -1)  # nobody to take off
    stored = workspace.sessions.content(session.id).session
    assert (stored.present_residents, stored.present_professionals, stored.present_tenants) == (
        3,
        1,
        0,
    )
    assert stored.participant_count == 4 and not last


def test_deleting_a_session_takes_its_boards_and_undo_brings_all_back(
    workspace: Workspace, wijk_id: str
) -> None:
    summary = max(workspace.sessions.summaries(wijk_id), key=lambda s: s.board_count)
    session_id = summary.session.id
    before = workspace.wijken.bundle(wijk_id)
    edit: Edit[Record] = workspace.session_editing.delete(session_id)
    kinds = {type(b) for b, _a in edit.changes}
    assert {Session, Board, Note, AgendaItem} <= kinds
    assert session_id not in {s.session.id for s in workspace.sessions.summaries(wijk_id)}
    workspace.session_editing.replay(edit.inverted())
    after = workspace.wijken.bundle(wijk_id)
    assert {n.id for n in after.notes} == {n.id for n in before.notes}
    assert {s.id for s in after.sessions} == {s.id for s in before.sessions}
    assert {x.id for x in after.step_sessions} == {x.id for x in before.step_sessions}
    assert workspace.maintenance.check() == []


def test_duplicating_starts_the_next_session(workspace: Workspace, wijk_id: str) -> None:
    held = next(s.session for s in workspace.sessions.summaries(wijk_id) if s.decision_count)
    source = workspace.sessions.content(held.id)
    edit = workspace.session_editing.duplicate(held.id, f"{held.title} (vervolg)")
    copy = next(a for _b, a in edit.changes if isinstance(a, Session))
    content = workspace.sessions.content(copy.id)
    assert copy.starts_at is None and copy.status.value == "planned"
    assert [i.title for i in content.agenda] == [i.title for i in source.agenda]
    assert all(i.held_minutes is None and i.board_id is None for i in content.agenda)
    assert set(content.stakeholder_ids) == set(source.stakeholder_ids)
    assert content.decisions == () and content.actions == () and content.boards == ()


def test_serving_another_step_moves_the_link(workspace: Workspace, wijk_id: str) -> None:
    roadmap = workspace.models.roadmap_of(wijk_id)
    assert roadmap is not None
    first, second = workspace.models.content(roadmap.id).steps[:2]
    made = workspace.session_editing.create(Session(wijk_id=wijk_id, title="Avond"), first.id)
    session = next(a for _b, a in made.changes if isinstance(a, Session))
    workspace.session_editing.serve_step(session.id, second.id)
    links = [
        x
        for x in workspace.editing.step_links(roadmap.id).step_sessions
        if x.session_id == session.id
    ]
    assert [x.step_id for x in links] == [second.id]
    assert isinstance(links[0], StepSession)


def test_open_actions_of_a_wijk_soonest_first(workspace: Workspace, wijk_id: str) -> None:
    found = workspace.session_editing.open_actions(wijk_id)
    assert found and all(not o.action.done for o in found)
    dated = [o.action.due_date for o in found if o.action.due_date]
    assert dated == sorted(dated)
    late = date.today() + timedelta(days=10_000)
    assert any(o.overdue(late) for o in found if o.action.due_date)


def test_an_item_lets_go_of_a_deleted_board_and_points_at_it_again_after_undo(
    workspace: Workspace, wijk_id: str
) -> None:
    summary = max(workspace.sessions.summaries(wijk_id), key=lambda s: s.board_count)
    content = workspace.sessions.content(summary.session.id)
    board, item = content.boards[0], content.agenda[0]
    workspace.session_editing.change(replace(item, board_id=board.id))
    removed = workspace.board_editing.delete_board(board.id)
    assert workspace.sessions.content(summary.session.id).agenda[0].board_id is None
    workspace.board_editing.restore_board(removed)
    assert workspace.sessions.content(summary.session.id).agenda[0].board_id == board.id
