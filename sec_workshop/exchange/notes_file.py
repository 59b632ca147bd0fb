"""Sticky notes from a text file (one per line) or a CSV file (``text``, ``color``, ``cluster``,
``votes``), as typed in after a session. UTF-8 with or without BOM, else Windows-1252.

Everything is read and checked before anything is stored, so an import is all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.board import NOTE_TEXT_MAX
from sec_workshop.domain.enums import NoteColor
from sec_workshop.exchange import text_table
from sec_workshop.exchange.files import FileAccessError, read_limited

MAX_BYTES = 5 * 1024 * 1024
MAX_NOTES = 10_000
MAX_VOTES = 10_000
MAX_CLUSTER_TITLE = 200

# Colour names a facilitator may type, Dutch and English.
COLOR_NAMES: dict[str, NoteColor] = {
    **{c.value: c for c in NoteColor},
    "geel": NoteColor.YELLOW,
    "roze": NoteColor.PINK,
    "blauw": NoteColor.BLUE,
    "groen": NoteColor.GREEN,
    "oranje": NoteColor.ORANGE,
    "paars": NoteColor.PURPLE,
}
_COLUMN_NAMES = {
    "text": "text",
    "tekst": "text",
    "color": "color",
    "colour": "color",
    "kleur": "color",
    "cluster": "cluster",
    "votes": "votes",
    "stemmen": "votes",
    "stippen": "votes",
}


class NotesFileError(DomainError):
    """The notes file cannot be imported; ``line`` (1-based) says where when known."""


@dataclass(frozen=True, slots=True)
class ImportedNote:
    text: str
    color: NoteColor | None = None
    cluster: str = ""
    votes: int = 0


def read_notes_file(file: Path) -> list[ImportedNote]:
    suffix = file.suffix.lower()
    if suffix not in (".txt", ".csv"):
        raise NotesFileError("notes.unsupported_type", name=file.name)
    try:
        raw = read_limited(file, MAX_BYTES)
    except FileAccessError as exc:
        if exc.code == "file.too_big":
            raise NotesFileError("notes.too_big", max_mb=MAX_BYTES // (1024 * 1024)) from None
        raise
    return parse_notes(raw, csv_format=suffix == ".csv")


def decode(raw: bytes) -> str:
    return text_table.decode(raw, lambda what: NotesFileError(f"notes.{what}"))


def parse_notes(raw: bytes, csv_format: bool) -> list[ImportedNote]:
    if len(raw) > MAX_BYTES:
        raise NotesFileError("notes.too_big", max_mb=MAX_BYTES // (1024 * 1024))
    content = decode(raw)
    notes = _parse_csv(content) if csv_format else _parse_text(content)
    if not notes:
        raise NotesFileError("notes.empty")
    if len(notes) > MAX_NOTES:
        raise NotesFileError("notes.too_many", max=MAX_NOTES)
    return notes


def _clean(text: str, line: int) -> str:
    text = text.strip()
    if len(text) > NOTE_TEXT_MAX:
        raise NotesFileError("notes.text_too_long", line=line, max=NOTE_TEXT_MAX)
    return text


def _parse_text(content: str) -> list[ImportedNote]:
    notes = []
    for number, line in enumerate(text_table.LINE_BREAK.split(content), start=1):
        text = _clean(line, number)
        if text:
            notes.append(ImportedNote(text=text))
    return notes


def _parse_csv(content: str) -> list[ImportedNote]:
    rows = text_table.records(content)
    try:
        _line, head = next(rows)
    except StopIteration:
        raise NotesFileError("notes.empty") from None
    except text_table.CsvBroken:
        raise NotesFileError("notes.csv_broken", line=1) from None
    columns = [_COLUMN_NAMES.get(h.strip().lower()) for h in head]
    if "text" not in columns:
        raise NotesFileError("notes.no_text_column")
    notes = []
    try:
        for line, row in rows:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(columns):
                raise NotesFileError("notes.too_many_cells", line=line)
            values = {col: cell for col, cell in zip(columns, row, strict=False) if col}
            text = _clean(values.get("text", ""), line)
            if not text:
                raise NotesFileError("notes.empty_text", line=line)
            notes.append(
                ImportedNote(
                    text=text,
                    color=_color(values.get("color", ""), line),
                    cluster=_cluster(values.get("cluster", ""), line),
                    votes=_votes(values.get("votes", ""), line),
                )
            )
            if len(notes) > MAX_NOTES:
                raise NotesFileError("notes.too_many", max=MAX_NOTES)
    except text_table.CsvBroken as exc:
        raise NotesFileError("notes.csv_broken", line=exc.line) from None
    return notes


def _color(value: str, line: int) -> NoteColor | None:
    value = value.strip().lower()
    if not value:
        return None
    try:
        return COLOR_NAMES[value]
    except KeyError:
        raise NotesFileError("notes.bad_color", line=line, value=value[:30]) from None


def _cluster(value: str, line: int) -> str:
    value = value.strip()
    if len(value) > MAX_CLUSTER_TITLE:
        raise NotesFileError("notes.cluster_too_long", line=line, max=MAX_CLUSTER_TITLE)
    return value


def _votes(value: str, line: int) -> int:
    value = value.strip()
    if not value:
        return 0
    if not (value.isascii() and value.isdigit()):
        raise NotesFileError("notes.bad_votes", line=line, value=value[:30])
    votes = int(value)
    if votes > MAX_VOTES:
        raise NotesFileError("notes.bad_votes", line=line, value=value[:30])
    return votes
