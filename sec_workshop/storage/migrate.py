"""Bringing a database to the current schema with Alembic, one transaction per revision."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from sec_workshop.storage.database import DatabaseDamagedError, storage_error

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade to ``target``, one transaction per revision; SQLite failures become
    ``StorageError`` (a failed revision is rolled back, earlier ones stay)."""
    try:
        _upgrade(engine, target)
    except (DBAPIError, sqlite3.Error) as exc:
        raise storage_error(exc) from exc


def _upgrade(engine: Engine, target: str) -> None:
    """Foreign keys are off while tables are rebuilt, then verified."""
    from alembic import command

    cfg = _config()
    with engine.connect() as conn:
        # PRAGMAs go straight to the driver: inside a transaction SQLite ignores them.
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            cfg.attributes["connection"] = conn  # type: ignore[attr-defined]
            command.upgrade(cfg, target)  # type: ignore[arg-type]
            if conn.in_transaction():
                conn.commit()
            broken = driver.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseDamagedError(
                    "db.damaged", detail=f"foreign keys after upgrade: {broken[:3]}"
                )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def script_revisions() -> list[str]:
    """All revisions of the Alembic scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())  # type: ignore[arg-type]
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
