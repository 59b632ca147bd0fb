"""Reading a file a user points at: only regular files, never more than a limit."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from sec_workshop.domain.base import DomainError


class FileAccessError(DomainError):
    """A file cannot be read or written as asked (missing, a folder, a pipe, too big)."""


def read_limited(file: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``."""
    try:
        if not file.exists():
            raise FileAccessError("file.not_found", name=file.name)
        if not file.is_file():
            # A folder, a pipe or a device: nothing to read (a pipe would hang).
            raise FileAccessError("file.not_a_file", name=file.name)
        if file.stat().st_size > max_bytes:
            raise FileAccessError("file.too_big", name=file.name, max_mb=max_bytes // 2**20)
        with file.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise FileAccessError("file.unreadable", name=file.name) from exc
    if len(raw) > max_bytes:
        raise FileAccessError("file.too_big", name=file.name, max_mb=max_bytes // 2**20)
    return raw


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(file: Path, data: bytes) -> Path:
    """Write ``data`` to ``file`` through a temporary file beside it, so that a crash never
    leaves half a file. An existing regular file that may be written is replaced (keeping its
    permissions); a folder, a device or a read-only file is refused."""
    if file.is_dir():
        raise FileAccessError("file.is_folder", name=file.name)
    if not file.parent.is_dir():
        raise FileAccessError("file.no_folder", name=str(file.parent))
    existing = file.exists() or file.is_symlink()
    if existing and (not file.is_file() or not os.access(file, os.W_OK)):
        raise FileAccessError("file.unwritable", name=file.name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{file.name}.", dir=file.parent)
        try:
            # A new file gets the usual permissions (mkstemp's are owner-only).
            mode = stat.S_IMODE(file.stat().st_mode) if existing else 0o666 & ~_umask()
            os.chmod(tmp, mode)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise FileAccessError("file.unwritable", name=file.name) from exc
    return file
