"""Turning a process model spec (a template file) into records, and copying a model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sec_workshop.domain.base import Record, new_id, utc_now
from sec_workshop.domain.enums import ModelKind
from sec_workshop.domain.process import (
    Lane,
    Phase,
    ProcessModel,
    Step,
    StepDependency,
    StepInstrument,
)
from sec_workshop.domain.views import ModelContent
from sec_workshop.exchange.process_model_file import ModelSpec


def records_from_spec(
    spec: ModelSpec,
    *,
    kind: ModelKind,
    make_id: Callable[[str], str],
    instrument_ids: dict[str, str],
    builtin_key: str | None = None,
    wijk_id: str | None = None,
) -> tuple[ProcessModel, list[Record]]:
    """The model and its lanes, phases, steps, arrows and instrument links, parents first.

    ``make_id(local)`` gives the id for a local key (stable for shipped templates). Instrument
    keys that the library does not know are left out.
    """
    model = ProcessModel(
        id=make_id("model"),
        name=spec.name,
        kind=kind,
        description=spec.description,
        wijk_id=wijk_id,
        builtin_key=builtin_key,
    )
    records: list[Record] = [model]
    lane_ids = {lane.key: make_id(f"lane:{lane.key}") for lane in spec.lanes}
    phase_ids = {phase.key: make_id(f"phase:{phase.key}") for phase in spec.phases}
    step_ids = {step.key: make_id(f"step:{step.key}") for step in spec.steps}
    for i, lane in enumerate(spec.lanes):
        records.append(
            Lane(
                id=lane_ids[lane.key],
                model_id=model.id,
                name=lane.name,
                route=lane.route,
                color=lane.color,
                position=i,
            )
        )
    for i, phase in enumerate(spec.phases):
        records.append(
            Phase(
                id=phase_ids[phase.key],
                model_id=model.id,
                name=phase.name,
                position=i,
                description=phase.description,
            )
        )
    cell_counts: dict[tuple[str, str], int] = {}
    links: list[Record] = []
    for step in spec.steps:
        cell = (step.lane, step.phase)
        position = cell_counts.get(cell, 0)
        cell_counts[cell] = position + 1
        step_id = step_ids[step.key]
        records.append(
            Step(
                id=step_id,
                model_id=model.id,
                lane_id=lane_ids[step.lane],
                phase_id=phase_ids[step.phase],
                position=position,
                title=step.title,
                description=step.description,
                goal=step.goal,
                approach=step.approach,
                tips=step.tips,
                status=step.status,
                owner=step.owner,
                start_date=step.start_date,
                due_date=step.due_date,
            )
        )
        known = [k for k in step.instruments if k in instrument_ids]
        for j, key in enumerate(dict.fromkeys(known)):
            links.append(
                StepInstrument(
                    id=make_id(f"step:{step.key}/instrument:{key}"),
                    step_id=step_id,
                    instrument_id=instrument_ids[key],
                    position=j,
                )
            )
    for a, b in spec.dependencies:
        records.append(
            StepDependency(
                id=make_id(f"dep:{a}>{b}"),
                model_id=model.id,
                from_step_id=step_ids[a],
                to_step_id=step_ids[b],
            )
        )
    records.extend(links)
    return model, records


def copy_model(
    content: ModelContent, *, name: str, kind: ModelKind, wijk_id: str | None
) -> tuple[ProcessModel, list[Record], dict[str, str]]:
    """A full copy of a model with fresh ids (a wijk's roadmap from a template).

    Also returns the map from old ids to new ones.
    """
    now = utc_now()
    ids: dict[str, str] = {}

    def fresh(old: str) -> str:
        ids[old] = new_id()
        return ids[old]

    model = replace(
        content.model,
        id=fresh(content.model.id),
        name=name,
        kind=kind,
        wijk_id=wijk_id,
        source_template_id=content.model.id,
        builtin_key=None,
        created_at=now,
        updated_at=now,
    )
    records: list[Record] = [model]
    for lane in content.lanes:
        records.append(
            replace(lane, id=fresh(lane.id), model_id=model.id, created_at=now, updated_at=now)
        )
    for phase in content.phases:
        records.append(
            replace(phase, id=fresh(phase.id), model_id=model.id, created_at=now, updated_at=now)
        )
    for step in content.steps:
        records.append(
            replace(
                step,
                id=fresh(step.id),
                model_id=model.id,
                lane_id=ids[step.lane_id],
                phase_id=ids[step.phase_id],
                created_at=now,
                updated_at=now,
            )
        )
    for dep in content.dependencies:
        records.append(
            replace(
                dep,
                id=new_id(),
                model_id=model.id,
                from_step_id=ids[dep.from_step_id],
                to_step_id=ids[dep.to_step_id],
                created_at=now,
                updated_at=now,
            )
        )
    for link in content.step_instruments:
        records.append(
            replace(link, id=new_id(), step_id=ids[link.step_id], created_at=now, updated_at=now)
        )
    return model, records, ids
