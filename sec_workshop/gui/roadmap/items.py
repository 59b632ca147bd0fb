"""What the swimlanes are drawn with: step cards, arrows, lane and phase headers, the grid,
the legend and the drop indicator, with the layout measures and colours they share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
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
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.process import Instrument, Lane, Phase, Step
from sec_workshop.gui.common.labels import STEP_STATUS_COLOR, STEP_STATUS_MARK, step_status
from sec_workshop.gui.common.plain_text import plain

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


class SwimlaneSceneBase(QGraphicsScene):
    """What the items may rely on in their scene; the scene (defined elsewhere, which items
    never import) fills these in. Items report drags here; the scene turns them into
    requests for the editor."""

    theme: _Theme

    def arrow_text(self, dep_id: str) -> str:
        raise NotImplementedError

    def _cards_dragged(self, dragged: StepCardItem, first: bool) -> None:
        raise NotImplementedError

    def _cards_released(self, dragged: StepCardItem) -> None:
        raise NotImplementedError

    def _link_started(self, source: StepCardItem) -> None:
        raise NotImplementedError

    def _link_moved(self, source: StepCardItem, scene_pos: QPointF) -> None:
        raise NotImplementedError

    def _link_released(self, source: StepCardItem, scene_pos: QPointF) -> None:
        raise NotImplementedError

    def _header_dragged(self, header: _HeaderItem) -> None:
        raise NotImplementedError

    def _header_released(self, header: _HeaderItem) -> None:
        raise NotImplementedError


def _swimlane_scene(item: QGraphicsItem) -> SwimlaneSceneBase | None:
    scene = item.scene()
    return scene if isinstance(scene, SwimlaneSceneBase) else None


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
        self._tooltip = plain(tip if len(tip) < 600 else tip[:600] + "…")
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
            self.setToolTip(plain(scene.arrow_text(self.dep_id)))  # late: titles may change
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
