"""What the board editor's toolbar does to what is selected on the board: recolour, hide from
the room, delete, make a cluster, arrange, fold in or out, select a cluster's notes, align.
Each is one undo step (folding many clusters one macro), pushed through the editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QGraphicsItem

from sec_workshop.domain.board import BoardRecord, Cluster, Note
from sec_workshop.domain.enums import NoteColor, NoteKind
from sec_workshop.gui.board.commands import (
    AlignNotesCommand,
    ArrangeClusterCommand,
    ArrangeNotesCommand,
    CollapseClusterCommand,
    DeleteItemsCommand,
    MakeClusterCommand,
    RecolorNotesCommand,
    SetFacilitatorOnlyCommand,
)
from sec_workshop.gui.board.items import ClusterItem, LinkItem, NoteItem, PhotoItem
from sec_workshop.gui.board.view import BoardView
from sec_workshop.gui.common.commands import SafeCommand


class SelectionEdits(QObject):
    """The edits on the selection of one board; ``push`` is the editor's."""

    def __init__(
        self, view: BoardView, push: Callable[[SafeCommand], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.scene = view.board_scene
        self.doc = self.scene.doc
        self._push = push

    def notes(self) -> list[Note]:
        return [i.note for i in self.scene.selectedItems() if isinstance(i, NoteItem)]

    def clusters(self) -> list[Cluster]:
        return [i.cluster for i in self.scene.selectedItems() if isinstance(i, ClusterItem)]

    # --- notes ----------------------------------------------------------------------------
    def recolor(self, color: NoteColor) -> None:
        notes = [n for n in self.notes() if n.kind is NoteKind.NOTE]
        if notes:
            self._push(RecolorNotesCommand(self.doc, notes, color))

    def toggle_facilitator_only(self) -> None:
        notes = self.notes()
        if notes:
            hidden = not all(n.facilitator_only for n in notes)
            self._push(SetFacilitatorOnlyCommand(self.doc, notes, hidden))

    def delete(self) -> None:
        records: list[BoardRecord] = []
        for item in self.scene.selectedItems():
            if isinstance(item, NoteItem):
                records.append(item.note)
            elif isinstance(item, ClusterItem):
                records.append(item.cluster)
            elif isinstance(item, PhotoItem):
                records.append(item.photo)
            elif isinstance(item, LinkItem):
                records.append(item.link)
        if records:
            self.view.stop_editing()
            self._push(DeleteItemsCommand(self.doc, records))

    def select_all(self) -> None:
        self.scene.select_items(
            [
                item
                for item in self.scene.items()
                if item.isVisible() and isinstance(item, NoteItem | ClusterItem | PhotoItem)
            ]
        )

    def align_left(self) -> None:
        notes = self.notes()
        if len(notes) > 1:
            self._push(AlignNotesCommand(self.doc, [n.id for n in notes], "left"))

    def align_top(self) -> None:
        notes = self.notes()
        if len(notes) > 1:
            self._push(AlignNotesCommand(self.doc, [n.id for n in notes], "top"))

    # --- clusters -------------------------------------------------------------------------
    def make_cluster(self) -> None:
        """The selected notes into a new cluster, whose title is then typed."""
        notes = self.notes()
        if not notes:
            return
        number = len(self.doc.clusters) + 1
        cluster = Cluster(
            board_id=self.doc.board_id,
            title=QCoreApplication.translate("BoardEditorWidget", "Cluster %1").replace(
                "%1", str(number)
            ),
        )
        if self._push(MakeClusterCommand(self.doc, cluster, [n.id for n in notes])):
            self.scene.clearSelection()
            self.view.start_editing(cluster.id, select_all=True)

    def arrange(self) -> None:
        """One selected cluster's notes in rows, or the selected notes in a grid."""
        clusters = self.clusters()
        if len(clusters) == 1:
            if self.doc.members(clusters[0].id):
                self._push(ArrangeClusterCommand(self.doc, clusters[0]))
            return
        notes = self.notes()
        if len(notes) > 1:
            self._push(ArrangeNotesCommand(self.doc, [n.id for n in notes]))

    def toggle_collapsed(self) -> None:
        """Fold the selected clusters in, or out when all of them are folded in already."""
        clusters = self.clusters()
        if not clusters:
            return
        collapsed = not all(c.collapsed for c in clusters)
        self.doc.undo_stack.beginMacro(
            QCoreApplication.translate("BoardEditorWidget", "Collapse clusters")
            if collapsed
            else QCoreApplication.translate("BoardEditorWidget", "Expand clusters")
        )
        for cluster in clusters:
            self._push(CollapseClusterCommand(self.doc, cluster, collapsed))
        self.doc.undo_stack.endMacro()

    def select_members(self) -> None:
        members: list[QGraphicsItem] = []
        for cluster in self.clusters():
            for note in self.doc.members(cluster.id):
                item = self.scene.notes.get(note.id)
                if item is not None and item.isVisible():
                    members.append(item)
        self.scene.select_items(members)
