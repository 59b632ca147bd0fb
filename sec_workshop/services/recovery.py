"""Recovering a data folder whose database cannot be opened: back to the newest backup."""

from __future__ import annotations

from pathlib import Path

from sec_workshop.storage.backup import BackupInfo, list_backups, replace_damaged
from sec_workshop.storage.location import backup_dir, database_path


def newest_backup(folder: Path) -> BackupInfo | None:
    backups = list_backups(backup_dir(folder))
    return backups[0] if backups else None


def restore_newest_backup(folder: Path) -> Path:
    """Put the newest backup in place of the damaged database; returns where that went."""
    newest = newest_backup(folder)
    if newest is None:
        raise FileNotFoundError("no backup")
    return replace_damaged(database_path(folder), newest.path)
