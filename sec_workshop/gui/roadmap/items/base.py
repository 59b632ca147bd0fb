"""What every item of the swimlanes shares: layout sizes, colours, fonts and text, the
theme a scene draws with, and what items may ask of their scene (``SwimlaneSceneBase``)."""

from __future__ import annotations

# --- layout (scene pixels) ---------------------------------------------------------------
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
)

from sec_workshop.domain.enums import StepStatus
from sec_workshop.gui.common.labels import STEP_STATUS_COLOR, STEP_STATUS_MARK, step_status

if TYPE_CHECKING:
    from sec_workshop.gui.roadmap.items.card import StepCardItem
    from sec_workshop.gui.roadmap.items.headers import HeaderItem


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


def done_text(share: float) -> str:
    return QCoreApplication.translate("SwimlaneScene", "%1% done").replace(
        "%1", str(round(share * 100))
    )


def card_font(base: QFont, pixels: int, weight: QFont.Weight) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    font.setWeight(weight)
    return font


def tinted(color: QColor, share: float) -> QColor:
    return QColor(
        round(255 + (color.red() - 255) * share),
        round(255 + (color.green() - 255) * share),
        round(255 + (color.blue() - 255) * share),
    )


def static_text(text: str) -> QStaticText:
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


class Theme:
    """Fonts and their metrics, made once per scene from the application's font."""

    def __init__(self, base: QFont) -> None:
        self.title = card_font(base, 14, QFont.Weight.DemiBold)
        self.status = card_font(base, 12, QFont.Weight.DemiBold)
        self.small = card_font(base, 11, QFont.Weight.Normal)
        self.header = card_font(base, 15, QFont.Weight.Bold)
        self.progress = card_font(base, 12, QFont.Weight.Normal)
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
            static = self._statics[text] = static_text(text)
        return static


class CardPaths:
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


_CARD_PATHS: dict[float, CardPaths] = {}


def card_paths(height: float) -> CardPaths:
    paths = _CARD_PATHS.get(height)
    if paths is None:
        paths = _CARD_PATHS[height] = CardPaths(height)
    return paths


class SwimlaneSceneBase(QGraphicsScene):
    """What the items may rely on in their scene; the scene (defined elsewhere, which items
    never import) fills these in. Items report drags here; the scene turns them into
    requests for the editor."""

    theme: Theme

    def arrow_text(self, dep_id: str) -> str:
        raise NotImplementedError

    def people_of(self, step_id: str) -> list[str]:
        """The names of the stakeholders linked to a step (a template has none)."""
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

    def _header_dragged(self, header: HeaderItem) -> None:
        raise NotImplementedError

    def _header_released(self, header: HeaderItem) -> None:
        raise NotImplementedError


def swimlane_scene_of(item: QGraphicsItem) -> SwimlaneSceneBase | None:
    scene = item.scene()
    return scene if isinstance(scene, SwimlaneSceneBase) else None


CARD_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)


# --- step cards ----------------------------------------------------------------------------


def is_exporting(item: QGraphicsItem) -> bool:
    scene = swimlane_scene_of(item)
    return scene is not None and scene.theme.exporting


# --- headers -------------------------------------------------------------------------------
