"""Sticky notes from a text file (one per line) or a CSV file (``text``, ``color``, ``cluster``,
``votes``), as typed in after a session. UTF-8 with or without BOM, else Windows-1252.

Everything is read and checked before anything is stored, so an import is all or nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.board import NOTE_TEXT_MAX
from sec_workshop.domain.enums import NoteColor
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


# Where a text editor starts a new line. str.splitlines() also breaks at form feeds, vertical
# tabs, \x1c-\x1e, \x85 and U+2028/U+2029, which would put every later line number off.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


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
    # Excel's "Unicode text" is UTF-16 with a byte order mark.
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise NotesFileError("notes.encoding") from None
    if b"\x00" in raw:
        raise NotesFileError("notes.binary")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise NotesFileError("notes.encoding") from None


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
    for number, line in enumerate(_LINE_BREAK.split(content), start=1):
        text = _clean(line, number)
        if text:
            notes.append(ImportedNote(text=text))
    return notes


def _parse_csv(content: str) -> list[ImportedNote]:
    # The header row decides: notes themselves may hold commas or semicolons.
    header = _LINE_BREAK.split(content.lstrip("\ufeff"), maxsplit=1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    # strict: a quote that is never closed is an error, not notes run together.
    rows = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter, strict=True)
    try:
        head = next(rows)
    except StopIteration:
        raise NotesFileError("notes.empty") from None
    except csv.Error:
        raise NotesFileError("notes.csv_broken", line=1) from None
    columns = [_COLUMN_NAMES.get(h.strip().lower()) for h in head]
    if "text" not in columns:
        raise NotesFileError("notes.no_text_column")
    notes = []
    # A quoted cell may span lines: a record is named by the line it starts on, and
    # ``line_num`` only tells where the last one ended.
    start = rows.line_num + 1
    try:
        for row in rows:
            line, start = start, rows.line_num + 1
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
    except csv.Error:
        raise NotesFileError("notes.csv_broken", line=start) from None
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
