"""The database file: pragmas in force, migrations, refusing a newer schema, and the lock."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path

import pytest

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.wijk import Wijk
from sec_workshop.storage import store
from sec_workshop.storage.database import (
    SCHEMA_HEAD,
    SCHEMA_REVISIONS,
    Database,
    SchemaTooNewError,
    read_revision,
)
from sec_workshop.storage.location import LOCK_NAME, database_path
from sec_workshop.storage.lock import FolderLock, LockedError
from sec_workshop.storage.migrate import script_revisions, upgrade
from sec_workshop.storage.opening import open_store
from sec_workshop.storage.tables import metadata


def test_pragmas_are_in_force(data_dir: Path) -> None:
    opened = open_store(data_dir)
    try:
        db = opened.db
        assert db.pragma("journal_mode") == "wal"
        assert db.pragma("synchronous") == 2  # FULL
        assert db.pragma("foreign_keys") == 1
        assert db.pragma("busy_timeout") == 5000
    finally:
        opened.close()


def test_writes_take_the_write_lock_at_begin(data_dir: Path) -> None:
    """BEGIN IMMEDIATE: a second writer is refused at once, not half-way through."""
    opened = open_store(data_dir)
    try:
        with opened.db.write():
            other = sqlite3.connect(database_path(data_dir), timeout=0.1)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
    finally:
        opened.close()


def test_failed_transaction_leaves_nothing_behind(data_dir: Path) -> None:
    opened = open_store(data_dir)
    try:
        with pytest.raises(RuntimeError), opened.db.write() as conn:
            store.insert_record(conn, Wijk(name="Half"))
            raise RuntimeError("power cut")
        with opened.db.read() as conn:
            assert store.list_where(conn, Wijk) == []
    finally:
        opened.close()


def test_schema_revisions_match_the_migration_scripts() -> None:
    assert list(SCHEMA_REVISIONS) == script_revisions()


def test_migration_from_empty_matches_the_tables(data_dir: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    opened = open_store(data_dir)
    try:
        with opened.db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == []
        assert read_revision(opened.db.path) == SCHEMA_HEAD
    finally:
        opened.close()


def test_migration_from_the_first_schema_keeps_data_and_backs_up(data_dir: Path) -> None:
    path = database_path(data_dir)
    db = Database(path)
    upgrade(db.engine, "0001")
    with db.write() as conn:
        store.insert_record(conn, Wijk(name="Oude wijk"))
    with db.engine.connect() as conn:
        indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list('note')")}
    assert "ix_note_board_id" not in indexes
    db.close()
    assert read_revision(path) == "0001"

    opened = open_store(data_dir)
    try:
        assert read_revision(path) == SCHEMA_HEAD
        with opened.db.read() as conn:
            assert [w.name for w in store.list_where(conn, Wijk)] == ["Oude wijk"]
        with opened.db.engine.connect() as conn:
            indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list('note')")}
        assert "ix_note_board_id" in indexes
        backups = list((data_dir / "backups").glob("*voor-migratie.sqlite"))
        assert len(backups) == 1
        assert read_revision(backups[0]) == "0001"
    finally:
        opened.close()


def test_migration_0004_keeps_history_written_as_dutch_text(data_dir: Path) -> None:
    """History entries from before codes keep their Dutch summary and are shown as such;
    new ones are stored as a code with parameters."""
    from sec_workshop.domain.process import RoadmapChange
    from sec_workshop.history_texts import change_text

    path = database_path(data_dir)
    db = Database(path)
    upgrade(db.engine, "0003")
    db.close()
    con = sqlite3.connect(path)
    stamp = "2026-10-01T09:00:00.000000Z"
    con.execute(
        "INSERT INTO process_model (id, created_at, updated_at, name, kind, description) "
        "VALUES ('m1', ?, ?, 'Routekaart Oud-West', 'roadmap', '')",
        (stamp, stamp),
    )
    con.execute(
        "INSERT INTO roadmap_change (id, created_at, updated_at, model_id, at, summary, detail) "
        "VALUES ('c1', ?, ?, 'm1', ?, 'Stap ''Wijksafari'' bijgewerkt', '')",
        (stamp, stamp, stamp),
    )
    con.commit()
    con.close()

    opened = open_store(data_dir)
    try:
        assert read_revision(path) == SCHEMA_HEAD
        with opened.db.read() as conn:
            (old,) = store.list_where(conn, RoadmapChange, model_id="m1")
        assert (old.code, old.params) == ("", {})
        assert change_text(old, "en") == "Stap 'Wijksafari' bijgewerkt"
        new = RoadmapChange(
            model_id="m1",
            at=old.at,
            code="step.added",
            params={"title": "Energiecafé", "id": "s1"},
            summary="Stap 'Energiecafé' toegevoegd",
        )
        with opened.db.write() as conn:
            store.insert_record(conn, new)
        with opened.db.read() as conn:
            stored = store.get(conn, RoadmapChange, new.id)
        assert stored.params == {"title": "Energiecafé", "id": "s1"}
        assert change_text(stored, "en") == "Step 'Energiecafé' added"
    finally:
        opened.close()


def test_newer_schema_is_refused_and_left_untouched(data_dir: Path) -> None:
    opened = open_store(data_dir)
    opened.close()
    path = database_path(data_dir)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    with pytest.raises(SchemaTooNewError) as info:
        open_store(data_dir)
    assert info.value.params["revision"] == "9999"
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_a_file_that_is_no_database_is_reported(data_dir: Path) -> None:
    database_path(data_dir).write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(DomainError) as info:
        open_store(data_dir)
    assert info.value.code in ("db.unreadable", "db.damaged")


def _hold_lock(
    folder: str, ready: multiprocessing.synchronize.Event, stop: multiprocessing.synchronize.Event
) -> None:  # type: ignore[name-defined]
    lock = FolderLock(Path(folder) / LOCK_NAME)
    lock.acquire()
    ready.set()
    stop.wait(20)


def test_second_instance_is_refused_with_the_holding_process(data_dir: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    ready, stop = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(data_dir), ready, stop))
    holder.start()
    try:
        assert ready.wait(20)
        with pytest.raises(LockedError) as info:
            open_store(data_dir)
        assert info.value.params["pid"] == holder.pid
    finally:
        stop.set()
        holder.join(20)


def test_stale_lock_from_a_killed_process_does_not_block(data_dir: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    ready, stop = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(data_dir), ready, stop))
    holder.start()
    assert ready.wait(20)
    os.kill(holder.pid, 9)  # type: ignore[arg-type]
    holder.join(20)
    assert (data_dir / LOCK_NAME).read_text()  # the file still names the dead process
    opened = open_store(data_dir)
    opened.close()


def test_lock_is_released_on_close(data_dir: Path) -> None:
    open_store(data_dir).close()
    open_store(data_dir).close()


def test_a_full_disk_is_a_clear_error_and_nothing_half_saved(data_dir: Path) -> None:
    """SQLITE_FULL (simulated with max_page_count) rolls the action back as a StorageError."""
    from sec_workshop.messages import describe
    from sec_workshop.storage.database import StorageError

    opened = open_store(data_dir)
    try:
        with opened.db.write() as conn:
            store.insert_record(conn, Wijk(name="Bewaard"))
        pages = opened.db.pragma("page_count")
        opened.db.pragma(f"max_page_count = {pages}")
        with pytest.raises(StorageError) as info, opened.db.write() as conn:
            store.insert_records(
                conn, [Wijk(name="x" * 100, description="y" * 5000) for _ in range(500)]
            )
        message = describe(info.value, "nl")
        assert message.startswith("Opslaan is mislukt: de schijf is vol")
        with opened.db.read() as conn:
            assert [w.name for w in store.list_where(conn, Wijk)] == ["Bewaard"]
    finally:
        opened.close()


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "bestand"
    target.write_text("x")
    with pytest.raises(DomainError) as info:
        open_store(target)
    assert info.value.code == "folder.not_a_folder"
