"""A process model opened for editing: the in-memory copy, its undo stack, and signals that
tell the swimlane scene exactly what changed (the scene never reads the database).

Every change is an edit that a service made (every touched record before and after it); the
document takes it in through one method that updates the copy and emits the signals."""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from sec_workshop.domain.base import NotFoundError, Record
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.process import (
    Instrument,
    Lane,
    Phase,
    ProcessModel,
    Step,
    StepDependency,
    StepInstrument,
    StepSession,
    StepStakeholder,
)
from sec_workshop.domain.session import Session
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.document import Document
from sec_workshop.gui.common.record_index import IndexedRecords
from sec_workshop.services.model_editing import ModelEdit, ModelEditService, StepLinks
from sec_workshop.services.workspace import Workspace


class ModelDocument(Document):
    """Holds one model's lanes, phases, steps and arrows; every change goes through a service
    call (one transaction) whose edit then updates this copy and emits signals."""

    structure_changed = Signal()  # lanes or phases added, removed, moved, renamed, recoloured
    step_added = Signal(str)
    step_changed = Signal(str)  # texts, status, owner, dates, instruments
    steps_moved = Signal(list)  # ids of steps whose lane, phase or position changed
    step_removed = Signal(str)
    dependency_added = Signal(str)
    dependency_removed = Signal(str)
    links_changed = Signal()  # the wijk's sessions or stakeholders, or links, changed elsewhere

    def __init__(self, workspace: Workspace, model_id: str, parent: QObject | None = None) -> None:
        super().__init__(workspace, parent)
        content = workspace.models.content(model_id)
        self.model: ProcessModel = content.model
        self._lanes = {x.id: x for x in content.lanes}
        self._phases = {x.id: x for x in content.phases}
        self._steps = _steps_by_cell(content.steps)
        self._deps = {x.id: x for x in content.dependencies}
        self._links = _links_by_step(content.step_instruments)
        self._instruments: dict[str, Instrument] = {
            i.id: i for i in workspace.library.instruments()
        }
        # Sessions and stakeholders are made and changed in other views (a new board's
        # session, the sessions tab): the step panel's lists follow.
        watch_changes(
            workspace,
            self,
            (
                "session",
                "stakeholder",
                "step_session",
                "step_stakeholder",
                "koppelkans",
                "koppelkans_step",
            ),
            self._on_workspace_changed,
            origin=self,
        )

    # --- reading -------------------------------------------------------------------------
    def lanes(self) -> list[Lane]:
        return sorted(self._lanes.values(), key=lambda x: x.position)

    def phases(self) -> list[Phase]:
        return sorted(self._phases.values(), key=lambda x: x.position)

    def steps(self) -> list[Step]:
        return list(self._steps.values())

    def step(self, step_id: str) -> Step | None:
        return self._steps.get(step_id)

    def lane(self, lane_id: str) -> Lane | None:
        return self._lanes.get(lane_id)

    def phase(self, phase_id: str) -> Phase | None:
        return self._phases.get(phase_id)

    def steps_in(self, lane_id: str, phase_id: str) -> list[Step]:
        steps = self._steps
        return sorted(
            (steps[i] for i in steps.ids_with((lane_id, phase_id))), key=lambda s: s.position
        )

    def dependencies(self) -> list[StepDependency]:
        return list(self._deps.values())

    def dependency(self, dep_id: str) -> StepDependency | None:
        return self._deps.get(dep_id)

    def instruments_of(self, step_id: str) -> list[Instrument]:
        links = self.instrument_links_of(step_id)
        return [
            self._instruments[x.instrument_id]
            for x in links
            if x.instrument_id in self._instruments
        ]

    def instrument_links_of(self, step_id: str) -> list[StepInstrument]:
        links = self._links
        return sorted((links[i] for i in links.ids_with(step_id)), key=lambda x: x.position)

    # --- changing: intents (called by undo commands) ------------------------------------
    # Each is one service call (one transaction) that returns the edit it made; the edit
    # comes in through ``_take``, the one way this copy changes.
    def add_step(self, step: Step) -> ModelEdit:
        return self._ask(self._service.add_step, step)

    def update_step(self, step: Step) -> ModelEdit:
        return self._ask(self._service.update_step, step)

    def move_steps(self, moves: list[tuple[str, str, str, int]]) -> ModelEdit:
        return self._ask(self._service.move_steps, moves)

    def delete_steps(self, step_ids: list[str]) -> ModelEdit:
        return self._ask(self._service.delete_steps, step_ids)

    def add_dependency(self, dep: StepDependency) -> ModelEdit:
        return self._ask(self._service.add_dependency, dep)

    def delete_dependency(self, dep_id: str) -> ModelEdit:
        return self._ask(self._service.delete_dependency, dep_id)

    def add_lane(self, lane: Lane) -> ModelEdit:
        return self._ask(self._service.add_lane, lane)

    def update_lane(self, lane: Lane) -> ModelEdit:
        return self._ask(self._service.update_lane, lane)

    def move_lane(self, lane_id: str, position: int) -> ModelEdit:
        return self._ask(self._service.move_lane, lane_id, position)

    def delete_lane(self, lane_id: str) -> ModelEdit:
        return self._ask(self._service.delete_lane, lane_id)

    def add_phase(self, phase: Phase) -> ModelEdit:
        return self._ask(self._service.add_phase, phase)

    def update_phase(self, phase: Phase) -> ModelEdit:
        return self._ask(self._service.update_phase, phase)

    def move_phase(self, phase_id: str, position: int) -> ModelEdit:
        return self._ask(self._service.move_phase, phase_id, position)

    def delete_phase(self, phase_id: str) -> ModelEdit:
        return self._ask(self._service.delete_phase, phase_id)

    def attach_instrument(self, link: StepInstrument) -> ModelEdit:
        return self._ask(self._service.attach_instrument, link)

    def detach_instrument(self, link_id: str) -> ModelEdit:
        return self._ask(self._service.detach_instrument, link_id)

    def link(self, link: StepStakeholder | StepSession) -> ModelEdit:
        """Link a stakeholder or a session of the wijk to a step."""
        if isinstance(link, StepStakeholder):
            return self._ask(self._service.link_stakeholder, link)
        return self._ask(self._service.link_session, link)

    def unlink(self, link: StepStakeholder | StepSession) -> ModelEdit:
        if isinstance(link, StepStakeholder):
            return self._ask(self._service.unlink_stakeholder, link.id)
        return self._ask(self._service.unlink_session, link.id)

    def new_session(self, step_id: str, title: str) -> ModelEdit:
        """A session of the wijk made for a step: it serves that step."""
        assert self.model.wijk_id is not None
        session = Session(wijk_id=self.model.wijk_id, title=title)
        return self._ask(self.workspace.session_editing.create, session, step_id)

    def replay(self, edit: ModelEdit) -> ModelEdit:
        """Bring the model to the ``after`` side of an edit made before (redo; undo with
        ``inverted()``); returns what was done."""
        done = self._service.replay(self.model.id, edit)
        self._take(done)
        return done

    @property
    def _service(self) -> ModelEditService:
        return self.workspace.editing

    def _ask(self, intent: Callable[..., ModelEdit], *args: Any) -> ModelEdit:
        edit = intent(*args)
        self._take(edit)
        return edit

    def _take(self, edit: ModelEdit) -> None:
        """Take an applied edit into this copy, then tell what changed: a change of lanes or
        phases redraws everything (``structure_changed``); else steps and arrows one by one.
        Removals are told either way, so that a panel showing a removed step lets go."""
        structure = False
        added: list[str] = []
        removed: list[str] = []
        moved: list[str] = []
        changed: list[str] = []  # steps whose texts, status, instruments or links changed
        deps_added: list[str] = []
        deps_removed: list[str] = []
        linked = self._link_cache
        sessions_changed = False
        for before, after in edit.changes:
            record = after if after is not None else before
            if isinstance(record, Lane | Phase):
                _put(self._lanes if isinstance(record, Lane) else self._phases, record, after)
                structure = True
            elif isinstance(record, Step):
                _put(self._steps, record, after)
                if before is None or after is None:
                    (added if before is None else removed).append(record.id)
                    continue
                assert isinstance(before, Step) and isinstance(after, Step)
                if _place(before) != _place(after):
                    moved.append(record.id)
                if replace(before, **_place(after), updated_at=after.updated_at) != after:
                    changed.append(record.id)
            elif isinstance(record, StepDependency):
                _put(self._deps, record, after)
                if (before is None) != (after is None):
                    (deps_added if before is None else deps_removed).append(record.id)
            elif isinstance(record, StepInstrument):
                _put(self._links, record, after)
                changed.append(record.step_id)
            elif isinstance(record, StepStakeholder | StepSession):
                if linked is not None:
                    people = isinstance(record, StepStakeholder)
                    _put(linked.people if people else linked.meetings, record, after)
                changed.append(record.step_id)
            elif isinstance(record, Session):
                sessions_changed = True  # made, renamed or deleted from a step panel
        if sessions_changed:
            self._link_cache = None  # the wijk's list of sessions is read again
            self.links_changed.emit()
        if structure:
            self.structure_changed.emit()
        for dep_id in deps_removed:
            self.dependency_removed.emit(dep_id)
        for step_id in removed:
            self.step_removed.emit(step_id)
        if structure:
            return  # the scene was drawn again from this copy
        for step_id in added:
            self.step_added.emit(step_id)
        if moved:
            self.steps_moved.emit(moved)
        for step_id in dict.fromkeys(changed):
            if step_id in self._steps and step_id not in added:
                self.step_changed.emit(step_id)
        for dep_id in deps_added:
            self.dependency_added.emit(dep_id)

    # --- stakeholders and sessions of the wijk linked to steps ---------------------------
    # Loaded when first asked for; edits keep them up to date (deleting a step takes its
    # links along, undo brings them back), changes made elsewhere read them again.
    _link_cache: _StepLinkCache | None = None

    @property
    def has_wijk(self) -> bool:
        """A template belongs to no wijk, so it has no stakeholders or sessions to link."""
        return self.model.wijk_id is not None

    def wijk_stakeholders(self) -> list[Stakeholder]:
        return list(self._links_of_steps().stakeholders)

    def koppelkansen_of(self, step_id: str) -> list[str]:
        """The titles of the koppelkansen of the wijk that name the step."""
        if self.model.wijk_id is None:
            return []
        register = self.workspace.koppelkansen.register(self.model.wijk_id)
        return [k.title for k in register.koppelkansen if step_id in register.step_ids(k.id)]

    def wijk_sessions(self) -> list[Session]:
        return list(self._links_of_steps().sessions)

    def stakeholder_links_of(self, step_id: str) -> list[StepStakeholder]:
        return [x for x in self._links_of_steps().people.values() if x.step_id == step_id]

    def session_links_of(self, step_id: str) -> list[StepSession]:
        return [x for x in self._links_of_steps().meetings.values() if x.step_id == step_id]

    def _links_of_steps(self) -> _StepLinkCache:
        if self._link_cache is None:
            self._link_cache = _StepLinkCache(self._service.step_links(self.model.id))
        return self._link_cache

    def _on_workspace_changed(self, _changes: Changes) -> None:
        self._link_cache = None
        try:
            self._links_of_steps()
        except NotFoundError:
            return  # this roadmap was replaced (an import); its editor is on its way out
        self.links_changed.emit()


class _StepLinkCache:
    """The wijk's stakeholders and sessions, and the links of this model's steps to them."""

    def __init__(self, links: StepLinks) -> None:
        self.stakeholders = links.stakeholders
        self.sessions = links.sessions
        self.people = {x.id: x for x in links.step_stakeholders}
        self.meetings = {x.id: x for x in links.step_sessions}


def _cell_of(step: Step) -> tuple[str, str]:
    return step.lane_id, step.phase_id


def _step_of(link: StepInstrument) -> str:
    return link.step_id


def _steps_by_cell(steps: Iterable[Step]) -> IndexedRecords[Step, tuple[str, str]]:
    return IndexedRecords(_cell_of, steps)


def _links_by_step(links: Iterable[StepInstrument]) -> IndexedRecords[StepInstrument, str]:
    return IndexedRecords(_step_of, links)


def _put(records: MutableMapping[str, Any], record: Record, after: Record | None) -> None:
    """Write a record's ``after`` into one of this copy's dicts (``None``: it is gone)."""
    if after is None:
        records.pop(record.id, None)
    else:
        records[record.id] = after


def _place(step: Step) -> dict[str, Any]:
    return {"lane_id": step.lane_id, "phase_id": step.phase_id, "position": step.position}


def moved_to(step: Step, lane_id: str, phase_id: str, position: int) -> Step:
    return replace(step, lane_id=lane_id, phase_id=phase_id, position=position)
