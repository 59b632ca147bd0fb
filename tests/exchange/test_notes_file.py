"""Reading notes files: encodings, CSV columns, and refusing bad input with the line named."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.board import NOTE_TEXT_MAX
from sec_workshop.domain.enums import NoteColor
from sec_workshop.exchange.notes_file import NotesFileError, parse_notes, read_notes_file
from sec_workshop.messages import describe


def test_text_file_one_note_per_line_skips_blank_lines() -> None:
    notes = parse_notes(b"Wie betaalt dat?\n\n  Tocht bij de ramen  \r\nBuurttuin\n", False)
    assert [n.text for n in notes] == ["Wie betaalt dat?", "Tocht bij de ramen", "Buurttuin"]


@pytest.mark.parametrize(
    "raw",
    [
        "Coöperatie één\n".encode(),
        "\ufeffCoöperatie één\n".encode(),
        "Coöperatie één\n".encode("cp1252"),
    ],
)
def test_utf8_with_or_without_bom_and_windows_1252(raw: bytes) -> None:
    assert [n.text for n in parse_notes(raw, False)] == ["Coöperatie één"]


def test_csv_with_all_columns_and_dutch_semicolons() -> None:
    raw = b'tekst;kleur;cluster;stemmen\n"Wie betaalt; dat?";roze;Kosten;3\nTocht;;;\n'
    notes = parse_notes(raw, True)
    assert notes[0].text == "Wie betaalt; dat?"
    assert notes[0].color is NoteColor.PINK and notes[0].cluster == "Kosten" and notes[0].votes == 3
    assert notes[1].color is None and notes[1].votes == 0


@pytest.mark.parametrize(
    ("raw", "code", "line"),
    [
        (b"text,votes\nA,drie\n", "notes.bad_votes", 2),
        (b"text,color\nA,plaid\n", "notes.bad_color", 2),
        (b"name,votes\nA,1\n", "notes.no_text_column", None),
        (b"text,color\nA,geel\n,roze\n", "notes.empty_text", 3),
        (b"text\nA,b\n", "notes.too_many_cells", 2),
        (b"", "notes.empty", None),
        (b"\x00\x01PK\x03\x04", "notes.binary", None),
    ],
)
def test_bad_csv_is_refused_naming_the_line(raw: bytes, code: str, line: int | None) -> None:
    with pytest.raises(NotesFileError) as info:
        parse_notes(raw, True)
    assert info.value.code == code
    assert info.value.params.get("line") == line


def test_files_by_type_and_size(tmp_path: Path) -> None:
    with pytest.raises(NotesFileError) as info:
        read_notes_file(tmp_path / "foto.jpg")
    assert info.value.code == "notes.unsupported_type"
    with pytest.raises(DomainError) as info:
        read_notes_file(tmp_path / "weg.txt")
    assert info.value.code == "file.not_found"
    huge = tmp_path / "groot.txt"
    huge.write_bytes(b"x" * (6 * 1024 * 1024))
    with pytest.raises(NotesFileError) as info:
        read_notes_file(huge)
    assert info.value.code == "notes.too_big"
    folder = tmp_path / "map.txt"
    folder.mkdir()
    with pytest.raises(DomainError) as info:
        read_notes_file(folder)
    assert info.value.code == "file.not_a_file"


@given(st.text(min_size=0, max_size=300))
def test_any_text_either_parses_or_is_refused_cleanly(text: str) -> None:
    for csv_format in (False, True):
        try:
            notes = parse_notes(text.encode("utf-8", "surrogatepass"), csv_format)
        except NotesFileError:
            continue
        except UnicodeEncodeError:
            return
        assert all(n.text and n.text == n.text.strip() for n in notes)


def test_an_unclosed_quote_is_refused_not_run_together() -> None:
    raw = b'tekst,kleur\n"Wat kost de warmtepomp?,geel\nTweede,roze\nDerde,blauw\n'
    with pytest.raises(NotesFileError) as caught:
        parse_notes(raw, csv_format=True)
    assert caught.value.code == "notes.csv_broken"


def test_the_header_decides_the_separator() -> None:
    notes = parse_notes(b"text,kleur\nA; B; C; D; E,geel\n", csv_format=True)
    assert [(n.text, n.color) for n in notes] == [("A; B; C; D; E", NoteColor.YELLOW)]
    notes = parse_notes(b"tekst;kleur\nc,d;roze\n", csv_format=True)
    assert [(n.text, n.color) for n in notes] == [("c,d", NoteColor.PINK)]


def test_utf16_text_from_excel_is_read() -> None:
    raw = "tekst\tkleur\nZon op het dak\nWie betaalt?\n".replace("\t", ",").encode("utf-16")
    assert [n.text for n in parse_notes(raw, csv_format=True)] == ["Zon op het dak", "Wie betaalt?"]


def test_text_file_lines_are_counted_as_an_editor_counts_them() -> None:
    # Form feed, vertical tab, \x1c, \x85 and U+2028 are no line breaks in an editor.
    raw = "Een\nTwee\x0cdrie\x0bvier\nVijf\x1czes\x85zeven\u2028acht\n".encode()
    assert [n.text for n in parse_notes(raw, False)] == [
        "Een",
        "Twee\x0cdrie\x0bvier",
        "Vijf\x1czes\x85zeven\u2028acht",
    ]
    too_long = "x" * (NOTE_TEXT_MAX + 1)
    raw = f"Een\n\x0cTwee\x0bdrie\u2029\nDrie\r{too_long}\r\n".encode()
    with pytest.raises(NotesFileError) as info:
        parse_notes(raw, False)
    assert (info.value.code, info.value.params["line"]) == ("notes.text_too_long", 4)


def test_csv_form_feed_on_line_2_and_bad_colour_on_line_4_reports_line_4() -> None:
    raw = "text,color\nA\x0cB,geel\nC\x0bD\x1cE\u2028F\x85,roze\nG,plaid\n".encode()
    with pytest.raises(NotesFileError) as info:
        parse_notes(raw, True)
    assert (info.value.code, info.value.params["line"]) == ("notes.bad_color", 4)
    assert "Regel 4:" in describe(info.value, "nl")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_csv_line_numbers_with_every_kind_of_line_end(newline: str) -> None:
    raw = newline.join(["text,color", "A; B; C; D,geel", "", "E,plaid", ""]).encode()
    with pytest.raises(NotesFileError) as info:
        parse_notes(raw, True)
    assert (info.value.code, info.value.params["line"]) == ("notes.bad_color", 4)


def test_old_mac_line_ends_do_not_confuse_the_separator() -> None:
    # The header is only the first line, even when lines end in a lone \r.
    notes = parse_notes(b"text,kleur\rA; B; C; D; E,geel\r", csv_format=True)
    assert [(n.text, n.color) for n in notes] == [("A; B; C; D; E", NoteColor.YELLOW)]


def test_csv_errors_name_the_line_where_the_note_starts() -> None:
    # Lines 2-3 hold one note; the quote opened on line 4 never closes.
    raw = b'text,color\n"Eerste\nregel",geel\n"Open,roze\nB,blauw\nC,groen\n'
    with pytest.raises(NotesFileError) as info:
        parse_notes(raw, True)
    assert (info.value.code, info.value.params["line"]) == ("notes.csv_broken", 4)
    raw = b'text,color\n"Eerste\nregel",geel\n,roze\n'
    with pytest.raises(NotesFileError) as info:
        parse_notes(raw, True)
    assert (info.value.code, info.value.params["line"]) == ("notes.empty_text", 4)
