"""*Stakeholders importeren*: a spreadsheet saved as CSV, read with the rules of the command
line ``import-stakeholders`` and shown row by row (new or updated) before anything is saved;
or the one problem that stops it, naming the row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from sec_workshop.domain.base import DomainError
from sec_workshop.exchange.stakeholders_file import StakeholderSheet, read_stakeholders_file
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.icons import type_icon
from sec_workshop.gui.common.import_preview import ImportPreviewDialog
from sec_workshop.gui.stakeholders.document import StakeholdersDocument
from sec_workshop.messages import describe
from sec_workshop.services.stakeholders import PlannedRow

Index = QModelIndex | QPersistentModelIndex


class StakeholderPreviewModel(QAbstractTableModel):
    """The rows as they will be saved; plain text only (a file may hold markup)."""

    def __init__(self, doc: StakeholdersDocument, rows: list[PlannedRow]) -> None:
        super().__init__()
        self._doc = doc
        self._rows = rows
        self._headers = [
            self.tr("Name"),
            self.tr("Row"),
            self.tr("Type"),
            self.tr("Influence"),
            self.tr("Interest"),
            self.tr("Quadrant"),
            self.tr("What happens"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        person = row.stakeholder
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                " ".join(person.name.split()),
                str(row.row),
                self._doc.type_name(person.type_key),
                str(person.influence),
                str(person.interest),
                labels.quadrant_group(person.quadrant),
                self.tr("new") if row.is_new else self.tr("updated"),
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return type_icon(person.type_key)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section]


class StakeholderImportDialog(ImportPreviewDialog):
    """Reads and checks the file when made; ``sheet`` is ``None`` when it cannot be
    imported, and ``error`` then says why."""

    def __init__(
        self, doc: StakeholdersDocument, path: Path, lang: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Import stakeholders"), path, self.tr("Stakeholders in the file"), parent
        )
        self.sheet: StakeholderSheet | None = None
        self.rows: list[PlannedRow] = []
        workspace = doc.workspace
        try:
            sheet = read_stakeholders_file(path, workspace.library.stakeholder_type_lookup())
            self.rows = list(workspace.stakeholders.plan_import(doc.wijk_id, sheet))
        except DomainError as error:
            self.show_error(describe(error, lang))
            return
        self.sheet = sheet
        self.show_rows(
            StakeholderPreviewModel(doc, self.rows), self._summary(), [50, 170, 70, 70, 130, 110]
        )

    def _summary(self) -> str:
        added = sum(1 for r in self.rows if r.is_new)
        updated = len(self.rows) - added
        text = (
            self.tr("%n new stakeholder(s)", None, added)
            + ", "
            + self.tr("%n updated (same name)", None, updated)
        )
        if self.sheet is not None and self.sheet.ignored:
            ignored = ", ".join(self.sheet.ignored)
            text += "\n" + self.tr("Columns not used: %1").replace("%1", ignored)
        return text
