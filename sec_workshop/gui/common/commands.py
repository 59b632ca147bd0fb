"""The base of every undo command: one class per user intent; each changes the document,
never a widget.

A command whose change fails is marked obsolete (Qt then drops it from the stack) and keeps
the error, so the view can tell the user and nothing half-done stays on the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from sec_workshop.domain.base import DomainError
from sec_workshop.gui.common.document import Document


class SafeCommand(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.error: DomainError | None = None

    def _guard(self, action: Callable[[], object]) -> None:
        # The document a command changes has taken the change in: its writes are marked as
        # its own, so that the change notice passes it over and reaches the other views.
        doc = getattr(self, "_doc", None)
        try:
            if isinstance(doc, Document):
                with doc.acting():
                    action()
            else:
                action()
        except DomainError as exc:
            self.error = exc
            self.setObsolete(True)
            if isinstance(doc, Document):
                doc.error_raised.emit(exc)  # the one way a failure is told
