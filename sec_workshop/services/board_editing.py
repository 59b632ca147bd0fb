"""Editing a board: notes, labels, clusters, arrows, photos and dot voting, one transaction each.

Every change is an *edit*: records to write (new or changed) and records to delete. What
depends on a deleted record goes with it (a note's arrows and dots; a cluster's dots, its
notes stay on the board, loose). The service returns a ``BoardEdit`` with every touched
record before and after, read inside the same transaction, so that undo is the same call
with the edit inverted and brings back exactly what was there, with the same ids.

The rules of a board live in the *intent* methods (``place_dot``, ``move_items``,
``make_cluster``...): a dot budget per participant, one open round at a time, which cluster
a note is in, how a cluster lays out its notes. The window, an import or any other client
asks these and gets the same answer; ``apply`` only writes what it is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, Literal, TypeVar, cast

from sec_workshop.domain.base import (
    NotFoundError,
    Record,
    ValidationError,
    require_text,
    utc_now,
)
from sec_workshop.domain.board import (
    PAPER_TALLY,
    TALLY_MAX,
    Board,
    BoardEdit,
    BoardRecord,
    Cluster,
    Note,
    NoteLink,
    Photo,
    Vote,
    VoteRound,
    dots_left,
    listed_participant,
    validate_board,
    validate_cluster,
    validate_link,
    validate_note,
    validate_photo,
    validate_round,
    validate_vote,
)
from sec_workshop.domain.enums import VoteRoundStatus
from sec_workshop.domain.session import AgendaItem, Session
from sec_workshop.domain.wijk import Wijk
from sec_workshop.exchange.notes_file import ImportedNote
from sec_workshop.services.boards import (
    GAP,
    TALLY_ROUND_TITLE,
    arrange_in_cluster,
    in_rows,
    layout_import,
    placed_in_cluster,
    placed_loose,
    reading_order,
    settle_notes,
    top_left_for_cluster,
)
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, Tx

# What others point at comes first when writing, last when deleting.
_ORDER: tuple[type[Record], ...] = (Cluster, Note, Photo, NoteLink, VoteRound, Vote)

_VALIDATE: dict[type[Record], Any] = {
    Note: validate_note,
    Cluster: validate_cluster,
    NoteLink: validate_link,
    Photo: validate_photo,
    VoteRound: validate_round,
    Vote: validate_vote,
}

MAX_RECORDS_PER_EDIT = 50_000

Edge = Literal["left", "top"]
_R = TypeVar("_R", Cluster, Note, Photo)


class BoardEditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def apply(
        self,
        board_id: str,
        upserts: Sequence[BoardRecord] = (),
        deletes: Sequence[BoardRecord] = (),
    ) -> BoardEdit:
        """Write ``upserts`` (insert or replace whole records) and delete ``deletes`` with
        what depends on them, in one transaction; returns what changed."""
        if len(upserts) + len(deletes) > MAX_RECORDS_PER_EDIT:
            raise ValidationError("value.too_long", field="records", max=MAX_RECORDS_PER_EDIT)
        upserts = [_VALIDATE[type(r)](r) for r in upserts]
        with self._db.write() as conn:
            if store.find(conn, Board, board_id) is None:
                raise NotFoundError("board.not_found", id=board_id)
            return _apply(conn, board_id, upserts, deletes)

    def replay(self, board_id: str, edit: BoardEdit) -> BoardEdit:
        """Bring the board to the ``after`` side of an edit (redo; undo with ``inverted()``).

        No size limit here: what was done once can always be undone and redone."""
        upserts = [_VALIDATE[type(r)](r) for r in edit.upserts]
        with self._db.write() as conn:
            if store.find(conn, Board, board_id) is None:
                raise NotFoundError("board.not_found", id=board_id)
            return _apply(conn, board_id, upserts, edit.deletes)

    def import_notes(
        self, board_id: str, imported: list[ImportedNote], tally_title: str = TALLY_ROUND_TITLE
    ) -> BoardEdit:
        """Notes typed in elsewhere, laid out below what is on the board (all or nothing);
        vote counts go to the board's paper-dots round (``tally_title`` names it when it is
        made)."""
        with self._editing(board_id) as conn:
            records, grown = layout_import(conn, board_id, imported, tally_title)
            upserts: list[BoardRecord] = [*grown, *records]  # type: ignore[list-item]
            return _apply(conn, board_id, upserts, [])

    @contextmanager
    def _editing(self, board_id: str) -> Iterator[Tx]:
        """One transaction on a board that exists."""
        with self._db.write() as conn:
            if store.find(conn, Board, board_id) is None:
                raise NotFoundError("board.not_found", id=board_id)
            yield conn

    # --- notes and clusters: where things go -----------------------------------------------
    def add_notes(self, board_id: str, notes: Sequence[Note]) -> BoardEdit:
        """New notes where they are put; each joins the open cluster under its centre, which
        grows to hold it."""
        with self._editing(board_id) as conn:
            clusters = store.list_where(conn, Cluster, board_id=board_id)
            settled, grown = settle_notes([validate_note(n) for n in notes], clusters)
            return _apply(conn, board_id, [*grown, *settled], [])

    def move_items(self, board_id: str, positions: Mapping[str, tuple[float, float]]) -> BoardEdit:
        """Notes, clusters and photos to new places (record id: top-left). A cluster takes
        its notes along; a note dropped on a cluster joins it (the cluster grows to hold a
        note on its edge), one dropped elsewhere leaves its cluster."""
        with self._editing(board_id) as conn:
            ids = list(positions)
            notes = _found(conn, Note, ids)
            moved_clusters = _found(conn, Cluster, ids)
            photos = _found(conn, Photo, ids)
            unknown = set(ids) - set(notes) - set(moved_clusters) - set(photos)
            if unknown:
                raise NotFoundError("record.not_found", kind="note", id=sorted(unknown)[0])
            places = dict(positions)
            for cluster in moved_clusters.values():
                dx, dy = places[cluster.id][0] - cluster.x, places[cluster.id][1] - cluster.y
                for member in _members(conn, cluster.id):
                    if member.id not in places:
                        notes[member.id] = member
                        places[member.id] = (member.x + dx, member.y + dy)
            upserts: list[BoardRecord] = [
                replace(c, x=places[c.id][0], y=places[c.id][1]) for c in moved_clusters.values()
            ]
            upserts += [replace(p, x=places[p.id][0], y=places[p.id][1]) for p in photos.values()]
            following: list[Note] = []
            free: list[Note] = []
            for note in notes.values():
                note = replace(note, x=places[note.id][0], y=places[note.id][1])
                (following if note.cluster_id in moved_clusters else free).append(note)
            still = [
                c
                for c in store.list_where(conn, Cluster, board_id=board_id)
                if c.id not in moved_clusters
            ]
            settled, grown = settle_notes(free, still)
            return _apply(conn, board_id, [*upserts, *grown, *following, *settled], [])

    def make_cluster(self, board_id: str, cluster: Cluster, note_ids: Sequence[str]) -> BoardEdit:
        """A new cluster of these notes, laid out tidily from their top-left, its title above."""
        with self._editing(board_id) as conn:
            notes = _notes(conn, note_ids)
            if not notes:
                return BoardEdit(())
            x, y = top_left_for_cluster(notes)
            sized, placed = arrange_in_cluster(validate_cluster(cluster), notes, x, y)
            return _apply(conn, board_id, [sized, *placed], [])

    def arrange_cluster(self, board_id: str, cluster_id: str) -> BoardEdit:
        """*Netjes schikken*: a cluster's notes in a tidy grid, the cluster sized to them."""
        with self._editing(board_id) as conn:
            cluster = store.get(conn, Cluster, cluster_id)
            members = _members(conn, cluster_id)
            if not members:
                return BoardEdit(())
            sized, placed = arrange_in_cluster(cluster, members, cluster.x, cluster.y)
            return _apply(conn, board_id, [sized, *placed], [])

    def arrange_notes(self, board_id: str, note_ids: Sequence[str]) -> BoardEdit:
        """Notes in a square grid from the top-left of where they are (clusters unchanged)."""
        with self._editing(board_id) as conn:
            notes = _notes(conn, note_ids)
            if len(notes) < 2:
                return BoardEdit(())
            x, y = min(n.x for n in notes), min(n.y for n in notes)
            return _apply(conn, board_id, in_rows(notes, x, y), [])

    def align_notes(self, board_id: str, note_ids: Sequence[str], edge: Edge) -> BoardEdit:
        """Notes lined up on the leftmost of their left edges, or the topmost of their tops."""
        with self._editing(board_id) as conn:
            notes = _notes(conn, note_ids)
            if len(notes) < 2:
                return BoardEdit(())
            if edge == "left":
                left = min(n.x for n in notes)
                aligned = [replace(n, x=left) for n in notes]
            else:
                top = min(n.y for n in notes)
                aligned = [replace(n, y=top) for n in notes]
            return _apply(conn, board_id, aligned, [])

    def move_to_cluster(
        self, board_id: str, note_ids: Sequence[str], cluster_id: str | None
    ) -> BoardEdit:
        """Notes into a cluster (below its notes, the cluster grown), or with ``None`` out of
        their clusters to below everything on the board."""
        with self._editing(board_id) as conn:
            notes = sorted(_notes(conn, note_ids), key=reading_order)
            moving = {n.id for n in notes}
            if cluster_id is not None:
                cluster = store.get(conn, Cluster, cluster_id)
                notes = [n for n in notes if n.cluster_id != cluster.id]
                if not notes:
                    return BoardEdit(())
                members = [n for n in _members(conn, cluster.id) if n.id not in moving]
                grown, placed = placed_in_cluster(cluster, members, notes)
                upserts: list[BoardRecord] = [*placed, grown]
            else:
                notes = [n for n in notes if n.cluster_id is not None]
                if not notes:
                    return BoardEdit(())
                others = [
                    n for n in store.list_where(conn, Note, board_id=board_id) if n.id not in moving
                ]
                clusters = store.list_where(conn, Cluster, board_id=board_id)
                bottom = max(
                    [n.y + n.height for n in others] + [c.y + c.height for c in clusters],
                    default=0.0,
                )
                upserts = [*placed_loose(notes, min(n.x for n in notes), bottom + 2 * GAP)]
            return _apply(conn, board_id, upserts, [])

    # --- dot voting: one open round, a budget of dots per participant ----------------------
    def start_round(self, board_id: str, vote_round: VoteRound) -> BoardEdit:
        """A new open round after the others; a round still open ends (one at a time)."""
        with self._editing(board_id) as conn:
            rounds = store.list_where(conn, VoteRound, board_id=board_id)
            closing = [
                replace(r, status=VoteRoundStatus.CLOSED)
                for r in rounds
                if r.status is VoteRoundStatus.OPEN
            ]
            position = max((r.position for r in rounds), default=-1) + 1
            new = replace(vote_round, status=VoteRoundStatus.OPEN, position=position)
            return _apply(conn, board_id, [*closing, validate_round(new)], [])

    def end_round(self, board_id: str, round_id: str) -> BoardEdit:
        with self._editing(board_id) as conn:
            vote_round = _round(conn, board_id, round_id)
            if vote_round.status is VoteRoundStatus.CLOSED:
                return BoardEdit(())
            return _apply(conn, board_id, [replace(vote_round, status=VoteRoundStatus.CLOSED)], [])

    def reset_round(self, board_id: str, round_id: str) -> BoardEdit:
        """Every dot of a round off the board (paper dots too); the round itself stays."""
        with self._editing(board_id) as conn:
            _round(conn, board_id, round_id)
            return _apply(conn, board_id, [], store.list_where(conn, Vote, round_id=round_id))

    def place_dot(
        self, board_id: str, round_id: str, target_id: str, participant: str = ""
    ) -> BoardEdit:
        """One dot of a participant (a name of the round's list; empty in an anonymous round)
        on a note or cluster, in the open round, while the participant has dots left."""
        with self._editing(board_id) as conn:
            vote_round = _open_round(conn, board_id, round_id)
            name = listed_participant(vote_round, participant)
            votes = store.list_where(conn, Vote, round_id=round_id)
            left = dots_left(vote_round, votes, name)
            if left is not None and left <= 0:
                raise ValidationError("vote.no_dots_left", name=name)
            on_note = _is_note(conn, board_id, target_id)
            vote = Vote(
                round_id=round_id,
                note_id=target_id if on_note else None,
                cluster_id=None if on_note else target_id,
                participant=name,
            )
            return _apply(conn, board_id, [vote], [])

    def remove_dot(
        self, board_id: str, round_id: str, target_id: str, participant: str = ""
    ) -> BoardEdit:
        """The last dot a participant placed on a note or cluster comes off (nothing when
        there is none); paper dots are counted, not taken off one by one."""
        with self._editing(board_id) as conn:
            vote_round = _open_round(conn, board_id, round_id)
            name = listed_participant(vote_round, participant)
            mine = sorted(
                (
                    v
                    for v in store.list_where(conn, Vote, round_id=round_id)
                    if v.target_id == target_id and v.participant.casefold() == name.casefold()
                ),
                key=lambda v: v.created_at,
            )
            if not mine:
                return BoardEdit(())
            last = mine[-1]
            if last.count > 1:
                return _apply(conn, board_id, [replace(last, count=last.count - 1)], [])
            return _apply(conn, board_id, [], [last])

    def set_tally(self, board_id: str, round_id: str, target_id: str, count: int) -> BoardEdit:
        """The paper dots counted on a note or cluster in a round (open or ended): the count
        replaces what was counted before; 0 takes it off."""
        if not 0 <= count <= TALLY_MAX:
            raise ValidationError("value.out_of_range", field="count", low=0, high=TALLY_MAX)
        with self._editing(board_id) as conn:
            _round(conn, board_id, round_id)
            on_note = _is_note(conn, board_id, target_id)
            counted = [
                v
                for v in store.list_where(conn, Vote, round_id=round_id)
                if v.is_paper_tally and v.target_id == target_id
            ]
            upserts: list[BoardRecord] = []
            deletes: list[BoardRecord] = list(counted[1:])
            if count > 0 and counted:
                upserts.append(replace(counted[0], count=count))
            elif count > 0:
                upserts.append(
                    Vote(
                        round_id=round_id,
                        note_id=target_id if on_note else None,
                        cluster_id=None if on_note else target_id,
                        participant=PAPER_TALLY,
                        count=count,
                    )
                )
            elif counted:
                deletes.append(counted[0])
            return _apply(conn, board_id, upserts, deletes)

    # --- boards themselves ---------------------------------------------------------------
    def create_board(self, board: Board, session: Session | None = None) -> Board:
        """A new board in a session; ``session`` is made first when it is new too."""
        board = validate_board(replace(board, title=board.title.strip()))
        with self._db.write() as conn:
            if session is not None:
                session = replace(session, title=require_text(session.title, "title", 200))
                if store.find(conn, Wijk, session.wijk_id) is None:
                    raise NotFoundError("record.not_found", kind="wijk")
                store.insert_record(conn, session)
                board = replace(board, session_id=session.id)
            if store.find(conn, Session, board.session_id) is None:
                raise NotFoundError("record.not_found", kind="session")
            position = store.count_where(conn, Board, session_id=board.session_id)
            board = replace(board, position=position)
            store.insert_record(conn, board)
        return board

    def rename_board(self, board_id: str, title: str) -> Board:
        with self._db.write() as conn:
            board = store.get(conn, Board, board_id)
            board = validate_board(replace(board, title=title.strip()))
            return store.save_record(conn, board)

    def delete_board(self, board_id: str) -> list[Record]:
        """Delete a board with everything on it; returns the records for ``restore_board``."""
        with self._db.write() as conn:
            board = store.get(conn, Board, board_id)
            rounds = store.list_where(conn, VoteRound, board_id=board_id)
            records: list[Record] = [
                board,
                *store.list_where(conn, Cluster, board_id=board_id),
                *store.list_where(conn, Note, board_id=board_id),
                *store.list_where(conn, Photo, board_id=board_id),
                *store.list_where(conn, NoteLink, board_id=board_id),
                *rounds,
                *store.list_where(conn, Vote, round_id=[r.id for r in rounds]),
            ]
            # Agenda items that worked on it no longer do; undo points them at it again.
            items = store.list_where(conn, AgendaItem, board_id=board_id)
            for item in items:
                store.update_fields(conn, AgendaItem, item.id, board_id=None)
            store.delete_records(conn, records, utc_now())
        return [*records, *items]

    def delete_session(self, session_id: str) -> list[Record]:
        """Delete a session that has nothing in it any more (one made with a board whose
        making is undone); returns it for ``restore_board``."""
        with self._db.write() as conn:
            session = store.get(conn, Session, session_id)
            if store.count_where(conn, Board, session_id=session_id):
                raise ValidationError("session.not_empty")
            store.delete_records(conn, [session], utc_now())
        return [session]

    def restore_board(self, records: list[Record]) -> None:
        with self._db.write() as conn:
            store.insert_records(conn, [r for r in records if not isinstance(r, AgendaItem)])
            for item in records:
                if isinstance(item, AgendaItem) and store.find(conn, AgendaItem, item.id):
                    store.update_fields(conn, AgendaItem, item.id, board_id=item.board_id)


def _found(conn: Tx, cls: type[_R], ids: list[str]) -> dict[str, _R]:
    return cast(dict[str, _R], _existing(conn, cls, ids))


def _notes(conn: Tx, ids: Sequence[str]) -> list[Note]:
    """The notes of these ids, in the order given (ids of nothing left out)."""
    found = _found(conn, Note, list(ids))
    return [found[i] for i in ids if i in found]


def _members(conn: Tx, cluster_id: str) -> list[Note]:
    return store.list_where(conn, Note, cluster_id=cluster_id)


def _round(conn: Tx, board_id: str, round_id: str) -> VoteRound:
    vote_round = store.find(conn, VoteRound, round_id)
    if vote_round is None or vote_round.board_id != board_id:
        raise NotFoundError("record.not_found", kind="vote_round", id=round_id)
    return vote_round


def _open_round(conn: Tx, board_id: str, round_id: str) -> VoteRound:
    vote_round = _round(conn, board_id, round_id)
    if vote_round.status is not VoteRoundStatus.OPEN:
        raise ValidationError("vote.round_closed", title=vote_round.title)
    return vote_round


def _is_note(conn: Tx, board_id: str, target_id: str) -> bool:
    """Whether a dot's target is a note (else a cluster) of this board."""
    note = store.find(conn, Note, target_id)
    if note is not None and note.board_id == board_id:
        return True
    cluster = store.find(conn, Cluster, target_id)
    if cluster is not None and cluster.board_id == board_id:
        return False
    raise NotFoundError("record.not_found", kind="note", id=target_id)


def _apply(
    conn: Tx, board_id: str, upserts: Sequence[BoardRecord], deletes: Sequence[BoardRecord]
) -> BoardEdit:
    changes: dict[str, tuple[BoardRecord | None, BoardRecord | None]] = {}
    by_class: dict[type[Record], list[BoardRecord]] = {}
    for record in upserts:
        by_class.setdefault(type(record), []).append(record)
    round_boards = _round_boards(
        conn, [v.round_id for v in by_class.get(Vote, []) if isinstance(v, Vote)]
    )

    for cls in _ORDER:
        records = by_class.get(cls, [])
        if not records:
            continue
        for record in records:
            _check_board(record, board_id, round_boards, by_class)
        existing = _existing(conn, cls, [r.id for r in records])
        new = [r for r in records if r.id not in existing]
        if new:
            store.insert_records(conn, new)
        changed = [r for r in records if r.id in existing and existing[r.id] != r]
        for record in records:
            if record.id not in existing:
                changes[record.id] = (None, record)
        for before_id, after in zip(
            [r.id for r in changed], _write(conn, cls, changed), strict=True
        ):
            changes[before_id] = (existing[before_id], after)

    doomed = _with_dependents(conn, deletes)
    if doomed:
        when = utc_now()
        store.delete_records(conn, [r for r in doomed if type(r) is not _Detached], when)
    for record in doomed:
        if isinstance(record, _Detached):
            before = record.note
            after = replace(before, cluster_id=None, updated_at=when)
            store.update_fields(conn, Note, before.id, cluster_id=None)
            first = changes.get(before.id, (before, None))[0]
            changes[before.id] = (first, after)
        else:
            first = changes.get(record.id, (record, None))[0]
            changes[record.id] = (first, None)
    return BoardEdit(tuple(changes.values()))


def _write(conn: Tx, cls: type[Record], records: list[BoardRecord]) -> list[BoardRecord]:
    """Write changed records of one class in one statement; a photo's bytes are not read
    back (heavy) and a write keeps them as they are."""
    if not records:
        return []
    names = [n for n in store.data_fields(cls) if n != "data"]
    stored = store.update_records(conn, records, names)
    return stored


class _Detached:
    """A note that stays on the board while its cluster is deleted."""

    __slots__ = ("note",)

    def __init__(self, note: Note) -> None:
        self.note = note


def _with_dependents(conn: Tx, deletes: Sequence[BoardRecord]) -> list[Any]:
    """The records to delete, children first, plus the notes to detach from deleted clusters."""
    if not deletes:
        return []
    ids: dict[type[Record], set[str]] = {}
    for record in deletes:
        ids.setdefault(type(record), set()).add(record.id)
    note_ids = sorted(ids.get(Note, ()))
    cluster_ids = sorted(ids.get(Cluster, ()))
    round_ids = sorted(ids.get(VoteRound, ()))
    found: dict[str, BoardRecord] = {}

    def take(records: Iterable[BoardRecord]) -> None:
        for r in records:
            found.setdefault(r.id, r)

    def each(cls: type[Record], column: str, values: Iterable[str]) -> Iterable[BoardRecord]:
        # In slices: SQLite allows a limited number of values in one statement.
        for chunk in _chunks(sorted(values)):
            yield from store.list_where(conn, cls, **{column: chunk})  # type: ignore[misc]

    take(each(Vote, "id", ids.get(Vote, ())))
    take(each(NoteLink, "id", ids.get(NoteLink, ())))
    take(each(Vote, "note_id", note_ids))
    take(each(NoteLink, "from_note_id", note_ids))
    take(each(NoteLink, "to_note_id", note_ids))
    take(each(Vote, "cluster_id", cluster_ids))
    take(each(Vote, "round_id", round_ids))
    take(each(Photo, "id", ids.get(Photo, ())))
    take(each(Note, "id", note_ids))
    take(each(VoteRound, "id", round_ids))
    take(each(Cluster, "id", cluster_ids))
    doomed_notes = set(note_ids)
    detached = [
        _Detached(n)  # type: ignore[arg-type]
        for n in each(Note, "cluster_id", cluster_ids)
        if n.id not in doomed_notes
    ]
    ordered = sorted(found.values(), key=lambda r: -_ORDER.index(type(r)))
    # Notes leave their cluster before it goes (the foreign key would do it silently).
    return [*ordered[: _first(ordered, Cluster)], *detached, *ordered[_first(ordered, Cluster) :]]


def _first(records: list[BoardRecord], cls: type[Record]) -> int:
    return next((i for i, r in enumerate(records) if type(r) is cls), len(records))


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _existing(conn: Tx, cls: type[Record], ids: list[str]) -> dict[str, BoardRecord]:
    out: dict[str, BoardRecord] = {}
    exclude = ("data",) if cls is Photo else ()
    for chunk in _chunks(ids):
        for r in store.list_where(conn, cls, exclude=exclude, id=chunk):
            out[r.id] = r  # type: ignore[assignment]
    return out


def _round_boards(conn: Tx, round_ids: list[str]) -> dict[str, str]:
    if not round_ids:
        return {}
    return {r.id: r.board_id for r in store.list_where(conn, VoteRound, id=sorted(set(round_ids)))}


def _check_board(
    record: BoardRecord,
    board_id: str,
    round_boards: dict[str, str],
    upserts: dict[type[Record], list[BoardRecord]],
) -> None:
    """Every record of an edit belongs to the board being edited."""
    if isinstance(record, Vote):
        owner = round_boards.get(record.round_id)
        if owner is None:
            owner = next(
                (r.board_id for r in upserts.get(VoteRound, []) if r.id == record.round_id),  # type: ignore[union-attr]
                None,
            )
    else:
        owner = record.board_id
    if owner != board_id:
        raise ValidationError("board.other_board")
