"""Who leads a session, and in what role: a small list edited in place (name and role),
with people added, removed and put in order; every change one undo step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.session import SessionFacilitator
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.sessions.document import SessionDocument, moved

ID_ROLE = Qt.ItemDataRole.UserRole


class FacilitatorsBox(QGroupBox):
    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Facilitators"))
        self._doc = doc
        self._shown: object = None
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("sessionFacilitators")
        self.table.setAccessibleName(self.tr("Facilitators and their roles"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(170)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.itemSelectionChanged.connect(self._update_tools)
        self.add_button = self._tool("addFacilitator", self.tr("Add a facilitator"))
        self.add_button.setIcon(icon("add_person"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = self._tool("removeFacilitator", self.tr("Remove the chosen one"))
        self.remove_button.setIcon(icon("delete"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button = self._tool("facilitatorUp", self.tr("Move up"))
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button = self._tool("facilitatorDown", self.tr("Move down"))
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        tools = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)

    def _tool(self, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def fill(self) -> None:
        people = self._doc.facilitators
        shown = [(p.id, p.name, p.role) for p in people]
        if shown == self._shown:
            return  # a name being typed in the list is not typed over
        self._shown = shown
        chosen = self.chosen_id()
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(people))
            for row, person in enumerate(people):
                for col, text in enumerate((person.name, person.role)):
                    cell = QTableWidgetItem(text)
                    cell.setData(ID_ROLE, person.id)
                    self.table.setItem(row, col, cell)
                if person.id == chosen:
                    self.table.selectRow(row)
        self._update_tools()

    def chosen_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        cell = self.table.item(rows[0].row(), 0) if rows else None
        return None if cell is None else str(cell.data(ID_ROLE))

    def _update_tools(self) -> None:
        chosen = self.chosen_id() is not None
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(chosen)

    def _person(self, person_id: str | None) -> SessionFacilitator | None:
        return next((p for p in self._doc.facilitators if p.id == person_id), None)

    def _on_table_item_changed(self, cell: QTableWidgetItem) -> None:
        person = self._person(str(cell.data(ID_ROLE)))
        if person is None:
            return
        text = cell.text().strip()
        field = "name" if cell.column() == 0 else "role"
        if field == "name" and not text:
            self._shown = None
            self.fill()  # a facilitator keeps a name
            return
        after = replace(person, name=text) if field == "name" else replace(person, role=text)
        if after != person:
            label = self.tr("Edit facilitator “%1”").replace("%1", after.name)
            doc = self._doc
            doc.undo_stack.push(EditCommand(doc, label, lambda: doc.change(after)))

    def _on_add_button_clicked(self) -> None:
        doc = self._doc
        person = SessionFacilitator(
            session_id=doc.session_id,
            position=len(doc.facilitators),
            name=self.tr("New facilitator"),
        )
        text = self.tr("Add facilitator “%1”").replace("%1", person.name)
        command = EditCommand(doc, text, lambda: doc.add(person))
        doc.undo_stack.push(command)
        cell = self.table.item(self.table.rowCount() - 1, 0)
        if command.error is None and cell is not None:
            self.table.selectRow(cell.row())
            self.table.setFocus()
            self.table.editItem(cell)  # its name ready to be typed

    def _on_remove_button_clicked(self) -> None:
        person = self._person(self.chosen_id())
        if person is None:
            return
        doc = self._doc
        text = self.tr("Remove facilitator “%1”").replace("%1", person.name)
        doc.undo_stack.push(
            EditCommand(doc, text, lambda: doc.remove(SessionFacilitator, person.id))
        )

    def _on_up_button_clicked(self) -> None:
        self._move(-1)

    def _on_down_button_clicked(self) -> None:
        self._move(1)

    def _move(self, offset: int) -> None:
        person = self._person(self.chosen_id())
        doc = self._doc
        if person is None:
            return
        to = moved(doc.facilitators, person.id, offset)  # type: ignore[arg-type]
        if to is None:
            return
        text = self.tr("Move facilitator “%1”").replace("%1", person.name)
        doc.undo_stack.push(
            EditCommand(doc, text, lambda: doc.move(SessionFacilitator, person.id, to))
        )
