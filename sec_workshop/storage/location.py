"""Where the data folder is: ``--data-dir``, then ``SEC_WORKSHOP_DATA_DIR``, then the user's folder."""

from __future__ import annotations

import os
from pathlib import Path

from sec_workshop.domain.base import DomainError

ENV_VAR = "SEC_WORKSHOP_DATA_DIR"
DB_NAME = "sec-workshop.sqlite"
BACKUP_DIR = "backups"
LOCK_NAME = "sec-workshop.lock"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder, absolute and with links resolved; a name that cannot be resolved (a
    ``~user`` who does not exist, a loop of symbolic links) is refused in words."""
    chosen = os.fspath(explicit) if explicit else os.environ.get(ENV_VAR, "").strip()
    if chosen:
        try:
            folder = Path(chosen).expanduser()
        except RuntimeError as exc:
            raise DomainError("folder.no_home", path=chosen) from exc
        try:
            return folder.resolve()
        except (RuntimeError, OSError) as exc:
            raise DomainError("folder.unreachable", path=chosen) from exc
    from platformdirs import user_data_dir  # imported late: only needed without an override

    return Path(user_data_dir("SEC Workshop", appauthor=False, roaming=True))


def database_path(folder: Path) -> Path:
    return folder / DB_NAME


def backup_dir(folder: Path) -> Path:
    return folder / BACKUP_DIR
