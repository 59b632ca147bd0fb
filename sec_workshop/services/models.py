"""Use cases on process models: templates, a wijk's roadmap, and their content."""

from __future__ import annotations

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
)
from sec_workshop.domain.views import ModelContent
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
