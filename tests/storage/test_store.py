"""Reading and writing records on the hot paths: the same values, the same stored text, and
the same errors as through SQLAlchemy Core."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from sec_workshop.domain.base import NotFoundError, Record
from sec_workshop.domain.board import Note, Photo
from sec_workshop.domain.enums import NoteColor, StepStatus
from sec_workshop.domain.process import Step
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, StorageError


def _core_list(conn: Any, cls: type[Record]) -> list[Record]:
    """The reference: every row of the class's table read through Core."""
    table = store.TABLE_OF[cls]
    rows = conn.execute(select(table).order_by(table.c.id)).mappings()
    return [store._from_row(cls, row) for row in rows]


@pytest.fixture
def demo(data_dir: Path) -> Any:
    ws = Workspace.open(data_dir)
    ws.demo.add()
    db: Database = ws.editing._db
    with db.write() as conn:
        board = _core_list(conn, Note)[0]
        assert isinstance(board, Note)
        store.insert_record(
            conn,
            Photo(
                board_id=board.board_id,
                caption="Wand",
                mime_type="image/png",
                width_px=2,
                height_px=1,
                data=b"\x89PNG\x00\x01",
            ),
        )
    yield db
    ws.close()


def test_every_table_reads_the_same_as_through_core(demo: Database) -> None:
    with demo.read() as conn:
        for cls in store.TABLE_OF:
            ours = sorted(store.list_where(conn, cls), key=lambda r: r.id)
            assert ours == _core_list(conn, cls), cls.__name__
        steps = _core_list(conn, Step)
        assert steps and any(isinstance(s, Step) and s.start_date for s in steps)
        first = steps[0]
        assert store.get(conn, Step, first.id) == first
        assert store.find(conn, Step, "geen-id") is None
        with pytest.raises(NotFoundError):
            store.get(conn, Step, "geen-id")


def test_filters_in_null_and_order(demo: Database) -> None:
    with demo.read() as conn:
        notes = [n for n in _core_list(conn, Note) if isinstance(n, Note)]
        board_id = notes[0].board_id
        on_board = store.list_where(conn, Note, order_by=("z", "id"), board_id=board_id)
        assert on_board == sorted(
            (n for n in notes if n.board_id == board_id), key=lambda n: (n.z, n.id)
        )
        loose = store.list_where(conn, Note, cluster_id=None, board_id=[board_id])
        assert {n.id for n in loose} == {
            n.id for n in notes if n.board_id == board_id and n.cluster_id is None
        }
        assert store.list_where(conn, Note, board_id=[]) == []
        some = {n.id for n in notes[:3]}
        assert {n.id for n in store.list_where(conn, Note, id=some)} == some
        photo = store.list_where(conn, Photo, exclude=("data",))[0]
        assert photo.data == b"" and photo.caption == "Wand"
        assert store.list_where(conn, Photo)[0].data == b"\x89PNG\x00\x01"


def test_updates_store_the_same_text_as_core(demo: Database) -> None:
    with demo.write() as conn:
        a, b = (n for n in _core_list(conn, Note)[:2] if isinstance(n, Note))
        store.update_fields(conn, Note, a.id, color=NoteColor.BLUE, facilitator_only=True, x=2.5)
        when = store.get(conn, Note, a.id).updated_at
        table = store.TABLE_OF[Note]
        conn.execute(
            update(table)
            .where(table.c.id == b.id)
            .values(color=NoteColor.BLUE, facilitator_only=True, x=2.5, updated_at=when)
        )
        raw = conn.connection.driver_connection
        sql = "SELECT color, facilitator_only, x, updated_at FROM note WHERE id = ?"
        assert raw.execute(sql, (a.id,)).fetchone() == raw.execute(sql, (b.id,)).fetchone()
        assert store.get(conn, Note, a.id).color is NoteColor.BLUE

        steps = [s for s in _core_list(conn, Step) if isinstance(s, Step)][:2]
        moved = [
            s.__class__(**{**_fields(s), "position": 7, "status": StepStatus.DONE}) for s in steps
        ]
        stored = store.update_records(conn, moved, ("position",))
        again = [store.get(conn, Step, s.id) for s in steps]
        assert [s.position for s in again] == [7, 7]
        assert [s.status for s in again] == [s.status for s in steps]  # only ``position``
        assert [s.updated_at for s in again] == [s.updated_at for s in stored]
        with pytest.raises(NotFoundError):
            store.update_fields(conn, Step, "geen-id", position=1)


def test_a_driver_error_on_the_hot_path_is_a_storage_error(demo: Database) -> None:
    with demo.read() as conn:
        step = store.list_where(conn, Step)[0]
    with pytest.raises(StorageError) as info, demo.write() as conn:
        store.update_fields(conn, Step, step.id, position=99)
        store.update_fields(conn, Step, step.id, title=None)  # not null
    assert isinstance(info.value.__cause__, sqlite3.IntegrityError)
    with demo.read() as conn:
        assert store.get(conn, Step, step.id).position == step.position  # all rolled back


def test_pointing_at_what_is_gone_is_said_as_such(demo: Database) -> None:
    """An undo or redo that points at what another view deleted meanwhile: a plain
    sentence, not a database error, and nothing of it saved."""
    with demo.read() as conn:
        step = store.list_where(conn, Step)[0]
    with pytest.raises(NotFoundError) as info, demo.write() as conn:
        store.update_fields(conn, Step, step.id, position=99)
        store.update_fields(conn, Step, step.id, lane_id="geen-baan")  # foreign key
    assert info.value.code == "record.refers_to_gone"
    assert isinstance(info.value.__cause__, sqlite3.IntegrityError)
    assert describe(info.value, "nl").startswith("Dit kan niet meer: het hoort bij iets")
    with demo.read() as conn:
        assert store.get(conn, Step, step.id).position == step.position  # all rolled back


def _fields(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in store._FIELDS[type(record)]}


def test_column_names_are_checked_before_they_reach_sql(demo: Database) -> None:
    hostile = 'id" = "id" OR 1=1 --'
    with demo.read() as conn:
        for call in (
            lambda: store.list_where(conn, Note, **{hostile: "x"}),
            lambda: store.list_where(conn, Note, order_by=(hostile,)),
            lambda: store.list_where(conn, Note, exclude=(hostile,)),
            lambda: store.count_where(conn, Note, **{hostile: 1}),
            lambda: store.count_grouped(conn, Note, hostile),
            lambda: store.sum_grouped(conn, Note, "board_id", hostile),
        ):
            with pytest.raises(ValueError, match="has no column"):
                call()
    with pytest.raises(ValueError, match="has no column"), demo.write() as conn:
        store.update_fields(conn, Note, "x", **{hostile: 1})


def test_none_matches_null_on_every_path_as_core_does(demo: Database) -> None:
    """``None`` alone or inside a list matches NULL in listing, counting and grouping, as
    SQLAlchemy's ``is_(None)`` does."""
    with demo.read() as conn:
        table = store.TABLE_OF[Note]
        notes = [n for n in _core_list(conn, Note) if isinstance(n, Note)]
        clustered = next(n.cluster_id for n in notes if n.cluster_id is not None)
        core_loose = conn.execute(select(table.c.id).where(table.c.cluster_id.is_(None))).scalars()
        core_either = conn.execute(
            select(table.c.id).where(
                table.c.cluster_id.is_(None) | (table.c.cluster_id == clustered)
            )
        ).scalars()
        loose, either = set(core_loose), set(core_either)
        assert loose and either > loose
        assert {n.id for n in store.list_where(conn, Note, cluster_id=None)} == loose
        assert {n.id for n in store.list_where(conn, Note, cluster_id=[None])} == loose
        assert {n.id for n in store.list_where(conn, Note, cluster_id=[None, clustered])} == either
        assert store.count_where(conn, Note, cluster_id=None) == len(loose)
        assert store.count_where(conn, Note, cluster_id=(clustered, None)) == len(either)
        by_board = store.count_grouped(conn, Note, "board_id", cluster_id=None)
        assert sum(by_board.values()) == len(loose)


def test_long_in_lists_are_sliced_for_sqlite_limit(demo: Database) -> None:
    """SQLite builds may allow as few as 999 values in one statement."""
    with demo.write() as conn:
        conn.connection.driver_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        notes = [n for n in _core_list(conn, Note) if isinstance(n, Note)]
        board_id = notes[0].board_id
        extra = [
            Note(board_id=board_id, text=f"briefje {i}", x=float(i % 37), y=float(i), z=i % 5)
            for i in range(2500)
        ]
        store.insert_records(conn, extra)
        ids = [n.id for n in extra] + ["geen-id"] * 3
        found = store.list_where(conn, Note, order_by=("z", "x", "id"), id=ids)
        assert [n.id for n in found] == [
            n.id for n in sorted(extra, key=lambda n: (n.z, n.x, n.id))
        ]
        assert store.count_where(conn, Note, id=ids) == 2500
        assert store.count_grouped(conn, Note, "board_id", id=ids) == {board_id: 2500}
        assert store.sum_grouped(conn, Note, "board_id", "z", id=ids) == {
            board_id: sum(n.z for n in extra)
        }
        store.delete_records(conn, extra, extra[0].created_at)
        assert store.count_where(conn, Note, id=ids) == 0
