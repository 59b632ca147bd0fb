"""The shipped catalogues (instruments, stakeholder types, participation ladder, board
templates) read from their JSON form into domain values, in Dutch or English.

Dutch is the base of every entry; an entry's ``"en"`` object holds the English of its texts
(``{"name": "Huurders", ..., "en": {"name": "Tenants", ...}}``). A text without English
stays Dutch, so a catalogue extended by hand still reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sec_workshop.domain.board import BoardTemplate, Zone
from sec_workshop.domain.enums import ParticipationLevel
from sec_workshop.domain.stakeholder import ParticipationStep, StakeholderType
from sec_workshop.exchange import reader as r


@dataclass(frozen=True, slots=True)
class InstrumentSpec:
    key: str
    name: str
    category: str
    routes: tuple[str, ...]
    purpose: str
    procedure: str
    duration_minutes: int
    group_min: int
    group_max: int
    materials: str
    outcome: str


LANGUAGES = ("nl", "en")


def in_language(entry: dict[str, Any], lang: str, texts: Iterable[str], f: str) -> dict[str, Any]:
    """The entry with the texts named in ``texts`` in ``lang`` where it has them."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    if lang == "nl" or "en" not in entry:
        return entry
    other = r.obj(entry["en"], f"{f}en")
    wanted = set(texts)
    merged = dict(entry)
    for key, value in other.items():
        if key not in wanted:
            raise r.fail(f"{f}en", "unknown_value", value=str(key)[:40])
        if r.text_item(value, f"{f}en.{key}", required=False).strip():
            merged[key] = value
    return merged


_INSTRUMENT_TEXTS = ("name", "category", "purpose", "procedure", "materials", "outcome")


def parse_instruments(data: Any, lang: str = "nl") -> list[InstrumentSpec]:
    top = r.header(data, "sec-workshop/instruments", 1)
    out = []
    for i, raw in enumerate(r.items(top, "instruments", "", 1000)):
        f = f"instruments[{i}]."
        d = in_language(r.obj(raw, f.rstrip(".")), lang, _INSTRUMENT_TEXTS, f)
        group = r.obj(d.get("group_size", {}), f"{f}group_size")
        routes = r.items(d, "routes", f, 10)
        out.append(
            InstrumentSpec(
                key=r.text(d, "key", f, required=True, max_length=64),
                name=r.text(d, "name", f, required=True, max_length=200),
                category=r.text(d, "category", f, max_length=60),
                routes=tuple(str(x) for x in routes),
                purpose=r.text(d, "purpose", f),
                procedure=r.text(d, "procedure", f),
                duration_minutes=r.integer(d, "duration_minutes", f, 0, 24 * 60, 0),
                group_min=r.integer(group, "min", f"{f}group_size.", 0, 10_000, 0),
                group_max=r.integer(group, "max", f"{f}group_size.", 0, 10_000, 0),
                materials=r.text(d, "materials", f),
                outcome=r.text(d, "outcome", f),
            )
        )
    return out


_TYPE_TEXTS = ("name", "category", "description", "typical_interests", "typical_concerns")


def parse_stakeholder_types(data: Any, lang: str = "nl") -> list[StakeholderType]:
    top = r.header(data, "sec-workshop/stakeholder-types", 1)
    out = []
    for i, raw in enumerate(r.items(top, "types", "", 1000)):
        f = f"types[{i}]."
        d = in_language(r.obj(raw, f.rstrip(".")), lang, _TYPE_TEXTS, f)
        out.append(
            StakeholderType(
                key=r.text(d, "key", f, required=True, max_length=64),
                name=r.text(d, "name", f, required=True, max_length=200),
                category=r.text(d, "category", f, max_length=60),
                description=r.text(d, "description", f),
                typical_interests=r.text(d, "typical_interests", f),
                typical_concerns=r.text(d, "typical_concerns", f),
                influence=r.integer(d, "influence", f, 1, 5, 3),
                interest=r.integer(d, "interest", f, 1, 5, 3),
            )
        )
    return out


def parse_participation_ladder(data: Any, lang: str = "nl") -> list[ParticipationStep]:
    top = r.header(data, "sec-workshop/participation-ladder", 1)
    out = []
    for i, raw in enumerate(r.items(top, "levels", "", 20)):
        f = f"levels[{i}]."
        d = in_language(r.obj(raw, f.rstrip(".")), lang, ("name", "description", "example"), f)
        out.append(
            ParticipationStep(
                level=r.choice(d, "key", f, ParticipationLevel),
                name=r.text(d, "name", f, required=True, max_length=100),
                description=r.text(d, "description", f),
                example=r.text(d, "example", f),
            )
        )
    return out


def parse_board_templates(data: Any, lang: str = "nl") -> list[BoardTemplate]:
    top = r.header(data, "sec-workshop/board-templates", 1)
    out = []
    for i, raw in enumerate(r.items(top, "templates", "", 200)):
        f = f"templates[{i}]."
        d = in_language(r.obj(raw, f.rstrip(".")), lang, ("name", "description"), f)
        zones = []
        for j, zraw in enumerate(r.items(d, "zones", f, 100)):
            zf = f"{f}zones[{j}]."
            z = in_language(r.obj(zraw, zf.rstrip(".")), lang, ("title",), zf)
            zones.append(
                Zone(
                    key=r.text(z, "key", zf, required=True, max_length=64),
                    title=r.text(z, "title", zf, required=True, max_length=200),
                    x=float(r.integer(z, "x", zf, -100_000, 100_000)),
                    y=float(r.integer(z, "y", zf, -100_000, 100_000)),
                    width=float(r.integer(z, "width", zf, 1, 100_000)),
                    height=float(r.integer(z, "height", zf, 1, 100_000)),
                    color=r.text(z, "color", zf, max_length=7, default="#FFFFFF"),
                )
            )
        out.append(
            BoardTemplate(
                key=r.text(d, "key", f, required=True, max_length=64),
                name=r.text(d, "name", f, required=True, max_length=200),
                description=r.text(d, "description", f),
                width=float(r.integer(d, "width", f, 1, 100_000)),
                height=float(r.integer(d, "height", f, 1, 100_000)),
                zones=tuple(zones),
            )
        )
    return out
