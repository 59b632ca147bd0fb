"""The mouse gestures of the board: drag (a cluster's notes go along), resize by the grip, draw
an arrow from note to note, place or take off a dot, double-click. The scene hands its mouse
events here first; a gesture ends in a request of the scene (a signal with ids and domain
values), never in a change of the document."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsSceneMouseEvent

from sec_workshop.domain.board import CLUSTER_HEADER, BoardRecord
from sec_workshop.gui.board.items import ClusterItem, LinkItem, NoteItem, PhotoItem, id_of_item

if TYPE_CHECKING:
    from sec_workshop.gui.board.scene import BoardScene

MIN_NOTE = 60.0
MIN_CLUSTER = 200.0
ARROW_DRAWN = QColor("#1565C0")  # the dashed line while an arrow is drawn


class BoardGestures:
    """What a press, a move, a release and a double-click on one board mean in its mode. Each
    handler returns True when it took the event; otherwise the scene lets Qt have it (items
    select and move themselves) and then calls the ``after_*`` handler."""

    def __init__(self, scene: BoardScene) -> None:
        self._scene = scene
        self._drag: dict[QGraphicsItem, QPointF] | None = None
        self._drag_anchor: QGraphicsItem | None = None
        self._resizing: tuple[QGraphicsItem, QPointF, QRectF] | None = None
        self._link_from: NoteItem | None = None
        self._link_line: QGraphicsLineItem | None = None

    # --- the scene's mouse events ---------------------------------------------------------
    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        scene = self._scene
        if event.button() != Qt.MouseButton.LeftButton and scene.mode != "vote":
            return False
        item = self._item_at(event.scenePos())
        if scene.mode == "vote":
            target = _vote_target(item)
            if target is not None:
                add = event.button() == Qt.MouseButton.LeftButton and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                scene.dot_requested.emit(target, add)
            event.accept()
            return True
        if scene.mode == "connect" and isinstance(item, NoteItem):
            self._link_from = item
            self._link_line = QGraphicsLineItem()
            self._link_line.setPen(QPen(ARROW_DRAWN, 3, Qt.PenStyle.DashLine))
            self._link_line.setZValue(1e9)
            scene.addItem(self._link_line)
            centre = item.area().center()
            self._link_line.setLine(centre.x(), centre.y(), centre.x(), centre.y())
            event.accept()
            return True
        if (
            item is not None
            and item.isSelected()
            and isinstance(item, NoteItem | ClusterItem | PhotoItem)
            and not (isinstance(item, ClusterItem) and item.cluster.collapsed)
            and item.grip_rect().contains(item.mapFromScene(event.scenePos()))
        ):
            self._resizing = (item, event.scenePos(), QRectF(item._rect))
            event.accept()
            return True
        return False

    def after_press(self, event: QGraphicsSceneMouseEvent) -> None:
        """Qt had the press: if an item took the mouse, the selection starts to move."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        item = self._item_at(event.scenePos())
        if item is not None and self._scene.mouseGrabberItem() is not None:
            self._start_drag(item)

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._link_line is not None and self._link_from is not None:
            line = self._link_line.line()
            self._link_line.setLine(
                line.x1(), line.y1(), event.scenePos().x(), event.scenePos().y()
            )
            return True
        if self._resizing is not None:
            item, start, rect = self._resizing
            delta = event.scenePos() - start
            self._preview_resize(item, rect, delta)
            return True
        return False

    def after_move(self) -> None:
        """Qt moved the selected items: the notes of a dragged cluster follow, arrows too."""
        drag, anchor = self._drag, self._drag_anchor
        if drag and anchor is not None and anchor in drag:
            delta = anchor.pos() - drag[anchor]
            for item, start in drag.items():
                if not item.isSelected():  # members of a dragged cluster follow it
                    item.setPos(start + delta)
            for item in drag:
                if isinstance(item, NoteItem):
                    self._scene.update_links_of(item.note_id)

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        scene = self._scene
        if self._link_line is not None:
            source = self._link_from
            scene.removeItem(self._link_line)
            self._link_line, self._link_from = None, None
            target = self._item_at(event.scenePos(), skip_links=True)
            if isinstance(target, NoteItem) and source is not None and target is not source:
                scene.link_requested.emit(source.note_id, target.note_id)
            return True
        if self._resizing is not None:
            item, start, rect = self._resizing
            self._resizing = None
            self._finish_resize(item, rect, event.scenePos() - start)
            return True
        return False

    def after_release(self) -> None:
        drag, self._drag, self._drag_anchor = self._drag, None, None
        if drag:
            self._finish_drag(drag)

    def double_click(self, event: QGraphicsSceneMouseEvent) -> None:
        """Editing a note or a cluster's title, or a new note on the empty board (or in a
        cluster's body)."""
        scene = self._scene
        if scene.mode != "select" or event.button() != Qt.MouseButton.LeftButton:
            return
        item = self._item_at(event.scenePos())
        if isinstance(item, NoteItem):
            scene.edit_requested.emit(item.note_id)
        elif isinstance(item, ClusterItem):
            local = item.mapFromScene(event.scenePos())
            if local.y() <= CLUSTER_HEADER or item.cluster.collapsed:
                scene.edit_requested.emit(item.cluster_id)
            else:
                scene.note_requested.emit(event.scenePos())
        elif item is None:
            scene.note_requested.emit(event.scenePos())
        event.accept()

    # --- dragging and resizing ------------------------------------------------------------
    def _item_at(self, pos: QPointF, skip_links: bool = False) -> QGraphicsItem | None:
        for item in self._scene.items(pos):
            if not item.isVisible():
                continue
            if isinstance(item, NoteItem | ClusterItem | PhotoItem):
                return item
            if isinstance(item, LinkItem) and not skip_links:
                return item
        return None

    def _start_drag(self, anchor: QGraphicsItem) -> None:
        scene = self._scene
        moving: dict[QGraphicsItem, QPointF] = {}
        for item in scene.selectedItems():
            if isinstance(item, NoteItem | ClusterItem | PhotoItem):
                moving[item] = item.pos()
            if isinstance(item, ClusterItem):
                for note_id in scene.member_ids(item.cluster_id):
                    member = scene.notes.get(note_id)
                    if member is not None:
                        moving[member] = member.pos()
        self._drag = moving
        self._drag_anchor = anchor

    def _finish_drag(self, drag: dict[QGraphicsItem, QPointF]) -> None:
        scene = self._scene
        positions: dict[str, tuple[float, float]] = {}
        for item, start in drag.items():
            if item.pos() == start:
                continue
            record_id = id_of_item(item)
            if record_id:
                positions[record_id] = (
                    scene.snapped(item.pos().x()),
                    scene.snapped(item.pos().y()),
                )
        if not positions:
            return
        scene.move_requested.emit(positions)
        # Whatever became of the request (done or refused), items show what the document holds.
        scene.resync(list(positions))

    def _preview_resize(self, item: QGraphicsItem, rect: QRectF, delta: QPointF) -> None:
        if isinstance(item, NoteItem):
            w = max(MIN_NOTE, rect.width() + delta.x())
            h = max(MIN_NOTE, rect.height() + delta.y())
            item.set_note(replace(item.note, width=w, height=h))
        elif isinstance(item, ClusterItem):
            w = max(MIN_CLUSTER, rect.width() + delta.x())
            h = max(CLUSTER_HEADER + MIN_NOTE, rect.height() + delta.y())
            item.set_cluster(replace(item.cluster, width=w, height=h))
        elif isinstance(item, PhotoItem):
            photo = item.photo
            scale = max(0.05, photo.scale * (rect.width() + delta.x()) / max(rect.width(), 1))
            item.set_photo(replace(photo, scale=min(scale, 20.0)))

    def _finish_resize(self, item: QGraphicsItem, rect: QRectF, delta: QPointF) -> None:
        scene = self._scene
        self._preview_resize(item, rect, delta)
        record: BoardRecord | None = None
        if isinstance(item, NoteItem):
            note = item.note
            record = replace(
                note, width=scene.snapped(note.width), height=scene.snapped(note.height)
            )
        elif isinstance(item, ClusterItem):
            cluster = item.cluster
            record = replace(
                cluster, width=scene.snapped(cluster.width), height=scene.snapped(cluster.height)
            )
        elif isinstance(item, PhotoItem):
            record = item.photo
        if record is not None:
            scene.resize_requested.emit(record)
            scene.resync([record.id])


def _vote_target(item: QGraphicsItem | None) -> str | None:
    if isinstance(item, NoteItem):
        return item.note_id
    if isinstance(item, ClusterItem):
        return item.cluster_id
    return None
