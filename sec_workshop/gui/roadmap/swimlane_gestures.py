"""The gestures on a swimlane: dragging cards to another place or cell (a bar shows where they
would go), drawing an arrow from a card's handle to another card, dragging a lane's or a
phase's header to reorder, and double-clicks. Items report their drags to the scene, which
hands them here; each gesture ends in a request of the scene, sent once the mouse is
released."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSceneMouseEvent

from sec_workshop.gui.roadmap.items import (
    CARD_GAP,
    CARD_WIDTH,
    CARD_X,
    CELL_PADDING,
    COLUMN_WIDTH,
    INK,
    Z_CARD,
    Z_DRAGGED,
    Z_LINK,
    DependencyItem,
    DropIndicatorItem,
    GridItem,
    HeaderItem,
    LaneHeaderItem,
    PhaseHeaderItem,
    StepCardItem,
)
from sec_workshop.gui.roadmap.swimlane_layout import SwimlaneLayout

if TYPE_CHECKING:
    from sec_workshop.gui.roadmap.scene import SwimlaneScene


class SwimlaneGestures:
    """The gestures on one ``SwimlaneScene``, placed by its ``SwimlaneLayout``."""

    def __init__(
        self,
        scene: SwimlaneScene,
        layout: SwimlaneLayout,
        grid: GridItem,
        indicator: DropIndicatorItem,
    ) -> None:
        self._scene = scene
        self._layout = layout
        self._grid = grid
        self._indicator = indicator  # where dragged cards or a dragged header would go
        self._after_release: list[Callable[[], None]] = []
        self._link_line: QGraphicsPathItem | None = None
        self._link_target: StepCardItem | None = None

    # --- moving cards ---------------------------------------------------------------------
    def _moving_cards(self, dragged: StepCardItem) -> list[StepCardItem]:
        cards = [i for i in self._scene.selectedItems() if isinstance(i, StepCardItem)]
        if dragged not in cards:
            cards.append(dragged)
        return cards

    def cards_dragged(self, dragged: StepCardItem, first: bool) -> None:
        cards = self._moving_cards(dragged)
        arrows: dict[str, DependencyItem] = {}
        for card in cards:
            arrows.update(card.arrows)
            if first:
                card.setZValue(Z_DRAGGED)
        for arrow in arrows.values():
            arrow.update_path()
        cell = self._layout.cell_at(dragged.centre())
        if cell is None:
            self._indicator.setVisible(False)
            return
        moving = {c.step_id for c in cards}
        items = self._scene.step_items
        others = [
            items[s.id]
            for s in self._scene.doc.steps_in(*cell)
            if s.id not in moving and s.id in items
        ]
        index = sum(1 for o in others if o.home.y() + o.height / 2 < dragged.centre().y())
        rect = self._layout.cell_rect(*cell)
        if index < len(others):
            bar_y = others[index].home.y() - CARD_GAP / 2
        elif others:
            bar_y = others[-1].home.y() + others[-1].height + CARD_GAP / 2
        else:
            bar_y = rect.top() + CELL_PADDING / 2
        bar = QRectF(rect.left() + CARD_X, bar_y - 2, CARD_WIDTH, 4)
        self._indicator.show_at(rect, bar)

    def cards_released(self, dragged: StepCardItem) -> None:
        self._indicator.setVisible(False)
        cards = self._moving_cards(dragged)
        for card in cards:
            card.setZValue(Z_CARD)
        moving = [c for c in cards if c.pos() != c.home]
        moves: list[tuple[str, str, str, int]] = []
        if moving and self._layout.cell_at(dragged.centre()) is not None:
            moves = self._moves_for(moving)
        if moves:
            self._after_release.append(partial(self._scene.move_requested.emit, moves))
        # Back to the layout; when the move goes through, the document's signal lays out again.
        self._after_release.append(self._layout.relayout)

    def _moves_for(self, moving: list[StepCardItem]) -> list[tuple[str, str, str, int]]:
        """Target cell of each card from its centre, position from its height among the cards
        that stay; nothing when the drop changes no order."""
        moving_ids = {c.step_id for c in moving}
        by_cell: dict[tuple[str, str], list[StepCardItem]] = {}
        for card in moving:
            cell = self._layout.cell_at(card.centre())
            if cell is not None:
                by_cell.setdefault(cell, []).append(card)
        moves: list[tuple[str, str, str, int]] = []
        items = self._scene.step_items
        for (lane_id, phase_id), arriving in by_cell.items():
            staying = [
                (items[s.id].home.y() + items[s.id].height / 2, s.id)
                for s in self._scene.doc.steps_in(lane_id, phase_id)
                if s.id not in moving_ids and s.id in items
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
            step = self._scene.doc.step(step_id)
            if step is None or (step.lane_id, step.phase_id, step.position) != (
                lane_id,
                phase_id,
                position,
            ):
                return False
        return True

    # --- arrows ---------------------------------------------------------------------------
    def link_started(self, source: StepCardItem) -> None:
        self.remove_link_line()
        line = QGraphicsPathItem()
        pen = QPen(INK, 2, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        line.setPen(pen)
        line.setZValue(Z_LINK)
        self._link_line = line
        self._scene.addItem(line)

    def link_moved(self, source: StepCardItem, scene_pos: QPointF) -> None:
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

    def link_released(self, source: StepCardItem, scene_pos: QPointF) -> None:
        self.remove_link_line()
        if self._link_target is not None:
            self._link_target.set_link_target(False)
            self._link_target = None
        target = self._card_at(scene_pos, exclude=source)
        if target is None:
            return
        exists = any(
            d.from_step_id == source.step_id and d.to_step_id == target.step_id
            for d in self._scene.doc.dependencies()
        )
        if not exists:
            self._after_release.append(
                partial(self._scene.dependency_requested.emit, source.step_id, target.step_id)
            )

    def remove_link_line(self) -> None:
        if self._link_line is not None:
            if self._link_line.scene() is self._scene:
                self._scene.removeItem(self._link_line)
            self._link_line = None

    def _card_at(
        self, scene_pos: QPointF, exclude: StepCardItem | None = None
    ) -> StepCardItem | None:
        for item in self._scene.items(scene_pos):
            if isinstance(item, StepCardItem) and item is not exclude and item.isVisible():
                return item
        return None

    # --- headers --------------------------------------------------------------------------
    def header_dragged(self, header: HeaderItem) -> None:
        """A bar across the grid where the dragged lane or phase would go."""
        index = self._header_index(header)
        grid = self._grid.boundingRect()
        if isinstance(header, LaneHeaderItem) and self._layout.lane_spans:
            tops = [top for i, top, _h in self._layout.lane_spans if i != header.lane_id]
            _id, last_top, last_height = self._layout.lane_spans[-1]
            y = tops[index] if index < len(tops) else last_top + last_height
            self._indicator.show_at(QRectF(), QRectF(0, y - 2, grid.width(), 4))
        elif isinstance(header, PhaseHeaderItem) and self._layout.phase_spans:
            lefts = [left for i, left in self._layout.phase_spans if i != header.phase_id]
            x = (
                lefts[index]
                if index < len(lefts)
                else self._layout.phase_spans[-1][1] + COLUMN_WIDTH
            )
            self._indicator.show_at(QRectF(), QRectF(x - 2, 0, 4, grid.bottom()))

    def _header_index(self, header: HeaderItem) -> int:
        """Where a dragged header would go among the others, from its centre."""
        if isinstance(header, LaneHeaderItem):
            centre = header.pos().y() + header.size_rect().height() / 2
            return sum(
                1
                for i, top, h in self._layout.lane_spans
                if i != header.lane_id and top + h / 2 < centre
            )
        if isinstance(header, PhaseHeaderItem):
            centre = header.pos().x() + COLUMN_WIDTH / 2
            return sum(
                1
                for i, left in self._layout.phase_spans
                if i != header.phase_id and left + COLUMN_WIDTH / 2 < centre
            )
        return 0

    def header_released(self, header: HeaderItem) -> None:
        self._indicator.setVisible(False)
        index = self._header_index(header)
        if isinstance(header, LaneHeaderItem):
            current = [i for i, _t, _h in self._layout.lane_spans].index(header.lane_id)
            if index != current:
                self._after_release.append(
                    partial(self._scene.lane_header_moved.emit, header.lane_id, index)
                )
        elif isinstance(header, PhaseHeaderItem):
            current = [i for i, _x in self._layout.phase_spans].index(header.phase_id)
            if index != current:
                self._after_release.append(
                    partial(self._scene.phase_header_moved.emit, header.phase_id, index)
                )
        self._after_release.append(self._layout.relayout)

    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        """A card to edit, a lane's or a phase's header to edit, or a new step in an empty
        spot of a cell; True when the double-click meant one of them."""
        scene = self._scene
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        card = self._card_at(pos)
        if card is not None:
            event.accept()
            scene.edit_requested.emit(card.step_id)
            return True
        for item in scene.items(pos):
            if isinstance(item, LaneHeaderItem):
                event.accept()
                scene.lane_edit_requested.emit(item.lane_id)
                return True
            if isinstance(item, PhaseHeaderItem):
                event.accept()
                scene.phase_edit_requested.emit(item.phase_id)
                return True
        cell = self._layout.cell_at(pos)
        if cell is not None:
            event.accept()
            scene.add_step_requested.emit(*cell)
            return True
        return False

    def after_release(self) -> None:
        """The requests of the gesture that just ended, now that the item that had the mouse
        has finished its own event: the editor may rebuild the scene, which must not delete
        an item while it is handling an event."""
        pending, self._after_release = self._after_release, []
        for request in pending:
            request()

    def forget_card(self, card: StepCardItem) -> None:
        """A card leaves the scene: it is no longer where an arrow would go."""
        if self._link_target is card:
            self._link_target = None
