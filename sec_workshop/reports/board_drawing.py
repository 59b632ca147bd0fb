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
from functools import cache
from typing import Any

from reportlab.graphics.shapes import DirectDraw, Drawing
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from sec_workshop.domain.board import Cluster, Note
from sec_workshop.domain.enums import NOTE_COLOR_HEX, NoteColor, NoteKind
from sec_workshop.reports.base import FONT, FONT_BOLD, INK, MUTED, plain, register_fonts
from sec_workshop.reports.board_text import LEADING, ellipsis, fitted
from sec_workshop.reports.board_text import wrap_text as wrap_text
from sec_workshop.reports.data import BoardData

# The window's board look (gui/board/items/base.py, gui/board/scene.py), in board units.
NOTE_PAD = 10.0
NOTE_FONT_SIZES = (26.0, 22.0, 19.0, 16.0, 14.0, 12.0, 10.0)
LABEL_FONT_SIZES = (40.0, 32.0, 26.0, 22.0, 18.0, 14.0)
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
        drawn = [
            note
            for note in sorted(notes, key=lambda n: n.z)
            if self.visible(note.x, note.y, note.width, note.height)
        ]
        if _apart(drawn):
            self._notes_at_once(drawn, dots)
        else:
            for note in drawn:
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
        if note.kind is not NoteKind.LABEL:
            canvas.setFillColor(NOTE_SHADOW)
            canvas.rect(note.x + 3, note.y + 4, note.width, note.height, stroke=0, fill=1)
            canvas.setFillColor(NOTE_FILL.get(note.color, NOTE_FILL[NoteColor.YELLOW]))
            canvas.setStrokeColor(NOTE_BORDER)
            canvas.rect(note.x, note.y, note.width, note.height, stroke=1, fill=1)
        size, font, lines = _note_text(note, dots)
        self._lines(lines, note.x + NOTE_PAD, note.y + NOTE_PAD, size, font, INK)
        if dots:
            cx, cy, number, size, x, top = _badge(note, dots)
            canvas.setFillColor(DOT)
            canvas.setStrokeColor(white)
            canvas.setLineWidth(2)
            canvas.circle(cx, cy, BADGE_RADIUS, stroke=1, fill=1)
            canvas.setLineWidth(1)
            self._lines((number,), x, top, size, FONT_BOLD, white)

    def _notes_at_once(self, notes: list[Note], dots: Counter[str]) -> None:
        """The notes when none comes near another (see ``_apart``), so that the order they
        are drawn in does not show: the same picture as note by note, with far fewer changes
        of colour and font (the shadows, the notes by colour, the texts, the dots badges)."""
        canvas = self.canvas
        stuck = [note for note in notes if note.kind is not NoteKind.LABEL]
        if stuck:
            canvas.setFillColor(NOTE_SHADOW)
            for note in stuck:
                canvas.rect(note.x + 3, note.y + 4, note.width, note.height, stroke=0, fill=1)
            canvas.setStrokeColor(NOTE_BORDER)
            by_fill: dict[Color, list[Note]] = {}
            for note in stuck:
                fill = NOTE_FILL.get(note.color, NOTE_FILL[NoteColor.YELLOW])
                by_fill.setdefault(fill, []).append(note)
            for fill, group in by_fill.items():
                canvas.setFillColor(fill)
                for note in group:
                    canvas.rect(note.x, note.y, note.width, note.height, stroke=1, fill=1)
        text = canvas.beginText()
        text.setFillColor(INK)
        style: tuple[str, float] | None = None
        badges = []
        for note in notes:
            count = dots.get(note.id, 0)
            size, font, lines = _note_text(note, count)
            if any(lines):
                if (font, size) != style:
                    style = (font, size)
                    text.setFont(font, size, size * LEADING)
                _place(text, lines, note.x + NOTE_PAD, note.y + NOTE_PAD, size)
            if count:
                badges.append(_badge(note, count))
        if style is not None:
            canvas.drawText(text)
        if not badges:
            return
        canvas.setFillColor(DOT)
        canvas.setStrokeColor(white)
        canvas.setLineWidth(2)
        for cx, cy, *_text in badges:
            canvas.circle(cx, cy, BADGE_RADIUS, stroke=1, fill=1)
        canvas.setLineWidth(1)
        text = canvas.beginText()
        text.setFillColor(white)
        number_size = 0.0
        for _cx, _cy, number, size, x, top in badges:
            if size != number_size:
                number_size = size
                text.setFont(FONT_BOLD, size, size * LEADING)
            _place(text, (number,), x, top, size)
        canvas.drawText(text)

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
        _place(text, lines, x, top, size)
        self.canvas.drawText(text)


def _place(text: PDFTextObject, lines: Iterable[str], x: float, top: float, size: float) -> None:
    """Lines of text from ``top`` down in the text object's font (of ``size``)."""
    # Flipped back so that the glyphs stand upright on the downward board; each line then
    # moves one leading down the board.
    text.setTextTransform(1, 0, 0, -1, x, top + size)
    lines = list(lines)
    if lines and not lines[0]:
        # The leading is set with the font when a line has text: an empty first line
        # needs its own, or it moves by whatever the text before it used.
        text.setLeading(size * LEADING)
    for line in lines:
        text.textLine(line)


def _note_text(note: Note, dots: int) -> tuple[float, str, list[str]]:
    """The size, font and lines of a note's text (above its dots badge, when it has one)."""
    label = note.kind is NoteKind.LABEL
    room_w = note.width - 2 * NOTE_PAD
    room_h = note.height - 2 * NOTE_PAD - (DOT_ROW if dots else 0.0)
    font = FONT_BOLD if label else FONT
    sizes = LABEL_FONT_SIZES if label else NOTE_FONT_SIZES
    size, lines = fitted(note.text, room_w, room_h, sizes, font)
    return size, font, lines


def _badge(note: Note, dots: int) -> tuple[float, float, str, float, float, float]:
    """A note's dots badge: its centre, its number with the number's size, left and top."""
    r = BADGE_RADIUS
    cx, cy = note.x + note.width - r - 3, note.y + note.height - r - 3
    number = str(dots) if dots < 1000 else "999+"
    size = 14.0 if len(number) < 3 else 10.0
    x = cx - stringWidth(number, FONT_BOLD, size) / 2
    return cx, cy, number, size, x, cy + size * 0.35 - size


def _apart(notes: list[Note]) -> bool:
    """Whether no two of the notes come within reach of each other (``_REACH`` around
    each: shadow, border, badge) and each note is wide enough for its widest character at
    its largest size (so that its text stays inside it): then the order in which they are
    drawn does not show."""
    cell = 256.0  # board units: a note's box lies in a few cells of this grid
    boxes: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    compared = 0
    for note in notes:
        label = note.kind is NoteKind.LABEL
        sizes = LABEL_FONT_SIZES if label else NOTE_FONT_SIZES
        if note.width - 2 * NOTE_PAD < sizes[0] * _widest(FONT_BOLD if label else FONT):
            return False
        box = (
            note.x - _REACH,
            note.y - _REACH,
            note.x + note.width + _REACH,
            note.y + note.height + _REACH,
        )
        if not all(map(math.isfinite, box)) or note.height <= 0:
            return False
        columns = range(int(box[0] // cell), int(box[2] // cell) + 1)
        rows = range(int(box[1] // cell), int(box[3] // cell) + 1)
        if len(columns) * len(rows) > 64:
            return False
        for key in ((c, r) for c in columns for r in rows):
            near = boxes.setdefault(key, [])
            for left, top, right, bottom in near:
                if box[0] < right and left < box[2] and box[1] < bottom and top < box[3]:
                    return False
            compared += len(near)
            near.append(box)
        if compared > 64 * len(notes):
            return False  # a crowd of tiny notes: not worth finding out
    return True


@cache
def _widest(font: str) -> float:
    """The advance of the widest character of ``font``, in ems."""
    face = pdfmetrics.getFont(font).face
    return float(max([*face.charWidths.values(), face.defaultWidth])) / 1000


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
