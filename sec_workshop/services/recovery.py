"""Recovering a data folder whose database cannot be opened: back to the newest sound backup."""

from __future__ import annotations

from pathlib import Path

from sec_workshop.storage.backup import (
    BackupError,
    BackupInfo,
    Reason,
    list_backups,
    replace_damaged,
)
from sec_workshop.storage.location import LOCK_NAME, backup_dir, database_path
from sec_workshop.storage.lock import FolderLock


def candidate_backups(folder: Path) -> list[BackupInfo]:
    """Backups that may be put back, newest first (copies of damaged states excluded)."""
    return [b for b in list_backups(backup_dir(folder)) if b.reason != Reason.DAMAGED]


def restore_newest_backup(folder: Path) -> BackupInfo:
    """Put the newest sound backup in place of the damaged database, holding the folder lock.

    Backups that fail their check are skipped. The damaged file is kept beside the database.
    """
    with FolderLock(folder / LOCK_NAME):
        for backup in candidate_backups(folder):
            try:
                replace_damaged(database_path(folder), backup.path)
            except BackupError:
                continue
            return backup
    raise BackupError("backup.none_sound")
