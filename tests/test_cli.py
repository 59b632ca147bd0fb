"""The command line as people who prepare handouts in batches use it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sec_workshop import __version__
from sec_workshop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def listing(capsys: pytest.CaptureFixture[str], data: Path) -> dict[str, Any]:
    code, out, _ = run(capsys, "--data-dir", str(data), "list", "--json")
    assert code == 0
    result: dict[str, Any] = json.loads(out)
    return result


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_demo_then_list_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "demo")
    assert code == 0 and "Demowijk" in out and err == ""
    code, out, _ = run(capsys, "demo", "--data-dir", str(data_dir))
    assert code == 0 and "niets veranderd" in out
    data = listing(capsys, data_dir)
    assert set(data) == {"wijken", "templates"}
    assert len(data["wijken"]) == 1
    wijk = data["wijken"][0]
    assert set(wijk) == {"id", "name", "sessions", "stakeholders", "koppelkansen"}
    assert len(wijk["stakeholders"]) >= 10
    for s in wijk["stakeholders"]:
        assert set(s) == {
            "id",
            "name",
            "type_key",
            "organisation",
            "interests",
            "concerns",
            "needs",
            "barriers",
            "opportunities",
            "influence",
            "interest",
            "attitude",
            "participation",
            "koppelkansen",
            "quadrant",
            "steps",
            "sessions",
        }
        assert s["influence"] in range(1, 6) and s["interest"] in range(1, 6)
    for session in wijk["sessions"]:
        assert set(session) >= {"id", "title", "date", "boards"}  # more: test_cli_sessions
        for board in session["boards"]:
            assert set(board) == {"id", "title", "note_count"}
    assert sum(b["note_count"] for s in wijk["sessions"] for b in s["boards"]) > 50
    assert {t["name"] for t in data["templates"]} >= {"SEC-procesmodel"}


def test_environment_variable_points_to_the_data(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEC_WORKSHOP_DATA_DIR", str(data_dir))
    assert run(capsys, "demo")[0] == 0
    assert (data_dir / "sec-workshop.sqlite").exists()


def _empty_board(data: dict[str, Any]) -> str:
    return next(
        b["id"] for s in data["wijken"][0]["sessions"] for b in s["boards"] if b["note_count"] == 0
    )


def test_import_notes_txt_and_csv(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data_dir), "demo")
    board = _empty_board(listing(capsys, data_dir))
    txt = tmp_path / "muur.txt"
    txt.write_text("Wie betaalt dat?\nTocht\n\nBuurttuin\n", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import-notes", board, str(txt))
    assert code == 0 and "3 plakbriefjes" in out
    csv_file = tmp_path / "muur.csv"
    csv_file.write_bytes(
        "text;color;cluster;votes\nGeluid warmtepomp;roze;Techniek;4\n".encode("cp1252")
    )
    assert run(capsys, "--data-dir", str(data_dir), "import-notes", board, str(csv_file))[0] == 0
    counts = {
        b["id"]: b["note_count"]
        for s in listing(capsys, data_dir)["wijken"][0]["sessions"]
        for b in s["boards"]
    }
    assert counts[board] == 4
    assert list((data_dir / "backups").glob("*voor-import.sqlite"))


def test_bad_import_changes_nothing_and_says_why_in_dutch(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data_dir), "demo")
    board = _empty_board(listing(capsys, data_dir))
    bad = tmp_path / "kapot.csv"
    bad.write_text("text,votes\nGoed,1\nFout,veel\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import-notes", board, str(bad))
    assert code == 1 and out == ""
    assert err.strip() == "Regel 3: 'veel' is geen geldig aantal stemmen."
    code, _, err = run(
        capsys, "--lang", "en", "--data-dir", str(data_dir), "import-notes", board, str(bad)
    )
    assert code == 1 and err.strip() == "Line 3: 'veel' is not a valid number of votes."
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import-notes", "nope", str(bad))
    assert code == 1 and "Regel 3" in err  # the file is checked before the board
    good = tmp_path / "goed.txt"
    good.write_text("Een\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import-notes", "nope", str(good))
    assert code == 1 and err.strip() == "Bord 'nope' bestaat niet."
    assert all(
        b["note_count"] == 0
        for s in listing(capsys, data_dir)["wijken"][0]["sessions"]
        for b in s["boards"]
        if b["id"] == board
    )


def test_wrong_usage_is_one_dutch_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import-notes")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("Onjuist gebruik")
    code, _, err = run(capsys, "toveren")
    assert code == 2 and "ongeldige keuze" in err
    code, _, err = run(capsys, "--lang", "en", "list", "--bogus")
    assert code == 2 and err.startswith("Wrong usage")


def test_check_and_backup(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data_dir), "demo")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "check")
    assert code == 0 and "in orde" in out
    target = tmp_path / "kopie.sqlite"
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(target))
    assert code == 0 and str(target) in out
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM note").fetchone()[0] > 50
    con.close()
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "backup")
    assert code == 0 and "handmatig" in out
    code, _, err = run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(tmp_path))
    assert code == 1 and "map" in err


def test_check_reports_a_broken_reference(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, "--data-dir", str(data_dir), "demo")
    con = sqlite3.connect(data_dir / "sec-workshop.sqlite")
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(
        "UPDATE note SET board_id = 'verdwenen' WHERE rowid = (SELECT min(rowid) FROM note)"
    )
    con.commit()
    con.close()
    code, _, err = run(capsys, "--data-dir", str(data_dir), "check")
    assert code == 1 and "beschadigd" in err and "note" in err


def test_a_second_process_is_refused_with_its_pid(data_dir: Path, tmp_path: Path) -> None:
    from sec_workshop.storage.location import LOCK_NAME
    from sec_workshop.storage.lock import FolderLock

    lock = FolderLock(data_dir / LOCK_NAME)
    lock.acquire()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "sec_workshop", "--data-dir", str(data_dir), "list"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        lock.release()
    import os

    assert result.returncode == 1
    assert str(os.getpid()) in result.stderr and "al geopend" in result.stderr
    assert "Traceback" not in result.stderr


def test_newer_database_is_refused_in_dutch(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, "--data-dir", str(data_dir), "demo")
    con = sqlite3.connect(data_dir / "sec-workshop.sqlite")
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.close()
    code, _, err = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 1 and "nieuwere versie" in err


def test_backup_output_never_overwrites(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data_dir), "demo")
    existing = tmp_path / "notities.txt"
    existing.write_text("belangrijk")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(existing))
    assert code == 1 and "bestaat al" in err and existing.read_text() == "belangrijk"
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "backup", "-o", str(data_dir / "kopie.sqlite")
    )
    assert code == 1 and "gegevensmap" in err
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "backup", "-o", str(tmp_path / "nee" / "b.sqlite")
    )
    assert code == 1 and "bestaat niet" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "backup", "-o", "")
    assert code == 2 and "leeg" in err


def test_empty_data_dir_is_wrong_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", "", "list")
    assert code == 2 and "--data-dir is leeg" in err


def test_import_from_a_pipe_is_refused_without_hanging(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    import os

    fifo = tmp_path / "pijp.txt"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import-notes", "x", str(fifo))
    assert code == 1 and "geen bestand" in err


def test_one_note_is_singular(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data_dir), "demo")
    board = _empty_board(listing(capsys, data_dir))
    one = tmp_path / "een.txt"
    one.write_text("Alleen ik\n", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import-notes", board, str(one))
    assert code == 0 and out.startswith("1 plakbriefje toegevoegd")


def test_board_image_without_a_display(data_dir: Path, tmp_path: Path) -> None:
    """A separate process with no display and no Qt platform set, as on a server."""
    import os

    from PIL import Image

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    cmd = [sys.executable, "-m", "sec_workshop", "--data-dir", str(data_dir)]
    subprocess.run([*cmd, "demo"], check=True, capture_output=True, env=env)
    listed = subprocess.run([*cmd, "list", "--json"], check=True, capture_output=True, env=env)
    wijk = json.loads(listed.stdout)["wijken"][0]
    board = max((b for s in wijk["sessions"] for b in s["boards"]), key=lambda b: b["note_count"])
    out = tmp_path / "bord.png"
    done = subprocess.run(
        [*cmd, "board-image", board["id"], "-o", str(out), "--width", "1200"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert board["title"] in done.stdout
    image = Image.open(out)
    assert image.size[0] == 1200 and image.size[1] > 300
    # Not a blank image: the notes' colours are there.
    colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 50


def test_board_image_refuses_bad_width_and_unknown_board(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data_dir), "demo")
    board = listing(capsys, data_dir)["wijken"][0]["sessions"][0]["boards"][0]["id"]
    out = tmp_path / "x.png"
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "board-image", board, "-o", str(out), "--width", "10"
    )
    assert code == 2 and "200 tot 16000" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "board-image", "nope", "-o", str(out))
    assert code == 1 and "bestaat niet" in err
    assert not out.exists()


def test_board_image_of_a_very_long_board_is_made_smaller_not_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    from PIL import Image

    run(capsys, "--data-dir", str(data_dir), "demo")
    board = listing(capsys, data_dir)["wijken"][0]["sessions"][0]["boards"][0]["id"]
    notes = tmp_path / "lang.txt"
    notes.write_text("\n".join(f"Briefje {i}" for i in range(2000)), encoding="utf-8")
    assert run(capsys, "--data-dir", str(data_dir), "import-notes", board, str(notes))[0] == 0
    out = tmp_path / "lang.png"
    code, printed, err = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "board-image",
        board,
        "-o",
        str(out),
        "--width",
        "16000",
    )
    assert code == 0, err
    width, height = Image.open(out).size
    assert max(width, height) <= 16000 and height > width
    assert f"{width} x {height}" in printed


def test_board_image_never_replaces_a_device_or_a_read_only_file(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    run(capsys, "--data-dir", str(data_dir), "demo")
    board = listing(capsys, data_dir)["wijken"][0]["sessions"][0]["boards"][0]["id"]
    fifo = tmp_path / "pijp.png"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "board-image", board, "-o", str(fifo))
    assert code == 1 and "geen gewoon bestand" in err
    assert fifo.is_fifo()
    kept = tmp_path / "bewaard.png"
    kept.write_bytes(b"oud")
    real = os.access
    monkeypatch.setattr(
        os, "access", lambda p, m, *a, **k: False if str(p) == str(kept) else real(p, m, *a, **k)
    )
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "board-image", board, "-o", str(kept), "--force"
    )
    assert code == 1 and "alleen-lezen" in err and kept.read_bytes() == b"oud"


def test_list_names_the_templates_after_the_wijken(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, "--data-dir", str(data_dir), "demo")
    templates = listing(capsys, data_dir)["templates"]
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Vogelwijk-Oost  [")
    start = lines.index("Sjablonen:")
    assert lines[start + 1 :] == [f"  {t['name']}  [{t['id']}]" for t in templates]
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--lang", "en", "list")
    assert code == 0 and "\nTemplates:\n  SEC-procesmodel  [" in out


def test_list_without_wijken_still_names_the_templates(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Nog geen wijken")
    assert lines[1] == "Sjablonen:" and lines[2].startswith("  SEC-procesmodel  [")


def test_model_import_names_each_link_it_could_not_keep(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    """The demo's roadmap comes from the template for vulnerable wijken; replacing it with
    the plain SEC template drops the koppelkansen lane and renames a step, so two sessions
    and two decisions lose their step, and the koppelkansen their steps in that lane. The
    command says so, one line each, after the success line."""
    run(capsys, "--data-dir", str(data_dir), "demo")
    listed = listing(capsys, data_dir)
    wijk = listed["wijken"][0]["id"]
    standard = next(t["id"] for t in listed["templates"] if t["name"] == "SEC-procesmodel")
    model = tmp_path / "sec.json"
    assert (
        run(capsys, "--data-dir", str(data_dir), "model", "export", standard, "-o", str(model))[0]
        == 0
    )
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "model", "import", str(model), "--wijk", wijk
    )
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("De routekaart van wijk 'Vogelwijk-Oost' is vervangen")
    sessions = [line for line in lines[1:] if ": sessie '" in line]
    koppelkansen = [line for line in lines[1:] if ": koppelkans '" in line]
    decisions = [line for line in lines[1:] if ": besluit '" in line]
    assert len(lines) == 1 + len(sessions) + len(koppelkansen) + len(decisions)
    # Two decisions were about steps the plain template does not have.
    assert [line.split(" bij stap ")[1].split("' in baan")[0] for line in decisions] == [
        "'Strategieën toetsen met bewoners: eerst de woonlasten",
        "'Koppelkansen kiezen",
    ]
    # The demo links its four koppelkansen to eleven steps, all in the koppelkansen lane.
    assert len(koppelkansen) == 11
    assert all("in baan 'Koppelkansen'" in line for line in koppelkansen)
    assert sessions == [
        "Koppeling niet behouden: sessie 'Bewonersavond: warmtestrategieën getoetst' bij stap "
        "'Strategieën toetsen met bewoners: eerst de woonlasten' in baan "
        "'Sociaal-maatschappelijke route'; het nieuwe model heeft daar geen stap met die titel.",
        "Koppeling niet behouden: sessie 'Wijksafari en leefbaarheidsmiddag' bij stap "
        "'Leefbaarheidsproblemen in kaart brengen' in baan 'Koppelkansen'; het nieuwe model "
        "heeft daar geen stap met die titel.",
    ]
    # Once more: the links that were kept are kept again, and nothing more is lost.
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "model", "import", str(model), "--wijk", wijk
    )
    assert code == 0 and len(out.splitlines()) == 1

    english = tmp_path / "english"
    run(capsys, "--data-dir", str(english), "demo")
    wijk = listing(capsys, english)["wijken"][0]["id"]
    code, out, _ = run(
        capsys,
        *("--lang", "en", "--data-dir", str(english)),
        *("model", "import", str(model), "--wijk", wijk),
    )
    assert code == 0
    assert [line for line in out.splitlines() if ": session '" in line][1] == (
        "Link not kept: session 'Wijksafari en leefbaarheidsmiddag' with step "
        "'Leefbaarheidsproblemen in kaart brengen' in lane 'Koppelkansen'; the new model has "
        "no step of that title there."
    )


def test_no_output_replaces_an_existing_file_unless_forced(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    """Every -o agrees: a file that is there already is kept, and the message says how to
    replace it; --force replaces an ordinary file, never a database."""
    run(capsys, "--data-dir", str(data_dir), "demo")
    listed = listing(capsys, data_dir)
    board = listed["wijken"][0]["sessions"][0]["boards"][0]["id"]
    template = listed["templates"][0]["id"]
    picture, model, backup = tmp_path / "bord.png", tmp_path / "model.json", tmp_path / "b.sqlite"
    for path in (picture, model, backup):
        path.write_text("van gisteren")
    for verb, path in (
        (("board-image", board, "--width", "400"), picture),
        (("model", "export", template), model),
        (("backup",), backup),
    ):
        code, out, err = run(capsys, "--data-dir", str(data_dir), *verb, "-o", str(path))
        assert code == 1 and out == "" and err.count("\n") == 1, verb
        assert "bestaat al" in err and path.read_text() == "van gisteren"
        assert ("--force" in err) == (verb[0] != "backup")
    english = ("--lang", "en", "--data-dir", str(data_dir))
    code, _, err = run(capsys, *english, "model", "export", template, "-o", str(model))
    assert code == 1 and err.strip().endswith(
        "already exists; choose a new file name (nothing is overwritten). "
        "With --force it is replaced."
    )

    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "board-image", board, "-o", str(picture), "--force"
    )
    assert code == 0 and picture.read_bytes().startswith(b"\x89PNG")
    code, _, _ = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "model",
        "export",
        template,
        "-o",
        str(model),
        "--force",
    )
    assert code == 0 and json.loads(model.read_text())["format"] == "sec-workshop/process-model"
    # A backup is a database, and no -o ever replaces a database, forced or not.
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "backup", "-o", str(tmp_path / "c.sqlite")
    )
    assert code == 0
    code, _, err = run(
        capsys,
        *("--data-dir", str(data_dir), "model", "export", template),
        *("-o", str(tmp_path / "c.sqlite"), "--force"),
    )
    assert code == 1 and "is een database" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(backup), "--force")
    assert code == 2 and "--force" in err
