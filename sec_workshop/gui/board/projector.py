"""The projector view: a second window that shows the facilitator's board to the room, on the
beamer. It looks at the same ``BoardScene`` as the editor (no copy) as an *audience*: notes
marked facilitator-only are left out and selection marks are not drawn. It follows the
facilitator's view or stays frozen on one part of the board, optionally in high contrast,
with the session timer large in a band above the board that the view keeps free, so that
the countdown never hides a note."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QResizeEvent,
    QScreen,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QVBoxLayout, QWidget

from sec_workshop.gui.board.items import Audience
from sec_workshop.gui.board.scene import BACKGROUND, BoardScene
from sec_workshop.gui.board.timer import SessionTimer, TimerState, TimerWidget
from sec_workshop.gui.common.canvas_view import CanvasView

DARK = QColor("#101418")  # around the board in high contrast: bright notes on a dark wall
ANYWHERE = 10_000_000.0  # the projector may centre any point, whatever the board's edges
WINDOWED_SIZE = (1280, 720)
TIMER_MARGIN = 12  # pixels around the timer in its band

T = TypeVar("T")


def visible_scene_rect(view: QGraphicsView) -> QRectF:
    """The part of the scene a view shows."""
    return view.mapToScene(view.viewport().rect()).boundingRect()


def other_screen(screens: Sequence[T], current: T | None) -> T | None:
    """A screen for the projector: the first that is not the facilitator's, if any."""
    for screen in screens:
        if screen is not current:
            return screen
    return None


class ProjectorView(CanvasView):
    """The board for the room: no editing, no scroll bars, and the scene rect it is told to
    show fitted into whatever size the window has (also after it goes full screen)."""

    min_zoom = 0.02
    max_zoom = 8.0

    double_clicked = Signal()

    def __init__(self, scene: BoardScene, audience: Audience, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.board_scene = scene
        self.audience = audience
        self.shown_rect = QRectF()
        self.setObjectName("projectorView")
        self.setInteractive(False)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # Its own scene rect: the facilitator's view may sit at the board's edge, and the
        # projector (another shape of screen) must still centre exactly the same spot.
        self.setSceneRect(QRectF(-ANYWHERE, -ANYWHERE, 2 * ANYWHERE, 2 * ANYWHERE))
        # The room's zoom counts too: the overview only stands in while every view is far out.
        self.zoom_changed.connect(self._on_zoom_changed)
        scene.track_view(self, self.zoom())

    def _on_zoom_changed(self, zoom: float) -> None:
        self.board_scene.track_view(self, zoom)

    def show_rect(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        self.shown_rect = QRectF(rect)
        self.fit_rect(rect)

    def keep_top_free(self, height: int) -> None:
        """A band of ``height`` pixels above the board (for the timer): the board is fitted
        below it, never under it."""
        if self.viewportMargins().top() == height:
            return
        self.setViewportMargins(0, height, 0, 0)
        if not self.shown_rect.isEmpty():
            self.fit_rect(self.shown_rect)

    def paint_band(self, color: QColor) -> None:
        self.setStyleSheet(f"#projectorView {{ background: {color.name()}; }}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.shown_rect.isEmpty():
            self.fit_rect(self.shown_rect)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]
        super().drawBackground(painter, rect)  # the scene's: the template and its zones
        if not self.audience.high_contrast:
            return
        around = QPainterPath()
        around.addRect(QRectF(rect))
        template = self.board_scene.doc.template
        if template is not None:
            board = QPainterPath()
            board.addRect(QRectF(0, 0, template.width, template.height))
            around = around.subtracted(board)
        painter.fillPath(around, DARK)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the facilitator steers the projector from the editor

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()
        event.accept()


class ProjectorWindow(QWidget):
    """A top-level window on the beamer (full screen on a second screen when there is one).

    Follows the facilitator's ``source`` view, showing the same part of the board, unless
    frozen. Esc leaves full screen, and closes the window when it is not full screen;
    F11 or a double-click switches full screen on and off. Closing unregisters the
    audience from the scene and emits ``closed``."""

    closed = Signal()

    def __init__(
        self,
        scene: BoardScene,
        source: QGraphicsView,
        timer: SessionTimer | None = None,
        parent: QWidget | None = None,
        high_contrast: bool = False,
        following: bool = True,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("projectorWindow")
        self.scene = scene
        self.source = source
        self.audience = Audience(high_contrast=high_contrast)
        self.following = following
        self.view = ProjectorView(scene, self.audience, self)
        self.view.setAccessibleName(self.tr("Board for the room"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(self.tr("%1 – projector").replace("%1", scene.doc.board.title))
        self.timer_display: TimerWidget | None = None
        if timer is not None:
            self.timer_display = TimerWidget(timer, 96, self.view)
            self.timer_display.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            timer.state_changed.connect(self._on_timer_state_changed)
        self.view.paint_band(DARK if high_contrast else BACKGROUND)
        self._place_timer()
        scene.add_audience(self.view.viewport(), self.audience)
        self._registered = True
        for bar in (source.horizontalScrollBar(), source.verticalScrollBar()):
            bar.valueChanged.connect(self._on_source_view_changed)
            bar.rangeChanged.connect(self._on_source_view_changed)
        if isinstance(source, CanvasView):
            source.zoom_changed.connect(self._on_source_view_changed)
        self.view.double_clicked.connect(self._on_view_double_clicked)
        scene.doc.board_renamed.connect(self._on_doc_board_renamed)
        self.show_rect(visible_scene_rect(source))

    # --- what it shows ---------------------------------------------------------------------
    def shown_rect(self) -> QRectF:
        """The part of the board the projector shows (at least; the screen's shape may add
        a margin on two sides)."""
        return visible_scene_rect(self.view)

    def show_rect(self, rect: QRectF) -> None:
        self.view.show_rect(rect)

    def set_following(self, following: bool) -> None:
        """Follow the facilitator's view (True) or keep showing what it shows now."""
        self.following = following
        if following:
            self.show_rect(visible_scene_rect(self.source))

    def set_high_contrast(self, on: bool) -> None:
        self.audience.high_contrast = on
        self.view.paint_band(DARK if on else BACKGROUND)
        self.scene.refresh_caches()
        self.view.viewport().update()

    def _on_timer_state_changed(self, _state: TimerState) -> None:
        self._place_timer()

    def _place_timer(self) -> None:
        """Shown while a countdown is on, in the top-right corner of a band the board is
        kept out of; without a countdown the board has the whole screen."""
        display = self.timer_display
        if display is None:
            return
        active = display.timer.is_active()
        display.setVisible(active)
        if not active:
            self.view.keep_top_free(0)
            return
        display.adjustSize()
        self.view.keep_top_free(display.height() + 2 * TIMER_MARGIN)
        display.move(self.view.width() - display.width() - TIMER_MARGIN, TIMER_MARGIN)
        display.raise_()

    def _on_source_view_changed(self, *_args: object) -> None:
        if self.following:
            self.show_rect(visible_scene_rect(self.source))

    def _on_doc_board_renamed(self, title: str) -> None:
        self.setWindowTitle(self.tr("%1 – projector").replace("%1", title))

    # --- the window ------------------------------------------------------------------------
    def present(self, facilitator_screen: QScreen | None) -> None:
        """Full screen on a screen other than the facilitator's; without one, a normal
        window that can be dragged onto the beamer (and made full screen there)."""
        screen = other_screen(QGuiApplication.screens(), facilitator_screen)
        if screen is None:
            self.resize(*WINDOWED_SIZE)
            self.show()
        else:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        self.raise_()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.timer_display is not None:
            # Digits a tenth of the screen high: readable from the back of a hall, while
            # taking little room from the board.
            self.timer_display.set_pixel_size(max(48, self.height() // 10))
            self._place_timer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
            event.accept()
            return
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_view_double_clicked(self) -> None:
        self.toggle_full_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._registered:
            self._registered = False
            self.scene.remove_audience(self.view.viewport())
            self.scene.forget_view(self.view)
            self.closed.emit()
        super().closeEvent(event)
