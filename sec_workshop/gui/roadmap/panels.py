"""Side panels of the roadmap editor: the instruments library and the history of adaptations."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QMimeData, Qt
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
from sec_workshop.gui.roadmap.document import ModelDocument
from sec_workshop.history_texts import change_text

INSTRUMENT_MIME = "application/x-sec-workshop-instrument"


class _InstrumentList(QListWidget):
    """Drags an instrument's id, to be dropped onto a step card."""

    def mimeData(self, items: Sequence[QListWidgetItem], /) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(INSTRUMENT_MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode())
            data.setText(items[0].text())
        return data

    def mimeTypes(self) -> list[str]:
        return [INSTRUMENT_MIME]


class InstrumentLibraryWidget(QWidget):
    """Browse and read the work forms; drag one onto a step to attach it."""

    def __init__(self, instruments: list[Instrument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._instruments = {i.id: i for i in instruments}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search instruments"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.list = _InstrumentList()
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
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Instrument details"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)

    def _on_search_text_changed(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            inst = self._instruments[str(item.data(Qt.ItemDataRole.UserRole))]
            haystack = f"{inst.name} {inst.purpose} {inst.category}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)

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


class HistoryWidget(QListWidget):
    """The roadmap's adaptations, newest first, in the window's language; refreshed after
    every change. List items show their text as it is (titles with ``<`` or ``&`` too)."""

    def __init__(self, doc: ModelDocument, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._lang = lang
        self.setAccessibleName(self.tr("History of adaptations"))
        self.setWordWrap(True)
        for signal in (
            doc.structure_changed,
            doc.step_added,
            doc.step_changed,
            doc.steps_moved,
            doc.step_removed,
            doc.dependency_added,
            doc.dependency_removed,
        ):
            signal.connect(self._on_doc_changed)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        changes = self._doc.workspace.models.history(self._doc.model.id)
        if not changes:
            self.addItem(self.tr("No adaptations yet."))
        for change in changes[:500]:
            local = change.at.astimezone()
            text = change_text(change, self._lang)
            self.addItem(f"{local.strftime('%d-%m-%Y %H:%M')}  {text}")

    def _on_doc_changed(self, *_: object) -> None:
        self.refresh()


__all__ = ["INSTRUMENT_MIME", "HistoryWidget", "InstrumentLibraryWidget"]
