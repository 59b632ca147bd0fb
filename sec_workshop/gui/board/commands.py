"""Undo commands of the sticky-note board: one class per user intent. Each one asks the
``BoardDocument`` for an edit (saved in one transaction): either records to write as they
are, or an intent that the service decides (where a dropped note goes, whether a dot is
left). The command keeps the edit the service returned, so undo brings back exactly the
records that were there, and redo does the same edit again."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from sec_workshop.domain.board import (
    BoardEdit,
    BoardRecord,
    Cluster,
    Note,
    NoteLink,
    Photo,
    VoteRound,
)
from sec_workshop.domain.enums import NoteColor, NoteKind
from sec_workshop.exchange.notes_file import ImportedNote
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.services.board_editing import Edge


class BoardEditCommand(EditCommand):
    """Upserts and deletes on one board, or an ``intent`` of the document that decides them;
    the base of every board command."""

    def __init__(
        self,
        doc: BoardDocument,
        text: str,
        upserts: Sequence[BoardRecord] = (),
        deletes: Sequence[BoardRecord] = (),
        intent: Callable[[], BoardEdit] | None = None,
        merge_key: Hashable | None = None,
    ) -> None:
        records, gone = list(upserts), list(deletes)
        super().__init__(
            doc, text, intent or (lambda: doc.apply(records, gone)), merge_key=merge_key
        )


class AddNotesCommand(BoardEditCommand):
    """New notes or labels; the service puts each in the cluster it lands on."""

    def __init__(self, doc: BoardDocument, notes: Sequence[Note]) -> None:
        n = len(notes)
        text = (
            QCoreApplication.translate("BoardCommands", "Add %n label(s)", None, n)
            if all(note.kind is NoteKind.LABEL for note in notes)
            else QCoreApplication.translate("BoardCommands", "Add %n note(s)", None, n)
        )
        notes = list(notes)
        super().__init__(doc, text, intent=lambda: doc.add_notes(notes))


class EditNoteTextCommand(BoardEditCommand):
    """Typing in one note: every keystroke is saved, and one undo step undoes the typing."""

    def __init__(self, doc: BoardDocument, note: Note, text: str, typing: int = 0) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Edit note"),
            upserts=[replace(note, text=text)],
            merge_key=("note text", note.id, typing),
        )
        self.note_id = note.id
        self.typing = typing


class MoveItemsCommand(BoardEditCommand):
    """Notes, clusters (with their notes) and photos dragged or nudged to new places (record
    id: top-left); the service decides which cluster a dropped note is in."""

    def __init__(
        self,
        doc: BoardDocument,
        positions: Mapping[str, tuple[float, float]],
        nudge: bool = False,
    ) -> None:
        places = dict(positions)
        n = len(places)  # a plain name: lupdate collects only such counts
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Move %n item(s)", None, n),
            intent=lambda: doc.move_items(places),
            # Nudging the same selection with the arrow keys is one undo step.
            merge_key=("nudge", frozenset(places)) if nudge else None,
        )


class ResizeItemCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, resized: BoardRecord) -> None:
        super().__init__(
            doc, QCoreApplication.translate("BoardCommands", "Resize"), upserts=[resized]
        )


class RecolorNotesCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, notes: Sequence[Note], color: NoteColor) -> None:
        count = len(notes)  # a plain name: lupdate collects only such counts
        super().__init__(
            doc,
            QCoreApplication.translate(
                "BoardCommands", "Change the colour of %n note(s)", None, count
            ),
            upserts=[replace(n, color=color) for n in notes],
        )


class SetFacilitatorOnlyCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, notes: Sequence[Note], hidden: bool) -> None:
        count = len(notes)
        text = (
            QCoreApplication.translate(
                "BoardCommands", "Hide %n note(s) from the projector", None, count
            )
            if hidden
            else QCoreApplication.translate(
                "BoardCommands", "Show %n note(s) on the projector", None, count
            )
        )
        super().__init__(doc, text, upserts=[replace(n, facilitator_only=hidden) for n in notes])


class DeleteItemsCommand(BoardEditCommand):
    """Notes go with their arrows and dots; a deleted cluster leaves its notes loose."""

    def __init__(self, doc: BoardDocument, records: Sequence[BoardRecord]) -> None:
        n = len(records)  # a plain name: lupdate collects only such counts
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Delete %n item(s)", None, n),
            deletes=records,
        )


class MakeClusterCommand(BoardEditCommand):
    """A new cluster of the given notes, laid out by the service."""

    def __init__(self, doc: BoardDocument, cluster: Cluster, note_ids: Sequence[str]) -> None:
        ids = list(note_ids)
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Make cluster “%1”").replace(
                "%1", cluster.title
            ),
            intent=lambda: doc.make_cluster(cluster, ids),
        )


class EditClusterTitleCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, cluster: Cluster, title: str, typing: int = 0) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Rename cluster"),
            upserts=[replace(cluster, title=title)],
            merge_key=("cluster title", cluster.id, typing),
        )
        self.cluster_id = cluster.id
        self.typing = typing


class ArrangeClusterCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, cluster: Cluster) -> None:
        cluster_id = cluster.id
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Arrange cluster “%1”").replace(
                "%1", cluster.title
            ),
            intent=lambda: doc.arrange_cluster(cluster_id),
        )


class ArrangeNotesCommand(BoardEditCommand):
    """Loose notes in a square grid from where the first of them is."""

    def __init__(self, doc: BoardDocument, note_ids: Sequence[str]) -> None:
        ids = list(note_ids)
        n = len(ids)  # a plain name: lupdate collects only such counts
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Arrange %n note(s)", None, n),
            intent=lambda: doc.arrange_notes(ids),
        )


class CollapseClusterCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, cluster: Cluster, collapsed: bool) -> None:
        text = (
            QCoreApplication.translate("BoardCommands", "Collapse cluster")
            if collapsed
            else QCoreApplication.translate("BoardCommands", "Expand cluster")
        )
        super().__init__(doc, text, upserts=[replace(cluster, collapsed=collapsed)])


class AlignNotesCommand(BoardEditCommand):
    """Notes lined up on their left or top edge."""

    def __init__(self, doc: BoardDocument, note_ids: Sequence[str], edge: Edge) -> None:
        ids = list(note_ids)
        n = len(ids)  # a plain name: lupdate collects only such counts
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Align %n item(s)", None, n),
            intent=lambda: doc.align_notes(ids, edge),
        )


class MoveToClusterCommand(BoardEditCommand):
    """Notes into a cluster, or out of their clusters (``None``), placed by the service."""

    def __init__(self, doc: BoardDocument, note_ids: Sequence[str], cluster_id: str | None) -> None:
        ids = list(note_ids)
        n = len(ids)  # a plain name: lupdate collects only such counts
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Move %n item(s)", None, n),
            intent=lambda: doc.move_to_cluster(ids, cluster_id),
        )


class AddLinkCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, link: NoteLink) -> None:
        super().__init__(
            doc, QCoreApplication.translate("BoardCommands", "Draw arrow"), upserts=[link]
        )


class AddPhotoCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, photo: Photo) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Add photo “%1”").replace(
                "%1", photo.caption
            ),
            [photo],
        )


class ImportNotesCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, notes: list[ImportedNote]) -> None:
        # The round that counted paper dots go to is named in the reader's language.
        tally_title = QCoreApplication.translate("BoardCommands", "Paper dots")
        n = len(notes)  # a plain name: lupdate collects only such counts
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Import %n note(s)", None, n),
            intent=lambda: doc.import_notes(notes, tally_title),
        )


# --- dot voting ---------------------------------------------------------------------------
class StartRoundCommand(BoardEditCommand):
    """A new voting round; the service ends a round still open (one open round at a time)."""

    def __init__(self, doc: BoardDocument, vote_round: VoteRound) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Start voting round “%1”").replace(
                "%1", vote_round.title
            ),
            intent=lambda: doc.start_round(vote_round),
        )


class PlaceDotCommand(BoardEditCommand):
    """One dot of a participant; the service refuses it when their dots are used up."""

    def __init__(
        self, doc: BoardDocument, round_id: str, target_id: str, participant: str = ""
    ) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Place a dot"),
            intent=lambda: doc.place_dot(round_id, target_id, participant),
        )
        self.participant = participant


class RemoveDotCommand(BoardEditCommand):
    def __init__(
        self, doc: BoardDocument, round_id: str, target_id: str, participant: str = ""
    ) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Remove a dot"),
            intent=lambda: doc.remove_dot(round_id, target_id, participant),
        )


class SetTallyCommand(BoardEditCommand):
    """The number of paper dots counted on a note or cluster (hybrid voting)."""

    def __init__(self, doc: BoardDocument, round_id: str, target_id: str, count: int) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Count paper dots"),
            intent=lambda: doc.set_tally(round_id, target_id, count),
        )


class EndRoundCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, vote_round: VoteRound) -> None:
        round_id = vote_round.id
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "End voting round “%1”").replace(
                "%1", vote_round.title
            ),
            intent=lambda: doc.end_round(round_id),
        )


class ResetRoundCommand(BoardEditCommand):
    """Take every dot of a round off the board; the round itself stays."""

    def __init__(self, doc: BoardDocument, vote_round: VoteRound) -> None:
        round_id = vote_round.id
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Reset voting round “%1”").replace(
                "%1", vote_round.title
            ),
            intent=lambda: doc.reset_round(round_id),
        )
