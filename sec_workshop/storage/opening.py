"""Opening a data folder: lock, schema check, backup before migration, migration, quick check."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sec_workshop.storage.backup import Reason, make_backup
from sec_workshop.storage.database import (
    SCHEMA_HEAD,
    SCHEMA_REVISIONS,
    Database,
    DatabaseDamagedError,
    SchemaTooNewError,
    StorageError,
    has_tables,
    read_revision,
)
from sec_workshop.storage.location import LOCK_NAME, backup_dir, database_path
from sec_workshop.storage.lock import FolderLock
from sec_workshop.storage.migrate import upgrade


@dataclass
class OpenedStore:
    folder: Path
    db: Database
    lock: FolderLock

    @property
    def backups(self) -> Path:
        return backup_dir(self.folder)

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self.lock.release()


def _require_writable(folder: Path, path: Path) -> None:
    """A database we cannot write to is not damaged: say what is read-only.

    While a database file is read-only, SQLite makes its ``-wal`` and ``-shm`` files
    read-only too, and they stay so after the file itself is writable again; they are made
    writable like the database file (they hold nothing the user owns apart from it)."""
    if not os.access(folder, os.W_OK):
        raise StorageError("folder.unusable", path=str(folder))
    if path.exists() and not os.access(path, os.W_OK):
        raise StorageError("db.read_only", path=str(path))
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists() and not os.access(sidecar, os.W_OK):
            try:
                os.chmod(sidecar, stat.S_IMODE(path.stat().st_mode))
            except OSError as exc:
                raise StorageError("db.read_only", path=str(sidecar)) from exc


def open_store(folder: Path) -> OpenedStore:
    """Open (and if needed create or upgrade) the database in ``folder``.

    Raises ``LockedError`` when another process has the folder, ``SchemaTooNewError`` for a
    database of a newer version (left untouched) and ``DatabaseDamagedError`` when SQLite
    finds damage.
    """
    if folder.exists() and not folder.is_dir():
        raise StorageError("folder.not_a_folder", path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError("folder.unusable", path=str(folder), detail=exc.strerror or "") from exc
    lock = FolderLock(folder / LOCK_NAME)
    lock.acquire()
    try:
        path = database_path(folder)
        existed = path.exists() and path.stat().st_size > 0
        revision = read_revision(path)
        if existed and revision is None and has_tables(path):
            # Some other program's database: never write our schema into it.
            raise DatabaseDamagedError("db.foreign", path=str(path))
        if revision is not None and revision not in SCHEMA_REVISIONS:
            raise SchemaTooNewError("db.too_new", revision=revision, path=str(path))
        _require_writable(folder, path)
        db = Database(path)
        try:
            if existed:
                problems = db.quick_check()
                if problems:
                    detail = "; ".join(" ".join(p.split()) for p in problems[:3])
                    raise DatabaseDamagedError("db.damaged", detail=detail)
            if revision != SCHEMA_HEAD:
                if existed:
                    make_backup(db, backup_dir(folder), Reason.MIGRATION)
                upgrade(db.engine)
        except BaseException:
            db.close()
            raise
        return OpenedStore(folder=folder, db=db, lock=lock)
    except BaseException:
        lock.release()
        raise
