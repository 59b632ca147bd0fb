"""Quick entry below the board: typing in a wall of paper notes. Each Enter puts the typed note
beside the last one, a new row after a few, and the first below everything on the board."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from sec_workshop.domain.board import NOTE_HEIGHT, NOTE_WIDTH, Note
from sec_workshop.gui.board.palette import color_names, swatch
from sec_workshop.gui.board.view import BoardView

GAP = 20.0
QUICK_COLUMNS = 6

# Puts a note with this text at a point (its top left corner); the note as the board took it.
AddNote = Callable[[QPointF, str], Note | None]


def next_place(last: Note | None, origin: float, content: QRectF) -> tuple[QPointF, float]:
    """Where the next quick note goes, and the left edge of its rows: beside ``last``, or at
    the start of the next row after ``QUICK_COLUMNS``; with no last note, below ``content``
    (what is on the board)."""
    if last is None:
        start = (
            QPointF(content.left(), content.bottom() + 2 * GAP)
            if not content.isEmpty()
            else QPointF(GAP, GAP)
        )
        return start, start.x()
    column = round((last.x - origin) / (NOTE_WIDTH + GAP))
    if column + 1 >= QUICK_COLUMNS:
        return QPointF(origin, last.y + NOTE_HEIGHT + GAP), origin
    return QPointF(last.x + NOTE_WIDTH + GAP, last.y), origin


class QuickEntry(QObject):
    """The field, its label and the colour of new notes; the editor lays them out, follows
    the colour and adds each note (``add_note``)."""

    def __init__(self, view: BoardView, add_note: AddNote, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.scene = view.board_scene
        self.doc = self.scene.doc
        self._add_note = add_note
        self._last: Note | None = None
        self._origin = GAP
        self.label = QLabel(QCoreApplication.translate("BoardEditorWidget", "Quick entry"))
        self.field = QLineEdit()
        self.field.setObjectName("quickEntry")
        self.field.setPlaceholderText(
            QCoreApplication.translate(
                "BoardEditorWidget",
                "Quick entry: type a note and press Enter; the next one goes beside it",
            )
        )
        self.field.setAccessibleName(QCoreApplication.translate("BoardEditorWidget", "Quick entry"))
        self.field.returnPressed.connect(self._on_field_return_pressed)
        self.color = QComboBox()
        self.color.setAccessibleName(
            QCoreApplication.translate("BoardEditorWidget", "Colour of new notes")
        )
        for color, name in color_names().items():
            self.color.addItem(swatch(color), name, color.value)

    def _on_field_return_pressed(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        last = self._last if self._last and self._last.id in self.doc.notes else None
        content = self.scene.itemsBoundingRect() if last is None else QRectF()
        pos, self._origin = next_place(last, self._origin, content)
        note = self._add_note(pos, text)
        if note is not None:
            self._last = note
            self.field.clear()
            self.view.ensureVisible(note.x, note.y, note.width, note.height, 40, 40)
