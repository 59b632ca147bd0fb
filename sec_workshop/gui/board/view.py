"""The facilitator's view on a board: zoom and pan, keys (N for a new note, Enter to edit,
Delete, arrows to nudge), and typing straight into a note or a cluster title."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from sec_workshop.domain.board import CLUSTER_HEADER, NOTE_TEXT_MAX, TITLE_MAX
from sec_workshop.gui.board.items import (
    ClusterItem,
    NoteItem,
    PhotoItem,
    board_font,
)
from sec_workshop.gui.board.items.base import NOTE_PAD
from sec_workshop.gui.board.scene import GRID, BoardScene
from sec_workshop.gui.common.canvas_view import CanvasView

# A board opens whole when its notes can still be read that way on a laptop: a typical
# note's text (16 px on the board) then stands at least ~5 px high on the screen.
OPEN_ZOOM = 0.32
OPEN_MAX_ZOOM = 1.0  # a board with a few notes opens at their size, not blown up

_TYPING = itertools.count(1)

_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class InlineEditor(QGraphicsTextItem):
    """Typing in a note or a cluster title, right where it is on the board. Every change is
    saved at once (one undo step for the whole typing); Enter or Esc ends, Shift+Enter
    starts a new line in a note, Tab ends and starts the next note beside it."""

    finished = Signal(str, bool)  # the record id; True when Tab asks for a next note

    def __init__(self, view: BoardView, record_id: str, text: str, cluster: bool) -> None:
        super().__init__()
        self._view = view
        self.record_id = record_id
        self.cluster = cluster
        self._limit = TITLE_MAX if cluster else NOTE_TEXT_MAX
        self._typing = next(_TYPING)  # this spell of typing: one undo step of its own
        self._last = text
        self._done = False
        self.setPlainText(text)
        self.document().setUndoRedoEnabled(False)  # Ctrl+Z is the board's undo
        self.setFont(board_font(22, bold=cluster))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(1e9)
        self.document().contentsChanged.connect(self._on_document_contents_changed)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        # A facilitator-only note being typed in stays off the projector, like the note.
        board = self._view.board_scene
        if board.audience_of(widget) is not None:
            note = board.doc.notes.get(self.record_id)
            if note is not None and note.facilitator_only:
                return
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # None off-screen

    def _on_document_contents_changed(self) -> None:
        text = self.toPlainText()
        if self.cluster and "\n" in text:
            text = text.replace("\n", " ")
        if len(text) > self._limit:
            self._set_quietly(self._last)
            self._view.text_refused.emit(self._limit, self.cluster)
            return
        if text != self._last:
            self._last = text
            self._view.text_typed.emit(self.record_id, text, self._typing)

    def saved_text(self) -> str:
        """The text as last saved from this editor."""
        return self._last

    def _set_quietly(self, text: str) -> None:
        self.document().blockSignals(True)
        cursor = self.textCursor()
        position = cursor.position()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
        self.document().blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape or (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (self.cluster or not shift)
        ):
            self.finish(False)
            event.accept()
            return
        super().keyPressEvent(event)

    def sceneEvent(self, event: QEvent) -> bool:
        # A text item hands Tab straight to its text control, past keyPressEvent.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and not self.cluster
        ):
            self.finish(True)
            return True
        return super().sceneEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish(False)

    def finish(self, next_note: bool) -> None:
        if self._done:
            return
        self._done = True
        self.finished.emit(self.record_id, next_note)


class BoardView(CanvasView):
    """Shows a ``BoardScene`` for the facilitator."""

    min_zoom = 0.02
    max_zoom = 4.0

    delete_requested = Signal()
    text_refused = Signal(int, bool)  # the longest text allowed; True for a cluster title
    next_note_requested = Signal(str)  # after Tab in a note: a new note beside this one
    # A note's or cluster's id, its text as typed so far, and the spell of typing it
    # belongs to (one undo step per spell).
    text_typed = Signal(str, str, int)
    nudge_requested = Signal(object)  # {record id: (x, y)}: the selection moved by a key

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board_scene = scene
        self.editor: InlineEditor | None = None
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(CanvasView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAccessibleName(QCoreApplication.translate("BoardView", "Board"))
        # The scene paints the whole background itself; a second fill would cost a frame's
        # worth of pixels for nothing.
        self.viewport().setAutoFillBackground(False)
        # Cached notes are copied pixel for pixel; photos smooth their own scaling.
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        scene.doc.changed.connect(self._on_doc_changed)
        self.zoom_changed.connect(self._on_zoom_changed)
        scene.track_view(self, self.zoom())
        # Shown as it opened, untouched: a window that settles its layout (or is
        # maximised) right after opening fits the board again.
        self._as_opened = False
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.sliderPressed.connect(self._on_touched)

    def _on_zoom_changed(self, zoom: float) -> None:
        self.board_scene.track_view(self, zoom)

    def fit_all(self) -> None:
        """*Passend maken*: everything on the board in the window."""
        self._as_opened = False
        self.fit_rect(self.board_scene.content_rect())

    def fit_readable(self) -> None:
        """How a board opens: all of it (its notes and its zones' titles) when its notes stay
        readable that way, else at the smallest zoom where they are, from the top left."""
        self._fit_opening()
        self._as_opened = True

    def _fit_opening(self) -> None:
        rect = self.board_scene.opening_rect()
        self.fit_rect(rect)
        zoom = min(OPEN_MAX_ZOOM, max(OPEN_ZOOM, self.zoom()))
        self.set_zoom(zoom)
        shown = self.viewport().rect()
        half_width, half_height = shown.width() / zoom / 2, shown.height() / zoom / 2
        # From the top (a board is read downwards; room left over shows the board below),
        # centred across when it fits, else from the left.
        x = rect.center().x() if rect.width() <= 2 * half_width else rect.left() + half_width
        self.centerOn(x, rect.top() + half_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._as_opened:
            self._fit_opening()

    def _on_touched(self) -> None:
        self._as_opened = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._as_opened = False
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._as_opened = False
        super().wheelEvent(event)

    # --- typing in place ------------------------------------------------------------------
    def start_editing(self, record_id: str, select_all: bool = False) -> bool:
        self._as_opened = False
        scene = self.board_scene
        self.stop_editing()
        note_item = scene.notes.get(record_id)
        cluster_item = scene.clusters.get(record_id)
        if note_item is not None:
            note = note_item.note
            editor = InlineEditor(self, record_id, note.text, cluster=False)
            _, font = note_item.text_layout()
            editor.setFont(font)
            editor.setTextWidth(note.width - 2 * NOTE_PAD)
            editor.setPos(note.x + NOTE_PAD - 4, note.y + NOTE_PAD - 4)
            target: NoteItem | ClusterItem = note_item
        elif cluster_item is not None:
            cluster = cluster_item.cluster
            editor = InlineEditor(self, record_id, cluster.title, cluster=True)
            editor.setTextWidth(cluster.width - 24)
            editor.setPos(cluster.x + 12, cluster.y + (CLUSTER_HEADER - 44) / 2)
            target = cluster_item
        else:
            return False
        target.editing = True
        target.update()
        scene.addItem(editor)
        editor.finished.connect(self._on_editor_finished)
        self.editor = editor
        scene.clearSelection()
        target.setSelected(True)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = editor.textCursor()
        if select_all:
            cursor.select(QTextCursor.SelectionType.Document)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        self.ensureVisible(target.area(), 40, 40)
        return True

    def stop_editing(self) -> None:
        if self.editor is not None:
            self.editor.finish(False)

    def _on_editor_finished(self, record_id: str, next_note: bool) -> None:
        editor = self.editor
        if editor is None or editor.record_id != record_id:
            return
        self.editor = None
        scene = self.board_scene
        for items in (scene.notes, scene.clusters):
            item = items.get(record_id)
            if item is not None:
                item.editing = False
                item.update()
        editor.clearFocus()
        scene.removeItem(editor)
        editor.deleteLater()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if next_note:
            self.next_note_requested.emit(record_id)

    def _on_doc_changed(self, _edit: object) -> None:
        editor = self.editor
        if editor is None:
            return
        doc = self.board_scene.doc
        note = doc.notes.get(editor.record_id)
        cluster = doc.clusters.get(editor.record_id)
        if note is None and cluster is None:
            editor.finish(False)  # deleted (undo of its creation): nothing left to type in
            return
        stored = note.text if note is not None else cluster.title  # type: ignore[union-attr]
        if stored != editor.saved_text():
            # Undo or redo changed the text under the typing: the stored text wins, and the
            # next keystroke must not quietly write the undone typing back.
            editor.finish(False)

    # --- keys -----------------------------------------------------------------------------
    def focusNextPrevChild(self, next: bool) -> bool:
        # While typing in a note, Tab starts the next note instead of leaving the board.
        if self.editor is not None:
            return False
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._as_opened = False
        if self.editor is not None:
            if event.key() == Qt.Key.Key_Tab and not self.editor.cluster:
                # The scene would move the focus between items; Tab means "next note".
                self.editor.finish(True)
                event.accept()
                return
            super().keyPressEvent(event)
            return
        if self.space_pan_key(event, True):
            return
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        scene = self.board_scene
        if key in _ARROWS and modifiers in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.AltModifier,
        ):
            step = 2.0 if modifiers == Qt.KeyboardModifier.AltModifier else GRID
            dx, dy = _ARROWS[Qt.Key(key)]
            if self.nudge(dx * step, dy * step):
                event.accept()
                return
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            selected = [i for i in scene.selectedItems() if isinstance(i, NoteItem | ClusterItem)]
            if len(selected) == 1:
                item = selected[0]
                self.start_editing(item.note_id if isinstance(item, NoteItem) else item.cluster_id)
                event.accept()
                return
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if scene.selectedItems():
                self.delete_requested.emit()
                event.accept()
                return
        elif key == Qt.Key.Key_N and modifiers == Qt.KeyboardModifier.NoModifier:
            scene.note_requested.emit(self.new_note_position())
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if self.editor is not None:  # typing in a note: the space bar is a space
            QGraphicsView.keyReleaseEvent(self, event)
            return
        super().keyReleaseEvent(event)

    def new_note_position(self) -> QPointF:
        """Under the mouse when it is over the board, else in the middle of the view."""
        pos = self.viewport().mapFromGlobal(self.cursor().pos())
        if not self.viewport().rect().contains(pos):
            pos = self.viewport().rect().center()
        return self.mapToScene(pos)

    def nudge(self, dx: float, dy: float) -> bool:
        """Ask to move the selection by (dx, dy); a cluster takes its notes along."""
        scene = self.board_scene
        positions: dict[str, tuple[float, float]] = {}
        for item in scene.selectedItems():
            if isinstance(item, ClusterItem):
                c = item.cluster
                positions[c.id] = (c.x + dx, c.y + dy)
                for note_id in scene.member_ids(c.id):
                    note = scene.doc.notes[note_id]
                    positions[note.id] = (note.x + dx, note.y + dy)
        for item in scene.selectedItems():
            if isinstance(item, NoteItem) and item.note_id not in positions:
                n = item.note
                positions[n.id] = (n.x + dx, n.y + dy)
            elif isinstance(item, PhotoItem):
                p = item.photo
                positions[p.id] = (p.x + dx, p.y + dy)
        if not positions:
            return False
        self.nudge_requested.emit(positions)
        return True
