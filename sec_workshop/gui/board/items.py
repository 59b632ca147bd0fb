"""The things on a sticky-note board as graphics items: notes and labels, clusters, arrows
and photos. Items only draw what the document says; gestures are handled by the scene.

Painting is the hot path on a board of thousands of notes: below a readable zoom a note is
one filled rectangle, and a note's text is laid out once (``QStaticText``) and kept.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QStaticText,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sec_workshop.domain.board import CLUSTER_HEADER, Cluster, Note, NoteLink, Photo
from sec_workshop.domain.enums import NOTE_COLOR_HEX, NoteColor, NoteKind

if TYPE_CHECKING:
    from sec_workshop.gui.board.document import BoardDocument


@dataclass
class Audience:
    """How a view for the room (the projector) shows the board."""

    high_contrast: bool = False


class BoardHost(Protocol):
    """What items ask of the board they are on; the scene is one (items never import it)."""

    doc: BoardDocument
    notes: dict[str, NoteItem]
    filter_ids: set[str] | None
    match_ids: set[str]
    untitled_text: str

    def audience_of(self, widget: QWidget | None) -> Audience | None: ...

    def notes_rect(self) -> QRectF: ...

    def photo_bytes(self, photo_id: str) -> bytes: ...

    def same_for_all_views(self) -> bool: ...


FONT_FAMILY = "Open Sans"
NOTE_PAD = 10.0
NOTE_FONT_SIZES = (26, 22, 19, 16, 14, 12, 10)  # pixels; the largest that fits is used
LABEL_FONT_SIZES = (40, 32, 26, 22, 18, 14)
SKETCH_LOD = 0.12  # below this a note is a coloured rectangle, nothing more
OVERVIEW_ZOOM = 0.06  # below this (notes ~10 px) every view shows the overview, see below
READABLE_LOD = 0.3  # from here on a note's text is drawn
COLLAPSED_HEIGHT = 90.0
GRIP = 16.0  # the resize corner of a selected note, cluster or photo
DOT_RADIUS = 15.0
BADGE_RADIUS = 13.0
DOT_ROW = 30.0  # room kept free at the bottom of a note for its dots and their total
# Around a note only its shadow; selection and search marks and the dot badge are inside.
NOTE_MARGINS = (0.0, 0.0, 4.0, 5.0)
FRAME_MARGINS = (-7.0, -7.0, 7.0, 7.0)  # selection and search marks around a cluster or photo
ARROW_HEAD = 14.0

INK = QColor("#263238")
MUTED = QColor("#607D8B")
SELECTION = QColor("#1565C0")
MATCH = QColor("#E65100")
SHADOW = QColor(0, 0, 0, 40)
DOT = QColor("#C62828")
WHITE = QColor("#FFFFFF")
CLUSTER_FILL = QColor("#EEF1F3")  # opaque: blending a screen-sized cluster costs a frame
CLUSTER_BORDER = QColor("#90A4AE")
ARROW = QColor("#455A64")
HIGH_CONTRAST_INK = QColor("#000000")
DIMMED = 0.2

# Participants' dot colours, in the order they were listed; distinct on a projector.
PARTICIPANT_COLORS = (
    "#C62828",
    "#1565C0",
    "#2E7D32",
    "#6A1B9A",
    "#EF6C00",
    "#00838F",
    "#AD1457",
    "#4E342E",
    "#283593",
    "#9E9D24",
)

NO_PEN = Qt.PenStyle.NoPen
_BRUSHES: dict[NoteColor, QBrush] = {}
_BORDERS: dict[NoteColor, QPen] = {}


def note_brush(color: NoteColor) -> QBrush:
    brush = _BRUSHES.get(color)
    if brush is None:
        brush = _BRUSHES[color] = QBrush(QColor(NOTE_COLOR_HEX[color]))
    return brush


def _border(color: NoteColor) -> QPen:
    pen = _BORDERS.get(color)
    if pen is None:
        pen = _BORDERS[color] = QPen(QColor(NOTE_COLOR_HEX[color]).darker(135), 1.2)
    return pen


def participant_color(index: int) -> QColor:
    return QColor(PARTICIPANT_COLORS[index % len(PARTICIPANT_COLORS)])


@cache
def board_font(pixels: int, bold: bool = False) -> QFont:
    """The board's font at a pixel size (shared: callers must not change it)."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(pixels)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def fitted_text(
    text: str, width: float, height: float, sizes: tuple[int, ...], bold: bool
) -> tuple[QStaticText, QFont]:
    """The text laid out in the largest of ``sizes`` that fits the box (the smallest
    otherwise, clipped): returns (QStaticText, QFont)."""
    flags = int(Qt.TextFlag.TextWordWrap)
    chosen = sizes[-1]
    for size in sizes:
        metrics = QFontMetricsF(board_font(size, bold))
        box = metrics.boundingRect(QRectF(0, 0, width, 100_000), flags, text)
        if box.height() <= height and box.width() <= width + 0.5:
            chosen = size
            break
    font = board_font(chosen, bold)
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)  # a resident's words are never markup
    static.setTextWidth(width)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    static.setTextOption(option)
    static.prepare(font=font)
    return static, font


class _Resizable:
    """A grip in the bottom-right corner of a selected item; ``_rect`` is the item's own
    area (its bounding rectangle also holds marks drawn around it)."""

    _rect: QRectF

    def area(self) -> QRectF:
        """The item's own rectangle in scene coordinates."""
        return self._rect.translated(self.pos())  # type: ignore[attr-defined]

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def grip_rect(self) -> QRectF:
        rect = self._rect
        return QRectF(rect.right() - GRIP, rect.bottom() - GRIP, GRIP, GRIP)

    def _place(self, rect: QRectF, x: float, y: float) -> None:
        """Take a new size and place (from the record) and show it."""
        if rect != self._rect:
            self.prepareGeometryChange()  # type: ignore[attr-defined]
            self._rect = rect
        self.setPos(x, y)  # type: ignore[attr-defined]
        self.update()  # type: ignore[attr-defined]

    def _paint_grip(self, painter: QPainter) -> None:
        r = self.grip_rect()
        painter.setPen(NO_PEN)
        painter.setBrush(SELECTION)
        painter.drawPolygon(QPolygonF([r.topRight(), r.bottomRight(), r.bottomLeft()]))


class NoteItem(_Resizable, QGraphicsItem):
    """A sticky note (or a text label): its text as large as fits, its dots, its colour."""

    def __init__(self, board: BoardHost, note: Note) -> None:
        super().__init__()
        self._board = board
        self.note = note
        self.note_id = note.id
        self._rect = QRectF(0, 0, note.width, note.height)
        self._bounds = self._rect.adjusted(*NOTE_MARGINS)
        self._text: tuple[QStaticText, QFont] | None = None
        self.dots: list[tuple[int, int]] = []  # (participant colour index or -1, count)
        self.dot_total = 0
        self.editing = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.refresh_cache()
        self.setPos(note.x, note.y)
        self.setZValue(note.z)

    def set_note(self, note: Note) -> None:
        if (note.width, note.height) != (self._rect.width(), self._rect.height()):
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, note.width, note.height)
            self._bounds = self._rect.adjusted(*NOTE_MARGINS)
            self._text = None
        if note.text != self.note.text or note.kind != self.note.kind:
            self._text = None
        hidden_changed = note.facilitator_only != self.note.facilitator_only
        self.note = note
        if hidden_changed:
            self.refresh_cache()
        self.setPos(note.x, note.y)
        self.setZValue(note.z)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def refresh_cache(self) -> None:
        """A note is drawn once per zoom level and then copied: panning over a board of notes
        costs a pixmap copy each, not their text, shadow and dots again. Qt draws such a copy
        without telling which view it is for, so notes that the projector shows otherwise
        (hidden from the room, selected, high contrast) are drawn afresh for each view."""
        cached = (
            not self.note.facilitator_only
            and not self.isSelected()
            and self._board.same_for_all_views()
        )
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if cached
            else QGraphicsItem.CacheMode.NoCache
        )
        if self.cacheMode() != mode:
            self.setCacheMode(mode)

    def set_dots(self, dots: list[tuple[int, int]]) -> None:
        had = bool(self.dots)
        self.dots = dots
        self.dot_total = sum(count for _, count in dots)
        if had != bool(dots):
            self._text = None  # the row of dots takes room from the text
        self.update()

    def text_layout(self) -> tuple[QStaticText, QFont]:
        if self._text is None:
            label = self.note.kind is NoteKind.LABEL
            dot_row = DOT_ROW if self.dots else 0.0
            self._text = fitted_text(
                self.note.text,
                self._rect.width() - 2 * NOTE_PAD,
                self._rect.height() - 2 * NOTE_PAD - dot_row,
                LABEL_FONT_SIZES if label else NOTE_FONT_SIZES,
                bold=label,
            )
        return self._text

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        board = self._board
        note = self.note
        audience = board.audience_of(widget)
        if audience is not None and note.facilitator_only:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        rect = self._rect
        label = note.kind is NoteKind.LABEL
        if board.filter_ids is not None and self.note_id not in board.filter_ids:
            painter.setOpacity(DIMMED)
        if lod < SKETCH_LOD:
            if not label:
                painter.fillRect(rect, note_brush(note.color))
            if self.dot_total:
                painter.fillRect(QRectF(rect.right() - 40, rect.top(), 40, 40), DOT)
            return
        selected = self.isSelected() and audience is None
        if label:
            if selected:
                painter.setPen(QPen(SELECTION, 2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
        else:
            high_contrast = audience is not None and audience.high_contrast
            if lod >= READABLE_LOD and not high_contrast:
                painter.fillRect(rect.translated(3, 4), SHADOW)
            painter.setBrush(note_brush(note.color))
            if high_contrast:
                painter.setPen(QPen(HIGH_CONTRAST_INK, 3))
            elif note.facilitator_only:
                painter.setPen(QPen(MUTED, 2, Qt.PenStyle.DashLine))
            else:
                painter.setPen(_border(note.color))
            painter.drawRect(rect)
        if lod >= READABLE_LOD and not self.editing:
            static, font = self.text_layout()
            painter.setFont(font)
            painter.setPen(INK)
            painter.save()
            painter.setClipRect(rect.adjusted(2, 2, -2, -2))
            painter.drawStaticText(QPointF(NOTE_PAD, NOTE_PAD), static)
            painter.restore()
        if self.dot_total:
            self._paint_dots(painter, rect)
        if board.match_ids and self.note_id in board.match_ids:
            painter.setPen(QPen(MATCH, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2.5, 2.5, -2.5, -2.5))
        if selected:
            painter.setPen(QPen(SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
            self._paint_grip(painter)

    def _paint_dots(self, painter: QPainter, rect: QRectF) -> None:
        """Coloured dots along the bottom edge (one per dot, as many as fit), and the total in
        a red badge in the bottom-right corner, clear of the text and readable from afar."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = BADGE_RADIUS
        centre = QPointF(rect.right() - r - 3, rect.bottom() - r - 3)
        room = max(0, int((centre.x() - r - 4 - (rect.left() + 6)) // 16))
        x = rect.left() + 6
        shown = 0
        painter.setPen(QPen(WHITE, 1.5))
        for index, count in self.dots:
            painter.setBrush(DOT if index < 0 else participant_color(index))
            for _ in range(min(count, room - shown)):
                painter.drawEllipse(QPointF(x + 7, centre.y()), 7, 7)
                x += 16
                shown += 1
        painter.setPen(QPen(WHITE, 2))
        painter.setBrush(DOT)
        painter.drawEllipse(centre, r, r)
        painter.setFont(board_font(15, bold=True))
        painter.setPen(WHITE)
        painter.drawText(
            QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
            Qt.AlignmentFlag.AlignCenter,
            str(self.dot_total),
        )


class ClusterItem(_Resizable, QGraphicsItem):
    """A group of notes with a title; moving it moves its notes; collapsed, it is a compact
    card with the title and the number of notes."""

    def __init__(self, board: BoardHost, cluster: Cluster) -> None:
        super().__init__()
        self._board = board
        self.cluster = cluster
        self.cluster_id = cluster.id
        self.member_count = 0
        self.dot_total = 0
        self.editing = False
        self._title_cache: tuple[tuple[str, str, bool, float], str] | None = None
        self._rect = self._make_rect(cluster)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setPos(cluster.x, cluster.y)
        self.setZValue(-1000.0)

    @staticmethod
    def _make_rect(cluster: Cluster) -> QRectF:
        height = COLLAPSED_HEIGHT if cluster.collapsed else cluster.height
        return QRectF(0, 0, cluster.width, height)

    def set_cluster(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self._place(self._make_rect(cluster), cluster.x, cluster.y)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(*FRAME_MARGINS)

    def title_rect(self) -> QRectF:
        return QRectF(12, 6, self._rect.width() - 24, CLUSTER_HEADER - 12)

    def _title_text(self, big: bool, width: float) -> str:
        """The title, shortened with … to fit (kept until title, size or count change)."""
        title = self.cluster.title or self._board.untitled_text
        suffix = f"  ({self.member_count})" if self.cluster.collapsed else ""
        key = (title, suffix, big, width)
        if self._title_cache is None or self._title_cache[0] != key:
            metrics = QFontMetricsF(board_font(60 if big else 22, bold=True))
            shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - 60) + suffix
            self._title_cache = (key, shown)
        return self._title_cache[1]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        board = self._board
        audience = board.audience_of(widget)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        rect = self._rect
        if board.filter_ids is not None and self.cluster_id not in board.filter_ids:
            painter.setOpacity(DIMMED * 2)
        fill = QColor(self.cluster.color) if self.cluster.color else CLUSTER_FILL
        if self.cluster.collapsed:
            fill = QColor("#FFFFFF")
        # Square and without antialiasing: a cluster can fill the screen, and this is the
        # cheapest way to draw that much area.
        painter.fillRect(rect, fill)
        if lod >= SKETCH_LOD:
            if audience is not None and audience.high_contrast:
                painter.setPen(QPen(HIGH_CONTRAST_INK, 4))
            else:
                painter.setPen(QPen(CLUSTER_BORDER, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if lod * 22 >= 3 and not self.editing:  # the title is at least 3 px high
            big = lod < SKETCH_LOD
            text_rect = rect if big else self.title_rect()
            painter.setPen(INK)
            painter.setFont(board_font(60 if big else 22, bold=True))
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                | int(Qt.TextFlag.TextSingleLine),
                self._title_text(big, text_rect.width()),
            )
        if self.dot_total:
            centre = QPointF(rect.right() - 26, CLUSTER_HEADER / 2)
            painter.setPen(QPen(WHITE, 2))
            painter.setBrush(DOT)
            painter.drawEllipse(centre, DOT_RADIUS + 3, DOT_RADIUS + 3)
            painter.setFont(board_font(16, bold=True))
            painter.setPen(WHITE)
            painter.drawText(
                QRectF(centre.x() - 20, centre.y() - 20, 40, 40),
                Qt.AlignmentFlag.AlignCenter,
                str(self.dot_total),
            )
        if board.match_ids and self.cluster_id in board.match_ids:
            painter.setPen(QPen(MATCH, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-4, -4, 4, 4))
        if self.isSelected() and audience is None:
            painter.setPen(QPen(SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
            if not self.cluster.collapsed:
                self._paint_grip(painter)


class LinkItem(QGraphicsItem):
    """An arrow from one note to another, edge to edge, with an optional label."""

    def __init__(self, link: NoteLink, source: NoteItem, target: NoteItem) -> None:
        super().__init__()
        self.link = link
        self.link_id = link.id
        self.source = source
        self.target = target
        self._line = QLineF()
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-10.0)
        self.update_line()

    def update_line(self) -> None:
        a = self.source.area()
        b = self.target.area()
        line = QLineF(_edge_point(a, b.center()), _edge_point(b, a.center()))
        self.prepareGeometryChange()
        self._line = line
        pad = ARROW_HEAD + 4
        self._bounds = QRectF(line.p1(), line.p2()).normalized().adjusted(-pad, -pad, pad, pad)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        from PySide6.QtGui import QPainterPathStroker

        stroker = QPainterPathStroker()
        stroker.setWidth(14)
        return stroker.createStroke(path)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not (self.source.isVisible() and self.target.isVisible()):
            return
        line = self._line
        if line.length() < 1:
            return
        board = cast("BoardHost | None", self.scene())  # arrows live on a board only
        audience = board.audience_of(widget) if board is not None else None
        if audience is not None and any(
            isinstance(end, NoteItem) and end.note.facilitator_only
            for end in (self.source, self.target)
        ):
            return  # an arrow to a hidden note would point at it (and show its label)
        high_contrast = audience is not None and audience.high_contrast
        color = SELECTION if self.isSelected() and audience is None else ARROW
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if high_contrast:
            color = HIGH_CONTRAST_INK
            painter.setPen(QPen(WHITE, 9))  # a white edge: the arrow shows on dark and light
            painter.drawLine(line)
        painter.setPen(QPen(color, 4 if high_contrast else 3))
        painter.drawLine(line)
        angle = math.atan2(line.dy(), line.dx())
        tip = line.p2()
        head = QPolygonF(
            [
                tip,
                tip - QPointF(math.cos(angle - 0.45), math.sin(angle - 0.45)) * ARROW_HEAD,
                tip - QPointF(math.cos(angle + 0.45), math.sin(angle + 0.45)) * ARROW_HEAD,
            ]
        )
        painter.setBrush(color)
        painter.setPen(NO_PEN)
        painter.drawPolygon(head)
        if self.link.label:
            painter.setFont(board_font(16))
            at = line.center() + QPointF(6, -6)
            if high_contrast:
                box = painter.fontMetrics().boundingRect(self.link.label)
                painter.fillRect(QRectF(box).translated(at).adjusted(-4, -2, 4, 2), WHITE)
            painter.setPen(INK)
            painter.drawText(at, self.link.label)


def _edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the centre of ``rect`` toward a point leaves the rectangle."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    sx = (rect.width() / 2) / abs(dx) if dx else math.inf
    sy = (rect.height() / 2) / abs(dy) if dy else math.inf
    s = min(sx, sy, 1.0)
    return QPointF(c.x() + dx * s, c.y() + dy * s)


class PhotoItem(_Resizable, QGraphicsItem):
    """A photo of a paper wall; its pixels are read from the database when first shown."""

    def __init__(self, board: BoardHost, photo: Photo) -> None:
        super().__init__()
        self._board = board
        self.photo = photo
        self.photo_id = photo.id
        self._pixmap: QPixmap | None = None
        self._rect = self._make_rect(photo)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setPos(photo.x, photo.y)
        self.setZValue(-2000.0)

    @staticmethod
    def _make_rect(photo: Photo) -> QRectF:
        return QRectF(QPointF(0, 0), QSizeF(photo.width_px, photo.height_px) * photo.scale)

    def set_photo(self, photo: Photo) -> None:
        self.photo = photo
        self._place(self._make_rect(photo), photo.x, photo.y)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(*FRAME_MARGINS).adjusted(0, 0, 0, 34)  # and the caption

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self._pixmap is None:
            image = QImage.fromData(self._board.photo_bytes(self.photo_id))
            self._pixmap = QPixmap.fromImage(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._pixmap.isNull():
            painter.fillRect(self._rect, QColor("#CFD8DC"))
        else:
            painter.drawPixmap(self._rect, self._pixmap, QRectF(self._pixmap.rect()))
        audience = self._board.audience_of(widget)
        if self.photo.caption:
            caption = QRectF(0, self._rect.bottom() + 4, self._rect.width(), 30)
            if audience is not None and audience.high_contrast:
                painter.fillRect(caption, WHITE)  # readable on a dark background too
            painter.setPen(INK)
            painter.setFont(board_font(20))
            painter.drawText(
                caption,
                int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextSingleLine),
                self.photo.caption,
            )
        if self.isSelected() and audience is None:
            painter.setPen(QPen(SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(-2, -2, 2, 2))
            self._paint_grip(painter)


class OverviewItem(QGraphicsItem):
    """Every note as a coloured rectangle, drawn in one pass per colour.

    Far out (a whole board of thousands of notes on one screen) nobody reads or picks single
    notes; drawing them here instead of item by item makes such a frame a few calls instead
    of thousands. The scene shows this item, and hides the notes, only while every view is
    zoomed out that far."""

    def __init__(self, board: BoardHost) -> None:
        super().__init__()
        self._board = board
        self._bounds = QRectF()
        self._batches: dict[tuple[NoteColor, bool, bool], list[QRectF]] | None = None
        self._dots: list[tuple[QRectF, bool]] = []  # a dot badge, and whether its note is hidden
        self._stale = True
        self.setZValue(-5.0)

    def invalidate(self) -> None:
        """The notes changed; the batches are made again when next painted, and the bounds
        now if the overview is shown (else when it is shown next)."""
        self._batches = None
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        rect = self._board.notes_rect()
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _make_batches(self) -> dict[tuple[NoteColor, bool, bool], list[QRectF]]:
        board = self._board
        keep = board.filter_ids
        batches: dict[tuple[NoteColor, bool, bool], list[QRectF]] = {}
        dots: list[tuple[QRectF, bool]] = []
        collapsed = {c.id for c in board.doc.clusters.values() if c.collapsed}
        for item in board.notes.values():
            note = item.note
            if note.kind is NoteKind.LABEL or note.cluster_id in collapsed:
                continue
            rect = QRectF(note.x, note.y, note.width, note.height)
            dimmed = keep is not None and note.id not in keep
            batches.setdefault((note.color, note.facilitator_only, dimmed), []).append(rect)
            if item.dot_total:
                dots.append((QRectF(rect.right() - 40, rect.top(), 40, 40), note.facilitator_only))
        self._dots = dots
        return batches

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self._batches is None:
            self._batches = self._make_batches()
        audience = self._board.audience_of(widget)
        painter.setPen(NO_PEN)
        for (color, hidden, dimmed), rects in self._batches.items():
            if hidden and audience is not None:
                continue
            painter.setOpacity(DIMMED if dimmed else 1.0)
            painter.setBrush(note_brush(color))
            painter.drawRects(rects)
        painter.setOpacity(1.0)
        dots = [r for r, hidden in self._dots if not (hidden and audience is not None)]
        if dots:
            painter.setBrush(DOT)
            painter.drawRects(dots)


def id_of_item(item: object) -> str:
    """The id of the note, cluster or photo an item draws ("" for anything else)."""
    if isinstance(item, NoteItem):
        return item.note_id
    if isinstance(item, ClusterItem):
        return item.cluster_id
    if isinstance(item, PhotoItem):
        return item.photo.id
    return ""
