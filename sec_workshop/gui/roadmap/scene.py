"""The process model as swimlanes: lanes by phases, step cards in the cells, arrows between
steps. The scene only listens to a ``ModelDocument`` and keeps an id-to-item map; a user's
gesture becomes a *request* signal that a controller turns into an undo command.

Where the lanes, phases and cards stand is ``swimlane_layout``'s; the gestures (dragging
cards and headers, drawing arrows, double-clicks) are ``swimlane_gestures``'."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from sec_workshop.domain.process import Lane, Step, progress
from sec_workshop.gui.roadmap.document import ModelDocument
from sec_workshop.gui.roadmap.items import (
    CARD_WIDTH,
    DEVICE_CACHE,
    DIMMED,
    MUTED,
    NO_CACHE,
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
)
from sec_workshop.gui.roadmap.swimlane_gestures import SwimlaneGestures
from sec_workshop.gui.roadmap.swimlane_layout import SwimlaneLayout


# --- the scene ----------------------------------------------------------------------------
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
        self._selected_cards: set[str] = set()
        self._route: str | None = None
        self._cards_cached = False
        self._grid = GridItem(self.theme)
        self._legend = LegendItem(self.theme)
        self._indicator = DropIndicatorItem()
        self.swimlane_layout = SwimlaneLayout(self, self._is_dimmed)
        self._gestures = SwimlaneGestures(self, self.swimlane_layout, self._grid, self._indicator)
        doc.structure_changed.connect(self._on_doc_structure_changed)
        doc.step_added.connect(self._on_doc_step_added)
        doc.step_changed.connect(self._on_doc_step_changed)
        doc.steps_moved.connect(self._on_doc_steps_moved)
        doc.step_removed.connect(self._on_doc_step_removed)
        doc.dependency_added.connect(self._on_doc_dependency_added)
        doc.dependency_removed.connect(self._on_doc_dependency_removed)
        self.selectionChanged.connect(self._on_scene_selection_changed)
        self._build()

    # --- public helpers -------------------------------------------------------------------
    def cell_at(self, scene_pos: QPointF) -> tuple[str, str] | None:
        """(lane_id, phase_id) of the cell under a scene point, or None outside the cells."""
        return self.swimlane_layout.cell_at(scene_pos)

    def cell_rect(self, lane_id: str, phase_id: str) -> QRectF:
        return self.swimlane_layout.cell_rect(lane_id, phase_id)

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
        self.swimlane_layout.relayout()

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
                columns.setdefault(self.swimlane_layout.column_of(other), []).append(other)
        column = self.swimlane_layout.column_of(card)
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

    def people_of(self, step_id: str) -> list[str]:
        if not self.doc.has_wijk:
            return []
        linked = {x.stakeholder_id for x in self.doc.stakeholder_links_of(step_id)}
        return [p.name for p in self.doc.wijk_stakeholders() if p.id in linked]

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

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        selected_steps = set(self.selected_step_ids())
        selected_deps = set(self.selected_dependency_ids())
        focus = self.focusItem()
        focus_id = focus.step_id if isinstance(focus, StepCardItem) else None
        if self._grid.scene() is self:
            for item in (self._grid, self._legend, self._indicator):
                self.removeItem(item)
        self._gestures.remove_link_line()
        self.step_items = {}
        self.dep_items = {}
        self.lane_items = {}
        self.phase_items = {}
        self.swimlane_layout.clear()
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
        self.swimlane_layout.relayout()
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
        all_lanes = [lane_id for lane_id, _t, _h in self.swimlane_layout.lane_spans]
        all_phases = [phase_id for phase_id, _left in self.swimlane_layout.phase_spans]
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

    # --- route highlight ------------------------------------------------------------------
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

    # --- document signals -----------------------------------------------------------------
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
        self.swimlane_layout.relayout_cells([(step.lane_id, step.phase_id)])
        self._update_progress([step.lane_id], [step.phase_id])

    def _on_doc_step_changed(self, step_id: str) -> None:
        step = self.doc.step(step_id)
        card = self.step_items.get(step_id)
        if step is None or card is None:
            return
        if self._refresh_card(card, step):
            self.swimlane_layout.relayout_cells([(step.lane_id, step.phase_id)])
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
            old = self.swimlane_layout.card_cells.get(step_id) if card is not None else None
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
        self.swimlane_layout.relayout_cells(cells)
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
        self._gestures.forget_card(card)
        self.removeItem(card)
        cell = self.swimlane_layout.card_cells.pop(step_id, None)
        if cell is None:
            self.swimlane_layout.relayout()
            self._update_progress()
            return
        self.swimlane_layout.relayout_cells([cell])
        self._update_progress([cell[0]], [cell[1]])

    def _on_doc_dependency_added(self, dep_id: str) -> None:
        self._add_arrow(dep_id)

    def _on_doc_dependency_removed(self, dep_id: str) -> None:
        self._remove_arrow(dep_id)

    def _refresh_card(self, card: StepCardItem, step: Step) -> bool:
        lane = self.doc.lane(step.lane_id)
        color = lane.color if lane else MUTED.name()
        return card.refresh(step, color, self.doc.instruments_of(step.id))

    # --- gestures: what items report goes to ``SwimlaneGestures`` -------------------------
    def _cards_dragged(self, dragged: StepCardItem, first: bool) -> None:
        self._gestures.cards_dragged(dragged, first)

    def _cards_released(self, dragged: StepCardItem) -> None:
        self._gestures.cards_released(dragged)

    def _link_started(self, source: StepCardItem) -> None:
        self._gestures.link_started(source)

    def _link_moved(self, source: StepCardItem, scene_pos: QPointF) -> None:
        self._gestures.link_moved(source, scene_pos)

    def _link_released(self, source: StepCardItem, scene_pos: QPointF) -> None:
        self._gestures.link_released(source, scene_pos)

    def _header_dragged(self, header: HeaderItem) -> None:
        self._gestures.header_dragged(header)

    def _header_released(self, header: HeaderItem) -> None:
        self._gestures.header_released(header)

    # --- QGraphicsScene -------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._gestures.after_release()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._gestures.double_click(event):
            super().mouseDoubleClickEvent(event)
