"""A step as a card in its cell: title, status, owner, instrument chips, the handle to draw an arrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from sec_workshop.domain.process import Instrument, Step
from sec_workshop.gui.common.labels import STEP_STATUS_COLOR
from sec_workshop.gui.common.plain_text import plain

# --- layout (scene pixels) ---------------------------------------------------------------
if TYPE_CHECKING:
    from sec_workshop.gui.roadmap.items.arrow import DependencyItem

from sec_workshop.gui.roadmap.items.base import (
    ANTIALIASING,
    BORDER_PEN,
    CARD_FLAGS,
    CARD_GAP,
    CARD_MIN_HEIGHT,
    CARD_PAD,
    CARD_RADIUS,
    CARD_STRIPE,
    CARD_WIDTH,
    CHIP_BACKGROUND,
    CHIP_BRUSH,
    CHIP_GAP,
    CHIP_HEIGHT,
    CHIP_TEXT,
    HANDLE_RADIUS,
    INK,
    MAX_CHIPS,
    MUTED,
    NO_BRUSH,
    NO_PEN,
    NO_PEN_LINE,
    READABLE_SCALE,
    SELECTION,
    SHADOW_BRUSH,
    SKETCH_BRUSH,
    TEXT,
    TITLE_MAX_LINES,
    WHITE,
    WHITE_BRUSH,
    Z_CARD,
    Theme,
    card_paths,
    static_text,
    swimlane_scene_of,
    wrap_lines,
)


def stack_height(stack: list[StepCardItem]) -> float:
    """The height of a cell's cards stacked with gaps."""
    return sum(c.height for c in stack) + CARD_GAP * (len(stack) - 1)


class StepCardItem(QGraphicsRectItem):
    """One step: title, status, owner and instrument chips on a white card with a stripe in
    the lane colour; a round handle on its right edge starts an arrow."""

    def __init__(self, step_id: str, theme: Theme) -> None:
        super().__init__()
        self.step_id = step_id
        self.arrows: dict[str, DependencyItem] = {}
        self.home = QPointF()  # where the layout put it; a drag that goes nowhere returns here
        self._theme = theme
        self._height = CARD_MIN_HEIGHT
        self._lane_color, self._lane_brush = theme.paint(MUTED.name())
        self._status_brush = self._lane_brush
        self._title_lines: list[str] = []
        self._title: list[QStaticText] | None = None  # laid out when first drawn readable
        self._title_y = CARD_PAD
        self._status = QStaticText()
        self._status_color = self._lane_color
        self._status_y = 0.0
        self._owner: QStaticText | None = None
        self._owner_x = 0.0
        self._chips: list[tuple[QRectF, QStaticText]] = []
        self._chip_rects: list[QRectF] = []  # the same rectangles, for the sketch
        self._paths = card_paths(self._height)
        self._tip = ""
        self._hovered = False
        self._link_target = False
        self._linking = False
        self._dragging = False
        # No itemChange() override and no geometry notifications: with hundreds of cards a
        # Python callback per flag, position and selection change is what a build costs.
        # The scene moves the arrows itself, after a layout and while a drag goes on.
        self.setFlags(CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_CARD)
        self.setPen(NO_PEN_LINE)
        self.setRect(self._paths.bounds)

    # --- content -------------------------------------------------------------------------
    @property
    def height(self) -> float:
        return self._height

    def refresh(self, step: Step, lane_color: str, instruments: list[Instrument]) -> bool:
        """Lay the card's texts out again; True when its height changed."""
        theme = self._theme
        inner = CARD_WIDTH - CARD_STRIPE - 2 * CARD_PAD
        left = CARD_STRIPE + CARD_PAD
        self._lane_color, self._lane_brush = theme.paint(lane_color)
        lines = wrap_lines(step.title, theme.title, inner, TITLE_MAX_LINES)
        self._title_lines = lines
        self._title = None
        y = CARD_PAD + theme.title_metrics.lineSpacing() * max(1, len(lines)) + 4
        self._status = theme.static(theme.status_texts[step.status])
        self._status_color, self._status_brush = theme.paint(STEP_STATUS_COLOR[step.status])
        self._status_y = y
        status_width = theme.status_widths[step.status]
        self._owner = None
        owner_room = inner - status_width - 10
        if step.owner.strip() and owner_room > 30:
            owner, owner_width = theme.elided(step.owner.strip(), owner_room)
            self._owner = theme.static(owner)
            self._owner_x = left + inner - owner_width
        y += theme.status_metrics.lineSpacing()
        self._chips = []
        self._chip_rects = []
        names = [i.name for i in instruments[:MAX_CHIPS]]
        if len(instruments) > MAX_CHIPS:
            names.append(f"+{len(instruments) - MAX_CHIPS}")
        if names:
            y += 6
            x = left
            for name in names:
                text, text_width = theme.elided(name, inner - 14)
                width = text_width + 14
                if x > left and x + width > left + inner:
                    x = left
                    y += CHIP_HEIGHT + CHIP_GAP
                chip = QRectF(x, y, width, CHIP_HEIGHT)
                self._chips.append((chip, theme.static(text)))
                self._chip_rects.append(chip)
                x += width + CHIP_GAP
            y += CHIP_HEIGHT
        height = max(CARD_MIN_HEIGHT, y + CARD_PAD)
        changed = height != self._height
        if changed:
            self._height = height
            self._paths = card_paths(height)
            self.setRect(self._paths.bounds)
        tip = step.title if not step.description.strip() else f"{step.title}\n\n{step.description}"
        self._tip = tip if len(tip) < 600 else tip[:600] + "…"
        if self.toolTip():
            self.setToolTip(self._tooltip_text())
        self.update()
        return changed

    def handle_center(self) -> QPointF:
        return QPointF(CARD_WIDTH, self._height / 2)

    def centre(self) -> QPointF:
        """The centre of the card body in scene coordinates."""
        return self.pos() + QPointF(CARD_WIDTH / 2, self._height / 2)

    def _on_handle(self, pos: QPointF) -> bool:
        delta = pos - self.handle_center()
        return delta.x() * delta.x() + delta.y() * delta.y() <= (HANDLE_RADIUS + 3) ** 2

    def set_link_target(self, on: bool) -> None:
        if on != self._link_target:
            self._link_target = on
            self.update()

    # --- QGraphicsItem -------------------------------------------------------------------
    def shape(self) -> QPainterPath:
        return self._paths.shape

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        # Brushes and pens made once: hundreds of cards are painted, and a colour converted
        # to a brush on every call costs more than the drawing at a far zoom.
        paths = self._paths
        painter.setRenderHint(ANTIALIASING)
        painter.setPen(NO_PEN)
        painter.setBrush(SHADOW_BRUSH)
        painter.drawRoundedRect(paths.shadow, CARD_RADIUS, CARD_RADIUS)
        painter.setBrush(WHITE_BRUSH)
        painter.setPen(BORDER_PEN)
        painter.drawRoundedRect(paths.border, CARD_RADIUS, CARD_RADIUS)
        painter.setPen(NO_PEN)
        painter.setBrush(self._lane_brush)
        painter.drawPath(paths.stripe)
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        if scale < READABLE_SCALE and not self._theme.exporting:
            self._paint_sketch(painter)
        else:
            self._paint_texts(painter)
        self._paint_marks(painter, paths.rect)

    def _paint_sketch(self, painter: QPainter) -> None:
        """Zoomed far out the texts are too small to read: grey bars where they would be,
        which is calmer to look at and much cheaper to draw."""
        bars, dot, status_bar = self._theme.sketch(len(self._title_lines), self._status_y)
        painter.setPen(NO_PEN)
        painter.setBrush(SKETCH_BRUSH)
        painter.drawRects(bars)
        painter.setBrush(self._status_brush)
        painter.drawEllipse(dot, 5, 5)
        painter.drawRect(status_bar)
        if self._chip_rects:
            painter.setBrush(CHIP_BRUSH)
            painter.drawRects(self._chip_rects)

    def _paint_texts(self, painter: QPainter) -> None:
        theme = self._theme
        left = CARD_STRIPE + CARD_PAD
        painter.setFont(theme.title)
        painter.setPen(TEXT)
        line_height = theme.title_metrics.lineSpacing()
        if self._title is None:
            self._title = [static_text(line) for line in self._title_lines]
        for i, line in enumerate(self._title):
            painter.drawStaticText(QPointF(left, self._title_y + i * line_height), line)
        painter.setFont(theme.status)
        painter.setPen(self._status_color)
        painter.drawStaticText(QPointF(left, self._status_y), self._status)
        painter.setFont(theme.small)
        if self._owner is not None:
            painter.setPen(MUTED)
            owner_y = self._status_y + theme.status_metrics.ascent() - theme.small_metrics.ascent()
            painter.drawStaticText(QPointF(self._owner_x, owner_y), self._owner)
        text_dy = (CHIP_HEIGHT - theme.small_metrics.height()) / 2
        for chip, label in self._chips:
            painter.setPen(NO_PEN)
            painter.setBrush(CHIP_BACKGROUND)
            painter.drawRoundedRect(chip, CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
            painter.setPen(CHIP_TEXT)
            painter.drawStaticText(QPointF(chip.x() + 7, chip.y() + text_dy), label)

    def _paint_marks(self, painter: QPainter, rect: QRectF) -> None:
        """Selection, arrow target and handle; not in an exported image."""
        if self._theme.exporting:
            return
        selected = self.isSelected()
        if not (selected or self._link_target or self._hovered or self._linking):
            return  # most cards carry no marks
        painter.setBrush(NO_BRUSH)
        if selected:
            painter.setPen(QPen(SELECTION, 3))
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), CARD_RADIUS + 1, CARD_RADIUS + 1)
        if self._link_target:
            painter.setPen(QPen(INK, 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), CARD_RADIUS + 1, CARD_RADIUS + 1)
        if selected or self._hovered or self._linking:
            painter.setPen(QPen(self._lane_color, 2))
            painter.setBrush(WHITE)
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS - 1, HANDLE_RADIUS - 1)
            painter.setPen(NO_PEN)
            painter.setBrush(self._lane_color)
            painter.drawEllipse(self.handle_center(), 2.5, 2.5)

    # --- gestures ------------------------------------------------------------------------
    def _tooltip_text(self) -> str:
        """The step's title and description, and who is involved in it."""
        scene = swimlane_scene_of(self)
        people = scene.people_of(self.step_id) if scene is not None else []
        tip = self._tip
        if people:
            heading = QCoreApplication.translate("StepCard", "Stakeholders")
            tip += f"\n\n{heading}: " + ", ".join(people)
        return plain(tip)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        tooltip = self._tooltip_text()  # set late: most cards are never hovered
        if self.toolTip() != tooltip:
            self.setToolTip(tooltip)
        self.update()
        for arrow in self.arrows.values():
            arrow.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self._on_handle(event.pos()):
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.unsetCursor()
        self.update()
        for arrow in self.arrows.values():
            arrow.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = swimlane_scene_of(self)
        if (
            scene is not None
            and event.button() == Qt.MouseButton.LeftButton
            and self._on_handle(event.pos())
        ):
            self._linking = True
            self.update()
            scene._link_started(self)
            event.accept()
            return
        self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = swimlane_scene_of(self)
        if self._linking:
            if scene is not None:
                scene._link_moved(self, event.scenePos())
            return
        super().mouseMoveEvent(event)
        if scene is not None and event.buttons() & Qt.MouseButton.LeftButton:
            scene._cards_dragged(self, first=not self._dragging)
            self._dragging = True

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = swimlane_scene_of(self)
        if self._linking:
            self._linking = False
            self.update()
            if scene is not None:
                scene._link_released(self, event.scenePos())
            return
        super().mouseReleaseEvent(event)
        was_dragging, self._dragging = self._dragging, False
        if scene is not None and was_dragging:
            scene._cards_released(self)


# --- arrows ------------------------------------------------------------------------------
