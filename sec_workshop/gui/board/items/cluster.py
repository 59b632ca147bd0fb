"""A cluster: a titled frame that holds notes, collapsible."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sec_workshop.domain.board import CLUSTER_HEADER, Cluster
from sec_workshop.gui.board.items.base import (
    CLUSTER_BORDER,
    CLUSTER_FILL,
    COLLAPSED_HEIGHT,
    DIMMED,
    DOT,
    DOT_RADIUS,
    FRAME_MARGINS,
    HIGH_CONTRAST_INK,
    INK,
    MATCH,
    SELECTION,
    SKETCH_LOD,
    WHITE,
    BoardHost,
    Resizable,
    board_font,
)


class ClusterItem(Resizable, QGraphicsItem):
    """A group of notes with a title; moving it moves its notes; collapsed, it is a compact
    card with the title and the number of notes."""

    def __init__(self, board: BoardHost, cluster: Cluster) -> None:
        super().__init__()
        self._board = board
        self.cluster = cluster
        self.cluster_id = cluster.id
        self.member_count = 0
        self.dot_total = 0
        self.editing = False
        self._title_cache: tuple[tuple[str, str, bool, float], str] | None = None
        self._rect = self._make_rect(cluster)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setPos(cluster.x, cluster.y)
        self.setZValue(-1000.0)

    @staticmethod
    def _make_rect(cluster: Cluster) -> QRectF:
        height = COLLAPSED_HEIGHT if cluster.collapsed else cluster.height
        return QRectF(0, 0, cluster.width, height)

    def set_cluster(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self._place(self._make_rect(cluster), cluster.x, cluster.y)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(*FRAME_MARGINS)

    def title_rect(self) -> QRectF:
        return QRectF(12, 6, self._rect.width() - 24, CLUSTER_HEADER - 12)

    def _title_text(self, big: bool, width: float) -> str:
        """The title, shortened with … to fit (kept until title, size or count change)."""
        title = self.cluster.title or self._board.untitled_text
        suffix = f"  ({self.member_count})" if self.cluster.collapsed else ""
        key = (title, suffix, big, width)
        if self._title_cache is None or self._title_cache[0] != key:
            metrics = QFontMetricsF(board_font(60 if big else 22, bold=True))
            shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - 60) + suffix
            self._title_cache = (key, shown)
        return self._title_cache[1]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        board = self._board
        audience = board.audience_of(widget)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        rect = self._rect
        if board.filter_ids is not None and self.cluster_id not in board.filter_ids:
            painter.setOpacity(DIMMED * 2)
        fill = QColor(self.cluster.color) if self.cluster.color else CLUSTER_FILL
        if self.cluster.collapsed:
            fill = QColor("#FFFFFF")
        # Square and without antialiasing: a cluster can fill the screen, and this is the
        # cheapest way to draw that much area.
        painter.fillRect(rect, fill)
        if lod >= SKETCH_LOD:
            if audience is not None and audience.high_contrast:
                painter.setPen(QPen(HIGH_CONTRAST_INK, 4))
            else:
                painter.setPen(QPen(CLUSTER_BORDER, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if lod * 22 >= 3 and not self.editing:  # the title is at least 3 px high
            big = lod < SKETCH_LOD
            text_rect = rect if big else self.title_rect()
            painter.setPen(INK)
            painter.setFont(board_font(60 if big else 22, bold=True))
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                | int(Qt.TextFlag.TextSingleLine),
                self._title_text(big, text_rect.width()),
            )
        if self.dot_total:
            centre = QPointF(rect.right() - 26, CLUSTER_HEADER / 2)
            painter.setPen(QPen(WHITE, 2))
            painter.setBrush(DOT)
            painter.drawEllipse(centre, DOT_RADIUS + 3, DOT_RADIUS + 3)
            painter.setFont(board_font(16, bold=True))
            painter.setPen(WHITE)
            painter.drawText(
                QRectF(centre.x() - 20, centre.y() - 20, 40, 40),
                Qt.AlignmentFlag.AlignCenter,
                str(self.dot_total),
            )
        if board.match_ids and self.cluster_id in board.match_ids:
            painter.setPen(QPen(MATCH, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-4, -4, 4, 4))
        if self.isSelected() and audience is None:
            painter.setPen(QPen(SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
            if not self.cluster.collapsed:
                self._paint_grip(painter)
