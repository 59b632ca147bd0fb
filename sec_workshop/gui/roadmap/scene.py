"""The process model as swimlanes: lanes by phases, step cards in the cells, arrows between
steps. The scene only listens to a ``ModelDocument`` and keeps an id-to-item map; a user's
gesture becomes a *request* signal that a controller turns into an undo command."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from sec_workshop.domain.process import Lane, Step, progress
from sec_workshop.gui.roadmap.document import ModelDocument
from sec_workshop.gui.roadmap.items import (
    CARD_GAP,
    CARD_WIDTH,
    CARD_X,
    CELL_PADDING,
    COLUMN_WIDTH,
    DEVICE_CACHE,
    DIMMED,
    HEADER_WIDTH,
    INK,
    LANE_MIN_HEIGHT,
    LANE_TINT,
    LEGEND_GAP,
    LEGEND_HEIGHT,
    MUTED,
    NO_CACHE,
    PHASE_HEADER_HEIGHT,
    SCENE_MARGIN,
    Z_CARD,
    Z_DRAGGED,
    Z_LINK,
    DependencyItem,
    DropIndicatorItem,
    GridItem,
    HeaderItem,
    LaneHeaderItem,
    LegendItem,
    PhaseHeaderItem,
    StepCardItem,
    SwimlaneSceneBase,
    Theme,
    stack_height,
    tinted,
)


# --- the scene -----------------------------------------------------------------------------
class SwimlaneScene(SwimlaneSceneBase):
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
        self.theme = Theme(self.font())
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
        self._grid = GridItem(self.theme)
        self._legend = LegendItem(self.theme)
        self._indicator = DropIndicatorItem()
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
        self.theme = Theme(self.font())
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
        self._stack_heights = {cell: stack_height(stack) for cell, stack in cells.items()}
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
                self._stack_heights[cell] = stack_height(stack)
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
                tinted(QColor(lane.color), LANE_TINT),
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
            # A card that grew or shrank where it stands: its arrows meet its new edges.
            for arrow in card.arrows.values():
                arrow.update_path()
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
    def _header_dragged(self, header: HeaderItem) -> None:
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

    def _header_index(self, header: HeaderItem) -> int:
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

    def _header_released(self, header: HeaderItem) -> None:
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
