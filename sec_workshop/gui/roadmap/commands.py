"""Undo commands of the swimlane editor: one class per user intent, each changing the
``ModelDocument`` (which saves through a service), never a graphics item."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from sec_workshop.domain.base import Record
from sec_workshop.domain.process import (
    Lane,
    Phase,
    Step,
    StepDependency,
    StepInstrument,
    StepSession,
    StepStakeholder,
)
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.roadmap.document import ModelDocument

EDIT_STEP_ID = 3101  # typing in one field of one step merges into one undo step


class AddStepCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, step: Step) -> None:
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Add step “%1”").replace("%1", step.title)
        )
        self._doc = doc
        self._step = step
        self._removed: list[Record] | None = None

    def redo(self) -> None:
        if self._removed is None:
            self._guard(lambda: self._doc.add_step(self._step))
        else:
            removed = self._removed
            self._guard(lambda: self._doc.restore(removed))

    def undo(self) -> None:
        def run() -> None:
            self._removed = self._doc.delete_steps([self._step.id])

        self._guard(run)


class EditStepCommand(SafeCommand):
    """A change of one field (or the status) of a step; consecutive typing merges."""

    def __init__(self, doc: ModelDocument, before: Step, after: Step, field: str) -> None:
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Edit step “%1”").replace("%1", after.title)
        )
        self._doc = doc
        self._before = before
        self._after = after
        self.field = field

    def id(self) -> int:
        return EDIT_STEP_ID

    def mergeWith(self, other: object) -> bool:
        if not isinstance(other, EditStepCommand):
            return False
        if other._after.id != self._after.id or other.field != self.field:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        self._guard(lambda: self._doc.update_step(self._current(self._after)))

    def undo(self) -> None:
        self._guard(lambda: self._doc.update_step(self._current(self._before)))

    def _current(self, wanted: Step) -> Step:
        # Keep the step where it is now; only its texts, status and dates change here.
        now = self._doc.step(wanted.id) or wanted
        return replace(wanted, lane_id=now.lane_id, phase_id=now.phase_id, position=now.position)


class MoveStepsCommand(SafeCommand):
    """Steps dropped into cells; undo puts each back where it was."""

    def __init__(self, doc: ModelDocument, moves: list[tuple[str, str, str, int]]) -> None:
        # n as a plain name: pyside6-lupdate does not see a translate() whose n is a call.
        n = len(moves)
        super().__init__(QCoreApplication.translate("ModelCommands", "Move %n step(s)", None, n))
        self._doc = doc
        self._moves = moves
        self._back: list[tuple[str, str, str, int]] = []
        for step_id, *_ in moves:
            step = doc.step(step_id)
            if step is not None:
                self._back.append((step.id, step.lane_id, step.phase_id, step.position))

    def redo(self) -> None:
        self._guard(lambda: self._doc.move_steps(self._moves))

    def undo(self) -> None:
        self._guard(lambda: self._doc.move_steps(self._back))


class DeleteStepsCommand(SafeCommand):
    """Deleting steps takes their arrows and links along; undo brings all of it back."""

    def __init__(self, doc: ModelDocument, step_ids: list[str]) -> None:
        n = len(step_ids)
        super().__init__(QCoreApplication.translate("ModelCommands", "Delete %n step(s)", None, n))
        self._doc = doc
        self._ids = step_ids
        self._removed: list[Record] = []

    def redo(self) -> None:
        def run() -> None:
            self._removed = self._doc.delete_steps(self._ids)

        self._guard(run)

    def undo(self) -> None:
        removed = self._removed
        self._guard(lambda: self._doc.restore(removed))


class AddDependencyCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, dep: StepDependency) -> None:
        super().__init__(QCoreApplication.translate("ModelCommands", "Connect steps"))
        self._doc = doc
        self._dep = dep

    def redo(self) -> None:
        self._guard(lambda: self._doc.add_dependency(self._dep))

    def undo(self) -> None:
        self._guard(lambda: self._doc.delete_dependency(self._dep.id))


class DeleteDependencyCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, dep_id: str) -> None:
        super().__init__(QCoreApplication.translate("ModelCommands", "Delete arrow"))
        self._doc = doc
        self._dep_id = dep_id
        self._dep: StepDependency | None = None

    def redo(self) -> None:
        def run() -> None:
            self._dep = self._doc.delete_dependency(self._dep_id)

        self._guard(run)

    def undo(self) -> None:
        dep = self._dep
        if dep is not None:
            self._guard(lambda: self._doc.add_dependency(dep))


class AddLaneCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, lane: Lane) -> None:
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Add lane “%1”").replace("%1", lane.name)
        )
        self._doc = doc
        self._lane = lane
        self._removed: list[Record] | None = None

    def redo(self) -> None:
        if self._removed is None:
            self._guard(lambda: self._doc.add_lane(self._lane))
        else:
            removed = self._removed
            self._guard(lambda: self._doc.restore(removed))

    def undo(self) -> None:
        def run() -> None:
            self._removed = self._doc.delete_lane(self._lane.id)

        self._guard(run)


class EditLaneCommand(SafeCommand):
    """Rename or recolour a lane."""

    def __init__(self, doc: ModelDocument, before: Lane, after: Lane) -> None:
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Change lane “%1”").replace(
                "%1", after.name
            )
        )
        self._doc = doc
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._guard(lambda: self._doc.update_lane(self._after))

    def undo(self) -> None:
        self._guard(lambda: self._doc.update_lane(self._before))


class MoveLaneCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, lane_id: str, position: int) -> None:
        lane = doc.lane(lane_id)
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Move lane “%1”").replace(
                "%1", lane.name if lane else ""
            )
        )
        self._doc = doc
        self._lane_id = lane_id
        self._to = position
        self._from = lane.position if lane else position

    def redo(self) -> None:
        self._guard(lambda: self._doc.move_lane(self._lane_id, self._to))

    def undo(self) -> None:
        self._guard(lambda: self._doc.move_lane(self._lane_id, self._from))


class DeleteLaneCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, lane_id: str) -> None:
        lane = doc.lane(lane_id)
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Delete lane “%1”").replace(
                "%1", lane.name if lane else ""
            )
        )
        self._doc = doc
        self._lane_id = lane_id
        self._removed: list[Record] = []

    def redo(self) -> None:
        def run() -> None:
            self._removed = self._doc.delete_lane(self._lane_id)

        self._guard(run)

    def undo(self) -> None:
        removed = self._removed
        self._guard(lambda: self._doc.restore(removed))


class AddPhaseCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, phase: Phase) -> None:
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Add phase “%1”").replace("%1", phase.name)
        )
        self._doc = doc
        self._phase = phase
        self._removed: list[Record] | None = None

    def redo(self) -> None:
        if self._removed is None:
            self._guard(lambda: self._doc.add_phase(self._phase))
        else:
            removed = self._removed
            self._guard(lambda: self._doc.restore(removed))

    def undo(self) -> None:
        def run() -> None:
            self._removed = self._doc.delete_phase(self._phase.id)

        self._guard(run)


class EditPhaseCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, before: Phase, after: Phase) -> None:
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Change phase “%1”").replace(
                "%1", after.name
            )
        )
        self._doc = doc
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._guard(lambda: self._doc.update_phase(self._after))

    def undo(self) -> None:
        self._guard(lambda: self._doc.update_phase(self._before))


class MovePhaseCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, phase_id: str, position: int) -> None:
        phase = doc.phase(phase_id)
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Move phase “%1”").replace(
                "%1", phase.name if phase else ""
            )
        )
        self._doc = doc
        self._phase_id = phase_id
        self._to = position
        self._from = phase.position if phase else position

    def redo(self) -> None:
        self._guard(lambda: self._doc.move_phase(self._phase_id, self._to))

    def undo(self) -> None:
        self._guard(lambda: self._doc.move_phase(self._phase_id, self._from))


class DeletePhaseCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, phase_id: str) -> None:
        phase = doc.phase(phase_id)
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Delete phase “%1”").replace(
                "%1", phase.name if phase else ""
            )
        )
        self._doc = doc
        self._phase_id = phase_id
        self._removed: list[Record] = []

    def redo(self) -> None:
        def run() -> None:
            self._removed = self._doc.delete_phase(self._phase_id)

        self._guard(run)

    def undo(self) -> None:
        removed = self._removed
        self._guard(lambda: self._doc.restore(removed))


class AttachInstrumentCommand(SafeCommand):
    """An instrument dragged onto a step."""

    def __init__(self, doc: ModelDocument, step_id: str, instrument_id: str) -> None:
        super().__init__(QCoreApplication.translate("ModelCommands", "Attach instrument"))
        self._doc = doc
        self._link = StepInstrument(step_id=step_id, instrument_id=instrument_id)

    def redo(self) -> None:
        def run() -> None:
            self._link = self._doc.attach_instrument(self._link)

        self._guard(run)

    def undo(self) -> None:
        self._guard(lambda: self._doc.detach_instrument(self._link.id))


class DetachInstrumentCommand(SafeCommand):
    def __init__(self, doc: ModelDocument, link_id: str) -> None:
        super().__init__(QCoreApplication.translate("ModelCommands", "Remove instrument"))
        self._doc = doc
        self._link_id = link_id
        self._link: StepInstrument | None = None

    def redo(self) -> None:
        def run() -> None:
            self._link = self._doc.detach_instrument(self._link_id)

        self._guard(run)

    def undo(self) -> None:
        link = self._link
        if link is not None:
            self._guard(lambda: self._doc.attach_instrument(link))


class LinkToStepCommand(SafeCommand):
    """A stakeholder or session of the wijk linked to a step (ticked in the step panel)."""

    def __init__(self, doc: ModelDocument, link: StepStakeholder | StepSession, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Link “%1” to a step").replace("%1", name)
        )
        self._doc = doc
        self._link = link

    def redo(self) -> None:
        self._guard(lambda: _link(self._doc, self._link))

    def undo(self) -> None:
        self._guard(lambda: _unlink(self._doc, self._link))


class UnlinkFromStepCommand(SafeCommand):
    """A stakeholder or session unticked in the step panel; undo links the same record again."""

    def __init__(self, doc: ModelDocument, link: StepStakeholder | StepSession, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("ModelCommands", "Unlink “%1” from a step").replace(
                "%1", name
            )
        )
        self._doc = doc
        self._link = link

    def redo(self) -> None:
        self._guard(lambda: _unlink(self._doc, self._link))

    def undo(self) -> None:
        self._guard(lambda: _link(self._doc, self._link))


def _link(doc: ModelDocument, link: StepStakeholder | StepSession) -> None:
    if isinstance(link, StepStakeholder):
        doc.link_stakeholder(link)
    else:
        doc.link_session(link)


def _unlink(doc: ModelDocument, link: StepStakeholder | StepSession) -> None:
    if isinstance(link, StepStakeholder):
        doc.unlink_stakeholder(link.id)
    else:
        doc.unlink_session(link.id)
