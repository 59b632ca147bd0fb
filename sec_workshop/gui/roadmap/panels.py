"""Side panels of the roadmap editor: the instruments library and the history of adaptations."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QListWidget,
    QWidget,
)

from sec_workshop.gui.roadmap.document import ModelDocument
from sec_workshop.history_texts import change_text


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


__all__ = ["HistoryWidget"]
