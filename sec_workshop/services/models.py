"""Use cases on process models: templates, a wijk's roadmap, and their content."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from sec_workshop.domain.base import NotFoundError, Record, new_id, utc_now
from sec_workshop.domain.enums import ModelKind
from sec_workshop.domain.koppelkans import Koppelkans, KoppelkansStep
from sec_workshop.domain.process import (
    Instrument,
    Lane,
    Phase,
    ProcessModel,
    RoadmapChange,
    Step,
    StepDependency,
    StepInstrument,
    StepSession,
    StepStakeholder,
)
from sec_workshop.domain.session import Decision, Session
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.views import ModelContent
from sec_workshop.domain.wijk import Wijk
from sec_workshop.exchange import process_model_file
from sec_workshop.exchange.process_model_file import ModelSpec
from sec_workshop.history_texts import entry_text
from sec_workshop.services.builder import records_from_spec
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, Tx


def read_content(conn: Tx, model_id: str) -> ModelContent:
    model = store.get(conn, ProcessModel, model_id)
    steps = store.list_where(conn, Step, order_by=("position",), model_id=model_id)
    links = store.list_where(
        conn, StepInstrument, order_by=("position",), step_id=[s.id for s in steps]
    )
    instruments = store.list_where(
        conn, Instrument, id=sorted({link.instrument_id for link in links})
    )
    return ModelContent(
        model=model,
        lanes=tuple(store.list_where(conn, Lane, order_by=("position",), model_id=model_id)),
        phases=tuple(store.list_where(conn, Phase, order_by=("position",), model_id=model_id)),
        steps=tuple(steps),
        dependencies=tuple(store.list_where(conn, StepDependency, model_id=model_id)),
        step_instruments=tuple(links),
        instruments={i.id: i for i in instruments},
    )


class ModelService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def templates(self) -> list[ProcessModel]:
        with self._db.read() as conn:
            models = store.list_where(conn, ProcessModel, kind=ModelKind.TEMPLATE)
        return sorted(models, key=lambda m: (m.builtin_key != "sec-standaard", m.name))

    def roadmap_of(self, wijk_id: str) -> ProcessModel | None:
        with self._db.read() as conn:
            models = store.list_where(
                conn,
                ProcessModel,
                order_by=("created_at",),
                wijk_id=wijk_id,
                kind=ModelKind.ROADMAP,
            )
        return models[0] if models else None

    def content(self, model_id: str) -> ModelContent:
        with self._db.read() as conn:
            return read_content(conn, model_id)

    def history(self, model_id: str) -> list[RoadmapChange]:
        with self._db.read() as conn:
            changes = store.list_where(conn, RoadmapChange, order_by=("at",), model_id=model_id)
        return list(reversed(changes))

    def export_bytes(self, model_id: str) -> bytes:
        """The model as a shareable JSON file (``sec-workshop/process-model`` version 1)."""
        with self._db.read() as conn:
            content = read_content(conn, model_id)
            keys = {
                i.id: i.builtin_key
                for i in store.list_where(conn, Instrument)
                if i.builtin_key is not None
            }
        return process_model_file.to_bytes(content, keys)

    def model_for(self, id_: str) -> ProcessModel:
        """A template by its id, or the roadmap of the wijk with this id."""
        with self._db.read() as conn:
            model = store.find(conn, ProcessModel, id_)
            if model is not None:
                return model
            roadmaps = store.list_where(
                conn, ProcessModel, order_by=("created_at",), wijk_id=id_, kind=ModelKind.ROADMAP
            )
        if not roadmaps:
            raise NotFoundError("model.not_found", id=id_)
        return roadmaps[0]

    def import_template(self, spec: ModelSpec) -> ProcessModel:
        """Add a model from a file as a new template (shipped ones stay as they are)."""
        with self._db.write() as conn:
            model, records = records_from_spec(
                spec,
                kind=ModelKind.TEMPLATE,
                make_id=_fresh_id,
                instrument_ids=_instrument_ids(conn),
            )
            store.insert_records(conn, records)
        return model

    def import_roadmap(self, spec: ModelSpec, wijk_id: str) -> RoadmapImport:
        """Make a model from a file the wijk's roadmap, replacing the one it had.

        The history of the old roadmap is carried over, with a line saying what happened.
        Stakeholders, sessions, koppelkansen and decisions stay linked to a step when the new
        roadmap has a step of the same title in a lane of the same name (case and spacing
        aside); the links that cannot stay are returned, so that the user can be told.
        """
        with self._db.write() as conn:
            wijk = store.get(conn, Wijk, wijk_id)
            old = store.list_where(conn, ProcessModel, wijk_id=wijk.id, kind=ModelKind.ROADMAP)
            history = store.list_where(conn, RoadmapChange, model_id=[m.id for m in old])
            model, records = records_from_spec(
                spec,
                kind=ModelKind.ROADMAP,
                make_id=_fresh_id,
                instrument_ids=_instrument_ids(conn),
                wijk_id=wijk.id,
            )
            links = _OldLinks(conn, [m.id for m in old])
            to_new = _match_steps(links.steps, links.lanes, links.phases, records)
            for session in links.serving:
                store.update_fields(conn, Session, session.id, step_id=None)
            for decision in links.decisions:
                store.update_fields(conn, Decision, decision.id, step_id=None)
            for m in old:
                bundle_old = _model_records(conn, m.id)
                store.delete_records(conn, bundle_old, utc_now())
            records.extend(replace(c, id=new_id(), model_id=model.id) for c in history)
            kept, lost = links.carried_over(to_new)
            records.append(history_entry(model.id, "roadmap.imported", {"name": spec.name}))
            store.insert_records(conn, [*records, *kept])
            for session in links.serving:
                if session.step_id in to_new:
                    store.update_fields(conn, Session, session.id, step_id=to_new[session.step_id])
            for decision in links.decisions:
                if decision.step_id in to_new:
                    store.update_fields(
                        conn, Decision, decision.id, step_id=to_new[decision.step_id]
                    )
        return RoadmapImport(model=model, kept=len(kept), lost=lost)


def history_entry(
    model_id: str, code: str, params: Mapping[str, Any], at: datetime | None = None
) -> RoadmapChange:
    """A new entry for a roadmap's history. Its Dutch words are stored beside the code, for
    whoever reads the table without ``history_texts`` (an older export, a database browser)."""
    return RoadmapChange(
        model_id=model_id,
        at=at or utc_now(),
        code=code,
        params=dict(params),
        summary=entry_text(code, params, "nl")[:500],
    )


@dataclass(frozen=True, slots=True)
class LostLink:
    """A stakeholder or session linked to a step of the old roadmap that the new roadmap
    has no counterpart for (no step of that title in a lane of that name)."""

    kind: Literal["stakeholder", "session", "koppelkans", "decision"]
    name: str  # the stakeholder's name, the session's or koppelkans's title, the decision
    step_title: str
    lane_name: str


@dataclass(frozen=True, slots=True)
class RoadmapImport:
    """A roadmap replaced by a model from a file: the new model, how many links to
    stakeholders and sessions it kept, and the ones it could not keep."""

    model: ProcessModel
    kept: int = 0
    lost: tuple[LostLink, ...] = ()


class _OldLinks:
    """The steps of the roadmaps being replaced and what is linked to them: stakeholders,
    sessions and koppelkansen (``StepStakeholder``, ``StepSession``, ``KoppelkansStep``),
    sessions held for a step and decisions about one."""

    def __init__(self, conn: Tx, model_ids: list[str]) -> None:
        self.lanes = store.list_where(conn, Lane, model_id=model_ids)
        self.phases = store.list_where(conn, Phase, model_id=model_ids)
        self.steps = store.list_where(conn, Step, model_id=model_ids)
        step_ids = [s.id for s in self.steps]
        self.people = store.list_where(conn, StepStakeholder, step_id=step_ids)
        self.meetings = store.list_where(conn, StepSession, step_id=step_ids)
        self.serving = store.list_where(conn, Session, step_id=step_ids)
        self.decisions = store.list_where(conn, Decision, step_id=step_ids)
        self.koppelkansen = store.list_where(conn, KoppelkansStep, step_id=step_ids)
        self._names = {
            **{
                k.id: k.title
                for k in store.list_where(
                    conn, Koppelkans, id=sorted({x.koppelkans_id for x in self.koppelkansen})
                )
            },
            **{
                p.id: p.name
                for p in store.list_where(
                    conn, Stakeholder, id=sorted({x.stakeholder_id for x in self.people})
                )
            },
            **{
                s.id: s.title
                for s in store.list_where(
                    conn, Session, id=sorted({x.session_id for x in self.meetings})
                )
            },
            **{s.id: s.title for s in self.serving},
            **{d.id: one_line(d.text) for d in self.decisions},
        }

    def carried_over(self, to_new: Mapping[str, str]) -> tuple[list[Record], tuple[LostLink, ...]]:
        """The links for the new steps (fresh ids), and the ones that could not stay."""
        kept: dict[tuple[str, str, str], Record] = {}
        lost: dict[tuple[str, str, str], tuple[Step, LostLink]] = {}
        steps = {s.id: s for s in self.steps}
        lanes = {x.id: x for x in self.lanes}
        # (kind, old step, stakeholder or session, a link record to make for the new step);
        # a session held for a step is pointed at the new step by ``import_roadmap`` itself.
        pairs: list[
            tuple[Literal["stakeholder", "session", "koppelkans", "decision"], str, str, bool]
        ] = [
            *(("stakeholder", x.step_id, x.stakeholder_id, True) for x in self.people),
            *(("koppelkans", x.step_id, x.koppelkans_id, True) for x in self.koppelkansen),
            *(("session", x.step_id, x.session_id, True) for x in self.meetings),
            *(("session", x.step_id, x.id, False) for x in self.serving if x.step_id),
            *(("decision", x.step_id, x.id, False) for x in self.decisions if x.step_id),
        ]
        for kind, step_id, other_id, linked in pairs:
            new_step = to_new.get(step_id)
            if new_step is not None:
                if linked and (kind, new_step, other_id) not in kept:
                    kept[(kind, new_step, other_id)] = _link(kind, new_step, other_id)
                continue
            step = steps[step_id]
            lane = lanes.get(step.lane_id)
            lost.setdefault(
                (kind, step_id, other_id),
                (
                    step,
                    LostLink(
                        kind=kind,
                        name=self._names.get(other_id, "?"),
                        step_title=step.title,
                        lane_name=lane.name if lane else "?",
                    ),
                ),
            )
        lane_order = {x.id: x.position for x in self.lanes}
        phase_order = {x.id: x.position for x in self.phases}
        ordered = sorted(
            lost.values(),
            key=lambda item: (
                lane_order.get(item[0].lane_id, 0),
                phase_order.get(item[0].phase_id, 0),
                item[0].position,
                item[1].kind,
                item[1].name.casefold(),
            ),
        )
        return list(kept.values()), tuple(link for _step, link in ordered)


def _link(kind: str, step_id: str, other_id: str) -> Record:
    if kind == "stakeholder":
        return StepStakeholder(step_id=step_id, stakeholder_id=other_id)
    if kind == "koppelkans":
        return KoppelkansStep(koppelkans_id=other_id, step_id=step_id)
    return StepSession(step_id=step_id, session_id=other_id)


def _match_steps(
    old_steps: list[Step], old_lanes: list[Lane], old_phases: list[Phase], new: list[Record]
) -> dict[str, str]:
    """Old step id -> new step id, for steps of the same title in lanes of the same name.
    Steps that share both are paired in the order they stand in (phase, then place)."""
    old_groups = _by_lane_and_title(old_steps, old_lanes, old_phases)
    new_groups = _by_lane_and_title(
        [r for r in new if isinstance(r, Step)],
        [r for r in new if isinstance(r, Lane)],
        [r for r in new if isinstance(r, Phase)],
    )
    return {
        old_id: new_id
        for key, old_ids in old_groups.items()
        for old_id, new_id in zip(old_ids, new_groups.get(key, []), strict=False)
    }


def _by_lane_and_title(
    steps: list[Step], lanes: list[Lane], phases: list[Phase]
) -> dict[tuple[str, str], list[str]]:
    lane_names = {x.id: _same(x.name) for x in lanes}
    phase_order = {x.id: x.position for x in phases}
    groups: dict[tuple[str, str], list[str]] = {}
    for step in sorted(steps, key=lambda s: (phase_order.get(s.phase_id, 0), s.position)):
        key = (lane_names.get(step.lane_id, ""), _same(step.title))
        groups.setdefault(key, []).append(step.id)
    return groups


def _same(text: str) -> str:
    """A name as compared between two roadmaps: case and spacing do not count."""
    return " ".join(text.split()).casefold()


def _fresh_id(_local: str) -> str:
    return new_id()


def _instrument_ids(conn: Tx) -> dict[str, str]:
    return {i.builtin_key: i.id for i in store.list_where(conn, Instrument) if i.builtin_key}


def _model_records(conn: Tx, model_id: str) -> list[Record]:
    """A model with everything under it, parents first (for deleting with tombstones)."""
    content = read_content(conn, model_id)
    return [
        content.model,
        *content.lanes,
        *content.phases,
        *content.steps,
        *content.dependencies,
        *content.step_instruments,
        *store.list_where(conn, StepStakeholder, step_id=[s.id for s in content.steps]),
        *store.list_where(conn, StepSession, step_id=[s.id for s in content.steps]),
        *store.list_where(conn, RoadmapChange, model_id=model_id),
    ]


def one_line(text: str, limit: int = 60) -> str:
    """A decision named in one line: its first words."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
