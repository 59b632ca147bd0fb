"""Swimlane editor commands: push, undo, redo, checked in the document and in the database."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from sec_workshop.domain.enums import Route, StepStatus
from sec_workshop.domain.process import (
    Lane,
    Phase,
    Step,
    StepDependency,
    StepSession,
    StepStakeholder,
)
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.roadmap.commands import (
    AddDependencyCommand,
    AddLaneCommand,
    AddPhaseCommand,
    AddStepCommand,
    AttachInstrumentCommand,
    DeleteDependencyCommand,
    DeleteLaneCommand,
    DeletePhaseCommand,
    DeleteStepsCommand,
    EditLaneCommand,
    EditStepCommand,
    LinkToStepCommand,
    MoveLaneCommand,
    MovePhaseCommand,
    MoveStepsCommand,
    UnlinkFromStepCommand,
)
from sec_workshop.gui.roadmap.document import ModelDocument
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def doc(qapp: QApplication, workspace: Workspace) -> ModelDocument:
    template = next(t for t in workspace.models.templates() if t.builtin_key == "sec-standaard")
    wijk = workspace.wijken.create(Wijk(name="Lombok"), template.id).wijk
    model = workspace.models.roadmap_of(wijk.id)
    assert model is not None
    return ModelDocument(workspace, model.id)


def _db(doc: ModelDocument):  # type: ignore[no-untyped-def]
    return doc.workspace.models.content(doc.model.id)


def _db_cell(doc: ModelDocument, lane_id: str, phase_id: str) -> list[str]:
    return [s.id for s in _db(doc).steps_in(lane_id, phase_id)]


def _doc_cell(doc: ModelDocument, lane_id: str, phase_id: str) -> list[str]:
    return [s.id for s in doc.steps_in(lane_id, phase_id)]


def test_add_step(doc: ModelDocument) -> None:
    lane, phase = doc.lanes()[0], doc.phases()[0]
    step = Step(
        model_id=doc.model.id, lane_id=lane.id, phase_id=phase.id, position=0, title="Buurtbarbecue"
    )
    doc.undo_stack.push(AddStepCommand(doc, step))
    assert _doc_cell(doc, lane.id, phase.id)[0] == step.id == _db_cell(doc, lane.id, phase.id)[0]
    doc.undo_stack.undo()
    assert step.id not in _doc_cell(doc, lane.id, phase.id)
    assert step.id not in _db_cell(doc, lane.id, phase.id)
    doc.undo_stack.redo()
    assert _doc_cell(doc, lane.id, phase.id)[0] == step.id == _db_cell(doc, lane.id, phase.id)[0]


def test_typing_merges_into_one_undo_step(doc: ModelDocument) -> None:
    step = doc.steps()[0]
    first = replace(step, goal="B")
    doc.undo_stack.push(EditStepCommand(doc, step, first, "goal"))
    second = replace(first, goal="Bewoners")
    doc.undo_stack.push(EditStepCommand(doc, first, second, "goal"))
    assert doc.undo_stack.count() == 1
    assert doc.step(step.id).goal == "Bewoners"  # type: ignore[union-attr]
    assert next(s for s in _db(doc).steps if s.id == step.id).goal == "Bewoners"
    status = replace(second, status=StepStatus.DONE)
    doc.undo_stack.push(EditStepCommand(doc, second, status, "status"))
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.step(step.id).goal == step.goal  # type: ignore[union-attr]
    assert next(s for s in _db(doc).steps if s.id == step.id).goal == step.goal
    doc.undo_stack.redo()
    assert next(s for s in _db(doc).steps if s.id == step.id).goal == "Bewoners"


def test_move_steps(doc: ModelDocument) -> None:
    a, b = doc.lanes()[0], doc.lanes()[1]
    phase = doc.phases()[1]
    step = doc.steps_in(a.id, phase.id)[0]
    before_a = _db_cell(doc, a.id, phase.id)
    before_b = _db_cell(doc, b.id, phase.id)
    moved: list[list[str]] = []
    doc.steps_moved.connect(moved.append)
    doc.undo_stack.push(MoveStepsCommand(doc, [(step.id, b.id, phase.id, 0)]))
    assert _doc_cell(doc, b.id, phase.id)[0] == step.id == _db_cell(doc, b.id, phase.id)[0]
    assert step.id in moved[-1]
    doc.undo_stack.undo()
    assert _db_cell(doc, a.id, phase.id) == before_a == _doc_cell(doc, a.id, phase.id)
    assert _db_cell(doc, b.id, phase.id) == before_b == _doc_cell(doc, b.id, phase.id)
    doc.undo_stack.redo()
    assert _db_cell(doc, b.id, phase.id)[0] == step.id


def test_delete_steps_brings_back_arrows(doc: ModelDocument) -> None:
    dep = doc.dependencies()[0]
    removed: list[str] = []
    doc.step_removed.connect(removed.append)
    doc.undo_stack.push(DeleteStepsCommand(doc, [dep.from_step_id]))
    assert removed == [dep.from_step_id]
    assert doc.dependency(dep.id) is None
    assert dep.id not in {d.id for d in _db(doc).dependencies}
    doc.undo_stack.undo()
    assert doc.dependency(dep.id) is not None and doc.step(dep.from_step_id) is not None
    assert dep.id in {d.id for d in _db(doc).dependencies}
    doc.undo_stack.redo()
    assert doc.step(dep.from_step_id) is None


def test_arrows(doc: ModelDocument) -> None:
    a = doc.steps_in(doc.lanes()[0].id, doc.phases()[0].id)[0]
    b = doc.steps_in(doc.lanes()[1].id, doc.phases()[3].id)[0]
    dep = StepDependency(model_id=doc.model.id, from_step_id=a.id, to_step_id=b.id)
    doc.undo_stack.push(AddDependencyCommand(doc, dep))
    assert doc.dependency(dep.id) and dep.id in {d.id for d in _db(doc).dependencies}
    doc.undo_stack.undo()
    assert doc.dependency(dep.id) is None and dep.id not in {d.id for d in _db(doc).dependencies}
    doc.undo_stack.redo()
    doc.undo_stack.push(DeleteDependencyCommand(doc, dep.id))
    assert dep.id not in {d.id for d in _db(doc).dependencies}
    doc.undo_stack.undo()
    assert dep.id in {d.id for d in _db(doc).dependencies}


def test_failed_arrow_is_dropped(doc: ModelDocument) -> None:
    a = doc.steps()[0]
    command = AddDependencyCommand(
        doc, StepDependency(model_id=doc.model.id, from_step_id=a.id, to_step_id=a.id)
    )
    doc.undo_stack.push(command)
    assert command.error is not None and command.error.code == "dependency.self"
    assert doc.undo_stack.count() == 0


def test_lanes(doc: ModelDocument) -> None:
    lane = Lane(
        model_id=doc.model.id,
        name="Koppelkansen",
        route=Route.KOPPELKANSEN,
        color="#C2185B",
        position=3,
    )
    doc.undo_stack.push(AddLaneCommand(doc, lane))
    assert [x.id for x in doc.lanes()][-1] == lane.id == [x.id for x in _db(doc).lanes][-1]
    doc.undo_stack.push(
        EditLaneCommand(
            doc,
            doc.lane(lane.id),
            replace(
                lane,
                name="Leefbaarheid",  # type: ignore[arg-type]
                color="#AD1457",
            ),
        )
    )
    assert doc.lane(lane.id).name == "Leefbaarheid" == _db(doc).lanes[-1].name  # type: ignore[union-attr]
    doc.undo_stack.push(MoveLaneCommand(doc, lane.id, 0))
    assert doc.lanes()[0].id == lane.id == _db(doc).lanes[0].id
    doc.undo_stack.undo()
    assert doc.lanes()[-1].id == lane.id == _db(doc).lanes[-1].id
    doc.undo_stack.undo()
    assert _db(doc).lanes[-1].name == "Koppelkansen"
    doc.undo_stack.undo()
    assert lane.id not in {x.id for x in _db(doc).lanes} and doc.lane(lane.id) is None
    doc.undo_stack.redo()
    assert doc.lane(lane.id) is not None


def test_deleting_a_lane_restores_its_steps_and_arrows(doc: ModelDocument) -> None:
    social = doc.lanes()[0]
    steps = {s.id for s in doc.steps() if s.lane_id == social.id}
    deps = {d.id for d in doc.dependencies()}
    doc.undo_stack.push(DeleteLaneCommand(doc, social.id))
    assert doc.lane(social.id) is None
    assert not steps & {s.id for s in _db(doc).steps}
    doc.undo_stack.undo()
    assert doc.lanes()[0].id == social.id == _db(doc).lanes[0].id
    assert steps <= {s.id for s in _db(doc).steps} and steps <= {s.id for s in doc.steps()}
    assert deps == {d.id for d in _db(doc).dependencies} == {d.id for d in doc.dependencies()}


def test_phases(doc: ModelDocument) -> None:
    phase = Phase(model_id=doc.model.id, name="Evalueren", position=6)
    doc.undo_stack.push(AddPhaseCommand(doc, phase))
    assert doc.phases()[-1].id == phase.id == _db(doc).phases[-1].id
    doc.undo_stack.push(MovePhaseCommand(doc, phase.id, 0))
    assert doc.phases()[0].id == phase.id == _db(doc).phases[0].id
    first_real = doc.phases()[1]
    count = len(doc.steps())
    doc.undo_stack.push(DeletePhaseCommand(doc, first_real.id))
    assert len(_db(doc).steps) < count
    doc.undo_stack.undo()
    assert len(_db(doc).steps) == count == len(doc.steps())
    assert doc.phases()[1].id == first_real.id == _db(doc).phases[1].id


def test_attach_instrument(doc: ModelDocument) -> None:
    step = doc.steps()[0]
    attached = {i.id for i in doc.instruments_of(step.id)}
    instrument = next(i for i in doc.workspace.library.instruments() if i.id not in attached)
    doc.undo_stack.push(AttachInstrumentCommand(doc, step.id, instrument.id))
    assert instrument.id in {i.id for i in doc.instruments_of(step.id)}
    assert instrument.id in {i.id for i in _db(doc).instruments_of(step.id)}
    doc.undo_stack.undo()
    assert instrument.id not in {i.id for i in _db(doc).instruments_of(step.id)}
    assert instrument.id not in {i.id for i in doc.instruments_of(step.id)}
    doc.undo_stack.redo()
    assert instrument.id in {i.id for i in _db(doc).instruments_of(step.id)}


@pytest.fixture
def demo_doc(qapp: QApplication, workspace: Workspace) -> ModelDocument:
    model = workspace.models.roadmap_of(workspace.demo.add().wijk_id)
    assert model is not None
    return ModelDocument(workspace, model.id)


def _db_links(doc: ModelDocument) -> set[object]:
    links = doc.workspace.editing.step_links(doc.model.id)
    return {*links.step_stakeholders, *links.step_sessions}


def test_link_and_unlink_stakeholders_and_sessions(demo_doc: ModelDocument) -> None:
    doc = demo_doc
    step = doc.steps()[0]
    person = doc.wijk_stakeholders()[2]
    session = next(
        s
        for s in doc.wijk_sessions()
        if s.id not in {x.session_id for x in doc.session_links_of(step.id)}
    )
    for link, name in (
        (StepStakeholder(step_id=step.id, stakeholder_id=person.id), person.name),
        (StepSession(step_id=step.id, session_id=session.id), session.title),
    ):
        before = len(doc.workspace.models.history(doc.model.id))
        doc.undo_stack.push(LinkToStepCommand(doc, link, name))
        assert link in _db_links(doc)
        assert link in [*doc.stakeholder_links_of(step.id), *doc.session_links_of(step.id)]
        assert len(doc.workspace.models.history(doc.model.id)) == before + 1
        doc.undo_stack.undo()
        assert link not in _db_links(doc)
        assert link not in [*doc.stakeholder_links_of(step.id), *doc.session_links_of(step.id)]
        doc.undo_stack.redo()
        assert link in _db_links(doc)
        assert link in [*doc.stakeholder_links_of(step.id), *doc.session_links_of(step.id)]

        doc.undo_stack.push(UnlinkFromStepCommand(doc, link, name))
        assert link not in _db_links(doc)
        assert link not in [*doc.stakeholder_links_of(step.id), *doc.session_links_of(step.id)]
        doc.undo_stack.undo()  # the same link (same id) comes back
        assert link in _db_links(doc)
        assert link in [*doc.stakeholder_links_of(step.id), *doc.session_links_of(step.id)]
        doc.undo_stack.redo()
        assert link not in _db_links(doc)
    assert doc.workspace.maintenance.check() == []


def test_delete_a_step_takes_its_links_and_undo_restores_them(demo_doc: ModelDocument) -> None:
    doc = demo_doc
    meeting = doc.session_links_of(next(s.id for s in doc.steps() if doc.session_links_of(s.id)))[0]
    step_id = meeting.step_id
    linked = {x.stakeholder_id for x in doc.stakeholder_links_of(step_id)}
    other = next(x for x in doc.wijk_stakeholders() if x.id not in linked)
    person = StepStakeholder(step_id=step_id, stakeholder_id=other.id)
    doc.undo_stack.push(LinkToStepCommand(doc, person, "x"))
    people = doc.stakeholder_links_of(step_id)
    meetings = doc.session_links_of(step_id)
    doc.undo_stack.push(DeleteStepsCommand(doc, [step_id]))
    assert doc.step(step_id) is None
    assert doc.stakeholder_links_of(step_id) == [] == doc.session_links_of(step_id)
    assert not {person, meeting} & _db_links(doc)
    doc.undo_stack.undo()
    assert person in people
    assert set(doc.stakeholder_links_of(step_id)) == set(people)
    assert set(doc.session_links_of(step_id)) == set(meetings)
    assert {person, meeting} <= _db_links(doc)
    doc.undo_stack.redo()
    assert not {person, meeting} & _db_links(doc)
    assert doc.stakeholder_links_of(step_id) == []


def _doc_places(doc: ModelDocument) -> object:
    return (
        [x.id for x in doc.lanes()],
        sorted((s.id, s.lane_id, s.phase_id, s.position) for s in doc.steps()),
        sorted(d.id for d in doc.dependencies()),
    )


def _db_places(doc: ModelDocument) -> object:
    content = _db(doc)
    return (
        [x.id for x in content.lanes],
        sorted((s.id, s.lane_id, s.phase_id, s.position) for s in content.steps),
        sorted(d.id for d in content.dependencies),
    )


def test_undo_and_redo_of_deleting_a_lane_keep_every_place(demo_doc: ModelDocument) -> None:
    doc = demo_doc
    lane = doc.lanes()[0]
    in_lane = {s.id for s in doc.steps() if s.lane_id == lane.id}
    before = _doc_places(doc)
    assert before == _db_places(doc)
    removed: list[str] = []
    doc.step_removed.connect(removed.append)
    doc.undo_stack.push(DeleteLaneCommand(doc, lane.id))
    assert set(removed) == in_lane  # a panel showing one of them lets go
    gone = _doc_places(doc)
    assert gone == _db_places(doc) != before
    for _ in range(2):
        doc.undo_stack.undo()
        assert _doc_places(doc) == before == _db_places(doc)
        doc.undo_stack.redo()
        assert _doc_places(doc) == gone == _db_places(doc)
    assert doc.workspace.maintenance.check() == []


def test_a_session_held_for_a_deleted_step_follows_in_the_document(
    demo_doc: ModelDocument,
) -> None:
    doc = demo_doc
    session = next(s for s in doc.wijk_sessions() if s.step_id is not None)
    step_id = session.step_id
    assert step_id is not None
    doc.undo_stack.push(DeleteStepsCommand(doc, [step_id]))
    held = {s.id: s.step_id for s in doc.wijk_sessions()}
    assert held[session.id] is None
    doc.undo_stack.undo()
    assert {s.id: s.step_id for s in doc.wijk_sessions()}[session.id] == step_id
    assert doc.workspace.sessions.content(session.id).session.step_id == step_id


def _history(doc: ModelDocument, lang: str) -> list[str]:
    from sec_workshop.history_texts import change_text

    return [change_text(c, lang) for c in doc.workspace.models.history(doc.model.id)]


def test_typing_is_one_undo_step_and_the_history_says_what_was_undone(
    doc: ModelDocument,
) -> None:
    step = doc.steps()[0]
    title = ""
    for letter in "Buurtavond":
        title += letter
        now = doc.step(step.id)
        assert now is not None
        doc.undo_stack.push(EditStepCommand(doc, now, replace(now, title=title), "title"))
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.text(0) == "Stap “Buurtavond” bewerken"  # named as typed last
    entries = len(doc.workspace.models.history(doc.model.id))
    doc.undo_stack.undo()
    assert doc.step(step.id).title == step.title == _db_step(doc, step.id).title  # type: ignore[union-attr]
    doc.undo_stack.redo()
    assert doc.step(step.id).title == "Buurtavond" == _db_step(doc, step.id).title  # type: ignore[union-attr]
    assert len(doc.workspace.models.history(doc.model.id)) == entries + 2
    assert _history(doc, "nl")[:3] == [
        "Opnieuw gedaan: Stap 'Buurtavond' bijgewerkt: titel",
        "Ongedaan gemaakt: Stap 'Buurtavond' bijgewerkt: titel",
        "Stap 'Buurtavond' bijgewerkt: titel",
    ]
    assert _history(doc, "en")[:2] == [
        "Redone: Step 'Buurtavond' updated: title",
        "Undone: Step 'Buurtavond' updated: title",
    ]


def test_typing_back_to_what_was_there_leaves_no_undo_step(doc: ModelDocument) -> None:
    step = doc.steps()[0]
    typed = replace(step, goal=step.goal + "x")
    doc.undo_stack.push(EditStepCommand(doc, step, typed, "goal"))
    assert doc.undo_stack.count() == 1
    now = doc.step(step.id)
    assert now is not None
    doc.undo_stack.push(EditStepCommand(doc, now, replace(now, goal=step.goal), "goal"))
    assert doc.undo_stack.count() == 0
    assert _db_step(doc, step.id).goal == step.goal


def test_an_edit_of_one_field_leaves_the_others(doc: ModelDocument) -> None:
    """The panel's picture of a step may be older than the step: only what was changed in
    it is saved."""
    step = doc.steps()[0]
    shown = replace(step)
    doc.undo_stack.push(EditStepCommand(doc, step, replace(step, owner="Gemeente"), "owner"))
    doc.undo_stack.push(EditStepCommand(doc, shown, replace(shown, tips="Soep"), "tips"))
    stored = _db_step(doc, step.id)
    assert (stored.owner, stored.tips) == ("Gemeente", "Soep")
    doc.undo_stack.undo()
    stored = _db_step(doc, step.id)
    assert (stored.owner, stored.tips) == ("Gemeente", step.tips)


def _db_step(doc: ModelDocument, step_id: str) -> Step:
    return next(s for s in _db(doc).steps if s.id == step_id)
