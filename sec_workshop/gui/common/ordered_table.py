"""A table of an ordered list (an agenda, decisions, action items): a row is dragged to
another place, moved with Ctrl+Up/Down, and deleted with Delete; things dragged in from
elsewhere (a work form from the library) land between the rows. The table only asks, with
the record's id and the place: whoever owns the document decides and pushes the command."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

ROW_MIME = "application/x-sec-workshop-ordered-row"


class OrderedRows(Protocol):
    """What the table needs of its model besides Qt's own."""

    def item_id(self, row: int) -> str | None: ...

    def row_of(self, item_id: str | None) -> int: ...


def row_mime(record_id: str, text: str = "") -> QMimeData:
    """What a dragged row carries (a model's ``mimeData`` returns this)."""
    data = QMimeData()
    data.setData(ROW_MIME, record_id.encode())
    data.setText(text)
    return data


class OrderedTableView(QTableView):
    """Rows chosen one at a time. ``foreign`` are the mime types dropped in from elsewhere,
    told by ``dropped`` with what they carry (as text) and where they land."""

    move_requested = Signal(str, int)  # record id, the place it goes to
    move_by_requested = Signal(str, int)  # record id, places up (-1) or down (+1)
    delete_requested = Signal(str)  # record id
    dropped = Signal(str, str, int)  # mime type, what it carries, the place it lands

    def __init__(self, foreign: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._foreign = tuple(foreign)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.verticalHeader().setVisible(False)

    def _rows(self) -> OrderedRows:
        rows: OrderedRows = self.model()  # type: ignore[assignment]
        return rows

    def current_id(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self._rows().item_id(rows[0].row()) if rows else None

    def select_id(self, item_id: str | None, column: int = 0) -> None:
        row = self._rows().row_of(item_id)
        if row < 0:
            self.clearSelection()
            return
        model: QAbstractItemModel = self.model()
        index = model.index(row, column)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def drop_position(self, y: int) -> int:
        """The place a thing dropped at height ``y`` takes: before the row under it when in
        its upper half, after it when in its lower half, last below the rows."""
        row = self.rowAt(y)
        if row < 0:
            return self.model().rowCount()
        top = self.rowViewportPosition(row)
        return row if y < top + self.rowHeight(row) / 2 else row + 1

    def _known(self, data: QMimeData) -> bool:
        return any(data.hasFormat(kind) for kind in (ROW_MIME, *self._foreign))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._known(event.mimeData()):
            super().dragEnterEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._known(event.mimeData()):
            super().dragMoveEvent(event)  # draws the line where it goes
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        position = self.drop_position(event.position().toPoint().y())
        kind = next((k for k in self._foreign if data.hasFormat(k)), None)
        if data.hasFormat(ROW_MIME):
            record_id = bytes(data.data(ROW_MIME).data()).decode()
            old = self._rows().row_of(record_id)
            if old < 0:  # a row of another list
                event.ignore()
                return
            # The row leaves its own place first: below it, everything moves up by one.
            self.move_requested.emit(record_id, position - 1 if position > old else position)
            event.setDropAction(Qt.DropAction.MoveAction)
        elif kind is not None:
            self.dropped.emit(kind, bytes(data.data(kind).data()).decode(), position)
            event.setDropAction(Qt.DropAction.CopyAction)
        else:
            event.ignore()
            return
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        record_id = self.current_id()
        ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
        if record_id and ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_by_requested.emit(record_id, -1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if record_id and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(record_id)
            return
        super().keyPressEvent(event)
