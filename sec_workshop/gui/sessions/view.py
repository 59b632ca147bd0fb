"""The wijk's sessions in a table; the selected one's agenda, decisions and actions beside."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.changes import Changes
from sec_workshop.domain.views import SessionSummary
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.tables import fit_columns, make_table, para, table_item
from sec_workshop.services.workspace import Workspace


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
        self.table = make_table(
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
                table_item(
                    when.strftime("%d-%m-%Y") if when else "–", when.isoformat() if when else ""
                ),
                table_item(when.strftime("%H:%M") if when else "–"),
                table_item(s.title),
                table_item(s.location),
                table_item(labels.session_status(s.status)),
                table_item(str(s.participant_count), s.participant_count),
                table_item(
                    self.tr("%1 min").replace("%1", str(summary.agenda_minutes)),
                    summary.agenda_minutes,
                ),
                table_item(str(summary.board_count), summary.board_count),
                table_item(str(summary.decision_count), summary.decision_count),
                table_item(str(summary.open_action_count), summary.open_action_count),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, s.id)
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        fit_columns(self.table)
        self.details.clear()
        if self._summaries:
            self.table.selectRow(0)

    def select_session(self, session_id: str) -> None:
        """Show a session (asked for from elsewhere: a stakeholder's card)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == session_id:
                self.table.selectRow(row)
                self.table.scrollToItem(item)
                return

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
        html.append(para(self.tr("Goal"), s.goal))
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
