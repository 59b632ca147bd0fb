"""The agenda of a session as a table in time: each item's start (from the session's start,
"00:30 (+1)" past midnight), title, work form, minutes and who leads; the items that end
after the session's time marked with how far over they run. Cells are edited in place;
the edit is asked for, the builder decides."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sec_workshop.domain.agenda import Schedule, Slot, clock
from sec_workshop.domain.session import AgendaItem
from sec_workshop.gui.common.instrument_library import INSTRUMENT_MIME
from sec_workshop.gui.common.ordered_table import ROW_MIME, OrderedTableView, row_mime
from sec_workshop.gui.sessions.document import SessionDocument

START, TITLE, FORM, MINUTES, LEAD = range(5)
OVER_COLOR = QColor("#C62828")
OVER_BACKGROUND = QColor("#FFEBEE")
BREAK_BACKGROUND = QColor("#ECEFF1")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Row:
    slot: Slot
    form: str  # the work form's name, or "" for an item of its own
    over_by: int  # minutes past the session's end when this item ends (0: it fits)
    days: int  # days after the session's first day this item starts (past midnight)

    @property
    def item(self) -> AgendaItem:
        return self.slot.item


def rows_of(doc: SessionDocument, plan: Schedule) -> list[Row]:
    start = doc.session.starts_at
    first_over = plan.first_over
    rows = []
    for n, slot in enumerate(plan.slots):
        form = doc.instruments.get(slot.item.instrument_id or "")
        over = slot.end - plan.available if first_over is not None and n >= first_over else 0
        days = (slot.starts_at.date() - start.date()).days if start and slot.starts_at else 0
        rows.append(Row(slot, form.name if form else "", max(over, 0), days))
    return rows


class AgendaModel(QAbstractTableModel):
    """The agenda of a session as rows in time; edits in the cells are asked for, never
    made here (the builder pushes them)."""

    edit_requested = Signal(str, str, object)  # item id, field, value

    def __init__(self, doc: SessionDocument) -> None:
        super().__init__()
        self._doc = doc
        self.rows: list[Row] = []
        self.refresh()

    def refresh(self) -> None:
        rows = rows_of(self._doc, self._doc.schedule())
        if [r.item.id for r in rows] == [r.item.id for r in self.rows]:
            # Only the rows that changed: a cell being typed in elsewhere is not typed over.
            before, self.rows = self.rows, rows
            for n, (old, new) in enumerate(zip(before, rows, strict=True)):
                if old != new:
                    self.dataChanged.emit(self.index(n, 0), self.index(n, LEAD))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def item_id(self, row: int) -> str | None:
        return self.rows[row].item.id if 0 <= row < len(self.rows) else None

    def row_of(self, item_id: str | None) -> int:
        return next((n for n, r in enumerate(self.rows) if r.item.id == item_id), -1)

    # --- Qt's model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else LEAD + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Start"),
            self.tr("Item"),
            self.tr("Work form"),
            self.tr("Minutes"),
            self.tr("Led by"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between items, never on one
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() in (TITLE, MINUTES, LEAD):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        item, col = row.item, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return {TITLE: item.title, MINUTES: item.duration_minutes, LEAD: item.facilitator}.get(
                col
            )
        if role == Qt.ItemDataRole.ForegroundRole and row.over_by:
            return QBrush(OVER_COLOR)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.over_by:
                return QBrush(OVER_BACKGROUND)
            if item.is_break:
                return QBrush(BREAK_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (START, MINUTES):
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, col)
        return None

    def _text(self, row: Row, col: int) -> str:
        item = row.item
        if col == START:
            text = clock(row.slot.starts_at)
            return f"{text} (+{row.days})" if row.days else text
        if col == TITLE:
            return item.title
        if col == FORM:
            return self.tr("Break") if item.is_break else row.form
        if col == MINUTES:
            text = str(item.duration_minutes)
            if row.over_by:
                over = self.tr("runs %1 min over").replace("%1", str(row.over_by))
                text += f"  · {over}"
            return text
        return item.facilitator

    def _tip(self, row: Row) -> str:
        lines = [row.item.title]
        if row.slot.starts_at and row.slot.ends_at:
            span = f"{clock(row.slot.starts_at)}–{clock(row.slot.ends_at)}"
            lines.append(span + (" (+1)" if row.slot.next_day else ""))
        if row.over_by:
            text = self.tr("Ends %1 min after the time the session has.")
            lines.append(text.replace("%1", str(row.over_by)))
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = {TITLE: "title", MINUTES: "duration_minutes", LEAD: "facilitator"}.get(
            index.column()
        )
        if field is None:
            return False
        self.edit_requested.emit(self.rows[index.row()].item.id, field, value)
        return True

    # --- dragging --------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [ROW_MIME, INSTRUMENT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex], /) -> QMimeData:
        if not indexes:
            return QMimeData()
        item = self.rows[indexes[0].row()].item
        return row_mime(item.id, item.title)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def agenda_table(model: AgendaModel) -> OrderedTableView:
    table = OrderedTableView([INSTRUMENT_MIME])
    table.setModel(model)
    table.setObjectName("agendaTable")
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    for col, width in ((START, 84), (FORM, 190), (MINUTES, 150), (LEAD, 140)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(col, width)
    return table


class AgendaDelegate(QStyledItemDelegate):
    """Minutes with a spin box (steps of 5); who leads with the session's facilitators
    offered as you type."""

    def __init__(self, names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == MINUTES:
            spin = QSpinBox(parent)
            spin.setRange(0, 24 * 60)
            spin.setSingleStep(5)
            spin.setSuffix(self.tr(" min"))
            return spin
        editor = super().createEditor(parent, option, index)
        if index.column() == LEAD and isinstance(editor, QLineEdit):
            completer = QCompleter(self._names(), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor
