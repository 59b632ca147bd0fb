"""Editing the list of wijken: a new wijk (from a template), renaming one and deleting one,
each asked of the user first and pushed as one undo step on the ``WijkListDocument``. A
failure is told by the document's ``error_raised``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:
    from sec_workshop.gui.shell.documents import WijkListDocument


def new_wijk(parent: QWidget, wijken: WijkListDocument, lang: str) -> str | None:
    """Ask for a new wijk and add it; its id, or None when nothing was added."""
    from sec_workshop.gui.shell.commands import AddWijkCommand
    from sec_workshop.gui.shell.dialogs import NewWijkDialog

    dialog = NewWijkDialog(wijken.workspace.models.templates(), lang, parent)
    dialog.deleteLater()
    if dialog.exec() != NewWijkDialog.DialogCode.Accepted or dialog.result_wijk is None:
        return None
    command = AddWijkCommand(wijken, dialog.result_wijk, dialog.template_id())
    wijken.undo_stack.push(command)
    return command.wijk_id if command.error is None else None


def rename_wijk(parent: QWidget, wijken: WijkListDocument, wijk_id: str) -> None:
    """Ask for a wijk's new name and rename it."""
    wijk = wijken.wijk(wijk_id)
    if wijk is None:
        return
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("MainWindow", "Rename wijk"),
        QCoreApplication.translate("MainWindow", "New name for “%1”:").replace("%1", wijk.name),
        QLineEdit.EchoMode.Normal,
        wijk.name,
    )
    if not ok or name.strip() == wijk.name:
        return
    from sec_workshop.gui.shell.commands import RenameWijkCommand

    wijken.undo_stack.push(RenameWijkCommand(wijken, wijk_id, wijk.name, name.strip()))


def delete_wijk(parent: QWidget, wijken: WijkListDocument, wijk_id: str) -> None:
    """Delete a wijk with everything in it, once the user says yes (undo brings it back)."""
    wijk = wijken.wijk(wijk_id)
    if wijk is None:
        return
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MainWindow", "Delete wijk"),
        QCoreApplication.translate(
            "MainWindow",
            "Delete “%1” with its roadmap, sessions, stakeholders and boards?\n\n"
            "You can undo this with Edit > Undo.",
        ).replace("%1", wijk.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    from sec_workshop.gui.shell.commands import DeleteWijkCommand

    wijken.undo_stack.push(DeleteWijkCommand(wijken, wijk_id, wijk.name))
