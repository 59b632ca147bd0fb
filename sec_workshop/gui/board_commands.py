"""Undo commands of the sticky-note board: one class per user intent. Each one asks the
``BoardDocument`` for an edit (saved in one transaction) and keeps what it changed, so undo
brings back exactly the records that were there, and redo does the same edit again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from sec_workshop.domain.board import (
    BoardEdit,
    BoardRecord,
    Cluster,
    Note,
    NoteLink,
    Photo,
    Vote,
    VoteRound,
)
from sec_workshop.domain.enums import NoteColor, VoteRoundStatus
from sec_workshop.exchange.notes_file import ImportedNote
from sec_workshop.gui.board_document import BoardDocument
from sec_workshop.gui.commands import SafeCommand

EDIT_NOTE_TEXT_ID = 4101  # typing in one note merges into one undo step
EDIT_CLUSTER_TITLE_ID = 4102
NUDGE_ID = 4103  # moving the selection with the arrow keys merges


class BoardEditCommand(SafeCommand):
    """Upserts and deletes on one board; the base of every board command."""

    def __init__(
        self,
        doc: BoardDocument,
        text: str,
        upserts: Sequence[BoardRecord] = (),
        deletes: Sequence[BoardRecord] = (),
    ) -> None:
        super().__init__(text)
        self._doc = doc
        # However it was pushed (a gesture, a key, a panel), a failure reaches the user.
        self.on_error = doc.error_raised.emit
        self._upserts = list(upserts)
        self._deletes = list(deletes)
        self.edit: BoardEdit | None = None

    def redo(self) -> None:
        def run() -> None:
            if self.edit is None:
                self.edit = self._first()
                if not self.edit:
                    self.setObsolete(True)  # nothing changed: not worth an undo step
            else:
                self._doc.replay(self.edit)

        self._guard(run)

    def _first(self) -> BoardEdit:
        return self._doc.apply(self._upserts, self._deletes)

    def undo(self) -> None:
        edit = self.edit
        if edit is not None:
            self._guard(lambda: self._doc.replay(edit.inverted()))

    def _merge_edit(self, other: BoardEditCommand) -> bool:
        if self.edit is None or other.edit is None:
            return False
        first: dict[str, BoardRecord | None] = {}
        last: dict[str, BoardRecord | None] = {}
        for before, after in (*self.edit.changes, *other.edit.changes):
            key = (before or after).id  # type: ignore[union-attr]
            first.setdefault(key, before)
            last[key] = after
        self.edit = BoardEdit(tuple((first[k], last[k]) for k in first))
        return True


class AddNotesCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, notes: Sequence[Note]) -> None:
        labels = all(n.kind.value == "label" for n in notes)
        text = (
            QCoreApplication.translate("BoardCommands", "Add %1 label(s)").replace(
                "%1", str(len(notes))
            )
            if labels
            else QCoreApplication.translate("BoardCommands", "Add %1 note(s)").replace(
                "%1", str(len(notes))
            )
        )
        super().__init__(doc, text, upserts=notes)


class EditNoteTextCommand(BoardEditCommand):
    """Typing in one note: every keystroke is saved, and one undo step undoes the typing."""

    def __init__(self, doc: BoardDocument, note: Note, text: str, typing: int = 0) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Edit note"),
            upserts=[replace(note, text=text)],
        )
        self.note_id = note.id
        self.typing = typing

    def id(self) -> int:
        return EDIT_NOTE_TEXT_ID

    def mergeWith(self, other: object) -> bool:
        if not isinstance(other, EditNoteTextCommand) or other.note_id != self.note_id:
            return False
        if other.typing != self.typing:
            return False
        return self._merge_edit(other)


class MoveItemsCommand(BoardEditCommand):
    """Notes, clusters (with their notes) and photos dragged or nudged; a note dropped on a
    cluster joins it, dragged out of one it leaves."""

    def __init__(
        self, doc: BoardDocument, moved: Sequence[BoardRecord], nudge: bool = False
    ) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Move %1 item(s)").replace(
                "%1", str(len(moved))
            ),
            upserts=moved,
        )
        self._nudge = nudge
        self._ids = frozenset(r.id for r in moved)

    def id(self) -> int:
        return NUDGE_ID if self._nudge else -1

    def mergeWith(self, other: object) -> bool:
        if not isinstance(other, MoveItemsCommand) or not other._nudge or not self._nudge:
            return False
        if other._ids != self._ids:
            return False
        return self._merge_edit(other)


class ResizeItemCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, resized: BoardRecord) -> None:
        super().__init__(
            doc, QCoreApplication.translate("BoardCommands", "Resize"), upserts=[resized]
        )


class RecolorNotesCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, notes: Sequence[Note], color: NoteColor) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Change colour of %1 note(s)").replace(
                "%1", str(len(notes))
            ),
            upserts=[replace(n, color=color) for n in notes],
        )


class SetFacilitatorOnlyCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, notes: Sequence[Note], hidden: bool) -> None:
        text = (
            QCoreApplication.translate(
                "BoardCommands", "Hide %1 note(s) from the projector"
            ).replace("%1", str(len(notes)))
            if hidden
            else QCoreApplication.translate(
                "BoardCommands", "Show %1 note(s) on the projector"
            ).replace("%1", str(len(notes)))
        )
        super().__init__(doc, text, upserts=[replace(n, facilitator_only=hidden) for n in notes])


class DeleteItemsCommand(BoardEditCommand):
    """Notes go with their arrows and dots; a deleted cluster leaves its notes loose."""

    def __init__(self, doc: BoardDocument, records: Sequence[BoardRecord]) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Delete %1 item(s)").replace(
                "%1", str(len(records))
            ),
            deletes=records,
        )


class MakeClusterCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, cluster: Cluster, notes: Sequence[Note]) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Make cluster “%1”").replace(
                "%1", cluster.title
            ),
            upserts=[cluster, *notes],
        )


class EditClusterTitleCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, cluster: Cluster, title: str, typing: int = 0) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Rename cluster"),
            upserts=[replace(cluster, title=title)],
        )
        self.cluster_id = cluster.id
        self.typing = typing

    def id(self) -> int:
        return EDIT_CLUSTER_TITLE_ID

    def mergeWith(self, other: object) -> bool:
        if not isinstance(other, EditClusterTitleCommand) or other.cluster_id != self.cluster_id:
            return False
        if other.typing != self.typing:
            return False
        return self._merge_edit(other)


class ArrangeClusterCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, cluster: Cluster, notes: Sequence[Note]) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Arrange cluster “%1”").replace(
                "%1", cluster.title
            ),
            [cluster, *notes],
        )


class CollapseClusterCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, cluster: Cluster, collapsed: bool) -> None:
        text = (
            QCoreApplication.translate("BoardCommands", "Collapse cluster")
            if collapsed
            else QCoreApplication.translate("BoardCommands", "Expand cluster")
        )
        super().__init__(doc, text, upserts=[replace(cluster, collapsed=collapsed)])


class AlignItemsCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, moved: Sequence[BoardRecord]) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Align %1 item(s)").replace(
                "%1", str(len(moved))
            ),
            upserts=moved,
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
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Import %1 note(s)").replace(
                "%1", str(len(notes))
            ),
        )
        self._imported = notes

    def _first(self) -> BoardEdit:
        return self._doc.import_notes(self._imported)


# --- dot voting ---------------------------------------------------------------------------
class StartRoundCommand(BoardEditCommand):
    """A new voting round; a round still open is closed first (one open round at a time)."""

    def __init__(self, doc: BoardDocument, vote_round: VoteRound) -> None:
        closing = [
            replace(r, status=VoteRoundStatus.CLOSED)
            for r in doc.rounds.values()
            if r.status is VoteRoundStatus.OPEN
        ]
        position = max((r.position for r in doc.rounds.values()), default=-1) + 1
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Start voting round “%1”").replace(
                "%1", vote_round.title
            ),
            upserts=[*closing, replace(vote_round, position=position)],
        )


class PlaceDotCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, vote: Vote) -> None:
        super().__init__(
            doc, QCoreApplication.translate("BoardCommands", "Place a dot"), upserts=[vote]
        )


class RemoveDotCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, vote: Vote) -> None:
        if vote.count > 1:
            super().__init__(
                doc,
                QCoreApplication.translate("BoardCommands", "Remove a dot"),
                upserts=[replace(vote, count=vote.count - 1)],
            )
        else:
            super().__init__(
                doc, QCoreApplication.translate("BoardCommands", "Remove a dot"), deletes=[vote]
            )


class SetTallyCommand(BoardEditCommand):
    """The number of paper dots counted on a note or cluster (hybrid voting)."""

    def __init__(
        self,
        doc: BoardDocument,
        round_id: str,
        target: Note | Cluster,
        count: int,
        participant: str,
    ) -> None:
        existing = [
            v
            for v in doc.votes.values()
            if v.round_id == round_id
            and v.participant == participant
            and (v.note_id if isinstance(target, Note) else v.cluster_id) == target.id
        ]
        upserts: list[BoardRecord] = []
        deletes: list[BoardRecord] = list(existing[1:])
        if count > 0 and existing:
            upserts.append(replace(existing[0], count=count))
        elif count > 0:
            upserts.append(
                Vote(
                    round_id=round_id,
                    note_id=target.id if isinstance(target, Note) else None,
                    cluster_id=target.id if isinstance(target, Cluster) else None,
                    participant=participant,
                    count=count,
                )
            )
        elif existing:
            deletes.append(existing[0])
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Count paper dots"),
            upserts=upserts,
            deletes=deletes,
        )


class EndRoundCommand(BoardEditCommand):
    def __init__(self, doc: BoardDocument, vote_round: VoteRound) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "End voting round “%1”").replace(
                "%1", vote_round.title
            ),
            upserts=[replace(vote_round, status=VoteRoundStatus.CLOSED)],
        )


class ResetRoundCommand(BoardEditCommand):
    """Take every dot of a round off the board; the round itself stays."""

    def __init__(self, doc: BoardDocument, vote_round: VoteRound) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("BoardCommands", "Reset voting round “%1”").replace(
                "%1", vote_round.title
            ),
            deletes=doc.votes_in(vote_round.id),
        )
