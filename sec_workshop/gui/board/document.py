"""A board opened for editing: its notes, clusters, arrows, photos and votes in memory, one
undo stack, and one signal that tells the scene and the list exactly what changed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from sec_workshop.domain.board import (
    Board,
    BoardEdit,
    BoardRecord,
    BoardTemplate,
    Cluster,
    Note,
    NoteLink,
    Photo,
    Vote,
    VoteRound,
    dots_left,
    next_with_dots,
)
from sec_workshop.domain.enums import NoteKind, VoteRoundStatus
from sec_workshop.exchange.notes_file import ImportedNote
from sec_workshop.gui.common.document import Document
from sec_workshop.services.board_editing import BoardEditService, Edge
from sec_workshop.services.workspace import Workspace


class BoardDocument(Document):
    """Every change goes through ``BoardEditService`` (one transaction) and then updates this
    copy and emits ``changed`` with the edit (each touched record before and after)."""

    changed = Signal(object)  # BoardEdit
    board_renamed = Signal(str)

    def __init__(self, workspace: Workspace, board_id: str, parent: QObject | None = None) -> None:
        super().__init__(workspace, parent)
        content = workspace.boards.content(board_id)
        self.board: Board = content.board
        self.notes: dict[str, Note] = {n.id: n for n in content.notes}
        self.clusters: dict[str, Cluster] = {c.id: c for c in content.clusters}
        self.links: dict[str, NoteLink] = {x.id: x for x in content.links}
        self.photos: dict[str, Photo] = {p.id: p for p in content.photos}
        self.rounds: dict[str, VoteRound] = {r.id: r for r in content.vote_rounds}
        self.votes: dict[str, Vote] = {v.id: v for v in content.votes}
        # Each kind of record to the dict that holds it (the dicts are the same objects).
        self._stores: dict[type, dict[str, Any]] = {
            Note: self.notes,
            Cluster: self.clusters,
            NoteLink: self.links,
            Photo: self.photos,
            VoteRound: self.rounds,
            Vote: self.votes,
        }
        templates = {t.key: t for t in workspace.library.board_templates()}
        self.template: BoardTemplate | None = templates.get(self.board.template_key)

    @property
    def board_id(self) -> str:
        return self.board.id

    # --- changing (called by undo commands) ----------------------------------------------
    def apply(
        self, upserts: Sequence[BoardRecord] = (), deletes: Sequence[BoardRecord] = ()
    ) -> BoardEdit:
        edit = self.workspace.board_editing.apply(self.board.id, upserts, deletes)
        self._take(edit)
        return edit

    def replay(self, edit: BoardEdit) -> BoardEdit:
        done = self.workspace.board_editing.replay(self.board.id, edit)
        self._take(done)
        return done

    def import_notes(self, imported: list[ImportedNote], tally_title: str) -> BoardEdit:
        return self._ask(self._service.import_notes, imported, tally_title)

    # --- intents: the service decides, the document takes what it did ---------------------
    def add_notes(self, notes: Sequence[Note]) -> BoardEdit:
        return self._ask(self._service.add_notes, notes)

    def move_items(self, positions: Mapping[str, tuple[float, float]]) -> BoardEdit:
        return self._ask(self._service.move_items, positions)

    def make_cluster(self, cluster: Cluster, note_ids: Sequence[str]) -> BoardEdit:
        return self._ask(self._service.make_cluster, cluster, note_ids)

    def arrange_cluster(self, cluster_id: str) -> BoardEdit:
        return self._ask(self._service.arrange_cluster, cluster_id)

    def arrange_notes(self, note_ids: Sequence[str]) -> BoardEdit:
        return self._ask(self._service.arrange_notes, note_ids)

    def align_notes(self, note_ids: Sequence[str], edge: Edge) -> BoardEdit:
        return self._ask(self._service.align_notes, note_ids, edge)

    def move_to_cluster(self, note_ids: Sequence[str], cluster_id: str | None) -> BoardEdit:
        return self._ask(self._service.move_to_cluster, note_ids, cluster_id)

    def start_round(self, vote_round: VoteRound) -> BoardEdit:
        return self._ask(self._service.start_round, vote_round)

    def end_round(self, round_id: str) -> BoardEdit:
        return self._ask(self._service.end_round, round_id)

    def reset_round(self, round_id: str) -> BoardEdit:
        return self._ask(self._service.reset_round, round_id)

    def place_dot(self, round_id: str, target_id: str, participant: str) -> BoardEdit:
        return self._ask(self._service.place_dot, round_id, target_id, participant)

    def remove_dot(self, round_id: str, target_id: str, participant: str) -> BoardEdit:
        return self._ask(self._service.remove_dot, round_id, target_id, participant)

    def set_tally(self, round_id: str, target_id: str, count: int) -> BoardEdit:
        return self._ask(self._service.set_tally, round_id, target_id, count)

    @property
    def _service(self) -> BoardEditService:
        return self.workspace.board_editing

    def _ask(self, intent: Callable[..., BoardEdit], *args: Any) -> BoardEdit:
        edit = intent(self.board.id, *args)
        self._take(edit)
        return edit

    def rename(self, title: str) -> None:
        self.board = self.workspace.board_editing.rename_board(self.board.id, title)
        self.board_renamed.emit(self.board.title)

    def _take(self, edit: BoardEdit) -> None:
        for before, after in edit.changes:
            if after is not None:
                if isinstance(after, Photo) and after.data:
                    after = replace(after, data=b"")  # bytes stay in the database
                self._stores[type(after)][after.id] = after
            elif before is not None:
                self._stores[type(before)].pop(before.id, None)
        if edit:
            self.changed.emit(edit)

    # --- reading -------------------------------------------------------------------------
    def members(self, cluster_id: str) -> list[Note]:
        return [n for n in self.notes.values() if n.cluster_id == cluster_id]

    def top_z(self) -> float:
        return max((n.z for n in self.notes.values()), default=0.0)

    def active_round(self) -> VoteRound | None:
        """The open dot-voting round, if any (the newest one when several are open)."""
        open_rounds = [r for r in self.rounds.values() if r.status is VoteRoundStatus.OPEN]
        return max(open_rounds, key=lambda r: r.position, default=None)

    def shown_round(self) -> VoteRound | None:
        """The round whose dots the board shows: the open one, else the newest closed one."""
        active = self.active_round()
        if active is not None:
            return active
        return max(self.rounds.values(), key=lambda r: r.position, default=None)

    def votes_in(self, round_id: str) -> list[Vote]:
        return [v for v in self.votes.values() if v.round_id == round_id]

    def dots_on(self, round_id: str) -> tuple[dict[str, int], dict[str, int]]:
        """Dots per note and per cluster in a round."""
        notes: dict[str, int] = {}
        clusters: dict[str, int] = {}
        for v in self.votes.values():
            if v.round_id != round_id:
                continue
            if v.note_id is not None:
                notes[v.note_id] = notes.get(v.note_id, 0) + v.count
            elif v.cluster_id is not None:
                clusters[v.cluster_id] = clusters.get(v.cluster_id, 0) + v.count
        return notes, clusters

    def results(self, round_id: str) -> list[tuple[BoardRecord, int]]:
        """Notes and clusters with dots in a round, most dots first (cluster totals include the
        dots on their notes)."""
        notes, clusters = self.dots_on(round_id)
        totals: dict[str, int] = dict(clusters)
        for note_id, n in notes.items():
            note = self.notes.get(note_id)
            if note is not None and note.cluster_id in self.clusters:
                totals[note.cluster_id] = totals.get(note.cluster_id, 0) + n
        rows: list[tuple[BoardRecord, int]] = [
            (self.notes[i], n) for i, n in notes.items() if i in self.notes
        ]
        rows += [(self.clusters[i], n) for i, n in totals.items() if i in self.clusters]
        rows.sort(key=lambda row: (-row[1], _label(row[0]).casefold()))
        return rows

    def turnout(self, round_id: str) -> tuple[int, int] | None:
        """(dots placed by the listed participants, dots they have); None for anonymous
        rounds, where nobody knows how many dots there were."""
        vote_round = self.rounds.get(round_id)
        if vote_round is None or not vote_round.participants:
            return None
        names = {p.casefold() for p in vote_round.participants}
        used = sum(
            v.count
            for v in self.votes.values()
            if v.round_id == round_id and v.participant.casefold() in names
        )
        return used, vote_round.dots_per_participant * len(vote_round.participants)

    def dots_left(self, round_id: str, participant: str) -> int | None:
        """What the service's budget rule says about the dots on this board now."""
        vote_round = self.rounds.get(round_id)
        if vote_round is None:
            return None
        return dots_left(vote_round, self.votes_in(round_id), participant)

    def next_with_dots(self, round_id: str, after: str) -> str | None:
        """Who of the round's list, after ``after``, still has dots to place."""
        vote_round = self.rounds.get(round_id)
        if vote_round is None:
            return None
        return next_with_dots(vote_round, self.votes_in(round_id), after)

    def paper_dots(self, round_id: str, target_id: str) -> int:
        """The paper dots counted on a note or cluster in a round."""
        return sum(
            v.count
            for v in self.votes.values()
            if v.round_id == round_id and v.is_paper_tally and v.target_id == target_id
        )

    def matching(self, text: str) -> set[str]:
        """Ids of notes and clusters whose text contains ``text`` (case and accents as typed)."""
        needle = text.strip().casefold()
        if not needle:
            return set()
        found = {n.id for n in self.notes.values() if needle in n.text.casefold()}
        found |= {c.id for c in self.clusters.values() if needle in c.title.casefold()}
        return found

    def is_label(self, note_id: str) -> bool:
        note = self.notes.get(note_id)
        return note is not None and note.kind is NoteKind.LABEL


def _label(record: BoardRecord) -> str:
    if isinstance(record, Note):
        return record.text
    if isinstance(record, Cluster):
        return record.title
    return ""
