"""Far out, one item stands in for every note: a rectangle per colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QPainter,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sec_workshop.domain.enums import NoteColor, NoteKind
from sec_workshop.gui.board.items.base import (
    DIMMED,
    DOT,
    NO_PEN,
    BoardHost,
    note_brush,
)


class OverviewItem(QGraphicsItem):
    """Every note as a coloured rectangle, drawn in one pass per colour.

    Far out (a whole board of thousands of notes on one screen) nobody reads or picks single
    notes; drawing them here instead of item by item makes such a frame a few calls instead
    of thousands. The scene shows this item, and hides the notes, only while every view is
    zoomed out that far."""

    def __init__(self, board: BoardHost) -> None:
        super().__init__()
        self._board = board
        self._bounds = QRectF()
        self._batches: dict[tuple[NoteColor, bool, bool], list[QRectF]] | None = None
        self._dots: list[tuple[QRectF, bool]] = []  # a dot badge, and whether its note is hidden
        self._stale = True
        self.setZValue(-5.0)

    def invalidate(self) -> None:
        """The notes changed; the batches are made again when next painted, and the bounds
        now if the overview is shown (else when it is shown next)."""
        self._batches = None
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        rect = self._board.notes_rect()
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _make_batches(self) -> dict[tuple[NoteColor, bool, bool], list[QRectF]]:
        board = self._board
        keep = board.filter_ids
        batches: dict[tuple[NoteColor, bool, bool], list[QRectF]] = {}
        dots: list[tuple[QRectF, bool]] = []
        collapsed = {c.id for c in board.doc.clusters.values() if c.collapsed}
        for item in board.notes.values():
            note = item.note
            if note.kind is NoteKind.LABEL or note.cluster_id in collapsed:
                continue
            rect = QRectF(note.x, note.y, note.width, note.height)
            dimmed = keep is not None and note.id not in keep
            batches.setdefault((note.color, note.facilitator_only, dimmed), []).append(rect)
            if item.dot_total:
                dots.append((QRectF(rect.right() - 40, rect.top(), 40, 40), note.facilitator_only))
        self._dots = dots
        return batches

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self._batches is None:
            self._batches = self._make_batches()
        audience = self._board.audience_of(widget)
        painter.setPen(NO_PEN)
        for (color, hidden, dimmed), rects in self._batches.items():
            if hidden and audience is not None:
                continue
            painter.setOpacity(DIMMED if dimmed else 1.0)
            painter.setBrush(note_brush(color))
            painter.drawRects(rects)
        painter.setOpacity(1.0)
        dots = [r for r, hidden in self._dots if not (hidden and audience is not None)]
        if dots:
            painter.setBrush(DOT)
            painter.drawRects(dots)
