"""What every canvas of the app does alike: zoom with Ctrl+wheel within limits, fit, and pan
with the middle button or with the space bar held, and PNG export of a scene region."""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QImage, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

WHEEL_STEP = 1.0015  # zoom factor per eighth of a degree of wheel turn (1.2 per notch)
MAX_IMAGE_SIDE = 16000  # pixels; larger images are refused rather than exhausting memory


class CanvasView(QGraphicsView):
    min_zoom = 0.2
    max_zoom = 3.0

    zoom_changed = Signal(float)  # the new scale, after a zoom or a fit

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._pan_from: QPoint | None = None
        self._space_held = False
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- zoom ----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(self.max_zoom, max(self.min_zoom, zoom))
        current = self.zoom()
        if current > 0 and not math.isclose(zoom, current):
            self.scale(zoom / current, zoom / current)
            self.zoom_changed.emit(self.zoom())

    def fit_rect(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        before = self.zoom()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        fitted = self.zoom()
        zoom = min(self.max_zoom, max(self.min_zoom, fitted))
        if fitted > 0 and not math.isclose(zoom, fitted):
            self.scale(zoom / fitted, zoom / fitted)
        if not math.isclose(before, self.zoom()):
            self.zoom_changed.emit(self.zoom())

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

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._set_space_pan(False)
        super().focusOutEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if self.space_pan_key(event, False):
            return
        super().keyReleaseEvent(event)

    def space_pan_key(self, event: QKeyEvent, pressed: bool) -> bool:
        """Handles the space bar for panning; True when the event was the space bar."""
        if event.key() != Qt.Key.Key_Space:
            return False
        if not event.isAutoRepeat():
            self._set_space_pan(pressed)
        event.accept()
        return True


def render_png(scene: QGraphicsScene, source: QRectF, width: int, background: QColor) -> bytes:
    """A region of a scene as PNG bytes, ``width`` pixels wide (height in proportion).

    Raises ``ValueError`` when the image would be empty or too large."""
    if source.isEmpty() or width <= 0:
        raise ValueError("empty")
    height = max(1, round(width * source.height() / source.width()))
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        raise ValueError("too large")
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ValueError("not encoded")
    buffer.close()
    return bytes(data.data())
