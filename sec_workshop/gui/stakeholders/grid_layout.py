"""The arithmetic of the invloed-belangmatrix: how big each cell is for the chips it holds,
where each chip goes, and where the quadrants' bands and the axes lie. Plain numbers, so
that tests, the window and the image export agree."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from sec_workshop.gui.stakeholders.card import (
    CHIP_HEIGHT,
    CHIP_WIDTH,
)

Cell = tuple[int, int]  # (influence, interest), each 1-5

SCORES = (1, 2, 3, 4, 5)
HIGH = 3  # from this score up a side counts as high (as ``Stakeholder.quadrant`` decides)

# --- layout (scene pixels) ---------------------------------------------------------------
CHIP_GAP = 8.0  # between chips of one cell
CELL_PAD = 10.0  # between a cell's edge and its chips
MIN_CHIP_ROWS = 2  # every cell has room for two chips under each other
CELLS_RATIO = 0.7  # cells widen (more chips side by side) until height <= ratio x width
MARGIN = 24.0
ARROW_ROOM = 24.0  # the interest axis's arrow head sticks out to the right
AXIS_LEFT = 64.0  # room for the influence title and its numbers
TICK_ROOM = 34.0  # the row of interest numbers under the cells
AXIS_TITLE_ROOM = 30.0
LEGEND_ROOM = 34.0
BAND_PAD = 9.0
SPLIT_WIDTH = 4.0  # the line between low and high interest


# --- colours -----------------------------------------------------------------------------
def quadrant_of(influence: int, interest: int) -> str:
    """The quadrant of a cell, as ``Stakeholder.quadrant`` names it."""
    if influence >= HIGH:
        return "key_player" if interest >= HIGH else "context_setter"
    return "subject" if interest >= HIGH else "crowd"


def cell_width(chip_columns: int) -> float:
    return 2 * CELL_PAD + chip_columns * CHIP_WIDTH + (chip_columns - 1) * CHIP_GAP


def cell_height(chip_rows: int) -> float:
    return 2 * CELL_PAD + chip_rows * CHIP_HEIGHT + (chip_rows - 1) * CHIP_GAP


def chip_counts(counts: Mapping[Cell, int]) -> tuple[list[int], list[int]]:
    """How many chips side by side each interest column holds and how many under each other
    each influence row (both indexed by score - 1): every chip has a place, and while the
    cells are much taller than wide the column with the tallest stack gets one more."""
    columns = [1] * 5

    def stack(influence: int, interest: int) -> int:
        return math.ceil(counts.get((influence, interest), 0) / columns[interest - 1])

    while True:
        rows = [max(MIN_CHIP_ROWS, *(stack(i, j) for j in SCORES)) for i in SCORES]
        width = sum(cell_width(c) for c in columns)
        height = sum(cell_height(r) for r in rows)
        tallest = max(SCORES, key=lambda j: max(stack(i, j) for i in SCORES))
        if height <= CELLS_RATIO * width or max(stack(i, tallest) for i in SCORES) <= MIN_CHIP_ROWS:
            return columns, rows
        columns[tallest - 1] += 1


@dataclass(frozen=True, slots=True)
class GridLayout:
    """Where everything of the matrix is, in scene pixels. Per score (index score - 1):
    the left and width of each interest column, the top and height of each influence row."""

    col_left: tuple[float, ...]
    col_width: tuple[float, ...]
    row_top: tuple[float, ...]
    row_height: tuple[float, ...]
    chip_columns: tuple[int, ...]
    top_band: QRectF  # above influence 5: the high quadrants' names and advice
    middle_band: QRectF  # between influence 3 and 2: the low quadrants'
    bounds: QRectF  # the whole drawing: the scene's rectangle and the image

    def cell_rect(self, influence: int, interest: int) -> QRectF:
        return QRectF(
            self.col_left[interest - 1],
            self.row_top[influence - 1],
            self.col_width[interest - 1],
            self.row_height[influence - 1],
        )

    def cells_rect(self) -> QRectF:
        """From the top band to the bottom of influence 1, over all interest columns."""
        left, right = self.col_left[0], self.col_left[4] + self.col_width[4]
        return QRectF(
            left, self.top_band.top(), right - left, self.row_bottom(1) - self.top_band.top()
        )

    def row_bottom(self, influence: int) -> float:
        return self.row_top[influence - 1] + self.row_height[influence - 1]

    def split_x(self) -> float:
        """Between interest 2 and 3."""
        return self.col_left[HIGH - 1]

    def cell_at(self, pos: QPointF) -> Cell:
        """The cell under ``pos``; outside the matrix, the nearest cell."""
        interest = 1 + sum(1 for left in self.col_left[1:] if pos.x() >= left)
        # Between two rows (and across the middle band) the boundary is halfway.
        influence = 5
        for score in (4, 3, 2, 1):
            boundary = (self.row_bottom(score + 1) + self.row_top[score - 1]) / 2
            if pos.y() >= boundary:
                influence = score
        return influence, interest

    def slots(self, influence: int, interest: int, count: int) -> list[QPointF]:
        """The top-left corners of ``count`` chips in a cell: a block in the cell's middle,
        filled row by row."""
        if count <= 0:
            return []
        rect = self.cell_rect(influence, interest)
        across = min(count, self.chip_columns[interest - 1])
        down = math.ceil(count / across)
        block_w = across * CHIP_WIDTH + (across - 1) * CHIP_GAP
        block_h = down * CHIP_HEIGHT + (down - 1) * CHIP_GAP
        left = rect.center().x() - block_w / 2
        top = rect.center().y() - block_h / 2
        return [
            QPointF(
                left + (n % across) * (CHIP_WIDTH + CHIP_GAP),
                top + (n // across) * (CHIP_HEIGHT + CHIP_GAP),
            )
            for n in range(count)
        ]


def grid_layout(counts: Mapping[Cell, int], top_band: float, middle_band: float) -> GridLayout:
    """The matrix for ``counts`` chips per cell, with bands of the given heights."""
    columns, rows = chip_counts(counts)
    widths = [cell_width(c) for c in columns]
    heights = [cell_height(r) for r in rows]
    left = MARGIN + AXIS_LEFT
    col_left = [left + sum(widths[:j]) for j in range(5)]
    top = MARGIN
    band_top = QRectF(left, top, sum(widths), top_band)
    row_top = [0.0] * 5
    y = top + top_band
    for score in (5, 4, 3, 2, 1):
        if score == HIGH - 1:
            middle = QRectF(left, y, sum(widths), middle_band)
            y += middle_band
        row_top[score - 1] = y
        y += heights[score - 1]
    bottom = y + TICK_ROOM + AXIS_TITLE_ROOM + LEGEND_ROOM + MARGIN
    bounds = QRectF(0, 0, left + sum(widths) + ARROW_ROOM + MARGIN, bottom)
    return GridLayout(
        col_left=tuple(col_left),
        col_width=tuple(widths),
        row_top=tuple(row_top),
        row_height=tuple(heights),
        chip_columns=tuple(columns),
        top_band=band_top,
        middle_band=middle,
        bounds=bounds,
    )


# --- texts -------------------------------------------------------------------------------
