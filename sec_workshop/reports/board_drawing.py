"""A board as a vector picture for reports and posters: the template's zones, the clusters,
the notes in their places and colours with their text, the arrows between them and the dots
each note got, from the same layout numbers the window uses.

Domain values in, a ReportLab ``Drawing`` out: no Qt, no database.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

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
NOTE_FILL = {color: HexColor(NOTE_COLOR_HEX[color]) for color in NoteColor}


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


def board_drawing(board: BoardData, width: float, show_dots: bool = True) -> Drawing:
    """The board scaled to ``width`` points wide (its height follows)."""
    register_fonts()
    extent = board_extent(board)
    scale = width / extent.w
    height = extent.h * scale
    drawing = Drawing(width, height)
    # Board coordinates grow downwards; the group turns them into the drawing's (y upwards).
    # Strings are drawn upright by giving each its own flipped group (see ``_text``).
    group = Group(transform=(scale, 0, 0, -scale, -extent.x * scale, (extent.y + extent.h) * scale))
    drawing.add(group)
    BoardPainter(board, group, show_dots).paint()
    return drawing


class BoardPainter:
    """Adds the board's shapes to a group whose coordinates are the board's own."""

    def __init__(self, board: BoardData, group: Group, show_dots: bool) -> None:
        self.board = board
        self.group = group
        self.show_dots = show_dots

    def paint(self) -> None:
        content = self.board.content
        template = self.board.template
        if template is not None:
            self.group.add(
                Rect(0, 0, template.width, template.height, fillColor=BOARD_AREA, strokeColor=None)
            )
            for zone in template.zones:
                self.group.add(
                    Rect(
                        zone.x,
                        zone.y,
                        zone.width,
                        zone.height,
                        fillColor=_color(zone.color, CLUSTER_FILL),
                        strokeColor=ZONE_BORDER,
                        strokeWidth=2,
                    )
                )
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
        for note in sorted(notes, key=lambda n: n.z):
            self._note(note, dots.get(note.id, 0))

    def _cluster(self, cluster: Cluster, count: int) -> None:
        height = COLLAPSED_HEIGHT if cluster.collapsed else cluster.height
        border = _color(cluster.color, CLUSTER_BORDER)
        self.group.add(
            Rect(
                cluster.x,
                cluster.y,
                cluster.width,
                height,
                rx=8,
                ry=8,
                fillColor=white if cluster.collapsed else CLUSTER_FILL,
                strokeColor=border,
                strokeWidth=3,
            )
        )
        title = plain(cluster.title)
        if cluster.collapsed:
            title += f"  ({count})"
        lines = wrap_text(title, cluster.width - 24, 24.0, FONT_BOLD, 1)
        self._lines(lines, cluster.x + 12, cluster.y + 12, 24.0, FONT_BOLD, INK)

    def _note(self, note: Note, dots: int) -> None:
        label = note.kind is NoteKind.LABEL
        if not label:
            self.group.add(
                Rect(
                    note.x + 3,
                    note.y + 4,
                    note.width,
                    note.height,
                    fillColor=Color(0, 0, 0, alpha=0.12),
                    strokeColor=None,
                )
            )
            self.group.add(
                Rect(
                    note.x,
                    note.y,
                    note.width,
                    note.height,
                    fillColor=NOTE_FILL.get(note.color, NOTE_FILL[NoteColor.YELLOW]),
                    strokeColor=NOTE_BORDER,
                    strokeWidth=1,
                )
            )
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
            self.group.add(Circle(cx, cy, r, fillColor=DOT, strokeColor=white, strokeWidth=2))
            text = str(dots) if dots < 1000 else "999+"
            size = 14.0 if len(text) < 3 else 10.0
            self._text(text, cx, cy + size * 0.35, size, FONT_BOLD, white, anchor="middle")

    def _arrow(self, start: Note, end: Note, label: str) -> None:
        a = _centre(start)
        b = _centre(end)
        p = _edge_point(end, a, b)
        q = _edge_point(start, b, a)
        dx, dy = p[0] - q[0], p[1] - q[1]
        length = math.hypot(dx, dy)
        if length < 1:
            return
        ux, uy = dx / length, dy / length
        base = (p[0] - ux * ARROW_HEAD, p[1] - uy * ARROW_HEAD)
        self.group.add(
            Line(q[0], q[1], base[0], base[1], strokeColor=ARROW, strokeWidth=3, strokeLineCap=1)
        )
        half = ARROW_HEAD * 0.55
        self.group.add(
            Polygon(
                [
                    p[0],
                    p[1],
                    base[0] - uy * half,
                    base[1] + ux * half,
                    base[0] + uy * half,
                    base[1] - ux * half,
                ],
                fillColor=ARROW,
                strokeColor=None,
            )
        )
        if label.strip():
            mx, my = (q[0] + p[0]) / 2, (q[1] + p[1]) / 2
            text = ellipsis(plain(label, 80), 260, 15.0, FONT)
            w = stringWidth(text, FONT, 15.0)
            self.group.add(
                Rect(mx - w / 2 - 4, my - 11, w + 8, 22, fillColor=white, strokeColor=None)
            )
            self._text(text, mx, my + 5, 15.0, FONT, MUTED, anchor="middle")

    def _lines(
        self,
        lines: Iterable[str],
        x: float,
        top: float,
        size: float,
        font: str,
        color: Color,
    ) -> None:
        y = top + size  # the first baseline, a line's height below the top
        for line in lines:
            if line:
                self._text(line, x, y, size, font, color)
            y += size * LEADING

    def _text(
        self,
        text: str,
        x: float,
        baseline: float,
        size: float,
        font: str,
        color: Color,
        anchor: str = "start",
    ) -> None:
        # Flip back so the glyphs stand upright inside the downward group.
        holder = Group(transform=(1, 0, 0, -1, x, baseline))
        holder.add(
            String(0, 0, text, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)
        )
        self.group.add(holder)


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
