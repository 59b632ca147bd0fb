"""Undo commands of the swimlane editor: one class per user intent, each changing the
``ModelDocument`` (which saves through a service), never a graphics item.

Every command is a ``ModelEditCommand``: its first redo runs an intent of the document (the
service checks the rules and returns an edit: every touched record before and after it); the
command keeps that edit, and from then on undo brings the model to the edit's inverse and
redo to the edit again, with the same ids and exactly the positions recorded. A subclass only
gives its text and its intent."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

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
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.roadmap.document import ModelDocument


class ModelEditCommand(EditCommand):
    """The base of every roadmap command: an intent of the ``ModelDocument``, run once; its
    edit replayed after that. Commands with the same ``merge_key`` merge (typing in one
    field of one step)."""


class AddStepCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, step: Step) -> None:
        text = QCoreApplication.translate("ModelCommands", "Add step “%1”").replace(
            "%1", step.title
        )
        super().__init__(doc, text, lambda: doc.add_step(step))


class EditStepCommand(ModelEditCommand):
    """A change of one field (or the status) of a step; consecutive typing merges."""

    def __init__(self, doc: ModelDocument, before: Step, after: Step, field: str) -> None:
        text = QCoreApplication.translate("ModelCommands", "Edit step “%1”").replace(
            "%1", after.title
        )
        changes = _changed(before, after)
        super().__init__(
            doc,
            text,
            lambda: doc.update_step(replace(doc.step(after.id) or after, **changes)),
            merge_key=("step", after.id, field),
        )


class MoveStepsCommand(ModelEditCommand):
    """Steps dropped into cells; undo puts each back where it was."""

    def __init__(self, doc: ModelDocument, moves: list[tuple[str, str, str, int]]) -> None:
        # n as a plain name: pyside6-lupdate does not see a translate() whose n is a call.
        n = len(moves)
        text = QCoreApplication.translate("ModelCommands", "Move %n step(s)", None, n)
        moves = list(moves)
        super().__init__(doc, text, lambda: doc.move_steps(moves))


class DeleteStepsCommand(ModelEditCommand):
    """Deleting steps takes their arrows and links along; undo brings all of it back."""

    def __init__(self, doc: ModelDocument, step_ids: list[str]) -> None:
        n = len(step_ids)
        text = QCoreApplication.translate("ModelCommands", "Delete %n step(s)", None, n)
        step_ids = list(step_ids)
        super().__init__(doc, text, lambda: doc.delete_steps(step_ids))


class AddDependencyCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, dep: StepDependency) -> None:
        text = QCoreApplication.translate("ModelCommands", "Connect steps")
        super().__init__(doc, text, lambda: doc.add_dependency(dep))


class DeleteDependencyCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, dep_id: str) -> None:
        text = QCoreApplication.translate("ModelCommands", "Delete arrow")
        super().__init__(doc, text, lambda: doc.delete_dependency(dep_id))


class AddLaneCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, lane: Lane) -> None:
        text = QCoreApplication.translate("ModelCommands", "Add lane “%1”").replace("%1", lane.name)
        super().__init__(doc, text, lambda: doc.add_lane(lane))


class EditLaneCommand(ModelEditCommand):
    """Rename or recolour a lane."""

    def __init__(self, doc: ModelDocument, before: Lane, after: Lane) -> None:
        text = QCoreApplication.translate("ModelCommands", "Change lane “%1”").replace(
            "%1", after.name
        )
        changes = _changed(before, after)
        super().__init__(
            doc, text, lambda: doc.update_lane(replace(doc.lane(after.id) or after, **changes))
        )


class MoveLaneCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, lane_id: str, position: int) -> None:
        lane = doc.lane(lane_id)
        text = QCoreApplication.translate("ModelCommands", "Move lane “%1”").replace(
            "%1", lane.name if lane else ""
        )
        super().__init__(doc, text, lambda: doc.move_lane(lane_id, position))


class DeleteLaneCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, lane_id: str) -> None:
        lane = doc.lane(lane_id)
        text = QCoreApplication.translate("ModelCommands", "Delete lane “%1”").replace(
            "%1", lane.name if lane else ""
        )
        super().__init__(doc, text, lambda: doc.delete_lane(lane_id))


class AddPhaseCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, phase: Phase) -> None:
        text = QCoreApplication.translate("ModelCommands", "Add phase “%1”").replace(
            "%1", phase.name
        )
        super().__init__(doc, text, lambda: doc.add_phase(phase))


class EditPhaseCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, before: Phase, after: Phase) -> None:
        text = QCoreApplication.translate("ModelCommands", "Change phase “%1”").replace(
            "%1", after.name
        )
        changes = _changed(before, after)
        super().__init__(
            doc, text, lambda: doc.update_phase(replace(doc.phase(after.id) or after, **changes))
        )


class MovePhaseCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, phase_id: str, position: int) -> None:
        phase = doc.phase(phase_id)
        text = QCoreApplication.translate("ModelCommands", "Move phase “%1”").replace(
            "%1", phase.name if phase else ""
        )
        super().__init__(doc, text, lambda: doc.move_phase(phase_id, position))


class DeletePhaseCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, phase_id: str) -> None:
        phase = doc.phase(phase_id)
        text = QCoreApplication.translate("ModelCommands", "Delete phase “%1”").replace(
            "%1", phase.name if phase else ""
        )
        super().__init__(doc, text, lambda: doc.delete_phase(phase_id))


class AttachInstrumentCommand(ModelEditCommand):
    """An instrument dragged onto a step."""

    def __init__(self, doc: ModelDocument, step_id: str, instrument_id: str) -> None:
        text = QCoreApplication.translate("ModelCommands", "Attach instrument")
        link = StepInstrument(step_id=step_id, instrument_id=instrument_id)
        super().__init__(doc, text, lambda: doc.attach_instrument(link))


class DetachInstrumentCommand(ModelEditCommand):
    def __init__(self, doc: ModelDocument, link_id: str) -> None:
        text = QCoreApplication.translate("ModelCommands", "Remove instrument")
        super().__init__(doc, text, lambda: doc.detach_instrument(link_id))


class LinkToStepCommand(ModelEditCommand):
    """A stakeholder or session of the wijk linked to a step (ticked in the step panel)."""

    def __init__(self, doc: ModelDocument, link: StepStakeholder | StepSession, name: str) -> None:
        text = QCoreApplication.translate("ModelCommands", "Link “%1” to a step").replace(
            "%1", name
        )
        super().__init__(doc, text, lambda: doc.link(link))


class UnlinkFromStepCommand(ModelEditCommand):
    """A stakeholder or session unticked in the step panel; undo links the same record again."""

    def __init__(self, doc: ModelDocument, link: StepStakeholder | StepSession, name: str) -> None:
        text = QCoreApplication.translate("ModelCommands", "Unlink “%1” from a step").replace(
            "%1", name
        )
        super().__init__(doc, text, lambda: doc.unlink(link))


def _changed(before: Record, after: Record) -> dict[str, Any]:
    """The fields of a step, lane or phase that a user changed (id and time stamps aside);
    only these are saved, over the record as it is then, so that the others stay as they are."""
    names = [f.name for f in fields(after) if f.name not in ("id", "created_at", "updated_at")]
    return {n: getattr(after, n) for n in names if getattr(before, n) != getattr(after, n)}
