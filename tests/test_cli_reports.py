"""``sec-workshop report`` and ``sec-workshop handout``, as a facilitator who prints the
roadmap for the wall uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
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
def wijk(capsys: pytest.CaptureFixture[str], data_dir: Path) -> dict[str, object]:
    assert run(capsys, "--data-dir", str(data_dir), "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json")
    assert code == 0
    found: dict[str, object] = json.loads(out)["wijken"][0]
    return found


def test_roadmap_poster_is_written_and_not_overwritten_without_force(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, wijk: dict[str, object]
) -> None:
    dest = tmp_path / "routekaart.pdf"
    args = ["--data-dir", str(data_dir), "handout", "roadmap-poster", str(wijk["id"]), "-o"]
    code, out, err = run(capsys, *args, str(dest))
    assert (code, err) == (0, "")
    assert str(dest) in out and "1 blz." in out
    doc = pdfium.PdfDocument(dest.read_bytes())
    assert len(doc) == 1
    assert "Routekaart" in doc[0].get_textpage().get_text_range()
    doc.close()
    before = dest.read_bytes()
    code, out, err = run(capsys, *args, str(dest))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "--force" in err
    assert dest.read_bytes() == before
    code, out, _ = run(capsys, *args, str(dest), "--force", "--tiles", "a4")
    assert code == 0
    doc = pdfium.PdfDocument(dest.read_bytes())
    assert len(doc) > 2
    assert f"{len(doc)} blz." in out
    doc.close()


def test_board_poster_in_english(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, wijk: dict[str, object]
) -> None:
    boards = [b for s in wijk["sessions"] for b in s["boards"]]  # type: ignore[attr-defined]
    dest = tmp_path / "bord.pdf"
    code, out, err = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "--lang",
        "en",
        "handout",
        "board-poster",
        boards[-1]["id"],
        "-o",
        str(dest),
    )
    assert (code, err) == (0, "")
    assert "(1 page)." in out
    assert dest.read_bytes().startswith(b"%PDF")


def test_report_of_a_missing_session_is_one_dutch_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, wijk: dict[str, object]
) -> None:
    dest = tmp_path / "verslag.pdf"
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "report", "geen-sessie", "-o", str(dest)
    )
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and "not found" not in err.lower()
    assert err.strip() == "Er is geen sessie met id 'geen-sessie'."
    assert not dest.exists()


def test_an_id_of_the_wrong_kind_says_what_was_looked_for(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, wijk: dict[str, object]
) -> None:
    dest = str(tmp_path / "x.pdf")
    base = ("--data-dir", str(data_dir))
    wijk_id = str(wijk["id"])
    for args, expected in (
        (("report", wijk_id), f"Er is geen sessie met id '{wijk_id}'."),
        (("handout", "script", wijk_id), f"Er is geen sessie met id '{wijk_id}'."),
        (("handout", "board-poster", wijk_id), f"Er is geen bord met id '{wijk_id}'."),
        (("handout", "stakeholder-cards", "x1"), "Er is geen wijk of sessie met id 'x1'."),
        (("handout", "instrument", "nope"), "Er is geen werkvorm met id 'nope'."),
    ):
        code, out, err = run(capsys, *base, *args, "-o", dest)
        assert (code, out, err.strip()) == (1, "", expected)


def test_cards_of_a_sessions_invited_stakeholders_name_their_types(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, wijk: dict[str, object]
) -> None:
    held = next(s for s in wijk["sessions"] if s["status"] == "held")  # type: ignore[attr-defined]
    dest = tmp_path / "kaarten.pdf"
    code, _out, err = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "handout",
        "stakeholder-cards",
        held["id"],
        "-o",
        str(dest),
    )
    assert (code, err) == (0, "")
    pdf = pdfium.PdfDocument(dest.read_bytes())
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    assert "Woningcorporatie" in text and "woningcorporatie" not in text


def test_unknown_handout_kind_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "handout", "poster", "x", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 2 and "ongeldige keuze" in err
