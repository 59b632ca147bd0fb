"""The view on the swimlanes: zoom, fit, pan, keyboard navigation between step cards, and
export of the whole model as a PNG image."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QImageWriter,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from sec_workshop.gui.swimlane_scene import READABLE_SCALE, StepCardItem, SwimlaneScene

MIN_ZOOM = 0.2
MAX_ZOOM = 3.0
WHEEL_STEP = 1.0015  # zoom factor per eighth of a degree of wheel turn (1.2 per notch)
MAX_IMAGE_SIDE = 16000  # pixels; larger images are refused rather than exhausting memory
BACKGROUND = QColor("#FAFAF7")

_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class SwimlaneView(QGraphicsView):
    """Shows a ``SwimlaneScene``; keys and gestures of the view become request signals."""

    edit_requested = Signal(str)  # step_id (Enter)
    delete_requested = Signal(list, list)  # step ids, dependency ids (Delete)
    copy_requested = Signal(list)  # step ids (Ctrl+C)
    paste_requested = Signal()  # Ctrl+V

    def __init__(self, scene: SwimlaneScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene
        self._pan_from: QPoint | None = None
        self._space_held = False
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        # A band selects what it encloses: arrows that merely cross it stay unselected.
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(BACKGROUND)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("SwimlaneView", "Process model"))
        scene.set_cards_cached(self.zoom() >= READABLE_SCALE)

    # --- zoom ----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        current = self.zoom()
        if current > 0 and not math.isclose(zoom, current):
            self.scale(zoom / current, zoom / current)
        self._scene.set_cards_cached(self.zoom() >= READABLE_SCALE)

    def fit_all(self) -> None:
        """*Passend maken*: the whole model in the window, within the zoom limits."""
        rect = self._scene.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.set_zoom(self.zoom())

    def fit_width(self, least: float = 0.5) -> None:
        """The model's width in the window, but never so small that titles become unreadable;
        then the top left in view. The zoom a roadmap opens at."""
        rect = self._scene.sceneRect()
        width = self.viewport().width()
        if rect.isEmpty() or width <= 0:
            return
        self.set_zoom(max(least, min(1.0, (width - 8) / rect.width())))
        self.ensureVisible(rect.left(), rect.top(), 1, 1, 0, 0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y() or event.angleDelta().x()
            if delta:
                self.set_zoom(self.zoom() * WHEEL_STEP**delta)
            event.accept()
            return
        super().wheelEvent(event)

    # --- panning -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _set_space_pan(self, on: bool) -> None:
        """Space held: a left drag pans, wherever it starts (the scene sees no clicks)."""
        if on == self._space_held:
            return
        self._space_held = on
        self.setInteractive(not on)
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if on else QGraphicsView.DragMode.RubberBandDrag
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # A scene is no widget and hears of no language switch; the view passes it on.
            self._scene.retranslate()
        super().changeEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._set_space_pan(False)
        super().focusOutEvent(event)

    # --- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._set_space_pan(True)
            event.accept()
            return
        if key == Qt.Key.Key_Space:
            event.accept()
            return
        if key in _ARROWS and modifiers == Qt.KeyboardModifier.NoModifier:
            dx, dy = _ARROWS[Qt.Key(key)]
            if self.move_selection(dx, dy):
                event.accept()
                return
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            step_id = self.current_step_id()
            if step_id is not None:
                self.edit_requested.emit(step_id)
                event.accept()
                return
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            steps = self._scene.selected_step_ids()
            deps = self._scene.selected_dependency_ids()
            if steps or deps:
                self.delete_requested.emit(steps, deps)
                event.accept()
                return
        elif event.matches(QKeySequence.StandardKey.Copy):
            steps = self._scene.selected_step_ids()
            if steps:
                self.copy_requested.emit(steps)
            event.accept()
            return
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._set_space_pan(False)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def current_step_id(self) -> str | None:
        """The card that has the keyboard: the focused card if selected, else the first
        selected one."""
        focus = self._scene.focusItem()
        if isinstance(focus, StepCardItem) and focus.isSelected():
            return focus.step_id
        selected = self._scene.selected_step_ids()
        return selected[0] if selected else None

    def move_selection(self, dx: int, dy: int) -> bool:
        """Select the nearest card in a direction; with nothing selected, the first card."""
        current = self.current_step_id()
        target = (
            self._scene.first_step() if current is None else self._scene.neighbour(current, dx, dy)
        )
        if target is None:
            return current is not None  # at the edge: keep the selection, eat the key
        self._scene.select_steps([target])
        card = self._scene.step_items[target]
        card.setFocus()
        self.ensureVisible(card, 40, 40)
        return True

    # --- export --------------------------------------------------------------------------
    def export_png(self, path: str | Path, scale: float = 1.0) -> bool:
        """The whole model (not only what the window shows) as a PNG on white."""
        source = self._scene.sceneRect()
        if source.isEmpty() or scale <= 0:
            return False
        size = QSize(math.ceil(source.width() * scale), math.ceil(source.height() * scale))
        if max(size.width(), size.height()) > MAX_IMAGE_SIDE:
            return False
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            return False
        dots_per_metre = round(96 / 0.0254 * scale)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self._scene.set_exporting(True)
        try:
            self._scene.render(
                painter,
                QRectF(0, 0, size.width(), size.height()),
                source,
                Qt.AspectRatioMode.KeepAspectRatio,
            )
        finally:
            painter.end()
            self._scene.set_exporting(False)
        return QImageWriter(str(path), b"png").write(image)
