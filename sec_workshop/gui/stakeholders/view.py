"""The wijk's stakeholders with influence and interest; details of the selected one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.changes import Changes
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.tables import fit_columns, make_table, para, table_item
from sec_workshop.services.workspace import Workspace


class StakeholdersView(QWidget):
    """The wijk's stakeholders with influence and interest; details of the selected one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._people: dict[str, Stakeholder] = {}
        self._wijk_id: str | None = None
        watch_changes(
            workspace,
            self,
            ("stakeholder", "step_stakeholder", "session_stakeholder"),
            self._on_workspace_changed,
        )
        self.table = make_table(
            [
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Organisation"),
                self.tr("Influence"),
                self.tr("Interest"),
                self.tr("Quadrant"),
                self.tr("Attitude"),
                self.tr("Participation"),
                self.tr("Linking opportunities"),
            ],
            self.tr("Stakeholders"),
        )
        self.table.setObjectName("stakeholdersTable")
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.details = QTextBrowser()
        self.details.setObjectName("stakeholderDetails")
        self.details.setAccessibleName(self.tr("Stakeholder details"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _on_workspace_changed(self, _changes: Changes) -> None:
        if self._wijk_id is not None:
            self.load(self._wijk_id)

    def load(self, wijk_id: str) -> None:
        self._wijk_id = wijk_id
        people = self._workspace.stakeholders.list(wijk_id)
        self._people = {p.id: p for p in people}
        types = self._workspace.library.stakeholder_type_names()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(people))
        for row, p in enumerate(people):
            cells = [
                table_item(p.name),
                table_item(types.get(p.type_key, p.type_key)),
                table_item(p.organisation),
                table_item(str(p.influence), p.influence),
                table_item(str(p.interest), p.interest),
                table_item(labels.quadrant(p.quadrant)),
                table_item(labels.attitude(p.attitude)),
                table_item(
                    labels.participation(p.participation),
                    list(type(p.participation)).index(p.participation),
                ),
                table_item(labels.koppelkansen(p.koppelkansen)),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, p.id)
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        fit_columns(self.table)
        self.details.clear()
        if people:
            self.table.selectRow(0)

    def _on_table_item_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        item = self.table.item(rows[0].row(), 0)
        person = self._people.get(str(item.data(Qt.ItemDataRole.UserRole))) if item else None
        if person is None:
            return
        types = self._workspace.library.stakeholder_type_names()
        html = [f"<h2>{escape(person.name)}</h2>"]
        if person.organisation:
            html.append(f"<p>{escape(person.organisation)}</p>")
        facts = [
            types.get(person.type_key, person.type_key),
            self.tr("influence %1, interest %2 (%3)")
            .replace("%1", str(person.influence))
            .replace("%2", str(person.interest))
            .replace("%3", labels.quadrant(person.quadrant)),
            self.tr("attitude: %1").replace("%1", labels.attitude(person.attitude)),
            self.tr("participation: %1").replace("%1", labels.participation(person.participation)),
        ]
        html.append(f"<p>{escape(' · '.join(facts))}</p>")
        if person.koppelkansen:
            heading = self.tr("Linking opportunities")
            tags = labels.koppelkansen(person.koppelkansen)
            html.append(f"<p><b>{escape(heading)}</b>: {escape(tags)}</p>")
        html.append(para(self.tr("Interests"), person.interests))
        html.append(para(self.tr("Concerns"), person.concerns))
        html.append(para(self.tr("Needs"), person.needs))
        html.append(para(self.tr("Barriers"), person.barriers))
        html.append(para(self.tr("Opportunities"), person.opportunities))
        if person.has_personal_data:
            contact = " · ".join(
                escape(x)
                for x in (
                    person.contact_name,
                    person.contact_role,
                    person.contact_email,
                    person.contact_phone,
                )
                if x
            )
            heading = self.tr("Contact (personal data)")
            html.append(f"<p><b>{escape(heading)}</b><br>{contact}</p>")
        self.details.setHtml("".join(html))
