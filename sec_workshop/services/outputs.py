"""Files the user asks for (an exported model, a board image, a report): each goes through
the one guard that keeps it off the live data, and is written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from sec_workshop.storage.outputs import (
    OutputError as OutputError,
)
from sec_workshop.storage.outputs import (
    PendingFiles,
    check_output,
    output_path,
    write_bytes,
)


class OutputService:
    """Writes outputs for the process that holds ``folder``; leftovers of a write that was
    cut short are removed when the folder is next opened."""

    def __init__(self, folder: Path) -> None:
        self._pending = PendingFiles(folder)

    @staticmethod
    def path(raw: str | os.PathLike[str]) -> Path:
        """The absolute path for what the user typed (``~`` expanded)."""
        return output_path(raw)

    @staticmethod
    def check(dest: Path, *, replace: bool = True) -> None:
        """Refuse ``dest`` before any work is done for it (see ``storage.outputs``)."""
        check_output(dest, replace=replace)

    def write(self, dest: Path, data: bytes, *, replace: bool = True) -> Path:
        """Write ``data`` to ``dest``; ``replace``: an existing ordinary file may be replaced."""
        return write_bytes(dest, data, replace=replace, pending=self._pending)
