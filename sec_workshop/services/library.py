"""The shipped library: instruments and process model templates seeded into the database
(never overwriting a user's edits), and the read-only catalogues.

The catalogues are shipped in Dutch and English. Asked without a language, they come in the
window's language (``sec_workshop.labels.language()``); reports pass theirs.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from functools import cache

from sec_workshop import labels, resources
from sec_workshop.domain.base import Record, stable_id
from sec_workshop.domain.board import BoardTemplate
from sec_workshop.domain.enums import ModelKind
from sec_workshop.domain.process import Instrument, ProcessModel
from sec_workshop.domain.stakeholder import ParticipationStep, StakeholderType
from sec_workshop.exchange import catalogues
from sec_workshop.exchange.process_model_file import parse_bytes
from sec_workshop.exchange.stakeholders_file import fold
from sec_workshop.services.builder import records_from_spec
from sec_workshop.storage import store
from sec_workshop.storage.database import Database

_SEEDED_KEY = "shipped_content"


def instrument_id(key: str) -> str:
    return stable_id("instrument", key)


def template_id(key: str) -> str:
    return stable_id("template", key, "model")


class LibraryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def ensure_shipped_content(self, force: bool = False) -> bool:
        """Add shipped instruments and templates that are not in the database yet.

        Existing ones are left as the user made them; deleted ones stay deleted. Returns
        whether anything had to be looked at (the shipped files changed since last time, or
        ``force`` after a restore).
        """
        fingerprint = _shipped_fingerprint()
        with self._db.read() as conn:
            if not force and store.get_meta(conn, _SEEDED_KEY) == fingerprint:
                return False
        specs = catalogues.parse_instruments(resources.load_json("instruments.json"))
        models = [(p.stem, parse_bytes(p.read_bytes())) for p in resources.template_files()]
        with self._db.write() as conn:
            gone = {t.record_id for t in store.tombstones(conn)}
            present = {
                i.builtin_key: i.id for i in store.list_where(conn, Instrument) if i.builtin_key
            }
            new_instruments: list[Record] = []
            for spec in specs:
                iid = instrument_id(spec.key)
                if spec.key in present or iid in gone:
                    continue
                new_instruments.append(
                    Instrument(
                        id=iid,
                        name=spec.name,
                        category=spec.category,
                        routes=spec.routes,
                        purpose=spec.purpose,
                        procedure=spec.procedure,
                        duration_minutes=spec.duration_minutes,
                        group_min=spec.group_min,
                        group_max=spec.group_max,
                        materials=spec.materials,
                        outcome=spec.outcome,
                        builtin_key=spec.key,
                    )
                )
                present[spec.key] = iid
            store.insert_records(conn, new_instruments)
            existing = {
                m.builtin_key
                for m in store.list_where(conn, ProcessModel, kind=ModelKind.TEMPLATE)
                if m.builtin_key
            }
            for key, model_spec in models:
                if key in existing or template_id(key) in gone:
                    continue
                _model, records = records_from_spec(
                    model_spec,
                    kind=ModelKind.TEMPLATE,
                    make_id=_template_ids(key),
                    instrument_ids=present,
                    builtin_key=key,
                )
                store.insert_records(conn, records)
            store.set_meta(conn, _SEEDED_KEY, fingerprint)
        return True

    def instruments(self, lang: str | None = None) -> list[Instrument]:
        """The instruments in the database; a shipped one that is still as shipped reads in
        ``lang`` (the stored text is Dutch)."""
        with self._db.read() as conn:
            stored = store.list_where(conn, Instrument, order_by=("name",))
        lang = labels.chosen(lang)
        if lang == "nl":
            return stored
        shipped = _shipped_instruments()
        shown = [_instrument_in(i, shipped, lang) for i in stored]
        return sorted(shown, key=lambda i: i.name.casefold())

    def templates(self) -> list[ProcessModel]:
        with self._db.read() as conn:
            return store.list_where(conn, ProcessModel, order_by=("name",), kind=ModelKind.TEMPLATE)

    def stakeholder_types(self, lang: str | None = None) -> list[StakeholderType]:
        return list(_stakeholder_types(labels.chosen(lang)))

    def stakeholder_type_names(self, lang: str | None = None) -> dict[str, str]:
        return {t.key: t.name for t in _stakeholder_types(labels.chosen(lang))}

    def stakeholder_type_lookup(self) -> dict[str, str]:
        """Every way a type may be written in a file (its key, its Dutch or English name,
        folded as ``stakeholders_file.fold`` does) to its key."""
        lookup: dict[str, str] = {}
        for lang in labels.LANGUAGES:
            for kind in _stakeholder_types(lang):
                lookup[fold(kind.name)] = kind.key
                lookup[fold(kind.key)] = kind.key
        return lookup

    def participation_ladder(self, lang: str | None = None) -> list[ParticipationStep]:
        return list(_ladder(labels.chosen(lang)))

    def board_templates(self, lang: str | None = None) -> list[BoardTemplate]:
        return list(_board_templates(labels.chosen(lang)))

    def board_template(self, key: str, lang: str | None = None) -> BoardTemplate:
        templates = _board_templates(labels.chosen(lang))
        for template in templates:
            if template.key == key:
                return template
        return next(t for t in templates if t.key == "leeg")


def _template_ids(key: str) -> Callable[[str], str]:
    def make(local: str) -> str:
        return stable_id("template", key, local)

    return make


@cache
def _shipped_fingerprint() -> str:
    digest = hashlib.sha256()
    for p in [resources.path("instruments.json"), *resources.template_files()]:
        digest.update(p.name.encode())
        digest.update(p.read_bytes())
    return digest.hexdigest()[:16]


@cache
def _stakeholder_types(lang: str) -> tuple[StakeholderType, ...]:
    data = resources.load_json("stakeholder_types.json")
    return tuple(catalogues.parse_stakeholder_types(data, lang))


@cache
def _ladder(lang: str) -> tuple[ParticipationStep, ...]:
    data = resources.load_json("participation_ladder.json")
    return tuple(catalogues.parse_participation_ladder(data, lang))


@cache
def _board_templates(lang: str) -> tuple[BoardTemplate, ...]:
    data = resources.load_json("board_templates.json")
    return tuple(catalogues.parse_board_templates(data, lang))


_INSTRUMENT_TEXTS = ("name", "category", "purpose", "procedure", "materials", "outcome")


@cache
def _shipped_instruments() -> dict[str, dict[str, catalogues.InstrumentSpec]]:
    data = resources.load_json("instruments.json")
    return {
        lang: {spec.key: spec for spec in catalogues.parse_instruments(data, lang)}
        for lang in labels.LANGUAGES
    }


def _instrument_in(
    instrument: Instrument, shipped: dict[str, dict[str, catalogues.InstrumentSpec]], lang: str
) -> Instrument:
    """A shipped instrument's texts in ``lang``, each only while it is still the shipped Dutch
    (a text the user changed is theirs and shown as they wrote it)."""
    key = instrument.builtin_key
    dutch, other = shipped["nl"].get(key or ""), shipped[lang].get(key or "")
    if dutch is None or other is None:
        return instrument
    changes = {
        field: getattr(other, field)
        for field in _INSTRUMENT_TEXTS
        if getattr(instrument, field) == getattr(dutch, field)
    }
    return dataclasses.replace(instrument, **changes) if changes else instrument
