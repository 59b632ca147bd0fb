"""One process per data folder, enforced by an OS file lock that dies with its holder.

The lock file also records who holds it, so a refused second start can say so. A crash
leaves the file behind, but the operating system has released the lock, so the next
start takes it over: a stale lock never blocks.
"""

from __future__ import annotations

import json
import os
import socket
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
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while open
        except OSError as exc:
            raise DomainError(
                "folder.unusable", path=str(self.path.parent), detail=exc.strerror or ""
            ) from exc
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
        handle.seek(0)
        handle.truncate()
        handle.write(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "since": datetime.now().isoformat(timespec="seconds"),
                    "program": " ".join(os.path.basename(a) for a in sys.argv[:2]),
                }
            )
        )
        handle.flush()
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


def _read_holder(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
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
