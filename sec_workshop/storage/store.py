"""Generic reading and writing of domain records; services call these inside a transaction.

Each domain class maps to one table whose columns carry the field names, so a record
goes in as ``dataclasses`` fields and comes out as the same class.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache, lru_cache
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Dialect,
    Table,
    delete,
    insert,
    select,
    update,
)

from sec_workshop.domain.base import NotFoundError, Record, utc_now
from sec_workshop.domain.bundle import Tombstone
from sec_workshop.domain.kinds import KINDS, kind_of
from sec_workshop.storage import tables as t
from sec_workshop.storage.database import CHANGES_KEY

R = TypeVar("R", bound=Record)

# Each kind of record lives in the table named by its stable key.
TABLE_OF: dict[type[Record], Table] = {k.cls: t.metadata.tables[k.key] for k in KINDS}

_FIELDS: dict[type[Record], tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in TABLE_OF
}
# SQLite allows a limited number of values in one statement; longer lists go in slices.
CHUNK = 500


def _note_written(conn: Connection, records: Sequence[Record]) -> None:
    """Tell the transaction's change notice which records were written or deleted."""
    collected = conn.info.get(CHANGES_KEY)
    if collected is None:
        return
    for record in records:
        collected.setdefault(kind_of(record), set()).add(record.id)


def _note_ids(conn: Connection, cls: type[Record], ids: Sequence[str]) -> None:
    collected = conn.info.get(CHANGES_KEY)
    if collected is not None:
        collected.setdefault(kind_of(cls), set()).update(ids)


def _values(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in _FIELDS[type(record)]}


def _from_row(cls: type[R], mapping: Any) -> R:
    return cls(**{name: mapping[name] for name in _FIELDS[cls]})


def insert_records(conn: Connection, records: Sequence[Record]) -> None:
    """Insert records of one or more classes, in the order given (parents first)."""
    batch: list[dict[str, Any]] = []
    batch_cls: type[Record] | None = None
    for record in records:
        cls = type(record)
        if cls is not batch_cls and batch:
            assert batch_cls is not None
            conn.execute(insert(TABLE_OF[batch_cls]), batch)
            batch = []
        batch_cls = cls
        batch.append(_values(record))
    if batch:
        assert batch_cls is not None
        conn.execute(insert(TABLE_OF[batch_cls]), batch)
    ids = [r.id for r in records]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        conn.execute(delete(t.tombstone).where(t.tombstone.c.record_id.in_(chunk)))
    _note_written(conn, records)


def data_fields(cls: type[Record]) -> tuple[str, ...]:
    """A record's own fields: all but its id and time stamps."""
    return tuple(n for n in _FIELDS[cls] if n not in ("id", "created_at", "updated_at"))


def insert_record(conn: Connection, record: Record) -> None:
    insert_records(conn, [record])


def save_record(conn: Connection, record: R) -> R:
    """Write every field of an existing record, stamping ``updated_at``; returns what was stored."""
    stored = dataclasses.replace(record, updated_at=utc_now())
    table = TABLE_OF[type(record)]
    values = _values(stored)
    del values["id"], values["created_at"]
    result = conn.execute(update(table).where(table.c.id == record.id).values(**values))
    if result.rowcount != 1:
        raise NotFoundError("record.not_found", kind=table.name)
    _note_written(conn, [stored])
    return stored


# The hot paths (every move, every rename, every model opened) run their SQL straight on the
# driver's connection, inside the transaction that ``Database.write``/``read`` began: a Core
# statement costs tens of microseconds of bookkeeping per execution, more than SQLite needs
# for the statement itself. The SQL is made here from the tables, and values are converted
# by the columns' own SQLAlchemy types, so what is stored and read back is the same.
_Convert = Callable[[Any], Any] | None


def _driver(conn: Connection) -> Any:
    """The sqlite3 connection under ``conn`` (the same transaction)."""
    return conn.connection.driver_connection


@cache
def _writers(table: Table, names: tuple[str, ...], dialect: Dialect) -> tuple[_Convert, ...]:
    return tuple(table.c[name].type.bind_processor(dialect) for name in names)


@cache
def _readers(table: Table, names: tuple[str, ...], dialect: Dialect) -> tuple[_Convert, ...]:
    return tuple(table.c[name].type.result_processor(dialect, None) for name in names)


def _bound(values: Sequence[Any], writers: Sequence[_Convert]) -> list[Any]:
    return [v if w is None or v is None else w(v) for v, w in zip(values, writers, strict=True)]


def _q(name: str) -> str:
    return '"' + name + '"'


@cache
def _update_sql(table: Table, names: tuple[str, ...]) -> str:
    sets = ", ".join(f"{_q(name)} = ?" for name in names)
    return f"UPDATE {_q(table.name)} SET {sets} WHERE {_q('id')} = ?"


def _update_rows(
    conn: Connection, table: Table, names: tuple[str, ...], rows: list[tuple[str, list[Any]]]
) -> int:
    """UPDATE the columns ``names`` of rows given as (id, values); the number changed."""
    _require_columns(table, names)
    writers = _writers(table, names, conn.dialect)
    params = [(*_bound(values, writers), record_id) for record_id, values in rows]
    sql = _update_sql(table, names)
    driver = _driver(conn)
    if len(params) == 1:
        return int(driver.execute(sql, params[0]).rowcount)
    return int(driver.executemany(sql, params).rowcount)


def update_fields(conn: Connection, cls: type[Record], record_id: str, **values: Any) -> None:
    """Change some fields of one record (a move, a rename) without reading it first."""
    table = TABLE_OF[cls]
    values["updated_at"] = utc_now()
    names = tuple(values)
    if _update_rows(conn, table, names, [(record_id, list(values.values()))]) != 1:
        raise NotFoundError("record.not_found", kind=table.name)
    _note_ids(conn, cls, [record_id])


def update_records(conn: Connection, records: Sequence[R], names: Sequence[str]) -> list[R]:
    """Write the fields ``names`` of existing records of one class in one statement (a move
    renumbers a few steps at once), stamping ``updated_at``; returns what was stored."""
    if not records:
        return []
    now = utc_now()
    stored = [dataclasses.replace(record, updated_at=now) for record in records]
    table = TABLE_OF[type(records[0])]
    columns = (*dict.fromkeys(n for n in names if n != "updated_at"), "updated_at")
    rows = [(record.id, [getattr(record, name) for name in columns]) for record in stored]
    if _update_rows(conn, table, columns, rows) != len(rows):
        raise NotFoundError("record.not_found", kind=table.name)
    _note_written(conn, stored)
    return stored


def get(conn: Connection, cls: type[R], record_id: str) -> R:
    found = find(conn, cls, record_id)
    if found is None:
        raise NotFoundError("record.not_found", kind=TABLE_OF[cls].name)
    return found


def find(conn: Connection, cls: type[R], record_id: str) -> R | None:
    found = list_where(conn, cls, id=record_id)
    return found[0] if found else None


def list_where(
    conn: Connection,
    cls: type[R],
    order_by: Sequence[str] = (),
    exclude: Sequence[str] = (),
    **filters: Any,
) -> list[R]:
    """Records whose columns equal ``filters`` (a list or tuple value means IN; ``None``
    means NULL, also inside a list).

    ``exclude`` leaves heavy columns (photo data) unread; they come back empty.
    """
    table = TABLE_OF[cls]
    _require_columns(table, (*order_by, *exclude))
    long = _long_list(filters)
    if long is not None:
        found = [
            r
            for part in _slices(filters, long)
            for r in list_where(conn, cls, order_by, exclude, **part)
        ]
        if order_by:
            found.sort(key=lambda r: tuple(_sort_key(getattr(r, n)) for n in order_by))
        return found
    names = _FIELDS[cls] if not exclude else tuple(n for n in _FIELDS[cls] if n not in exclude)
    where = _where(conn, table, filters)
    if where is None:
        return []  # IN () matches nothing
    sql = f"SELECT {_column_list(names)} FROM {_q(table.name)}{where[0]}"
    if order_by:
        sql += " ORDER BY " + _column_list(tuple(order_by))
    rows = _driver(conn).execute(sql, where[1]).fetchall()
    readers = _readers(table, names, conn.dialect)
    if any(readers):
        rows = [
            [v if r is None or v is None else r(v) for v, r in zip(row, readers, strict=True)]
            for row in rows
        ]
    if not exclude:
        return [cls(**dict(zip(names, row, strict=True))) for row in rows]
    blanks = {n: _blank(cls, n) for n in exclude}
    return [cls(**dict(zip(names, row, strict=True)), **blanks) for row in rows]


def count_where(conn: Connection, cls: type[Record], **filters: Any) -> int:
    table = TABLE_OF[cls]
    long = _long_list(filters)
    if long is not None:
        return sum(count_where(conn, cls, **part) for part in _slices(filters, long))
    where = _where(conn, table, filters)
    if where is None:
        return 0
    sql = f"SELECT count(*) FROM {_q(table.name)}{where[0]}"
    return int(_driver(conn).execute(sql, where[1]).fetchone()[0])


def count_grouped(conn: Connection, cls: type[Record], by: str, **filters: Any) -> dict[str, int]:
    """Number of records per value of column ``by`` (notes per board, ...)."""
    return _grouped(conn, cls, by, "count(*)", **filters)


def sum_grouped(
    conn: Connection, cls: type[Record], by: str, column: str, **filters: Any
) -> dict[str, int]:
    """The sum of ``column`` per value of column ``by`` (values of NULL groups left out)."""
    _require_columns(TABLE_OF[cls], (column,))
    return _grouped(conn, cls, by, f"sum({_q(column)})", **filters)


def _grouped(
    conn: Connection, cls: type[Record], by: str, aggregate: str, **filters: Any
) -> dict[str, int]:
    table = TABLE_OF[cls]
    _require_columns(table, (by,))
    long = _long_list(filters)
    if long is not None:
        total: dict[str, int] = {}
        for part in _slices(filters, long):
            for key, n in _grouped(conn, cls, by, aggregate, **part).items():
                total[key] = total.get(key, 0) + n
        return total
    where = _where(conn, table, filters)
    if where is None:
        return {}
    sql = f"SELECT {_q(by)}, {aggregate} FROM {_q(table.name)}{where[0]} GROUP BY {_q(by)}"
    rows = _driver(conn).execute(sql, where[1]).fetchall()
    return {str(key): int(n or 0) for key, n in rows if key is not None}


def delete_records(conn: Connection, records: Sequence[Record], when: datetime) -> None:
    """Delete records and leave a tombstone for each (for carrying deletions to another laptop)."""
    by_table: dict[Table, list[str]] = {}
    for record in records:
        by_table.setdefault(TABLE_OF[type(record)], []).append(record.id)
    # Children before parents, so that no cascade does the work without a tombstone.
    for table in reversed(list(by_table)):
        ids = by_table[table]
        for start in range(0, len(ids), CHUNK):
            conn.execute(delete(table).where(table.c.id.in_(ids[start : start + CHUNK])))
    if records:
        conn.execute(
            insert(t.tombstone).prefix_with("OR REPLACE"),
            [{"record_id": r.id, "kind": kind_of(r), "deleted_at": when} for r in records],
        )
        _note_written(conn, records)


def tombstones(conn: Connection) -> list[Tombstone]:
    rows = conn.execute(select(t.tombstone).order_by(t.tombstone.c.deleted_at)).mappings()
    return [
        Tombstone(record_id=r["record_id"], kind=r["kind"], deleted_at=r["deleted_at"])
        for r in rows
    ]


def get_meta(conn: Connection, key: str) -> str | None:
    row = conn.execute(select(t.meta.c.value).where(t.meta.c.key == key)).first()
    return None if row is None else str(row[0])


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(insert(t.meta).prefix_with("OR REPLACE").values(key=key, value=value))


def _require_columns(table: Table, names: Sequence[str]) -> None:
    """Column names come from code, never from users; a wrong one is a programming error
    that must not reach SQL text."""
    for name in names:
        if name not in table.c:
            raise ValueError(f"table {table.name!r} has no column {name!r}")


def _column_list(names: tuple[str, ...]) -> str:
    return ", ".join(_q(n) for n in names)


def _where(conn: Connection, table: Table, filters: dict[str, Any]) -> tuple[str, list[Any]] | None:
    """The one WHERE clause of every reading path, with its parameters converted by the
    columns' types; ``None`` when it can match nothing (an empty IN list). ``None`` as a
    value, alone or in a list, matches NULL, as SQLAlchemy's ``is_(None)`` does."""
    _require_columns(table, tuple(filters))
    shape: list[tuple[str, int, bool]] = []  # column, values (-1: one), NULL too
    params: list[Any] = []
    for name, value in filters.items():
        (writer,) = _writers(table, (name,), conn.dialect)
        if isinstance(value, list | tuple | set | frozenset):
            values = [v for v in dict.fromkeys(value) if v is not None]
            with_null = any(v is None for v in value)
            if not values and not with_null:
                return None
            shape.append((name, len(values), with_null))
            params.extend(values if writer is None else (writer(v) for v in values))
        elif value is None:
            shape.append((name, 0, True))
        else:
            shape.append((name, -1, False))
            params.append(value if writer is None else writer(value))
    return _where_sql(tuple(shape)), params


# The SQL of a condition is made once per shape (filtered columns, the length of each IN
# list); SQLite keeps the compiled statement of each in its own cache.
@lru_cache(maxsize=512)
def _where_sql(shape: tuple[tuple[str, int, bool], ...]) -> str:
    conditions: list[str] = []
    for name, count, with_null in shape:
        parts = []
        if count < 0:
            parts.append(f"{_q(name)} = ?")
        elif count > 0:
            parts.append(f"{_q(name)} IN ({', '.join('?' * count)})")
        if with_null:
            parts.append(f"{_q(name)} IS NULL")
        conditions.append(parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")")
    return " WHERE " + " AND ".join(conditions) if conditions else ""


def _long_list(filters: dict[str, Any]) -> str | None:
    """The filter whose IN list is too long for one statement, if any (the longest)."""
    lengths = {
        name: len(value)
        for name, value in filters.items()
        if isinstance(value, list | tuple | set | frozenset)
    }
    longest = max(lengths, key=lengths.__getitem__, default=None)
    return longest if longest is not None and lengths[longest] > CHUNK else None


def _slices(filters: dict[str, Any], name: str) -> list[dict[str, Any]]:
    values = list(dict.fromkeys(filters[name]))
    return [
        {**filters, name: values[start : start + CHUNK]} for start in range(0, len(values), CHUNK)
    ]


def _sort_key(value: Any) -> tuple[bool, Any]:
    return (value is not None, value)  # SQLite puts NULL first


def _blank(cls: type[Record], name: str) -> Any:
    f = next(f for f in dataclasses.fields(cls) if f.name == name)
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.type in ("bytes", bytes):
        return b""
    return None
