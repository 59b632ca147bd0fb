"""``import-stakeholders``, ``forget-personal-data`` and personal data in ``list --json``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
def demo(capsys: pytest.CaptureFixture[str], data_dir: Path) -> str:
    assert run(capsys, "--data-dir", str(data_dir), "demo")[0] == 0
    return str(
        json.loads(run(capsys, "--data-dir", str(data_dir), "list", "--json")[1])["wijken"][0]["id"]
    )


def people(capsys: pytest.CaptureFixture[str], data_dir: Path, *extra: str) -> list[dict[str, Any]]:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json", *extra)
    assert code == 0
    result: list[dict[str, Any]] = json.loads(out)["wijken"][0]["stakeholders"]
    return result


def test_personal_data_only_with_personal(
    capsys: pytest.CaptureFixture[str], data_dir: Path, demo: str
) -> None:
    without = people(capsys, data_dir)
    assert not any("contact_email" in p for p in without)
    assert "m.degroot@example.nl" not in json.dumps(without)
    with_data = people(capsys, data_dir, "--personal")
    assert any(p["contact_email"] == "m.degroot@example.nl" for p in with_data)
    linked = [p for p in with_data if p["steps"]]
    assert linked and all(isinstance(x, str) for p in linked for x in p["steps"])


def test_import_stakeholders_from_a_dutch_excel_csv(
    capsys: pytest.CaptureFixture[str], data_dir: Path, demo: str, tmp_path: Path
) -> None:
    sheet = tmp_path / "stakeholders.csv"
    sheet.write_bytes(
        "Naam;Type;Invloed;Belang;Opmerking\nBuurthuis De Kroon;Buurthuis;2;hoog;x\n".encode(
            "cp1252"
        )
    )
    before = len(people(capsys, data_dir))
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "import-stakeholders", demo, str(sheet)
    )
    assert (code, err) == (0, "")
    assert "toegevoegd: 1, bijgewerkt: 0" in out and "Kolommen niet gebruikt: Opmerking" in out
    added = [p for p in people(capsys, data_dir) if p["name"] == "Buurthuis De Kroon"]
    assert len(people(capsys, data_dir)) == before + 1
    assert added[0]["type_key"] == "buurthuis" and (
        added[0]["influence"],
        added[0]["interest"],
    ) == (2, 4)


def test_a_bad_row_changes_nothing_and_says_which(
    capsys: pytest.CaptureFixture[str], data_dir: Path, demo: str, tmp_path: Path
) -> None:
    sheet = tmp_path / "lijst.csv"
    sheet.write_text("Naam;Type\nGoed;buurthuis\nFout;Bakkerij\n", encoding="utf-8")
    before = people(capsys, data_dir)
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "import-stakeholders", demo, str(sheet)
    )
    assert code == 1 and out == ""
    assert err.startswith("Rij 3, kolom 'Type': onbekend type 'Bakkerij'") and err.count("\n") == 1
    assert people(capsys, data_dir) == before


def test_forget_personal_data_with_and_without_backups(
    capsys: pytest.CaptureFixture[str], data_dir: Path, demo: str
) -> None:
    person = next(p for p in people(capsys, data_dir, "--personal") if p["contact_email"])
    assert run(capsys, "--data-dir", str(data_dir), "backup")[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "forget-personal-data", person["id"])
    assert code == 0
    assert "zijn verwijderd" in out and "--with-backups" in out and "handmatig.sqlite" in out
    after = next(p for p in people(capsys, data_dir, "--personal") if p["id"] == person["id"])
    assert after["contact_email"] == after["contact_phone"] == after["contact_name"] == ""
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "forget-personal-data", person["id"], "--with-backups"
    )
    assert code == 0 and "Reservekopie verwijderd" in out
    assert not any(
        person["contact_email"].encode() in p.read_bytes() for p in (data_dir / "backups").iterdir()
    )
