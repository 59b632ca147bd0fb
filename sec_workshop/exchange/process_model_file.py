"""The process model file format (``sec-workshop/process-model``, version 1) read into specs.

Shipped templates use it, and so do models that municipalities share. Keys inside a file
are local names; the services give every record a fresh or stable id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sec_workshop.domain.enums import Route, StepStatus
from sec_workshop.domain.views import ModelContent
from sec_workshop.exchange import reader as r

FORMAT = "sec-workshop/process-model"
VERSION = 1
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LaneSpec:
    key: str
    name: str
    route: Route
    color: str


@dataclass(frozen=True, slots=True)
class PhaseSpec:
    key: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class StepSpec:
    key: str
    lane: str
    phase: str
    title: str
    description: str
    goal: str
    approach: str
    tips: str
    owner: str
    status: StepStatus
    start_date: date | None
    due_date: date | None
    instruments: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ModelSpec:
    key: str
    name: str
    description: str
    lanes: tuple[LaneSpec, ...]
    phases: tuple[PhaseSpec, ...]
    steps: tuple[StepSpec, ...]
    dependencies: tuple[tuple[str, str], ...]


def parse_bytes(raw: bytes) -> ModelSpec:
    if len(raw) > MAX_BYTES:
        raise r.fail("", "file_too_big", max_mb=MAX_BYTES // (1024 * 1024))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise r.fail("", "not_json") from None
    return parse(data)


def parse(data: Any) -> ModelSpec:
    top = r.header(data, FORMAT, VERSION)
    key = r.text(top, "key", "", max_length=64, default="")
    name = r.text(top, "name", "", required=True, max_length=200)
    description = r.text(top, "description", "")

    lanes: list[LaneSpec] = []
    for i, raw in enumerate(r.items(top, "lanes", "", 100)):
        f = f"lanes[{i}]."
        lane = r.obj(raw, f.rstrip("."))
        color = r.text(lane, "color", f, required=True, max_length=7)
        if len(color) != 7 or color[0] != "#" or not _is_hex(color[1:]):
            raise r.fail(f"{f}color", "bad_color", value=color)
        lanes.append(
            LaneSpec(
                key=r.text(lane, "key", f, required=True, max_length=64),
                name=r.text(lane, "name", f, required=True, max_length=200),
                route=r.choice(lane, "route", f, Route, Route.OTHER),
                color=color.upper(),
            )
        )
    _unique([x.key for x in lanes], "lanes")

    phases = []
    for i, raw in enumerate(r.items(top, "phases", "", 100)):
        f = f"phases[{i}]."
        phase = r.obj(raw, f.rstrip("."))
        phases.append(
            PhaseSpec(
                key=r.text(phase, "key", f, required=True, max_length=64),
                name=r.text(phase, "name", f, required=True, max_length=200),
                description=r.text(phase, "description", f),
            )
        )
    _unique([x.key for x in phases], "phases")
    if not lanes:
        raise r.fail("lanes", "empty")
    if not phases:
        raise r.fail("phases", "empty")
    lane_keys = {x.key for x in lanes}
    phase_keys = {x.key for x in phases}

    steps = []
    for i, raw in enumerate(r.items(top, "steps", "", 10_000)):
        f = f"steps[{i}]."
        step = r.obj(raw, f.rstrip("."))
        lane_key = r.text(step, "lane", f, required=True, max_length=64)
        if lane_key not in lane_keys:
            raise r.fail(f"{f}lane", "unknown_ref", value=lane_key)
        phase_key = r.text(step, "phase", f, required=True, max_length=64)
        if phase_key not in phase_keys:
            raise r.fail(f"{f}phase", "unknown_ref", value=phase_key)
        instruments = [
            r.text_item(inst, f"{f}instruments[{j}]", max_length=64)
            for j, inst in enumerate(r.items(step, "instruments", f, 50))
        ]
        start, due = _date(step, "start_date", f), _date(step, "due_date", f)
        if start is not None and due is not None and due < start:
            # Such a step could never be edited again (the app refuses the pair).
            raise r.fail(f"{f}due_date", "before_start", value=due.isoformat())
        steps.append(
            StepSpec(
                key=r.text(step, "key", f, required=True, max_length=64),
                lane=lane_key,
                phase=phase_key,
                title=r.text(step, "title", f, required=True, max_length=200),
                description=r.text(step, "description", f),
                goal=r.text(step, "goal", f),
                approach=r.text(step, "approach", f),
                tips=r.text(step, "tips", f),
                owner=r.text(step, "owner", f, max_length=200),
                status=r.choice(step, "status", f, StepStatus, StepStatus.PLANNED),
                start_date=start,
                due_date=due,
                instruments=tuple(instruments),
            )
        )
    _unique([x.key for x in steps], "steps")
    step_keys = {x.key for x in steps}

    deps = []
    for i, raw in enumerate(r.items(top, "dependencies", "", 20_000)):
        f = f"dependencies[{i}]."
        dep = r.obj(raw, f.rstrip("."))
        a = r.text(dep, "from", f, required=True, max_length=64)
        b = r.text(dep, "to", f, required=True, max_length=64)
        for end, value in (("from", a), ("to", b)):
            if value not in step_keys:
                raise r.fail(f"{f}{end}", "unknown_ref", value=value)
        if a == b:
            raise r.fail(f"{f}to", "self_reference")
        deps.append((a, b))
    if len(set(deps)) != len(deps):
        raise r.fail("dependencies", "duplicate", value="")
    return ModelSpec(key, name, description, tuple(lanes), tuple(phases), tuple(steps), tuple(deps))


def _date(data: dict[str, Any], key: str, field: str) -> date | None:
    value = r.text(data, key, field, max_length=10)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise r.fail(f"{field}{key}", "bad_date", value=value) from None


def _unique(keys: list[str], field: str) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise r.fail(field, "duplicate", value=key)
        seen.add(key)


def _is_hex(value: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in value)


def to_data(content: ModelContent, instrument_keys: dict[str, str]) -> dict[str, Any]:
    """A model in the file format, with local keys by position (so that exporting an
    imported model gives the same file). ``instrument_keys`` maps instrument ids to the keys
    of the shipped library; other instruments are not written (version 1 knows no others).
    """
    lanes = sorted(content.lanes, key=lambda lane: lane.position)
    phases = sorted(content.phases, key=lambda phase: phase.position)
    lane_key = {lane.id: f"l{i + 1}" for i, lane in enumerate(lanes)}
    phase_key = {phase.id: f"f{i + 1}" for i, phase in enumerate(phases)}
    lane_order = {lane.id: i for i, lane in enumerate(lanes)}
    phase_order = {phase.id: i for i, phase in enumerate(phases)}
    steps = sorted(
        content.steps, key=lambda s: (lane_order[s.lane_id], phase_order[s.phase_id], s.position)
    )
    step_key = {step.id: f"s{i + 1}" for i, step in enumerate(steps)}
    step_data = []
    for step in steps:
        entry: dict[str, Any] = {
            "key": step_key[step.id],
            "lane": lane_key[step.lane_id],
            "phase": phase_key[step.phase_id],
            "title": step.title,
            "description": step.description,
            "goal": step.goal,
            "approach": step.approach,
            "tips": step.tips,
            "owner": step.owner,
            "status": step.status.value,
            "instruments": [
                instrument_keys[i.id]
                for i in content.instruments_of(step.id)
                if i.id in instrument_keys
            ],
        }
        if step.start_date:
            entry["start_date"] = step.start_date.isoformat()
        if step.due_date:
            entry["due_date"] = step.due_date.isoformat()
        step_data.append(entry)
    deps = sorted(
        (step_key[d.from_step_id], step_key[d.to_step_id])
        for d in content.dependencies
        if d.from_step_id in step_key and d.to_step_id in step_key
    )
    return {
        "format": FORMAT,
        "version": VERSION,
        "key": content.model.builtin_key or "",
        "name": content.model.name,
        "description": content.model.description,
        "lanes": [
            {
                "key": lane_key[lane.id],
                "name": lane.name,
                "route": lane.route.value,
                "color": lane.color,
            }
            for lane in lanes
        ],
        "phases": [
            {"key": phase_key[phase.id], "name": phase.name, "description": phase.description}
            for phase in phases
        ],
        "steps": step_data,
        "dependencies": [{"from": a, "to": b} for a, b in deps],
    }


def to_bytes(content: ModelContent, instrument_keys: dict[str, str]) -> bytes:
    text = json.dumps(to_data(content, instrument_keys), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
