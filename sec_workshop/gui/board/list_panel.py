"""The board as a list beside it (the *List* tab of the board editor): the rows of
``list_rows`` in a tree that shares the selection with the board, both ways, and acts on the
selected rows (edit on the board, move to a cluster, delete) from the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QIcon,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.board import BoardEdit, BoardRecord, Cluster, Note
from sec_workshop.gui.board.commands import DeleteItemsCommand, MoveToClusterCommand
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.board.items import ClusterItem, NoteItem, PhotoItem, id_of_item
from sec_workshop.gui.board.list_rows import ID_ROLE, KIND_ROLE, PHOTOS, BoardListModel
from sec_workshop.gui.board.scene import BoardScene
from sec_workshop.gui.board.view import BoardView
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.common.icons import icon

BULK = 300  # an edit touching more records than this rebuilds the list in one go


class BoardListTree(QTreeView):
    """The list's keys: Enter or F2 edits on the board, Delete deletes."""

    edit_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ) == Qt.KeyboardModifier.NoModifier
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
            event.accept()
            return
        if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ClusterChoiceDialog(QDialog):
    """Which cluster the selected notes go to (or none)."""

    def __init__(self, options: list[str], current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to cluster"))
        self.choice = QComboBox()
        self.choice.addItems(options)
        self.choice.setCurrentIndex(max(0, current))
        self.choice.setAccessibleName(self.tr("Cluster"))
        label = QLabel(self.tr("Move the selected notes to:"))
        label.setBuddy(self.choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        layout.addWidget(buttons)


class BoardListPanel(QWidget):
    """The *Lijst* tab of the board editor."""

    def __init__(
        self,
        doc: BoardDocument,
        scene: BoardScene,
        view: BoardView,
        push: Callable[[SafeCommand], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.scene = scene
        self.view = view
        self._push = push
        # Where the cluster question would answer (an index into the options, -1: cancel);
        # tests put a function here instead.
        self.choose_cluster: Callable[[list[str], int], int] = self._ask_cluster
        self._closed: set[str] = set()  # rows the person folded in, kept over rebuilds
        self._syncing = False
        # The board announces a selection item by item (thousands for *Alles selecteren*);
        # the list follows once, when the burst is over.
        self._scene_sync = QTimer(self)
        self._scene_sync.setSingleShot(True)
        self._scene_sync.setInterval(0)
        self._scene_sync.timeout.connect(self._on_scene_sync_timeout)
        self._editing = ""  # a note or cluster being typed in after Enter in the list
        self._ended_by_key = False

        self.count_label = QLabel()
        self.count_label.setObjectName("boardListCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = BoardListModel(doc, self)
        self._rows = self.model.rows  # the model's own: record id -> the row's first cell
        self.tree = BoardListTree()
        self.tree.setObjectName("boardList")
        self.tree.setAccessibleName(self.tr("Board as a list"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # keeps thousands of rows fast
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 64)
        self.count_label.setBuddy(self.tree)

        self.edit_action = self._action(self.tr("Edit on the board"), self._on_edit, "F2")
        self.move_action = self._action(self.tr("Move to cluster…"), self._on_move, "Ctrl+M")
        self.delete_action = self._action(self.tr("Delete"), self._on_delete, "Del", "delete")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.count_label)
        layout.addWidget(self.tree, 1)

        self.rebuild()
        doc.changed.connect(self._on_doc_changed)
        self.model.cluster_inserted.connect(self._on_model_cluster_inserted)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        self.tree.expanded.connect(self._on_tree_expanded)
        self.tree.collapsed.connect(self._on_tree_collapsed)
        self.tree.edit_requested.connect(self._on_edit)
        self.tree.delete_requested.connect(self._on_delete)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu)
        scene.selectionChanged.connect(self._on_scene_selection_changed)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def _action(self, text: str, slot: Callable[[], None], keys: str, name: str = "") -> QAction:
        action = QAction(icon(name) if name else QIcon(), text, self.tree)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)
        return action

    # --- building -------------------------------------------------------------------------
    def rebuild(self) -> None:
        """The whole list in one go (at open, and after edits too big to follow row by row);
        the current row, the selection and folded rows stay."""
        current = self.current_id()
        selected = self.selected_ids()
        self._syncing = True
        try:
            self.model.rebuild()
            root = self.model.invisibleRootItem()
            for i in range(root.rowCount()):
                row = root.child(i, 0)
                self.tree.setExpanded(row.index(), str(row.data(ID_ROLE)) not in self._closed)
            self._hide_empty_photos()
            self._select(selected, current)
        finally:
            self._syncing = False
        self._show_count()

    def _show_count(self) -> None:
        text = self.model.count_text()
        self.count_label.setText(text)
        self.tree.setAccessibleDescription(text)

    def _hide_empty_photos(self) -> None:
        photos = self._rows[PHOTOS]
        self.tree.setRowHidden(photos.row(), QModelIndex(), photos.rowCount() == 0)

    # --- following the document -----------------------------------------------------------
    def _on_doc_changed(self, edit: BoardEdit) -> None:
        if len(edit.changes) > BULK:
            self.rebuild()
            return
        current = self.current_id()
        self._syncing = True
        try:
            touched = self.model.follow(edit)
            self._hide_empty_photos()
        finally:
            self._syncing = False
        if touched:
            self._select_from_scene(current)
        self._show_count()

    def _on_model_cluster_inserted(self, cluster_id: str) -> None:
        row = self._rows[cluster_id]
        self.tree.setExpanded(row.index(), cluster_id not in self._closed)

    # --- selection, both ways -------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.tree.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        return [str(i.data(ID_ROLE)) for i in self.tree.selectionModel().selectedRows(0)]

    def _select(self, ids: Iterable[str], current: str | None) -> None:
        selection = QItemSelection()
        for record_id in ids:
            row = self._rows.get(record_id)
            if row is not None:
                index = row.index()
                selection.select(index, index.siblingAtColumn(1))
        model = self.tree.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        row = self._rows.get(current or "")
        if row is not None:
            model.setCurrentIndex(row.index(), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _select_from_scene(self, current: str | None = None) -> None:
        """The rows of what is selected on the board."""
        ids = [id_of_item(i) for i in self.scene.selectedItems()]
        ids = [i for i in ids if i]
        if current is None or current not in self._rows:
            current = ids[0] if ids else self.current_id()
        self._syncing = True
        try:
            self._select(ids, current)
        finally:
            self._syncing = False

    def _on_scene_selection_changed(self) -> None:
        if not self._syncing:
            self._scene_sync.start()

    def _on_scene_sync_timeout(self) -> None:
        if not shiboken6.isValid(self.scene) or not shiboken6.isValid(self.tree):
            return
        ids = [i for i in (id_of_item(x) for x in self.scene.selectedItems()) if i]
        if set(ids) == set(self.selected_ids()):
            return
        self._select_from_scene(ids[0] if ids else None)
        row = self._rows.get(ids[0]) if ids else None
        if row is not None:
            self.tree.scrollTo(row.index())

    def _on_tree_selection_changed(self, *_: object) -> None:
        if self._syncing:
            return
        scene = self.scene
        current = self.current_id()
        shown = None
        self._syncing = True
        scene.blockSignals(True)  # one selectionChanged for the whole selection, not per item
        try:
            scene.clearSelection()
            for record_id in self.selected_ids():
                item = self._board_item(record_id)
                if item is not None:
                    item.setSelected(True)
                    if record_id == current or shown is None:
                        shown = item
        finally:
            scene.blockSignals(False)
            self._syncing = False
        self._syncing = True
        try:
            scene.selectionChanged.emit()
        finally:
            self._syncing = False
        if shown is not None:
            self.view.ensureVisible(shown.sceneBoundingRect(), 40, 40)

    def _board_item(self, record_id: str) -> NoteItem | ClusterItem | PhotoItem | None:
        """The item that stands for a record; a note inside a folded cluster is the cluster."""
        scene = self.scene
        note = scene.notes.get(record_id)
        if note is not None:
            if not note.isVisible() and note.note.cluster_id in scene.clusters:
                return scene.clusters[note.note.cluster_id]
            return note
        return scene.clusters.get(record_id) or scene.photos.get(record_id)

    def _on_tree_expanded(self, index: QModelIndex) -> None:
        self._closed.discard(str(index.data(ID_ROLE)))

    def _on_tree_collapsed(self, index: QModelIndex) -> None:
        self._closed.add(str(index.data(ID_ROLE)))

    # --- acting on rows -------------------------------------------------------------------
    def _on_edit(self) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        index = index.siblingAtColumn(0)
        kind = index.data(KIND_ROLE)
        if kind == "group":
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
        elif kind in ("note", "cluster"):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            editor = self.view.editor if self.view.start_editing(str(index.data(ID_ROLE))) else None
            if editor is not None:
                self._editing, self._ended_by_key = editor.record_id, False
                editor.finished.connect(self._on_inline_editor_finished)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Typing started from the list and ended with Enter or Esc comes back to the list.
        editor = self.view.editor
        if (
            self._editing
            and editor is not None
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._ended_by_key = key == Qt.Key.Key_Escape or (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (editor.cluster or not shift)
            )
        return super().eventFilter(watched, event)

    def _on_inline_editor_finished(self, record_id: str, next_note: bool) -> None:
        back = self._ended_by_key and not next_note and record_id == self._editing
        self._editing, self._ended_by_key = "", False
        row = self._rows.get(record_id)
        if back and row is not None and shiboken6.isValid(self.tree):
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            self.tree.setCurrentIndex(row.index())

    def _selected_records(self) -> list[BoardRecord]:
        records = [self.model.record(i) for i in self.selected_ids()]
        return [r for r in records if r is not None]

    def _on_delete(self) -> None:
        records = self._selected_records()
        if records:
            self.view.stop_editing()
            self._push(DeleteItemsCommand(self.doc, records))

    def cluster_options(self) -> list[tuple[str, Cluster | None]]:
        """What *Naar cluster…* offers: no cluster, then the clusters in list order."""
        texts = self.model.texts
        options: list[tuple[str, Cluster | None]] = [(texts.loose, None)]
        root = self.model.invisibleRootItem()
        for i in range(root.rowCount()):
            cluster = self.doc.clusters.get(str(root.child(i, 0).data(ID_ROLE)))
            if cluster is not None:
                options.append((cluster.title or texts.untitled, cluster))
        return options

    def _on_move(self) -> None:
        notes = [r for r in self._selected_records() if isinstance(r, Note)]
        if not notes:
            return
        options = self.cluster_options()
        current = next(
            (
                i
                for i, (_, c) in enumerate(options)
                if c is not None and c.id == notes[0].cluster_id
            ),
            0,
        )
        chosen = self.choose_cluster([name for name, _ in options], current)
        if not 0 <= chosen < len(options):
            return
        self.move_to_cluster(notes, options[chosen][1])

    def move_to_cluster(self, notes: list[Note], cluster: Cluster | None) -> bool:
        """One undo step: the notes into the cluster (at the bottom, the cluster grown), or
        out of their clusters to below everything on the board; the service places them."""
        cluster_id = cluster.id if cluster is not None else None
        ids = [n.id for n in notes if n.cluster_id != cluster_id]
        if cluster is None:
            ids = [n.id for n in notes if n.cluster_id is not None]
        if not ids:
            return False
        return self._push(MoveToClusterCommand(self.doc, ids, cluster_id))

    def _ask_cluster(self, options: list[str], current: int) -> int:
        dialog = ClusterChoiceDialog(options, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return -1
        return dialog.choice.currentIndex()

    def _on_tree_context_menu(self, pos: QPoint) -> None:
        kinds = {i.data(KIND_ROLE) for i in self.tree.selectionModel().selectedRows(0)}
        self.edit_action.setEnabled(len(kinds) == 1 and kinds <= {"note", "cluster"})
        self.move_action.setEnabled("note" in kinds)
        self.delete_action.setEnabled(bool(kinds - {"group"}))
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.move_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        for action in (self.edit_action, self.move_action, self.delete_action):
            action.setEnabled(True)
