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
    func,
    insert,
    select,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from sec_workshop.domain.base import NotFoundError, Record, utc_now
from sec_workshop.domain.board import Board, Cluster, Note, NoteLink, Photo, Vote, VoteRound
from sec_workshop.domain.bundle import Tombstone
from sec_workshop.domain.process import (
    Instrument,
    Lane,
    Phase,
    ProcessModel,
    RoadmapChange,
    Step,
    StepDependency,
    StepInstrument,
    StepSession,
    StepStakeholder,
)
from sec_workshop.domain.session import (
    ActionItem,
    AgendaItem,
    Decision,
    Session,
    SessionStakeholder,
)
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.wijk import Wijk
from sec_workshop.storage import tables as t

R = TypeVar("R", bound=Record)

TABLE_OF: dict[type[Record], Table] = {
    Wijk: t.wijk,
    ProcessModel: t.process_model,
    Lane: t.lane,
    Phase: t.phase,
    Step: t.step,
    StepDependency: t.step_dependency,
    Instrument: t.instrument,
    StepInstrument: t.step_instrument,
    StepStakeholder: t.step_stakeholder,
    StepSession: t.step_session,
    RoadmapChange: t.roadmap_change,
    Stakeholder: t.stakeholder,
    Session: t.session,
    SessionStakeholder: t.session_stakeholder,
    AgendaItem: t.agenda_item,
    Decision: t.decision,
    ActionItem: t.action_item,
    Board: t.board,
    Cluster: t.cluster,
    Note: t.note,
    NoteLink: t.note_link,
    Photo: t.photo,
    VoteRound: t.vote_round,
    Vote: t.vote,
}

KIND_OF: dict[type[Record], str] = {cls: table.name for cls, table in TABLE_OF.items()}
CLASS_OF_KIND: dict[str, type[Record]] = {kind: cls for cls, kind in KIND_OF.items()}

_FIELDS: dict[type[Record], tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in TABLE_OF
}


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
    # In slices: SQLite allows a limited number of values in one statement.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        conn.execute(delete(t.tombstone).where(t.tombstone.c.record_id.in_(chunk)))


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
    """Records whose columns equal ``filters`` (a list or tuple value means IN).

    ``exclude`` leaves heavy columns (photo data) unread; they come back empty.
    """
    table = TABLE_OF[cls]
    names = _FIELDS[cls] if not exclude else tuple(n for n in _FIELDS[cls] if n not in exclude)
    shape: list[tuple[str, int]] = []  # column and how many values: -1 one, 0 NULL, n IN
    params: list[Any] = []
    for name, value in filters.items():
        if isinstance(value, list | tuple | set | frozenset):
            if not value:
                return []  # IN () matches nothing
            shape.append((name, len(value)))
            (writer,) = _writers(table, (name,), conn.dialect)
            params.extend(value if writer is None else (writer(v) for v in value))
        elif value is None:
            shape.append((name, 0))
        else:
            shape.append((name, -1))
            (writer,) = _writers(table, (name,), conn.dialect)
            params.append(value if writer is None else writer(value))
    sql = _select_sql(table, names, tuple(shape), tuple(order_by))
    rows = _driver(conn).execute(sql, params).fetchall()
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
    stmt = select(func.count()).select_from(table).where(*_conditions(table, filters))
    return int(conn.execute(stmt).scalar_one())


def count_grouped(conn: Connection, cls: type[Record], by: str, **filters: Any) -> dict[str, int]:
    """Number of records per value of column ``by`` (notes per board, ...)."""
    table = TABLE_OF[cls]
    col = table.c[by]
    stmt = select(col, func.count()).where(*_conditions(table, filters)).group_by(col)
    return {str(key): int(n) for key, n in conn.execute(stmt).all()}


def sum_grouped(
    conn: Connection, cls: type[Record], by: str, column: str, **filters: Any
) -> dict[str, int]:
    table = TABLE_OF[cls]
    col = table.c[by]
    stmt = select(col, func.sum(table.c[column])).where(*_conditions(table, filters)).group_by(col)
    return {str(key): int(n or 0) for key, n in conn.execute(stmt).all() if key is not None}


def delete_records(conn: Connection, records: Sequence[Record], when: datetime) -> None:
    """Delete records and leave a tombstone for each (for carrying deletions to another laptop)."""
    by_table: dict[Table, list[str]] = {}
    for record in records:
        by_table.setdefault(TABLE_OF[type(record)], []).append(record.id)
    # Children before parents, so that no cascade does the work without a tombstone.
    for table in reversed(list(by_table)):
        ids = by_table[table]
        for start in range(0, len(ids), 500):
            conn.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
    if records:
        conn.execute(
            insert(t.tombstone).prefix_with("OR REPLACE"),
            [{"record_id": r.id, "kind": KIND_OF[type(r)], "deleted_at": when} for r in records],
        )


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


# A listing's SQL is made once per shape (class, filtered columns and the length of each IN
# list, order); SQLite keeps the compiled statement of each in its own cache.
@lru_cache(maxsize=512)
def _select_sql(
    table: Table,
    names: tuple[str, ...],
    shape: tuple[tuple[str, int], ...],
    order_by: tuple[str, ...],
) -> str:
    conditions: list[str] = []
    for name, count in shape:
        if count < 0:
            conditions.append(f"{_q(name)} = ?")
        elif count == 0:
            conditions.append(f"{_q(name)} IS NULL")
        else:
            conditions.append(f"{_q(name)} IN ({', '.join('?' * count)})")
    sql = f"SELECT {', '.join(_q(n) for n in names)} FROM {_q(table.name)}"
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    if order_by:
        sql += " ORDER BY " + ", ".join(_q(n) for n in order_by)
    return sql


def _conditions(table: Table, filters: dict[str, Any]) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    for name, value in filters.items():
        col = table.c[name]
        if isinstance(value, list | tuple | set | frozenset):
            out.append(col.in_(list(value)))
        elif value is None:
            out.append(col.is_(None))
        else:
            out.append(col == value)
    return out


def _blank(cls: type[Record], name: str) -> Any:
    f = next(f for f in dataclasses.fields(cls) if f.name == name)
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.type in ("bytes", bytes):
        return b""
    return None
