"""An arrow from a step to a step that builds on it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from sec_workshop.gui.common.plain_text import plain

# --- layout (scene pixels) ---------------------------------------------------------------
from sec_workshop.gui.roadmap.items.base import (
    ANTIALIASING,
    ARROW,
    ARROW_BULGE,
    ARROW_HEAD,
    ARROW_HOVER,
    ARROW_STRONG,
    CARD_WIDTH,
    COLUMN_WIDTH,
    NO_BRUSH,
    NO_PEN,
    NO_PEN_LINE,
    SELECTABLE,
    SELECTION,
    Z_ARROW,
    is_exporting,
    swimlane_scene_of,
)
from sec_workshop.gui.roadmap.items.card import StepCardItem


def arrow_pen(color: QColor, width: float) -> tuple[QPen, QBrush]:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen, QBrush(color)


# Selected, under the mouse, one of its cards selected or hovered, plain.
ARROW_PENS = (
    arrow_pen(SELECTION, 3.0),
    arrow_pen(ARROW_HOVER, 2.4),
    arrow_pen(ARROW_STRONG, 2.0),
    arrow_pen(ARROW, 1.5),
)


def arrow_points(
    dx: float, dy: float, source_height: float, target_height: float
) -> tuple[float, ...]:
    """An arrow's start, two control points, the base of its head and its tip (x, y each),
    from the source card's top left, to a target card at (dx, dy). Plain numbers: arrows
    are placed by the hundred, and a curve is only made when one is drawn or hit."""
    sx, sy = CARD_WIDTH, source_height / 2
    if abs(dx) < COLUMN_WIDTH / 2:
        # Same column: a bracket along the right edges reads better than a curve that leaves
        # to the right and comes back in from the left behind the cards. It enters near the
        # end that faces the source, clear of the handle in the middle where the target's own
        # arrows leave.
        if dy > 0:
            ey = dy + min(22.0, target_height / 2)
        else:
            ey = dy + max(target_height - 22.0, target_height / 2)
        ex = dx + CARD_WIDTH
        bx = ex + ARROW_HEAD
        return (sx, sy, sx + ARROW_BULGE, sy, bx + ARROW_BULGE, ey, bx, ey, ex, ey)
    ex, ey = dx, dy + target_height / 2
    bx = ex - ARROW_HEAD
    reach = max(48.0, abs(ex - sx) * 0.45)
    return (sx, sy, sx + reach, sy, bx - reach, ey, bx, ey, ex, ey)


ARROW_WING = ARROW_HEAD * 0.55


def arrow_bounds(points: tuple[float, ...]) -> tuple[float, float, float, float]:
    """Left, top, right, bottom around the curve and its head (a curve stays inside the hull
    of its control points), with room for the pen."""
    sx, sy, ax, ay, bx_, by_, bx, by, ex, ey = points
    xs = (sx, ax, bx_, bx, ex)
    ys = (sy, ay, by_, by - ARROW_WING, by + ARROW_WING, ey)
    return min(xs) - 6, min(ys) - 6, max(xs) + 6, max(ys) + 6


class DependencyItem(QGraphicsRectItem):
    """An arrow from the right edge of one card to the left edge of the card that builds on
    it; a cubic curve, drawn below the cards.

    Its shape is worked out relative to the source card and kept: when a lane shifts and both
    cards move alike (most arrows below a lane that grew), it only moves along. The curve
    itself is made when the arrow is drawn or hit."""

    def __init__(self, dep_id: str, source: StepCardItem, target: StepCardItem) -> None:
        super().__init__()
        self.dep_id = dep_id
        self.source = source
        self.target = target
        # Relative to the source card: the points and the bounds, and what they depend on.
        self._key: tuple[float, float, float, float] | None = None
        self._points: tuple[float, ...] = ()
        self._extent = (0.0, 0.0, 0.0, 0.0)
        self._origin = (0.0, 0.0)  # the source card's place
        # In scene coordinates (the item stays at 0, 0); curve, head and shape made on demand.
        self._curve: QPainterPath | None = None
        self._head: QPolygonF | None = None
        self._shape: QPainterPath | None = None
        self._hovered = False
        self.setFlag(SELECTABLE)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_ARROW)
        self.setPen(NO_PEN_LINE)
        self.update_path()

    def update_path(self) -> None:
        """Follow the cards: move along when they kept their places relative to each other,
        work the shape out again when not."""
        source, target = self.source, self.target
        start, end = source.pos(), target.pos()
        ox, oy = start.x(), start.y()
        source_height, target_height = source._height, target._height
        key = (end.x() - ox, end.y() - oy, source_height, target_height)
        if key != self._key:
            self._key = key
            self._points = arrow_points(key[0], key[1], source_height, target_height)
            self._extent = arrow_bounds(self._points)
        elif (ox, oy) == self._origin:
            return
        left, top, right, bottom = self._extent
        self._origin = (ox, oy)
        self._curve = self._head = self._shape = None
        self.setRect(left + ox, top + oy, right - left, bottom - top)
        self.update()  # also when the new curve happens to have the old bounds

    def path(self) -> QPainterPath:
        """The curve in scene coordinates."""
        if self._curve is None:
            ox, oy = self._origin
            sx, sy, ax, ay, bx_, by_, bx, by, _ex, _ey = self._points
            curve = QPainterPath(QPointF(sx + ox, sy + oy))
            curve.cubicTo(
                QPointF(ax + ox, ay + oy), QPointF(bx_ + ox, by_ + oy), QPointF(bx + ox, by + oy)
            )
            self._curve = curve
        return self._curve

    def head(self) -> QPolygonF:
        if self._head is None:
            ox, oy = self._origin
            _sx, _sy, _ax, _ay, _bx, _by, bx, by, ex, ey = self._points
            self._head = QPolygonF(
                [
                    QPointF(ex + ox, ey + oy),
                    QPointF(bx + ox, by + oy - ARROW_WING),
                    QPointF(bx + ox, by + oy + ARROW_WING),
                ]
            )
        return self._head

    def shape(self) -> QPainterPath:
        """The curve widened to 10 px, so that a click near it hits it, and the head."""
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._shape = stroker.createStroke(self.path())
            self._shape.addPolygon(self.head())
        return self._shape

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        exporting = is_exporting(self)
        if self.isSelected() and not exporting:
            pen, brush = ARROW_PENS[0]
        elif self._hovered and not exporting:
            pen, brush = ARROW_PENS[1]
        elif not exporting and self._emphasised():
            pen, brush = ARROW_PENS[2]
        else:
            pen, brush = ARROW_PENS[3]
        painter.setRenderHint(ANTIALIASING)
        painter.setPen(pen)
        painter.setBrush(NO_BRUSH)
        painter.drawPath(self.path())
        painter.setPen(NO_PEN)
        painter.setBrush(brush)
        painter.drawPolygon(self.head())

    def _emphasised(self) -> bool:
        """Drawn strong when one of its cards is under the mouse or selected."""
        return any(c.isSelected() or c._hovered for c in (self.source, self.target))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        scene = swimlane_scene_of(self)
        if scene is not None:
            self.setToolTip(plain(scene.arrow_text(self.dep_id)))  # late: titles may change
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)
