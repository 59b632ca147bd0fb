"""Backups: verified, rotated, restorable; a broken backup is never used."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sec_workshop.domain.wijk import Wijk
from sec_workshop.storage import store
from sec_workshop.storage.backup import (
    KEEP_RECENT,
    BackupError,
    Reason,
    list_backups,
    make_backup,
    restore_into,
    rotate,
    verify,
)
from sec_workshop.storage.opening import open_store


def test_backup_is_verified_and_holds_the_data(data_dir: Path) -> None:
    opened = open_store(data_dir)
    try:
        with opened.db.write() as conn:
            store.insert_record(conn, Wijk(name="Kanaleneiland"))
        path = make_backup(opened.db, opened.backups, Reason.MANUAL)
        assert path.exists() and path.parent == data_dir / "backups"
        assert verify(path) == []
        import sqlite3

        con = sqlite3.connect(path)
        assert con.execute("SELECT name FROM wijk").fetchall() == [("Kanaleneiland",)]
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        con.close()
        assert not list(opened.backups.glob("*.part"))
    finally:
        opened.close()


def test_restore_brings_back_the_old_state(data_dir: Path) -> None:
    opened = open_store(data_dir)
    try:
        with opened.db.write() as conn:
            store.insert_record(conn, Wijk(name="Voor"))
        path = make_backup(opened.db, opened.backups, Reason.MANUAL)
        with opened.db.write() as conn:
            store.insert_record(conn, Wijk(name="Na"))
        restore_into(opened.db, path)
        with opened.db.read() as conn:
            assert [w.name for w in store.list_where(conn, Wijk)] == ["Voor"]
        assert opened.db.integrity_problems() == []
        assert opened.db.pragma("journal_mode") == "wal"
    finally:
        opened.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(data_dir: Path, tmp_path: Path) -> None:
    opened = open_store(data_dir)
    try:
        with opened.db.write() as conn:
            store.insert_record(conn, Wijk(name="Blijft"))
        broken = tmp_path / "kapot.sqlite"
        good = make_backup(opened.db, opened.backups, Reason.MANUAL)
        data = bytearray(good.read_bytes())
        broken.write_bytes(bytes(data[: len(data) // 2]) + b"\x00garbage" * 100)
        assert verify(broken) != []
        with pytest.raises(BackupError):
            restore_into(opened.db, broken)
        with opened.db.read() as conn:
            assert [w.name for w in store.list_where(conn, Wijk)] == ["Blijft"]
    finally:
        opened.close()


def test_rotation_keeps_recent_then_one_a_day_for_two_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 22, 12, 0, 0)
    made = []
    # Three a day for twenty days.
    for day in range(20):
        for hour in (9, 13, 17):
            when = now - timedelta(days=day) + timedelta(hours=hour - 12)
            name = f"sec-workshop-{when.strftime('%Y%m%d-%H%M%S-%f')}-automatisch.sqlite"
            (folder / name).write_bytes(b"x")
            made.append(when)
    rotate(folder, now)
    kept = list_backups(folder)
    kept_times = [b.made_at for b in kept]
    newest = sorted([m for m in made if m <= now + timedelta(hours=6)], reverse=True)
    assert set(newest[:KEEP_RECENT]) <= set(kept_times)
    days = {t.date() for t in kept_times}
    for day in range(14):
        assert (now - timedelta(days=day)).date() in days
    assert all(t >= now - timedelta(days=14) for t in kept_times)
    assert len(kept) < len(made)


def test_rotation_removes_copies_left_by_a_killed_backup(data_dir: Path) -> None:
    opened = open_store(data_dir)
    try:
        opened.backups.mkdir(parents=True, exist_ok=True)
        left = opened.backups / "sec-workshop-20261122-101010-000000-voor-import.sqlite.part"
        left.write_bytes(b"half")
        (opened.backups / (left.name + "-journal")).write_bytes(b"half")
        made = make_backup(opened.db, opened.backups, Reason.MANUAL)
        assert sorted(p.name for p in opened.backups.iterdir()) == [made.name]
    finally:
        opened.close()
