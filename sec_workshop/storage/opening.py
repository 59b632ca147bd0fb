"""Opening a data folder: lock, schema check, backup before migration, migration, quick check."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sec_workshop.domain.base import DomainError
from sec_workshop.storage.backup import Reason, list_backups, make_backup, rotate
from sec_workshop.storage.database import (
    SCHEMA_HEAD,
    SCHEMA_REVISIONS,
    Database,
    DatabaseDamagedError,
    MigrationError,
    SchemaTooNewError,
    StorageError,
    has_tables,
    read_revision,
)
from sec_workshop.storage.location import LOCK_NAME, backup_dir, database_path
from sec_workshop.storage.lock import FolderLock, folder_error
from sec_workshop.storage.migrate import upgrade
from sec_workshop.storage.outputs import TEMP_SUFFIX, PendingFiles, remove_temp


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
    database of a newer version (left untouched), ``DatabaseDamagedError`` only when the
    file itself is damaged, ``StorageError`` when a sound file cannot be used now (busy,
    read-only, disk full) and ``MigrationError`` when its schema cannot be brought up to
    date; in each case nothing was changed.
    """
    if folder.exists() and not folder.is_dir():
        raise StorageError("folder.not_a_folder", path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise folder_error(exc, folder) from exc
    lock = FolderLock(folder / LOCK_NAME)
    lock.acquire()
    try:
        _remove_leftovers(folder)
        path = database_path(folder)
        size = path.stat().st_size if path.exists() else None
        if not size and _was_used(folder):
            # An emptied or vanished file (a copy cut short, a full stick, a restore cut
            # off) is no new database while the folder shows it held one.
            raise DatabaseDamagedError("db.empty" if size == 0 else "db.missing", path=str(path))
        existed = bool(size)
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
                problems = _at_open(db.quick_check, path)
                if problems:
                    detail = "; ".join(" ".join(p.split()) for p in problems[:3])
                    raise DatabaseDamagedError("db.damaged", detail=detail)
            if revision != SCHEMA_HEAD:
                _migrate(db, folder, existed)
        except BaseException:
            db.close()
            raise
        return OpenedStore(folder=folder, db=db, lock=lock)
    except BaseException:
        lock.release()
        raise


def _at_open(check: Callable[[], list[str]], path: Path) -> list[str]:
    """Run a check at opening; a sound file that cannot be read now is said as such."""
    try:
        return check()
    except StorageError as exc:
        reason = exc.params.get("reason", "other")
        raise StorageError("db.open_failed", path=str(path), reason=reason) from exc


def _migrate(db: Database, folder: Path, existed: bool) -> None:
    """Upgrade the schema after a backup of the state before. A failed upgrade that changed
    nothing takes its backup away again, so that retries do not pile up copies."""
    before = db.revision()
    backup = (
        make_backup(db, backup_dir(folder), Reason.MIGRATION, rotate_now=False) if existed else None
    )
    try:
        upgrade(db.engine)
    except DomainError as exc:
        if backup is not None and _revision_or_none(db) == before:
            backup.unlink(missing_ok=True)
        reason = exc.params.get("reason")
        if isinstance(exc, StorageError) and reason in ("disk_full", "read_only", "busy"):
            raise StorageError("db.open_failed", path=str(db.path), reason=reason) from exc
        if isinstance(exc, StorageError | MigrationError):
            detail = str(exc.params.get("detail", "")) or exc.code
            raise MigrationError("db.migration_failed", detail=detail) from exc
        raise
    if backup is not None:
        rotate(backup_dir(folder), keep=(backup,))


def _was_used(folder: Path) -> bool:
    """Whether the folder shows that it held a database: sound backups, or a damaged
    database kept aside."""
    database = database_path(folder)
    if any(b.reason != Reason.DAMAGED for b in list_backups(backup_dir(folder))):
        return True
    return any(folder.glob(f"{database.stem}-beschadigd-*{database.suffix}"))


def _revision_or_none(db: Database) -> str | None:
    try:
        return db.revision()
    except DomainError:
        return None


def _remove_leftovers(folder: Path) -> None:
    """Temporary files of a process that was killed while writing (the lock is ours now, so
    none of them is still being written)."""
    PendingFiles(folder).clean()
    for leftover in folder.glob(f".*{TEMP_SUFFIX}*"):
        remove_temp(leftover)
