"""A stakeholder's chip on the invloed-belangmatrix: the small card, dragged freely until the
matrix it is on (its ``GridHost``, never imported here) places it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.gui.stakeholders.card import (
    CHIP_HEIGHT,
    CHIP_WIDTH,
    CardFacts,
    paint_chip,
)
from sec_workshop.gui.stakeholders.grid_layout import Cell

CHIP_Z = 1.0
DRAG_Z = 10.0
CHIP_MARGIN = 2.0  # the selected chip's frame is drawn over its edge


class GridHost(Protocol):
    """What a chip asks of the matrix it is on; the scene is one (chips never import it)."""

    def chip_dragged(self, chip: ChipItem, scene_pos: QPointF) -> None: ...

    def chip_dropped(self, chip: ChipItem, scene_pos: QPointF) -> None: ...

    def chip_opened(self, chip: ChipItem) -> None: ...


_CHIP_RECT = QRectF(0, 0, CHIP_WIDTH, CHIP_HEIGHT)
_CHIP_BOUNDS = _CHIP_RECT.adjusted(-CHIP_MARGIN, -CHIP_MARGIN, CHIP_MARGIN, CHIP_MARGIN)


class ChipItem(QGraphicsItem):
    """A stakeholder as the small card; a drag moves it freely until the host places it."""

    def __init__(self, host: GridHost, person: Stakeholder, facts: CardFacts) -> None:
        super().__init__()
        self._host = host
        self.person = person
        self.facts = facts
        self.stakeholder_id = person.id
        self._press: QPointF | None = None
        self.dragging = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(CHIP_Z)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    @property
    def cell(self) -> Cell:
        return self.person.influence, self.person.interest

    def set_person(self, person: Stakeholder, facts: CardFacts) -> None:
        self.person = person
        if facts != self.facts:
            self.facts = facts
            self.update()

    def tooltip_text(self) -> str:
        """The whole name (the chip may cut it short), type, organisation and scores; made
        when asked for (see ``StakeholderGridScene.helpEvent``), not for every chip."""
        person, facts = self.person, self.facts
        second = " · ".join(
            x for x in (facts.type_name, person.organisation) if x and x != person.name
        )
        scores = (
            QCoreApplication.translate("StakeholderGridScene", "Influence %1 · interest %2")
            .replace("%1", str(person.influence))
            .replace("%2", str(person.interest))
        )
        return "\n".join(x for x in (person.name, second, scores) if x)

    def boundingRect(self) -> QRectF:
        return _CHIP_BOUNDS

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        paint_chip(painter, _CHIP_RECT, self.facts, self.isSelected())

    # --- the drag ------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        scene = self.scene()
        if scene is not None and scene.selectedItems() != [self]:
            scene.clearSelection()  # one chip at a time: a drag moves the chip pressed
        self.setSelected(True)
        self._press = event.pos()
        self.dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        if not self.dragging:
            moved = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
            if moved.manhattanLength() < QApplication.startDragDistance():
                return
            self.dragging = True
            self.setZValue(DRAG_Z)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.setPos(event.scenePos() - self._press)
        self._host.chip_dragged(self, event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = None
        if self.dragging:
            self.dragging = False
            self.setZValue(CHIP_Z)
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            self._host.chip_dropped(self, event.scenePos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._host.chip_opened(self)
            event.accept()


# --- the scene -----------------------------------------------------------------------------
