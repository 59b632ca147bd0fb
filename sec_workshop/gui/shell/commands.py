"""Undo commands of the list of wijken on the start page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sec_workshop.domain.bundle import WijkBundle
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.shell.documents import WijkListDocument


class AddWijkCommand(SafeCommand):
    def __init__(self, doc: WijkListDocument, wijk: Wijk, template_id: str | None) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Add wijk “%1”").replace("%1", wijk.name)
        )
        self._doc = doc
        self._wijk = wijk
        self._template_id = template_id
        self._bundle: WijkBundle | None = None

    @property
    def wijk_id(self) -> str:
        return self._wijk.id

    def redo(self) -> None:
        def run() -> None:
            if self._bundle is None:
                self._bundle = self._doc.create(self._wijk, self._template_id)
            else:
                self._doc.restore(self._bundle)

        self._guard(run)

    def undo(self) -> None:
        def run() -> None:
            self._bundle = self._doc.delete(self._wijk.id)

        self._guard(run)


class RenameWijkCommand(SafeCommand):
    def __init__(self, doc: WijkListDocument, wijk_id: str, old: str, new: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Rename wijk to “%1”").replace("%1", new)
        )
        self._doc = doc
        self._wijk_id = wijk_id
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._guard(lambda: self._rename(self._new))

    def undo(self) -> None:
        self._guard(lambda: self._rename(self._old))

    def _rename(self, name: str) -> None:
        self._doc.rename(self._wijk_id, name)


class DeleteWijkCommand(SafeCommand):
    def __init__(self, doc: WijkListDocument, wijk_id: str, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete wijk “%1”").replace("%1", name)
        )
        self._doc = doc
        self._wijk_id = wijk_id
        self._bundle: WijkBundle | None = None

    def redo(self) -> None:
        def run() -> None:
            self._bundle = self._doc.delete(self._wijk_id)

        self._guard(run)

    def undo(self) -> None:
        def run() -> None:
            if self._bundle is not None:
                self._doc.restore(self._bundle)

        self._guard(run)
