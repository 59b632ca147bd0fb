"""Where the data folder is: ``--data-dir``, then ``SEC_WORKSHOP_DATA_DIR``, then the user's folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "SEC_WORKSHOP_DATA_DIR"
DB_NAME = "sec-workshop.sqlite"
BACKUP_DIR = "backups"
LOCK_NAME = "sec-workshop.lock"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir  # imported late: only needed without an override

    return Path(user_data_dir("SEC Workshop", appauthor=False, roaming=True))


def database_path(folder: Path) -> Path:
    return folder / DB_NAME


def backup_dir(folder: Path) -> Path:
    return folder / BACKUP_DIR
