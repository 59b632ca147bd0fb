"""Keeping the data safe: checks, backups on demand and on a schedule, and restoring one."""

from __future__ import annotations

from pathlib import Path

from sec_workshop.storage.backup import BackupError as BackupError
from sec_workshop.storage.backup import BackupInfo as BackupInfo
from sec_workshop.storage.backup import (
    list_backups,
    make_backup,
    restore_into,
    verify,
    write_backup,
)
from sec_workshop.storage.database import SCHEMA_REVISIONS, SchemaTooNewError, read_revision
from sec_workshop.storage.migrate import upgrade
from sec_workshop.storage.opening import OpenedStore


class MaintenanceService:
    def __init__(self, store: OpenedStore) -> None:
        self._store = store
        self._generation_backed_up = -1

    @property
    def data_folder(self) -> Path:
        return self._store.folder

    @property
    def database_file(self) -> Path:
        return self._store.db.path

    @property
    def backup_folder(self) -> Path:
        return self._store.backups

    def check(self) -> list[str]:
        """Integrity and foreign-key problems; an empty list means the database is healthy."""
        return self._store.db.integrity_problems()

    def backup(self, reason: str) -> Path:
        """A verified, rotated backup in the backup folder."""
        path = make_backup(self._store.db, self._store.backups, reason)
        self._generation_backed_up = self._store.db.generation
        return path

    def backup_if_changed(self, reason: str) -> Path | None:
        """The scheduled backup: only when something was saved since the last one."""
        if self._store.db.generation == self._generation_backed_up:
            return None
        return self.backup(reason)

    def backup_to(self, dest: Path) -> Path:
        return write_backup(self._store.db, dest)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self._store.backups)

    def restore(self, source: Path) -> Path:
        """Replace the data with a backup, after backing up the current state; returns that."""
        revision = read_revision(source)
        if revision is not None and revision not in SCHEMA_REVISIONS:
            raise SchemaTooNewError("db.too_new", revision=revision, path=str(source))
        problems = verify(source)
        if problems:
            raise BackupError("backup.unverified", detail="; ".join(problems[:3]))
        safety = self.backup("voor-terugzetten")
        restore_into(self._store.db, source)
        upgrade(self._store.db.engine)  # a backup from an older version gets today's schema
        self._store.db.generation += 1
        return safety
