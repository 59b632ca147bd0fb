"""Restoring backups and recovering a damaged database, as a facilitator would need them."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.wijk import Wijk
from sec_workshop.services.maintenance import BackupError, Reason
from sec_workshop.services.recovery import restore_newest_backup
from sec_workshop.services.workspace import DatabaseDamagedError, Workspace
from sec_workshop.storage.backup import KEEP_RECENT, make_backup, verify


def _names(ws: Workspace) -> list[str]:
    return [w.name for w in ws.wijken.list()]


def test_restoring_the_oldest_of_many_backups_keeps_it(workspace: Workspace) -> None:
    """The safety backup before a restore must not rotate away the backup being restored."""
    workspace.wijken.create(Wijk(name="Toen"), None)
    oldest = workspace.maintenance.backup(Reason.MANUAL)
    workspace.wijken.rename(workspace.wijken.list()[0].id, "Nu")
    for _ in range(KEEP_RECENT - 1):  # the chosen one is now the oldest that is kept
        workspace.maintenance.backup(Reason.AUTOMATIC)
    assert oldest in [b.path for b in workspace.maintenance.backups()]
    safety = workspace.restore_backup(oldest)
    assert _names(workspace) == ["Toen"]
    assert "voor-terugzetten" in safety.name and safety.exists()
    assert len(workspace.models.templates()) == 2


def test_a_damaged_live_database_does_not_block_a_restore(workspace: Workspace) -> None:
    workspace.wijken.create(Wijk(name="Goed"), None)
    good = workspace.maintenance.backup(Reason.MANUAL)
    db = workspace.maintenance.database_file
    # Damage an index behind SQLite's back: quick_check may pass, integrity_check fails.
    con = sqlite3.connect(db)
    con.execute("PRAGMA writable_schema = ON")
    con.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'board_id', 'title') "
        "WHERE name = 'ix_board_session_id'"
    )
    con.commit()
    con.close()
    safety = workspace.restore_backup(good)
    assert _names(workspace) == ["Goed"]
    assert safety.exists()
    assert workspace.maintenance.check() == []


def test_a_backup_from_a_newer_version_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    workspace.wijken.create(Wijk(name="Blijft"), None)
    newer = workspace.maintenance.backup_to(tmp_path / "nieuw.sqlite")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(DomainError) as info:
        workspace.restore_backup(newer)
    assert info.value.code == "db.too_new"
    assert _names(workspace) == ["Blijft"]


def test_a_broken_backup_is_refused_and_nothing_changes(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.wijken.create(Wijk(name="Blijft"), None)
    broken = tmp_path / "kapot.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(BackupError):
        workspace.restore_backup(broken)
    assert _names(workspace) == ["Blijft"]


def test_start_up_backup_only_when_something_changed(workspace: Workspace) -> None:
    first = workspace.maintenance.backup_at_start()
    assert first is not None
    assert workspace.maintenance.backup_at_start() is None
    workspace.wijken.create(Wijk(name="Nieuw"), None)
    import os
    import time

    wal = Path(f"{workspace.maintenance.database_file}-wal")
    later = time.time() + 5
    os.utime(wal, (later, later))  # file times are coarse on some systems
    assert workspace.maintenance.backup_at_start() is not None


def test_recovery_skips_a_bad_newest_backup(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        ws.wijken.create(Wijk(name="Gered"), None)
        good = ws.maintenance.backup(Reason.MANUAL)
    # A newer backup that is broken, and a damaged live database.
    stamp = (datetime.now() + timedelta(minutes=1)).strftime("%Y%m%d-%H%M%S-%f")
    bad = good.parent / f"sec-workshop-{stamp}-automatisch.sqlite"
    bad.write_bytes(b"not a database" * 100)
    db = data_dir / "sec-workshop.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    with pytest.raises(DomainError):
        Workspace.open(data_dir)
    used = restore_newest_backup(data_dir)
    assert used.path == good
    assert list(data_dir.glob("sec-workshop-beschadigd-*.sqlite"))
    with Workspace.open(data_dir) as ws:
        assert _names(ws) == ["Gered"]


def test_recovery_without_a_sound_backup_changes_nothing(data_dir: Path) -> None:
    (data_dir / "backups").mkdir()
    (data_dir / "backups" / "sec-workshop-20260101-101010-000000-handmatig.sqlite").write_bytes(
        b"x"
    )
    db = data_dir / "sec-workshop.sqlite"
    db.write_bytes(b"damaged")
    with pytest.raises(BackupError) as info:
        restore_newest_backup(data_dir)
    assert info.value.code == "backup.none_sound"
    assert db.read_bytes() == b"damaged"


def test_a_foreign_sqlite_file_is_left_alone(data_dir: Path) -> None:
    db = data_dir / "sec-workshop.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE boodschappen (item TEXT)")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseDamagedError) as info:
        Workspace.open(data_dir)
    assert info.value.code == "db.foreign"
    assert db.read_bytes() == before


def test_migration_backups_survive_rotation(tmp_path: Path, workspace: Workspace) -> None:
    folder = workspace.maintenance.backup_folder
    migration = make_backup(workspace._store.db, folder, Reason.MIGRATION)
    for _ in range(KEEP_RECENT + 3):
        workspace.maintenance.backup(Reason.IMPORT)
    assert migration.exists() and verify(migration) == []
