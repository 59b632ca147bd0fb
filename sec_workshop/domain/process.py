"""The SEC process model: lanes (routes) by phases, steps in the cells, instruments on steps.

One structure serves both a template and a wijk's own roadmap (``ModelKind``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sec_workshop.domain.base import Record, ValidationError, limit_text, require_text
from sec_workshop.domain.enums import ModelKind, Route, StepStatus

TITLE_MAX = 200
TEXT_MAX = 20_000


@dataclass(frozen=True, kw_only=True, slots=True)
class ProcessModel(Record):
    name: str
    kind: ModelKind
    description: str = ""
    wijk_id: str | None = None
    # The template a roadmap was copied from, or the shipped key a template was loaded from.
    source_template_id: str | None = None
    builtin_key: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Lane(Record):
    model_id: str
    name: str
    route: Route
    color: str
    position: int


@dataclass(frozen=True, kw_only=True, slots=True)
class Phase(Record):
    model_id: str
    name: str
    position: int
    description: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Step(Record):
    model_id: str
    lane_id: str
    phase_id: str
    position: int
    title: str
    description: str = ""
    goal: str = ""
    approach: str = ""
    tips: str = ""
    status: StepStatus = StepStatus.PLANNED
    owner: str = ""
    start_date: date | None = None
    due_date: date | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class StepDependency(Record):
    """``to_step`` builds on ``from_step``; drawn as an arrow, also across lanes."""

    model_id: str
    from_step_id: str
    to_step_id: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Instrument(Record):
    """A work form (werkvorm) from the library; shipped ones carry their ``builtin_key``."""

    name: str
    category: str = ""
    routes: tuple[str, ...] = ()
    purpose: str = ""
    procedure: str = ""
    duration_minutes: int = 0
    group_min: int = 0
    group_max: int = 0
    materials: str = ""
    outcome: str = ""
    builtin_key: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class StepInstrument(Record):
    step_id: str
    instrument_id: str
    position: int = 0


@dataclass(frozen=True, kw_only=True, slots=True)
class StepStakeholder(Record):
    step_id: str
    stakeholder_id: str


@dataclass(frozen=True, kw_only=True, slots=True)
class StepSession(Record):
    step_id: str
    session_id: str


@dataclass(frozen=True, kw_only=True, slots=True)
class RoadmapChange(Record):
    """One adaptation of a roadmap, kept as its history.

    ``code`` and ``params`` say what happened; ``sec_workshop.history_texts`` puts that into
    the reader's language. ``summary`` is the Dutch text as it was written, for readers that
    do not know the code; entries from before codes existed have only that.
    """

    model_id: str
    at: datetime
    summary: str = ""
    detail: str = ""
    code: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)


def validate_step(step: Step) -> Step:
    require_text(step.title, "title", TITLE_MAX)
    for name in ("description", "goal", "approach", "tips"):
        limit_text(getattr(step, name), name, TEXT_MAX)
    limit_text(step.owner, "owner", TITLE_MAX)
    if step.start_date and step.due_date and step.due_date < step.start_date:
        raise ValidationError("step.due_before_start")
    return step


def validate_lane(lane: Lane) -> Lane:
    require_text(lane.name, "name", TITLE_MAX)
    if not _is_hex_color(lane.color):
        raise ValidationError("value.bad_color", field="color", value=lane.color[:20])
    return lane


def validate_phase(phase: Phase) -> Phase:
    require_text(phase.name, "name", TITLE_MAX)
    limit_text(phase.description, "description", TEXT_MAX)
    return phase


def _is_hex_color(value: str) -> bool:
    return (
        len(value) == 7
        and value.startswith("#")
        and all(c in "0123456789abcdefABCDEF" for c in value[1:])
    )


def progress(steps: list[Step]) -> float:
    """Share of steps done (skipped steps count as done, they need no more work)."""
    counted = [s for s in steps]
    if not counted:
        return 0.0
    done = sum(1 for s in counted if s.status in (StepStatus.DONE, StepStatus.SKIPPED))
    return done / len(counted)
