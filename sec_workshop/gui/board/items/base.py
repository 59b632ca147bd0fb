"""What every item on a board shares: the board it asks (``BoardHost``), sizes, colours,
fonts and text fitting, and the resize grip."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
    QTextOption,
)
from PySide6.QtWidgets import QWidget

from sec_workshop.domain.enums import NOTE_COLOR_HEX, NoteColor
from sec_workshop.gui.common.fonts import pixel_font

if TYPE_CHECKING:
    from sec_workshop.gui.board.document import BoardDocument
    from sec_workshop.gui.board.items.note import NoteItem


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


def note_border(color: NoteColor) -> QPen:
    pen = _BORDERS.get(color)
    if pen is None:
        pen = _BORDERS[color] = QPen(QColor(NOTE_COLOR_HEX[color]).darker(135), 1.2)
    return pen


def participant_color(index: int) -> QColor:
    return QColor(PARTICIPANT_COLORS[index % len(PARTICIPANT_COLORS)])


@cache
def board_font(pixels: int, bold: bool = False) -> QFont:
    """The board's font at a pixel size (shared: callers must not change it)."""
    font = pixel_font(pixels)
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


class Resizable:
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
