"""Lane headers at the left and phase headers at the top, with their progress."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QStaticText,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from sec_workshop.domain.process import Lane, Phase
from sec_workshop.gui.common.plain_text import plain

# --- layout (scene pixels) ---------------------------------------------------------------
from sec_workshop.gui.roadmap.items.base import (
    ANTIALIASING,
    COLUMN_WIDTH,
    HEADER_BACKGROUND,
    HEADER_RULE,
    HEADER_WIDTH,
    INK,
    LANE_MIN_HEIGHT,
    LANE_TRACK,
    MUTED,
    NO_PEN,
    PHASE_HEADER_HEIGHT,
    PROGRESS_DONE,
    PROGRESS_TRACK,
    WHITE,
    Z_DRAGGED,
    Z_HEADER,
    Theme,
    done_text,
    static_text,
    swimlane_scene_of,
    wrap_lines,
)


class HeaderItem(QGraphicsItem):
    """A lane or phase header; dragging it along its axis asks to reorder."""

    def __init__(self, theme: Theme, width: float, height: float) -> None:
        super().__init__()
        self._theme = theme
        self._width = width
        self._height = height
        self._share = 0.0
        self._progress = QStaticText()
        self._dragging = False
        self._press = QPointF()
        self._start = QPointF()
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(Z_HEADER)

    def set_progress(self, share: float) -> None:
        if share != self._share or self._progress.text() == "":
            self._share = share
            self._progress = static_text(done_text(share))
            self.update()

    @property
    def progress_text(self) -> str:
        return self._progress.text()

    def set_size(self, width: float, height: float) -> None:
        if (width, height) != (self._width, self._height):
            self.prepareGeometryChange()
            self._width, self._height = width, height

    def size_rect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def _draw_progress(
        self,
        painter: QPainter,
        x: float,
        y: float,
        width: float,
        colors: tuple[QColor, QColor, QColor],
    ) -> None:
        """The share done as text, with a thin bar to its right."""
        theme = self._theme
        text, track, fill = colors
        painter.setFont(theme.progress)
        painter.setPen(text)
        painter.drawStaticText(QPointF(x, y), self._progress)
        bar_x = x + theme.progress_metrics.horizontalAdvance(self._progress.text()) + 8
        bar = QRectF(bar_x, y + theme.progress_metrics.height() / 2 - 2, x + width - bar_x, 4)
        if bar.width() < 12:
            return
        painter.setPen(NO_PEN)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 2, 2)
        if self._share > 0:
            painter.setBrush(fill)
            done = QRectF(bar.x(), bar.y(), max(4.0, bar.width() * self._share), bar.height())
            painter.drawRoundedRect(done, 2, 2)

    def _constrained(self, pos: QPointF) -> QPointF:
        return pos

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # Moved by hand rather than with ItemIsMovable, which would drag selected cards along.
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._press = event.scenePos()
        self._start = self.pos()
        self._dragging = False
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        delta = event.scenePos() - self._press
        if not self._dragging:
            if delta.manhattanLength() < 4:
                return
            self._dragging = True
            self.setZValue(Z_DRAGGED)
            self.setOpacity(0.85)
        self.setPos(self._constrained(self._start + delta))
        scene = swimlane_scene_of(self)
        if scene is not None:
            scene._header_dragged(self)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if not self._dragging:
            return
        self._dragging = False
        self.setZValue(Z_HEADER)
        self.setOpacity(1.0)
        scene = swimlane_scene_of(self)
        if scene is not None:
            scene._header_released(self)


class LaneHeaderItem(HeaderItem):
    """The lane's name in white on its route colour, with its progress."""

    def __init__(self, lane: Lane, theme: Theme) -> None:
        super().__init__(theme, HEADER_WIDTH, LANE_MIN_HEIGHT)
        self.lane_id = lane.id
        self._color = QColor(lane.color)
        self._name: list[QStaticText] = []
        self.set_lane(lane)

    def set_lane(self, lane: Lane) -> None:
        self._color = QColor(lane.color)
        width = HEADER_WIDTH - 2 * 14
        self._name = [static_text(x) for x in wrap_lines(lane.name, self._theme.header, width, 4)]
        self.setToolTip(plain(lane.name))
        self.update()

    def content_height(self) -> float:
        theme = self._theme
        return (
            14
            + theme.header_metrics.lineSpacing() * len(self._name)
            + 8
            + theme.progress_metrics.height()
            + 14
        )

    def _constrained(self, pos: QPointF) -> QPointF:
        return QPointF(0, pos.y())  # lanes move up and down only

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        theme = self._theme
        rect = self.size_rect()
        painter.fillRect(rect, self._color)
        painter.fillRect(QRectF(0, rect.bottom() - 1, rect.width(), 1), WHITE)
        painter.setFont(theme.header)
        painter.setPen(WHITE)
        y = 14.0
        for line in self._name:
            painter.drawStaticText(QPointF(14, y), line)
            y += theme.header_metrics.lineSpacing()
        painter.setRenderHint(ANTIALIASING)
        self._draw_progress(painter, 14, y + 8, rect.width() - 28, (WHITE, LANE_TRACK, WHITE))


class PhaseHeaderItem(HeaderItem):
    """ "1. Samen starten" with the phase's progress, above its column."""

    def __init__(self, phase: Phase, number: int, theme: Theme) -> None:
        super().__init__(theme, COLUMN_WIDTH, PHASE_HEADER_HEIGHT)
        self.phase_id = phase.id
        self._name: list[QStaticText] = []
        self.set_phase(phase, number)

    def set_phase(self, phase: Phase, number: int) -> None:
        theme = self._theme
        lines = wrap_lines(f"{number}. {phase.name}", theme.header, COLUMN_WIDTH - 24, 2)
        self._name = [static_text(x) for x in lines]
        self.setToolTip(plain(phase.description or phase.name))
        self.update()

    def _constrained(self, pos: QPointF) -> QPointF:
        return QPointF(pos.x(), 0)  # phases move left and right only

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        theme = self._theme
        rect = self.size_rect()
        painter.fillRect(rect, HEADER_BACKGROUND)
        painter.fillRect(QRectF(0, rect.bottom() - 2, rect.width(), 2), HEADER_RULE)
        painter.fillRect(QRectF(rect.right() - 1, 0, 1, rect.height()), HEADER_RULE)
        painter.setFont(theme.header)
        painter.setPen(INK)
        line_height = theme.header_metrics.lineSpacing()
        progress_y = rect.height() - 9 - theme.progress_metrics.height()
        y = max(5.0, (progress_y - line_height * len(self._name)) / 2)
        for line in self._name:
            painter.drawStaticText(QPointF(12, y), line)
            y += line_height
        painter.setRenderHint(ANTIALIASING)
        self._draw_progress(
            painter, 12, progress_y, rect.width() - 24, (MUTED, PROGRESS_TRACK, PROGRESS_DONE)
        )


# --- background, legend, feedback ----------------------------------------------------------
