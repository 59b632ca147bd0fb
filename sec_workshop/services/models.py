"""Use cases on process models: templates, a wijk's roadmap, and their content."""

from __future__ import annotations

from dataclasses import replace

from sec_workshop.domain.base import NotFoundError, Record, new_id, utc_now
from sec_workshop.domain.enums import ModelKind
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
from sec_workshop.domain.views import ModelContent
from sec_workshop.domain.wijk import Wijk
from sec_workshop.exchange import process_model_file
from sec_workshop.exchange.process_model_file import ModelSpec
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

    def import_roadmap(self, spec: ModelSpec, wijk_id: str) -> ProcessModel:
        """Make a model from a file the wijk's roadmap, replacing the one it had.

        The history of the old roadmap is carried over, with a line saying what happened.
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
            for m in old:
                bundle_old = _model_records(conn, m.id)
                store.delete_records(conn, bundle_old, utc_now())
            records.extend(replace(c, id=new_id(), model_id=model.id) for c in history)
            records.append(
                RoadmapChange(
                    model_id=model.id,
                    at=utc_now(),
                    summary=f"Routekaart vervangen door import van '{spec.name}'",
                )
            )
            store.insert_records(conn, records)
        return model


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
