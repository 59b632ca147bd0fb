"""A process model opened for editing: the in-memory copy, its undo stack, and signals that
tell the swimlane scene exactly what changed (the scene never reads the database)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

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
from sec_workshop.services.model_editing import StepLinks
from sec_workshop.services.workspace import Workspace


class ModelDocument(Document):
    """Holds one model's lanes, phases, steps and arrows; every change goes through a service
    call (one transaction) and then updates this copy and emits a signal."""

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
            ("session", "stakeholder", "step_session", "step_stakeholder"),
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

    # --- changing (called by undo commands) ----------------------------------------------
    def add_step(self, step: Step) -> None:
        moved = self.workspace.editing.add_step(step)
        for s in moved.steps:
            self._steps[s.id] = s
        self.step_added.emit(step.id)
        others = [s.id for s in moved.steps if s.id != step.id]
        if others:
            self.steps_moved.emit(others)

    def update_step(self, step: Step) -> None:
        self._steps[step.id] = self.workspace.editing.update_step(step)
        self.step_changed.emit(step.id)

    def move_steps(self, moves: list[tuple[str, str, str, int]]) -> None:
        moved = self.workspace.editing.move_steps(moves)
        for s in moved.steps:
            self._steps[s.id] = s
        if moved.steps:
            self.steps_moved.emit([s.id for s in moved.steps])

    def delete_steps(self, step_ids: list[str]) -> list[Record]:
        removed = self.workspace.editing.delete_steps(step_ids)
        self._forget(removed)
        self._reload_positions()
        return removed

    def add_dependency(self, dep: StepDependency) -> None:
        self._deps[dep.id] = self.workspace.editing.add_dependency(dep)
        self.dependency_added.emit(dep.id)

    def delete_dependency(self, dep_id: str) -> StepDependency:
        dep = self.workspace.editing.delete_dependency(dep_id)
        self._deps.pop(dep_id, None)
        self.dependency_removed.emit(dep_id)
        return dep

    def add_lane(self, lane: Lane) -> None:
        for x in self.workspace.editing.add_lane(lane):
            self._lanes[x.id] = x
        self._lanes.setdefault(lane.id, self._fresh_lane(lane.id))
        self.structure_changed.emit()

    def update_lane(self, lane: Lane) -> None:
        self._lanes[lane.id] = self.workspace.editing.update_lane(lane)
        self.structure_changed.emit()

    def move_lane(self, lane_id: str, position: int) -> None:
        for x in self.workspace.editing.move_lane(lane_id, position):
            self._lanes[x.id] = x
        self.structure_changed.emit()

    def delete_lane(self, lane_id: str) -> list[Record]:
        removed = self.workspace.editing.delete_lane(lane_id)
        self._forget(removed)
        self._reload_structure()
        return removed

    def add_phase(self, phase: Phase) -> None:
        for x in self.workspace.editing.add_phase(phase):
            self._phases[x.id] = x
        self._phases.setdefault(phase.id, self._fresh_phase(phase.id))
        self.structure_changed.emit()

    def update_phase(self, phase: Phase) -> None:
        self._phases[phase.id] = self.workspace.editing.update_phase(phase)
        self.structure_changed.emit()

    def move_phase(self, phase_id: str, position: int) -> None:
        for x in self.workspace.editing.move_phase(phase_id, position):
            self._phases[x.id] = x
        self.structure_changed.emit()

    def delete_phase(self, phase_id: str) -> list[Record]:
        removed = self.workspace.editing.delete_phase(phase_id)
        self._forget(removed)
        self._reload_structure()
        return removed

    def attach_instrument(self, link: StepInstrument) -> StepInstrument:
        stored = self.workspace.editing.attach_instrument(link)
        self._links[stored.id] = stored
        self.step_changed.emit(stored.step_id)
        return stored

    def detach_instrument(self, link_id: str) -> StepInstrument:
        link = self.workspace.editing.detach_instrument(link_id)
        self._links.pop(link_id, None)
        self.step_changed.emit(link.step_id)
        return link

    def restore(self, records: list[Record]) -> None:
        """Undo of a deletion: the same records come back."""
        self.workspace.editing.restore(records)
        if any(isinstance(r, Lane | Phase) for r in records):
            self._reload_structure()
            return
        self._reload_positions()
        for r in records:
            if isinstance(r, StepInstrument):
                self._links[r.id] = r
        for r in records:
            if isinstance(r, Step):
                self.step_added.emit(r.id)
        for r in records:
            if isinstance(r, StepDependency):
                self._deps[r.id] = r
                self.dependency_added.emit(r.id)

    # --- stakeholders and sessions of the wijk linked to steps ---------------------------
    # Loaded when first asked for, and read again after steps are deleted or restored (the
    # service takes the links along and brings them back with the steps).
    _link_cache: _StepLinkCache | None = None
    _link_signals_connected: bool = False

    @property
    def has_wijk(self) -> bool:
        """A template belongs to no wijk, so it has no stakeholders or sessions to link."""
        return self.model.wijk_id is not None

    def wijk_stakeholders(self) -> list[Stakeholder]:
        return list(self._links_of_steps().stakeholders)

    def wijk_sessions(self) -> list[Session]:
        return list(self._links_of_steps().sessions)

    def stakeholder_links_of(self, step_id: str) -> list[StepStakeholder]:
        return [x for x in self._links_of_steps().people.values() if x.step_id == step_id]

    def session_links_of(self, step_id: str) -> list[StepSession]:
        return [x for x in self._links_of_steps().meetings.values() if x.step_id == step_id]

    def link_stakeholder(self, link: StepStakeholder) -> StepStakeholder:
        stored = self.workspace.editing.link_stakeholder(link)
        self._links_of_steps().people[stored.id] = stored
        self.step_changed.emit(stored.step_id)
        return stored

    def unlink_stakeholder(self, link_id: str) -> StepStakeholder:
        link = self.workspace.editing.unlink_stakeholder(link_id)
        self._links_of_steps().people.pop(link_id, None)
        self.step_changed.emit(link.step_id)
        return link

    def link_session(self, link: StepSession) -> StepSession:
        stored = self.workspace.editing.link_session(link)
        self._links_of_steps().meetings[stored.id] = stored
        self.step_changed.emit(stored.step_id)
        return stored

    def unlink_session(self, link_id: str) -> StepSession:
        link = self.workspace.editing.unlink_session(link_id)
        self._links_of_steps().meetings.pop(link_id, None)
        self.step_changed.emit(link.step_id)
        return link

    def _links_of_steps(self) -> _StepLinkCache:
        if not self._link_signals_connected:
            self._link_signals_connected = True
            self.step_added.connect(self._on_self_steps_changed)
            self.step_removed.connect(self._on_self_steps_changed)
            self.structure_changed.connect(self._on_self_steps_changed)
        if self._link_cache is None:
            self._link_cache = _StepLinkCache(self.workspace.editing.step_links(self.model.id))
        return self._link_cache

    def _on_self_steps_changed(self, *_: object) -> None:
        self._link_cache = None

    def _on_workspace_changed(self, _changes: Changes) -> None:
        self._link_cache = None
        try:
            self._links_of_steps()
        except NotFoundError:
            return  # this roadmap was replaced (an import); its editor is on its way out
        self.links_changed.emit()

    # --- internals -----------------------------------------------------------------------
    def _forget(self, removed: list[Record]) -> None:
        for r in removed:
            if isinstance(r, StepDependency) and self._deps.pop(r.id, None) is not None:
                self.dependency_removed.emit(r.id)
        for r in removed:
            if isinstance(r, StepInstrument):
                self._links.pop(r.id, None)
            elif isinstance(r, Step) and self._steps.pop(r.id, None) is not None:
                self.step_removed.emit(r.id)

    def _reload_positions(self) -> None:
        """Positions in cells after a delete or restore (cells were renumbered)."""
        content = self.workspace.models.content(self.model.id)
        moved = []
        for s in content.steps:
            old = self._steps.get(s.id)
            if old is not None and (old.lane_id, old.phase_id, old.position) != (
                s.lane_id,
                s.phase_id,
                s.position,
            ):
                moved.append(s.id)
            self._steps[s.id] = s
        if moved:
            self.steps_moved.emit(moved)

    def _reload_structure(self) -> None:
        content = self.workspace.models.content(self.model.id)
        self._lanes = {x.id: x for x in content.lanes}
        self._phases = {x.id: x for x in content.phases}
        self._steps = _steps_by_cell(content.steps)
        self._deps = {x.id: x for x in content.dependencies}
        self._links = _links_by_step(content.step_instruments)
        self.structure_changed.emit()

    def _fresh_lane(self, lane_id: str) -> Lane:
        content = self.workspace.models.content(self.model.id)
        return next(x for x in content.lanes if x.id == lane_id)

    def _fresh_phase(self, phase_id: str) -> Phase:
        content = self.workspace.models.content(self.model.id)
        return next(x for x in content.phases if x.id == phase_id)


class _StepLinkCache:
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


def moved_to(step: Step, lane_id: str, phase_id: str, position: int) -> Step:
    return replace(step, lane_id=lane_id, phase_id=phase_id, position=position)
