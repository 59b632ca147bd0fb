"""Lists of a session's records (decisions, action items) that send requests, the date
field that may stay empty, and the buttons beside the lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sec_workshop.domain.session import ActionItem
from sec_workshop.gui.common.icons import icon

OVERDUE_COLOR = "#C62828"
DONE_COLOR = "#757575"
ID_ROLE = Qt.ItemDataRole.UserRole
# The lowest date a QDateEdit holds stands for "no date"; real dates start a day later.
NO_DATE = QDate(100, 1, 1)


def is_overdue(action: ActionItem, today: date) -> bool:
    """Open and its date has passed (due today is not late yet)."""
    return not action.done and action.due_date is not None and action.due_date < today


def short_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else "–"


# --- the lists ---------------------------------------------------------------------------
class RecordList(QTreeWidget):
    """An ordered list of one kind of record. It only asks: a drag, Ctrl+Up/Down, Delete and
    a tick become requests that the panel turns into undo commands; the list is filled
    again from the document afterwards."""

    move_requested = Signal(str, int)  # record id, new position
    delete_requested = Signal(str)
    checked = Signal(str, bool)  # record id, ticked (lists with a tick in the first column)

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(headers))
        self.setHeaderLabels(headers)
        self.setAccessibleName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._filling = False
        self.itemChanged.connect(self._on_item_changed)

    def rows(self) -> list[QTreeWidgetItem]:
        found = (self.topLevelItem(row) for row in range(self.topLevelItemCount()))
        return [item for item in found if item is not None]

    def record_ids(self) -> list[str]:
        return [str(item.data(0, ID_ROLE)) for item in self.rows()]

    def count(self) -> int:
        return self.topLevelItemCount()

    def current_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(0, ID_ROLE))

    def select_id(self, record_id: str | None) -> None:
        for item in self.rows():
            if item.data(0, ID_ROLE) == record_id:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return
        self.clearSelection()
        self.setCurrentIndex(QModelIndex())

    def fill(self, rows: Sequence[tuple[str, Callable[[QTreeWidgetItem], None]]]) -> None:
        """One row per record id, each drawn by its function. The same records in the same
        order are redrawn in place (typing keeps the list where it is); otherwise the list
        is made again with the same record current."""
        current = self.current_id()
        ids = [record_id for record_id, _draw in rows]
        self._filling = True
        blocker = QSignalBlocker(self)
        try:
            if ids != self.record_ids():
                self.clear()
                for record_id, _draw in rows:
                    item = QTreeWidgetItem()
                    item.setData(0, ID_ROLE, record_id)
                    # Dropped between rows, never onto one.
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsDragEnabled
                    )
                    self.addTopLevelItem(item)
            for item, (_record_id, draw) in zip(self.rows(), rows, strict=True):
                draw(item)
            self.select_id(current)
        finally:
            del blocker
            self._filling = False

    # --- asking ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        record_id = self.current_id()
        key = event.key()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if record_id is not None and ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.record_ids().index(record_id)
            target = row - 1 if key == Qt.Key.Key_Up else row + 1
            if 0 <= target < self.count():
                self.move_requested.emit(record_id, target)
            event.accept()
            return
        if record_id is not None and key == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_requested.emit(record_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        record_id = self.current_id()
        if event.source() is not self or record_id is None:
            event.ignore()
            return
        ids = self.record_ids()
        target = self.itemAt(event.position().toPoint())
        if target is None:
            row = len(ids)
        else:
            row = self.indexOfTopLevelItem(target)
            rect = self.visualItemRect(target)
            if event.position().toPoint().y() >= rect.center().y():
                row += 1
        old = ids.index(record_id)
        if row > old:
            row -= 1  # counted without the record being moved
        # The list is drawn again from the document; Qt is not to move (or remove) rows.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if row != old:
            self.move_requested.emit(record_id, row)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        ticked = item.checkState(0) == Qt.CheckState.Checked
        self.checked.emit(str(item.data(0, ID_ROLE)), ticked)


# --- a date that may be empty -------------------------------------------------------------
class OptionalDateEdit(QDateEdit):
    """A date field that may be empty ("no date"). Typing a digit or pressing an arrow in an
    empty field starts from today; the calendar of an empty field opens at today's month.
    ``edited`` is told whenever the user may have changed the date (the panel compares)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("no date"))
        self.setKeyboardTracking(False)  # a typed date is one change, not one per digit
        self._advanced = False  # the last digit filled a part and Qt moved to the next
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)
        self.calendarWidget().clicked.connect(self._on_calendar_clicked)
        self.dateChanged.connect(self._on_date_changed)
        self.editingFinished.connect(self.edited)

    def value(self) -> date | None:
        shown = self.date()
        if shown <= NO_DATE:
            return None
        return date(shown.year(), shown.month(), shown.day())

    def set_value(self, value: date | None) -> None:
        blocker = QSignalBlocker(self)
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
        del blocker

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.value() is None:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.setDate(QDate.currentDate())  # the first step from nothing is today
                event.accept()
                return
            if event.text().isdigit():
                self.set_value(date.today())
                self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        if self._advanced and event.text() in ("-", "/", ".", " "):
            # "15-01-2027": the day was full and Qt moved on by itself; the dash typed after
            # it would skip the month.
            self._advanced = False
            event.accept()
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = event.text().isdigit() and self.currentSection() != section

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _on_date_changed(self, _value: QDate) -> None:
        self.edited.emit()

    def _on_calendar_clicked(self, _value: QDate) -> None:
        self.edited.emit()


# --- decisions -----------------------------------------------------------------------------
class ListButtons:
    """Up, down and delete beside a list: the same requests as Ctrl+Up/Down and Delete."""

    def __init__(self, records: RecordList, delete_text: str) -> None:
        self._list = records
        style = records.style()
        self.up = QToolButton()
        self.up.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.down = QToolButton()
        self.down.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.delete = QToolButton()
        self.delete.setIcon(icon("delete", "#C62828"))
        self.delete.setToolTip(delete_text)
        self.delete.setAccessibleName(delete_text)
        self.up.clicked.connect(self._on_up_clicked)
        self.down.clicked.connect(self._on_down_clicked)
        self.delete.clicked.connect(self._on_delete_clicked)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        for button in (self.up, self.down, self.delete):
            self.row.addWidget(button)
        self.row.addStretch(1)

    def set_texts(self, up: str, down: str) -> None:
        for button, text in ((self.up, up), (self.down, down)):
            button.setToolTip(text)
            button.setAccessibleName(text)

    def update_enabled(self) -> None:
        ids = self._list.record_ids()
        current = self._list.current_id()
        row = ids.index(current) if current in ids else -1
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < len(ids) - 1)
        self.delete.setEnabled(row >= 0)

    def _on_up_clicked(self) -> None:
        self._move(-1)

    def _on_down_clicked(self) -> None:
        self._move(1)

    def _move(self, offset: int) -> None:
        current = self._list.current_id()
        ids = self._list.record_ids()
        if current in ids and 0 <= ids.index(current) + offset < len(ids):
            self._list.move_requested.emit(current, ids.index(current) + offset)

    def _on_delete_clicked(self) -> None:
        current = self._list.current_id()
        if current is not None:
            self._list.delete_requested.emit(current)


def one_line(text: str) -> str:
    return " ".join(text.split())
