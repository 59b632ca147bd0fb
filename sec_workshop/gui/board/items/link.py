"""An arrow from one note to another, edge to edge."""

from __future__ import annotations

import math
from typing import cast

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sec_workshop.domain.board import NoteLink
from sec_workshop.gui.board.items.base import (
    ARROW,
    ARROW_HEAD,
    HIGH_CONTRAST_INK,
    INK,
    NO_PEN,
    SELECTION,
    WHITE,
    BoardHost,
    board_font,
)
from sec_workshop.gui.board.items.note import NoteItem


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
        line = QLineF(edge_point(a, b.center()), edge_point(b, a.center()))
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


def edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the centre of ``rect`` toward a point leaves the rectangle."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    sx = (rect.width() / 2) / abs(dx) if dx else math.inf
    sy = (rect.height() / 2) / abs(dy) if dy else math.inf
    s = min(sx, sy, 1.0)
    return QPointF(c.x() + dx * s, c.y() + dy * s)
