"""The base of every undo command: one class per user intent; each changes the document,
never a widget.

A command whose change fails is marked obsolete (Qt then drops it from the stack) and keeps
the error, so the view can tell the user and nothing half-done stays on the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from sec_workshop.domain.base import DomainError
from sec_workshop.services.workspace import Workspace


class SafeCommand(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.error: DomainError | None = None
        self.on_error: Callable[[DomainError], None] | None = None

    def _guard(self, action: Callable[[], object]) -> None:
        # The document a command changes has taken the change in: its writes are marked as
        # its own, so that the change notice passes it over and reaches the other views.
        doc = getattr(self, "_doc", None)
        workspace = getattr(doc, "workspace", None)
        try:
            if isinstance(workspace, Workspace):
                with workspace.acting_for(doc):
                    action()
            else:
                action()
        except DomainError as exc:
            self.error = exc
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(exc)
