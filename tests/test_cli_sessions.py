"""``sec-workshop agenda`` and the sessions in ``list --json``, as someone who sends the
invitations for a bewonersavond uses them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import icalendar
import pytest

from sec_workshop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sessions(capsys: pytest.CaptureFixture[str], data_dir: Path) -> list[dict[str, Any]]:
    """The demo wijk's sessions as ``list --json`` gives them (newest first)."""
    assert run(capsys, "--data-dir", str(data_dir), "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json")
    assert code == 0
    found: list[dict[str, Any]] = json.loads(out)["wijken"][0]["sessions"]
    return found


def _planned(sessions: list[dict[str, Any]]) -> dict[str, Any]:
    return next(s for s in sessions if s["status"] == "planned")


def test_list_json_has_times_status_agenda_decisions_and_actions(
    sessions: list[dict[str, Any]],
) -> None:
    for session in sessions:
        assert set(session) == {
            "id",
            "title",
            "date",
            "boards",
            "starts_at",
            "duration_minutes",
            "status",
            "agenda",
            "decisions",
            "actions",
        }
        assert session["starts_at"].startswith(session["date"])
        assert session["status"] in {"draft", "planned", "held", "cancelled"}
        assert session["agenda"], session["title"]
        for item in session["agenda"]:
            assert set(item) == {"title", "minutes", "starts_at", "instrument"}
        assert session["agenda"][0]["starts_at"] == session["starts_at"]
        for decision in session["decisions"]:
            assert set(decision) == {"text", "rationale"}
        for action in session["actions"]:
            assert set(action) == {"text", "owner", "due_date", "done"}
    held = [s for s in sessions if s["status"] == "held"]
    assert held and all(s["decisions"] and s["actions"] for s in held)
    assert any(a["done"] for s in held for a in s["actions"])
    assert any(i["instrument"] for s in sessions for i in s["agenda"])


def test_agenda_as_text(
    capsys: pytest.CaptureFixture[str], data_dir: Path, sessions: list[dict[str, Any]]
) -> None:
    session = _planned(sessions)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "agenda", session["id"])
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == session["title"]
    assert lines[2].startswith("Datum:") and "Tijd:   19:30–22:00" in lines
    first = session["agenda"][0]
    assert f"19:30  {first['title']} ({first['minutes']} min)" in lines
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--lang", "en", "agenda", session["id"])
    assert code == 0 and "Programme" in out.splitlines()


def test_agenda_as_json(
    capsys: pytest.CaptureFixture[str], data_dir: Path, sessions: list[dict[str, Any]]
) -> None:
    session = _planned(sessions)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "agenda", session["id"], "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["id"] == session["id"] and shown["title"] == session["title"]
    assert shown["starts_at"] == session["starts_at"]
    assert {"duration_minutes", "location", "goal", "status"} <= set(shown)
    for item in shown["agenda"]:
        assert {"title", "minutes", "starts_at", "instrument", "is_break", "held_minutes"} <= set(
            item
        )
    assert [i["title"] for i in shown["agenda"]] == [i["title"] for i in session["agenda"]]
    assert [i["starts_at"] for i in shown["agenda"]] == [i["starts_at"] for i in session["agenda"]]


def test_agenda_as_ics_is_written_once_unless_forced(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    sessions: list[dict[str, Any]],
) -> None:
    session = _planned(sessions)
    target = tmp_path / "bewonersavond.ics"
    args = ("--data-dir", str(data_dir), "agenda", session["id"], "--ics", "-o", str(target))
    code, out, err = run(capsys, *args)
    assert code == 0 and err == "" and str(target) in out
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["SUMMARY"]).startswith(session["title"])
    assert (
        event.decoded("DTSTART").replace(tzinfo=None).isoformat(timespec="minutes")
        == (session["starts_at"])
    )
    assert str(event["UID"]).startswith(session["id"])
    assert not list(tmp_path.glob(".*sec-workshop-tmp"))  # no temporary file left behind

    target.write_bytes(b"mijn eigen agenda")
    code, _, err = run(capsys, *args)
    assert code == 1 and "--force" in err and "bestaat al" in err
    assert target.read_bytes() == b"mijn eigen agenda"
    code, _, _ = run(capsys, *args, "--force")
    assert code == 0 and target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_ics_needs_a_file_and_a_file_needs_ics(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    sessions: list[dict[str, Any]],
) -> None:
    session_id = _planned(sessions)["id"]
    code, _, err = run(capsys, "--data-dir", str(data_dir), "agenda", session_id, "--ics")
    assert code == 2 and "-o" in err
    target = tmp_path / "a.ics"
    code, _, err = run(capsys, "--data-dir", str(data_dir), "agenda", session_id, "-o", str(target))
    assert code == 2 and "--ics" in err and not target.exists()
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "agenda", session_id, "--json", "--ics", "-o", "x"
    )
    assert code == 2
    code, _, err = run(capsys, "--data-dir", str(data_dir), "agenda", "geen-sessie")
    assert code == 1 and "bestaat niet" in err


def test_ics_is_never_written_into_the_data_folder(
    capsys: pytest.CaptureFixture[str], data_dir: Path, sessions: list[dict[str, Any]]
) -> None:
    session_id = _planned(sessions)["id"]
    inside = data_dir / "agenda.ics"
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "agenda", session_id, "--ics", "-o", str(inside)
    )
    assert code == 1 and err and not inside.exists()


def test_help_in_dutch_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "agenda", "--help")
    assert code == 0 and "een iCalendar-bestand schrijven" in out and "SESSIE_ID" in out
    code, out, _ = run(capsys, "--lang", "en", "agenda", "--help")
    assert code == 0 and "SESSION_ID" in out and "iCalendar" in out
    code, out, _ = run(capsys, "--help")
    assert "agenda" in out
