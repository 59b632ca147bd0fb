"""The view on the invloed-belangmatrix: the whole matrix fitted to the window until the
user zooms, and the keys that move the selected chip one cell or open it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from sec_workshop.gui.common.canvas_view import CanvasView
from sec_workshop.gui.stakeholders.grid_scene import StakeholderGridScene

# Arrow keys: (influence, interest) steps; up is more influence, right more interest.
_NUDGES = {
    Qt.Key.Key_Up: (1, 0),
    Qt.Key.Key_Down: (-1, 0),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Left: (0, -1),
}


class StakeholderGridView(CanvasView):
    """Shows a ``StakeholderGridScene``. It keeps the matrix fitted to the window (on show,
    on resize, when the matrix grows) until the user zooms with Ctrl+wheel; ``fit_all``
    fits it again and keeps it fitted."""

    min_zoom = 0.1
    max_zoom = 3.0

    def __init__(self, scene: StakeholderGridScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene
        self.auto_fit = True
        self.setObjectName("stakeholderGridView")
        self.setAccessibleName(
            QCoreApplication.translate("StakeholderGridView", "Influence-interest grid")
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        scene.sceneRectChanged.connect(self._on_scene_scene_rect_changed)

    def fit_all(self) -> None:
        """*Passend maken*: the whole matrix in the window, and kept so."""
        self.auto_fit = True
        self.fit_rect(self._scene.sceneRect())

    def _on_scene_scene_rect_changed(self, _rect: QRectF) -> None:
        if self.auto_fit:
            self.fit_rect(self._scene.sceneRect())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.auto_fit:
            self.fit_rect(self._scene.sceneRect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_rect(self._scene.sceneRect())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.auto_fit = False
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.space_pan_key(event, True):
            return
        step = _NUDGES.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._scene.nudge_selected(*step)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._scene.open_selected():
            event.accept()
            return
        super().keyPressEvent(event)
