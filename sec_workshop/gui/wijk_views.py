"""Read-only views of one wijk: its routekaart, sessions, stakeholders and boards."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.board import BoardTemplate
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.views import BoardSummary, SessionSummary
from sec_workshop.gui import labels
from sec_workshop.gui.change_relay import watch_changes
from sec_workshop.services.workspace import Workspace


def _item(text: str, sort_key: object | None = None) -> QTableWidgetItem:
    item = _SortItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.sort_key = text.casefold() if sort_key is None else sort_key
    return item


class _SortItem(QTableWidgetItem):
    sort_key: object = ""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.sort_key, getattr(other, "sort_key", "")
        try:
            return bool(mine < theirs)  # type: ignore[operator]
        except TypeError:
            return str(mine) < str(theirs)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _fit_columns(table: QTableWidget, widest: int = 280) -> None:
    """Columns as wide as their content, but no single column pushes the others out of view."""
    table.resizeColumnsToContents()
    for col in range(table.columnCount()):
        if table.columnWidth(col) > widest:
            table.setColumnWidth(col, widest)


# pyside6-lupdate does not look inside f-strings: a tr() there is never collected, and its
# text stays English. Every tr() of this module stands on its own line, outside f-strings.


def _para(label: str, text: str) -> str:
    if not text.strip():
        return ""
    body = escape(text).replace("\n", "<br>")
    return f"<p><b>{escape(label)}</b><br>{body}</p>"


class SessionsView(QWidget):
    """The wijk's sessions in a table; the selected one's agenda, decisions and actions beside."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._summaries: list[SessionSummary] = []
        self._wijk_id: str | None = None
        # Sessions are made elsewhere too (a new board's session): the table follows.
        watch_changes(
            workspace,
            self,
            ("session", "board", "agenda_item", "decision", "action_item"),
            self._on_workspace_changed,
        )
        self.table = _table(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Title"),
                self.tr("Location"),
                self.tr("Status"),
                self.tr("Participants"),
                self.tr("Agenda"),
                self.tr("Boards"),
                self.tr("Decisions"),
                self.tr("Open actions"),
            ],
            self.tr("Sessions"),
        )
        self.table.setObjectName("sessionsTable")
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.details = QTextBrowser()
        self.details.setObjectName("sessionDetails")
        self.details.setAccessibleName(self.tr("Session details"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _on_workspace_changed(self, _changes: Changes) -> None:
        if self._wijk_id is not None:
            self.load(self._wijk_id)

    def load(self, wijk_id: str) -> None:
        self._wijk_id = wijk_id
        self._summaries = self._workspace.sessions.summaries(wijk_id)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self._summaries))
        for row, summary in enumerate(self._summaries):
            s = summary.session
            when = s.starts_at
            cells = [
                _item(when.strftime("%d-%m-%Y") if when else "–", when.isoformat() if when else ""),
                _item(when.strftime("%H:%M") if when else "–"),
                _item(s.title),
                _item(s.location),
                _item(labels.session_status(s.status)),
                _item(str(s.participant_count), s.participant_count),
                _item(
                    self.tr("%1 min").replace("%1", str(summary.agenda_minutes)),
                    summary.agenda_minutes,
                ),
                _item(str(summary.board_count), summary.board_count),
                _item(str(summary.decision_count), summary.decision_count),
                _item(str(summary.open_action_count), summary.open_action_count),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, s.id)
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        _fit_columns(self.table)
        self.details.clear()
        if self._summaries:
            self.table.selectRow(0)

    def selected_session_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _on_table_item_selection_changed(self) -> None:
        session_id = self.selected_session_id()
        if session_id is None:
            self.details.clear()
            return
        content = self._workspace.sessions.content(session_id)
        s = content.session
        instruments = {i.id: i.name for i in self._workspace.library.instruments()}
        html = [f"<h2>{escape(s.title)}</h2>"]
        if s.starts_at:
            html.append(
                f"<p>{escape(s.starts_at.strftime('%d-%m-%Y %H:%M'))} · {escape(s.location)}</p>"
            )
        html.append(_para(self.tr("Goal"), s.goal))
        if content.agenda:
            heading = self.tr("Agenda")
            html.append(f"<h3>{escape(heading)}</h3><table cellpadding='3'>")
            clock = s.starts_at
            for item in content.agenda:
                start = clock.strftime("%H:%M") if clock else ""
                form = instruments.get(item.instrument_id or "", "")
                html.append(
                    f"<tr><td>{start}</td><td>{item.duration_minutes}&nbsp;min</td>"
                    f"<td><b>{escape(item.title)}</b>"
                    + (f" <i>({escape(form)})</i>" if form else "")
                    + (f"<br>{escape(item.description)}" if item.description else "")
                    + "</td></tr>"
                )
                if clock:
                    clock = clock + timedelta(minutes=item.duration_minutes)
            html.append("</table>")
        if content.decisions:
            heading = self.tr("Decisions")
            html.append(f"<h3>{escape(heading)}</h3><ol>")
            for d in content.decisions:
                why = f"<br><i>{escape(d.rationale)}</i>" if d.rationale else ""
                html.append(f"<li>{escape(d.text)}{why}</li>")
            html.append("</ol>")
        if content.actions:
            heading = self.tr("Action items")
            html.append(f"<h3>{escape(heading)}</h3><ul>")
            for a in content.actions:
                mark = "☑" if a.done else "☐"
                due = a.due_date.strftime("%d-%m-%Y") if a.due_date else ""
                who = " · ".join(x for x in (a.owner, due) if x)
                html.append(
                    f"<li>{mark} {escape(a.text)}"
                    + (f" <span style='color:#546E7A'>({escape(who)})</span>" if who else "")
                    + "</li>"
                )
            html.append("</ul>")
        if content.boards:
            names = ", ".join(escape(b.title) for b in content.boards)
            heading = self.tr("Boards")
            html.append(f"<p><b>{escape(heading)}</b>: {names}</p>")
        self.details.setHtml("".join(html))


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
        self.table = _table(
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
                _item(p.name),
                _item(types.get(p.type_key, p.type_key)),
                _item(p.organisation),
                _item(str(p.influence), p.influence),
                _item(str(p.interest), p.interest),
                _item(labels.quadrant(p.quadrant)),
                _item(labels.attitude(p.attitude)),
                _item(
                    labels.participation(p.participation),
                    list(type(p.participation)).index(p.participation),
                ),
                _item(labels.koppelkansen(p.koppelkansen)),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, p.id)
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        _fit_columns(self.table)
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
        html.append(_para(self.tr("Interests"), person.interests))
        html.append(_para(self.tr("Concerns"), person.concerns))
        html.append(_para(self.tr("Needs"), person.needs))
        html.append(_para(self.tr("Barriers"), person.barriers))
        html.append(_para(self.tr("Opportunities"), person.opportunities))
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


class BoardsView(QWidget):
    """The wijk's boards; the selected board's clusters and notes, most votes first."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._templates: dict[str, BoardTemplate] = {
            t.key: t for t in workspace.library.board_templates()
        }
        self.table = _table(
            [
                self.tr("Board"),
                self.tr("Session"),
                self.tr("Template"),
                self.tr("Notes"),
                self.tr("Clusters"),
                self.tr("Votes"),
            ],
            self.tr("Boards"),
        )
        self.table.setObjectName("boardsTable")
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.tree = QTreeWidget()
        self.tree.setObjectName("boardTree")
        self.tree.setAccessibleName(self.tr("Board content"))
        self.tree.setHeaderLabels([self.tr("Note or cluster"), self.tr("Votes"), self.tr("Colour")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tree)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def load(self, wijk_id: str) -> None:
        summaries: list[BoardSummary] = self._workspace.boards.summaries(wijk_id)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(summaries))
        for row, s in enumerate(summaries):
            template = self._templates.get(s.board.template_key)
            cells = [
                _item(s.board.title),
                _item(s.session_title),
                _item(template.name if template else s.board.template_key),
                _item(str(s.note_count), s.note_count),
                _item(str(s.cluster_count), s.cluster_count),
                _item(str(s.vote_total), s.vote_total),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, s.board.id)
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        _fit_columns(self.table)
        self.tree.clear()
        if summaries:
            self.table.selectRow(0)

    def _on_table_item_selection_changed(self) -> None:
        self.tree.clear()
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return
        content = self._workspace.boards.content(str(item.data(Qt.ItemDataRole.UserRole)))
        votes = {n.id: content.votes_for_note(n.id) for n in content.notes}
        totals = {
            c.id: sum(votes[n.id] for n in content.notes if n.cluster_id == c.id)
            for c in content.clusters
        }
        for cluster in sorted(content.clusters, key=lambda c: -totals[c.id]):
            members = [n for n in content.notes if n.cluster_id == cluster.id]
            members.sort(key=lambda n: -votes[n.id])
            total = sum(votes[n.id] for n in members)
            top = QTreeWidgetItem([cluster.title or self.tr("(untitled cluster)"), str(total), ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(1, Qt.ItemDataRole.UserRole, total)
            for n in members:
                top.addChild(
                    QTreeWidgetItem([n.text, str(votes[n.id]), labels.note_color(n.color)])
                )
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        loose = [n for n in content.notes if n.cluster_id is None]
        if loose:
            top = QTreeWidgetItem([self.tr("Not in a cluster"), "", ""])
            for n in sorted(loose, key=lambda n: -votes[n.id]):
                top.addChild(
                    QTreeWidgetItem([n.text, str(votes[n.id]), labels.note_color(n.color)])
                )
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        self.tree.resizeColumnToContents(2)
