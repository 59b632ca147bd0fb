"""The undo command of every document that saves through edits: one user intent, decided and
saved by the document on its first run; after that, undo brings the records to the edit's
inverse and redo to the edit itself, so exactly what was there comes back."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Protocol

from sec_workshop.domain.edits import Edit
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.common.document import Document

MERGING_EDIT_ID = 4201  # typing in one field of one record merges into one undo step


class EditableDocument(Protocol):
    def replay(self, edit: Edit[Any]) -> Edit[Any]: ...


class EditCommand(SafeCommand):
    """``intent`` asks the document for the change and returns the edit it saved.

    With a ``merge_key`` (say, the record and the field being typed in), the next command
    with the same key joins this one: one undo step for one spell of typing.
    """

    def __init__(
        self,
        doc: Document,
        text: str,
        intent: Callable[[], Edit[Any]],
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._intent = intent
        self.merge_key = merge_key
        self.edit: Edit[Any] | None = None

    def redo(self) -> None:
        def run() -> None:
            if self.edit is None:
                self.edit = self._intent()
                if not self.edit:
                    self.setObsolete(True)  # nothing changed: not worth an undo step
            else:
                self.edit = self._replay(self.edit)

        self._guard(run)

    def undo(self) -> None:
        edit = self.edit
        if edit is not None:
            self._guard(lambda: self._replay(edit.inverted()))

    def _replay(self, edit: Edit[Any]) -> Edit[Any]:
        doc: EditableDocument = self._doc  # type: ignore[assignment]
        doc.replay(edit)
        return edit

    def id(self) -> int:
        return MERGING_EDIT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: object) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        if other._doc is not self._doc or self.edit is None or other.edit is None:
            return False
        self.edit = self.edit.then(other.edit)
        self.setText(other.text())
        if not self.edit:
            self.setObsolete(True)  # typed and typed back: nothing left to undo
        return True
