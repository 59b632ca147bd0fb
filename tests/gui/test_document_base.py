"""Every document tells a failed command one way (``error_raised``) and marks its writes
as its own, so that change notices pass it over and reach the other views."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.shell.commands import AddWijkCommand, RenameWijkCommand
from sec_workshop.gui.shell.documents import WijkListDocument
from sec_workshop.services.workspace import Workspace


def test_a_failed_command_is_told_through_its_document(
    qapp: QApplication, workspace: Workspace
) -> None:
    doc = WijkListDocument(workspace)
    told: list[DomainError] = []
    doc.error_raised.connect(told.append)
    doc.undo_stack.push(RenameWijkCommand(doc, "geen-wijk", "Oud", "Nieuw"))
    assert len(told) == 1 and told[0].code == "record.not_found"
    assert doc.undo_stack.count() == 0  # nothing half done stays on the stack


def test_a_documents_own_writes_pass_it_over(qapp: QApplication, workspace: Workspace) -> None:
    doc = WijkListDocument(workspace)
    other = QWidget()
    other.show()
    heard: list[str] = []
    watch_changes(workspace, doc, {"wijk"}, lambda _c: heard.append("document"), origin=doc)
    watch_changes(workspace, other, {"wijk"}, lambda _c: heard.append("other view"))
    command = AddWijkCommand(doc, Wijk(name="Lombok"), None)
    doc.undo_stack.push(command)
    qapp.processEvents()
    assert heard == ["other view"]
    assert doc.wijk(command.wijk_id) is not None
    other.close()
