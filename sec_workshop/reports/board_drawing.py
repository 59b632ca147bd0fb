"""A board as a vector picture for reports and posters: the template's zones, the clusters,
the notes in their places and colours with their text, the arrows between them and the dots
each note got, from the same layout numbers the window uses.

Domain values in, drawing calls on a ReportLab canvas out (``paint_board``, or the
``BoardPicture`` flowable for a report): no Qt, no database.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import DirectDraw, Drawing
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from sec_workshop.domain.board import Cluster, Note
from sec_workshop.domain.enums import NOTE_COLOR_HEX, NoteColor, NoteKind
from sec_workshop.reports.base import FONT, FONT_BOLD, INK, MUTED, plain, register_fonts
from sec_workshop.reports.data import BoardData

# The window's board look (gui/board/items/base.py, gui/board/scene.py), in board units.
NOTE_PAD = 10.0
NOTE_FONT_SIZES = (26.0, 22.0, 19.0, 16.0, 14.0, 12.0, 10.0)
LABEL_FONT_SIZES = (40.0, 32.0, 26.0, 22.0, 18.0, 14.0)
LEADING = 1.25
BADGE_RADIUS = 13.0
DOT_ROW = 30.0
CLUSTER_HEADER = 50.0
COLLAPSED_HEIGHT = 90.0
ZONE_TITLE_SIZE = 44.0
ARROW_HEAD = 14.0
BORDER_MARGIN = 30.0  # board units of air around what is drawn

BOARD_AREA = HexColor("#FBFAF6")
CLUSTER_FILL = HexColor("#EEF1F3")
CLUSTER_BORDER = HexColor("#90A4AE")
ARROW = HexColor("#455A64")
DOT = HexColor("#C62828")
ZONE_TITLE = Color(38 / 255, 50 / 255, 56 / 255, alpha=0.6)
ZONE_BORDER = Color(0, 0, 0, alpha=0.12)
NOTE_BORDER = Color(0, 0, 0, alpha=0.18)
NOTE_SHADOW = Color(0, 0, 0, alpha=0.12)
NOTE_FILL = {color: HexColor(NOTE_COLOR_HEX[color]) for color in NoteColor}

# What a shape may reach past its box (shadow, border, badge), in board units, when deciding
# whether it lies in the part of the picture to be drawn.
_REACH = 8.0


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float


def visible_notes(board: BoardData) -> list[Note]:
    """The notes a printed board shows: not the facilitator's hidden ones, nor those inside
    a collapsed cluster (the cluster shows how many it holds)."""
    collapsed = {c.id for c in board.content.clusters if c.collapsed}
    return [
        n
        for n in board.content.notes
        if not n.facilitator_only and (n.cluster_id is None or n.cluster_id not in collapsed)
    ]


def board_extent(board: BoardData) -> Box:
    """The area of the board that holds anything (template, clusters, notes), in board
    units, with some air around it."""
    boxes: list[Box] = []
    if board.template is not None:
        boxes.append(Box(0.0, 0.0, board.template.width, board.template.height))
    for c in board.content.clusters:
        boxes.append(Box(c.x, c.y, c.width, COLLAPSED_HEIGHT if c.collapsed else c.height))
    for n in visible_notes(board):
        boxes.append(Box(n.x, n.y, n.width, n.height))
    if not boxes:
        return Box(0.0, 0.0, 800.0, 500.0)
    left = min(b.x for b in boxes) - BORDER_MARGIN
    top = min(b.y for b in boxes) - BORDER_MARGIN
    right = max(b.x + b.w for b in boxes) + BORDER_MARGIN
    bottom = max(b.y + b.h for b in boxes) + BORDER_MARGIN
    return Box(left, top, max(right - left, 1.0), max(bottom - top, 1.0))


class BoardPicture(Flowable):  # type: ignore[misc]
    """The board in a report, ``width`` points wide (its height follows)."""

    def __init__(self, board: BoardData, width: float, show_dots: bool = True) -> None:
        super().__init__()
        self.board = board
        self.show_dots = show_dots
        extent = board_extent(board)
        self.scale = width / extent.w
        self.width = width
        self.height = extent.h * self.scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        paint_board(self.canv, self.board, self.scale, (0.0, 0.0), self.show_dots)


def board_drawing(board: BoardData, width: float, show_dots: bool = True) -> Drawing:
    """The board scaled to ``width`` points wide (its height follows), as a ``Drawing`` for
    PDF output."""
    extent = board_extent(board)
    scale = width / extent.w
    drawing = Drawing(width, extent.h * scale)
    drawing.add(_DirectBoard(board, scale, show_dots))
    return drawing


class _DirectBoard(DirectDraw):  # type: ignore[misc]
    """The board painted straight onto the canvas a ``Drawing`` is rendered on."""

    def __init__(self, board: BoardData, scale: float, show_dots: bool) -> None:
        self.__dict__.update(board=board, scale=scale, show_dots=show_dots)

    def drawDirectly(self, renderer: Any) -> None:
        paint_board(renderer._canvas, self.board, self.scale, (0.0, 0.0), self.show_dots)


def paint_board(
    canvas: Canvas,
    board: BoardData,
    scale: float,
    origin: tuple[float, float] = (0.0, 0.0),
    show_dots: bool = True,
    view: tuple[float, float, float, float] | None = None,
) -> None:
    """Draws the board at ``scale`` points per board unit, the bottom-left corner of its
    extent (``board_extent``) at ``origin``. With ``view`` (left, bottom, right, top in the
    canvas's units) only what reaches into that part is drawn."""
    register_fonts()
    extent = board_extent(board)
    seen: Box | None = None
    if view is not None:
        left, bottom, right, top = view
        seen = Box(
            extent.x + (left - origin[0]) / scale,
            extent.y + extent.h - (top - origin[1]) / scale,
            (right - left) / scale,
            (top - bottom) / scale,
        )
    canvas.saveState()
    # Board coordinates grow downwards; this turns them into the page's (y upwards). Text is
    # set upright again by its own text matrix (see ``_BoardPainter._lines``).
    canvas.transform(
        scale,
        0,
        0,
        -scale,
        origin[0] - extent.x * scale,
        origin[1] + (extent.y + extent.h) * scale,
    )
    _BoardPainter(canvas, board, show_dots, seen).paint()
    canvas.restoreState()


class _BoardPainter:
    """Draws the board's shapes on a canvas whose coordinates are the board's own."""

    def __init__(self, canvas: Canvas, board: BoardData, show_dots: bool, seen: Box | None) -> None:
        self.canvas = canvas
        self.board = board
        self.show_dots = show_dots
        self.seen = seen

    def visible(self, x: float, y: float, w: float, h: float) -> bool:
        s = self.seen
        if s is None:
            return True
        return (
            x - _REACH < s.x + s.w
            and x + w + _REACH > s.x
            and y - _REACH < s.y + s.h
            and y + h + _REACH > s.y
        )

    def paint(self) -> None:
        canvas = self.canvas
        content = self.board.content
        template = self.board.template
        if template is not None:
            canvas.setFillColor(BOARD_AREA)
            canvas.rect(0, 0, template.width, template.height, stroke=0, fill=1)
            canvas.setLineWidth(2)
            for zone in template.zones:
                if not self.visible(zone.x, zone.y, zone.width, zone.height):
                    continue
                canvas.setFillColor(_color(zone.color, CLUSTER_FILL))
                canvas.setStrokeColor(ZONE_BORDER)
                canvas.rect(zone.x, zone.y, zone.width, zone.height, stroke=1, fill=1)
                self._lines(
                    wrap_text(plain(zone.title), zone.width - 48, ZONE_TITLE_SIZE, FONT_BOLD, 3),
                    zone.x + 24,
                    zone.y + 16,
                    ZONE_TITLE_SIZE,
                    FONT_BOLD,
                    ZONE_TITLE,
                )
        notes = visible_notes(self.board)
        members = Counter(n.cluster_id for n in content.notes if n.cluster_id)
        for cluster in content.clusters:
            self._cluster(cluster, members.get(cluster.id, 0))
        shown = {n.id: n for n in notes}
        for link in content.links:
            start, end = shown.get(link.from_note_id), shown.get(link.to_note_id)
            if start is not None and end is not None:
                self._arrow(start, end, link.label)
        dots: Counter[str] = Counter()
        if self.show_dots:
            for vote in content.votes:
                if vote.note_id:
                    dots[vote.note_id] += vote.count
        canvas.setLineWidth(1)
        for note in sorted(notes, key=lambda n: n.z):
            if self.visible(note.x, note.y, note.width, note.height):
                self._note(note, dots.get(note.id, 0))

    def _cluster(self, cluster: Cluster, count: int) -> None:
        height = COLLAPSED_HEIGHT if cluster.collapsed else cluster.height
        if not self.visible(cluster.x, cluster.y, cluster.width, height):
            return
        canvas = self.canvas
        canvas.setFillColor(white if cluster.collapsed else CLUSTER_FILL)
        canvas.setStrokeColor(_color(cluster.color, CLUSTER_BORDER))
        canvas.setLineWidth(3)
        canvas.roundRect(cluster.x, cluster.y, cluster.width, height, 8, stroke=1, fill=1)
        title = plain(cluster.title)
        if cluster.collapsed:
            title += f"  ({count})"
        lines = wrap_text(title, cluster.width - 24, 24.0, FONT_BOLD, 1)
        self._lines(lines, cluster.x + 12, cluster.y + 12, 24.0, FONT_BOLD, INK)

    def _note(self, note: Note, dots: int) -> None:
        canvas = self.canvas
        label = note.kind is NoteKind.LABEL
        if not label:
            canvas.setFillColor(NOTE_SHADOW)
            canvas.rect(note.x + 3, note.y + 4, note.width, note.height, stroke=0, fill=1)
            canvas.setFillColor(NOTE_FILL.get(note.color, NOTE_FILL[NoteColor.YELLOW]))
            canvas.setStrokeColor(NOTE_BORDER)
            canvas.rect(note.x, note.y, note.width, note.height, stroke=1, fill=1)
        room_w = note.width - 2 * NOTE_PAD
        room_h = note.height - 2 * NOTE_PAD - (DOT_ROW if dots else 0.0)
        font = FONT_BOLD if label else FONT
        size, lines = fitted(
            note.text, room_w, room_h, LABEL_FONT_SIZES if label else NOTE_FONT_SIZES, font
        )
        self._lines(lines, note.x + NOTE_PAD, note.y + NOTE_PAD, size, font, INK)
        if dots:
            r = BADGE_RADIUS
            cx, cy = note.x + note.width - r - 3, note.y + note.height - r - 3
            canvas.setFillColor(DOT)
            canvas.setStrokeColor(white)
            canvas.setLineWidth(2)
            canvas.circle(cx, cy, r, stroke=1, fill=1)
            canvas.setLineWidth(1)
            text = str(dots) if dots < 1000 else "999+"
            size = 14.0 if len(text) < 3 else 10.0
            x = cx - stringWidth(text, FONT_BOLD, size) / 2
            self._lines((text,), x, cy + size * 0.35 - size, size, FONT_BOLD, white)

    def _arrow(self, start: Note, end: Note, label: str) -> None:
        a = _centre(start)
        b = _centre(end)
        p = _edge_point(end, a, b)
        q = _edge_point(start, b, a)
        dx, dy = p[0] - q[0], p[1] - q[1]
        length = math.hypot(dx, dy)
        if length < 1:
            return
        mx, my = (q[0] + p[0]) / 2, (q[1] + p[1]) / 2
        low_x, low_y = min(p[0], q[0]), min(p[1], q[1])
        room = 140.0 if label.strip() else ARROW_HEAD  # half a label's width, or the head
        if not self.visible(
            min(low_x, mx - room) - ARROW_HEAD,
            min(low_y, my - room) - ARROW_HEAD,
            max(abs(dx), 2 * room) + 2 * ARROW_HEAD,
            max(abs(dy), 2 * room) + 2 * ARROW_HEAD,
        ):
            return
        canvas = self.canvas
        ux, uy = dx / length, dy / length
        base = (p[0] - ux * ARROW_HEAD, p[1] - uy * ARROW_HEAD)
        canvas.setStrokeColor(ARROW)
        canvas.setLineWidth(3)
        canvas.setLineCap(1)
        canvas.line(q[0], q[1], base[0], base[1])
        canvas.setLineCap(0)
        half = ARROW_HEAD * 0.55
        head = canvas.beginPath()
        head.moveTo(p[0], p[1])
        head.lineTo(base[0] - uy * half, base[1] + ux * half)
        head.lineTo(base[0] + uy * half, base[1] - ux * half)
        head.close()
        canvas.setFillColor(ARROW)
        canvas.drawPath(head, stroke=0, fill=1)
        if label.strip():
            text = ellipsis(plain(label, 80), 260, 15.0, FONT)
            w = stringWidth(text, FONT, 15.0)
            canvas.setFillColor(white)
            canvas.rect(mx - w / 2 - 4, my - 11, w + 8, 22, stroke=0, fill=1)
            self._lines((text,), mx - w / 2, my + 5 - 15.0, 15.0, FONT, MUTED)

    def _lines(
        self,
        lines: Iterable[str],
        x: float,
        top: float,
        size: float,
        font: str,
        color: Color,
    ) -> None:
        """Lines of text from ``top`` down, the first baseline a line's height below it."""
        lines = list(lines)
        if not any(lines):
            return
        text = self.canvas.beginText()
        text.setFont(font, size, size * LEADING)
        text.setFillColor(color)
        # Flipped back so that the glyphs stand upright on the downward board; each line
        # then moves one leading down the board.
        text.setTextTransform(1, 0, 0, -1, x, top + size)
        for line in lines:
            text.textLine(line)
        self.canvas.drawText(text)


def fitted(
    text: str, width: float, height: float, sizes: tuple[float, ...], font: str
) -> tuple[float, list[str]]:
    """The largest of ``sizes`` at which ``text`` fits ``width`` x ``height``, and its lines;
    at the smallest, the lines that fit, the last one ending in "…"."""
    paragraphs = [plain(p, 2_000) for p in text.replace("\r", "").split("\n")]
    while paragraphs and not paragraphs[-1]:
        paragraphs.pop()
    if not paragraphs or width <= 0 or height <= 0:
        return sizes[-1], []
    words = [p.split(" ") if p else [] for p in paragraphs]
    unit = _Widths(font)
    for size in sizes:
        rows = max(int((height - size) // (size * LEADING)) + 1, 0) if height >= size else 0
        if rows == 0:
            continue
        lines = _wrap_words(words, width / size, unit, rows + 1)
        if len(lines) <= rows:
            return size, lines
    size = sizes[-1]
    rows = max(int((height - size) // (size * LEADING)) + 1, 0) if height >= size else 0
    if rows == 0:
        return size, []
    lines = _wrap_words(words, width / size, unit, rows + 1)
    if len(lines) > rows:
        lines = lines[:rows]
        lines[-1] = ellipsis(lines[-1] + " …", width, size, font, force=True)
    return size, lines


class _Widths:
    """Widths of words at size 1, remembered (a board repeats its words a lot)."""

    _cache: dict[tuple[str, str], float] = {}

    def __init__(self, font: str) -> None:
        self.font = font

    def __call__(self, word: str) -> float:
        key = (self.font, word)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            found = self._cache[key] = stringWidth(word, self.font, 1.0)
        return found


def _wrap_words(paragraphs: list[list[str]], width: float, unit: _Widths, limit: int) -> list[str]:
    """Lines of at most ``width`` (at size 1); a word wider than a line is broken; stops after
    ``limit`` lines."""
    space = unit(" ")
    lines: list[str] = []
    for words in paragraphs:
        line: list[str] = []
        used = 0.0
        if not words:
            lines.append("")
        for word in words:
            if not word:
                continue
            w = unit(word)
            if w > width:
                if line:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                for piece in _break_word(word, width, unit):
                    lines.append(piece)
                    if len(lines) >= limit:
                        return lines
                lines[-1:] = []
                line, used = [piece], unit(piece)
                continue
            if line and used + space + w > width:
                lines.append(" ".join(line))
                if len(lines) >= limit:
                    return lines
                line, used = [word], w
            else:
                used += (space if line else 0.0) + w
                line.append(word)
        if line:
            lines.append(" ".join(line))
        if len(lines) >= limit:
            return lines
    return lines


def _break_word(word: str, width: float, unit: _Widths) -> list[str]:
    pieces: list[str] = []
    start = 0
    while start < len(word):
        end = start + 1
        while end < len(word) and unit(word[start : end + 1]) <= width:
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


def wrap_text(text: str, width: float, size: float, font: str, rows: int) -> list[str]:
    """One line of text wrapped to ``width`` at ``size``, at most ``rows`` lines (the last
    ending in "…" when cut)."""
    if width <= 0:
        return []
    lines = _wrap_words([text.split(" ")], width / size, _Widths(font), rows + 1)
    if len(lines) > rows:
        lines = lines[:rows]
        lines[-1] = ellipsis(lines[-1] + " …", width, size, font, force=True)
    return lines


def ellipsis(text: str, width: float, size: float, font: str, force: bool = False) -> str:
    """``text`` cut to ``width`` with "…" at the end (always when ``force``)."""
    if not force and stringWidth(text, font, size) <= width:
        return text
    body = text.removesuffix(" …").rstrip()
    while body and stringWidth(body + " …", font, size) > width:
        body = body[: max(len(body) - max(len(body) // 8, 1), 0)].rstrip()
    return (body + " …") if body else "…"


def _centre(note: Note) -> tuple[float, float]:
    return note.x + note.width / 2, note.y + note.height / 2


def _edge_point(
    note: Note, source: tuple[float, float], target: tuple[float, float]
) -> tuple[float, float]:
    """Where the line from ``source`` to ``target`` (the note's centre) enters the note."""
    dx, dy = target[0] - source[0], target[1] - source[1]
    if dx == 0 and dy == 0:
        return target
    tx = (note.width / 2) / abs(dx) if dx else math.inf
    ty = (note.height / 2) / abs(dy) if dy else math.inf
    t = min(tx, ty, 1.0)
    return target[0] - dx * t, target[1] - dy * t


def _color(value: str, default: Color) -> Color:
    value = unicodedata.normalize("NFC", value or "").strip()
    if not value:
        return default
    try:
        return HexColor(value)
    except (ValueError, TypeError):
        return default
