"""The *Koppelkansen* tab of a wijk: the register as a table (problem, trekker, partners,
indicator with baseline and target, status) beside the editor of the chosen koppelkans;
new and delete, both undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sec_workshop import labels
from sec_workshop.domain.base import DomainError
from sec_workshop.domain.koppelkans import Koppelkans
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.icons import tool_button
from sec_workshop.gui.koppelkansen.document import KoppelkansenDocument
from sec_workshop.gui.koppelkansen.editor import KoppelkansEditor
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
# The status next to the title: what a register is scanned for, in sight on a laptop.
COLUMNS = ("title", "status", "problem", "lead", "partners", "indicator", "baseline", "target")


class KoppelkansenView(QWidget):
    """Made once; ``load`` opens a wijk's register as a new document."""

    document_opened = Signal(object)  # the KoppelkansenDocument, for the window's undo group

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.doc: KoppelkansenDocument | None = None
        self.editor: KoppelkansEditor | None = None
        self._known: set[str] | None = None  # the ids shown, to see which one came back
        self.add_button = tool_button("addKoppelkans", "koppelkansen", self.tr("New koppelkans"))
        self.add_button.clicked.connect(self.add_koppelkans)
        self.delete_button = tool_button("deleteKoppelkans", "delete", self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen koppelkans (Delete)"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.summary, 1)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("koppelkansenTable")
        self.table.setAccessibleName(self.tr("Koppelkansen register"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Koppelkans"),
                self.tr("Status"),
                self.tr("Problem"),
                self.tr("Trekker"),
                self.tr("Partners"),
                self.tr("Indicator"),
                self.tr("Baseline"),
                self.tr("Target"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 100, 110, 150, 180, 180, 110, 130)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.table.itemDoubleClicked.connect(self._on_table_double_clicked)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._on_delete_clicked)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def load(self, wijk_id: str) -> None:
        if self.doc is not None:
            self.doc.deleteLater()
        if self.editor is not None:
            self.editor.setParent(None)
            self.editor.deleteLater()
        self._known = None
        self.doc = KoppelkansenDocument(self._workspace, wijk_id, self)
        self.doc.changed.connect(self.refresh)
        self.doc.error_raised.connect(self._on_doc_error_raised)
        self.editor = KoppelkansEditor(self.doc)
        self.editor.title_committed.connect(self.table.setFocus)
        self.splitter.addWidget(self.editor)
        self.splitter.setSizes([820, 500])
        self.refresh()
        if self.doc.register.koppelkansen:
            self.table.selectRow(0)
        self.document_opened.emit(self.doc)

    @property
    def undo_stack(self):  # type: ignore[no-untyped-def]
        return self.doc.undo_stack if self.doc is not None else None

    # --- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        doc = self.doc
        if doc is None:
            return
        chosen = before = self.selected_id()
        found = doc.register.koppelkansen
        ids = {k.id for k in found}
        came = ids - self._known if self._known is not None else set()
        self._known = ids
        if len(came) == 1:
            chosen = next(iter(came))  # made, or brought back by undo: shown in the editor
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(found))
            for row, k in enumerate(found):
                for column, text in enumerate(self._cells(k)):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, k.id)
                    item.setToolTip(text)
                    self.table.setItem(row, column, item)
            rows = {k.id: row for row, k in enumerate(found)}
            if chosen in rows:
                self.table.selectRow(rows[chosen])
        finally:
            self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        if chosen not in ids or self.selected_id() != before:
            self._show(self.selected_id())
        self.delete_button.setEnabled(self.selected_id() is not None)
        self.summary.setText(
            self.tr("%n koppelkans(en)", "", len(found))
            if found
            else self.tr(
                "No koppelkansen yet. A koppelkans links the energy transition to another "
                "problem of the wijk, such as energy poverty, health or work."
            )
        )

    def _cells(self, k: Koppelkans) -> list[str]:
        return [
            k.title,
            labels.koppelkans_status(k.status),
            labels.koppelkans(k.problem),
            k.lead,
            ", ".join(k.partners),
            k.indicator,
            k.baseline,
            k.target,
        ]

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(ID_ROLE)) if item is not None else None

    def select(self, koppelkans_id: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == koppelkans_id:
                self.table.selectRow(row)
                return

    def _show(self, koppelkans_id: str | None) -> None:
        if self.editor is not None:
            self.editor.show_koppelkans(koppelkans_id)

    def _on_table_selection_changed(self) -> None:
        self._show(self.selected_id())
        self.delete_button.setEnabled(self.selected_id() is not None)

    def _on_table_double_clicked(self, _item: QTableWidgetItem) -> None:
        if self.editor is not None:
            self.editor.lines["title"].setFocus()

    # --- changing --------------------------------------------------------------------------
    def add_koppelkans(self) -> None:
        doc = self.doc
        if doc is None:
            return
        made = Koppelkans(wijk_id=doc.wijk_id, title=self.tr("New koppelkans"))
        command = EditCommand(doc, self.tr("New koppelkans"), lambda: doc.create(made))
        doc.undo_stack.push(command)
        if command.error is None and self.editor is not None:
            self.select(made.id)
            title = self.editor.lines["title"]
            title.setFocus()
            title.selectAll()

    def _on_delete_clicked(self) -> None:
        doc = self.doc
        chosen = self.selected_id()
        k = doc.koppelkans(chosen) if doc is not None and chosen else None
        if doc is None or k is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete koppelkans"),
            self.tr("Delete “%1” with its history and links? You can undo this.").replace(
                "%1", k.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Delete koppelkans “%1”").replace("%1", k.title)
        doc.undo_stack.push(EditCommand(doc, text, lambda: doc.delete(k.id)))

    def _on_doc_error_raised(self, error: DomainError) -> None:
        QMessageBox.warning(self, self.tr("Koppelkansen"), describe(error))
        if self.editor is not None:
            self.editor.refresh()
