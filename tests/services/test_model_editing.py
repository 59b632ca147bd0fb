"""Editing a roadmap: steps, arrows, lanes and phases; every change saved and in the history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

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
from sec_workshop.domain.session import Session
from sec_workshop.domain.views import ModelContent
from sec_workshop.domain.wijk import Wijk
from sec_workshop.history_texts import change_text
from sec_workshop.messages import describe
from sec_workshop.services.model_editing import ModelEdit
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


def _after(edit: ModelEdit, record_id: str) -> Any:
    """A record as an edit leaves it."""
    return next(r for r in edit.upserts if r.id == record_id)


def _updated(ws: Workspace, step: Step) -> Step:
    """Save a step; what is stored."""
    return _after(ws.editing.update_step(step), step.id)  # type: ignore[no-any-return]


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
    assert moving.id in {s.id for s in moved.upserts}
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


def _history(ws: Workspace, model_id: str, lang: str = "nl") -> list[str]:
    return [change_text(c, lang) for c in ws.models.history(model_id)]


def test_update_step_and_status_history(workspace: Workspace, roadmap: ModelContent) -> None:
    step = roadmap.steps[0]
    step = _updated(workspace, replace(step, tips="Koffie!"))
    step = _updated(workspace, replace(step, tips="Koffie en thee"))
    step = _updated(workspace, replace(step, status=StepStatus.DONE))
    history = _history(workspace, roadmap.model.id)
    assert history[:2] == [
        f"Status van '{step.title}': gepland → klaar",
        f"Stap '{step.title}' bijgewerkt: tips",  # typing merges
    ]
    assert _history(workspace, roadmap.model.id, "en")[0] == (
        f"Status of '{step.title}': planned → done"
    )
    saved = next(s for s in workspace.models.content(roadmap.model.id).steps if s.id == step.id)
    assert saved.tips == "Koffie en thee" and saved.status is StepStatus.DONE
    with pytest.raises(ValidationError):
        workspace.editing.update_step(replace(step, title=" "))


def test_a_title_is_stored_as_typed_spaces_and_all(
    workspace: Workspace, roadmap: ModelContent
) -> None:
    """Typing saves every keystroke; a space at the end is the start of the next word."""
    step = roadmap.steps[0]
    for typed in ("W", "Wa", "Warmtenet-avond", "Warmtenet-avond ", "Warmtenet-avond m"):
        step = _updated(workspace, replace(step, title=typed))
        stored = next(
            s for s in workspace.models.content(roadmap.model.id).steps if s.id == step.id
        )
        assert stored.title == typed


def test_a_spell_of_editing_a_step_is_one_entry_naming_the_fields(
    workspace: Workspace, roadmap: ModelContent
) -> None:
    model_id = roadmap.model.id
    step, other = roadmap.steps[0], roadmap.steps[1]
    before = len(workspace.models.history(model_id))
    title = ""
    for letter in "Warmtenet-avond met bewoners":
        title += letter
        step = _updated(workspace, replace(step, title=title))
    step = _updated(workspace, replace(step, owner="Gemeente"))
    step = _updated(workspace, replace(step, due_date=date(2027, 3, 1)))
    assert len(workspace.models.history(model_id)) == before + 1
    assert _history(workspace, model_id)[0] == (
        "Stap 'Warmtenet-avond met bewoners' bijgewerkt: titel, eigenaar en einddatum"
    )
    assert _history(workspace, model_id, "en")[0] == (
        "Step 'Warmtenet-avond met bewoners' updated: title, owner and due date"
    )
    entry = workspace.models.history(model_id)[0]
    assert entry.code == "step.updated"
    assert entry.params["fields"] == ["title", "owner", "due_date"]
    assert entry.summary == _history(workspace, model_id)[0]  # Dutch, for readers without codes

    # Another step, then the first one again: three spells, three entries.
    workspace.editing.update_step(replace(other, goal="Iedereen weet ervan"))
    workspace.editing.update_step(replace(step, tips="Soep erbij"))
    assert _history(workspace, model_id)[:3] == [
        "Stap 'Warmtenet-avond met bewoners' bijgewerkt: tips",
        f"Stap '{other.title}' bijgewerkt: doel",
        "Stap 'Warmtenet-avond met bewoners' bijgewerkt: titel, eigenaar en einddatum",
    ]
    # Saving what is stored already is no adaptation.
    workspace.editing.update_step(
        next(s for s in workspace.models.content(model_id).steps if s.id == step.id)
    )
    assert len(workspace.models.history(model_id)) == before + 3


def test_a_spell_ends_after_the_merge_window(
    workspace: Workspace, roadmap: ModelContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sec_workshop.services import roadmap_history

    step = roadmap.steps[0]
    # From now on: the entry of the roadmap made a moment ago stays the oldest.
    clock = [roadmap_history.utc_now()]
    monkeypatch.setattr(roadmap_history, "utc_now", lambda: clock[0])
    step = _updated(workspace, replace(step, owner="Gemeente"))
    clock[0] += roadmap_history.HISTORY_MERGE - timedelta(seconds=1)
    step = _updated(workspace, replace(step, owner="Gemeente en corporatie"))
    clock[0] += roadmap_history.HISTORY_MERGE
    workspace.editing.update_step(replace(step, tips="Koffie"))
    assert _history(workspace, roadmap.model.id)[:2] == [
        f"Stap '{step.title}' bijgewerkt: tips",
        f"Stap '{step.title}' bijgewerkt: eigenaar",
    ]


def test_lanes_and_phases_say_what_changed(workspace: Workspace, roadmap: ModelContent) -> None:
    lane, phase = roadmap.lanes[0], roadmap.phases[0]
    workspace.editing.update_lane(replace(lane, name="Bewoners"))
    workspace.editing.update_lane(replace(lane, name="Bewoners", color="#112233"))
    workspace.editing.update_phase(replace(phase, description="Wie doet er mee?"))
    assert _history(workspace, roadmap.model.id)[:2] == [
        f"Fase '{phase.name}' bijgewerkt: beschrijving",
        "Baan 'Bewoners' bijgewerkt: naam en kleur",
    ]


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
    workspace.editing.replay(roadmap.model.id, removed.inverted())
    content = workspace.models.content(roadmap.model.id)
    assert dep.id in {d.id for d in content.dependencies}
    assert _cell_titles(workspace, roadmap.model.id, step.lane_id, step.phase_id) == cell_before
    assert workspace.maintenance.check() == []


def test_arrows_across_lanes_and_their_rules(workspace: Workspace, roadmap: ModelContent) -> None:
    a = roadmap.steps_in(roadmap.lanes[0].id, roadmap.phases[3].id)[0]
    b = roadmap.steps_in(roadmap.lanes[2].id, roadmap.phases[4].id)[0]
    dep = StepDependency(model_id=roadmap.model.id, from_step_id=a.id, to_step_id=b.id)
    assert workspace.editing.add_dependency(dep).changes == ((None, dep),)
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
    assert workspace.editing.delete_dependency(dep.id).deletes == [dep]
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
    workspace.editing.replay(model_id, removed.inverted())
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
    link = StepInstrument(step_id=step.id, instrument_id=wijksafari.id)
    link = _after(workspace.editing.attach_instrument(link), link.id)
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

    person = StepStakeholder(step_id=step.id, stakeholder_id=corporatie.id)
    meeting = StepSession(step_id=step.id, session_id=session.id)
    assert workspace.editing.link_stakeholder(person).changes == ((None, person),)
    assert workspace.editing.link_session(meeting).changes == ((None, meeting),)
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

    assert workspace.editing.unlink_stakeholder(person.id).changes == ((person, None),)
    assert workspace.editing.unlink_session(meeting.id).changes == ((meeting, None),)
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
    person = StepStakeholder(step_id=step.id, stakeholder_id=offer.stakeholders[0].id)
    workspace.editing.link_stakeholder(person)
    meetings = {x for x in offer.step_sessions if x.step_id == step.id}
    removed = workspace.editing.delete_steps([step.id])
    assert {person, *meetings} <= set(removed.deletes)
    after = workspace.editing.step_links(model_id)
    assert person not in after.step_stakeholders
    assert not meetings & set(after.step_sessions)
    assert len(after.sessions) == 3  # the sessions themselves stay
    workspace.editing.replay(model_id, removed.inverted())
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
    assert moved.upserts and all(stored[s.id] == s for s in moved.upserts)
    titles = [s.title for s in content.steps_in(b_lane.id, b_phase.id)]
    assert titles[0] == second.title and titles[-1] == first.title
    assert not crossed.keys() & {s.id for s in moved.upserts}
    assert all(stored[i] == s for i, s in crossed.items())
    assert _positions_ok(content)
    history = _history(workspace, roadmap.model.id)
    assert len(history) == history_before + 1
    assert history[0] == f"Verplaatst: '{second.title}' en '{first.title}'"


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
    assert (session, after) in removed.changes
    model = workspace.models.roadmap_of(wijk_id)
    assert model is not None
    workspace.editing.replay(model.id, removed.inverted())
    assert workspace.sessions.content(session.id).session.step_id == step_id


def test_a_decision_about_a_deleted_step_names_it_again_after_undo(
    workspace: Workspace,
) -> None:
    wijk_id = workspace.demo.add().wijk_id
    decision = next(
        d
        for s in workspace.sessions.summaries(wijk_id)
        for d in workspace.sessions.content(s.session.id).decisions
        if d.step_id is not None
    )
    step_id = decision.step_id
    assert step_id is not None

    def stored() -> str | None:
        content = workspace.sessions.content(decision.session_id)
        return next(d.step_id for d in content.decisions if d.id == decision.id)

    removed = workspace.editing.delete_steps([step_id])
    assert stored() is None
    model = workspace.models.roadmap_of(wijk_id)
    assert model is not None
    workspace.editing.replay(model.id, removed.inverted())
    assert stored() == step_id
    workspace.editing.replay(model.id, removed)  # redo
    assert stored() is None
    # A decision named the step after it was first deleted: undoing its adding lets go too.
    restored = workspace.editing.replay(model.id, removed.inverted())
    assert stored() == step_id
    workspace.editing.replay(model.id, restored.inverted())
    assert stored() is None
    assert workspace.maintenance.check() == []


def test_every_history_entry_is_a_code_shown_in_both_languages(
    workspace: Workspace, demo_roadmap: ModelContent
) -> None:
    """Nothing in the history is stored only as Dutch text: every writer leaves a code, and
    every code has its words in Dutch and English with every name filled in."""
    model_id = demo_roadmap.model.id
    lane, phase = demo_roadmap.lanes[0], demo_roadmap.phases[0]
    steps = demo_roadmap.steps_in(lane.id, phase.id)
    new_step = Step(model_id=model_id, lane_id=lane.id, phase_id=phase.id, position=0, title="A")
    workspace.editing.add_step(new_step)
    workspace.editing.move_steps([(s.id, lane.id, demo_roadmap.phases[1].id, 0) for s in steps])
    dep = StepDependency(model_id=model_id, from_step_id=new_step.id, to_step_id=steps[0].id)
    workspace.editing.add_dependency(dep)
    workspace.editing.delete_dependency(dep.id)
    instrument = workspace.library.instruments()[0]
    link = StepInstrument(step_id=new_step.id, instrument_id=instrument.id)
    workspace.editing.attach_instrument(link)
    workspace.editing.detach_instrument(link.id)
    offer = workspace.editing.step_links(model_id)
    person = StepStakeholder(step_id=new_step.id, stakeholder_id=offer.stakeholders[0].id)
    workspace.editing.link_stakeholder(person)
    workspace.editing.unlink_stakeholder(person.id)
    meeting = StepSession(step_id=new_step.id, session_id=offer.sessions[0].id)
    workspace.editing.link_session(meeting)
    workspace.editing.unlink_session(meeting.id)
    new_lane = Lane(model_id=model_id, name="Extra", route=Route.OTHER, color="#123456", position=9)
    workspace.editing.add_lane(new_lane)
    workspace.editing.move_lane(new_lane.id, 0)
    new_phase = Phase(model_id=model_id, name="Nazorg", position=9)
    workspace.editing.add_phase(new_phase)
    workspace.editing.move_phase(new_phase.id, 0)
    workspace.editing.delete_phase(new_phase.id)
    deleted = workspace.editing.delete_lane(new_lane.id)
    workspace.editing.replay(model_id, deleted.inverted())
    workspace.editing.replay(model_id, deleted)
    workspace.editing.replay(model_id, deleted.inverted())
    workspace.editing.delete_steps([new_step.id])

    changes = workspace.models.history(model_id)
    assert all(c.code for c in changes)
    dutch = [change_text(c, "nl") for c in changes]
    english = [change_text(c, "en") for c in changes]
    assert not [t for t in dutch + english if "?" in t or "{" in t]
    assert dutch[:6] == [
        "Verwijderd: 'A'",
        "Ongedaan gemaakt: Baan 'Extra' verwijderd",
        "Opnieuw gedaan: Baan 'Extra' verwijderd",
        "Ongedaan gemaakt: Baan 'Extra' verwijderd",
        "Baan 'Extra' verwijderd",
        "Fase 'Nazorg' verwijderd",
    ]
    assert english[:6] == [
        "Deleted: 'A'",
        "Undone: Lane 'Extra' deleted",
        "Redone: Lane 'Extra' deleted",
        "Undone: Lane 'Extra' deleted",
        "Lane 'Extra' deleted",
        "Phase 'Nazorg' deleted",
    ]
    titles = [f"'{s.title}'" for s in steps]
    assert len(titles) in (2, 3)  # the demo's first cell
    assert f"Moved: {', '.join(titles[:-1])} and {titles[-1]}" in english
    assert f"Arrow from 'A' to '{steps[0].title}' deleted" in english
    assert f"Instrument '{instrument.name}' removed from 'A'" in english
    assert f"Stakeholder '{offer.stakeholders[0].name}' unlinked from 'A'" in english
    assert f"Sessie '{offer.sessions[0].title}' losgekoppeld van 'A'" in dutch


@dataclass(frozen=True)
class _OrderedKind:
    """How the shared scenario below reaches one kind of ordered record of a model."""

    key: str  # as in the service's method names and the history codes
    word: str  # its Dutch name in the history
    new: Callable[[str], Lane | Phase]
    edit: dict[str, Any]
    fields: list[str]

    def of(self, content: ModelContent) -> tuple[Lane | Phase, ...]:
        return content.lanes if self.key == "lane" else content.phases

    def cell(self, record_id: str, content: ModelContent) -> tuple[str, str]:
        """A cell of the record: in the first phase for a lane, the first lane for a phase."""
        if self.key == "lane":
            return record_id, content.phases[0].id
        return content.lanes[0].id, record_id


_ORDERED_KINDS = [
    _OrderedKind(
        key="lane",
        word="Baan",
        new=lambda model_id: Lane(
            model_id=model_id,
            name="  Koppelkansen ",
            route=Route.KOPPELKANSEN,
            color="#C2185B",
            position=1,
        ),
        edit={"name": "Kansen", "color": "#112233"},
        fields=["name", "color"],
    ),
    _OrderedKind(
        key="phase",
        word="Fase",
        new=lambda model_id: Phase(model_id=model_id, name="  Koppelkansen ", position=1),
        edit={"name": "Kansen", "description": "Wat kan mee?"},
        fields=["name", "description"],
    ),
]


@pytest.mark.parametrize("kind", _ORDERED_KINDS, ids=[k.key for k in _ORDERED_KINDS])
def test_lanes_and_phases_add_edit_move_delete_and_restore_alike(
    workspace: Workspace, roadmap: ModelContent, kind: _OrderedKind
) -> None:
    """Lanes and phases are edited the same way: what is stored, what each call returns
    and what the history says, through a delete that takes steps and an undo."""
    editing, model_id = workspace.editing, roadmap.model.id

    def stored() -> tuple[Lane | Phase, ...]:
        return kind.of(workspace.models.content(model_id))

    def ids() -> list[str]:
        return [x.id for x in stored()]

    first, *rest = kind.of(roadmap)
    history_before = len(workspace.models.history(model_id))

    # Added at position 1: it and the ones from there on (moved down) are in the edit.
    new = kind.new(model_id)
    edit = getattr(editing, f"add_{kind.key}")(new)
    assert ids() == [first.id, new.id, *(x.id for x in rest)]
    assert [x.position for x in stored()] == list(range(len(rest) + 2))
    added = next(x for x in stored() if x.id == new.id)
    assert edit.changes[0] == (None, added) and added.name == "Koppelkansen"
    assert [(b.id, b.position, a.position) for b, a in edit.changes[1:]] == [
        (x.id, x.position, x.position + 1) for x in rest
    ]

    # Edited: the fields change, the place does not, whatever position is passed.
    edit = getattr(editing, f"update_{kind.key}")(replace(added, position=99, **kind.edit))
    ((before, updated),) = edit.changes
    assert before == added and updated == next(x for x in stored() if x.id == new.id)
    assert updated.position == 1
    assert {f: getattr(updated, f) for f in kind.edit} == kind.edit

    # Moved to the end: it and the ones it passed are in the edit.
    edit = getattr(editing, f"move_{kind.key}")(new.id, 99)
    order = [first.id, *(x.id for x in rest), new.id]
    assert ids() == order
    assert [x.position for x in stored()] == list(range(len(order)))
    assert {(x.id, x.position) for x in edit.upserts} == {(i, order.index(i)) for i in order[1:]}

    # Deleted with a step in it and that step's arrow; everything removed is in the edit.
    lane_id, phase_id = kind.cell(new.id, workspace.models.content(model_id))
    step = Step(model_id=model_id, lane_id=lane_id, phase_id=phase_id, position=0, title="X")
    editing.add_step(step)
    arrow = StepDependency(model_id=model_id, from_step_id=step.id, to_step_id=roadmap.steps[0].id)
    editing.add_dependency(arrow)
    as_stored = next(x for x in stored() if x.id == new.id)
    removed = getattr(editing, f"delete_{kind.key}")(new.id)
    assert {(type(r), r.id) for r in removed.deletes} == {
        (type(new), new.id),
        (Step, step.id),
        (StepDependency, arrow.id),
    }
    assert next(r for r in removed.deletes if r.id == new.id) == as_stored
    content = workspace.models.content(model_id)
    assert ids() == order[:-1]
    assert step.id not in {s.id for s in content.steps}
    assert arrow.id not in {d.id for d in content.dependencies}
    assert _positions_ok(content)

    # Undone: the same ids at the same places.
    undone = editing.replay(model_id, removed.inverted())
    assert set(undone.upserts) == set(removed.deletes)
    content = workspace.models.content(model_id)
    assert ids() == order and next(x for x in stored() if x.id == new.id) == as_stored
    assert step.id in {s.id for s in content.steps}
    assert arrow.id in {d.id for d in content.dependencies}
    assert workspace.maintenance.check() == []

    newest_first = workspace.models.history(model_id)
    changes = list(reversed(newest_first[: len(newest_first) - history_before]))
    assert [c.code for c in changes] == [
        f"{kind.key}.added",
        f"{kind.key}.updated",
        f"{kind.key}.moved",
        "step.added",
        "dependency.added",
        f"{kind.key}.deleted",
        "edit.undone",
    ]
    named = {"id": new.id, "name": "Kansen"}
    assert [c.params for c in changes if c.code.startswith(kind.key)] == [
        {"id": new.id, "name": "Koppelkansen"},
        {**named, "fields": kind.fields},
        named,
        named,
    ]
    assert [change_text(c, "nl") for c in changes][-2:] == [
        f"{kind.word} 'Kansen' verwijderd",
        f"Ongedaan gemaakt: {kind.word} 'Kansen' verwijderd",
    ]


def _places(ws: Workspace, model_id: str) -> dict[str, object]:
    """Where everything of a roadmap is: lanes and phases in order, every step's cell and
    position, arrows, links and the sessions' steps."""
    content = ws.models.content(model_id)
    links = ws.editing.step_links(model_id)
    return {
        "lanes": [x.id for x in content.lanes],
        "phases": [x.id for x in content.phases],
        "steps": sorted((s.id, s.lane_id, s.phase_id, s.position) for s in content.steps),
        "arrows": sorted(d.id for d in content.dependencies),
        "instruments": sorted(x.id for x in content.step_instruments),
        "links": sorted(x.id for x in (*links.step_stakeholders, *links.step_sessions)),
        "sessions": sorted((s.id, s.step_id) for s in links.sessions),
    }


def test_undo_and_redo_of_deleting_a_lane_bring_back_every_place_exactly(
    workspace: Workspace, demo_roadmap: ModelContent
) -> None:
    model_id = demo_roadmap.model.id
    held = {s.step_id for s in workspace.editing.step_links(model_id).sessions}
    lane_id = next(s.lane_id for s in demo_roadmap.steps if s.id in held)
    before = _places(workspace, model_id)
    deleted = workspace.editing.delete_lane(lane_id)
    gone = _places(workspace, model_id)
    assert lane_id not in gone["lanes"] and gone != before
    # A session held for one of its steps no longer points at it (and will again).
    assert any(isinstance(a, Session) and a.step_id is None for _b, a in deleted.changes)
    for _ in range(2):
        workspace.editing.replay(model_id, deleted.inverted())
        assert _places(workspace, model_id) == before
        workspace.editing.replay(model_id, deleted)
        assert _places(workspace, model_id) == gone
    assert workspace.maintenance.check() == []


def test_undo_writes_only_what_the_edit_changed(
    workspace: Workspace, roadmap: ModelContent
) -> None:
    """A lane renamed, then recoloured elsewhere: undoing the rename keeps the colour."""
    model_id, lane = roadmap.model.id, roadmap.lanes[0]
    renamed = workspace.editing.update_lane(replace(lane, name="Bewoners"))
    current = _after(renamed, lane.id)
    workspace.editing.update_lane(replace(current, color="#112233"))
    workspace.editing.replay(model_id, renamed.inverted())
    stored = workspace.models.content(model_id).lanes[0]
    assert (stored.name, stored.color) == (lane.name, "#112233")


def test_undo_takes_along_what_was_linked_to_a_step_since(
    workspace: Workspace, demo_roadmap: ModelContent
) -> None:
    model_id = demo_roadmap.model.id
    lane, phase = demo_roadmap.lanes[0], demo_roadmap.phases[0]
    step = Step(model_id=model_id, lane_id=lane.id, phase_id=phase.id, position=0, title="A")
    added = workspace.editing.add_step(step)
    offer = workspace.editing.step_links(model_id)
    person = StepStakeholder(step_id=step.id, stakeholder_id=offer.stakeholders[0].id)
    workspace.editing.link_stakeholder(person)  # not in the edit of adding the step
    undone = workspace.editing.replay(model_id, added.inverted())
    assert person in undone.deletes and step in undone.deletes
    assert person not in workspace.editing.step_links(model_id).step_stakeholders
    assert [s.id for s in workspace.models.content(model_id).steps_in(lane.id, phase.id)] == [
        s.id for s in demo_roadmap.steps_in(lane.id, phase.id)
    ]
    assert workspace.maintenance.check() == []


def test_the_history_says_which_adaptation_was_undone_and_redone(
    workspace: Workspace, roadmap: ModelContent
) -> None:
    model_id = roadmap.model.id
    step = next(s for s in roadmap.steps if s.status is StepStatus.PLANNED)
    typed = workspace.editing.update_step(replace(step, title="Warmtenet-avond"))
    status = workspace.editing.update_step(replace(_after(typed, step.id), status=StepStatus.DONE))
    workspace.editing.replay(model_id, status.inverted())
    workspace.editing.replay(model_id, typed.inverted())
    workspace.editing.replay(model_id, typed)
    assert _history(workspace, model_id)[:4] == [
        "Opnieuw gedaan: Stap 'Warmtenet-avond' bijgewerkt: titel",
        "Ongedaan gemaakt: Stap 'Warmtenet-avond' bijgewerkt: titel",
        "Ongedaan gemaakt: Status van 'Warmtenet-avond': gepland → klaar",
        "Status van 'Warmtenet-avond': gepland → klaar",
    ]
    assert _history(workspace, model_id, "en")[:3] == [
        "Redone: Step 'Warmtenet-avond' updated: title",
        "Undone: Step 'Warmtenet-avond' updated: title",
        "Undone: Status of 'Warmtenet-avond': planned → done",
    ]
    entry = workspace.models.history(model_id)[1]
    assert entry.code == "edit.undone"
    assert entry.params == {
        "code": "step.updated",
        "params": {"title": "Warmtenet-avond", "id": step.id, "fields": ["title"]},
    }
    stored = next(s for s in workspace.models.content(model_id).steps if s.id == step.id)
    assert (stored.title, stored.status) == ("Warmtenet-avond", StepStatus.PLANNED)


def test_a_step_or_lane_dropped_where_it_was_is_no_adaptation(
    workspace: Workspace, roadmap: ModelContent
) -> None:
    model_id = roadmap.model.id
    step, lane = roadmap.steps[0], roadmap.lanes[0]
    entries = len(workspace.models.history(model_id))
    assert not workspace.editing.move_steps([(step.id, step.lane_id, step.phase_id, step.position)])
    assert not workspace.editing.move_lane(lane.id, lane.position)
    assert len(workspace.models.history(model_id)) == entries


def test_redoing_a_decisions_step_after_the_step_was_deleted_says_so_plainly(
    workspace: Workspace,
) -> None:
    """Name a step for a decision, undo it, delete the step on the roadmap, then redo: a
    plain sentence instead of a database error, and nothing changed."""
    wijk_id = workspace.demo.add().wijk_id
    model = workspace.models.roadmap_of(wijk_id)
    assert model is not None
    decision = next(
        d
        for s in workspace.sessions.summaries(wijk_id)
        for d in workspace.sessions.content(s.session.id).decisions
        if d.step_id is None
    )
    step = workspace.models.content(model.id).steps[0]
    named = workspace.session_editing.change(replace(decision, step_id=step.id))
    workspace.session_editing.replay(named.inverted())
    workspace.editing.delete_steps([step.id])
    with pytest.raises(NotFoundError) as info:
        workspace.session_editing.replay(named)
    assert describe(info.value, "nl").startswith("Dit kan niet meer")
    content = workspace.sessions.content(decision.session_id)
    assert next(d for d in content.decisions if d.id == decision.id).step_id is None
