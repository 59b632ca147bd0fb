"""Editing a board: notes, labels, clusters, arrows, photos and dot voting, one transaction each.

Every change is an *edit*: records to write (new or changed) and records to delete. What
depends on a deleted record goes with it (a note's arrows and dots; a cluster's dots, its
notes stay on the board, loose). The service returns a ``BoardEdit`` with every touched
record before and after, read inside the same transaction, so that undo is the same call
with the edit inverted and brings back exactly what was there, with the same ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sec_workshop.domain.base import (
    NotFoundError,
    Record,
    ValidationError,
    require_text,
    utc_now,
)
from sec_workshop.domain.board import (
    Board,
    BoardEdit,
    BoardRecord,
    Cluster,
    Note,
    NoteLink,
    Photo,
    Vote,
    VoteRound,
    validate_board,
    validate_cluster,
    validate_link,
    validate_note,
    validate_photo,
    validate_round,
    validate_vote,
)
from sec_workshop.domain.session import Session
from sec_workshop.domain.wijk import Wijk
from sec_workshop.exchange.notes_file import ImportedNote
from sec_workshop.services.boards import layout_import
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

    def import_notes(self, board_id: str, imported: list[ImportedNote]) -> BoardEdit:
        """Notes typed in elsewhere, laid out below what is on the board (all or nothing)."""
        with self._db.write() as conn:
            if store.find(conn, Board, board_id) is None:
                raise NotFoundError("board.not_found", id=board_id)
            records, grown = layout_import(conn, board_id, imported)
            upserts: list[BoardRecord] = [*grown, *records]  # type: ignore[list-item]
            return _apply(conn, board_id, upserts, [])

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
            store.delete_records(conn, records, utc_now())
        return records

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
            store.insert_records(conn, records)


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
