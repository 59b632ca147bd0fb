"""Verified backups with SQLite's backup API, their rotation, and restoring one.

A backup is written beside its final name, checked with ``integrity_check`` and only then
renamed into place, so a backup file that exists is a good one.
"""

from __future__ import annotations

import mmap
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from sec_workshop.domain.base import DomainError
from sec_workshop.storage.database import (
    Database,
    DatabaseDamagedError,
    disk_nearly_full,
    read_revision,
)
from sec_workshop.storage.outputs import (
    TEMP_SUFFIX,
    OutputError,
    fsync_dir,
    os_error,
    remove_temp,
    sync_file,
    temp_beside,
)

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


def require_sound(path: Path, name: str = "") -> None:
    """Refuse a file that is no healthy SEC Workshop database (of any schema version);
    ``name`` is how the user knows the file (when ``path`` is a temporary name)."""
    problems = verify(path)
    if not problems:
        try:
            if read_revision(path) is None:
                problems = ["no SEC Workshop schema"]
        except DomainError as exc:
            problems = [str(exc)]
    if problems:
        detail = "; ".join(" ".join(p.split()) for p in problems[:3])
        raise BackupError("backup.unverified", name=name or path.name, detail=detail)


def write_backup(db: Database, dest: Path, *, verified: bool = True) -> Path:
    """Copy the live database to ``dest`` in the backup folder (checked, atomically renamed
    into place).

    ``verified=False`` keeps a copy even when it does not pass ``integrity_check`` (the
    state of a damaged database, saved before it is replaced).
    """
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file where the folder should be, a read-only medium
        raise BackupError(
            "backup.folder_unusable", path=str(dest.parent), detail=exc.strerror or ""
        ) from exc
    tmp = temp_beside(dest)
    try:
        copy_database(db, tmp, verified=verified, name=dest.name)
        sync_file(tmp)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        raise os_error(exc, dest) from exc
    finally:
        remove_temp(tmp)
    return dest


def copy_database(db: Database, tmp: Path, *, verified: bool = True, name: str = "") -> None:
    """Write a copy of the live database into the new file ``tmp`` with SQLite's backup API
    and, when ``verified``, check it. A copy that fails its check while the live database
    fails the same check says that the database itself is damaged (the copy is page for
    page), not that a backup file is."""
    raw = db.raw_connection()
    try:
        target = sqlite3.connect(tmp)
        try:
            raw.driver_connection.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise _copy_error(exc, tmp) from exc
    finally:
        raw.close()
    if not verified:
        return
    try:
        require_sound(tmp, name=name or tmp.name)
    except BackupError:
        live = db.integrity_problems()
        if live:
            detail = "; ".join(" ".join(p.split()) for p in live[:3])
            raise DatabaseDamagedError("db.damaged_found", detail=detail) from None
        raise


def _copy_error(exc: sqlite3.Error, tmp: Path) -> DomainError:
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name.startswith("SQLITE_FULL") or disk_nearly_full(tmp.parent):
        return OutputError("output.disk_full", path=str(tmp.parent))
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")):
        return OutputError("output.read_only", path=str(tmp.parent))
    return BackupError("backup.failed", detail=" ".join(str(exc).split()))


def make_backup(
    db: Database,
    folder: Path,
    reason: Reason,
    now: datetime | None = None,
    *,
    verified: bool = True,
    keep: tuple[Path, ...] = (),
    rotate_now: bool = True,
) -> Path:
    """A backup in ``folder`` named after the moment and the reason, and the folder rotated
    (``rotate_now=False``: the caller rotates once the work it guards has succeeded, so a
    failed attempt that removes its backup again has cost no older one)."""
    now = now or datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    path = write_backup(
        db, folder / f"sec-workshop-{stamp}-{Reason(reason).value}.sqlite", verified=verified
    )
    if rotate_now:
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


# Personal values shorter than this are found in any file by chance ("Jo", "06"); they are
# looked for in the stakeholder's own row only.
_SEARCHABLE = 4


def holding(backups: list[BackupInfo], record_id: str, values: list[str]) -> list[BackupInfo]:
    """The backups that still hold a stakeholder's personal data: in its row, or anywhere in
    the file's bytes (free pages of an old copy keep what was deleted before)."""
    wanted = [v.encode("utf-8") for v in values if len(v) >= _SEARCHABLE]
    return [
        b
        for b in backups
        if _row_has_personal_data(b.path, record_id) or _bytes_hold(b.path, wanted)
    ]


def _bytes_hold(path: Path, wanted: list[bytes]) -> bool:
    if not wanted:
        return False
    try:
        with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return any(data.find(value) != -1 for value in wanted)
    except (OSError, ValueError):  # unreadable, or empty (mmap refuses 0 bytes)
        return False


def _row_has_personal_data(path: Path, record_id: str) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = conn.execute(
            "SELECT contact_name, contact_role, contact_email, contact_phone "
            "FROM stakeholder WHERE id = ?",
            (record_id,),
        ).fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return row is not None and any(row)


def delete_backups(folder: Path, paths: list[Path]) -> list[Path]:
    """Delete backups of ``folder`` (only files named as backups there); returns those gone."""
    ours = {b.path.resolve() for b in list_backups(folder)}
    gone = []
    for path in paths:
        if path.resolve() not in ours:
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise os_error(exc, path) from exc
        gone.append(path)
    if gone:
        fsync_dir(folder)
    return gone


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
    leftovers = [*folder.glob(f".*{TEMP_SUFFIX}*"), *folder.glob("sec-workshop-*.sqlite.part*")]
    for leftover in leftovers:
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
    """Keep a damaged database aside (never deleted) and put a sound backup in its place.

    Only for a database that is not open. At every moment the database's name holds a file
    (the damaged one, then the restored one): a restore cut short leaves nothing that the
    next start would take for a new, empty database. Returns where the damaged file went.
    """
    require_sound(backup)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.stem}-beschadigd-{stamp}{database.suffix}")
    number = 1
    while aside.exists():  # a second try within the same second keeps the first copy too
        number += 1
        aside = database.with_name(f"{database.stem}-beschadigd-{stamp}-{number}{database.suffix}")
    part = temp_beside(database)
    try:
        src_con = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst_con = sqlite3.connect(part)
            try:
                src_con.backup(dst_con)
                dst_con.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst_con.close()
        finally:
            src_con.close()
        sync_file(part)
        if database.exists():
            _keep_copy(database, aside)
        # The damaged file's journal and WAL must not be played into the restored one.
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(f"{database}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
        os.replace(part, database)
    except sqlite3.Error as exc:
        raise _copy_error(exc, part) from exc
    except OSError as exc:
        raise os_error(exc, database) from exc
    finally:
        remove_temp(part)
    fsync_dir(database.parent)
    return aside


def _keep_copy(source: Path, copy: Path) -> None:
    """``copy`` gets the content of ``source``, which stays where it is."""
    try:
        os.link(source, copy)  # instant, and the same bytes
    except OSError:  # no hard links (FAT on a stick)
        shutil.copy2(source, copy)
