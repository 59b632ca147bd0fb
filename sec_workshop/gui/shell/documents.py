"""Documents: the open data as Qt objects that call services and announce what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sec_workshop.domain.bundle import WijkBundle
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.common.document import Document
from sec_workshop.services.workspace import Workspace


class WijkListDocument(Document):
    """The list of wijken on the start page, with its own undo stack."""

    wijk_added = Signal(str)
    wijk_removed = Signal(str)
    wijk_changed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(workspace, parent)
        self._wijken: dict[str, Wijk] = {}
        self.reload()

    def reload(self) -> None:
        self._wijken = {w.id: w for w in self.workspace.wijken.list()}

    def wijken(self) -> list[Wijk]:
        return sorted(self._wijken.values(), key=lambda w: w.name.casefold())

    def wijk(self, wijk_id: str) -> Wijk | None:
        return self._wijken.get(wijk_id)

    def create(self, wijk: Wijk, template_id: str | None) -> WijkBundle:
        bundle = self.workspace.wijken.create(wijk, template_id)
        self._wijken[bundle.wijk.id] = bundle.wijk
        self.wijk_added.emit(bundle.wijk.id)
        return bundle

    def rename(self, wijk_id: str, name: str) -> Wijk:
        wijk = self.workspace.wijken.rename(wijk_id, name)
        self._wijken[wijk.id] = wijk
        self.wijk_changed.emit(wijk.id)
        return wijk

    def delete(self, wijk_id: str) -> WijkBundle:
        bundle = self.workspace.wijken.delete(wijk_id)
        self._wijken.pop(wijk_id, None)
        self.wijk_removed.emit(wijk_id)
        return bundle

    def restore(self, bundle: WijkBundle) -> None:
        self.workspace.wijken.restore(bundle)
        self._wijken[bundle.wijk.id] = bundle.wijk
        self.wijk_added.emit(bundle.wijk.id)

    def add_demo(self) -> str:
        result = self.workspace.demo.add()
        if result.created:
            self.reload()
            self.wijk_added.emit(result.wijk_id)
        return result.wijk_id
