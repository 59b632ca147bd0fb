"""What to pack for a session: the materials the work forms of its agenda ask for, once
each, with how many when counted per participant and the items that need them; ticking one
off is saved at once (and undoable), so the list is as far along when opened again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.agenda import Material
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.sessions.document import SessionDocument

KEY_ROLE = Qt.ItemDataRole.UserRole


def material_text(material: Material) -> str:
    """ "Stiften × 24" when the amount is known, the work form's words otherwise."""
    return f"{material.text} × {material.amount}" if material.amount else material.text


class MaterialsChecklist(QWidget):
    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._shown: tuple[tuple[Material, ...], tuple[str, ...]] | None = None
        self.summary = QLabel()
        self.summary.setObjectName("materialsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setObjectName("materialsList")
        self.tree.setAccessibleName(self.tr("Materials to pack"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Material"), self.tr("For")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        # The whole material with its amount; what it is for gets the rest.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.empty = QLabel(
            self.tr(
                "Nothing to pack yet: add work forms to the agenda, and what they need shows here."
            )
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        doc.changed.connect(self._on_doc_changed)
        self.refresh()

    def release(self) -> None:
        """Before it goes: the session is no longer followed."""
        self._doc.changed.disconnect(self._on_doc_changed)

    def refresh(self) -> None:
        found = tuple(self._doc.materials())
        packed = self._doc.session.packed
        if self._shown != (found, packed):
            self._shown = (found, packed)
            self._fill(found, set(packed))
        done = sum(1 for m in found if m.key in packed)
        expected = self._doc.session.expected_total
        text = self.tr("%1 of %2 packed.").replace("%1", str(done)).replace("%2", str(len(found)))
        if expected:
            counted = self.tr(
                "Amounts per participant are counted for %n expected participant(s).",
                None,
                expected,
            )
            text += " " + counted
        self.summary.setText(text)
        self.summary.setVisible(bool(found))
        self.tree.setVisible(bool(found))
        self.empty.setVisible(not found)

    def _fill(self, found: tuple[Material, ...], packed: set[str]) -> None:
        current = self.tree.currentItem()
        current_key = current.data(0, KEY_ROLE) if current else None
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for material in found:
                row = QTreeWidgetItem([material_text(material), ", ".join(material.items)])
                row.setData(0, KEY_ROLE, material.key)
                row.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                checked = material.key in packed
                row.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                row.setToolTip(0, material.text)
                row.setToolTip(1, "\n".join(material.items))
                self.tree.addTopLevelItem(row)
                if material.key == current_key:
                    self.tree.setCurrentItem(row)
        finally:
            self.tree.blockSignals(False)

    def row_of(self, key: str) -> QTreeWidgetItem | None:
        for n in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(n)
            if row is not None and row.data(0, KEY_ROLE) == key:
                return row
        return None

    def _on_tree_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        key = str(row.data(0, KEY_ROLE))
        packed = row.checkState(0) == Qt.CheckState.Checked
        if packed == (key in self._doc.session.packed):
            return
        name = row.text(0)
        text = (
            self.tr("Pack “%1”").replace("%1", name)
            if packed
            else self.tr("Unpack “%1”").replace("%1", name)
        )
        doc = self._doc
        command = EditCommand(doc, text, lambda: doc.pack(key, packed))
        doc.undo_stack.push(command)
        if command.error is not None:
            self._shown = None
            self.refresh()  # not saved: the tick goes back

    def _on_doc_changed(self) -> None:
        self.refresh()
