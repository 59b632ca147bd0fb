"""The board as a list beside it: clusters with their notes, the loose notes and labels, and
the photos, each row saying in words what the board shows (for the keyboard and a screen
reader). Follows the ``BoardDocument`` edit by edit and shares the selection with the board."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
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
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
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

from sec_workshop.domain.board import BoardEdit, BoardRecord, Cluster, Note, Photo, Vote, VoteRound
from sec_workshop.domain.enums import NOTE_COLOR_HEX, NoteColor, NoteKind
from sec_workshop.gui.board.commands import DeleteItemsCommand, MoveToClusterCommand
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.board.items import ClusterItem, NoteItem, PhotoItem, id_of_item
from sec_workshop.gui.board.scene import GRID, BoardScene
from sec_workshop.gui.board.view import BoardView
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.common.icons import icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
LOOSE = "loose-notes"  # ids of the two group rows; record ids are UUIDs and never clash
PHOTOS = "photos"
BULK = 300  # an edit touching more records than this rebuilds the list in one go
SHOWN_MAX = 200  # characters of a note shown in its row (the accessible text has them all)


def reading_order(record: BoardRecord) -> tuple[float, float]:
    """Top to bottom, then left to right, as a person reads the board."""
    x = float(getattr(record, "x", 0.0))
    y = float(getattr(record, "y", 0.0))
    return (round(y / GRID), x)


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
        self._rows: dict[str, QStandardItem] = {}  # record id -> the row's first cell
        self._dot_cells: dict[str, QStandardItem] = {}  # record id -> the row's dots cell
        self._note_dots: dict[str, int] = {}
        self._cluster_dots: dict[str, int] = {}
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
        self._texts = _Texts()
        self._swatches = {color: _swatch(color) for color in NoteColor}

        self.count_label = QLabel()
        self.count_label.setObjectName("boardListCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Board"), self.tr("Dots")])
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
            self.model.removeRows(0, self.model.rowCount())
            self._rows.clear()
            self._dot_cells.clear()
            self._count_dots()
            doc = self.doc
            members: dict[str | None, list[Note]] = {}
            for note in doc.notes.values():
                key = note.cluster_id if note.cluster_id in doc.clusters else None
                members.setdefault(key, []).append(note)
            top: list[list[QStandardItem]] = []
            for cluster in sorted(doc.clusters.values(), key=reading_order):
                row = self._new_row(cluster.id, "cluster")
                self._fill_cluster(row[0], cluster, len(members.get(cluster.id, ())))
                self._append_notes(row[0], members.get(cluster.id, []))
                top.append(row)
            loose = self._new_row(LOOSE, "group")
            self._append_notes(loose[0], members.get(None, []))
            top.append(loose)
            photos = self._new_row(PHOTOS, "group")
            for photo in sorted(doc.photos.values(), key=reading_order):
                row = self._new_row(photo.id, "photo")
                self._fill_photo(row[0], photo)
                photos[0].appendRow(row)
            top.append(photos)
            for row in top:
                self.model.appendRow(row)
            self._fill_groups()
            for row in top:
                record_id = str(row[0].data(ID_ROLE))
                self.tree.setExpanded(row[0].index(), record_id not in self._closed)
            self._hide_empty_photos()
            self._select(selected, current)
        finally:
            self._syncing = False
        self._show_count()

    def _new_row(self, record_id: str, kind: str) -> list[QStandardItem]:
        first, dots = QStandardItem(), QStandardItem()
        for item in (first, dots):
            item.setEditable(False)
            item.setDragEnabled(False)
            item.setDropEnabled(False)
            item.setData(record_id, ID_ROLE)
            item.setData(kind, KIND_ROLE)
        dots.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._rows[record_id] = first
        self._dot_cells[record_id] = dots
        return [first, dots]

    def _append_notes(self, parent: QStandardItem, notes: list[Note]) -> None:
        cluster = self.doc.clusters.get(str(parent.data(ID_ROLE)))
        rows = []
        for note in sorted(notes, key=reading_order):
            row = self._new_row(note.id, "note")
            self._fill_note(row[0], note, cluster)
            rows.append(row)
        for row in rows:
            parent.appendRow(row)

    # --- what a row says ------------------------------------------------------------------
    def _fill_note(self, item: QStandardItem, note: Note, cluster: Cluster | None) -> None:
        texts = self._texts
        dots = self._note_dots.get(note.id, 0)
        shown = " ".join(note.text.split())[:SHOWN_MAX] or texts.empty
        words = [
            texts.label.replace("%1", note.text or texts.empty)
            if note.kind is NoteKind.LABEL
            else texts.note.replace("%1", texts.colors[note.color]).replace(
                "%2", note.text or texts.empty
            )
        ]
        if dots:
            words.append(texts.dots(dots))
        if note.facilitator_only:
            words.append(texts.facilitator_only)
            shown = texts.shown_hidden.replace("%1", shown)
        if cluster is not None:
            words.append(texts.in_cluster.replace("%1", cluster.title or texts.untitled))
        else:
            words.append(texts.not_in_cluster)
        item.setText(shown)
        item.setIcon(icon("label") if note.kind is NoteKind.LABEL else self._swatches[note.color])
        self._say(item, ", ".join(words), dots)

    def _fill_cluster(self, item: QStandardItem, cluster: Cluster, count: int) -> None:
        texts = self._texts
        title = cluster.title or texts.untitled
        dots = self._cluster_dots.get(cluster.id, 0)
        words = [texts.cluster.replace("%1", title), texts.notes(count)]
        if dots:
            words.append(texts.dots(dots))
        if cluster.collapsed:
            words.append(texts.collapsed)
        item.setText(f"{title} ({count})")
        item.setIcon(icon("cluster"))
        self._say(item, ", ".join(words), dots)

    def _fill_photo(self, item: QStandardItem, photo: Photo) -> None:
        caption = photo.caption or self._texts.no_caption
        item.setText(caption)
        item.setIcon(icon("photo"))
        self._say(item, self._texts.photo.replace("%1", caption), 0)

    def _fill_groups(self) -> None:
        texts = self._texts
        loose = self._rows[LOOSE]
        count = loose.rowCount()
        loose.setText(f"{texts.loose} ({count})")
        self._say(loose, f"{texts.loose}, {texts.notes(count)}", 0)
        photos = self._rows[PHOTOS]
        count = photos.rowCount()
        photos.setText(f"{texts.photos} ({count})")
        self._say(photos, f"{texts.photos}, {texts.photo_count(count)}", 0)

    def _say(self, item: QStandardItem, words: str, dots: int) -> None:
        item.setData(words, Qt.ItemDataRole.AccessibleTextRole)
        cell = self._dot_cells.get(str(item.data(ID_ROLE)))
        if cell is not None:
            cell.setText(str(dots) if dots else "")
            cell.setData(words, Qt.ItemDataRole.AccessibleTextRole)

    def _show_count(self) -> None:
        notes = sum(1 for n in self.doc.notes.values() if n.kind is NoteKind.NOTE)
        text = self._texts.count(notes, len(self.doc.clusters))
        self.count_label.setText(text)
        self.tree.setAccessibleDescription(text)

    def _count_dots(self) -> None:
        shown = self.doc.shown_round()
        if shown is None:
            self._note_dots, self._cluster_dots = {}, {}
        else:
            self._note_dots, self._cluster_dots = self.doc.dots_on(shown.id)

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
            touched = self._follow(edit)
        finally:
            self._syncing = False
        if touched:
            self._select_from_scene(current)
        self._show_count()

    def _follow(self, edit: BoardEdit) -> bool:
        """Update the rows of the records in the edit; True when rows came or went."""
        doc = self.doc
        moved = False
        counts: set[str] = set()  # clusters whose number of notes may have changed
        renamed: set[str] = set()
        changes = [(b, a) for b, a in edit.changes if isinstance(a or b, Cluster)]
        for before, after in changes:  # new clusters first, so that notes find them
            if isinstance(after, Cluster):
                if after.id in self._rows:
                    if before is None or before.title != after.title:  # type: ignore[union-attr]
                        renamed.add(after.id)
                    counts.add(after.id)
                else:
                    self._insert_cluster(after)
                    moved = True
        for before, after in edit.changes:
            if isinstance(after or before, Note):
                moved |= self._note_changed(before, after, counts)  # type: ignore[arg-type]
        for before, after in changes:
            if after is None and before is not None:
                self._remove_cluster(before.id)
                moved = True
        for before, after in edit.changes:
            if isinstance(after or before, Photo):
                moved |= self._photo_changed(before, after)  # type: ignore[arg-type]
        if any(isinstance(a or b, Vote | VoteRound) for b, a in edit.changes):
            counts |= self._recount_dots()
        for cluster_id in counts | renamed:
            row = self._rows.get(cluster_id)
            cluster = doc.clusters.get(cluster_id)
            if row is not None and cluster is not None:
                self._fill_cluster(row, cluster, row.rowCount())
        for cluster_id in renamed:  # each note's words name its cluster
            row = self._rows.get(cluster_id)
            cluster = doc.clusters.get(cluster_id)
            if row is None:
                continue
            for i in range(row.rowCount()):
                child = row.child(i, 0)
                note = doc.notes.get(str(child.data(ID_ROLE)))
                if note is not None:
                    self._fill_note(child, note, cluster)
        self._fill_groups()
        return moved

    def _note_changed(self, before: Note | None, after: Note | None, counts: set[str]) -> bool:
        note_id = (after or before).id  # type: ignore[union-attr]
        row = self._rows.get(note_id)
        if after is None or note_id not in self.doc.notes:
            if row is not None:
                counts.add(str(row.parent().data(ID_ROLE)))
                self._take(row)
                self._forget(note_id)
                return True
            return False
        note = self.doc.notes[note_id]
        parent_id = note.cluster_id if note.cluster_id in self._rows else LOOSE
        parent = self._rows[parent_id]
        cluster = self.doc.clusters.get(parent_id)
        if row is None:
            new = self._new_row(note_id, "note")
            self._fill_note(new[0], note, cluster)
            self._insert_sorted(parent, new, note)
            counts.add(parent_id)
            return True
        old_parent = row.parent()
        if old_parent is not parent:
            taken = self._take(row)
            counts.add(str(old_parent.data(ID_ROLE)))
            counts.add(parent_id)
            self._rows[note_id] = taken[0]
            self._fill_note(taken[0], note, cluster)
            self._insert_sorted(parent, taken, note)
            return True
        self._fill_note(row, note, cluster)
        return False

    def _forget(self, record_id: str) -> None:
        self._rows.pop(record_id, None)
        self._dot_cells.pop(record_id, None)

    def _take(self, row: QStandardItem) -> list[QStandardItem]:
        parent = row.parent() or self.model.invisibleRootItem()
        return parent.takeRow(row.row())

    def _insert_sorted(
        self, parent: QStandardItem, row: list[QStandardItem], record: BoardRecord
    ) -> None:
        """At its place in reading order among rows that are in reading order; rows are not
        re-sorted when a note moves, so that the row in hand never jumps away."""
        key = reading_order(record)
        # A binary search: thousands of rows, and many notes may join a group at once.
        low, high = 0, parent.rowCount()
        while low < high:
            middle = (low + high) // 2
            other = self._record(str(parent.child(middle, 0).data(ID_ROLE)))
            if other is not None and reading_order(other) > key:
                high = middle
            else:
                low = middle + 1
        parent.insertRow(low, row)

    def _record(self, record_id: str) -> BoardRecord | None:
        doc = self.doc
        return doc.notes.get(record_id) or doc.clusters.get(record_id) or doc.photos.get(record_id)

    def _insert_cluster(self, cluster: Cluster) -> None:
        row = self._new_row(cluster.id, "cluster")
        self._fill_cluster(row[0], cluster, 0)
        root = self.model.invisibleRootItem()
        position = self._rows[LOOSE].row()
        for i in range(position):
            other = self.doc.clusters.get(str(root.child(i, 0).data(ID_ROLE)))
            if other is not None and reading_order(other) > reading_order(cluster):
                position = i
                break
        root.insertRow(position, row)
        self.tree.setExpanded(row[0].index(), cluster.id not in self._closed)

    def _remove_cluster(self, cluster_id: str) -> None:
        row = self._rows.get(cluster_id)
        self._forget(cluster_id)
        if row is None:
            return
        loose = self._rows[LOOSE]
        while row.rowCount():  # notes the edit left in it go loose (the board does so too)
            taken = row.takeRow(0)
            note = self.doc.notes.get(str(taken[0].data(ID_ROLE)))
            if note is None:
                self._forget(str(taken[0].data(ID_ROLE)))
                continue
            self._fill_note(taken[0], note, None)
            self._insert_sorted(loose, taken, note)
        self.model.invisibleRootItem().removeRow(row.row())

    def _photo_changed(self, before: Photo | None, after: Photo | None) -> bool:
        photo_id = (after or before).id  # type: ignore[union-attr]
        row = self._rows.get(photo_id)
        photo = self.doc.photos.get(photo_id)
        if photo is None:
            if row is not None:
                self._take(row)
                self._forget(photo_id)
                self._hide_empty_photos()
                return True
            return False
        if row is None:
            new = self._new_row(photo_id, "photo")
            self._fill_photo(new[0], photo)
            self._insert_sorted(self._rows[PHOTOS], new, photo)
            self._hide_empty_photos()
            return True
        self._fill_photo(row, photo)
        return False

    def _recount_dots(self) -> set[str]:
        """Refresh the rows whose dots changed; returns the clusters among them."""
        old_notes, old_clusters = self._note_dots, self._cluster_dots
        self._count_dots()
        changed_notes = {
            i
            for i in old_notes.keys() | self._note_dots.keys()
            if old_notes.get(i) != self._note_dots.get(i)
        }
        for note_id in changed_notes:
            row = self._rows.get(note_id)
            note = self.doc.notes.get(note_id)
            if row is not None and note is not None:
                self._fill_note(row, note, self.doc.clusters.get(note.cluster_id or ""))
        return {
            i
            for i in old_clusters.keys() | self._cluster_dots.keys()
            if old_clusters.get(i) != self._cluster_dots.get(i)
        }

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
        records = [self._record(i) for i in self.selected_ids()]
        return [r for r in records if r is not None]

    def _on_delete(self) -> None:
        records = self._selected_records()
        if records:
            self.view.stop_editing()
            self._push(DeleteItemsCommand(self.doc, records))

    def cluster_options(self) -> list[tuple[str, Cluster | None]]:
        """What *Naar cluster…* offers: no cluster, then the clusters in list order."""
        options: list[tuple[str, Cluster | None]] = [(self._texts.loose, None)]
        root = self.model.invisibleRootItem()
        for i in range(root.rowCount()):
            cluster = self.doc.clusters.get(str(root.child(i, 0).data(ID_ROLE)))
            if cluster is not None:
                options.append((cluster.title or self._texts.untitled, cluster))
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


def _swatch(color: NoteColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(NOTE_COLOR_HEX[color]))
    return QIcon(pixmap)


class _Texts:
    """The words of the rows, translated once (thousands of rows use them)."""

    def __init__(self) -> None:
        from sec_workshop.gui.board.editor import color_names  # the editor imports this module

        self.colors = {c: name[:1].lower() + name[1:] for c, name in color_names().items()}
        self.note = QCoreApplication.translate("BoardListPanel", "Note, %1: ‘%2’")
        self.label = QCoreApplication.translate("BoardListPanel", "Label: ‘%1’")
        self.cluster = QCoreApplication.translate("BoardListPanel", "Cluster ‘%1’")
        self.photo = QCoreApplication.translate("BoardListPanel", "Photo ‘%1’")
        self.empty = QCoreApplication.translate("BoardListPanel", "(empty)")
        self.untitled = QCoreApplication.translate("BoardListPanel", "(untitled cluster)")
        self.no_caption = QCoreApplication.translate("BoardListPanel", "(no caption)")
        self.facilitator_only = QCoreApplication.translate("BoardListPanel", "facilitator only")
        self.shown_hidden = QCoreApplication.translate("BoardListPanel", "%1 (facilitator only)")
        self.in_cluster = QCoreApplication.translate("BoardListPanel", "in cluster %1")
        self.not_in_cluster = QCoreApplication.translate("BoardListPanel", "not in a cluster")
        self.collapsed = QCoreApplication.translate("BoardListPanel", "folded in on the board")
        self.loose = QCoreApplication.translate("BoardListPanel", "Not in a cluster")
        self.photos = QCoreApplication.translate("BoardListPanel", "Photos")
        self._dot = QCoreApplication.translate("BoardListPanel", "1 dot")
        self._dots = QCoreApplication.translate("BoardListPanel", "%1 dots")
        self._note = QCoreApplication.translate("BoardListPanel", "1 note")
        self._notes = QCoreApplication.translate("BoardListPanel", "%1 notes")
        self._photo = QCoreApplication.translate("BoardListPanel", "1 photo")
        self._photos = QCoreApplication.translate("BoardListPanel", "%1 photos")
        self._in_cluster = QCoreApplication.translate("BoardListPanel", "in 1 cluster")
        self._in_clusters = QCoreApplication.translate("BoardListPanel", "in %1 clusters")

    def dots(self, n: int) -> str:
        return self._dot if n == 1 else self._dots.replace("%1", str(n))

    def notes(self, n: int) -> str:
        return self._note if n == 1 else self._notes.replace("%1", str(n))

    def photo_count(self, n: int) -> str:
        return self._photo if n == 1 else self._photos.replace("%1", str(n))

    def count(self, notes: int, clusters: int) -> str:
        where = (
            self._in_cluster if clusters == 1 else self._in_clusters.replace("%1", str(clusters))
        )
        return f"{self.notes(notes)} {where}"
