"""A database that cannot be written to is reported as read-only, never as damaged, and
the -wal/-shm files that SQLite leaves read-only are made writable again."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from sec_workshop.domain.base import DomainError
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace
from sec_workshop.storage.database import Database, DatabaseDamagedError, StorageError
from sec_workshop.storage.location import database_path


def _made(folder: Path) -> Path:
    with Workspace.open(folder) as ws:
        ws.demo.add()
    return database_path(folder)


def _denied(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """What a non-root user sees for read-only files (the tests may run as root)."""
    real = os.access
    denied = {str(p) for p in paths}

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if str(path) in denied and mode & os.W_OK:
            return False
        return real(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


def test_a_read_only_database_file_is_named_and_not_called_damaged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _made(data_dir)
    _denied(monkeypatch, path)
    with pytest.raises(StorageError) as caught:
        Workspace.open(data_dir)
    assert caught.value.code == "db.read_only"
    message = describe(caught.value, "nl")
    assert "alleen-lezen" in message and "beschadigd" not in message and str(path) in message


def test_read_only_wal_and_shm_files_are_made_writable_again(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _made(data_dir)
    sidecars = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    for sidecar in sidecars:
        sidecar.touch()
        sidecar.chmod(0o444)
    _denied(monkeypatch, *sidecars)
    with Workspace.open(data_dir) as ws:
        assert [w.name for w in ws.wijken.list()] == ["Vogelwijk-Oost"]
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
