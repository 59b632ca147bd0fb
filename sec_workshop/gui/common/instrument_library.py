"""The library of work forms (werkvormen) as a panel to browse, read and drag from: dropped
onto a roadmap step it attaches there, dropped onto a session's agenda it becomes an item.
The drag carries the work form's id under one mime type that every drop target knows."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.process import Instrument
from sec_workshop.gui.common.plain_text import plain

INSTRUMENT_MIME = "application/x-sec-workshop-instrument"


def instrument_mime(instrument_id: str, name: str = "") -> QMimeData:
    """What a dragged work form carries."""
    data = QMimeData()
    data.setData(INSTRUMENT_MIME, instrument_id.encode())
    data.setText(name)
    return data


def dropped_instrument(data: QMimeData) -> str | None:
    """The id of the work form a drop carries, if it carries one."""
    if not data.hasFormat(INSTRUMENT_MIME):
        return None
    return bytes(data.data(INSTRUMENT_MIME).data()).decode() or None


class InstrumentList(QListWidget):
    """Drags a work form's id."""

    def mimeData(self, items: Sequence[QListWidgetItem], /) -> QMimeData:
        if not items:
            return QMimeData()
        return instrument_mime(str(items[0].data(Qt.ItemDataRole.UserRole)), items[0].text())

    def mimeTypes(self) -> list[str]:
        return [INSTRUMENT_MIME]


class InstrumentLibraryWidget(QWidget):
    """Browse and read the work forms; drag one to where it is wanted, or double-click it."""

    instrument_activated = Signal(str)  # a work form's id (double-click or Enter)

    def __init__(self, instruments: list[Instrument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._instruments = {i.id: i for i in instruments}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search instruments"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.list = InstrumentList()
        self.list.setObjectName("instrumentList")
        self.list.setAccessibleName(self.tr("Instruments library"))
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        for inst in sorted(instruments, key=lambda i: i.name.casefold()):
            item = QListWidgetItem(inst.name)
            item.setData(Qt.ItemDataRole.UserRole, inst.id)
            item.setToolTip(plain(inst.purpose))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Instrument details"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.splitter, 1)

    def item_of(self, instrument_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == instrument_id:
                return item
        return None

    def _on_search_text_changed(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            inst = self._instruments[str(item.data(Qt.ItemDataRole.UserRole))]
            haystack = f"{inst.name} {inst.purpose} {inst.category}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.instrument_activated.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_list_current_item_changed(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if item is None:
            self.details.clear()
            return
        inst = self._instruments[str(item.data(Qt.ItemDataRole.UserRole))]
        group = (
            self.tr("%1–%2 people")
            .replace("%1", str(inst.group_min))
            .replace("%2", str(inst.group_max))
            if inst.group_max
            else ""
        )
        facts = " · ".join(
            x
            for x in (
                self.tr("%1 min").replace("%1", str(inst.duration_minutes))
                if inst.duration_minutes
                else "",
                group,
            )
            if x
        )
        parts = [f"<h3>{escape(inst.name)}</h3>", f"<p>{escape(facts)}</p>" if facts else ""]
        for label, text in (
            (self.tr("Purpose"), inst.purpose),
            (self.tr("How it goes"), inst.procedure),
            (self.tr("Materials"), inst.materials),
            (self.tr("What comes out"), inst.outcome),
        ):
            if text.strip():
                body = escape(text).replace("\n", "<br>")
                parts.append(f"<p><b>{escape(label)}</b><br>{body}</p>")
        self.details.setHtml("".join(parts))
