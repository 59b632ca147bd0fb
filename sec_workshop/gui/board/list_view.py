"""The wijk's boards in a table, with their sessions and note counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.board import BoardTemplate
from sec_workshop.domain.views import BoardSummary
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.tables import fit_columns, make_table, table_item
from sec_workshop.services.workspace import Workspace


class BoardsView(QWidget):
    """The wijk's boards; the selected board's clusters and notes, most votes first."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._templates: dict[str, BoardTemplate] = {
            t.key: t for t in workspace.library.board_templates()
        }
        self.table = make_table(
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
                table_item(s.board.title),
                table_item(s.session_title),
                table_item(template.name if template else s.board.template_key),
                table_item(str(s.note_count), s.note_count),
                table_item(str(s.cluster_count), s.cluster_count),
                table_item(str(s.vote_total), s.vote_total),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, s.board.id)
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        fit_columns(self.table)
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
