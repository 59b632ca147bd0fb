"""Writing an edit: records to bring to their ``after`` side (inserted when new, written
whole when there, deleted when ``after`` is ``None``), in an order the foreign keys accept."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sec_workshop.domain.base import Record, utc_now
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.kinds import KINDS, kind_of
from sec_workshop.storage import store
from sec_workshop.storage.database import Tx

# Parents before children, as the one list of kinds gives them.
_RANK: dict[type[Record], int] = {kind.cls: rank for rank, kind in enumerate(KINDS)}


def apply_changes(
    conn: Tx,
    changes: Iterable[tuple[Record | None, Record | None]],
    known: Mapping[str, Record] | None = None,
) -> Edit[Record]:
    """Bring every record named in ``changes`` to its after side; returns what changed,
    with each record's ``before`` as it was stored (a record already as wanted, or already
    gone, is left out). ``known``: records read in this transaction already, by id, when
    they are all the edit names (they are not read again)."""
    wanted: dict[str, tuple[type[Record], Record | None]] = {}
    for before, after in changes:
        record = after if after is not None else before
        if record is not None:
            wanted[record.id] = (type(record), after)
    stored = dict(known) if known is not None else _stored(conn, wanted)
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
    # Records that change are written in one statement per class and set of fields that
    # change (renumbering forty agenda items is one executemany of their positions).
    writes: dict[tuple[type[Record], tuple[str, ...]], list[Record]] = {}
    for record in upserts:
        before = stored.get(record.id)
        if before is None:
            done.append((None, record))
            continue
        fields = _changed_fields(before, record)
        if fields:
            writes.setdefault((type(record), fields), []).append(record)
    for (_cls, fields), records in writes.items():
        for after in store.update_records(conn, records, fields):
            done.append((stored[after.id], after))
    return Edit(tuple(done))


def descendants(conn: Tx, records: Iterable[Record]) -> list[Record]:
    """Every record below ``records`` in the one list of kinds (a session's agenda, boards,
    the boards' notes and votes, ...), parents before children."""
    found: list[Record] = []
    level = list(records)
    while level:
        by_kind: dict[str, list[str]] = {}
        for record in level:
            by_kind.setdefault(kind_of(record), []).append(record.id)
        level = []
        for kind in KINDS:
            if kind.parent in by_kind and kind.via is not None:
                level.extend(store.list_where(conn, kind.cls, **{kind.via: by_kind[kind.parent]}))
        found.extend(level)
    return found


def _stored(conn: Tx, wanted: dict[str, tuple[type[Record], Record | None]]) -> dict[str, Record]:
    ids_by_class: dict[type[Record], list[str]] = {}
    for record_id, (cls, _after) in wanted.items():
        ids_by_class.setdefault(cls, []).append(record_id)
    found: dict[str, Record] = {}
    for cls, ids in ids_by_class.items():
        found.update((r.id, r) for r in store.list_where(conn, cls, id=ids))
    return found


def _changed_fields(stored: Record, wanted: Record) -> tuple[str, ...]:
    """The data fields in which ``wanted`` differs from what is stored (not the stamps)."""
    return tuple(
        name
        for name in store.data_fields(type(wanted))
        if getattr(stored, name) != getattr(wanted, name)
    )


def _rank(record: Record) -> int:
    return _RANK.get(type(record), len(_RANK))
