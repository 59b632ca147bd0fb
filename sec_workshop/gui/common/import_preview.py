"""The window every file import shows before it changes anything: where the file comes
from, what it holds (or the one problem that stops it, naming the line or row), the rows
as a table, and *Importeren* only when the file can be imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class ImportPreviewDialog(QDialog):
    """``show_rows`` or ``show_error`` once the file is read; ``widths`` of the columns after
    the first, which stretches."""

    def __init__(self, title: str, path: Path, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.error = ""
        source = QLabel(self.tr("From %1").replace("%1", path.name))
        source.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(what)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(source)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.buttons)
        self.resize(820, 520)

    def show_rows(self, model: QAbstractItemModel, summary: str, widths: list[int]) -> None:
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(widths, start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.summary.setText(summary)
        self.summary.setAccessibleName(summary)

    def show_error(self, error: str) -> None:
        self.error = error
        self.summary.setText(error)
        self.summary.setAccessibleName(error)
        self.summary.setStyleSheet("color: #B71C1C;")
        self.import_button.setEnabled(False)
        self.table.hide()
