"""A cluster's notes as a list in the session report, and the rows it is made of: a note
whose text is one run of words in one font is wrapped and drawn as plain lines of text
(``PlainText``), looking exactly like the ``Paragraph`` that any other note gets.

Every user text goes through ``safe`` (for a paragraph) or ``one_font`` (for plain lines):
what a user typed is never read as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeAlias

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Paragraph
from reportlab.rl_config import spaceShrinkage

from sec_workshop.reports.base import ACCENT, FONT_BOLD, FONT_SEMIBOLD, RULE, one_font, safe

# A piece of a word too long for a line (``_PIECE``), or its last piece (``_END``).
_WORD, _PIECE, _END = 0, 1, 2
# A paragraph measures a text with these (escaped as entities) in pieces, which puts its
# lines a hair differently: such a note stays a paragraph, so that it looks as it did.
_ENTITIES = frozenset("&<>")


def note_row(text: str, style: ParagraphStyle, aside: str = "") -> Paragraph | PlainText:
    """A note's text for a ``NoteList`` row in ``style``, with ``aside`` in brackets after
    it when given: plain lines when the text allows, a paragraph otherwise."""
    shown = one_font(text)
    extra = one_font(aside) if aside else ""
    if shown is not None and extra is not None and not _ENTITIES.intersection(shown + extra):
        return PlainText(f"{shown} ({extra})" if aside else shown, style)
    markup = safe(text)
    if aside:
        markup += f" ({safe(aside)})"
    return Paragraph(markup, style)


class PlainText:
    """Text in one font (no markup), wrapped at its spaces as a left-aligned ``Paragraph``
    of the same style would be: a line that just overflows has its spaces squeezed, a word
    longer than a line is broken over lines. Answers ``wrap`` and ``split`` like a
    paragraph; ``put`` writes its lines into a text object."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        lines: list[tuple[float, list[str]]] | None = None,
        width: float | None = None,
    ) -> None:
        self.text = text
        self.style = style
        self.font: str = style.fontName
        self.size: float = style.fontSize
        self.leading: float = style.leading
        self.color: Color = style.textColor
        self._lines = lines
        self._width = width
        self.height = 0.0 if lines is None else len(lines) * self.leading

    def lines(self, width: float) -> list[tuple[float, list[str]]]:
        """The lines at ``width``: each its room left over (less than 0 when its spaces are
        to be squeezed) and its words."""
        if self._lines is None or width != self._width:
            self._lines = _break_lines(self.text.split(), width, self.font, self.size)
            self._width = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = len(self.lines(available_width)) * self.leading
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[PlainText]:
        """The lines that fit ``available_height`` and the rest, as a paragraph splits (never
        a single line left behind); ``[]`` when that is not possible."""
        lines = self.lines(available_width)
        fits = int(available_height / self.leading)
        if fits <= 1 or not lines:
            return []
        if len(lines) <= fits:
            return [self]
        return [
            self._part(lines[:fits], available_width),
            self._part(lines[fits:], available_width),
        ]

    def _part(self, lines: list[tuple[float, list[str]]], width: float) -> PlainText:
        text = " ".join(word for _room, words in lines for word in words)
        return PlainText(text, self.style, lines, width)

    def put(self, text: PDFTextObject, x: float, top: float) -> None:
        """Writes the lines (as last wrapped) with their first line's top at ``top``."""
        if not self._lines:
            return
        text.setTextOrigin(x, top - self.size)
        for room, words in self._lines:
            if room < -1e-8 and len(words) > 1:
                text.setWordSpace(room / (len(words) - 1))
                text.textLine(" ".join(words))
                text.setWordSpace(0)
            else:
                text.textLine(" ".join(words))


_widths: dict[tuple[str, float], dict[str, float]] = {}


def _width_of(font: str, size: float) -> dict[str, float]:
    found = _widths.get((font, size))
    if found is None or len(found) > 50_000:
        found = _widths[font, size] = {}
    return found


def _break_lines(
    words: list[str], width: float, font: str, size: float
) -> list[tuple[float, list[str]]]:
    """Greedy line breaking, step for step as ReportLab breaks a paragraph in one font (with
    ``splitLongWords``): the same widths, the same squeezing of spaces, the same pieces of
    a long word."""
    known = _width_of(font, size)

    def measure(word: str) -> float:
        found = known.get(word)
        if found is None:
            found = known[word] = stringWidth(word, font, size)
        return found

    space = measure(" ")
    shrink = spaceShrinkage * space
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    used = -space  # no space before the first word of a line
    forced = False  # the line ends after this word
    queue: list[tuple[str, int]] = [(word, _WORD) for word in reversed(words)]
    while queue:
        word, kind = queue.pop()
        if not word and kind:
            forced = True
        word_width = measure(word)
        wider = used + space + word_width
        limit = width + shrink * len(line)
        if wider > limit and not forced and kind == _WORD and word_width > width:
            pieces = _pieces(word, used + space, width, measure)
            queue += reversed(pieces)
            forced = True
            continue
        if wider <= limit or not line or forced:
            if word:
                line.append(word)
            if forced:
                forced = False
                lines.append((width - wider, line))
                line = []
                used = -space
            else:
                used = wider
        else:
            lines.append((width - used, line))
            line = [word]
            used = word_width
    if line:
        lines.append((width - used, line))
    return lines


def _pieces(
    word: str, used: float, width: float, measure: Callable[[str], float]
) -> list[tuple[str, int]]:
    """A word too long for a line in pieces: the first fills what is left of the current
    line, each next one a whole line."""
    pieces: list[tuple[str, int]] = []
    piece = ""
    for char in word:
        char_width = measure(char)
        wider = used + char_width
        if wider > width and (piece or char_width <= width):
            pieces.append((piece, _PIECE))
            wider = char_width
            piece = ""
        piece += char
        used = wider
    pieces.append((piece, _END))
    return pieces


Row: TypeAlias = "Paragraph | PlainText"  # a row of a note list


class NoteList(Flowable):  # type: ignore[misc]
    """A cluster's notes as a list, looking like a ``table``: the title and its dots over
    an accent rule, then each note's text with its dots on the right and a thin rule under
    it. Over a page break the title comes again and a long note runs on. Lighter than a
    table for lists of hundreds of notes."""

    PAD_X = 4.0
    PAD_TOP = 4.0
    PAD_BOTTOM = 5.0
    HEAD_BOTTOM = 4.0
    HEAD_FONT = (FONT_SEMIBOLD, 8.5)
    ROW_FONT = (FONT_BOLD, 9.5)

    def __init__(
        self,
        head: Paragraph,
        head_count: str,
        rows: Sequence[tuple[Row, str]],
        width: float,
        count_width: float,
    ) -> None:
        super().__init__()
        self.head = head
        self.head_count = head_count
        self.rows = list(rows)
        self.width = width
        self.count_width = count_width
        self.text_width = width - count_width - 2 * self.PAD_X
        self._heights: list[float] = []
        self._head_height = 0.0

    def _measure(self) -> None:
        if self._heights and len(self._heights) == len(self.rows):
            return
        pad = self.PAD_TOP + self.PAD_BOTTOM
        self._head_height = self.head.wrap(self.text_width, 1e9)[1] + self.PAD_TOP
        self._head_height += self.HEAD_BOTTOM
        self._heights = [p.wrap(self.text_width, 1e9)[1] + pad for p, _count in self.rows]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._measure()
        self.height = self._head_height + sum(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._measure()
        room = available_height - self._head_height
        taken = 0
        for height in self._heights:
            if height > room:
                break
            room -= height
            taken += 1
        first = self.rows[:taken]
        rest = self.rows[taken:]
        if rest:
            # The note that does not fit runs on to the next page when part of it fits here.
            paragraph, count = rest[0]
            parts = paragraph.split(self.text_width, room - self.PAD_TOP - self.PAD_BOTTOM)
            if len(parts) == 2:
                first.append((parts[0], count))
                rest = [(parts[1], ""), *rest[1:]]
            else:  # a paragraph that could not split has forgotten its lines: wrap it again
                paragraph.wrap(self.text_width, 1e9)
        if not first:
            return []
        return [self._part(first), self._part(rest)]

    def _part(self, rows: Sequence[tuple[Row, str]]) -> NoteList:
        return NoteList(self.head, self.head_count, rows, self.width, self.count_width)

    def draw(self) -> None:
        self._measure()
        canvas = self.canv
        canvas.saveState()
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        right = self.width - self.PAD_X
        top = self.height
        bottom = top - self._head_height
        self.head.drawOn(canvas, self.PAD_X, top - self.PAD_TOP - self.head.height)
        canvas.setFillColor(ACCENT)
        if self.head_count:
            canvas.setFont(*self.HEAD_FONT)
            canvas.drawRightString(right, top - self.PAD_TOP - self.HEAD_FONT[1], self.head_count)
        canvas.setFont(*self.ROW_FONT)
        text = canvas.beginText()
        style: tuple[str, float, float] | None = None
        color: Color | None = None
        lines: list[tuple[float, float, float, float]] = []
        for (row, count), height in zip(self.rows, self._heights, strict=True):
            top, bottom = bottom, bottom - height
            if isinstance(row, PlainText):
                if (row.font, row.size, row.leading) != style:
                    style = (row.font, row.size, row.leading)
                    text.setFont(*style)
                if row.color != color:
                    color = row.color
                    text.setFillColor(color)
                row.put(text, self.PAD_X, top - self.PAD_TOP)
            else:
                row.drawOn(canvas, self.PAD_X, top - self.PAD_TOP - row.height)
            if count:
                canvas.setFillColor(ACCENT)
                canvas.setFont(*self.ROW_FONT)
                canvas.drawRightString(right, top - self.PAD_TOP - self.ROW_FONT[1], count)
            lines.append((0, bottom, self.width, bottom))
        if style is not None:
            canvas.drawText(text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.35)
        canvas.lines(lines)
        head_rule = self.height - self._head_height
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.9)
        canvas.line(0, head_rule, self.width, head_rule)
        canvas.restoreState()
