"""Writing an edit: records to bring to their ``after`` side (inserted when new, written
whole when there, deleted when ``after`` is ``None``), in an order the foreign keys accept."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sec_workshop.domain.base import Record, utc_now
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.kinds import KINDS
from sec_workshop.storage import store
from sec_workshop.storage.database import Tx

# Parents before children, as the one list of kinds gives them.
_RANK: dict[type[Record], int] = {kind.cls: rank for rank, kind in enumerate(KINDS)}


def apply_changes(conn: Tx, changes: Iterable[tuple[Record | None, Record | None]]) -> Edit[Record]:
    """Bring every record named in ``changes`` to its after side; returns what changed,
    with each record's ``before`` as it was stored (a record already as wanted, or already
    gone, is left out)."""
    wanted: dict[str, tuple[type[Record], Record | None]] = {}
    for before, after in changes:
        record = after if after is not None else before
        if record is not None:
            wanted[record.id] = (type(record), after)
    stored = _stored(conn, wanted)
    doomed = sorted(
        (stored[i] for i, (_cls, after) in wanted.items() if after is None and i in stored),
        key=_rank,
    )
    done: list[tuple[Record | None, Record | None]] = []
    if doomed:
        # delete_records deletes children before parents when given parents first.
        store.delete_records(conn, doomed, utc_now())
        done.extend((record, None) for record in doomed)
    upserts = sorted((after for _cls, after in wanted.values() if after is not None), key=_rank)
    new = [r for r in upserts if r.id not in stored]
    if new:
        store.insert_records(conn, new)
    for record in upserts:
        before = stored.get(record.id)
        if before is None:
            done.append((None, record))
        elif _differs(before, record):
            done.append((before, store.save_record(conn, record)))
    return Edit(tuple(done))


def _stored(conn: Tx, wanted: dict[str, tuple[type[Record], Record | None]]) -> dict[str, Record]:
    ids_by_class: dict[type[Record], list[str]] = {}
    for record_id, (cls, _after) in wanted.items():
        ids_by_class.setdefault(cls, []).append(record_id)
    found: dict[str, Record] = {}
    for cls, ids in ids_by_class.items():
        found.update((r.id, r) for r in store.list_where(conn, cls, id=ids))
    return found


def _differs(stored: Record, wanted: Record) -> bool:
    """Whether writing ``wanted`` changes anything but the time stamps."""
    return replace(wanted, updated_at=stored.updated_at, created_at=stored.created_at) != stored


def _rank(record: Record) -> int:
    return _RANK.get(type(record), len(_RANK))
