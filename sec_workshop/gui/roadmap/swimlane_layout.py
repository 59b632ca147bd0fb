"""Where everything of a swimlane stands: lanes as tall as their tallest stack of cards,
phases as columns, the cards stacked in their cells in position order, and the background
(lane bands, column lines, legend, the scene's rectangle) from the lanes' spans. Laid out in
full after a change of lanes or phases, and cell by cell after a step moved, came or went."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from sec_workshop.domain.process import Lane
from sec_workshop.gui.roadmap.items import (
    CARD_GAP,
    CARD_X,
    CELL_PADDING,
    COLUMN_WIDTH,
    HEADER_WIDTH,
    LANE_MIN_HEIGHT,
    LANE_TINT,
    LEGEND_GAP,
    LEGEND_HEIGHT,
    PHASE_HEADER_HEIGHT,
    SCENE_MARGIN,
    DependencyItem,
    StepCardItem,
    stack_height,
    tinted,
)

if TYPE_CHECKING:
    from sec_workshop.gui.roadmap.scene import SwimlaneScene


class SwimlaneLayout:
    """The spans of the lanes and phases of one ``SwimlaneScene`` and the cell each card was
    laid out in; it places the scene's items (cards, headers, grid, legend)."""

    def __init__(self, scene: SwimlaneScene, dimmed: Callable[[Lane | None], bool]) -> None:
        self._scene = scene
        self._dimmed = dimmed  # whether a lane's band is drawn faint (another route)
        self.lane_spans: list[tuple[str, float, float]] = []  # lane id, top, height
        self.phase_spans: list[tuple[str, float]] = []  # phase id, left
        self._stack_heights: dict[tuple[str, str], float] = {}  # of the cells that have cards
        self.card_cells: dict[str, tuple[str, str]] = {}  # where each card was laid out
        self.hidden: set[str] = set()  # cards whose lane or phase is gone

    def clear(self) -> None:
        """The scene is built anew: no card waits hidden any more."""
        self.hidden = set()

    def cell_at(self, scene_pos: QPointF) -> tuple[str, str] | None:
        """(lane_id, phase_id) of the cell under a scene point, or None outside the cells."""
        lane_id = next((i for i, top, h in self.lane_spans if top <= scene_pos.y() < top + h), None)
        phase_id = next(
            (i for i, left in self.phase_spans if left <= scene_pos.x() < left + COLUMN_WIDTH),
            None,
        )
        if lane_id is None or phase_id is None:
            return None
        return lane_id, phase_id

    def cell_rect(self, lane_id: str, phase_id: str) -> QRectF:
        span = next(((top, h) for i, top, h in self.lane_spans if i == lane_id), None)
        left = next((x for i, x in self.phase_spans if i == phase_id), None)
        if span is None or left is None:
            return QRectF()
        return QRectF(left, span[0], COLUMN_WIDTH, span[1])

    def column_of(self, card: StepCardItem) -> int:
        """The phase column a card stands in (0: the first)."""
        return int((card.home.x() - HEADER_WIDTH) // COLUMN_WIDTH)

    def cells(self) -> dict[tuple[str, str], list[StepCardItem]]:
        """The cards of each cell in position order (steps that have no card yet left out:
        a restore tells about moved positions before it tells about the restored steps)."""
        found: dict[tuple[str, str], list[tuple[int, StepCardItem]]] = {}
        for step in self._scene.doc.steps():
            card = self._scene.step_items.get(step.id)
            if card is not None:
                found.setdefault((step.lane_id, step.phase_id), []).append((step.position, card))
        return {
            cell: [card for _p, card in sorted(cards, key=lambda x: x[0])]
            for cell, cards in found.items()
        }

    def stack(self, lane_id: str, phase_id: str) -> list[StepCardItem]:
        """The cards of one cell in position order (see ``cells``)."""
        items = self._scene.step_items
        return [items[s.id] for s in self._scene.doc.steps_in(lane_id, phase_id) if s.id in items]

    def relayout(self) -> None:
        """Put every card in its cell in position order; lanes are as tall as their tallest
        stack. Items that are already in place are not touched."""
        lanes, phases = self._scene.doc.lanes(), self._scene.doc.phases()
        cells = self.cells()
        self.phase_spans = [(p.id, HEADER_WIDTH + i * COLUMN_WIDTH) for i, p in enumerate(phases)]
        self.lane_spans = []
        self._stack_heights = {cell: stack_height(stack) for cell, stack in cells.items()}
        self.card_cells = {}
        moved: dict[str, DependencyItem] = {}
        top = PHASE_HEADER_HEIGHT
        for lane in lanes:
            height = self._lane_height(lane.id)
            for phase_id, left in self.phase_spans:
                stack = cells.get((lane.id, phase_id), [])
                self._place(stack, (lane.id, phase_id), left, top, moved)
            self._set_lane_header(lane.id, top, height)
            self.lane_spans.append((lane.id, top, height))
            top += height
        # A card whose lane or phase is gone waits hidden for the rebuild that follows.
        hidden = set(self._scene.step_items) - set(self.card_cells)
        for step_id in hidden | self.hidden:
            self._scene.step_items[step_id].setVisible(step_id not in hidden)
        self.hidden = hidden
        for arrow in moved.values():
            arrow.update_path()
        for phase_id, left in self.phase_spans:
            phase_header = self._scene.phase_items.get(phase_id)
            if phase_header is not None:
                phase_header.setPos(left, 0)
        self._lay_out_background(lanes)

    def relayout_cells(self, cells: Iterable[tuple[str, str]]) -> None:
        """Lay out only the cards of ``cells`` again, after a move, an addition or a removal
        there; when a lane's height changes, the lanes below it move along. Gives the same
        places as ``relayout`` (which it falls back on when the lanes or phases changed)."""
        lane_ids = {lane_id for lane_id, _t, _h in self.lane_spans}
        phase_left = dict(self.phase_spans)
        cells = set(cells)
        if self.hidden or any(
            lane_id not in lane_ids or phase_id not in phase_left for lane_id, phase_id in cells
        ):
            self.relayout()
            return
        stacks: dict[tuple[str, str], list[StepCardItem]] = {}
        for cell in cells:
            stack = stacks[cell] = self.stack(*cell)
            if stack:
                self._stack_heights[cell] = stack_height(stack)
            else:
                self._stack_heights.pop(cell, None)
        touched_lanes = {lane_id for lane_id, _p in cells}
        moved: dict[str, DependencyItem] = {}
        spans: list[tuple[str, float, float]] = []
        shifted = False
        top = PHASE_HEADER_HEIGHT
        shifts: dict[str, float] = {}  # lanes that only move up or down, by how much
        for lane_id, old_top, old_height in self.lane_spans:
            height = self._lane_height(lane_id) if lane_id in touched_lanes else old_height
            if lane_id not in touched_lanes and top != old_top:
                shifted = True
                shifts[lane_id] = top - old_top
                self._set_lane_header(lane_id, top, height)
            elif (top, height) != (old_top, old_height):
                # Every card of a lane that moved or changed height goes to its new place.
                shifted = True
                for phase_id, left in self.phase_spans:
                    cell = (lane_id, phase_id)
                    stack = stacks[cell] if cell in stacks else self.stack(*cell)
                    self._place(stack, cell, left, top, moved)
                self._set_lane_header(lane_id, top, height)
            elif lane_id in touched_lanes:
                for phase_id, left in self.phase_spans:
                    if (lane_id, phase_id) in stacks:
                        self._place(
                            stacks[lane_id, phase_id], (lane_id, phase_id), left, top, moved
                        )
            spans.append((lane_id, top, height))
            top += height
        self.lane_spans = spans
        if shifts:
            self._shift(shifts, moved)
        for arrow in moved.values():
            arrow.update_path()
        if shifted:
            self._lay_out_background(self._scene.doc.lanes())

    def _shift(self, shifts: dict[str, float], moved: dict[str, DependencyItem]) -> None:
        """Move the cards of lanes whose cells did not change by their lane's shift; their
        arrows go into ``moved``."""
        items = self._scene.step_items
        for step_id, (lane_id, _phase_id) in self.card_cells.items():
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
            self.card_cells[card.step_id] = cell
            y += card.height + CARD_GAP

    def _lane_height(self, lane_id: str) -> float:
        """As tall as the lane's header and its tallest stack with padding."""
        header = self._scene.lane_items.get(lane_id)
        height = max(LANE_MIN_HEIGHT, header.content_height() if header else 0.0)
        for phase_id, _left in self.phase_spans:
            used = self._stack_heights.get((lane_id, phase_id))
            if used is not None:
                height = max(height, used + 2 * CELL_PADDING)
        return height

    def _set_lane_header(self, lane_id: str, top: float, height: float) -> None:
        header = self._scene.lane_items.get(lane_id)
        if header is not None:
            header.set_size(HEADER_WIDTH, height)
            header.setPos(0, top)

    def _lay_out_background(self, lanes: list[Lane]) -> None:
        """Lane bands, column lines, legend and scene rectangle from the lanes' spans."""
        right = HEADER_WIDTH + COLUMN_WIDTH * len(self.phase_spans)
        bands = [
            (
                QRectF(HEADER_WIDTH, lane_top, right - HEADER_WIDTH, height),
                tinted(QColor(lane.color), LANE_TINT),
                self._dimmed(lane),
            )
            for lane, (_id, lane_top, height) in zip(lanes, self.lane_spans, strict=True)
        ]
        _id, last_top, last_height = self.lane_spans[-1] if self.lane_spans else ("", 0.0, 0.0)
        top = last_top + last_height if self.lane_spans else PHASE_HEADER_HEIGHT
        columns = [left for _id, left in self.phase_spans[1:]]
        self._scene._grid.set_layout(bands, columns, QRectF(0, 0, right, top))
        self._scene._legend.setPos(HEADER_WIDTH, top + LEGEND_GAP)
        bottom = top + LEGEND_GAP + LEGEND_HEIGHT
        width = max(right, HEADER_WIDTH + self._scene._legend.boundingRect().width())
        self._scene.setSceneRect(
            QRectF(0, 0, width, bottom).adjusted(
                -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN
            )
        )
