"""Stakeholders from a spreadsheet a coach keeps: a CSV file as Excel or LibreOffice save it
(semicolon or comma; UTF-8, UTF-8 with BOM or Windows-1252), with columns named in Dutch or
in English. Only the columns the file has are read; the others are left alone.

Everything is read and checked before anything is stored, so an import is all or nothing; a
problem names the row (as the spreadsheet numbers it: the header is row 1). Cells are text
and stay text: ``=HYPERLINK(...)`` is kept as typed, never evaluated.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.enums import Attitude, ParticipationLevel
from sec_workshop.domain.stakeholder import (
    KOPPELKANSEN_MAX,
    NAME_MAX,
    PERSONAL_DATA_FIELDS,
    TAG_MAX,
    TEXT_MAX,
    parse_tags,
)
from sec_workshop.exchange import text_table
from sec_workshop.exchange.files import FileAccessError, read_limited
from sec_workshop.labels import ATTITUDE, PARTICIPATION

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5_000

TEXT_FIELDS = ("interests", "concerns", "needs", "barriers", "opportunities")
SHORT_FIELDS = ("name", "organisation", *PERSONAL_DATA_FIELDS)

# Column names as people write them, without case, accents, spaces or punctuation.
_COLUMNS: dict[str, str] = {
    **dict.fromkeys(("naam", "name", "stakeholder", "partij", "wie"), "name"),
    **dict.fromkeys(("type", "soort", "stakeholdertype", "typestakeholder", "kind"), "type_key"),
    **dict.fromkeys(("organisatie", "organisation", "organization"), "organisation"),
    **dict.fromkeys(("belangen", "interests"), "interests"),
    **dict.fromkeys(("zorgen", "zorgpunten", "bezwaren", "concerns"), "concerns"),
    **dict.fromkeys(("behoeften", "behoefte", "needs"), "needs"),
    **dict.fromkeys(("drempels", "belemmeringen", "barriers", "barrieres"), "barriers"),
    **dict.fromkeys(("kansen", "opportunities"), "opportunities"),
    **dict.fromkeys(("koppelkansen", "koppelkans", "linkingopportunities", "tags"), "koppelkansen"),
    **dict.fromkeys(("invloed", "macht", "influence", "power"), "influence"),
    **dict.fromkeys(("belang", "interesse", "betrokkenheid", "interest"), "interest"),
    **dict.fromkeys(("houding", "attitude", "standpunt"), "attitude"),
    **dict.fromkeys(
        (
            "participatie",
            "participatieniveau",
            "participatietrede",
            "participatieladder",
            "participation",
            "participationlevel",
        ),
        "participation",
    ),
    **dict.fromkeys(
        ("contactpersoon", "contact", "contactnaam", "contactname", "naamcontactpersoon"),
        "contact_name",
    ),
    **dict.fromkeys(("rol", "functie", "role", "contactrole", "rolcontactpersoon"), "contact_role"),
    **dict.fromkeys(("email", "emailadres", "mail", "contactemail", "mailadres"), "contact_email"),
    **dict.fromkeys(
        ("telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "phone", "telephone"),
        "contact_phone",
    ),
}

# Scores written as words.
_SCORE_WORDS = {
    "zeerlaag": 1,
    "verylow": 1,
    "laag": 2,
    "low": 2,
    "gemiddeld": 3,
    "midden": 3,
    "middel": 3,
    "medium": 3,
    "hoog": 4,
    "high": 4,
    "zeerhoog": 5,
    "veryhigh": 5,
}


class StakeholdersFileError(DomainError):
    """The file cannot be imported; ``row`` says where when known."""


@dataclass(frozen=True, slots=True)
class StakeholderRow:
    """One row: the fields its file has, as values of a ``Stakeholder``."""

    row: int
    values: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class StakeholderSheet:
    rows: tuple[StakeholderRow, ...]
    columns: tuple[str, ...]  # the fields read, in the file's order
    ignored: tuple[str, ...]  # headers that name no field, as written


def read_stakeholders_file(file: Path, types: Mapping[str, str]) -> StakeholderSheet:
    """``types``: every name a type may be written as (key, Dutch or English name), folded
    with ``fold``, to its key."""
    if file.suffix.lower() not in (".csv", ".txt"):
        raise StakeholdersFileError("stakeholders.unsupported_type", name=file.name)
    try:
        raw = read_limited(file, MAX_BYTES)
    except FileAccessError as exc:
        if exc.code == "file.too_big":
            raise StakeholdersFileError(
                "stakeholders.too_big", max_mb=MAX_BYTES // (1024 * 1024)
            ) from None
        raise
    return parse_stakeholders(raw, types)


def fold(text: str) -> str:
    """A name without case, accents, spaces or punctuation: "E-mailadres" is "emailadres"."""
    plain = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in plain if c.isalnum())


def parse_stakeholders(raw: bytes, types: Mapping[str, str]) -> StakeholderSheet:
    if len(raw) > MAX_BYTES:
        raise StakeholdersFileError("stakeholders.too_big", max_mb=MAX_BYTES // (1024 * 1024))
    content = text_table.decode(raw, lambda what: StakeholdersFileError(f"stakeholders.{what}"))
    records = text_table.records(content)
    try:
        try:
            _line, head = next(records)
        except StopIteration:
            raise StakeholdersFileError("stakeholders.empty") from None
        columns = [_COLUMNS.get(fold(h)) for h in head]
        if "name" not in columns:
            raise StakeholdersFileError("stakeholders.no_name_column")
        seen: set[str] = set()
        for header, column in zip(head, columns, strict=True):
            if column is not None and column in seen:
                raise StakeholdersFileError("stakeholders.double_column", column=header.strip())
            if column is not None:
                seen.add(column)
        rows: list[StakeholderRow] = []
        for line, cells in records:
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) == MAX_ROWS:
                raise StakeholdersFileError("stakeholders.too_many", row=line, max=MAX_ROWS)
            if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns) :]):
                raise StakeholdersFileError("stakeholders.too_many_cells", row=line)
            rows.append(_row(line, head, columns, cells, types))
    except text_table.CsvBroken as exc:
        code = "stakeholders.cell_too_big" if exc.too_long else "stakeholders.csv_broken"
        raise StakeholdersFileError(code, row=exc.line, max=TEXT_MAX) from None
    if not rows:
        raise StakeholdersFileError("stakeholders.empty")
    return StakeholderSheet(
        rows=tuple(rows),
        columns=tuple(c for c in columns if c is not None),
        ignored=tuple(
            h.strip() for h, c in zip(head, columns, strict=True) if c is None and h.strip()
        ),
    )


def _row(
    line: int,
    head: list[str],
    columns: list[str | None],
    cells: list[str],
    types: Mapping[str, str],
) -> StakeholderRow:
    values: dict[str, Any] = {}
    for header, column, cell in zip(head, columns, cells, strict=False):
        if column is None:
            continue
        reader = _READERS[column]
        try:
            value = reader(_clean(cell), types)
        except _Bad as bad:
            raise StakeholdersFileError(
                bad.code, row=line, column=header.strip(), value=cell.strip()[:40], **bad.params
            ) from None
        if value is not None:
            values[column] = value
    if not str(values.get("name", "")).strip():
        raise StakeholdersFileError("stakeholders.empty_name", row=line)
    return StakeholderRow(line, values)


class _Bad(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _clean(cell: str) -> str:
    """A cell's text without control characters (a tab or line break stays)."""
    return "".join(
        c for c in cell if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf", "Cs")
    ).strip()


def _short(value: str, _types: Mapping[str, str]) -> str | None:
    if len(value) > NAME_MAX:
        raise _Bad("stakeholders.cell_too_long", max=NAME_MAX)
    return value


def _long(value: str, _types: Mapping[str, str]) -> str | None:
    if len(value) > TEXT_MAX:
        raise _Bad("stakeholders.cell_too_long", max=TEXT_MAX)
    return value


def _type(value: str, types: Mapping[str, str]) -> str | None:
    if not value:
        return None
    key = types.get(fold(value))
    if key is None:
        raise _Bad("stakeholders.unknown_type")
    return key


def _score(value: str, _types: Mapping[str, str]) -> int | None:
    if not value:
        return None
    word = fold(value)
    if word in _SCORE_WORDS:
        return _SCORE_WORDS[word]
    if word.isascii() and word.isdigit() and 1 <= int(word) <= 5 and len(word) == 1:
        return int(word)
    raise _Bad("stakeholders.bad_score")


def _attitude(value: str, _types: Mapping[str, str]) -> Attitude | None:
    if not value:
        return None
    found = _ATTITUDE_NAMES.get(fold(value))
    if found is None:
        raise _Bad("stakeholders.bad_attitude")
    return found


def _participation(value: str, _types: Mapping[str, str]) -> ParticipationLevel | None:
    if not value:
        return None
    word = fold(value)
    rungs = list(ParticipationLevel)
    if word.isascii() and word.isdigit() and len(word) == 1 and 1 <= int(word) <= len(rungs):
        return rungs[int(word) - 1]  # the rung, counted from the bottom of the ladder
    found = _PARTICIPATION_NAMES.get(word)
    if found is None:
        raise _Bad("stakeholders.bad_participation")
    return found


def _tags(value: str, _types: Mapping[str, str]) -> tuple[str, ...] | None:
    tags = parse_tags(value)
    if len(tags) > KOPPELKANSEN_MAX:
        raise _Bad("stakeholders.too_many_tags", max=KOPPELKANSEN_MAX)
    if any(len(tag) > TAG_MAX for tag in tags):
        raise _Bad("stakeholders.tag_too_long", max=TAG_MAX)
    return tags


_ATTITUDE_NAMES: dict[str, Attitude] = {
    **{fold(a.value): a for a in Attitude},
    **{fold(name): a for a, names in ATTITUDE.items() for name in names},
    "voorstander": Attitude.SUPPORTIVE,
    "tegenstander": Attitude.OPPOSED,
    "trekker": Attitude.CHAMPION,
    "koploper": Attitude.CHAMPION,
    "": Attitude.UNKNOWN,
}
_PARTICIPATION_NAMES: dict[str, ParticipationLevel] = {
    **{fold(p.value): p for p in ParticipationLevel},
    **{fold(name): p for p, names in PARTICIPATION.items() for name in names},
    "meedenken": ParticipationLevel.ADVISE,
    "meedoen": ParticipationLevel.COPRODUCE,
    "meebeslissen": ParticipationLevel.CODECIDE,
    "meebepalen": ParticipationLevel.CODECIDE,
}

_READERS: dict[str, Callable[[str, Mapping[str, str]], Any]] = {
    **dict.fromkeys(SHORT_FIELDS, _short),
    **dict.fromkeys(TEXT_FIELDS, _long),
    "type_key": _type,
    "influence": _score,
    "interest": _score,
    "attitude": _attitude,
    "participation": _participation,
    "koppelkansen": _tags,
}
