"""The invloed-belangmatrix as a scene: five by five cells (interest left to right, influence
bottom to top) in the four shaded quadrants, a chip for every stakeholder in its cell, and
the drag that moves a chip to another cell. A drop ends in a request (``place_requested``);
the widget that owns the document turns it into one undo command.

The layout is plain arithmetic on how many chips each cell holds (``grid_layout``), so
tests and the image export get the same numbers as the window."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QToolTip,
    QWidget,
)

from sec_workshop.domain.enums import Attitude
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.canvas_view import MAX_IMAGE_SIDE, render_png
from sec_workshop.gui.common.fonts import pixel_font
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.gui.stakeholders.card import (
    chip_facts_of,
)
from sec_workshop.gui.stakeholders.document import StakeholdersDocument
from sec_workshop.gui.stakeholders.grid_items import ChipItem
from sec_workshop.gui.stakeholders.grid_layout import (
    AXIS_TITLE_ROOM,
    BAND_PAD,
    HIGH,
    MARGIN,
    SCORES,
    SPLIT_WIDTH,
    TICK_ROOM,
    Cell,
    GridLayout,
    cell_width,
    chip_counts,
    grid_layout,
)

PAGE = QColor("#FAFAF7")
INK = QColor("#263238")
MUTED = QColor("#546E7A")
GUTTER = QColor("#FFFFFF")
SPLIT = QColor("#78909C")
DROP = QColor("#1565C0")
QUADRANTS = ("context_setter", "key_player", "crowd", "subject")  # top row, then bottom row
CELL_TINT = {
    "key_player": QColor("#E6F4E7"),
    "context_setter": QColor("#E4F0FB"),
    "subject": QColor("#FFF6DD"),
    "crowd": QColor("#F0F0EE"),
}
BAND_TINT = {
    "key_player": QColor("#C5E5C7"),
    "context_setter": QColor("#C4DEF6"),
    "subject": QColor("#FFE7A6"),
    "crowd": QColor("#DEDEDA"),
}

MARKER_Z = 0.5


@dataclass(frozen=True, slots=True)
class Fonts:
    tick: QFont
    axis: QFont
    group: QFont
    advice: QFont
    legend: QFont


def _fonts() -> Fonts:
    return Fonts(
        tick=pixel_font(16, True),
        axis=pixel_font(17, True),
        group=pixel_font(17, True),
        advice=pixel_font(13),
        legend=pixel_font(12.5),
    )


_WRAP = int(Qt.TextFlag.TextWordWrap)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
_LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


# --- the chips -----------------------------------------------------------------------------
class StakeholderGridScene(QGraphicsScene):
    """The matrix of one ``StakeholdersDocument``: an id-to-chip map kept in step with the
    document's ``changed`` (those chips, and the cells they left or entered) and ``reset``
    (every chip compared with the document)."""

    place_requested = Signal(str, int, int)  # stakeholder id, influence, interest
    stakeholder_selected = Signal(str)  # the selected stakeholder's id; "" when none is
    open_requested = Signal(str)  # stakeholder id (double-click, Enter)

    def __init__(self, doc: StakeholdersDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.chips: dict[str, ChipItem] = {}
        self._cells: dict[Cell, list[ChipItem]] = {}
        self._fonts = _fonts()
        self._quiet = False  # selection changes while an image is drawn are not the user's
        self._selected_id = ""
        self._marker = QGraphicsRectItem()
        self._marker.setPen(QPen(DROP, 2.5, Qt.PenStyle.DashLine))
        self._marker.setBrush(QBrush(QColor(DROP.red(), DROP.green(), DROP.blue(), 28)))
        self._marker.setZValue(MARKER_Z)
        self._marker.setVisible(False)
        self.addItem(self._marker)
        self.layout = self._new_layout()
        self.setSceneRect(self.layout.bounds)
        self._sync(self.doc.people)
        self.selectionChanged.connect(self._on_selection_changed)
        doc.changed.connect(self._on_doc_changed)
        doc.reset.connect(self._on_doc_reset)

    # --- reading -------------------------------------------------------------------------
    def chip(self, stakeholder_id: str) -> ChipItem | None:
        return self.chips.get(stakeholder_id)

    def members(self, influence: int, interest: int) -> list[str]:
        """The ids of the chips in a cell, in the order they are laid out."""
        return [c.stakeholder_id for c in self._cells.get((influence, interest), [])]

    def selected_id(self) -> str:
        chips = [i for i in self.selectedItems() if isinstance(i, ChipItem)]
        return chips[0].stakeholder_id if len(chips) == 1 else ""

    # --- selecting and asking ------------------------------------------------------------
    def select(self, stakeholder_id: str) -> None:
        """Select one stakeholder's chip (none for an unknown id)."""
        chip = self.chips.get(stakeholder_id)
        self.clearSelection()
        if chip is not None:
            chip.setSelected(True)

    def nudge_selected(self, d_influence: int, d_interest: int) -> bool:
        """Ask to move the selected chip one cell; False when there is no single chip
        selected or it is at the matrix's edge."""
        chip = self.chips.get(self.selected_id())
        if chip is None:
            return False
        influence, interest = chip.cell
        wanted = (influence + d_influence, interest + d_interest)
        if not all(1 <= score <= 5 for score in wanted):
            return False
        self.place_requested.emit(chip.stakeholder_id, *wanted)
        return True

    def open_selected(self) -> bool:
        stakeholder_id = self.selected_id()
        if stakeholder_id:
            self.open_requested.emit(stakeholder_id)
        return bool(stakeholder_id)

    # --- what chips ask (GridHost) -------------------------------------------------------
    def chip_dragged(self, chip: ChipItem, scene_pos: QPointF) -> None:
        rect = self.layout.cell_rect(*self.layout.cell_at(scene_pos))
        self._marker.setRect(rect.adjusted(3, 3, -3, -3))
        self._marker.setVisible(True)

    def chip_dropped(self, chip: ChipItem, scene_pos: QPointF) -> None:
        self._marker.setVisible(False)
        cell = self.layout.cell_at(scene_pos)
        if cell != chip.cell:
            self.place_requested.emit(chip.stakeholder_id, *cell)
        # Whether the document took the change or not, the chip goes where it now belongs.
        if self.chips.get(chip.stakeholder_id) is chip:
            self._lay_out_cells({chip.cell})

    def chip_opened(self, chip: ChipItem) -> None:
        self.open_requested.emit(chip.stakeholder_id)

    # --- following the document ----------------------------------------------------------
    def _on_doc_changed(self, ids: list[str]) -> None:
        self._sync(ids)

    def _on_doc_reset(self) -> None:
        self._sync([*self.chips, *self.doc.people])

    def _sync(self, ids: Iterable[str]) -> None:
        """Bring the chips of ``ids`` to the document: add, update, remove; then lay out the
        cells that changed (all of them when the cells' sizes change)."""
        touched: set[Cell] = set()
        for stakeholder_id in dict.fromkeys(ids):
            person = self.doc.people.get(stakeholder_id)
            chip = self.chips.get(stakeholder_id)
            if chip is not None and person is None:
                touched.add(chip.cell)
                self._cells[chip.cell].remove(chip)
                del self.chips[stakeholder_id]
                self.removeItem(chip)
            elif person is not None and chip is None:
                chip = ChipItem(self, person, chip_facts_of(self.doc, person))
                self.chips[stakeholder_id] = chip
                self._cells.setdefault(chip.cell, []).append(chip)
                touched.add(chip.cell)
                self.addItem(chip)
            elif person is not None and chip is not None:
                before = chip.cell
                renamed = person.name != chip.person.name
                chip.set_person(person, chip_facts_of(self.doc, person))
                if chip.cell != before:
                    self._cells[before].remove(chip)
                    self._cells.setdefault(chip.cell, []).append(chip)
                    touched.update((before, chip.cell))
                elif renamed:
                    touched.add(chip.cell)  # the cell is in name order
        layout = self._new_layout()
        if layout != self.layout:
            self.layout = layout
            self.setSceneRect(layout.bounds)
            self.update()
            touched = set(self._cells)
        self._lay_out_cells(touched)

    def _lay_out_cells(self, cells: Iterable[Cell]) -> None:
        for cell in cells:
            chips = self._cells.get(cell, [])
            chips.sort(key=lambda c: (c.person.name.casefold(), c.stakeholder_id))
            for chip, corner in zip(chips, self.layout.slots(*cell, len(chips)), strict=True):
                if not chip.dragging:
                    chip.setPos(corner)

    def _new_layout(self) -> GridLayout:
        counts = {cell: len(chips) for cell, chips in self._cells.items()}
        left, right = self._quadrant_spans(counts)
        top = max(
            self._band_height(q, left if q == "context_setter" else right) for q in QUADRANTS[:2]
        )
        middle = max(self._band_height(q, left if q == "crowd" else right) for q in QUADRANTS[2:])
        return grid_layout(counts, top, middle)

    @staticmethod
    def _quadrant_spans(counts: Mapping[Cell, int]) -> tuple[float, float]:
        columns, _rows = chip_counts(counts)
        widths = [cell_width(c) for c in columns]
        return sum(widths[: HIGH - 1]), sum(widths[HIGH - 1 :])

    def _band_height(self, quadrant: str, width: float) -> float:
        f = self._fonts
        inner = QRectF(0, 0, width - 2 * BAND_PAD - SPLIT_WIDTH, 100_000)
        title = QFontMetricsF(f.group).boundingRect(inner, _WRAP, labels.quadrant_group(quadrant))
        advice = QFontMetricsF(f.advice).boundingRect(
            inner, _WRAP, labels.quadrant_advice(quadrant)
        )
        return math.ceil(2 * BAND_PAD + title.height() + 2 + advice.height())

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        for item in self.items(event.scenePos()):
            if isinstance(item, ChipItem):
                QToolTip.showText(event.screenPos(), plain(item.tooltip_text()), event.widget())
                event.accept()
                return
        QToolTip.hideText()
        event.ignore()

    # --- selection -----------------------------------------------------------------------
    def _on_selection_changed(self) -> None:
        if self._quiet:
            return
        selected = self.selected_id()
        if selected != self._selected_id:
            self._selected_id = selected
            self.stakeholder_selected.emit(selected)

    def hide_marks(self) -> list[QGraphicsItem]:
        """Take away selection and drop marks (for an image) without telling anyone; returns
        what was selected, for ``show_marks``."""
        selected = self.selectedItems()
        self._quiet = True
        self.clearSelection()
        self._marker.setVisible(False)
        return selected

    def show_marks(self, selected: list[QGraphicsItem]) -> None:
        for item in selected:
            item.setSelected(True)
        self._quiet = False

    # --- drawing the matrix --------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, PAGE)
        lay = self.layout
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._draw_quadrants(painter, lay)
        self._draw_axes(painter, lay)
        self._draw_legend(painter, lay)
        painter.restore()

    def _quadrant_rects(self, lay: GridLayout) -> dict[str, tuple[QRectF, QRectF]]:
        """Per quadrant: its band and its cells."""
        split = lay.split_x()
        left, right = lay.col_left[0], lay.col_left[4] + lay.col_width[4]
        top_cells = QRectF(0, lay.row_top[4], 0, lay.row_bottom(HIGH) - lay.row_top[4])
        low_cells = QRectF(0, lay.row_top[1], 0, lay.row_bottom(1) - lay.row_top[1])
        rects: dict[str, tuple[QRectF, QRectF]] = {}
        for name, band, cells in (
            ("context_setter", lay.top_band, top_cells),
            ("key_player", lay.top_band, top_cells),
            ("crowd", lay.middle_band, low_cells),
            ("subject", lay.middle_band, low_cells),
        ):
            x0, x1 = (left, split) if name in ("context_setter", "crowd") else (split, right)
            rects[name] = (
                QRectF(x0, band.top(), x1 - x0, band.height()),
                QRectF(x0, cells.top(), x1 - x0, cells.height()),
            )
        return rects

    def _draw_quadrants(self, p: QPainter, lay: GridLayout) -> None:
        f = self._fonts
        for name, (band, cells) in self._quadrant_rects(lay).items():
            p.fillRect(band, BAND_TINT[name])
            p.fillRect(cells, CELL_TINT[name])
            inner = band.adjusted(BAND_PAD + SPLIT_WIDTH / 2, BAND_PAD, -BAND_PAD, -BAND_PAD)
            group = labels.quadrant_group(name)
            p.setFont(f.group)
            p.setPen(INK)
            title = p.boundingRect(inner, _WRAP | _LEFT_TOP, group)
            p.drawText(inner, _WRAP | _LEFT_TOP, group)
            p.setFont(f.advice)
            p.setPen(MUTED.darker(115))
            p.drawText(
                inner.adjusted(0, title.height() + 2, 0, 0),
                _WRAP | _LEFT_TOP,
                labels.quadrant_advice(name),
            )
        # White gutters between the cells, a darker line between low and high interest.
        p.setPen(QPen(GUTTER, 2))
        for score in SCORES:
            for influence in SCORES:
                p.drawRect(lay.cell_rect(influence, score))
        whole = lay.cells_rect()
        p.setPen(QPen(SPLIT, SPLIT_WIDTH))
        x = lay.split_x()
        p.drawLine(QPointF(x, whole.top()), QPointF(x, whole.bottom()))
        p.setPen(QPen(SPLIT, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(whole)

    def _draw_axes(self, p: QPainter, lay: GridLayout) -> None:
        f = self._fonts
        whole = lay.cells_rect()
        p.setPen(QPen(SPLIT, 2))
        # Influence: up the left side, numbers beside the rows, the title turned.
        axis_x = whole.left() - 8
        bottom = lay.row_bottom(1)
        top = lay.row_top[4]
        p.drawLine(QPointF(axis_x, bottom), QPointF(axis_x, top - 6))
        _arrow_head(p, QPointF(axis_x, top - 14), QPointF(0, -1))
        # Interest: along the bottom, numbers under the columns.
        axis_y = bottom + 8
        right = whole.right()
        p.setPen(QPen(SPLIT, 2))
        p.drawLine(QPointF(whole.left(), axis_y), QPointF(right + 6, axis_y))
        _arrow_head(p, QPointF(right + 14, axis_y), QPointF(1, 0))
        p.setFont(f.tick)
        p.setPen(INK)
        for score in SCORES:
            row = lay.row_top[score - 1], lay.row_height[score - 1]
            p.drawText(QRectF(axis_x - 30, row[0], 24, row[1]), _CENTRED, str(score))
            left, width = lay.col_left[score - 1], lay.col_width[score - 1]
            p.drawText(QRectF(left, axis_y + 2, width, TICK_ROOM - 4), _CENTRED, str(score))
        p.setFont(f.axis)
        p.drawText(
            QRectF(whole.left(), axis_y + TICK_ROOM - 4, whole.width(), AXIS_TITLE_ROOM),
            _CENTRED,
            QCoreApplication.translate("StakeholderGridScene", "Interest"),
        )
        p.save()
        centre_y = (top + bottom) / 2
        p.translate(MARGIN + 12, centre_y)
        p.rotate(-90)
        p.drawText(
            QRectF(-200, -14, 400, 28),
            _CENTRED,
            QCoreApplication.translate("StakeholderGridScene", "Influence"),
        )
        p.restore()

    def _draw_legend(self, p: QPainter, lay: GridLayout) -> None:
        """What the coloured edge of a chip says: the stakeholder's attitude."""
        f = self._fonts
        metrics = QFontMetricsF(f.legend)
        y = lay.row_bottom(1) + 8 + TICK_ROOM + AXIS_TITLE_ROOM + 4
        x = lay.col_left[0]
        p.setFont(f.legend)
        p.setPen(MUTED)
        title = QCoreApplication.translate("StakeholderGridScene", "Edge colour: attitude")
        p.drawText(QRectF(x, y, metrics.horizontalAdvance(title) + 2, 22), _LEFT_MIDDLE, title)
        x += metrics.horizontalAdvance(title) + 14
        for attitude in Attitude:
            text = labels.attitude(attitude)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(labels.ATTITUDE_COLOR[attitude]))
            p.drawRoundedRect(QRectF(x, y + 4, 6, 14), 2, 2)
            p.setPen(INK)
            width = metrics.horizontalAdvance(text) + 2
            p.drawText(QRectF(x + 11, y, width, 22), _LEFT_MIDDLE, text)
            x += 11 + width + 16


def _arrow_head(p: QPainter, tip: QPointF, direction: QPointF) -> None:
    """A filled head at ``tip + 8 * direction``, pointing along ``direction`` (a unit step)."""
    end = tip + direction * 8
    side = QPointF(-direction.y(), direction.x()) * 6
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(SPLIT)
    p.drawPolygon(QPolygonF([end, tip + side, tip - side]))


def grid_png(scene: StakeholderGridScene, width: int) -> bytes:
    """The whole matrix as the facilitator sees it, without selection marks, as PNG bytes
    ``width`` pixels wide (narrower when its height would exceed the largest image side)."""
    source = scene.layout.bounds
    width = max(1, min(width, MAX_IMAGE_SIDE))
    if width * source.height() / source.width() > MAX_IMAGE_SIDE:
        width = max(1, int(MAX_IMAGE_SIDE * source.width() / source.height()))
    selected = scene.hide_marks()
    try:
        return render_png(scene, source, width, PAGE)
    finally:
        scene.show_marks(selected)
