"""Text files people make elsewhere: decoding what a spreadsheet or text editor wrote, and
reading a CSV table record by record with the line each record starts on."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator

from sec_workshop.domain.base import DomainError

# Where a text editor starts a new line. str.splitlines() also breaks at form feeds, vertical
# tabs, \x1c-\x1e, \x85 and U+2028/U+2029, which would put every later line number off.
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def decode(raw: bytes, fail: Callable[[str], DomainError]) -> str:
    """UTF-8 with or without a byte order mark, UTF-16 with one (Excel's "Unicode text"),
    else Windows-1252. ``fail("binary")`` or ``fail("encoding")`` makes the error to raise."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise fail("encoding") from None
    if b"\x00" in raw:
        raise fail("binary")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise fail("encoding") from None


def delimiter_of(content: str) -> str:
    """The header row decides between semicolon (Dutch Excel) and comma: cells themselves
    may hold either."""
    header = LINE_BREAK.split(content.lstrip("\ufeff"), maxsplit=1)[0]
    return ";" if header.count(";") > header.count(",") else ","


class CsvBroken(Exception):
    """The CSV cannot be read on from ``line``; ``too_long`` when a cell is too big to read."""

    def __init__(self, line: int, too_long: bool) -> None:
        super().__init__(line, too_long)
        self.line = line
        self.too_long = too_long


def records(content: str) -> Iterator[tuple[int, list[str]]]:
    """Each record of a CSV text with the line it starts on (a quoted cell may span lines),
    the header first. A quote that is never closed raises ``CsvBroken``, not cells run
    together."""
    rows = csv.reader(
        io.StringIO(content, newline=""), delimiter=delimiter_of(content), strict=True
    )
    start = 1
    try:
        for row in rows:
            yield start, row
            start = rows.line_num + 1
    except csv.Error as exc:
        raise CsvBroken(start, "field larger than field limit" in str(exc)) from None
