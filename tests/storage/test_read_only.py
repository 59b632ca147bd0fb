"""A database that cannot be written to is reported as read-only, never as damaged, and
the -wal/-shm files that SQLite leaves read-only are made writable again."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from real_faults import as_user, folder_for_another_user, give_to

from sec_workshop.domain.base import DomainError
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace
from sec_workshop.storage.database import Database, DatabaseDamagedError, StorageError
from sec_workshop.storage.location import database_path


def _made(folder: Path) -> Path:
    with Workspace.open(folder) as ws:
        ws.demo.add()
    return database_path(folder)


def _opened_as(uid: int, gid: int, folder: Path) -> str:
    """What opening ``folder`` gives for another user: the wijken, or the error's code and
    Dutch message."""
    scratch = folder.parent / (folder.name + "-warm")

    def warm_up() -> None:  # loads, as root, every module that opening a folder needs
        with Workspace.open(scratch) as ws:
            ws.wijken.list()
        describe(DomainError("db.read_only", path=""), "nl")

    def action() -> str:
        try:
            with Workspace.open(folder) as ws:
                return "ok " + ", ".join(w.name for w in ws.wijken.list())
        except DomainError as exc:
            return f"{exc.code} {describe(exc, 'nl')}"

    return as_user(uid, gid, warm_up, action)


def test_a_read_only_database_file_is_named_and_not_called_damaged() -> None:
    """A real user whose database file is read-only (root ignores permissions, so the open
    runs as another user)."""
    with folder_for_another_user() as (home, uid, gid):
        folder = home / "data"
        path = _made(folder)
        give_to(folder, uid, gid)
        path.chmod(0o444)
        said = _opened_as(uid, gid, folder)
    assert said.startswith("db.read_only "), said
    assert "alleen-lezen" in said and "beschadigd" not in said and str(path) in said


def _leave_a_wal(path: Path) -> None:
    """-wal and -shm files with a committed change in them, as a process that stopped
    without a checkpoint leaves them."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_autocheckpoint = 0")
        con.execute("UPDATE wijk SET description = description || ' '")
        con.commit()
        kept = {s: path.with_name(path.name + s).read_bytes() for s in ("-wal", "-shm")}
    finally:
        con.close()
    for suffix, data in kept.items():
        path.with_name(path.name + suffix).write_bytes(data)


def test_read_only_wal_and_shm_files_are_made_writable_again() -> None:
    """SQLite leaves -wal and -shm read-only after the database was; the owner gets them
    writable again and opens the folder."""
    with folder_for_another_user() as (home, uid, gid):
        folder = home / "data"
        path = _made(folder)
        sidecars = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
        _leave_a_wal(path)
        give_to(folder, uid, gid)
        for sidecar in sidecars:
            sidecar.chmod(0o444)
        said = _opened_as(uid, gid, folder)
        assert said == "ok Vogelwijk-Oost", said
        for sidecar in sidecars:
            if sidecar.exists():
                assert stat.S_IMODE(sidecar.stat().st_mode) == stat.S_IMODE(path.stat().st_mode)


def test_a_read_only_failure_during_the_check_is_no_damage(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _made(data_dir)
    db = Database(path)
    error = sqlite3.OperationalError("attempt to write a readonly database")
    error.sqlite_errorname = "SQLITE_READONLY"  # type: ignore[attr-defined]

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise error

    monkeypatch.setattr(db.engine, "connect", refuse)
    with pytest.raises(DomainError) as caught:
        db.quick_check()
    assert not isinstance(caught.value, DatabaseDamagedError)
    assert caught.value.params["reason"] == "read_only"


def test_a_failed_read_says_reading_not_saving(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _made(data_dir)
    db = Database(path)
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorname = "SQLITE_IOERR"  # type: ignore[attr-defined]

    def broken(*_args: object, **_kwargs: object) -> object:
        raise error

    monkeypatch.setattr(db.engine, "connect", broken)
    with pytest.raises(StorageError) as caught, db.read():
        pass
    assert caught.value.code == "db.read_failed"
    assert describe(caught.value, "nl").startswith("Lezen uit de database is mislukt")
