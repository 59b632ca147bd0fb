"""A photo of a paper wall or flipchart on a board."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sec_workshop.domain.board import Photo
from sec_workshop.gui.board.items.base import (
    FRAME_MARGINS,
    INK,
    SELECTION,
    WHITE,
    BoardHost,
    Resizable,
    board_font,
)


class PhotoItem(Resizable, QGraphicsItem):
    """A photo of a paper wall; its pixels are read from the database when first shown."""

    def __init__(self, board: BoardHost, photo: Photo) -> None:
        super().__init__()
        self._board = board
        self.photo = photo
        self.photo_id = photo.id
        self._pixmap: QPixmap | None = None
        self._rect = self._make_rect(photo)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setPos(photo.x, photo.y)
        self.setZValue(-2000.0)

    @staticmethod
    def _make_rect(photo: Photo) -> QRectF:
        return QRectF(QPointF(0, 0), QSizeF(photo.width_px, photo.height_px) * photo.scale)

    def set_photo(self, photo: Photo) -> None:
        self.photo = photo
        self._place(self._make_rect(photo), photo.x, photo.y)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(*FRAME_MARGINS).adjusted(0, 0, 0, 34)  # and the caption

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self._pixmap is None:
            image = QImage.fromData(self._board.photo_bytes(self.photo_id))
            self._pixmap = QPixmap.fromImage(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._pixmap.isNull():
            painter.fillRect(self._rect, QColor("#CFD8DC"))
        else:
            painter.drawPixmap(self._rect, self._pixmap, QRectF(self._pixmap.rect()))
        audience = self._board.audience_of(widget)
        if self.photo.caption:
            caption = QRectF(0, self._rect.bottom() + 4, self._rect.width(), 30)
            if audience is not None and audience.high_contrast:
                painter.fillRect(caption, WHITE)  # readable on a dark background too
            painter.setPen(INK)
            painter.setFont(board_font(20))
            painter.drawText(
                caption,
                int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextSingleLine),
                self.photo.caption,
            )
        if self.isSelected() and audience is None:
            painter.setPen(QPen(SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(-2, -2, 2, 2))
            self._paint_grip(painter)
