"""*Briefjes importeren*: a text or CSV file of notes read with the rules of the command line
``import-notes``, shown before anything is added (or the problem, naming the line)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.enums import NoteColor
from sec_workshop.exchange.notes_file import ImportedNote, read_notes_file
from sec_workshop.gui.common.import_preview import ImportPreviewDialog
from sec_workshop.messages import describe

SHOWN_MAX = 300  # characters of a note in its cell; a note may hold 2,000


def summarize(notes: list[ImportedNote]) -> tuple[int, int, int]:
    """(notes, clusters, paper dots) in a file; cluster names count once whatever their case,
    as the import joins them."""
    clusters = {n.cluster.casefold() for n in notes if n.cluster}
    return len(notes), len(clusters), sum(n.votes for n in notes)


class ImportPreviewModel(QAbstractTableModel):
    """The notes of a file as rows; plain text only (a file may hold markup)."""

    def __init__(self, notes: list[ImportedNote], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes = notes
        from sec_workshop.gui.board.editor import color_names, swatch

        self._colors = color_names()
        self._swatches = {c: swatch(c) for c in NoteColor}
        self._headers = [
            self.tr("Text"),
            self.tr("Colour"),
            self.tr("Cluster"),
            self.tr("Paper dots"),
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        column = index.column()
        color = note.color or NoteColor.YELLOW  # what the import gives a note without one
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return note.text
                return " ".join(note.text[:SHOWN_MAX].split())  # one line per note
            if column == 1:
                return self._colors[color]
            if column == 2:
                return note.cluster
            return str(note.votes) if note.votes else ""
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return self._swatches[color]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return str(section + 1)


class BoardImportDialog(ImportPreviewDialog):
    """Reads the file when made; ``notes`` is empty when the file cannot be imported, and
    ``error`` then says why."""

    def __init__(self, path: Path, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import notes"), path, self.tr("Notes in the file"), parent)
        self.notes: list[ImportedNote] = []
        try:
            self.notes = read_notes_file(path)
        except DomainError as error:
            self.show_error(describe(error, lang))
            return
        self.show_rows(ImportPreviewModel(self.notes, self), self.summary_text(), [150, 160, 90])

    def summary_text(self) -> str:
        notes, clusters, dots = summarize(self.notes)
        return ", ".join(
            [
                self.tr("1 note") if notes == 1 else self.tr("%1 notes").replace("%1", str(notes)),
                self.tr("1 cluster")
                if clusters == 1
                else self.tr("%1 clusters").replace("%1", str(clusters)),
                self.tr("1 paper dot")
                if dots == 1
                else self.tr("%1 paper dots").replace("%1", str(dots)),
            ]
        )
