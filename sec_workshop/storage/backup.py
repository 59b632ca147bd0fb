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
from enum import StrEnum
from pathlib import Path

from sec_workshop.domain.base import DomainError
from sec_workshop.storage.database import Database, read_revision

KEEP_RECENT = 10
KEEP_DAYS = 14
_NAME = re.compile(r"^sec-workshop-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite$")


class Reason(StrEnum):
    """Why a backup was made; part of its file name."""

    START = "start"
    AUTOMATIC = "automatisch"
    MANUAL = "handmatig"
    MIGRATION = "voor-migratie"
    IMPORT = "voor-import"
    RESTORE = "voor-terugzetten"
    DAMAGED = "beschadigd"  # a copy of a damaged state, kept but never offered as sound


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
    if not path.is_file():
        return [f"{path.name}: not found"]
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def require_sound(path: Path) -> None:
    """Refuse a file that is no healthy SEC Workshop database (of any schema version)."""
    problems = verify(path)
    if not problems:
        try:
            if read_revision(path) is None:
                problems = ["no SEC Workshop schema"]
        except DomainError as exc:
            problems = [str(exc)]
    if problems:
        detail = "; ".join(" ".join(p.split()) for p in problems[:3])
        raise BackupError("backup.unverified", name=path.name, detail=detail)


def write_backup(db: Database, dest: Path, *, verified: bool = True) -> Path:
    """Copy the live database to ``dest`` (checked, atomically renamed into place).

    ``verified=False`` keeps a copy even when it does not pass ``integrity_check`` (the
    state of a damaged database, saved before it is replaced).
    """
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
    if verified:
        try:
            require_sound(part)
        except BackupError:
            part.unlink(missing_ok=True)
            raise
    with open(part, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(part, dest)
    _fsync_dir(dest.parent)
    return dest


def make_backup(
    db: Database,
    folder: Path,
    reason: Reason,
    now: datetime | None = None,
    *,
    verified: bool = True,
    keep: tuple[Path, ...] = (),
) -> Path:
    """A rotated backup in ``folder`` named after the moment and the reason."""
    now = now or datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    path = write_backup(
        db, folder / f"sec-workshop-{stamp}-{Reason(reason).value}.sqlite", verified=verified
    )
    rotate(folder, now, keep=(path, *keep))
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


def rotate(folder: Path, now: datetime | None = None, keep: tuple[Path, ...] = ()) -> list[Path]:
    """Keep the newest ``KEEP_RECENT``, then the newest of each day for ``KEEP_DAYS`` days.

    Backups made before a schema upgrade are kept for ``KEEP_DAYS`` days whatever comes after
    them, and so is every path in ``keep`` (the one about to be restored, say).
    """
    now = now or datetime.now()
    backups = list_backups(folder)
    kept = {b.path for b in backups[:KEEP_RECENT]} | {Path(p) for p in keep}
    seen_days: set[str] = set()
    horizon = now - timedelta(days=KEEP_DAYS)
    for b in backups:
        day = b.made_at.strftime("%Y-%m-%d")
        if b.made_at >= horizon and (day not in seen_days or b.reason == Reason.MIGRATION):
            kept.add(b.path)
        seen_days.add(day)
    removed = []
    for b in backups:
        if b.path not in kept:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    # Half-written copies of a process that was killed mid-backup; only one process writes
    # here (the folder lock), and its own copy has just been renamed into place.
    for leftover in folder.glob("sec-workshop-*.sqlite.part*"):
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


def restore_into(db: Database, source: Path) -> None:
    """Replace the live database's content with ``source`` (checked by the caller)."""
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
    """Move a damaged database aside (kept, never deleted) and put a sound backup in place.

    Only for a database that is not open. Returns where the damaged file went.
    """
    require_sound(backup)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.stem}-beschadigd-{stamp}{database.suffix}")
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
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{database}{suffix}")
        if src.exists():
            os.replace(src, Path(f"{aside}{suffix}"))
    os.replace(part, database)
    _fsync_dir(database.parent)
    return aside


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
