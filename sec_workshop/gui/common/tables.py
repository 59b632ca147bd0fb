"""Tables of a wijk's records (sessions, stakeholders, boards): sortable cells, columns
that fit, and details as escaped HTML."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
)


def table_item(text: str, sort_key: object | None = None) -> QTableWidgetItem:
    item = SortItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.sort_key = text.casefold() if sort_key is None else sort_key
    return item


class SortItem(QTableWidgetItem):
    sort_key: object = ""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.sort_key, getattr(other, "sort_key", "")
        try:
            return bool(mine < theirs)  # type: ignore[operator]
        except TypeError:
            return str(mine) < str(theirs)


def make_table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def fit_columns(table: QTableWidget, widest: int = 280) -> None:
    """Columns as wide as their content, but no single column pushes the others out of view."""
    table.resizeColumnsToContents()
    for col in range(table.columnCount()):
        if table.columnWidth(col) > widest:
            table.setColumnWidth(col, widest)


# pyside6-lupdate does not look inside f-strings: a tr() there is never collected, and its
# text stays English. Every tr() of this module stands on its own line, outside f-strings.


def para(label: str, text: str) -> str:
    if not text.strip():
        return ""
    body = escape(text).replace("\n", "<br>")
    return f"<p><b>{escape(label)}</b><br>{body}</p>"
