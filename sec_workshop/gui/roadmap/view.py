"""The view on the swimlanes: zoom, fit, pan, keyboard navigation between step cards, and
export of the whole model as a PNG image."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from sec_workshop.gui.common.canvas_view import MAX_IMAGE_SIDE, CanvasView
from sec_workshop.gui.roadmap.items import READABLE_SCALE, StepCardItem
from sec_workshop.gui.roadmap.scene import SwimlaneScene

MIN_ZOOM = 0.2
MAX_ZOOM = 3.0
BACKGROUND = QColor("#FAFAF7")

_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class SwimlaneView(CanvasView):
    """Shows a ``SwimlaneScene``; keys and gestures of the view become request signals."""

    edit_requested = Signal(str)  # step_id (Enter)
    delete_requested = Signal(list, list)  # step ids, dependency ids (Delete)
    copy_requested = Signal(list)  # step ids (Ctrl+C)
    paste_requested = Signal()  # Ctrl+V

    min_zoom = MIN_ZOOM
    max_zoom = MAX_ZOOM

    def __init__(self, scene: SwimlaneScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene
        # A band selects what it encloses: arrows that merely cross it stay unselected.
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(BACKGROUND)
        self.setAccessibleName(QCoreApplication.translate("SwimlaneView", "Process model"))
        self.zoom_changed.connect(self._on_zoom_changed)
        self._on_zoom_changed(self.zoom())

    def _on_zoom_changed(self, zoom: float) -> None:
        self._scene.set_cards_cached(zoom >= READABLE_SCALE)

    def fit_all(self) -> None:
        """*Passend maken*: the whole model in the window, within the zoom limits."""
        self.fit_rect(self._scene.sceneRect())

    def fit_width(self, least: float = 0.5) -> None:
        """The model's width in the window, but never so small that titles become unreadable;
        then the top left in view. The zoom a roadmap opens at."""
        rect = self._scene.sceneRect()
        width = self.viewport().width()
        if rect.isEmpty() or width <= 0:
            return
        self.set_zoom(max(least, min(1.0, (width - 8) / rect.width())))
        self.ensureVisible(rect.left(), rect.top(), 1, 1, 0, 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # A scene is no widget and hears of no language switch; the view passes it on.
            self._scene.retranslate()
        super().changeEvent(event)

    # --- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.space_pan_key(event, True):
            return
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
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
    def png_bytes(self, scale: float = 1.0) -> bytes | None:
        """The whole model (not only what the window shows) as a PNG on white; ``None`` when
        it cannot be drawn (empty, or too large for one image)."""
        source = self._scene.sceneRect()
        if source.isEmpty() or scale <= 0:
            return None
        size = QSize(math.ceil(source.width() * scale), math.ceil(source.height() * scale))
        if max(size.width(), size.height()) > MAX_IMAGE_SIDE:
            return None
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            return None
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
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            return None
        buffer.close()
        return bytes(data.data())
