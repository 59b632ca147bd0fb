"""What the swimlanes are drawn on: the grid of cells, the legend and the drop indicator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPen,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from sec_workshop.domain.enums import StepStatus
from sec_workshop.gui.common.labels import STEP_STATUS_COLOR

# --- layout (scene pixels) ---------------------------------------------------------------
from sec_workshop.gui.roadmap.items.base import (
    ANTIALIASING,
    ARROW,
    ARROW_HEAD,
    GRID_LINE,
    HEADER_BACKGROUND,
    HEADER_RULE,
    HEADER_WIDTH,
    INK,
    LEGEND_HEIGHT,
    MUTED,
    NO_PEN,
    PHASE_HEADER_HEIGHT,
    SELECTION,
    WHITE,
    Z_GRID,
    Z_HEADER,
    Z_INDICATOR,
    Theme,
    static_text,
    tinted,
    wrap_lines,
)


class GridItem(QGraphicsItem):
    """Lane bands in a light tint of their colour, thin column lines, the corner title."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self._theme = theme
        self._bands: list[tuple[QRectF, QColor, bool]] = []
        self._columns: list[float] = []
        self._rect = QRectF()
        self._title: list[QStaticText] = []
        self.setZValue(Z_GRID)

    def set_title(self, title: str) -> None:
        lines = wrap_lines(title, self._theme.header, HEADER_WIDTH - 24, 2)
        self._title = [static_text(x) for x in lines]
        self.update()

    def set_layout(
        self, bands: list[tuple[QRectF, QColor, bool]], columns: list[float], rect: QRectF
    ) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self._bands = bands
        self._columns = columns
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        corner = QRectF(0, 0, HEADER_WIDTH, PHASE_HEADER_HEIGHT)
        painter.fillRect(corner, HEADER_BACKGROUND)
        painter.fillRect(QRectF(0, corner.bottom() - 2, corner.width(), 2), HEADER_RULE)
        painter.fillRect(QRectF(corner.right() - 1, 0, 1, corner.height()), HEADER_RULE)
        painter.setFont(self._theme.header)
        painter.setPen(INK)
        line_height = self._theme.header_metrics.lineSpacing()
        y = (corner.height() - line_height * len(self._title)) / 2
        for line in self._title:
            painter.drawStaticText(QPointF(12, y), line)
            y += line_height
        for band, color, dimmed in self._bands:
            painter.fillRect(band, color if not dimmed else tinted(color, 0.4))
            painter.fillRect(QRectF(band.x(), band.bottom() - 1, band.width(), 1), WHITE)
        top, bottom = PHASE_HEADER_HEIGHT, self._rect.bottom()
        for x in self._columns:
            painter.fillRect(QRectF(x - 0.5, top, 1, bottom - top), GRID_LINE)


class LegendItem(QGraphicsItem):
    """Below the lanes: what the status marks and the arrows mean."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self._theme = theme
        self._entries: list[tuple[float, QColor, QStaticText]] = []
        self._arrow_x = 0.0
        self._arrow_text = QStaticText()
        self._width = 0.0
        self.setZValue(Z_HEADER)
        self.refresh()

    def refresh(self) -> None:
        theme = self._theme
        x = 0.0
        self._entries = []
        for status in StepStatus:
            text = theme.status_texts[status]
            static = static_text(text)
            self._entries.append((x, QColor(STEP_STATUS_COLOR[status]), static))
            x += theme.status_metrics.horizontalAdvance(text) + 22
        self._arrow_x = x + 8
        self._arrow_text = static_text(QCoreApplication.translate("SwimlaneScene", "builds on"))
        self.prepareGeometryChange()
        self._width = (
            self._arrow_x + 48 + theme.status_metrics.horizontalAdvance(self._arrow_text.text())
        )
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, LEGEND_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        theme = self._theme
        painter.setRenderHint(ANTIALIASING)
        painter.setFont(theme.status)
        y = (LEGEND_HEIGHT - theme.status_metrics.height()) / 2
        for x, color, static in self._entries:
            painter.setPen(color)
            painter.drawStaticText(QPointF(x, y), static)
        middle = LEGEND_HEIGHT / 2
        start, tip = self._arrow_x, self._arrow_x + 36
        pen = QPen(ARROW, 1.6)
        painter.setPen(pen)
        painter.drawLine(QPointF(start, middle), QPointF(tip - ARROW_HEAD, middle))
        painter.setPen(NO_PEN)
        painter.setBrush(ARROW)
        base = QPointF(tip - ARROW_HEAD, middle)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(tip, middle),
                    base + QPointF(0, -ARROW_HEAD * 0.55),
                    base + QPointF(0, ARROW_HEAD * 0.55),
                ]
            )
        )
        painter.setPen(MUTED)
        painter.drawStaticText(QPointF(tip + 10, y), self._arrow_text)


class DropIndicatorItem(QGraphicsItem):
    """While dragging: the target cell outlined and a bar where the card will go."""

    def __init__(self) -> None:
        super().__init__()
        self._cell = QRectF()
        self._bar = QRectF()
        self.setZValue(Z_INDICATOR)
        self.setVisible(False)

    def show_at(self, cell: QRectF, bar: QRectF) -> None:
        if (cell, bar) != (self._cell, self._bar):
            self.prepareGeometryChange()
            self._cell, self._bar = cell, bar
        self.setVisible(True)

    def boundingRect(self) -> QRectF:
        return self._cell.united(self._bar).adjusted(-3, -3, 3, 3)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(ANTIALIASING)
        if not self._cell.isEmpty():
            painter.setPen(QPen(INK, 2, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(255, 255, 255, 70))
            painter.drawRoundedRect(self._cell.adjusted(3, 3, -3, -3), 6, 6)
        if not self._bar.isEmpty():
            painter.setPen(NO_PEN)
            painter.setBrush(SELECTION)
            painter.drawRoundedRect(self._bar, 2, 2)
