"""The data folder under real faults and hostile input: nothing lost, nothing misnamed.

Each test brings the fault itself: a full or read-only disk (a small tmpfs), a read-only
file (a read-only bind mount), another program or window holding the database or folder,
a process killed mid-write. Errors are one Dutch line, with exit code 1 (2 for wrong usage).
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from real_faults import (
    database_held_by_another_program,
    fill,
    folder_held_by_another_window,
    read_only_file,
    remount_read_only,
    tmpfs,
)
from test_cli import run

from sec_workshop.domain.base import DomainError
from sec_workshop.storage.backup import list_backups
from sec_workshop.storage.location import DB_NAME, LOCK_NAME


def one_dutch_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err and "Onverwachte fout" not in err, err
    return err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def overview(capsys: pytest.CaptureFixture[str], folder: Path) -> dict[str, Any]:
    code, out, err = run(capsys, "--data-dir", str(folder), "list", "--json")
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def with_demo(capsys: pytest.CaptureFixture[str], folder: Path) -> dict[str, Any]:
    code, _, err = run(capsys, "--data-dir", str(folder), "demo")
    assert code == 0, err
    return overview(capsys, folder)


def a_board(listed: dict[str, Any]) -> str:
    for session in listed["wijken"][0]["sessions"]:
        if session["boards"]:
            return str(session["boards"][0]["id"])
    raise AssertionError("the demo has no board")


# --- 1. every -o goes through one guard --------------------------------------------------


def test_no_output_replaces_another_windows_database_or_lock(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The issue's case: from one data folder, -o aimed at the database and lock of another
    folder that a running window holds."""
    mine, theirs = tmp_path / "mijn", tmp_path / "van-de-ander"
    listed = with_demo(capsys, mine)
    template = listed["templates"][0]["id"]
    with_demo(capsys, theirs)
    database, lock = theirs / DB_NAME, theirs / LOCK_NAME
    with folder_held_by_another_window(theirs):
        before = digest(database), lock.read_bytes()
        names = sorted(p.name for p in theirs.iterdir())
        attempts = [
            ("board-image", a_board(listed), "-o", str(database)),
            ("board-image", a_board(listed), "-o", str(lock)),
            ("model", "export", template, "-o", str(database)),
            ("model", "export", template, "-o", str(theirs / "export.json")),
            ("backup", "-o", str(theirs / "kopie.sqlite")),
        ]
        for attempt in attempts:
            code, out, err = run(capsys, "--data-dir", str(mine), *attempt)
            assert code == 1 and not out, attempt
            assert "gegevensmap" in one_dutch_line(err) and str(theirs) in err
        assert (digest(database), lock.read_bytes()) == before
        assert sorted(p.name for p in theirs.iterdir()) == names
    # The other folder still opens, with its demo.
    assert overview(capsys, theirs)["wijken"][0]["name"] == "Vogelwijk-Oost"


def test_no_output_goes_into_its_own_data_folder(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    listed = with_demo(capsys, data_dir)
    template = listed["templates"][0]["id"]
    database = data_dir / DB_NAME
    before = digest(database)
    (data_dir / "backups").mkdir(exist_ok=True)
    for attempt in (
        ("board-image", a_board(listed), "-o", str(database)),
        ("model", "export", template, "-o", str(database)),
        ("model", "export", template, "-o", str(data_dir / "backups" / "model.json")),
    ):
        code, _, err = run(capsys, "--data-dir", str(data_dir), *attempt)
        assert code == 1 and "gegevensmap" in one_dutch_line(err)
    assert digest(database) == before
    assert overview(capsys, data_dir)["wijken"]


def test_no_output_onto_a_database_lock_backup_device_or_folder(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    listed = with_demo(capsys, data_dir)
    template = listed["templates"][0]["id"]
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    someones_db = elsewhere / "adressen.db"
    con = sqlite3.connect(someones_db)
    con.execute("CREATE TABLE adres (naam TEXT)")
    con.commit()
    con.close()
    kept = digest(someones_db)
    cases = {
        str(someones_db): "database",
        str(elsewhere / "sec-workshop.lock"): "naam van een database, slot of reservekopie",
        str(elsewhere / "sec-workshop-20261130-101010-000000-handmatig.sqlite"): "reservekopie",
        "/dev/null": "geen gewoon bestand",
        str(elsewhere): "is een map",
        "~nosuchuser/a.json": "geen gebruiker",
    }
    for target, words in cases.items():
        code, _, err = run(
            capsys, "--data-dir", str(data_dir), "model", "export", template, "-o", target
        )
        assert code == 1 and words in one_dutch_line(err), (target, err)
    assert digest(someones_db) == kept
    # An ordinary file of the user is still replaced, as export always did.
    plain = elsewhere / "model.json"
    plain.write_text("oud")
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "model", "export", template, "-o", str(plain)
    )
    assert code == 1 and "--force" in one_dutch_line(err) and plain.read_text() == "oud"
    # With --force an ordinary file of the user is replaced; a database never is.
    code, _, _ = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "model",
        "export",
        template,
        "-o",
        str(someones_db),
        "--force",
    )
    assert code == 1 and digest(someones_db) == kept
    code, _, _ = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "model",
        "export",
        template,
        "-o",
        str(plain),
        "--force",
    )
    assert code == 0 and json.loads(plain.read_text())["format"] == "sec-workshop/process-model"


# --- 2. busy, read-only and full are not damage -----------------------------------------


def test_a_database_held_by_another_program_is_busy_not_damaged(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with_demo(capsys, data_dir)
    before = digest(data_dir / DB_NAME)
    with database_held_by_another_program(data_dir / DB_NAME):
        code, _, err = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 1
    message = one_dutch_line(err)
    assert "bezet door een ander programma" in message
    assert "beschadigd" not in message.replace("niet beschadigd", "")
    assert "leesbare" not in message
    assert digest(data_dir / DB_NAME) == before
    assert overview(capsys, data_dir)["wijken"]


def test_a_read_only_database_file_is_read_only_not_damaged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "stick") as stick:
        folder = stick / "data"
        with_demo(capsys, folder)
        with read_only_file(folder / DB_NAME):
            code, _, err = run(capsys, "--data-dir", str(folder), "list")
            assert code == 1 and "alleen-lezen" in one_dutch_line(err)
            assert "beschadigd" not in err.replace("niets mis", "")
        assert overview(capsys, folder)["wijken"]


def test_a_data_folder_on_a_read_only_stick_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "stick") as stick:
        folder = stick / "data"
        with_demo(capsys, folder)
        before = digest(folder / DB_NAME)
        remount_read_only(stick)
        for verb in ("list", "check", "backup"):
            code, _, err = run(capsys, "--data-dir", str(folder), verb)
            assert code == 1 and "alleen gelezen" in one_dutch_line(err), (verb, err)
            assert "beschadigd" not in err
        assert digest(folder / DB_NAME) == before


def test_a_completely_full_disk_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with tmpfs(tmp_path / "schijf", size="3m") as disk:
        folder = disk / "data"
        with_demo(capsys, folder)
        before = digest(folder / DB_NAME)
        fill(disk)
        (folder / LOCK_NAME).unlink()  # a new lock file must be written too
        for verb in ("list", "demo", "backup"):
            code, _, err = run(capsys, "--data-dir", str(folder), verb)
            assert code == 1 and "is vol" in one_dutch_line(err), (verb, err)
            assert "fouten.log" not in err and "beschadigd" not in err
        assert digest(folder / DB_NAME) == before


# --- 4. temporary files: own names, only while writing, cleaned up ------------------------


KILLED_BACKUP = """
    import sys, time
    from pathlib import Path
    import sec_workshop.services.maintenance as maintenance
    from sec_workshop.services.workspace import Workspace

    copy = maintenance.copy_database

    def copy_then_wait(db, tmp, **kwargs):
        copy(db, tmp, **kwargs)
        print("ready", flush=True)
        time.sleep(120)

    maintenance.copy_database = copy_then_wait
    ws = Workspace.open(Path(sys.argv[1]))
    ws.maintenance.backup_to(Path(sys.argv[2]))
"""


def test_backup_o_keeps_a_users_part_file_and_a_kill_leaves_nothing_for_long(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    with_demo(capsys, data_dir)
    out_dir = tmp_path / "stick"
    out_dir.mkdir()
    target = out_dir / "kopie.sqlite"
    users_part = out_dir / "kopie.sqlite.part"
    users_part.write_text("mijn eigen bestand")
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(KILLED_BACKUP), str(data_dir), str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(20)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    leftovers = [p for p in out_dir.iterdir() if p.name.endswith(".sec-workshop-tmp")]
    assert leftovers and all(p.name.startswith(".kopie.sqlite.") for p in leftovers)
    assert not target.exists() and users_part.read_text() == "mijn eigen bestand"
    # The next run cleans up, and the backup then works.
    code, _, err = run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(target))
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == ["kopie.sqlite", "kopie.sqlite.part"]
    assert users_part.read_text() == "mijn eigen bestand"
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT name FROM wijk").fetchall() == [("Vogelwijk-Oost",)]
    finally:
        con.close()


# --- 5. the lock file does not follow links ----------------------------------------------


def test_a_link_named_like_the_lock_never_truncates_its_target(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    with_demo(capsys, data_dir)
    precious = tmp_path / "scriptie.txt"
    precious.write_text("vier jaar werk")
    lock = data_dir / LOCK_NAME
    lock.unlink()
    lock.symlink_to(precious)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 1 and "geen gewoon bestand" in one_dutch_line(err)
    assert precious.read_text() == "vier jaar werk"
    lock.unlink()
    os.link(precious, lock)  # a hard link is refused as well
    code, _, err = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 1 and "geen gewoon bestand" in one_dutch_line(err)
    assert precious.read_text() == "vier jaar werk"


# --- 6. an emptied database with backups is damage --------------------------------------


def test_an_emptied_database_with_backups_is_not_taken_as_new(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    from sec_workshop.services.recovery import restore_newest_backup

    with_demo(capsys, data_dir)
    assert run(capsys, "--data-dir", str(data_dir), "backup")[0] == 0
    database = data_dir / DB_NAME
    database.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    for verb in ("list", "check"):
        code, out, err = run(capsys, "--data-dir", str(data_dir), verb)
        assert code == 1 and not out and "leeg (0 bytes)" in one_dutch_line(err)
    assert database.stat().st_size == 0
    restore_newest_backup(data_dir)
    assert overview(capsys, data_dir)["wijken"][0]["name"] == "Vogelwijk-Oost"


def test_an_empty_database_without_backups_is_a_new_one(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / DB_NAME).write_bytes(b"")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 0 and "Nog geen wijken" in out


# --- tracebacks and wrong messages --------------------------------------------------------


def test_unresolvable_data_folders_are_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "a" / "data"), "list")
    assert code == 1 and "kring" in one_dutch_line(err)
    code, _, err = run(capsys, "--data-dir", "~nosuchuser/x", "list")
    assert code == 1 and "geen gebruiker" in one_dutch_line(err)


def test_backup_o_faults_are_plain_dutch(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    with_demo(capsys, data_dir)
    with tmpfs(tmp_path / "stick") as stick:
        remount_read_only(stick)
        code, _, err = run(
            capsys, "--data-dir", str(data_dir), "backup", "-o", str(stick / "k.sqlite")
        )
        assert code == 1 and "alleen-lezen" in one_dutch_line(err)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "backup", "-o", "~nosuchuser/a.png")
    assert code == 1 and "geen gebruiker" in one_dutch_line(err)
    backups = data_dir / "backups"
    if backups.is_dir():
        for old in backups.iterdir():
            old.unlink()
        backups.rmdir()
    backups.write_text("geen map")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "backup")
    assert code == 1 and "map voor reservekopieën" in one_dutch_line(err)
    assert backups.read_text() == "geen map"


def _break_an_index(database: Path) -> None:
    """An index out of step with its table: damage that ``quick_check`` does not see."""
    con = sqlite3.connect(database, isolation_level=None)
    try:
        con.execute("PRAGMA writable_schema = ON")
        con.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_note_board_id ON note (cluster_id)' "
            "WHERE name = 'ix_note_board_id'"
        )
        con.execute("PRAGMA writable_schema = OFF")
    finally:
        con.close()


def test_damage_the_quick_check_misses_is_called_damage_of_the_database(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    listed = with_demo(capsys, data_dir)
    model_file = tmp_path / "model.json"
    template = listed["templates"][0]["id"]
    assert (
        run(
            capsys, "--data-dir", str(data_dir), "model", "export", template, "-o", str(model_file)
        )[0]
        == 0
    )
    _break_an_index(data_dir / DB_NAME)
    for attempt in (("backup",), ("model", "import", str(model_file))):
        code, _, err = run(capsys, "--data-dir", str(data_dir), *attempt)
        message = one_dutch_line(err)
        assert code == 1 and "De database zelf is beschadigd" in message, attempt
        assert ".part" not in message and "sec-workshop-tmp" not in message
        assert "Reservekopie terugzetten" in message
    assert not list_backups(data_dir / "backups")


def test_control_characters_and_huge_values_stay_on_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    with_demo(capsys, data_dir)
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "board-image", "bord\x1b[2J\nregel2", "-o", "x.png"
    )
    assert code == 1 and "\x1b" not in one_dutch_line(err) and "\\x1b" in err and "\\n" in err
    model = {
        "format": "sec-workshop/process-model",
        "version": 1,
        "name": "Model",
        "lanes": [{"key": "l\n1\x1b[2J", "name": "Baan", "color": "#12\n456"}],
        "phases": [{"key": "f1", "name": "Fase"}],
    }
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps(model))
    code, _, err = run(capsys, "--data-dir", str(data_dir), "model", "import", str(bad))
    assert code == 1 and "\x1b" not in one_dutch_line(err)
    bad.write_text('{"format": "sec-workshop/process-model", "version": ' + "9" * 4000 + "}")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "model", "import", str(bad))
    assert code == 1 and len(one_dutch_line(err)) < 300 and "…" in err


def test_a_lone_surrogate_in_a_model_file_names_the_field(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    with_demo(capsys, data_dir)
    bad = tmp_path / "model.json"
    bad.write_text(
        '{"format": "sec-workshop/process-model", "version": 1, "name": "Model \\ud800",'
        ' "lanes": [], "phases": []}'
    )
    code, _, err = run(capsys, "--data-dir", str(data_dir), "model", "import", str(bad))
    assert code == 1 and "'name'" in one_dutch_line(err)


def test_a_failed_migration_says_why_and_leaves_no_backup_per_try(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with_demo(capsys, data_dir)
    con = sqlite3.connect(data_dir / DB_NAME)
    con.execute("UPDATE alembic_version SET version_num = '0002'")  # 0003 is in already
    con.commit()
    con.close()
    before = digest(data_dir / DB_NAME)
    for _try in range(3):
        code, _, err = run(capsys, "--data-dir", str(data_dir), "list")
        message = one_dutch_line(err)
        assert code == 1 and "kan niet worden bijgewerkt" in message
        assert "participants" in message and "Opslaan is mislukt" not in message
    assert digest(data_dir / DB_NAME) == before
    assert not list_backups(data_dir / "backups")


def test_failed_imports_on_a_nearly_full_disk_leave_no_backup_per_try(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "schijf", size="6m") as disk:
        folder = disk / "data"
        listed = with_demo(capsys, folder)
        model_file = tmp_path / "groot.json"
        template = listed["templates"][0]["id"]
        assert (
            run(
                capsys,
                "--data-dir",
                str(folder),
                "model",
                "export",
                template,
                "-o",
                str(model_file),
            )[0]
            == 0
        )
        # A model big enough that its import cannot fit in what is left after one backup.
        model = json.loads(model_file.read_text())
        step = model["steps"][0]
        model["steps"] = [
            {**step, "key": f"s{i}", "description": f"{i} " + "tekst " * 300} for i in range(600)
        ]
        model["dependencies"] = []
        model_file.write_text(json.dumps(model))
        assert run(capsys, "--data-dir", str(folder), "backup")[0] == 0
        backups = list_backups(folder / "backups")
        fill(disk, leave=backups[0].size + 256 * 1024)
        for _try in range(3):
            code, _, err = run(
                capsys, "--data-dir", str(folder), "model", "import", str(model_file)
            )
            assert code == 1 and "vol" in one_dutch_line(err), err
        assert [b.path for b in list_backups(folder / "backups")] == [b.path for b in backups]


def test_usage_errors_are_dutch_and_a_missing_wijk_is_named(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "model", "import", "x.json", "--template", "--wijk", "w1")
    assert code == 2 and "kan niet samen met --template" in one_dutch_line(err)
    assert "not allowed" not in err
    code, _, err = run(capsys, "board-image", "b1", "-o")
    assert code == 2 and "verwacht een waarde" in one_dutch_line(err)
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "gebruik:" in out and "opties:" in out and "de demowijk" in out
    listed = with_demo(capsys, data_dir)
    model_file = tmp_path / "model.json"
    template = listed["templates"][0]["id"]
    assert (
        run(
            capsys, "--data-dir", str(data_dir), "model", "export", template, "-o", str(model_file)
        )[0]
        == 0
    )
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "model", "import", str(model_file), "--wijk", "nope"
    )
    assert code == 1 and "Er is geen wijk met id 'nope'" in one_dutch_line(err)
    assert not list_backups(data_dir / "backups")


def test_an_open_error_is_never_damage_when_sqlite_says_busy() -> None:
    """The mapping behind the messages: only SQLite's corrupt and not-a-database codes make
    a file damaged."""
    from sec_workshop.storage.database import DatabaseDamagedError, open_error

    for name, damaged in (
        ("SQLITE_BUSY", False),
        ("SQLITE_READONLY", False),
        ("SQLITE_IOERR_SHMSIZE", False),
        ("SQLITE_FULL", False),
        ("SQLITE_CORRUPT", True),
        ("SQLITE_NOTADB", True),
    ):
        error = sqlite3.OperationalError(name)
        error.sqlite_errorname = name  # type: ignore[attr-defined]
        result: DomainError = open_error(error, Path("/x/sec-workshop.sqlite"))
        assert isinstance(result, DatabaseDamagedError) is damaged, name


def test_a_backup_can_be_restored_over_damage_the_quick_check_misses(data_dir: Path) -> None:
    from sec_workshop.services.workspace import Workspace
    from sec_workshop.storage.backup import Reason

    with Workspace.open(data_dir) as ws:
        ws.demo.add()
        good = ws.maintenance.backup(Reason.MANUAL)
    _break_an_index(data_dir / DB_NAME)
    with Workspace.open(data_dir) as ws:
        assert ws.maintenance.check()  # integrity_check sees it
        safety = ws.restore_backup(good)
        assert "beschadigd" in safety.name  # the damaged state is kept, marked
        assert not ws.maintenance.check()
        assert [w.name for w in ws.wijken.list()] == ["Vogelwijk-Oost"]


# --- found by a probe after the first round -------------------------------------------------


def test_no_output_onto_the_wal_of_a_database_anywhere(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    """A data folder whose database is a link keeps its WAL beside the real file, outside
    the data folder: a -wal, -shm or -journal beside any database is refused."""
    listed = with_demo(capsys, data_dir)
    template = listed["templates"][0]["id"]
    real = tmp_path / "echt"
    real.mkdir()
    other = tmp_path / "andere-map"
    other.mkdir()
    with_demo(capsys, real / "tmp")
    (real / "tmp" / DB_NAME).rename(real / "echt.db")
    (other / DB_NAME).symlink_to(real / "echt.db")
    wal = real / "echt.db-wal"
    for target in (wal, real / "echt.db-shm", real / "echt.db-journal"):
        code, _, err = run(
            capsys, "--data-dir", str(data_dir), "model", "export", template, "-o", str(target)
        )
        assert code == 1 and "is een database" in one_dutch_line(err), target
        assert not target.exists() or target.stat().st_size != 0


def test_a_restore_cut_short_never_leaves_the_database_name_empty(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sec_workshop.services.recovery import restore_newest_backup
    from sec_workshop.storage import backup as backup_module

    with_demo(capsys, data_dir)
    assert run(capsys, "--data-dir", str(data_dir), "backup")[0] == 0
    database = data_dir / DB_NAME
    _break_an_index(database)
    damaged = digest(database)
    real_replace = os.replace

    def power_cut(src: object, dst: object) -> None:
        if Path(str(dst)) == database:
            raise OSError(5, "Input/output error")  # the last step never happens
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_module.os, "replace", power_cut)
    with pytest.raises(DomainError):
        restore_newest_backup(data_dir)
    monkeypatch.undo()
    assert database.exists() and digest(database) == damaged  # the name still holds a file
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".sec-workshop-tmp")]
    restore_newest_backup(data_dir)
    assert overview(capsys, data_dir)["wijken"][0]["name"] == "Vogelwijk-Oost"


def test_a_vanished_database_with_backups_is_not_taken_as_new(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with_demo(capsys, data_dir)
    assert run(capsys, "--data-dir", str(data_dir), "backup")[0] == 0
    for suffix in ("", "-wal", "-shm"):
        (data_dir / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 1 and not out and "ontbreekt" in one_dutch_line(err)
    assert not (data_dir / DB_NAME).exists()


def test_leftovers_on_a_stick_that_is_read_only_today_are_removed_later(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    from real_faults import remount_writable

    from sec_workshop.storage.outputs import PENDING_NAME, PendingFiles

    with_demo(capsys, data_dir)
    with tmpfs(tmp_path / "stick") as stick:
        leftover = stick / ".kopie.sqlite.0123456789ab.sec-workshop-tmp"
        leftover.write_bytes(b"half")
        PendingFiles(data_dir).add(leftover)
        remount_read_only(stick)
        assert run(capsys, "--data-dir", str(data_dir), "list")[0] == 0
        assert leftover.exists() and str(leftover) in (data_dir / PENDING_NAME).read_text()
        remount_writable(stick)
        assert run(capsys, "--data-dir", str(data_dir), "list")[0] == 0
        assert not leftover.exists() and not (data_dir / PENDING_NAME).exists()


def test_a_hostile_list_of_temporary_files_never_blocks_a_start(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    from sec_workshop.storage.outputs import PENDING_NAME

    with_demo(capsys, data_dir)
    pending = data_dir / PENDING_NAME
    precious = tmp_path / "belangrijk.txt"
    precious.write_text("blijft")
    user_file = tmp_path / "notulen.txt"
    user_file.write_text("blijft ook")
    for hostile in (
        lambda: pending.write_text("[" * 200_000),
        lambda: pending.write_text(json.dumps([str(user_file)])),  # not ours: never removed
        lambda: os.mkfifo(pending),
        lambda: pending.symlink_to(precious),
    ):
        pending.unlink(missing_ok=True)
        hostile()
        code, _, err = run(capsys, "--data-dir", str(data_dir), "list")
        assert code == 0, err
    assert precious.read_text() == "blijft" and user_file.read_text() == "blijft ook"


def test_a_long_name_in_a_script_of_wide_characters_can_be_written(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    listed = with_demo(capsys, data_dir)
    template = listed["templates"][0]["id"]
    target = tmp_path / ("警" * 75 + ".json")  # 229 bytes: a name the disk accepts
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "model", "export", template, "-o", str(target)
    )
    assert code == 0, err
    assert json.loads(target.read_text())["format"] == "sec-workshop/process-model"
