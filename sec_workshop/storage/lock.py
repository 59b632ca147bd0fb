"""One process per data folder, enforced by an OS file lock that dies with its holder.

The lock file also records who holds it, so a refused second start can say so. A crash
leaves the file behind, but the operating system has released the lock, so the next
start takes it over: a stale lock never blocks.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import stat
import sys
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sec_workshop.domain.base import DomainError


class LockedError(DomainError):
    """Another running process holds the data folder."""


class FolderLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = _open_lock_file(self.path)
        if not _try_lock(handle):
            holder = _read_holder(self.path)
            handle.close()
            raise LockedError(
                "lock.held",
                pid=holder.get("pid", "?"),
                host=holder.get("host", "?"),
                since=holder.get("since", "?"),
                program=holder.get("program", "?"),
            )
        details = json.dumps(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": datetime.now().isoformat(timespec="seconds"),
                "program": " ".join(os.path.basename(a) for a in sys.argv[:2]),
            }
        )
        try:
            # Unbuffered, so that a full disk fails here and not again when closing.
            os.ftruncate(handle.fileno(), 0)
            os.lseek(handle.fileno(), 0, os.SEEK_SET)
            os.write(handle.fileno(), details.encode("utf-8"))
        except OSError as exc:
            _unlock(handle)
            handle.close()
            raise folder_error(exc, self.path.parent) from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.flush()
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def folder_error(exc: OSError, folder: Path) -> DomainError:
    """Why the data folder cannot be used, from the operating system's answer."""
    code = {
        errno.ENOSPC: "folder.disk_full",
        errno.EDQUOT: "folder.disk_full",
        errno.EROFS: "folder.read_only",
    }.get(exc.errno or 0, "folder.unusable")
    return DomainError(code, path=str(folder), detail=exc.strerror or "")


def _open_lock_file(path: Path) -> IO[str]:
    """Open the lock file for writing without following a link: a symbolic link (or a hard
    link, a pipe, a device) named like the lock must never have its target truncated."""
    if path.is_symlink():  # Windows has no O_NOFOLLOW
        raise DomainError("lock.not_a_file", path=str(path))
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0), 0o644)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENXIO):
            raise DomainError("lock.not_a_file", path=str(path)) from exc
        raise folder_error(exc, path.parent) from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
        os.close(fd)
        raise DomainError("lock.not_a_file", path=str(path))
    if getattr(os, "O_NONBLOCK", 0):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "r+", encoding="utf-8")


def _read_holder(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.loads(fh.read(4096) or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


if sys.platform == "win32":
    import msvcrt

    # Windows locks byte ranges against reading too, so lock a byte far past the holder's
    # details: a refused second start can still read who has the folder.
    _LOCK_OFFSET = 1 << 20

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        handle.seek(0)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
