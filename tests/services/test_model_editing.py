"""Editing a roadmap: steps, arrows, lanes and phases; every change saved and in the history."""

from __future__ import annotations

import pytest

from sec_workshop.domain.base import NotFoundError, ValidationError
from sec_workshop.domain.enums import Route, StepStatus
from sec_workshop.domain.process import (
    Lane,
    Phase,
    Step,
    StepDependency,
    StepInstrument,
    StepSession,
    StepStakeholder,
)
from sec_workshop.domain.views import ModelContent
from sec_workshop.domain.wijk import Wijk
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def roadmap(workspace: Workspace) -> ModelContent:
    template = next(t for t in workspace.models.templates() if t.builtin_key == "sec-standaard")
    wijk = workspace.wijken.create(Wijk(name="Lombok"), template.id).wijk
    model = workspace.models.roadmap_of(wijk.id)
    assert model is not None
    return workspace.models.content(model.id)


def _cell_titles(ws: Workspace, model_id: str, lane_id: str, phase_id: str) -> list[str]:
    return [s.title for s in ws.models.content(model_id).steps_in(lane_id, phase_id)]


def _positions_ok(content: ModelContent) -> bool:
    for lane in content.lanes:
        for phase in content.phases:
            cell = content.steps_in(lane.id, phase.id)
            if [s.position for s in cell] != list(range(len(cell))):
                return False
    return [x.position for x in content.lanes] == list(range(len(content.lanes)))


def test_add_step_in_the_middle_of_a_cell(workspace: Workspace, roadmap: ModelContent) -> None:
    lane, phase = roadmap.lanes[0], roadmap.phases[0]
    before = _cell_titles(workspace, roadmap.model.id, lane.id, phase.id)
    step = Step(
        model_id=roadmap.model.id,
        lane_id=lane.id,
        phase_id=phase.id,
        position=1,
        title="  Buurtbarbecue  ",
    )
    workspace.editing.add_step(step)
    after = _cell_titles(workspace, roadmap.model.id, lane.id, phase.id)
    assert after == [before[0], "Buurtbarbecue", *before[1:]]
    assert _positions_ok(workspace.models.content(roadmap.model.id))
    assert (
        workspace.models.history(roadmap.model.id)[0].summary == "Stap 'Buurtbarbecue' toegevoegd"
    )


def test_move_between_cells_renumbers_both(workspace: Workspace, roadmap: ModelContent) -> None:
    a_lane, b_lane = roadmap.lanes[0], roadmap.lanes[1]
    phase = roadmap.phases[2]
    moving = roadmap.steps_in(a_lane.id, phase.id)[0]
    target_before = _cell_titles(workspace, roadmap.model.id, b_lane.id, phase.id)
    moved = workspace.editing.move_steps([(moving.id, b_lane.id, phase.id, 1)])
    assert moving.id in {s.id for s in moved.steps}
    content = workspace.models.content(roadmap.model.id)
    assert [s.title for s in content.steps_in(b_lane.id, phase.id)] == [
        target_before[0],
        moving.title,
        *target_before[1:],
    ]
    assert moving.title not in [s.title for s in content.steps_in(a_lane.id, phase.id)]
    assert _positions_ok(content)


def test_reorder_within_a_cell(workspace: Workspace, roadmap: ModelContent) -> None:
    lane, phase = roadmap.lanes[0], roadmap.phases[1]
    cell = roadmap.steps_in(lane.id, phase.id)
    workspace.editing.move_steps([(cell[0].id, lane.id, phase.id, len(cell) - 1)])
    titles = _cell_titles(workspace, roadmap.model.id, lane.id, phase.id)
    assert titles == [s.title for s in cell[1:]] + [cell[0].title]


def test_update_step_and_status_history(workspace: Workspace, roadmap: ModelContent) -> None:
    step = roadmap.steps[0]
    from dataclasses import replace

    step = workspace.editing.update_step(replace(step, tips="Koffie!"))
    step = workspace.editing.update_step(replace(step, tips="Koffie en thee"))
    step = workspace.editing.update_step(replace(step, status=StepStatus.DONE))
    history = [c.summary for c in workspace.models.history(roadmap.model.id)]
    assert history[0].startswith(f"Status van '{step.title}'")
    assert history.count(f"Stap '{step.title}' bijgewerkt") == 1  # typing merges
    saved = next(s for s in workspace.models.content(roadmap.model.id).steps if s.id == step.id)
    assert saved.tips == "Koffie en thee" and saved.status is StepStatus.DONE
    with pytest.raises(ValidationError):
        workspace.editing.update_step(replace(step, title=" "))


def test_delete_and_restore_steps_with_their_arrows(
    workspace: Workspace, roadmap: ModelContent
) -> None:
    dep = roadmap.dependencies[0]
    step = next(s for s in roadmap.steps if s.id == dep.from_step_id)
    cell_before = _cell_titles(workspace, roadmap.model.id, step.lane_id, step.phase_id)
    removed = workspace.editing.delete_steps([step.id])
    content = workspace.models.content(roadmap.model.id)
    assert step.id not in {s.id for s in content.steps}
    assert dep.id not in {d.id for d in content.dependencies}
    assert _positions_ok(content)
    workspace.editing.restore(removed)
    content = workspace.models.content(roadmap.model.id)
    assert dep.id in {d.id for d in content.dependencies}
    assert _cell_titles(workspace, roadmap.model.id, step.lane_id, step.phase_id) == cell_before
    assert workspace.maintenance.check() == []


def test_arrows_across_lanes_and_their_rules(workspace: Workspace, roadmap: ModelContent) -> None:
    a = roadmap.steps_in(roadmap.lanes[0].id, roadmap.phases[3].id)[0]
    b = roadmap.steps_in(roadmap.lanes[2].id, roadmap.phases[4].id)[0]
    dep = workspace.editing.add_dependency(
        StepDependency(model_id=roadmap.model.id, from_step_id=a.id, to_step_id=b.id)
    )
    assert dep.id in {d.id for d in workspace.models.content(roadmap.model.id).dependencies}
    with pytest.raises(ValidationError) as info:
        workspace.editing.add_dependency(
            StepDependency(model_id=roadmap.model.id, from_step_id=a.id, to_step_id=b.id)
        )
    assert info.value.code == "dependency.exists"
    with pytest.raises(ValidationError):
        workspace.editing.add_dependency(
            StepDependency(model_id=roadmap.model.id, from_step_id=a.id, to_step_id=a.id)
        )
    workspace.editing.delete_dependency(dep.id)
    assert dep.id not in {d.id for d in workspace.models.content(roadmap.model.id).dependencies}


def test_lanes_add_move_delete_and_restore(workspace: Workspace, roadmap: ModelContent) -> None:
    model_id = roadmap.model.id
    lane = Lane(
        model_id=model_id,
        name="Koppelkansen",
        route=Route.KOPPELKANSEN,
        color="#C2185B",
        position=1,
    )
    workspace.editing.add_lane(lane)
    names = [x.name for x in workspace.models.content(model_id).lanes]
    assert names[1] == "Koppelkansen" and len(names) == 4
    workspace.editing.move_lane(lane.id, 3)
    assert [x.name for x in workspace.models.content(model_id).lanes][3] == "Koppelkansen"
    social = roadmap.lanes[0]
    steps = len(workspace.models.content(model_id).steps)
    removed = workspace.editing.delete_lane(social.id)
    content = workspace.models.content(model_id)
    assert social.id not in {x.id for x in content.lanes}
    assert len(content.steps) < steps and _positions_ok(content)
    workspace.editing.restore(removed)
    content = workspace.models.content(model_id)
    assert content.lanes[0].id == social.id
    assert len(content.steps) == steps and _positions_ok(content)


def test_phases_and_instruments(workspace: Workspace, roadmap: ModelContent) -> None:
    model_id = roadmap.model.id
    phase = Phase(model_id=model_id, name="Evalueren", position=6)
    workspace.editing.add_phase(phase)
    assert [p.name for p in workspace.models.content(model_id).phases][-1] == "Evalueren"
    step = roadmap.steps[0]
    wijksafari = next(i for i in workspace.library.instruments() if i.name == "Wijksafari")
    attached = [i.id for i in roadmap.instruments_of(step.id)]
    if wijksafari.id in attached:
        wijksafari = next(i for i in workspace.library.instruments() if i.id not in attached)
    link = workspace.editing.attach_instrument(
        StepInstrument(step_id=step.id, instrument_id=wijksafari.id)
    )
    assert wijksafari.id in [
        i.id for i in workspace.models.content(model_id).instruments_of(step.id)
    ]
    workspace.editing.detach_instrument(link.id)
    assert wijksafari.id not in [
        i.id for i in workspace.models.content(model_id).instruments_of(step.id)
    ]


def test_template_edits_keep_no_history_and_leave_roadmaps_alone(workspace: Workspace) -> None:
    template = workspace.models.content(workspace.models.templates()[0].id)
    wijk = workspace.wijken.create(Wijk(name="W"), template.model.id).wijk
    roadmap = workspace.models.roadmap_of(wijk.id)
    assert roadmap is not None
    workspace.editing.delete_steps([template.steps[0].id])
    assert workspace.models.history(template.model.id) == []
    assert len(workspace.models.content(roadmap.id).steps) == len(template.steps)


@pytest.fixture
def demo_roadmap(workspace: Workspace) -> ModelContent:
    wijk_id = workspace.demo.add().wijk_id
    model = workspace.models.roadmap_of(wijk_id)
    assert model is not None
    return workspace.models.content(model.id)


def test_link_and_unlink_stakeholders_and_sessions(
    workspace: Workspace, demo_roadmap: ModelContent
) -> None:
    model_id = demo_roadmap.model.id
    step = demo_roadmap.steps[0]
    offer = workspace.editing.step_links(model_id)
    assert len(offer.stakeholders) == 17 and len(offer.sessions) == 3
    corporatie = next(s for s in offer.stakeholders if s.type_key == "woningcorporatie")
    session = offer.sessions[0]

    person = workspace.editing.link_stakeholder(
        StepStakeholder(step_id=step.id, stakeholder_id=corporatie.id)
    )
    meeting = workspace.editing.link_session(StepSession(step_id=step.id, session_id=session.id))
    links = workspace.editing.step_links(model_id)
    assert person in links.step_stakeholders and meeting in links.step_sessions
    history = [c.summary for c in workspace.models.history(model_id)[:2]]
    assert history == [
        f"Sessie '{session.title}' gekoppeld aan '{step.title}'",
        f"Stakeholder '{corporatie.name}' gekoppeld aan '{step.title}'",
    ]
    with pytest.raises(ValidationError) as twice:
        workspace.editing.link_stakeholder(
            StepStakeholder(step_id=step.id, stakeholder_id=corporatie.id)
        )
    assert twice.value.code == "link.exists"

    assert workspace.editing.unlink_stakeholder(person.id) == person
    assert workspace.editing.unlink_session(meeting.id) == meeting
    links = workspace.editing.step_links(model_id)
    assert person not in links.step_stakeholders and meeting not in links.step_sessions
    assert workspace.models.history(model_id)[0].summary == (
        f"Sessie '{session.title}' losgekoppeld van '{step.title}'"
    )
    assert workspace.maintenance.check() == []


def test_links_only_to_the_roadmaps_own_wijk(
    workspace: Workspace, demo_roadmap: ModelContent, roadmap: ModelContent
) -> None:
    offer = workspace.editing.step_links(demo_roadmap.model.id)
    other_step = roadmap.steps[0]  # a step of another wijk's roadmap
    with pytest.raises(ValidationError) as other:
        workspace.editing.link_stakeholder(
            StepStakeholder(step_id=other_step.id, stakeholder_id=offer.stakeholders[0].id)
        )
    assert other.value.code == "link.other_wijk"
    template = workspace.models.content(workspace.models.templates()[0].id)
    assert workspace.editing.step_links(template.model.id).stakeholders == ()
    with pytest.raises(ValidationError) as on_template:
        workspace.editing.link_session(
            StepSession(step_id=template.steps[0].id, session_id=offer.sessions[0].id)
        )
    assert on_template.value.code == "link.template"
    assert workspace.editing.step_links(roadmap.model.id).step_stakeholders == ()


def test_deleting_a_step_takes_its_links_and_restore_brings_them_back(
    workspace: Workspace, demo_roadmap: ModelContent
) -> None:
    model_id = demo_roadmap.model.id
    offer = workspace.editing.step_links(model_id)
    step = next(s for s in demo_roadmap.steps if s.id in {x.step_id for x in offer.step_sessions})
    person = workspace.editing.link_stakeholder(
        StepStakeholder(step_id=step.id, stakeholder_id=offer.stakeholders[0].id)
    )
    meetings = {x for x in offer.step_sessions if x.step_id == step.id}
    removed = workspace.editing.delete_steps([step.id])
    after = workspace.editing.step_links(model_id)
    assert person not in after.step_stakeholders
    assert not meetings & set(after.step_sessions)
    assert len(after.sessions) == 3  # the sessions themselves stay
    workspace.editing.restore(removed)
    after = workspace.editing.step_links(model_id)
    assert person in after.step_stakeholders
    assert meetings <= set(after.step_sessions)
    assert workspace.maintenance.check() == []


def test_a_move_across_lane_and_phase_returns_exactly_what_was_stored(
    workspace: Workspace, roadmap: ModelContent
) -> None:
    """Cells in other lanes *and* phases: neighbouring cells stay as they are, every step
    reported moved is stored so, and one history line is written."""
    a_lane, b_lane = roadmap.lanes[0], roadmap.lanes[1]
    a_phase, b_phase = roadmap.phases[0], roadmap.phases[1]
    first, second = roadmap.steps_in(a_lane.id, a_phase.id)[:2]
    crossed = {
        s.id: s
        for cell in ((a_lane, b_phase), (b_lane, a_phase))
        for s in roadmap.steps_in(cell[0].id, cell[1].id)
    }
    history_before = len(workspace.models.history(roadmap.model.id))
    moved = workspace.editing.move_steps(
        [(second.id, b_lane.id, b_phase.id, 0), (first.id, b_lane.id, b_phase.id, 99)]
    )
    content = workspace.models.content(roadmap.model.id)
    stored = {s.id: s for s in content.steps}
    assert moved.steps and all(stored[s.id] == s for s in moved.steps)
    titles = [s.title for s in content.steps_in(b_lane.id, b_phase.id)]
    assert titles[0] == second.title and titles[-1] == first.title
    assert not crossed.keys() & {s.id for s in moved.steps}
    assert all(stored[i] == s for i, s in crossed.items())
    assert _positions_ok(content)
    history = workspace.models.history(roadmap.model.id)
    assert len(history) == history_before + 1
    assert history[0].summary == f"Verplaatst: '{second.title}', '{first.title}'"


def test_moving_an_unknown_step_or_into_an_unknown_lane_changes_nothing(
    workspace: Workspace, roadmap: ModelContent
) -> None:
    step = roadmap.steps[0]
    with pytest.raises(NotFoundError):
        workspace.editing.move_steps([("no-such-step", step.lane_id, step.phase_id, 0)])
    with pytest.raises(NotFoundError):
        workspace.editing.move_steps([(step.id, "no-such-lane", step.phase_id, 0)])
    assert workspace.models.content(roadmap.model.id).steps == roadmap.steps


def test_a_session_held_for_a_deleted_step_points_at_it_again_after_undo(
    workspace: Workspace,
) -> None:
    wijk_id = workspace.demo.add().wijk_id
    session = next(
        s.session for s in workspace.sessions.summaries(wijk_id) if s.session.step_id is not None
    )
    step_id = session.step_id
    assert step_id is not None
    removed = workspace.editing.delete_steps([step_id])
    after = workspace.sessions.content(session.id).session
    assert after.step_id is None and after.updated_at > session.updated_at
    workspace.editing.restore(removed)
    assert workspace.sessions.content(session.id).session.step_id == step_id
