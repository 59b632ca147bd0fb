"""The sticky-note board as a scene: items for what the ``BoardDocument`` holds, kept in step
with its ``changed`` signal; the overview far out; what the projector's audience sees. Its
mouse gestures (``gestures``) end in a request (a signal with ids and domain values); the
editor that owns the document turns it into one undo command."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QWidget,
)

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.board import (
    BoardEdit,
    BoardRecord,
    Cluster,
    Note,
    NoteLink,
    Photo,
    Vote,
    VoteRound,
    Zone,
)
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.board.gestures import BoardGestures
from sec_workshop.gui.board.items import (
    OVERVIEW_ZOOM,
    Audience,
    ClusterItem,
    LinkItem,
    NoteItem,
    OverviewItem,
    PhotoItem,
    board_font,
)

GRID = 20.0
MARGIN = 1200.0  # room around the content to pan into: the board has no edge
BACKGROUND = QColor("#F4F1EA")
BOARD_AREA = QColor("#FBFAF6")
ZONE_TITLE = QColor(38, 50, 56, 150)
ZONE_TITLE_PIXELS = 44
OPEN_MARGIN = 30.0  # scene pixels around what a board opens on

Mode = Literal["select", "connect", "vote"]


class BoardScene(QGraphicsScene):
    note_requested = Signal(QPointF)  # a double-click on the empty board
    edit_requested = Signal(str)  # a note's or cluster's id (double-click)
    dot_requested = Signal(str, bool)  # note or cluster id; True: place, False: take off
    move_requested = Signal(object)  # {record id: (x, y)} after a drag
    resize_requested = Signal(object)  # the note, cluster or photo at its new size
    link_requested = Signal(str, str)  # an arrow from one note's id to another's

    def __init__(self, doc: BoardDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.mode: Mode = "select"
        self.snap = False
        self.filter_ids: set[str] | None = None  # shown at full strength; others dimmed
        self.match_ids: set[str] = set()
        self.untitled_text = "…"
        self._audiences: dict[object, Audience] = {}
        self.notes: dict[str, NoteItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.photos: dict[str, PhotoItem] = {}
        self._links_of: dict[str, set[str]] = {}
        self._members: dict[str, set[str]] = {}
        self._gestures = BoardGestures(self)
        self._overview = OverviewItem(self)
        self._overview.setVisible(False)
        self.addItem(self._overview)
        self._zooms: dict[QGraphicsView, float] = {}
        self._uncached_selected: set[NoteItem] = set()
        self.selectionChanged.connect(self._on_selection_changed)
        self._overview_suspended = False
        self.setBackgroundBrush(BACKGROUND)
        self._build()
        doc.changed.connect(self._on_doc_changed)

    # --- building and following the document ----------------------------------------------
    def _build(self) -> None:
        doc = self.doc
        for photo in doc.photos.values():
            self._add_photo(photo)
        for cluster in doc.clusters.values():
            self._add_cluster(cluster)
        for note in doc.notes.values():
            self._add_note(note)
        for link in doc.links.values():
            self._add_link(link)
        for cluster_id in self.clusters:
            self._refresh_cluster(cluster_id)
        self._refresh_dots()
        self._overview.invalidate()
        self._grow_scene_rect()

    def _add_note(self, note: Note) -> None:
        item = NoteItem(self, note)
        self.notes[note.id] = item
        if note.cluster_id is not None:
            self._members.setdefault(note.cluster_id, set()).add(note.id)
        item.setVisible(not self._overview.isVisible())
        self.addItem(item)

    def _add_cluster(self, cluster: Cluster) -> None:
        item = ClusterItem(self, cluster)
        self.clusters[cluster.id] = item
        self.addItem(item)

    def _add_photo(self, photo: Photo) -> None:
        item = PhotoItem(self, photo)
        self.photos[photo.id] = item
        self.addItem(item)

    def _add_link(self, link: NoteLink) -> None:
        source, target = self.notes.get(link.from_note_id), self.notes.get(link.to_note_id)
        if source is None or target is None:
            return
        item = LinkItem(link, source, target)
        self.links[link.id] = item
        self._links_of.setdefault(link.from_note_id, set()).add(link.id)
        self._links_of.setdefault(link.to_note_id, set()).add(link.id)
        self.addItem(item)

    def _on_doc_changed(self, edit: BoardEdit) -> None:
        touched_clusters: set[str] = set()
        moved_notes: set[str] = set()
        votes_changed = False
        # Clusters and notes first, so that arrows find their ends.
        for before, after in sorted(edit.changes, key=_link_last):
            record = after if after is not None else before
            if isinstance(record, Note):
                self._note_changed(before, after, touched_clusters)  # type: ignore[arg-type]
                moved_notes.add(record.id)
            elif isinstance(record, Cluster):
                self._cluster_changed(after)  # type: ignore[arg-type]
                touched_clusters.add(record.id)
            elif isinstance(record, NoteLink):
                self._link_changed(before, after)  # type: ignore[arg-type]
            elif isinstance(record, Photo):
                self._photo_changed(after)  # type: ignore[arg-type]
            elif isinstance(record, Vote | VoteRound):
                votes_changed = True
        for note_id in moved_notes:
            self.update_links_of(note_id)
        for cluster_id in touched_clusters:
            self._refresh_cluster(cluster_id)
        if votes_changed or touched_clusters:
            self._refresh_dots()
        if moved_notes or votes_changed or touched_clusters:
            self._overview.invalidate()
        self._grow_scene_rect(_area_of(edit))

    def _note_changed(self, before: Note | None, after: Note | None, clusters: set[str]) -> None:
        note_id = (after or before).id  # type: ignore[union-attr]
        item = self.notes.get(note_id)
        old_cluster = item.note.cluster_id if item is not None else None
        if after is None:
            if item is not None:
                self.removeItem(item)
                del self.notes[note_id]
        elif item is None:
            self._add_note(after)
        else:
            item.set_note(after)
        new_cluster = after.cluster_id if after is not None else None
        if after is not None and (old_cluster != new_cluster or item is None):
            # A note that leaves a collapsed cluster shows again; one that joins it hides.
            cluster = self.doc.clusters.get(new_cluster) if new_cluster else None
            collapsed = cluster is not None and cluster.collapsed
            self.notes[note_id].setVisible(not collapsed and not self._overview.isVisible())
        if old_cluster != new_cluster or after is None:
            if old_cluster is not None:
                self._members.get(old_cluster, set()).discard(note_id)
                clusters.add(old_cluster)
            if new_cluster is not None and after is not None:
                self._members.setdefault(new_cluster, set()).add(note_id)
                clusters.add(new_cluster)

    def _cluster_changed(self, after: Cluster | None) -> None:
        if after is None:
            return  # removed in _refresh_cluster once its notes are settled
        item = self.clusters.get(after.id)
        if item is None:
            self._add_cluster(after)
        else:
            item.set_cluster(after)

    def _link_changed(self, before: NoteLink | None, after: NoteLink | None) -> None:
        link_id = (after or before).id  # type: ignore[union-attr]
        item = self.links.pop(link_id, None)
        if item is not None:
            self.removeItem(item)
            for end in (item.link.from_note_id, item.link.to_note_id):
                self._links_of.get(end, set()).discard(link_id)
        if after is not None:
            self._add_link(after)

    def _photo_changed(self, after: Photo | None) -> None:
        if after is None:
            for photo_id in [p for p in self.photos if p not in self.doc.photos]:
                self.removeItem(self.photos.pop(photo_id))
            return
        item = self.photos.get(after.id)
        if item is None:
            self._add_photo(after)
        else:
            item.set_photo(after)

    def _refresh_cluster(self, cluster_id: str) -> None:
        item = self.clusters.get(cluster_id)
        cluster = self.doc.clusters.get(cluster_id)
        if cluster is None:
            if item is not None:
                self.removeItem(item)
                del self.clusters[cluster_id]
            self._members.pop(cluster_id, None)
            return
        if item is None:
            return
        members = self._members.get(cluster_id, set())
        item.member_count = len(members)
        overview = self._overview.isVisible()
        for note_id in members:
            note_item = self.notes.get(note_id)
            if note_item is not None:
                note_item.setVisible(not cluster.collapsed and not overview)
        item.update()

    def _refresh_dots(self) -> None:
        """Dots of the round the board shows (the open one, or the last one)."""
        for cluster_item in self.clusters.values():
            if cluster_item.dot_total:
                cluster_item.dot_total = 0
                cluster_item.update()
        shown = self.doc.shown_round()
        per_note: dict[str, dict[int, int]] = {}
        votes = [] if shown is None else self.doc.votes_in(shown.id)
        order = {} if shown is None else {p.casefold(): i for i, p in enumerate(shown.participants)}
        for vote in votes:
            index = order.get(vote.participant.casefold(), -1)
            if vote.note_id is not None and vote.note_id in self.notes:
                counts = per_note.setdefault(vote.note_id, {})
                counts[index] = counts.get(index, 0) + vote.count
            elif vote.cluster_id is not None and vote.cluster_id in self.clusters:
                self.clusters[vote.cluster_id].dot_total += vote.count
        fresh = {note_id: sorted(counts.items()) for note_id, counts in per_note.items()}
        for note_id, item in self.notes.items():
            dots = fresh.get(note_id, [])
            if dots != item.dots:
                item.set_dots(dots)
        for cluster_item in self.clusters.values():
            if cluster_item.dot_total:
                cluster_item.update()

    def update_links_of(self, note_id: str) -> None:
        for link_id in self._links_of.get(note_id, ()):
            link = self.links.get(link_id)
            if link is not None:
                link.update_line()

    def _grow_scene_rect(self, changed: QRectF | None = None) -> None:
        """The board has no edge: the scene reaches a margin beyond what is on it. It only
        grows (``changed``: where an edit put things), so the view never jumps."""
        if changed is None:
            content = self.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
            template = self.doc.template
            if template is not None:
                content = content.united(
                    QRectF(0, 0, template.width, template.height).adjusted(
                        -MARGIN, -MARGIN, MARGIN, MARGIN
                    )
                )
        else:
            content = self.sceneRect()
            if content.contains(changed):
                return
            content = content.united(changed.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if content != self.sceneRect():
            self.setSceneRect(content)

    def member_ids(self, cluster_id: str) -> set[str]:
        """The notes in a cluster (kept up to date as notes join and leave)."""
        return self._members.get(cluster_id, set())

    def notes_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.notes.values():
            note = item.note
            rect = rect.united(QRectF(note.x, note.y, note.width, note.height))
        return rect

    # --- the overview of a whole board ----------------------------------------------------
    def track_view(self, view: QGraphicsView, zoom: float) -> None:
        """A view tells its zoom; the overview shows while every view is zoomed far out."""
        self._zooms[view] = zoom
        self._update_overview()

    def forget_view(self, view: QGraphicsView) -> None:
        self._zooms.pop(view, None)
        self._update_overview()

    def suspend_overview(self, suspended: bool) -> None:
        """Off while exporting an image: its own scale decides what is drawn."""
        self._overview_suspended = suspended
        self._update_overview()

    def overview_shown(self) -> bool:
        return self._overview.isVisible()

    def _update_overview(self) -> None:
        on = (
            not self._overview_suspended
            and bool(self._zooms)
            and all(z < OVERVIEW_ZOOM for z in self._zooms.values())
        )
        if on != self._overview.isVisible():
            self._overview.setVisible(on)
            self._show_notes()
            self._overview.invalidate()  # after showing it, so its bounds are made now

    def _show_notes(self) -> None:
        """Notes show unless the overview stands in for them or their cluster is collapsed."""
        overview = self._overview.isVisible()
        collapsed = {c.id for c in self.doc.clusters.values() if c.collapsed}
        for item in self.notes.values():
            item.setVisible(not overview and item.note.cluster_id not in collapsed)

    def refresh_filter(self) -> None:
        """Search or colour filter changed: notes and the overview draw it anew."""
        self._overview.invalidate()
        self.update()

    def content_rect(self) -> QRectF:
        """What there is to see: the template's area and everything on the board."""
        rect = self.itemsBoundingRect()
        template = self.doc.template
        if template is not None and template.width > 0:
            rect = rect.united(QRectF(0, 0, template.width, template.height))
        return rect.adjusted(-40, -40, 40, 40) if not rect.isEmpty() else QRectF(0, 0, 1600, 900)

    def opening_rect(self) -> QRectF:
        """What a board opens on: everything on it and the titles of its template's zones,
        without the empty rest of the template (drawn far larger than most boards fill)."""
        rect = self.itemsBoundingRect()
        template = self.doc.template
        if template is not None:
            for zone in template.zones:
                rect = rect.united(zone_title_rect(zone))
        if rect.isEmpty():
            return self.content_rect()
        return rect.adjusted(-OPEN_MARGIN, -OPEN_MARGIN, OPEN_MARGIN, OPEN_MARGIN)

    # --- audiences (the projector) --------------------------------------------------------
    def add_audience(self, viewport: QWidget, audience: Audience) -> None:
        self._audiences[viewport] = audience
        self.refresh_caches()

    def remove_audience(self, viewport: QWidget) -> None:
        self._audiences.pop(viewport, None)
        self.refresh_caches()

    def same_for_all_views(self) -> bool:
        """Whether a note looks alike in every view: not so with a high-contrast projector."""
        return not any(a.high_contrast for a in self._audiences.values())

    def refresh_caches(self) -> None:
        """A cached note is drawn once for all views alike; notes that look different on the
        projector (hidden, selected, high contrast) are drawn for each view instead."""
        for item in self.notes.values():
            item.refresh_cache()
        self.update()

    def select_items(self, items: list[QGraphicsItem], clear: bool = False) -> None:
        """Select many items with one ``selectionChanged`` (item by item, every listener
        would look at the whole selection once per item: slow with thousands of notes)."""
        self.blockSignals(True)
        try:
            if clear:
                self.clearSelection()
            for item in items:
                item.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    def _on_selection_changed(self) -> None:
        selected = {i for i in self.selectedItems() if isinstance(i, NoteItem)}
        for item in self._uncached_selected - selected:
            item.refresh_cache()
        for item in selected:
            item.refresh_cache()
        self._uncached_selected = selected

    def audience_of(self, widget: QWidget | None) -> Audience | None:
        if widget is None or not self._audiences:
            return None
        return self._audiences.get(widget)

    def photo_bytes(self, photo_id: str) -> bytes:
        try:
            return self.doc.workspace.boards.photo_data(photo_id)
        except DomainError:  # a photo deleted meanwhile draws as an empty frame
            return b""

    # --- background: the template's zones -------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        painter.fillRect(rect, BACKGROUND)
        template = self.doc.template
        if template is None:
            return
        painter.fillRect(QRectF(0, 0, template.width, template.height), BOARD_AREA)
        lod = painter.worldTransform().m11()
        for zone in template.zones:
            area = QRectF(zone.x, zone.y, zone.width, zone.height)
            if not area.intersects(rect):
                continue
            painter.fillRect(area, QColor(zone.color))
            painter.setPen(QPen(QColor(0, 0, 0, 30), 2))
            painter.drawRect(area)
            if lod * ZONE_TITLE_PIXELS >= 4:
                painter.setPen(ZONE_TITLE)
                painter.setFont(board_font(ZONE_TITLE_PIXELS, bold=True))
                painter.drawText(_zone_text_area(zone), _ZONE_TITLE_FLAGS, zone.title)

    # --- gestures: the mouse events go to ``BoardGestures`` first -------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._gestures.press(event):
            super().mousePressEvent(event)
            self._gestures.after_press(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._gestures.move(event):
            super().mouseMoveEvent(event)
            self._gestures.after_move()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._gestures.release(event):
            super().mouseReleaseEvent(event)
            self._gestures.after_release()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._gestures.double_click(event)

    def snapped(self, value: float) -> float:
        return round(value / GRID) * GRID if self.snap else value

    def resync(self, ids: list[str]) -> None:
        """Items show what the document holds (after a gesture, whatever became of its
        request)."""
        for record_id in ids:
            if record_id in self.notes and record_id in self.doc.notes:
                self.notes[record_id].set_note(self.doc.notes[record_id])
                self.update_links_of(record_id)
            elif record_id in self.clusters and record_id in self.doc.clusters:
                self.clusters[record_id].set_cluster(self.doc.clusters[record_id])
            elif record_id in self.photos and record_id in self.doc.photos:
                self.photos[record_id].set_photo(self.doc.photos[record_id])


_ZONE_TITLE_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
    Qt.TextFlag.TextWordWrap
)


def _zone_text_area(zone: Zone) -> QRectF:
    return QRectF(zone.x, zone.y, zone.width, zone.height).adjusted(24, 16, -24, -16)


def zone_title_rect(zone: Zone) -> QRectF:
    """Where a zone's title is drawn on the board."""
    metrics = QFontMetricsF(board_font(ZONE_TITLE_PIXELS, bold=True))
    return metrics.boundingRect(_zone_text_area(zone), _ZONE_TITLE_FLAGS, zone.title)


def _area_of(edit: BoardEdit) -> QRectF:
    """Where the records of an edit now lie on the board."""
    area = QRectF()
    for _, after in edit.changes:
        if isinstance(after, Note | Cluster):
            area = area.united(QRectF(after.x, after.y, after.width, after.height))
        elif isinstance(after, Photo):
            size = QSizeF(after.width_px, after.height_px) * after.scale
            area = area.united(QRectF(QPointF(after.x, after.y), size))
    return area


def _link_last(change: tuple[BoardRecord | None, BoardRecord | None]) -> int:
    record = change[1] if change[1] is not None else change[0]
    if isinstance(record, Cluster):
        return 0
    if isinstance(record, Note | Photo):
        return 1
    return 2
