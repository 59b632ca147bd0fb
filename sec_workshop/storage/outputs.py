"""Writing a file that the user names (``-o``, *Exporteren…*): one guard for every output,
and temporary files that never outlive the write.

The guard keeps every output away from the live data: never inside a data folder (one that
holds a SEC Workshop database or lock), never onto a database, lock, backup, device or
folder. The bytes go to a temporary name beside the target that no user file has, are
flushed to disk and only then renamed into place, so a crash never leaves half a file under
the user's name. The temporary names in flight are listed in the data folder, so that a
process killed mid-write has its leftovers removed at the next start.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from sec_workshop.domain.base import DomainError
from sec_workshop.storage.location import DB_NAME, LOCK_NAME

TEMP_SUFFIX = ".sec-workshop-tmp"
PENDING_NAME = "sec-workshop-tijdelijk.json"
SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite's side files; a temporary database brings its own while it is being written.
SIDECARS = ("-journal", "-wal", "-shm")

_RESERVED = re.compile(
    r"""^(?:sec-workshop\.(?:sqlite|lock)
        |sec-workshop-fouten\.log
        |sec-workshop-tijdelijk\.json
        |sec-workshop-\d{8}-\d{6}-\d{6}-[a-z0-9-]+\.sqlite)$
        |\.sqlite-(?:wal|shm|journal)$
        |\.sec-workshop-tmp""",
    re.VERBOSE | re.IGNORECASE,
)


class OutputError(DomainError):
    """An output file may not or cannot be written where the user asked."""


def output_path(raw: str | os.PathLike[str]) -> Path:
    """The absolute path for what the user typed (``~`` expanded), or a plain refusal."""
    text = os.fspath(raw)
    if not text.strip():
        raise OutputError("output.empty")
    try:
        return Path(text).expanduser().absolute()
    except RuntimeError as exc:  # ~nosuchuser
        raise OutputError("output.no_home", path=text) from exc


def data_folder_around(folder: Path) -> Path | None:
    """The data folder that ``folder`` is (or lies inside), if any."""
    for candidate in (folder, *folder.parents):
        for name in (DB_NAME, LOCK_NAME):
            entry = candidate / name
            if entry.exists() or entry.is_symlink():
                return candidate
    return None


def check_output(dest: Path, *, replace: bool) -> None:
    """Refuse an output that could harm the data or cannot be written; see the module."""
    if dest.name in ("", ".", ".."):
        raise OutputError("output.is_folder", path=str(dest))
    try:
        if dest.is_dir():
            raise OutputError("output.is_folder", path=str(dest))
        if not dest.parent.is_dir():
            raise OutputError("output.no_folder", path=str(dest.parent))
        real = dest.resolve()
        folders = {dest.parent.resolve(), real.parent}
    except (RuntimeError, OSError) as exc:  # a loop of symbolic links, a name too long
        raise OutputError("output.unreachable", path=str(dest)) from exc
    for folder in sorted(folders):
        data_folder = data_folder_around(folder)
        if data_folder is not None:
            raise OutputError("output.in_data_folder", path=str(dest), folder=str(data_folder))
    if _RESERVED.search(dest.name) or _RESERVED.search(real.name):
        raise OutputError("output.reserved", path=str(dest))
    for path in {dest, real}:
        if _beside_a_database(path):
            # A -wal, -shm or -journal holds the newest changes of the database beside it.
            raise OutputError("output.database", path=str(dest))
    if dest.exists() or dest.is_symlink():
        if not replace:
            raise OutputError("output.exists", path=str(dest))
        _check_replaceable(dest)
    if not os.access(dest.parent, os.W_OK):
        raise OutputError("output.read_only", path=str(dest.parent))


def _check_replaceable(dest: Path) -> None:
    try:
        info = dest.stat()
    except FileNotFoundError:
        return  # a dangling link: the link itself is replaced
    except OSError as exc:
        raise OutputError("output.unreachable", path=str(dest)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise OutputError("output.special", path=str(dest))
    if _is_database(dest):
        raise OutputError("output.database", path=str(dest))
    if not os.access(dest, os.W_OK):
        raise OutputError("output.read_only_file", path=str(dest))


def _beside_a_database(path: Path) -> bool:
    name = path.name
    return any(
        name.endswith(suffix)
        and len(name) > len(suffix)
        and _is_database(path.with_name(name[: -len(suffix)]))
        for suffix in SIDECARS
    )


def _is_database(path: Path) -> bool:
    try:
        if not path.is_file():
            return False
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def temp_beside(dest: Path) -> Path:
    """A name beside ``dest`` that no user file has (hidden, random, our own suffix), short
    enough for any disk (names are limited in bytes, and one character may take four)."""
    stem = dest.name
    while len(os.fsencode(stem)) > 100:
        stem = stem[:-1]
    return dest.with_name(f".{stem}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def remove_temp(path: Path) -> bool:
    """Remove a temporary file and the side files SQLite may have left beside it; whether
    none is left (one on a medium that is gone or read-only now stays)."""
    gone = True
    for suffix in ("", *SIDECARS):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError:
            gone = gone and not Path(f"{path}{suffix}").exists()
    return gone


class PendingFiles:
    """Temporary files being written for the data folder's process, listed in the folder
    itself so that the next start removes what a killed process left behind.

    The list is a small JSON file in the data folder; whatever stands under its name (a
    link, a pipe, a huge or malformed file) is never followed and never trusted: only
    names of our own temporary pattern are ever removed."""

    MAX_BYTES = 256 * 1024

    def __init__(self, folder: Path) -> None:
        self.path = folder / PENDING_NAME

    def _read(self) -> list[str]:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            if self.path.is_symlink():
                return []
            fd = os.open(self.path, flags)
        except OSError:
            return []
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return []
            raw = os.read(fd, self.MAX_BYTES + 1)
        except OSError:
            return []
        finally:
            os.close(fd)
        if len(raw) > self.MAX_BYTES:
            return []
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            return []
        return [p for p in data if isinstance(p, str)] if isinstance(data, list) else []

    def _write(self, paths: list[str]) -> None:
        try:
            if self.path.is_symlink() or (self.path.exists() and not self.path.is_file()):
                return  # not ours to write through
            if paths:
                self.path.write_text(json.dumps(paths), encoding="utf-8")
            else:
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a full or read-only data folder: the write itself reports what matters

    def add(self, path: Path) -> None:
        self._write([*self._read(), str(path)])

    def discard(self, path: Path) -> None:
        self._write([p for p in self._read() if p != str(path)])

    def clean(self) -> list[Path]:
        """Remove leftovers of earlier runs (only names of our own temporary pattern); those
        that cannot be removed now (a stick that is read-only today) stay listed."""
        removed: list[Path] = []
        kept: list[str] = []
        for text in self._read():
            path = Path(text)
            if not (path.name.endswith(TEMP_SUFFIX) and path.name.startswith(".")):
                continue
            if remove_temp(path):
                removed.append(path)
            else:
                kept.append(text)
        self._write(kept)
        return removed


def write_output(
    dest: Path,
    write: Callable[[Path], None],
    *,
    replace: bool,
    pending: PendingFiles | None = None,
) -> Path:
    """Check ``dest``, let ``write`` fill a temporary file beside it, make that durable and
    rename it into place (``replace``: an existing regular file may be replaced; otherwise
    an existing file is refused)."""
    check_output(dest, replace=replace)
    tmp = temp_beside(dest)
    if pending is not None:
        pending.add(tmp)
    try:
        write(tmp)
        _settle(tmp, dest)
        if replace:
            os.replace(tmp, dest)
        else:
            _publish_new(tmp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        raise os_error(exc, dest) from exc
    finally:
        remove_temp(tmp)
        if pending is not None:
            pending.discard(tmp)
    return dest


def write_bytes(
    dest: Path, data: bytes, *, replace: bool = True, pending: PendingFiles | None = None
) -> Path:
    def fill(tmp: Path) -> None:
        with open(tmp, "xb") as fh:
            fh.write(data)

    return write_output(dest, fill, replace=replace, pending=pending)


def os_error(exc: OSError, dest: Path) -> OutputError:
    """An operating system failure while writing ``dest`` in words the user can act on."""
    code = {
        errno.ENOSPC: "output.disk_full",
        errno.EDQUOT: "output.disk_full",
        errno.EROFS: "output.read_only",
        errno.EACCES: "output.read_only",
        errno.EPERM: "output.read_only",
        errno.EEXIST: "output.exists",
        errno.ENAMETOOLONG: "output.name_too_long",
    }.get(exc.errno or 0, "output.failed")
    path = dest.parent if code == "output.read_only" else dest
    return OutputError(code, path=str(path), detail=exc.strerror or "")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _settle(tmp: Path, dest: Path) -> None:
    """Flush the new file to disk with the permissions it should have (those of the file it
    replaces, or the usual ones for a new file)."""
    try:
        mode = stat.S_IMODE(dest.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    os.chmod(tmp, mode)
    sync_file(tmp)


def _publish_new(tmp: Path, dest: Path) -> None:
    """Give ``tmp`` the name ``dest`` without ever replacing a file that appeared there."""
    try:
        os.link(tmp, dest)
    except FileExistsError:
        raise OutputError("output.exists", path=str(dest)) from None
    except OSError:
        # No hard links (FAT on a USB stick): the check just before is the best there is.
        if dest.exists() or dest.is_symlink():
            raise OutputError("output.exists", path=str(dest)) from None
        os.replace(tmp, dest)


def sync_file(path: Path) -> None:
    """Flush a file to the disk (Windows needs a handle that may write for this)."""
    with open(path, "r+b") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles for this, and some
    network and FUSE disks refuse it: the file is in place all the same."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
