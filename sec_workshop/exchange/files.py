"""Reading a file a user points at: only regular files, never more than a limit."""

from __future__ import annotations

from pathlib import Path

from sec_workshop.domain.base import DomainError


class FileAccessError(DomainError):
    """A file cannot be read as asked (missing, a folder, a pipe, too big)."""


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
