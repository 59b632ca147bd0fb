"""The error log in the data folder: where an unexpected failure's details go, instead of
into the user's face."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

LOG_NAME = "sec-workshop-fouten.log"


def log_exception(
    folder: Path,
    error: tuple[type[BaseException], BaseException, TracebackType | None] | None = None,
) -> Path | None:
    """Append the traceback (of ``error``, or the one being handled) to the log; its path,
    or ``None`` when it could not be written (a full or read-only disk)."""
    log = folder / LOG_NAME
    text = "".join(traceback.format_exception(*error)) if error else traceback.format_exc()
    try:
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}")
    except OSError:
        return None  # a log that cannot be written must not become a second failure
    return log
