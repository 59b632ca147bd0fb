"""The board as rows for its list: clusters with their notes, the loose notes and labels, and
the photos, in reading order. Built in one go, then following the ``BoardDocument`` edit by
edit; each row says in words what the board shows (for the keyboard and a screen reader)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from sec_workshop.domain.board import BoardEdit, BoardRecord, Cluster, Note, Photo, Vote, VoteRound
from sec_workshop.domain.enums import NoteColor, NoteKind
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.board.palette import color_names, swatch
from sec_workshop.gui.board.scene import GRID
from sec_workshop.gui.common.icons import icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
LOOSE = "loose-notes"  # ids of the two group rows; record ids are UUIDs and never clash
PHOTOS = "photos"
SHOWN_MAX = 200  # characters of a note shown in its row (the accessible text has them all)


def reading_order(record: BoardRecord) -> tuple[float, float]:
    """Top to bottom, then left to right, as a person reads the board."""
    x = float(getattr(record, "x", 0.0))
    y = float(getattr(record, "y", 0.0))
    return (round(y / GRID), x)


class BoardListModel(QStandardItemModel):
    """Two columns: what a row is, and its dots in the round the board shows. Every row
    carries its record's id (``ID_ROLE``) and kind (``KIND_ROLE``: note, cluster, photo, or
    group for the rows of loose notes and of photos)."""

    cluster_inserted = Signal(str)  # a cluster's row came in (its notes may follow)

    def __init__(self, doc: BoardDocument, parent: QObject | None = None) -> None:
        super().__init__(0, 2, parent)
        self.doc = doc
        self.rows: dict[str, QStandardItem] = {}  # record id -> the row's first cell
        self.dot_cells: dict[str, QStandardItem] = {}  # record id -> the row's dots cell
        self._note_dots: dict[str, int] = {}
        self._cluster_dots: dict[str, int] = {}
        self.texts = RowTexts()
        self._swatches = {color: swatch(color, 12) for color in NoteColor}
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("BoardListPanel", "Board"),
                QCoreApplication.translate("BoardListPanel", "Dots"),
            ]
        )

    def rebuild(self) -> None:
        """Every row anew, from the document as it is."""
        self.removeRows(0, self.rowCount())
        self.rows.clear()
        self.dot_cells.clear()
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
            self.appendRow(row)
        self._fill_groups()

    def count_text(self) -> str:
        """How many notes, in how many clusters."""
        notes = sum(1 for n in self.doc.notes.values() if n.kind is NoteKind.NOTE)
        return self.texts.count(notes, len(self.doc.clusters))

    def _new_row(self, record_id: str, kind: str) -> list[QStandardItem]:
        first, dots = QStandardItem(), QStandardItem()
        for item in (first, dots):
            item.setEditable(False)
            item.setDragEnabled(False)
            item.setDropEnabled(False)
            item.setData(record_id, ID_ROLE)
            item.setData(kind, KIND_ROLE)
        dots.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rows[record_id] = first
        self.dot_cells[record_id] = dots
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
        texts = self.texts
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
        texts = self.texts
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
        caption = photo.caption or self.texts.no_caption
        item.setText(caption)
        item.setIcon(icon("photo"))
        self._say(item, self.texts.photo.replace("%1", caption), 0)

    def _fill_groups(self) -> None:
        texts = self.texts
        loose = self.rows[LOOSE]
        count = loose.rowCount()
        loose.setText(f"{texts.loose} ({count})")
        self._say(loose, f"{texts.loose}, {texts.notes(count)}", 0)
        photos = self.rows[PHOTOS]
        count = photos.rowCount()
        photos.setText(f"{texts.photos} ({count})")
        self._say(photos, f"{texts.photos}, {texts.photo_count(count)}", 0)

    def _say(self, item: QStandardItem, words: str, dots: int) -> None:
        item.setData(words, Qt.ItemDataRole.AccessibleTextRole)
        cell = self.dot_cells.get(str(item.data(ID_ROLE)))
        if cell is not None:
            cell.setText(str(dots) if dots else "")
            cell.setData(words, Qt.ItemDataRole.AccessibleTextRole)

    def _count_dots(self) -> None:
        shown = self.doc.shown_round()
        if shown is None:
            self._note_dots, self._cluster_dots = {}, {}
        else:
            self._note_dots, self._cluster_dots = self.doc.dots_on(shown.id)

    # --- following the document -----------------------------------------------------------
    def follow(self, edit: BoardEdit) -> bool:
        """Update the rows of the records in the edit; True when rows came or went."""
        doc = self.doc
        moved = False
        counts: set[str] = set()  # clusters whose number of notes may have changed
        renamed: set[str] = set()
        changes = [(b, a) for b, a in edit.changes if isinstance(a or b, Cluster)]
        for before, after in changes:  # new clusters first, so that notes find them
            if isinstance(after, Cluster):
                if after.id in self.rows:
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
            row = self.rows.get(cluster_id)
            cluster = doc.clusters.get(cluster_id)
            if row is not None and cluster is not None:
                self._fill_cluster(row, cluster, row.rowCount())
        for cluster_id in renamed:  # each note's words name its cluster
            row = self.rows.get(cluster_id)
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
        row = self.rows.get(note_id)
        if after is None or note_id not in self.doc.notes:
            if row is not None:
                counts.add(str(row.parent().data(ID_ROLE)))
                self._take(row)
                self._forget(note_id)
                return True
            return False
        note = self.doc.notes[note_id]
        parent_id = note.cluster_id if note.cluster_id in self.rows else LOOSE
        parent = self.rows[parent_id]
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
            self.rows[note_id] = taken[0]
            self._fill_note(taken[0], note, cluster)
            self._insert_sorted(parent, taken, note)
            return True
        self._fill_note(row, note, cluster)
        return False

    def _forget(self, record_id: str) -> None:
        self.rows.pop(record_id, None)
        self.dot_cells.pop(record_id, None)

    def _take(self, row: QStandardItem) -> list[QStandardItem]:
        parent = row.parent() or self.invisibleRootItem()
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
            other = self.record(str(parent.child(middle, 0).data(ID_ROLE)))
            if other is not None and reading_order(other) > key:
                high = middle
            else:
                low = middle + 1
        parent.insertRow(low, row)

    def record(self, record_id: str) -> BoardRecord | None:
        doc = self.doc
        return doc.notes.get(record_id) or doc.clusters.get(record_id) or doc.photos.get(record_id)

    def _insert_cluster(self, cluster: Cluster) -> None:
        row = self._new_row(cluster.id, "cluster")
        self._fill_cluster(row[0], cluster, 0)
        root = self.invisibleRootItem()
        position = self.rows[LOOSE].row()
        for i in range(position):
            other = self.doc.clusters.get(str(root.child(i, 0).data(ID_ROLE)))
            if other is not None and reading_order(other) > reading_order(cluster):
                position = i
                break
        root.insertRow(position, row)
        self.cluster_inserted.emit(cluster.id)

    def _remove_cluster(self, cluster_id: str) -> None:
        row = self.rows.get(cluster_id)
        self._forget(cluster_id)
        if row is None:
            return
        loose = self.rows[LOOSE]
        while row.rowCount():  # notes the edit left in it go loose (the board does so too)
            taken = row.takeRow(0)
            note = self.doc.notes.get(str(taken[0].data(ID_ROLE)))
            if note is None:
                self._forget(str(taken[0].data(ID_ROLE)))
                continue
            self._fill_note(taken[0], note, None)
            self._insert_sorted(loose, taken, note)
        self.invisibleRootItem().removeRow(row.row())

    def _photo_changed(self, before: Photo | None, after: Photo | None) -> bool:
        photo_id = (after or before).id  # type: ignore[union-attr]
        row = self.rows.get(photo_id)
        photo = self.doc.photos.get(photo_id)
        if photo is None:
            if row is not None:
                self._take(row)
                self._forget(photo_id)
                return True
            return False
        if row is None:
            new = self._new_row(photo_id, "photo")
            self._fill_photo(new[0], photo)
            self._insert_sorted(self.rows[PHOTOS], new, photo)
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
            row = self.rows.get(note_id)
            note = self.doc.notes.get(note_id)
            if row is not None and note is not None:
                self._fill_note(row, note, self.doc.clusters.get(note.cluster_id or ""))
        return {
            i
            for i in old_clusters.keys() | self._cluster_dots.keys()
            if old_clusters.get(i) != self._cluster_dots.get(i)
        }


class RowTexts:
    """The words of the rows, translated once (thousands of rows use them); the context is
    the panel's, whose words they are."""

    def __init__(self) -> None:
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
