"""The projector view: a second window that shows the facilitator's board to the room, on the
beamer. It looks at the same ``BoardScene`` as the editor (no copy) as an *audience*: notes
marked facilitator-only are left out and selection marks are not drawn. It follows the
facilitator's view or stays frozen on one part of the board, optionally in high contrast,
with the session timer large in a band above the board that the view keeps free, so that
the countdown never hides a note.

While no board is up (running a session between boards), the same window shows a card
instead: the agenda item under way in large type and the time left."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QRectF, Qt, Signal, SignalInstance
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
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.gui.board.items import Audience
from sec_workshop.gui.board.scene import BACKGROUND, BoardScene
from sec_workshop.gui.board.timer import SessionTimer, TimerState, TimerWidget
from sec_workshop.gui.common.canvas_view import CanvasView

DARK = QColor("#101418")  # around the board in high contrast: bright notes on a dark wall
ANYWHERE = 10_000_000.0  # the projector may centre any point, whatever the board's edges
WINDOWED_SIZE = (1280, 720)
TIMER_MARGIN = 12  # pixels around the timer in its band
CARD_INK = QColor("#263238")
CARD_QUIET = QColor("#546E7A")

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


class ProjectorCard(QWidget):
    """What the room sees while no board is up: a small line above (*Pauze*), the agenda
    item under way in large type, the time left on the session timer while it runs, and
    what comes next. Every size follows the window's height, to be read from the back."""

    def __init__(
        self, timer: SessionTimer | None, high_contrast: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("projectorCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.kicker = QLabel()
        self.kicker.setObjectName("projectorKicker")
        self.title = QLabel()
        self.title.setObjectName("projectorItemTitle")
        self.title.setWordWrap(True)
        self.after = QLabel()
        self.after.setObjectName("projectorAfter")
        self.after.setWordWrap(True)
        for label in (self.kicker, self.title, self.after):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.timer_display: TimerWidget | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.kicker)
        layout.addWidget(self.title)
        if timer is not None:
            self.timer_display = TimerWidget(timer, 120)
            self.timer_display.setAccessibleName(self.tr("Time left"))
            layout.addSpacing(24)
            layout.addWidget(self.timer_display, 0, Qt.AlignmentFlag.AlignHCenter)
            timer.state_changed.connect(self._on_timer_state_changed)
        layout.addStretch(3)
        layout.addWidget(self.after)
        self.set_high_contrast(high_contrast)
        self._on_timer_state_changed(None)

    def set_item(self, title: str, kicker: str = "", after: str = "") -> None:
        self.title.setText(title)
        self.kicker.setText(kicker)
        self.kicker.setVisible(bool(kicker))
        self.after.setText(after)
        self.after.setVisible(bool(after))

    def set_high_contrast(self, on: bool) -> None:
        background = DARK if on else BACKGROUND
        ink = QColor("#FFFFFF") if on else CARD_INK
        quiet = QColor("#CFD8DC") if on else CARD_QUIET
        self.setStyleSheet(
            f"#projectorCard {{ background: {background.name()}; }}"
            f" #projectorItemTitle {{ color: {ink.name()}; }}"
            f" #projectorKicker, #projectorAfter {{ color: {quiet.name()}; }}"
        )

    def _on_timer_state_changed(self, _state: object) -> None:
        # Shown while a countdown is on; without one the title has the screen.
        display = self.timer_display
        if display is not None:
            display.setVisible(display.timer.is_active())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = max(self.height(), 200)
        for label, share, bold in (
            (self.title, 9, True),
            (self.kicker, 18, False),
            (self.after, 20, False),
        ):
            font = label.font()
            font.setPixelSize(max(18, height // share))
            font.setBold(bold)
            label.setFont(font)
        margin = max(24, self.width() // 16)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        if self.timer_display is not None:
            self.timer_display.set_pixel_size(max(64, height // 5))


class ProjectorWindow(QWidget):
    """A top-level window on the beamer (full screen on a second screen when there is one).

    With a board (``scene``) it follows the facilitator's ``source`` view, showing the same
    part of the board, unless frozen; without one it shows its ``card``. ``show_board`` and
    ``show_card`` switch between the two while the window stays where it is (on the beamer,
    full screen). Esc leaves full screen, and closes the window when it is not full screen;
    F11 or a double-click switches full screen on and off; Page Down and Page Up, the keys
    of a presenter's remote, are handed on as ``page_requested`` (1 or -1). Closing
    unregisters the audience from the scene and emits ``closed``."""

    closed = Signal()
    page_requested = Signal(int)

    def __init__(
        self,
        scene: BoardScene | None,
        source: QGraphicsView | None,
        timer: SessionTimer | None = None,
        parent: QWidget | None = None,
        high_contrast: bool = False,
        following: bool = True,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("projectorWindow")
        self.timer = timer
        self.audience = Audience(high_contrast=high_contrast)
        self.following = following
        # The board shown, while one is: its scene, the facilitator's view of it, the
        # room's view and the timer above it.
        self.scene: BoardScene | None = None
        self.source: QGraphicsView | None = None
        self.view: ProjectorView | None = None
        self.timer_display: TimerWidget | None = None
        self.card = ProjectorCard(timer, high_contrast, self)
        self._pages = QStackedLayout(self)
        self._pages.setContentsMargins(0, 0, 0, 0)
        self._pages.addWidget(self.card)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if timer is not None:
            timer.state_changed.connect(self._on_timer_state_changed)
        self._open = True
        if scene is not None and source is not None:
            self.show_board(scene, source)
        else:
            self.show_card()

    # --- what it shows ---------------------------------------------------------------------
    def show_board(self, scene: BoardScene, source: QGraphicsView) -> None:
        """Show a board as ``source`` (the facilitator's view of it) shows it."""
        self._let_go_of_board()
        self.scene, self.source = scene, source
        view = ProjectorView(scene, self.audience, self)
        view.setAccessibleName(self.tr("Board for the room"))
        self.view = view
        if self.timer is not None:
            self.timer_display = TimerWidget(self.timer, max(48, self.height() // 10), view)
            self.timer_display.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.paint_band(DARK if self.audience.high_contrast else BACKGROUND)
        self._pages.addWidget(view)
        self._pages.setCurrentWidget(view)
        self._place_timer()
        scene.add_audience(view.viewport(), self.audience)
        for bar in (source.horizontalScrollBar(), source.verticalScrollBar()):
            bar.valueChanged.connect(self._on_source_view_changed)
            bar.rangeChanged.connect(self._on_source_view_changed)
        if isinstance(source, CanvasView):
            source.zoom_changed.connect(self._on_source_view_changed)
        view.double_clicked.connect(self._on_view_double_clicked)
        scene.doc.board_renamed.connect(self._on_doc_board_renamed)
        self._on_doc_board_renamed(scene.doc.board.title)
        self.show_rect(visible_scene_rect(source))

    def show_card(self, title: str = "", kicker: str = "", after: str = "") -> None:
        """Show the card (and no board): ``title`` large, ``kicker`` above, ``after`` below."""
        self._let_go_of_board()
        self.card.set_item(title, kicker, after)
        self._pages.setCurrentWidget(self.card)
        self.setWindowTitle(self.tr("%1 – projector").replace("%1", title))

    def showing_board(self) -> bool:
        return self.view is not None

    def shown_rect(self) -> QRectF:
        """The part of the board the projector shows (at least; the screen's shape may add
        a margin on two sides)."""
        return visible_scene_rect(self.view) if self.view is not None else QRectF()

    def show_rect(self, rect: QRectF) -> None:
        if self.view is not None:
            self.view.show_rect(rect)

    def set_following(self, following: bool) -> None:
        """Follow the facilitator's view (True) or keep showing what it shows now."""
        self.following = following
        if following and self.source is not None:
            self.show_rect(visible_scene_rect(self.source))

    def set_high_contrast(self, on: bool) -> None:
        self.audience.high_contrast = on
        self.card.set_high_contrast(on)
        if self.view is not None and self.scene is not None:
            self.view.paint_band(DARK if on else BACKGROUND)
            self.scene.refresh_caches()
            self.view.viewport().update()

    def _let_go_of_board(self) -> None:
        """Stop showing a board: off the scene's audiences, no longer following its view."""
        scene, source, view = self.scene, self.source, self.view
        self.scene = self.source = self.view = None
        self.timer_display = None
        if scene is None or source is None or view is None:
            return
        # The board's editor may be on its way out: only what still lives is let go of.
        if shiboken6.isValid(scene):
            scene.remove_audience(view.viewport())
            scene.forget_view(view)
            _disconnect(scene.doc.board_renamed, self._on_doc_board_renamed)
        if shiboken6.isValid(source):
            for bar in (source.horizontalScrollBar(), source.verticalScrollBar()):
                _disconnect(bar.valueChanged, self._on_source_view_changed)
                _disconnect(bar.rangeChanged, self._on_source_view_changed)
            if isinstance(source, CanvasView):
                _disconnect(source.zoom_changed, self._on_source_view_changed)
        self._pages.removeWidget(view)
        view.hide()
        view.deleteLater()

    def _on_timer_state_changed(self, _state: TimerState) -> None:
        self._place_timer()

    def _place_timer(self) -> None:
        """Shown while a countdown is on, in the top-right corner of a band the board is
        kept out of; without a countdown the board has the whole screen."""
        display, view = self.timer_display, self.view
        if display is None or view is None:
            return
        active = display.timer.is_active()
        display.setVisible(active)
        if not active:
            view.keep_top_free(0)
            return
        display.adjustSize()
        view.keep_top_free(display.height() + 2 * TIMER_MARGIN)
        display.move(view.width() - display.width() - TIMER_MARGIN, TIMER_MARGIN)
        display.raise_()

    def _on_source_view_changed(self, *_args: object) -> None:
        if self.following and self.source is not None:
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
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.page_requested.emit(1 if key == Qt.Key.Key_PageDown else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_view_double_clicked(self) -> None:
        self.toggle_full_screen()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_full_screen()  # on the card, as on the board
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._open:
            self._open = False
            self._let_go_of_board()
            self.closed.emit()
        super().closeEvent(event)


def _disconnect(signal: SignalInstance, slot: Callable[..., object]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # never connected, or gone with its sender
        signal.disconnect(slot)
