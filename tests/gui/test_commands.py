"""Every undo command: push, undo, redo, checked in the document and in the database."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.shell.commands import AddWijkCommand, DeleteWijkCommand, RenameWijkCommand
from sec_workshop.gui.shell.documents import WijkListDocument
from sec_workshop.services.workspace import Workspace


def _db_names(ws: Workspace) -> list[str]:
    return [w.name for w in ws.wijken.list()]


def test_add_wijk_command(qapp: QApplication, workspace: Workspace) -> None:
    doc = WijkListDocument(workspace)
    added: list[str] = []
    doc.wijk_added.connect(added.append)
    template = workspace.models.templates()[0].id
    command = AddWijkCommand(doc, Wijk(name="Lombok"), template)
    doc.undo_stack.push(command)
    assert [w.name for w in doc.wijken()] == ["Lombok"] == _db_names(workspace)
    assert added == [command.wijk_id]
    assert workspace.models.roadmap_of(command.wijk_id) is not None
    doc.undo_stack.undo()
    assert doc.wijken() == [] and _db_names(workspace) == []
    doc.undo_stack.redo()
    assert [w.id for w in doc.wijken()] == [command.wijk_id]
    assert [w.id for w in workspace.wijken.list()] == [command.wijk_id]
    assert workspace.models.roadmap_of(command.wijk_id) is not None


def test_rename_wijk_command(qapp: QApplication, workspace: Workspace) -> None:
    doc = WijkListDocument(workspace)
    wijk = workspace.wijken.create(Wijk(name="Oud"), None).wijk
    doc.reload()
    doc.undo_stack.push(RenameWijkCommand(doc, wijk.id, "Oud", "Nieuw"))
    assert doc.wijk(wijk.id).name == "Nieuw" and _db_names(workspace) == ["Nieuw"]  # type: ignore[union-attr]
    doc.undo_stack.undo()
    assert doc.wijk(wijk.id).name == "Oud" and _db_names(workspace) == ["Oud"]  # type: ignore[union-attr]
    doc.undo_stack.redo()
    assert doc.wijk(wijk.id).name == "Nieuw" and _db_names(workspace) == ["Nieuw"]  # type: ignore[union-attr]


def test_delete_wijk_command_restores_everything(qapp: QApplication, workspace: Workspace) -> None:
    doc = WijkListDocument(workspace)
    wijk_id = workspace.demo.add().wijk_id
    doc.reload()
    before = workspace.wijken.bundle(wijk_id)
    doc.undo_stack.push(DeleteWijkCommand(doc, wijk_id, "Vogelwijk-Oost"))
    assert doc.wijk(wijk_id) is None and _db_names(workspace) == []
    doc.undo_stack.undo()
    assert doc.wijk(wijk_id) is not None
    assert workspace.wijken.bundle(wijk_id) == before
    doc.undo_stack.redo()
    assert doc.wijk(wijk_id) is None and _db_names(workspace) == []


def test_a_failing_command_is_dropped_from_the_stack(
    qapp: QApplication, workspace: Workspace
) -> None:
    doc = WijkListDocument(workspace)
    wijk = workspace.wijken.create(Wijk(name="Oud"), None).wijk
    doc.reload()
    errors: list[DomainError] = []
    doc.error_raised.connect(errors.append)  # the one way a failure is told
    command = RenameWijkCommand(doc, wijk.id, "Oud", "")
    doc.undo_stack.push(command)
    assert [e.code for e in errors] == ["value.empty"]
    assert doc.undo_stack.count() == 0
    assert _db_names(workspace) == ["Oud"]
