"""Verified backups with SQLite's backup API, their rotation, and restoring one.

A backup is written beside its final name, checked with ``integrity_check`` and only then
renamed into place, so a backup file that exists is a good one.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sec_workshop.domain.base import DomainError
from sec_workshop.storage.database import Database

KEEP_RECENT = 10
KEEP_DAYS = 14
_NAME = re.compile(r"^sec-workshop-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite$")


class BackupError(DomainError):
    """A backup could not be written or did not verify."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int


def verify(path: Path) -> list[str]:
    """Problems that ``integrity_check`` finds in a database file; empty when healthy."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def write_backup(db: Database, dest: Path) -> Path:
    """Copy the live database to ``dest`` (verified, atomically renamed)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    raw = db.raw_connection()
    try:
        target = sqlite3.connect(part)
        try:
            raw.driver_connection.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        raise BackupError("backup.failed", detail=str(exc)) from exc
    finally:
        raw.close()
    problems = verify(part)
    if problems:
        part.unlink(missing_ok=True)
        raise BackupError("backup.unverified", detail="; ".join(problems[:3]))
    with open(part, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(part, dest)
    return dest


def make_backup(db: Database, folder: Path, reason: str, now: datetime | None = None) -> Path:
    """A rotated backup in ``folder`` named after the moment and the reason."""
    now = now or datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    path = write_backup(db, folder / f"sec-workshop-{stamp}-{reason}.sqlite")
    rotate(folder, now)
    return path


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    out: list[BackupInfo] = []
    if not folder.is_dir():
        return out
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m:
            continue
        made = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f")
        out.append(BackupInfo(entry, made, m.group(2), entry.stat().st_size))
    out.sort(key=lambda b: b.made_at, reverse=True)
    return out


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Keep the newest ``KEEP_RECENT``, then the newest of each day for ``KEEP_DAYS`` days."""
    now = now or datetime.now()
    backups = list_backups(folder)
    keep = {b.path for b in backups[:KEEP_RECENT]}
    seen_days: set[str] = set()
    horizon = now - timedelta(days=KEEP_DAYS)
    for b in backups:
        day = b.made_at.strftime("%Y-%m-%d")
        if b.made_at >= horizon and day not in seen_days:
            keep.add(b.path)
        seen_days.add(day)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    # Half-written copies of a process that was killed mid-backup; only one process writes
    # here (the folder lock), and its own copy has just been renamed into place.
    for leftover in folder.glob("sec-workshop-*.sqlite.part*"):
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


def restore_into(db: Database, source: Path) -> None:
    """Replace the live database's content with a verified backup file."""
    problems = verify(source)
    if problems:
        raise BackupError("backup.unverified", detail="; ".join(problems[:3]))
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    raw = db.raw_connection()
    try:
        src.backup(raw.driver_connection)
    except sqlite3.Error as exc:
        raise BackupError("backup.failed", detail=str(exc)) from exc
    finally:
        src.close()
        raw.close()


def replace_damaged(database: Path, backup: Path) -> Path:
    """Move a damaged database aside (kept, never deleted) and put a verified backup in place.

    Only for a database that is not open. Returns where the damaged file went.
    """
    problems = verify(backup)
    if problems:
        raise BackupError("backup.unverified", detail="; ".join(problems[:3]))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.stem}-beschadigd-{stamp}{database.suffix}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{database}{suffix}")
        if src.exists():
            os.replace(src, Path(f"{aside}{suffix}"))
    part = database.with_name(database.name + ".part")
    src_con = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst_con = sqlite3.connect(part)
        try:
            src_con.backup(dst_con)
        finally:
            dst_con.close()
    finally:
        src_con.close()
    os.replace(part, database)
    return aside
