"""A sticky note or a text label on a board."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sec_workshop.domain.board import Note
from sec_workshop.domain.enums import NoteKind
from sec_workshop.gui.board.items.base import (
    BADGE_RADIUS,
    DIMMED,
    DOT,
    DOT_ROW,
    HIGH_CONTRAST_INK,
    INK,
    LABEL_FONT_SIZES,
    MATCH,
    MUTED,
    NOTE_FONT_SIZES,
    NOTE_MARGINS,
    NOTE_PAD,
    READABLE_LOD,
    SELECTION,
    SHADOW,
    SKETCH_LOD,
    WHITE,
    BoardHost,
    Resizable,
    board_font,
    fitted_text,
    note_border,
    note_brush,
    participant_color,
)


class NoteItem(Resizable, QGraphicsItem):
    """A sticky note (or a text label): its text as large as fits, its dots, its colour."""

    def __init__(self, board: BoardHost, note: Note) -> None:
        super().__init__()
        self._board = board
        self.note = note
        self.note_id = note.id
        self._rect = QRectF(0, 0, note.width, note.height)
        self._bounds = self._rect.adjusted(*NOTE_MARGINS)
        self._text: tuple[QStaticText, QFont] | None = None
        self.dots: list[tuple[int, int]] = []  # (participant colour index or -1, count)
        self.dot_total = 0
        self.editing = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.refresh_cache()
        self.setPos(note.x, note.y)
        self.setZValue(note.z)

    def set_note(self, note: Note) -> None:
        if (note.width, note.height) != (self._rect.width(), self._rect.height()):
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, note.width, note.height)
            self._bounds = self._rect.adjusted(*NOTE_MARGINS)
            self._text = None
        if note.text != self.note.text or note.kind != self.note.kind:
            self._text = None
        hidden_changed = note.facilitator_only != self.note.facilitator_only
        self.note = note
        if hidden_changed:
            self.refresh_cache()
        self.setPos(note.x, note.y)
        self.setZValue(note.z)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def refresh_cache(self) -> None:
        """A note is drawn once per zoom level and then copied: panning over a board of notes
        costs a pixmap copy each, not their text, shadow and dots again. Qt draws such a copy
        without telling which view it is for, so notes that the projector shows otherwise
        (hidden from the room, selected, high contrast) are drawn afresh for each view."""
        cached = (
            not self.note.facilitator_only
            and not self.isSelected()
            and self._board.same_for_all_views()
        )
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if cached
            else QGraphicsItem.CacheMode.NoCache
        )
        if self.cacheMode() != mode:
            self.setCacheMode(mode)

    def set_dots(self, dots: list[tuple[int, int]]) -> None:
        had = bool(self.dots)
        self.dots = dots
        self.dot_total = sum(count for _, count in dots)
        if had != bool(dots):
            self._text = None  # the row of dots takes room from the text
        self.update()

    def text_layout(self) -> tuple[QStaticText, QFont]:
        if self._text is None:
            label = self.note.kind is NoteKind.LABEL
            dot_row = DOT_ROW if self.dots else 0.0
            self._text = fitted_text(
                self.note.text,
                self._rect.width() - 2 * NOTE_PAD,
                self._rect.height() - 2 * NOTE_PAD - dot_row,
                LABEL_FONT_SIZES if label else NOTE_FONT_SIZES,
                bold=label,
            )
        return self._text

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        board = self._board
        note = self.note
        audience = board.audience_of(widget)
        if audience is not None and note.facilitator_only:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        rect = self._rect
        label = note.kind is NoteKind.LABEL
        if board.filter_ids is not None and self.note_id not in board.filter_ids:
            painter.setOpacity(DIMMED)
        if lod < SKETCH_LOD:
            if not label:
                painter.fillRect(rect, note_brush(note.color))
            if self.dot_total:
                painter.fillRect(QRectF(rect.right() - 40, rect.top(), 40, 40), DOT)
            return
        selected = self.isSelected() and audience is None
        if label:
            if selected:
                painter.setPen(QPen(SELECTION, 2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
        else:
            high_contrast = audience is not None and audience.high_contrast
            if lod >= READABLE_LOD and not high_contrast:
                painter.fillRect(rect.translated(3, 4), SHADOW)
            painter.setBrush(note_brush(note.color))
            if high_contrast:
                painter.setPen(QPen(HIGH_CONTRAST_INK, 3))
            elif note.facilitator_only:
                painter.setPen(QPen(MUTED, 2, Qt.PenStyle.DashLine))
            else:
                painter.setPen(note_border(note.color))
            painter.drawRect(rect)
        if lod >= READABLE_LOD and not self.editing:
            static, font = self.text_layout()
            painter.setFont(font)
            painter.setPen(INK)
            painter.save()
            painter.setClipRect(rect.adjusted(2, 2, -2, -2))
            painter.drawStaticText(QPointF(NOTE_PAD, NOTE_PAD), static)
            painter.restore()
        if self.dot_total:
            self._paint_dots(painter, rect)
        if board.match_ids and self.note_id in board.match_ids:
            painter.setPen(QPen(MATCH, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2.5, 2.5, -2.5, -2.5))
        if selected:
            painter.setPen(QPen(SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
            self._paint_grip(painter)

    def _paint_dots(self, painter: QPainter, rect: QRectF) -> None:
        """Coloured dots along the bottom edge (one per dot, as many as fit), and the total in
        a red badge in the bottom-right corner, clear of the text and readable from afar."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = BADGE_RADIUS
        centre = QPointF(rect.right() - r - 3, rect.bottom() - r - 3)
        room = max(0, int((centre.x() - r - 4 - (rect.left() + 6)) // 16))
        x = rect.left() + 6
        shown = 0
        painter.setPen(QPen(WHITE, 1.5))
        for index, count in self.dots:
            painter.setBrush(DOT if index < 0 else participant_color(index))
            for _ in range(min(count, room - shown)):
                painter.drawEllipse(QPointF(x + 7, centre.y()), 7, 7)
                x += 16
                shown += 1
        painter.setPen(QPen(WHITE, 2))
        painter.setBrush(DOT)
        painter.drawEllipse(centre, r, r)
        painter.setFont(board_font(15, bold=True))
        painter.setPen(WHITE)
        painter.drawText(
            QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
            Qt.AlignmentFlag.AlignCenter,
            str(self.dot_total),
        )
