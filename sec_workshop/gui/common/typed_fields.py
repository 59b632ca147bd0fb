"""Text fields that save as the user types.

Every keystroke is saved as typed, spaces and all: a space typed at the end of a word is the
start of the next one. When typing in a field ends (the field is left, or Enter in a line),
the field is saved once more, trimmed; the editor merges that into the same undo step.
Filling the fields from what is stored never counts as typing, and never overwrites a field
the user is typing in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

# name, text, finished (typing has ended: ``text`` is trimmed)
Save = Callable[[str, str, bool], None]


class TypedFields(QObject):
    def __init__(self, parent: QObject, save: Save) -> None:
        super().__init__(parent)
        self._save = save
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._typing: set[str] = set()
        self._sent: dict[str, str] = {}  # what each field last saved
        self._filling = False

    def add(
        self, name: str, widget: QLineEdit | QPlainTextEdit, *, on_finish_only: bool = False
    ) -> None:
        """``on_finish_only``: save only when typing ends (a list typed as one text, say)."""
        self.fields[name] = widget
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda text, n=name: self._typed(n, text, on_finish_only))
            widget.editingFinished.connect(lambda n=name: self.finish(n))
        else:
            widget.textChanged.connect(
                lambda n=name, w=widget: self._typed(n, w.toPlainText(), on_finish_only)
            )
            widget.installEventFilter(self)

    def text(self, name: str) -> str:
        widget = self.fields[name]
        return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()

    def is_typing(self, name: str) -> bool:
        return name in self._typing

    def fill(self, values: Mapping[str, str]) -> None:
        """Show stored values. A field being typed in keeps what is typed while the stored
        value is what it saved (the echo of its own typing); another value (an undo, a
        change made elsewhere) is shown, and typing there starts afresh. A field that
        already shows the value keeps its cursor."""
        self._filling = True
        try:
            for name, value in values.items():
                widget = self.fields.get(name)
                if widget is None or self.text(name) == value:
                    continue
                if name in self._typing:
                    if self._sent.get(name) == value:
                        continue
                    self._typing.discard(name)
                if isinstance(widget, QLineEdit):
                    widget.setText(value)
                    widget.setCursorPosition(0)
                else:
                    widget.setPlainText(value)
        finally:
            self._filling = False

    def forget_typing(self) -> None:
        """Another record is shown: what was being typed belonged to the one before."""
        self._typing.clear()
        self._sent.clear()

    def finish(self, name: str) -> None:
        if name not in self._typing:
            return
        self._typing.discard(name)
        text = self.text(name).strip()
        self._sent[name] = text
        self._save(name, text, True)

    def finish_all(self) -> None:
        for name in list(self._typing):
            self.finish(name)

    def _typed(self, name: str, text: str, on_finish_only: bool) -> None:
        if self._filling:
            return
        self._typing.add(name)
        if not on_finish_only:
            self._sent[name] = text
            self._save(name, text, False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.PopupFocusReason  # its context menu
        ):
            for name, widget in self.fields.items():
                if widget is watched:
                    self.finish(name)
        return super().eventFilter(watched, event)
