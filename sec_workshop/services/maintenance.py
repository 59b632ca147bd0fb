"""Keeping the data safe: checks, backups on demand and on a schedule, and restoring one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sec_workshop.storage.backup import BackupError as BackupError
from sec_workshop.storage.backup import BackupInfo as BackupInfo
from sec_workshop.storage.backup import Reason as Reason
from sec_workshop.storage.backup import (
    copy_database,
    delete_backups,
    holding,
    list_backups,
    make_backup,
    require_sound,
    restore_into,
    rotate,
)
from sec_workshop.storage.database import (
    SCHEMA_REVISIONS,
    DatabaseDamagedError,
    SchemaTooNewError,
    read_revision,
)
from sec_workshop.storage.migrate import upgrade
from sec_workshop.storage.opening import OpenedStore
from sec_workshop.storage.outputs import PendingFiles, write_output


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

    def backup(self, reason: Reason) -> Path:
        """A verified, rotated backup in the backup folder."""
        path = make_backup(self._store.db, self._store.backups, reason)
        self._generation_backed_up = self._store.db.generation
        return path

    def backup_if_changed(self, reason: Reason) -> Path | None:
        """The scheduled backup: only when something was saved since the last one."""
        if self._store.db.generation == self._generation_backed_up:
            return None
        return self.backup(reason)

    def backup_at_start(self) -> Path | None:
        """The backup at opening, unless the newest backup is younger than the last change."""
        backups = list_backups(self._store.backups)
        db = self._store.db.path
        changed = max(
            (p.stat().st_mtime for p in (db, Path(f"{db}-wal")) if p.exists()), default=0.0
        )
        if backups and backups[0].path.stat().st_mtime >= changed:
            self._generation_backed_up = self._store.db.generation
            return None
        return self.backup(Reason.START)

    @contextmanager
    def backup_before(self, reason: Reason) -> Iterator[Path]:
        """A backup before risky work (an import). When the work fails and nothing was
        saved, the database is still exactly the backup, which is then taken away again, so
        that retries on a nearly full disk do not pile up copies."""
        db = self._store.db
        path = make_backup(db, self._store.backups, reason, rotate_now=False)
        generation = db.generation
        try:
            yield path
        except BaseException:
            if db.generation == generation:
                path.unlink(missing_ok=True)
            raise
        rotate(self._store.backups, keep=(path,))
        self._generation_backed_up = generation

    def backup_to(self, dest: Path) -> Path:
        """A verified backup at ``dest``, a new file outside any data folder."""
        db = self._store.db

        def fill(tmp: Path) -> None:
            copy_database(db, tmp, name=dest.name)

        return write_output(dest, fill, replace=False, pending=PendingFiles(self.data_folder))

    def backups(self) -> list[BackupInfo]:
        return list_backups(self._store.backups)

    def backups_holding(self, stakeholder_id: str, values: list[str]) -> list[BackupInfo]:
        """Backups that still hold a stakeholder's personal data (``values``: what it was)."""
        return holding(list_backups(self._store.backups), stakeholder_id, values)

    def delete_backups(self, paths: list[Path]) -> list[Path]:
        """Delete backups of this data folder (nothing else); returns the ones deleted."""
        return delete_backups(self._store.backups, paths)

    def restore(self, source: Path) -> Path:
        """Replace the data with a backup, after backing up the current state; returns that.

        The chosen backup is checked first. When the current state itself is damaged, its
        copy is kept unverified (marked *beschadigd*), so a damaged database never stands in
        the way of restoring a good one.
        """
        require_sound(source)
        revision = read_revision(source)
        if revision not in SCHEMA_REVISIONS:
            raise SchemaTooNewError("db.too_new", revision=revision, path=str(source))
        db = self._store.db
        try:
            safety = make_backup(db, self._store.backups, Reason.RESTORE, keep=(source,))
        except (BackupError, DatabaseDamagedError):
            safety = make_backup(
                db, self._store.backups, Reason.DAMAGED, verified=False, keep=(source,)
            )
        restore_into(db, source)
        upgrade(db.engine)  # a backup from an older version gets today's schema
        db.generation += 1
        return safety
