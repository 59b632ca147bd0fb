"""The process model as swimlanes: lanes by phases, step cards in the cells, arrows between
steps. The scene only listens to a ``ModelDocument`` and keeps an id-to-item map; a user's
gesture becomes a *request* signal that a controller turns into an undo command."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QStaticText,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.process import Instrument, Lane, Phase, Step, progress
from sec_workshop.gui.labels import STEP_STATUS_COLOR, STEP_STATUS_MARK, step_status
from sec_workshop.gui.model_document import ModelDocument

# --- layout (scene pixels) ---------------------------------------------------------------
HEADER_WIDTH = 200.0  # lane header column at the left
PHASE_HEADER_HEIGHT = 72.0  # phase header row at the top: two lines of name and progress
COLUMN_WIDTH = 250.0
CARD_WIDTH = 226.0
CARD_X = (COLUMN_WIDTH - CARD_WIDTH) / 2
CARD_GAP = 10.0
CARD_MIN_HEIGHT = 64.0
CARD_RADIUS = 6.0
CARD_STRIPE = 5.0
CARD_PAD = 10.0
CELL_PADDING = 12.0
LANE_MIN_HEIGHT = 110.0
TITLE_MAX_LINES = 3
MAX_CHIPS = 3
CHIP_HEIGHT = 18.0
CHIP_GAP = 4.0
HANDLE_RADIUS = 7.0
ARROW_HEAD = 9.0
ARROW_BULGE = 22.0  # how far an arrow between cards of one column swings out to the right
LEGEND_GAP = 16.0
LEGEND_HEIGHT = 30.0
SCENE_MARGIN = 24.0
READABLE_SCALE = 0.35  # below this zoom (titles under 5 px) a card's texts are drawn as bars

# --- colours -----------------------------------------------------------------------------
INK = QColor("#1B3A4B")
TEXT = QColor("#263238")
MUTED = QColor("#607D8B")
CARD_BORDER = QColor("#C5CED6")
CARD_SHADOW = QColor(0, 0, 0, 28)
SELECTION = QColor("#F9A825")
# Light, so that the cards stay what the eye reads first; opaque, because a translucent pen
# makes Qt fill a stroked outline, ten times slower for hundreds of long curves.
ARROW = QColor("#9AA7AE")
ARROW_STRONG = QColor("#37474F")  # arrows of the card under the mouse or selected
ARROW_HOVER = QColor("#263238")
GRID_LINE = QColor(120, 144, 156, 90)
HEADER_BACKGROUND = QColor("#EEF2F5")
HEADER_RULE = QColor("#B0BEC5")
CHIP_BACKGROUND = QColor("#ECEFF1")
CHIP_TEXT = QColor("#37474F")
PROGRESS_TRACK = QColor("#D5DDE3")
PROGRESS_DONE = QColor(STEP_STATUS_COLOR[StepStatus.DONE])
WHITE = QColor("#FFFFFF")
LANE_TRACK = QColor(255, 255, 255, 80)
SKETCH = QColor("#CFD8DC")  # bars standing in for text when zoomed far out
LANE_TINT = 0.13  # share of the lane colour in its band; the rest is white
DIMMED = 0.22
SHADOW_BRUSH = QBrush(CARD_SHADOW)
WHITE_BRUSH = QBrush(WHITE)
SKETCH_BRUSH = QBrush(SKETCH)
CHIP_BRUSH = QBrush(CHIP_BACKGROUND)
BORDER_PEN = QPen(CARD_BORDER, 1)
# Cards and arrows are QGraphicsRectItems whose rectangle is their bounds, drawn by their
# own paint(): the scene's index and its paint traversal ask every moved or painted item
# for its bounds several times, and a rectangle kept in C++ answers without a call into
# Python. Without a pen the rectangle is the bounds exactly.
NO_PEN_LINE = QPen(Qt.PenStyle.NoPen)

# Qt's enums looked up once: an attribute lookup on a Python enum costs more than the
# painter call it feeds, and cards are built and painted by the hundred.
NO_PEN = Qt.PenStyle.NoPen
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
ANTIALIASING = QPainter.RenderHint.Antialiasing
PLAIN_TEXT = Qt.TextFormat.PlainText
ELIDE_RIGHT = Qt.TextElideMode.ElideRight
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
NO_CACHE = QGraphicsItem.CacheMode.NoCache
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable

# --- stacking ----------------------------------------------------------------------------
Z_GRID = -10.0
Z_ARROW = 1.0
Z_CARD = 2.0
Z_HEADER = 3.0
Z_INDICATOR = 15.0
Z_DRAGGED = 20.0
Z_LINK = 30.0


def _done_text(share: float) -> str:
    return QCoreApplication.translate("SwimlaneScene", "%1% done").replace(
        "%1", str(round(share * 100))
    )


def _font(base: QFont, pixels: int, weight: QFont.Weight) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    font.setWeight(weight)
    return font


def _tint(color: QColor, share: float) -> QColor:
    return QColor(
        round(255 + (color.red() - 255) * share),
        round(255 + (color.green() - 255) * share),
        round(255 + (color.blue() - 255) * share),
    )


def _static(text: str) -> QStaticText:
    """A text that Qt lays out at its first paint and keeps laid out until the zoom changes.
    Not prepared here: cards far out of view or too small to read never need the layout."""
    static = QStaticText(text)
    static.setTextFormat(PLAIN_TEXT)
    return static


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` word-wrapped to ``width``; the last allowed line ends in an ellipsis when the
    text goes on."""
    text = " ".join(text.split())
    if not text:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].strip() for start, length in spans[:max_lines]]
    if len(spans) > max_lines:
        rest = text[spans[max_lines - 1][0] :]
        lines[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


class _Theme:
    """Fonts and their metrics, made once per scene from the application's font."""

    def __init__(self, base: QFont) -> None:
        self.title = _font(base, 14, QFont.Weight.DemiBold)
        self.status = _font(base, 12, QFont.Weight.DemiBold)
        self.small = _font(base, 11, QFont.Weight.Normal)
        self.header = _font(base, 15, QFont.Weight.Bold)
        self.progress = _font(base, 12, QFont.Weight.Normal)
        self.title_metrics = QFontMetricsF(self.title)
        self.status_metrics = QFontMetricsF(self.status)
        self.small_metrics = QFontMetricsF(self.small)
        self.header_metrics = QFontMetricsF(self.header)
        self.progress_metrics = QFontMetricsF(self.progress)
        self.exporting = False  # an exported image shows no selection and no handles
        self.status_texts = {
            status: f"{STEP_STATUS_MARK[status]} {step_status(status)}" for status in StepStatus
        }
        self.status_widths = {
            status: self.status_metrics.horizontalAdvance(text)
            for status, text in self.status_texts.items()
        }

        # Owners, statuses and instrument names repeat on card after card: measured and laid
        # out once. (QStaticText is shared by value and drawn anywhere without a new layout.)
        self._elided: dict[tuple[str, float], tuple[str, float]] = {}
        self._statics: dict[str, QStaticText] = {}
        self._paints: dict[str, tuple[QColor, QBrush]] = {}
        self._sketches: dict[tuple[int, float], tuple[list[QRectF], QPointF, QRectF]] = {}

    def elided(self, text: str, width: float) -> tuple[str, float]:
        """``text`` in the small font cut to ``width`` with an ellipsis, and its width."""
        found = self._elided.get((text, width))
        if found is None:
            metrics = self.small_metrics
            advance = metrics.horizontalAdvance(text)
            if advance <= width:
                found = (text, advance)
            else:
                cut = metrics.elidedText(text, ELIDE_RIGHT, width)
                found = (cut, metrics.horizontalAdvance(cut))
            self._elided[text, width] = found
        return found

    def paint(self, color: str) -> tuple[QColor, QBrush]:
        """A colour and its brush, shared by every card in that lane or status."""
        found = self._paints.get(color)
        if found is None:
            qcolor = QColor(color)
            found = self._paints[color] = (qcolor, QBrush(qcolor))
        return found

    def sketch(self, lines: int, status_y: float) -> tuple[list[QRectF], QPointF, QRectF]:
        """The bars standing in for a card's texts far out: one per title line and the
        status. They depend only on the number of title lines, so cards share them."""
        key = (lines, status_y)
        found = self._sketches.get(key)
        if found is None:
            left = CARD_STRIPE + CARD_PAD
            inner = CARD_WIDTH - CARD_STRIPE - 2 * CARD_PAD
            line_height = self.title_metrics.lineSpacing()
            bars = [
                QRectF(
                    left,
                    CARD_PAD + i * line_height + 3,
                    inner if i < lines - 1 else inner * 0.6,
                    10,
                )
                for i in range(lines)
            ]
            status_middle = status_y + self.status_metrics.height() / 2
            dot = QPointF(left + 5, status_middle)
            status_bar = QRectF(left + 14, status_middle - 4, 50, 8)
            found = self._sketches[key] = (bars, dot, status_bar)
        return found

    def static(self, text: str) -> QStaticText:
        """A laid-out text shared by every card that shows it."""
        static = self._statics.get(text)
        if static is None:
            static = self._statics[text] = _static(text)
        return static


class _CardPaths:
    """The outlines a card of one height needs; cards of equal height share them."""

    def __init__(self, height: float) -> None:
        body = QPainterPath()
        body.addRoundedRect(QRectF(0, 0, CARD_WIDTH, height), CARD_RADIUS, CARD_RADIUS)
        band = QPainterPath()
        band.addRect(QRectF(0, 0, CARD_STRIPE, height))
        self.stripe = body.intersected(band)
        handle = QPainterPath()
        handle.addEllipse(QPointF(CARD_WIDTH, height / 2), HANDLE_RADIUS, HANDLE_RADIUS)
        self.shape = body.united(handle)
        rect = QRectF(0, 0, CARD_WIDTH, height)
        self.rect = rect
        self.shadow = rect.translated(0, 1.5)
        self.border = rect.adjusted(0.5, 0.5, -0.5, -0.5)
        self.bounds = QRectF(-3, -3, CARD_WIDTH + HANDLE_RADIUS + 6, height + 6)


_CARD_PATHS: dict[float, _CardPaths] = {}


def _card_paths(height: float) -> _CardPaths:
    paths = _CARD_PATHS.get(height)
    if paths is None:
        paths = _CARD_PATHS[height] = _CardPaths(height)
    return paths


def _stack_height(stack: list[StepCardItem]) -> float:
    """The height of a cell's cards stacked with gaps."""
    return sum(c.height for c in stack) + CARD_GAP * (len(stack) - 1)


def _swimlane_scene(item: QGraphicsItem) -> SwimlaneScene | None:
    scene = item.scene()
    return scene if isinstance(scene, SwimlaneScene) else None


CARD_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)


# --- step cards ----------------------------------------------------------------------------
class StepCardItem(QGraphicsRectItem):
    """One step: title, status, owner and instrument chips on a white card with a stripe in
    the lane colour; a round handle on its right edge starts an arrow."""

    def __init__(self, step_id: str, theme: _Theme) -> None:
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
        self._paths = _card_paths(self._height)
        self._tooltip = ""
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
            self._paths = _card_paths(height)
            self.setRect(self._paths.bounds)
        tip = step.title if not step.description.strip() else f"{step.title}\n\n{step.description}"
        self._tooltip = tip if len(tip) < 600 else tip[:600] + "…"
        if self.toolTip():
            self.setToolTip(self._tooltip)
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
            self._title = [_static(line) for line in self._title_lines]
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
    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        if self.toolTip() != self._tooltip:
            self.setToolTip(self._tooltip)  # set late: most cards are never hovered
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
        scene = _swimlane_scene(self)
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
        scene = _swimlane_scene(self)
        if self._linking:
            if scene is not None:
                scene._link_moved(self, event.scenePos())
            return
        super().mouseMoveEvent(event)
        if scene is not None and event.buttons() & Qt.MouseButton.LeftButton:
            scene._cards_dragged(self, first=not self._dragging)
            self._dragging = True

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = _swimlane_scene(self)
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
def _arrow_pen(color: QColor, width: float) -> tuple[QPen, QBrush]:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen, QBrush(color)


# Selected, under the mouse, one of its cards selected or hovered, plain.
ARROW_PENS = (
    _arrow_pen(SELECTION, 3.0),
    _arrow_pen(ARROW_HOVER, 2.4),
    _arrow_pen(ARROW_STRONG, 2.0),
    _arrow_pen(ARROW, 1.5),
)


def _arrow_points(
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


def _arrow_bounds(points: tuple[float, ...]) -> tuple[float, float, float, float]:
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
            self._points = _arrow_points(key[0], key[1], source_height, target_height)
            self._extent = _arrow_bounds(self._points)
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
        exporting = _exporting(self)
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
        scene = _swimlane_scene(self)
        if scene is not None:
            self.setToolTip(scene.arrow_text(self.dep_id))  # late: titles may have changed
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)


def _exporting(item: QGraphicsItem) -> bool:
    scene = _swimlane_scene(item)
    return scene is not None and scene.theme.exporting


# --- headers -------------------------------------------------------------------------------
class _HeaderItem(QGraphicsItem):
    """A lane or phase header; dragging it along its axis asks to reorder."""

    def __init__(self, theme: _Theme, width: float, height: float) -> None:
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
            self._progress = _static(_done_text(share))
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
        scene = _swimlane_scene(self)
        if scene is not None:
            scene._header_dragged(self)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if not self._dragging:
            return
        self._dragging = False
        self.setZValue(Z_HEADER)
        self.setOpacity(1.0)
        scene = _swimlane_scene(self)
        if scene is not None:
            scene._header_released(self)


class LaneHeaderItem(_HeaderItem):
    """The lane's name in white on its route colour, with its progress."""

    def __init__(self, lane: Lane, theme: _Theme) -> None:
        super().__init__(theme, HEADER_WIDTH, LANE_MIN_HEIGHT)
        self.lane_id = lane.id
        self._color = QColor(lane.color)
        self._name: list[QStaticText] = []
        self.set_lane(lane)

    def set_lane(self, lane: Lane) -> None:
        self._color = QColor(lane.color)
        width = HEADER_WIDTH - 2 * 14
        self._name = [_static(x) for x in wrap_lines(lane.name, self._theme.header, width, 4)]
        self.setToolTip(lane.name)
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


class PhaseHeaderItem(_HeaderItem):
    """ "1. Samen starten" with the phase's progress, above its column."""

    def __init__(self, phase: Phase, number: int, theme: _Theme) -> None:
        super().__init__(theme, COLUMN_WIDTH, PHASE_HEADER_HEIGHT)
        self.phase_id = phase.id
        self._name: list[QStaticText] = []
        self.set_phase(phase, number)

    def set_phase(self, phase: Phase, number: int) -> None:
        theme = self._theme
        lines = wrap_lines(f"{number}. {phase.name}", theme.header, COLUMN_WIDTH - 24, 2)
        self._name = [_static(x) for x in lines]
        self.setToolTip(phase.description or phase.name)
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
class _GridItem(QGraphicsItem):
    """Lane bands in a light tint of their colour, thin column lines, the corner title."""

    def __init__(self, theme: _Theme) -> None:
        super().__init__()
        self._theme = theme
        self._bands: list[tuple[QRectF, QColor, bool]] = []
        self._columns: list[float] = []
        self._rect = QRectF()
        self._title: list[QStaticText] = []
        self.setZValue(Z_GRID)

    def set_title(self, title: str) -> None:
        lines = wrap_lines(title, self._theme.header, HEADER_WIDTH - 24, 2)
        self._title = [_static(x) for x in lines]
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
            painter.fillRect(band, color if not dimmed else _tint(color, 0.4))
            painter.fillRect(QRectF(band.x(), band.bottom() - 1, band.width(), 1), WHITE)
        top, bottom = PHASE_HEADER_HEIGHT, self._rect.bottom()
        for x in self._columns:
            painter.fillRect(QRectF(x - 0.5, top, 1, bottom - top), GRID_LINE)


class _LegendItem(QGraphicsItem):
    """Below the lanes: what the status marks and the arrows mean."""

    def __init__(self, theme: _Theme) -> None:
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
            static = _static(text)
            self._entries.append((x, QColor(STEP_STATUS_COLOR[status]), static))
            x += theme.status_metrics.horizontalAdvance(text) + 22
        self._arrow_x = x + 8
        self._arrow_text = _static(QCoreApplication.translate("SwimlaneScene", "builds on"))
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


class _DropIndicatorItem(QGraphicsItem):
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


# --- the scene -----------------------------------------------------------------------------
class SwimlaneScene(QGraphicsScene):
    """Lanes by phases with step cards and arrows, kept in step with one ``ModelDocument``."""

    move_requested = Signal(list)  # [(step_id, lane_id, phase_id, position), ...]
    dependency_requested = Signal(str, str)  # from_step_id, to_step_id
    add_step_requested = Signal(str, str)  # lane_id, phase_id
    edit_requested = Signal(str)  # step_id
    lane_header_moved = Signal(str, int)  # lane_id, new position
    phase_header_moved = Signal(str, int)  # phase_id, new position
    lane_edit_requested = Signal(str)  # double-click on a lane header
    phase_edit_requested = Signal(str)  # double-click on a phase header

    def __init__(self, doc: ModelDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.theme = _Theme(self.font())
        # Cards stay put most of the time and there are hundreds: a BSP tree finds the few
        # that a paint or a click touches.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.step_items: dict[str, StepCardItem] = {}
        self.dep_items: dict[str, DependencyItem] = {}
        self.lane_items: dict[str, LaneHeaderItem] = {}
        self.phase_items: dict[str, PhaseHeaderItem] = {}
        self._hidden: set[str] = set()
        self._selected_cards: set[str] = set()
        self._lane_spans: list[tuple[str, float, float]] = []  # lane id, top, height
        self._phase_spans: list[tuple[str, float]] = []  # phase id, left
        self._stack_heights: dict[tuple[str, str], float] = {}  # of the cells that have cards
        self._card_cells: dict[str, tuple[str, str]] = {}  # where each card was laid out
        self._route: str | None = None
        self._cards_cached = False
        self._after_release: list[Callable[[], None]] = []
        self._link_line: QGraphicsPathItem | None = None
        self._link_target: StepCardItem | None = None
        self._grid = _GridItem(self.theme)
        self._legend = _LegendItem(self.theme)
        self._indicator = _DropIndicatorItem()
        doc.structure_changed.connect(self._on_doc_structure_changed)
        doc.step_added.connect(self._on_doc_step_added)
        doc.step_changed.connect(self._on_doc_step_changed)
        doc.steps_moved.connect(self._on_doc_steps_moved)
        doc.step_removed.connect(self._on_doc_step_removed)
        doc.dependency_added.connect(self._on_doc_dependency_added)
        doc.dependency_removed.connect(self._on_doc_dependency_removed)
        self.selectionChanged.connect(self._on_scene_selection_changed)
        self._build()

    # --- public helpers ------------------------------------------------------------------
    def cell_at(self, scene_pos: QPointF) -> tuple[str, str] | None:
        """(lane_id, phase_id) of the cell under a scene point, or None outside the cells."""
        lane_id = next(
            (i for i, top, h in self._lane_spans if top <= scene_pos.y() < top + h), None
        )
        phase_id = next(
            (i for i, left in self._phase_spans if left <= scene_pos.x() < left + COLUMN_WIDTH),
            None,
        )
        if lane_id is None or phase_id is None:
            return None
        return lane_id, phase_id

    def cell_rect(self, lane_id: str, phase_id: str) -> QRectF:
        span = next(((top, h) for i, top, h in self._lane_spans if i == lane_id), None)
        left = next((x for i, x in self._phase_spans if i == phase_id), None)
        if span is None or left is None:
            return QRectF()
        return QRectF(left, span[0], COLUMN_WIDTH, span[1])

    def card_rect(self, step_id: str) -> QRectF:
        """The card's body in scene coordinates (empty when the step has no card)."""
        card = self.step_items.get(step_id)
        if card is None:
            return QRectF()
        return QRectF(
            card.pos(), QPointF(card.pos().x() + CARD_WIDTH, card.pos().y() + card.height)
        )

    def highlight_route(self, route: str | None) -> None:
        """Dim every lane of another route; None shows all at full strength."""
        self._route = route or None
        self._apply_highlight()
        self._relayout()

    def find(self, text: str) -> list[str]:
        """Select and return the steps whose title or description holds ``text``."""
        needle = text.strip().casefold()
        found: list[str] = []
        if needle:
            found = [
                s.id
                for s in self._visual_order(self.doc.steps())
                if needle in s.title.casefold() or needle in s.description.casefold()
            ]
        self.select_steps(found)
        return found

    def select_steps(self, step_ids: Iterable[str]) -> None:
        self.clearSelection()
        first: StepCardItem | None = None
        for step_id in step_ids:
            card = self.step_items.get(step_id)
            if card is not None:
                card.setSelected(True)
                first = first or card
        if first is not None:
            first.setFocus()

    def selected_step_ids(self) -> list[str]:
        cards = [i for i in self.selectedItems() if isinstance(i, StepCardItem)]
        cards.sort(key=lambda c: (c.pos().x(), c.pos().y()))
        return [c.step_id for c in cards]

    def selected_dependency_ids(self) -> list[str]:
        return [i.dep_id for i in self.selectedItems() if isinstance(i, DependencyItem)]

    def neighbour(self, step_id: str, dx: int, dy: int) -> str | None:
        """The card next to ``step_id``: dx -1/+1 the nearest card in the nearest phase column
        to the left/right that has cards; dy -1/+1 the previous/next card in the column,
        across lanes."""
        card = self.step_items.get(step_id)
        if card is None:
            return None
        columns: dict[int, list[StepCardItem]] = {}
        for other in self.step_items.values():
            if other.isVisible():
                columns.setdefault(self._column_of(other), []).append(other)
        column = self._column_of(card)
        centre_y = card.home.y() + card.height / 2
        if dy:
            cards = sorted(columns.get(column, []), key=lambda c: c.home.y())
            index = cards.index(card) + dy if card in cards else -1
            return cards[index].step_id if 0 <= index < len(cards) else None
        if dx:
            steps = sorted(
                (c for c in columns if (c - column) * dx > 0), key=lambda c: abs(c - column)
            )
            if steps:
                nearest = columns[steps[0]]
                best = min(nearest, key=lambda o: abs(o.home.y() + o.height / 2 - centre_y))
                return best.step_id
        return None

    def first_step(self) -> str | None:
        """The top card of the leftmost column that has cards."""
        cards = [c for c in self.step_items.values() if c.isVisible()]
        if not cards:
            return None
        return min(cards, key=lambda c: (c.home.x(), c.home.y())).step_id

    def retranslate(self) -> None:
        """After a language switch: statuses, progress and legend in the new language."""
        exporting = self.theme.exporting
        self.theme = _Theme(self.font())
        self.theme.exporting = exporting
        for item in (self._grid, self._legend):
            item._theme = self.theme
        self._legend.refresh()
        self._build()

    def arrow_text(self, dep_id: str) -> str:
        """What an arrow says: “B” builds on “A”."""
        dep = self.doc.dependency(dep_id)
        a = self.doc.step(dep.from_step_id) if dep else None
        b = self.doc.step(dep.to_step_id) if dep else None
        if a is None or b is None:
            return ""
        return (
            QCoreApplication.translate("SwimlaneScene", "“%1” builds on “%2”")
            .replace("%1", b.title)
            .replace("%2", a.title)
        )

    def set_cards_cached(self, on: bool) -> None:
        """Keep each card as a pixmap in device pixels (the view does so while it shows the
        cards readable): moving or panning a cached card only blits its pixmap, zooming
        re-renders it sharp. Zoomed far out, where a card is a sketch of a few bars, drawing
        it is cheaper than filling and blitting a pixmap, and one-off renders (an export, a
        first paint) gain nothing from a cache."""
        if on != self._cards_cached:
            self._cards_cached = on
            mode = DEVICE_CACHE if on else NO_CACHE
            for card in self.step_items.values():
                card.setCacheMode(mode)

    def set_exporting(self, on: bool) -> None:
        """An image for a report: no selection marks, no handles."""
        self.theme.exporting = on
        for card in self.step_items.values():
            if card.isSelected() or card._hovered:
                card.update()
        for arrow in self.dep_items.values():
            if arrow.isSelected():
                arrow.update()

    # --- building and layout -------------------------------------------------------------
    def _build(self) -> None:
        selected_steps = set(self.selected_step_ids())
        selected_deps = set(self.selected_dependency_ids())
        focus = self.focusItem()
        focus_id = focus.step_id if isinstance(focus, StepCardItem) else None
        if self._grid.scene() is self:
            for item in (self._grid, self._legend, self._indicator):
                self.removeItem(item)
        self._remove_link_line()
        self.step_items = {}
        self.dep_items = {}
        self.lane_items = {}
        self.phase_items = {}
        self._hidden = set()
        self._selected_cards = set()
        self.clear()
        self.addItem(self._grid)
        self.addItem(self._legend)
        self.addItem(self._indicator)
        self._indicator.setVisible(False)
        self._grid.set_title(self.doc.model.name)
        for lane in self.doc.lanes():
            header = LaneHeaderItem(lane, self.theme)
            self.lane_items[lane.id] = header
            self.addItem(header)
        for number, phase in enumerate(self.doc.phases(), start=1):
            phase_header = PhaseHeaderItem(phase, number, self.theme)
            self.phase_items[phase.id] = phase_header
            self.addItem(phase_header)
        for step in self.doc.steps():
            self._add_card(step)
        self._relayout()
        for dep in self.doc.dependencies():
            self._add_arrow(dep.id, highlight=False)
        self._update_progress()
        if self._route is not None:  # new items are at full strength already
            self._apply_highlight()
        for step_id in selected_steps:
            if step_id in self.step_items:
                self.step_items[step_id].setSelected(True)
        for dep_id in selected_deps:
            if dep_id in self.dep_items:
                self.dep_items[dep_id].setSelected(True)
        if focus_id in self.step_items:
            self.step_items[focus_id].setFocus()

    def _add_card(self, step: Step) -> StepCardItem:
        card = StepCardItem(step.id, self.theme)
        if self._cards_cached:
            card.setCacheMode(DEVICE_CACHE)
        lane = self.doc.lane(step.lane_id)
        card.refresh(step, lane.color if lane else MUTED.name(), self.doc.instruments_of(step.id))
        self.step_items[step.id] = card
        self.addItem(card)
        return card

    def _add_arrow(self, dep_id: str, highlight: bool = True) -> DependencyItem | None:
        dep = self.doc.dependency(dep_id)
        if dep is None or dep_id in self.dep_items:
            return None
        source = self.step_items.get(dep.from_step_id)
        target = self.step_items.get(dep.to_step_id)
        if source is None or target is None:
            return None
        arrow = DependencyItem(dep_id, source, target)
        source.arrows[dep_id] = arrow
        target.arrows[dep_id] = arrow
        self.dep_items[dep_id] = arrow
        self.addItem(arrow)
        if highlight:
            self._highlight_arrow(arrow)
        return arrow

    def _remove_arrow(self, dep_id: str) -> None:
        arrow = self.dep_items.pop(dep_id, None)
        if arrow is None:
            return
        arrow.source.arrows.pop(dep_id, None)
        arrow.target.arrows.pop(dep_id, None)
        self.removeItem(arrow)

    def _cells(self) -> dict[tuple[str, str], list[StepCardItem]]:
        """The cards of each cell in position order (steps that have no card yet left out:
        a restore tells about moved positions before it tells about the restored steps)."""
        found: dict[tuple[str, str], list[tuple[int, StepCardItem]]] = {}
        for step in self.doc.steps():
            card = self.step_items.get(step.id)
            if card is not None:
                found.setdefault((step.lane_id, step.phase_id), []).append((step.position, card))
        return {
            cell: [card for _p, card in sorted(cards, key=lambda x: x[0])]
            for cell, cards in found.items()
        }

    def _stack(self, lane_id: str, phase_id: str) -> list[StepCardItem]:
        """The cards of one cell in position order (see ``_cells``)."""
        items = self.step_items
        return [items[s.id] for s in self.doc.steps_in(lane_id, phase_id) if s.id in items]

    def _relayout(self) -> None:
        """Put every card in its cell in position order; lanes are as tall as their tallest
        stack. Items that are already in place are not touched."""
        lanes, phases = self.doc.lanes(), self.doc.phases()
        cells = self._cells()
        self._phase_spans = [(p.id, HEADER_WIDTH + i * COLUMN_WIDTH) for i, p in enumerate(phases)]
        self._lane_spans = []
        self._stack_heights = {cell: _stack_height(stack) for cell, stack in cells.items()}
        self._card_cells = {}
        moved: dict[str, DependencyItem] = {}
        top = PHASE_HEADER_HEIGHT
        for lane in lanes:
            height = self._lane_height(lane.id)
            for phase_id, left in self._phase_spans:
                stack = cells.get((lane.id, phase_id), [])
                self._place(stack, (lane.id, phase_id), left, top, moved)
            self._set_lane_header(lane.id, top, height)
            self._lane_spans.append((lane.id, top, height))
            top += height
        # A card whose lane or phase is gone waits hidden for the rebuild that follows.
        hidden = set(self.step_items) - set(self._card_cells)
        for step_id in hidden | self._hidden:
            self.step_items[step_id].setVisible(step_id not in hidden)
        self._hidden = hidden
        for arrow in moved.values():
            arrow.update_path()
        for phase_id, left in self._phase_spans:
            phase_header = self.phase_items.get(phase_id)
            if phase_header is not None:
                phase_header.setPos(left, 0)
        self._lay_out_background(lanes)

    def _relayout_cells(self, cells: Iterable[tuple[str, str]]) -> None:
        """Lay out only the cards of ``cells`` again, after a move, an addition or a removal
        there; when a lane's height changes, the lanes below it move along. Gives the same
        places as ``_relayout`` (which it falls back on when the lanes or phases changed)."""
        lane_ids = {lane_id for lane_id, _t, _h in self._lane_spans}
        phase_left = dict(self._phase_spans)
        cells = set(cells)
        if self._hidden or any(
            lane_id not in lane_ids or phase_id not in phase_left for lane_id, phase_id in cells
        ):
            self._relayout()
            return
        stacks: dict[tuple[str, str], list[StepCardItem]] = {}
        for cell in cells:
            stack = stacks[cell] = self._stack(*cell)
            if stack:
                self._stack_heights[cell] = _stack_height(stack)
            else:
                self._stack_heights.pop(cell, None)
        touched_lanes = {lane_id for lane_id, _p in cells}
        moved: dict[str, DependencyItem] = {}
        spans: list[tuple[str, float, float]] = []
        shifted = False
        top = PHASE_HEADER_HEIGHT
        shifts: dict[str, float] = {}  # lanes that only move up or down, by how much
        for lane_id, old_top, old_height in self._lane_spans:
            height = self._lane_height(lane_id) if lane_id in touched_lanes else old_height
            if lane_id not in touched_lanes and top != old_top:
                shifted = True
                shifts[lane_id] = top - old_top
                self._set_lane_header(lane_id, top, height)
            elif (top, height) != (old_top, old_height):
                # Every card of a lane that moved or changed height goes to its new place.
                shifted = True
                for phase_id, left in self._phase_spans:
                    cell = (lane_id, phase_id)
                    stack = stacks[cell] if cell in stacks else self._stack(*cell)
                    self._place(stack, cell, left, top, moved)
                self._set_lane_header(lane_id, top, height)
            elif lane_id in touched_lanes:
                for phase_id, left in self._phase_spans:
                    if (lane_id, phase_id) in stacks:
                        self._place(
                            stacks[lane_id, phase_id], (lane_id, phase_id), left, top, moved
                        )
            spans.append((lane_id, top, height))
            top += height
        self._lane_spans = spans
        if shifts:
            self._shift(shifts, moved)
        for arrow in moved.values():
            arrow.update_path()
        if shifted:
            self._lay_out_background(self.doc.lanes())

    def _shift(self, shifts: dict[str, float], moved: dict[str, DependencyItem]) -> None:
        """Move the cards of lanes whose cells did not change by their lane's shift; their
        arrows go into ``moved``."""
        items = self.step_items
        for step_id, (lane_id, _phase_id) in self._card_cells.items():
            dy = shifts.get(lane_id)
            if dy is not None:
                card = items[step_id]
                card.home = target = QPointF(card.home.x(), card.home.y() + dy)
                card.setPos(target)
                if card.arrows:
                    moved.update(card.arrows)

    def _place(
        self,
        stack: list[StepCardItem],
        cell: tuple[str, str],
        left: float,
        top: float,
        moved: dict[str, DependencyItem],
    ) -> None:
        """Stack a cell's cards from its top; the arrows of cards that moved go into
        ``moved``."""
        y = top + CELL_PADDING
        for card in stack:
            target = QPointF(left + CARD_X, y)
            card.home = target
            if card.pos() != target:
                card.setPos(target)
                moved.update(card.arrows)
            self._card_cells[card.step_id] = cell
            y += card.height + CARD_GAP

    def _lane_height(self, lane_id: str) -> float:
        """As tall as the lane's header and its tallest stack with padding."""
        header = self.lane_items.get(lane_id)
        height = max(LANE_MIN_HEIGHT, header.content_height() if header else 0.0)
        for phase_id, _left in self._phase_spans:
            used = self._stack_heights.get((lane_id, phase_id))
            if used is not None:
                height = max(height, used + 2 * CELL_PADDING)
        return height

    def _set_lane_header(self, lane_id: str, top: float, height: float) -> None:
        header = self.lane_items.get(lane_id)
        if header is not None:
            header.set_size(HEADER_WIDTH, height)
            header.setPos(0, top)

    def _lay_out_background(self, lanes: list[Lane]) -> None:
        """Lane bands, column lines, legend and scene rectangle from the lanes' spans."""
        right = HEADER_WIDTH + COLUMN_WIDTH * len(self._phase_spans)
        bands = [
            (
                QRectF(HEADER_WIDTH, lane_top, right - HEADER_WIDTH, height),
                _tint(QColor(lane.color), LANE_TINT),
                self._is_dimmed(lane),
            )
            for lane, (_id, lane_top, height) in zip(lanes, self._lane_spans, strict=True)
        ]
        _id, last_top, last_height = self._lane_spans[-1] if self._lane_spans else ("", 0.0, 0.0)
        top = last_top + last_height if self._lane_spans else PHASE_HEADER_HEIGHT
        columns = [left for _id, left in self._phase_spans[1:]]
        self._grid.set_layout(bands, columns, QRectF(0, 0, right, top))
        self._legend.setPos(HEADER_WIDTH, top + LEGEND_GAP)
        bottom = top + LEGEND_GAP + LEGEND_HEIGHT
        width = max(right, HEADER_WIDTH + self._legend.boundingRect().width())
        self.setSceneRect(
            QRectF(0, 0, width, bottom).adjusted(
                -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN
            )
        )

    def _update_progress(
        self, lane_ids: Iterable[str] | None = None, phase_ids: Iterable[str] | None = None
    ) -> None:
        """The progress of the given lanes and phases (of all when None)."""
        if lane_ids is None or phase_ids is None:
            by_lane: dict[str, list[Step]] = {}
            by_phase: dict[str, list[Step]] = {}
            for step in self.doc.steps():
                by_lane.setdefault(step.lane_id, []).append(step)
                by_phase.setdefault(step.phase_id, []).append(step)
            for lane_id, header in self.lane_items.items():
                header.set_progress(progress(by_lane.get(lane_id, [])))
            for phase_id, phase_header in self.phase_items.items():
                phase_header.set_progress(progress(by_phase.get(phase_id, [])))
            return
        all_lanes = [lane_id for lane_id, _t, _h in self._lane_spans]
        all_phases = [phase_id for phase_id, _left in self._phase_spans]
        for lane_id in set(lane_ids) & self.lane_items.keys():
            steps = [s for p in all_phases for s in self.doc.steps_in(lane_id, p)]
            self.lane_items[lane_id].set_progress(progress(steps))
        for phase_id in set(phase_ids) & self.phase_items.keys():
            steps = [s for lane_id in all_lanes for s in self.doc.steps_in(lane_id, phase_id)]
            self.phase_items[phase_id].set_progress(progress(steps))

    def _visual_order(self, steps: Iterable[Step]) -> list[Step]:
        lanes = {x.id: x.position for x in self.doc.lanes()}
        phases = {x.id: x.position for x in self.doc.phases()}
        return sorted(
            steps, key=lambda s: (phases.get(s.phase_id, 0), lanes.get(s.lane_id, 0), s.position)
        )

    def _column_of(self, card: StepCardItem) -> int:
        return int((card.home.x() - HEADER_WIDTH) // COLUMN_WIDTH)

    # --- route highlight -----------------------------------------------------------------
    def _is_dimmed(self, lane: Lane | None) -> bool:
        return self._route is not None and (lane is None or lane.route != self._route)

    def _step_dimmed(self, step_id: str) -> bool:
        step = self.doc.step(step_id)
        return self._is_dimmed(self.doc.lane(step.lane_id) if step else None)

    def _apply_highlight(self) -> None:
        for step_id, card in self.step_items.items():
            card.setOpacity(DIMMED if self._step_dimmed(step_id) else 1.0)
        for lane_id, header in self.lane_items.items():
            header.setOpacity(0.4 if self._is_dimmed(self.doc.lane(lane_id)) else 1.0)
        for arrow in self.dep_items.values():
            self._highlight_arrow(arrow)

    def _highlight_arrow(self, arrow: DependencyItem) -> None:
        dimmed = self._step_dimmed(arrow.source.step_id) and self._step_dimmed(arrow.target.step_id)
        arrow.setOpacity(DIMMED if dimmed else 1.0)

    def _on_scene_selection_changed(self) -> None:
        """The arrows of selected cards are drawn strong."""
        selected = set(self.selected_step_ids())
        arrows: dict[str, DependencyItem] = {}
        for step_id in selected ^ self._selected_cards:
            card = self.step_items.get(step_id)
            if card is not None:
                arrows.update(card.arrows)
        for arrow in arrows.values():
            arrow.update()
        self._selected_cards = selected

    # --- document signals ----------------------------------------------------------------
    def _on_doc_structure_changed(self) -> None:
        self._build()

    def _on_doc_step_added(self, step_id: str) -> None:
        step = self.doc.step(step_id)
        if step is None:
            return
        card = self.step_items.get(step_id)
        if card is None:
            card = self._add_card(step)
        else:
            self._refresh_card(card, step)
        card.setOpacity(DIMMED if self._step_dimmed(step_id) else 1.0)
        self._relayout_cells([(step.lane_id, step.phase_id)])
        self._update_progress([step.lane_id], [step.phase_id])

    def _on_doc_step_changed(self, step_id: str) -> None:
        step = self.doc.step(step_id)
        card = self.step_items.get(step_id)
        if step is None or card is None:
            return
        if self._refresh_card(card, step):
            self._relayout_cells([(step.lane_id, step.phase_id)])
        self._update_progress([step.lane_id], [step.phase_id])

    def _on_doc_steps_moved(self, step_ids: list[str]) -> None:
        # The cells they left and the cells they are in now; only those are laid out again.
        # Progress counts the steps of a lane or a phase: only those that a step left or
        # joined need counting again (renumbering within a cell changes nothing).
        cells: set[tuple[str, str]] = set()
        recount_lanes: set[str] = set()
        recount_phases: set[str] = set()
        arrows: dict[str, DependencyItem] = {}
        for step_id in step_ids:
            step, card = self.doc.step(step_id), self.step_items.get(step_id)
            if step is None:
                continue
            cells.add((step.lane_id, step.phase_id))
            old = self._card_cells.get(step_id) if card is not None else None
            if old is None:
                recount_lanes.add(step.lane_id)
                recount_phases.add(step.phase_id)
            else:
                cells.add(old)
                if old[0] != step.lane_id:
                    recount_lanes |= {old[0], step.lane_id}
                if old[1] != step.phase_id:
                    recount_phases |= {old[1], step.phase_id}
            if card is not None:
                lane = self.doc.lane(step.lane_id)
                if lane is not None and QColor(lane.color) != card._lane_color:
                    self._refresh_card(card, step)
                card.setOpacity(DIMMED if self._step_dimmed(step_id) else 1.0)
                arrows.update(card.arrows)
        self._relayout_cells(cells)
        for arrow in arrows.values():
            self._highlight_arrow(arrow)
        if recount_lanes or recount_phases:
            self._update_progress(recount_lanes, recount_phases)

    def _on_doc_step_removed(self, step_id: str) -> None:
        card = self.step_items.pop(step_id, None)
        if card is None:
            return
        for dep_id in list(card.arrows):
            self._remove_arrow(dep_id)
        if self._link_target is card:
            self._link_target = None
        self.removeItem(card)
        cell = self._card_cells.pop(step_id, None)
        if cell is None:
            self._relayout()
            self._update_progress()
            return
        self._relayout_cells([cell])
        self._update_progress([cell[0]], [cell[1]])

    def _on_doc_dependency_added(self, dep_id: str) -> None:
        self._add_arrow(dep_id)

    def _on_doc_dependency_removed(self, dep_id: str) -> None:
        self._remove_arrow(dep_id)

    def _refresh_card(self, card: StepCardItem, step: Step) -> bool:
        lane = self.doc.lane(step.lane_id)
        color = lane.color if lane else MUTED.name()
        return card.refresh(step, color, self.doc.instruments_of(step.id))

    # --- gestures: moving cards ----------------------------------------------------------
    def _moving_cards(self, dragged: StepCardItem) -> list[StepCardItem]:
        cards = [i for i in self.selectedItems() if isinstance(i, StepCardItem)]
        if dragged not in cards:
            cards.append(dragged)
        return cards

    def _cards_dragged(self, dragged: StepCardItem, first: bool) -> None:
        cards = self._moving_cards(dragged)
        arrows: dict[str, DependencyItem] = {}
        for card in cards:
            arrows.update(card.arrows)
            if first:
                card.setZValue(Z_DRAGGED)
        for arrow in arrows.values():
            arrow.update_path()
        cell = self.cell_at(dragged.centre())
        if cell is None:
            self._indicator.setVisible(False)
            return
        moving = {c.step_id for c in cards}
        others = [
            self.step_items[s.id]
            for s in self.doc.steps_in(*cell)
            if s.id not in moving and s.id in self.step_items
        ]
        index = sum(1 for o in others if o.home.y() + o.height / 2 < dragged.centre().y())
        rect = self.cell_rect(*cell)
        if index < len(others):
            bar_y = others[index].home.y() - CARD_GAP / 2
        elif others:
            bar_y = others[-1].home.y() + others[-1].height + CARD_GAP / 2
        else:
            bar_y = rect.top() + CELL_PADDING / 2
        bar = QRectF(rect.left() + CARD_X, bar_y - 2, CARD_WIDTH, 4)
        self._indicator.show_at(rect, bar)

    def _cards_released(self, dragged: StepCardItem) -> None:
        self._indicator.setVisible(False)
        cards = self._moving_cards(dragged)
        for card in cards:
            card.setZValue(Z_CARD)
        moving = [c for c in cards if c.pos() != c.home]
        moves: list[tuple[str, str, str, int]] = []
        if moving and self.cell_at(dragged.centre()) is not None:
            moves = self._moves_for(moving)
        if moves:
            self._after_release.append(partial(self.move_requested.emit, moves))
        # Back to the layout; when the move goes through, the document's signal lays out again.
        self._after_release.append(self._relayout)

    def _moves_for(self, moving: list[StepCardItem]) -> list[tuple[str, str, str, int]]:
        """Target cell of each card from its centre, position from its height among the cards
        that stay; nothing when the drop changes no order."""
        moving_ids = {c.step_id for c in moving}
        by_cell: dict[tuple[str, str], list[StepCardItem]] = {}
        for card in moving:
            cell = self.cell_at(card.centre())
            if cell is not None:
                by_cell.setdefault(cell, []).append(card)
        moves: list[tuple[str, str, str, int]] = []
        for (lane_id, phase_id), arriving in by_cell.items():
            staying = [
                (self.step_items[s.id].home.y() + self.step_items[s.id].height / 2, s.id)
                for s in self.doc.steps_in(lane_id, phase_id)
                if s.id not in moving_ids and s.id in self.step_items
            ]
            coming = [(c.centre().y(), c.step_id) for c in arriving]
            order = [step_id for _y, step_id in sorted(staying + coming)]
            for card in sorted(arriving, key=lambda c: c.centre().y()):
                moves.append((card.step_id, lane_id, phase_id, order.index(card.step_id)))
        if self._changes_nothing(moves):
            return []
        return moves

    def _changes_nothing(self, moves: list[tuple[str, str, str, int]]) -> bool:
        for step_id, lane_id, phase_id, position in moves:
            step = self.doc.step(step_id)
            if step is None or (step.lane_id, step.phase_id, step.position) != (
                lane_id,
                phase_id,
                position,
            ):
                return False
        return True

    # --- gestures: arrows ----------------------------------------------------------------
    def _link_started(self, source: StepCardItem) -> None:
        self._remove_link_line()
        line = QGraphicsPathItem()
        pen = QPen(INK, 2, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        line.setPen(pen)
        line.setZValue(Z_LINK)
        self._link_line = line
        self.addItem(line)

    def _link_moved(self, source: StepCardItem, scene_pos: QPointF) -> None:
        if self._link_line is not None:
            start = source.pos() + source.handle_center()
            path = QPainterPath(start)
            path.lineTo(scene_pos)
            self._link_line.setPath(path)
        target = self._card_at(scene_pos, exclude=source)
        if target is not self._link_target:
            if self._link_target is not None:
                self._link_target.set_link_target(False)
            if target is not None:
                target.set_link_target(True)
            self._link_target = target

    def _link_released(self, source: StepCardItem, scene_pos: QPointF) -> None:
        self._remove_link_line()
        if self._link_target is not None:
            self._link_target.set_link_target(False)
            self._link_target = None
        target = self._card_at(scene_pos, exclude=source)
        if target is None:
            return
        exists = any(
            d.from_step_id == source.step_id and d.to_step_id == target.step_id
            for d in self.doc.dependencies()
        )
        if not exists:
            self._after_release.append(
                partial(self.dependency_requested.emit, source.step_id, target.step_id)
            )

    def _remove_link_line(self) -> None:
        if self._link_line is not None:
            if self._link_line.scene() is self:
                self.removeItem(self._link_line)
            self._link_line = None

    def _card_at(
        self, scene_pos: QPointF, exclude: StepCardItem | None = None
    ) -> StepCardItem | None:
        for item in self.items(scene_pos):
            if isinstance(item, StepCardItem) and item is not exclude and item.isVisible():
                return item
        return None

    # --- gestures: headers ---------------------------------------------------------------
    def _header_dragged(self, header: _HeaderItem) -> None:
        """A bar across the grid where the dragged lane or phase would go."""
        index = self._header_index(header)
        grid = self._grid.boundingRect()
        if isinstance(header, LaneHeaderItem) and self._lane_spans:
            tops = [top for i, top, _h in self._lane_spans if i != header.lane_id]
            _id, last_top, last_height = self._lane_spans[-1]
            y = tops[index] if index < len(tops) else last_top + last_height
            self._indicator.show_at(QRectF(), QRectF(0, y - 2, grid.width(), 4))
        elif isinstance(header, PhaseHeaderItem) and self._phase_spans:
            lefts = [left for i, left in self._phase_spans if i != header.phase_id]
            x = lefts[index] if index < len(lefts) else self._phase_spans[-1][1] + COLUMN_WIDTH
            self._indicator.show_at(QRectF(), QRectF(x - 2, 0, 4, grid.bottom()))

    def _header_index(self, header: _HeaderItem) -> int:
        """Where a dragged header would go among the others, from its centre."""
        if isinstance(header, LaneHeaderItem):
            centre = header.pos().y() + header.size_rect().height() / 2
            return sum(
                1 for i, top, h in self._lane_spans if i != header.lane_id and top + h / 2 < centre
            )
        if isinstance(header, PhaseHeaderItem):
            centre = header.pos().x() + COLUMN_WIDTH / 2
            return sum(
                1
                for i, left in self._phase_spans
                if i != header.phase_id and left + COLUMN_WIDTH / 2 < centre
            )
        return 0

    def _header_released(self, header: _HeaderItem) -> None:
        self._indicator.setVisible(False)
        index = self._header_index(header)
        if isinstance(header, LaneHeaderItem):
            current = [i for i, _t, _h in self._lane_spans].index(header.lane_id)
            if index != current:
                self._after_release.append(
                    partial(self.lane_header_moved.emit, header.lane_id, index)
                )
        elif isinstance(header, PhaseHeaderItem):
            current = [i for i, _x in self._phase_spans].index(header.phase_id)
            if index != current:
                self._after_release.append(
                    partial(self.phase_header_moved.emit, header.phase_id, index)
                )
        self._after_release.append(self._relayout)

    # --- QGraphicsScene ------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        # Requests go out after the item has finished its own event: the controller may
        # rebuild the scene, which must not delete an item while it is handling an event.
        pending, self._after_release = self._after_release, []
        for request in pending:
            request()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.scenePos()
        card = self._card_at(pos)
        if card is not None:
            event.accept()
            self.edit_requested.emit(card.step_id)
            return
        for item in self.items(pos):
            if isinstance(item, LaneHeaderItem):
                event.accept()
                self.lane_edit_requested.emit(item.lane_id)
                return
            if isinstance(item, PhaseHeaderItem):
                event.accept()
                self.phase_edit_requested.emit(item.phase_id)
                return
        cell = self.cell_at(pos)
        if cell is not None:
            event.accept()
            self.add_step_requested.emit(*cell)
            return
        super().mouseDoubleClickEvent(event)
