"""The base of every document: an open part of the workshop (the list of wijken, a
roadmap, a board, the boards of a wijk) as a Qt object that calls services and announces
what changed."""

from __future__ import annotations

from contextlib import AbstractContextManager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from sec_workshop.services.workspace import Workspace


class Document(QObject):
    """Its workspace, its own undo stack, and the one way a failed command is told."""

    # A change was refused or could not be saved (DomainError); nothing of it was kept.
    error_raised = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """``undo_stack``: one shared with other documents of a view (a view whose
        documents come and go while what was done in them stays undoable); by default its
        own."""
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

    def acting(self) -> AbstractContextManager[None]:
        """Writes inside are this document's own: their change notices pass it over, since
        it takes the change in itself."""
        return self.workspace.acting_for(self)
