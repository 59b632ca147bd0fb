"""The SQLite database: pragmas, one writing connection, transactions, schema version, checks.

Every public service method runs in one ``write()`` (``BEGIN IMMEDIATE`` ... ``COMMIT``), so
a killed process loses at most the action in flight. WAL with ``synchronous=FULL`` makes a
commit durable once it returns.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from sec_workshop.domain.base import DomainError, NotFoundError
from sec_workshop.domain.changes import Changes

# Revisions in order; the last is the schema this version writes. A test keeps this in
# step with the Alembic scripts (so start-up need not import Alembic to compare).
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]


class SchemaTooNewError(DomainError):
    """The database was written by a newer version of the app; it is left untouched."""


class DatabaseDamagedError(DomainError):
    """SQLite reports the file as damaged (or it is no SQLite database at all)."""


class StorageError(DomainError):
    """Saving failed (disk full, folder read-only, file locked); nothing of it was stored."""


class MigrationError(DomainError):
    """The schema could not be brought up to date; the database is as it was before."""


# SQLite's error names mapped to the reasons that messages.py explains in words.
_REASONS = {
    "SQLITE_FULL": "disk_full",
    "SQLITE_READONLY": "read_only",
    "SQLITE_READONLY_DBMOVED": "read_only",
    "SQLITE_READONLY_DIRECTORY": "read_only",
    "SQLITE_BUSY": "busy",
    "SQLITE_LOCKED": "busy",
    "SQLITE_IOERR": "io_error",
    "SQLITE_CANTOPEN": "cannot_open",
    "SQLITE_PERM": "read_only",
}


def storage_error(exc: BaseException, reading: bool = False) -> DomainError:
    """A SQLite failure as an error the user can act on (``reading``: nothing was saved
    because nothing was being saved)."""
    orig = getattr(exc, "orig", exc)
    if _is_damage(orig):
        return DatabaseDamagedError("db.damaged", detail=" ".join(str(orig).split()))
    if isinstance(orig, sqlite3.IntegrityError) and "FOREIGN KEY" in str(orig):
        # An undo or redo of something that points at what another view deleted meanwhile.
        return NotFoundError("record.refers_to_gone")
    code = "db.read_failed" if reading else "db.write_failed"
    return StorageError(code, reason=_reason(orig), detail=" ".join(str(orig).split()))


def open_error(exc: BaseException, path: Path) -> DomainError:
    """A SQLite failure while opening ``path``: damage only when the file is damaged; a busy,
    read-only or full medium is said as such (the file itself may be fine)."""
    orig = getattr(exc, "orig", exc)
    detail = " ".join(str(orig).split())
    if _is_damage(orig):
        return DatabaseDamagedError("db.unreadable", path=str(path), detail=detail)
    return StorageError("db.open_failed", path=str(path), reason=_reason(orig, path.parent))


def _errorname(orig: BaseException) -> str:
    return str(getattr(orig, "sqlite_errorname", ""))


def _is_damage(orig: BaseException) -> bool:
    name = _errorname(orig)
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def _reason(orig: BaseException, folder: Path | None = None) -> str:
    name = _errorname(orig)
    base = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    reason = _REASONS.get(name) or _REASONS.get(base) or "other"
    if reason in ("io_error", "cannot_open") and folder is not None and disk_nearly_full(folder):
        # SQLite reports a full disk as an I/O error when it cannot grow its -shm file.
        reason = "disk_full"
    return reason


def disk_nearly_full(folder: Path) -> bool:
    """Whether the medium of ``folder`` has (almost) no room left."""
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Transactions are begun explicitly (see _on_begin), not by the driver.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # What is deleted or overwritten is overwritten with zeros, not left in free space:
        # personal data that a user removes must not stay readable in the file.
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get("sec_read_only"):
        conn.exec_driver_sql("BEGIN")
    else:
        # Take the write lock at the start, so a transaction never fails half-way on it.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
        pool_timeout=5,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def has_tables(path: Path) -> bool:
    """Whether a database file holds any table at all (read-only look)."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return (
            con.execute("SELECT 1 FROM sqlite_master WHERE type='table' LIMIT 1").fetchone()
            is not None
        )
    except sqlite3.Error as exc:
        raise open_error(exc, path) from exc
    finally:
        con.close()


def read_revision(path: Path) -> str | None:
    """The schema revision of a database file, read without changing a byte of it."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise open_error(exc, path) from exc
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.Error as exc:
        raise open_error(exc, path) from exc
    finally:
        con.close()


# Where ``Database.write`` lets ``store`` collect what the transaction changed (kind -> ids).
CHANGES_KEY = "sec_workshop_changes"

Listener = Callable[[Changes], None]


class Database:
    """An open database file. Owns the engine; counts committed writes for the backup timer;
    tells its listeners what each committed write changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self.generation = 0
        self._listeners: list[Listener] = []
        self._origin: object | None = None

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with the notice of every committed write; returns the call that
        ends it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    @contextmanager
    def acting_for(self, origin: object) -> Iterator[None]:
        """Writes inside are marked as asked for by ``origin`` (a document), which may then
        pass over their notices."""
        before, self._origin = self._origin, origin
        try:
            yield
        finally:
            self._origin = before

    def publish(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One committed transaction: everything inside is saved together or not at all.

        A failure of SQLite itself (disk full, read-only folder) rolls everything back and
        comes out as a ``StorageError`` the user can be told about.
        """
        collected: dict[str, set[str]] = {}
        try:
            with self.engine.begin() as conn:
                conn.info[CHANGES_KEY] = collected
                try:
                    yield conn
                finally:
                    conn.info.pop(CHANGES_KEY, None)
        # The hot paths of ``store`` run on the driver itself, whose errors come unwrapped.
        except (DBAPIError, sqlite3.Error) as exc:
            raise storage_error(exc) from exc
        self.generation += 1
        if collected:
            self.publish(Changes.of(collected, origin=self._origin))

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent snapshot for reading, without taking the write lock."""
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(sec_read_only=True)
                with conn.begin():
                    yield conn
        except (DBAPIError, sqlite3.Error) as exc:
            raise storage_error(exc, reading=True) from exc

    def pragma(self, name: str) -> Any:
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

    def revision(self) -> str | None:
        """The schema revision of the open database."""
        with self.read() as conn:
            has_table = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
            if not has_table:
                return None
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])

    def quick_check(self) -> list[str]:
        return self._check("quick_check")

    def integrity_problems(self) -> list[str]:
        """What ``integrity_check`` and ``foreign_key_check`` report; empty when healthy."""
        problems = self._check("integrity_check")
        with self.engine.connect() as conn:
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: {table} #{rowid} -> {parent}")
        return problems

    def _check(self, pragma: str) -> list[str]:
        try:
            with self.engine.connect() as conn:
                rows = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
        except (DBAPIError, sqlite3.Error) as exc:
            error = storage_error(exc)
            if not isinstance(error, DatabaseDamagedError):
                raise error from exc  # read-only, full, busy: a sound file we cannot use now
            return [str(getattr(exc, "orig", exc))]
        except Exception as exc:  # sqlite reports damage as several error types
            return [str(exc)]
        return [] if rows == ["ok"] else rows

    def raw_connection(self) -> Any:
        """The driver connection, for SQLite's backup API."""
        return self.engine.raw_connection()

    def scrub(self) -> None:
        """Leave no old copy of any data in the files: the write-ahead log is copied into
        the database and emptied, the database is rebuilt (``VACUUM``) and the log emptied
        again. With ``secure_delete`` on, the rebuilt file holds only what is there now."""
        raw = self.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None
            for statement in (
                "PRAGMA wal_checkpoint(TRUNCATE)",
                "VACUUM",
                "PRAGMA wal_checkpoint(TRUNCATE)",
            ):
                row = driver.execute(statement).fetchone()
                if statement.startswith("PRAGMA") and row is not None and row[0]:
                    raise StorageError("db.scrub_busy")
        except sqlite3.Error as exc:
            raise storage_error(exc) from exc
        finally:
            raw.close()

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


# What services hold inside ``write()``/``read()``: they pass it on to ``store`` and never
# use it themselves.
Tx = Connection
