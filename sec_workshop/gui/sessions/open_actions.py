"""The open action items of all sessions of a wijk in one list, the soonest due first, the
overdue ones marked; ticking one off saves it at once (and undoes)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sec_workshop import labels
from sec_workshop.domain.base import DomainError, Record
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.session import ActionItem
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.document import Document
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.sessions import document as session_document
from sec_workshop.gui.sessions.record_list import OVERDUE_COLOR, short_date
from sec_workshop.messages import describe
from sec_workshop.services.session_editing import OpenAction
from sec_workshop.services.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


class OpenActionsDocument(Document):
    """Ticking off action items of any session of a wijk: the same edit path as a session's
    own document (so undo brings back exactly what was there), without opening a document
    per session."""

    def change(self, action: ActionItem) -> Edit[Record]:
        return self.workspace.session_editing.change(action)

    def replay(self, edit: Edit[Record]) -> Edit[Record]:
        return self.workspace.session_editing.replay(edit)


class OpenActionsView(QWidget):
    """``load(wijk_id)`` shows the wijk's open actions; a tick saves at once, the undo
    button takes it back. A double-click (or Enter) asks to open the action's session."""

    open_session_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openActionsView")
        self._workspace = workspace
        self._wijk_id: str | None = None
        self._open: list[OpenAction] = []
        self._filling = False
        self.doc = OpenActionsDocument(workspace, self)
        self.title = QLabel()
        self.title.setObjectName("openActionsTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.undo = QToolButton()
        self.undo.setObjectName("openActionsUndo")
        self.undo.setIcon(icon("undo"))
        self.undo.setText(self.tr("Undo"))
        self.undo.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.undo.setEnabled(False)
        self.undo.clicked.connect(self.doc.undo_stack.undo)
        self.doc.undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        self.doc.undo_stack.undoTextChanged.connect(self._on_undo_text_changed)
        self.doc.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.list = _ActionList()
        self.list.setObjectName("openActionsList")
        self.list.setHeaderLabels(
            [self.tr("Action"), self.tr("Who"), self.tr("By"), self.tr("Session")]
        )
        self.list.setAccessibleName(self.tr("Open action items of the wijk"))
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self.list.open_requested.connect(self._on_list_open_requested)
        self.empty = QLabel(self.tr("No open action items: everything is done."))
        self.empty.setObjectName("openActionsEmpty")
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {OVERDUE_COLOR};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.doc.error_raised.connect(self._on_doc_error_raised)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        # Its own ticks are taken in at once (the undo stack says when); others' by notice.
        watch_changes(
            workspace, self, ("action_item", "session"), self._on_workspace_changed, self.doc
        )

    @property
    def open_actions(self) -> list[OpenAction]:
        return list(self._open)

    def load(self, wijk_id: str) -> None:
        if wijk_id != self._wijk_id:
            self.doc.undo_stack.clear()  # ticks of another wijk are not undone from here
        self._wijk_id = wijk_id
        self._open = self._workspace.session_editing.open_actions(wijk_id)
        today = session_document.today()
        late_word = self.tr("overdue")
        current = self._current_id()
        self._filling = True
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        overdue = 0
        for row in self._open:
            late = row.overdue(today)
            overdue += late
            self.list.addTopLevelItem(_row(row, late, late_word))
        del blocker
        self._filling = False
        self._select(current)
        for column in (1, 2):
            self.list.resizeColumnToContents(column)
        count = len(self._open)
        title = self.tr("%n open action item(s)", "", count)
        if overdue:
            title += " · " + self.tr("%n overdue", "", overdue)
        self.title.setText(title)
        self.empty.setVisible(count == 0)
        self.list.setVisible(count > 0)

    # --- internals -----------------------------------------------------------------------
    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(0, ID_ROLE))

    def _select(self, action_id: str | None) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == action_id:
                self.list.setCurrentItem(item)
                return

    def _reload(self) -> None:
        if self._wijk_id is not None:
            self.load(self._wijk_id)

    def _on_workspace_changed(self, _changes: Changes) -> None:
        self._reload()

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        # After the event at hand: a tick is still being handled by the row it removes.
        QTimer.singleShot(0, self, self._reload)

    def _on_undo_text_changed(self, text: str) -> None:
        self.undo.setToolTip(self.tr("Undo: %1").replace("%1", text) if text else "")

    def _on_list_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        action_id = str(item.data(0, ID_ROLE))
        found = next((o.action for o in self._open if o.action.id == action_id), None)
        ticked = item.checkState(0) == Qt.CheckState.Checked
        if found is None or found.done == ticked:
            return
        after = replace(found, done=ticked)
        self.problem.hide()
        text = self.tr("Tick off action item “%1”").replace("%1", found.text)
        self.doc.undo_stack.push(EditCommand(self.doc, text, lambda: self.doc.change(after)))

    def _on_list_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_session_requested.emit(str(item.data(0, SESSION_ROLE)))

    def _on_list_open_requested(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_session_requested.emit(str(item.data(0, SESSION_ROLE)))

    def _on_doc_error_raised(self, error: object) -> None:
        if isinstance(error, DomainError):
            self.problem.setText(describe(error, labels.language()))
            self.problem.show()


def _row(row: OpenAction, late: bool, late_word: str) -> QTreeWidgetItem:
    action, session = row.action, row.session
    when = session.starts_at.strftime("%d-%m-%Y") if session.starts_at else "–"
    due = short_date(action.due_date)
    item = QTreeWidgetItem(
        [
            " ".join(action.text.split()),
            action.owner,
            f"{due} · {late_word}" if late else due,
            f"{when} · {session.title}",
        ]
    )
    item.setData(0, ID_ROLE, action.id)
    item.setData(0, SESSION_ROLE, session.id)
    item.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
    )
    item.setCheckState(0, Qt.CheckState.Unchecked)
    item.setToolTip(0, action.text)
    item.setToolTip(3, session.title)
    if late:
        item.setForeground(2, QBrush(QColor(OVERDUE_COLOR)))
        font = QFont(item.font(2))
        font.setBold(True)
        item.setFont(2, font)
    return item


class _ActionList(QTreeWidget):
    """The list; Enter asks to open the action's session."""

    open_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
