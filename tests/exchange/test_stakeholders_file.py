"""Reading a coach's stakeholder spreadsheet (CSV): encodings, separators, Dutch and English
column names, and hostile files refused with one Dutch line that names the row."""

from __future__ import annotations

from pathlib import Path

import pytest

from sec_workshop.domain.enums import Attitude, ParticipationLevel
from sec_workshop.exchange.stakeholders_file import (
    MAX_ROWS,
    StakeholdersFileError,
    parse_stakeholders,
    read_stakeholders_file,
)
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def types(workspace: Workspace) -> dict[str, str]:
    return workspace.library.stakeholder_type_lookup()


DUTCH = (
    "Naam;Type;Organisatie;Invloed;Belang;Houding;Participatie;Koppelkansen;"
    "Contactpersoon;E-mailadres;Telefoon\n"
    "Buurthuis De Kroon;Buurthuis;Stichting Welzijn Oost;2;4;positief;meedenken;"
    '"eenzaamheid, armoede";Jeanne Visser;j.visser@example.nl;06-1234 5678\n'
    "Woonstichting Dalmonde;woningcorporatie;;5;hoog;Kritisch;Meebeslissen;;;;\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_a_dutch_sheet_in_every_encoding_excel_writes(encoding: str, types: dict[str, str]) -> None:
    sheet = parse_stakeholders(DUTCH.replace("Kroon", "Kroón").encode(encoding), types)
    first, second = (row.values for row in sheet.rows)
    assert first["name"] == "Buurthuis De Kroón"
    assert first["type_key"] == "buurthuis"
    assert (first["influence"], first["interest"]) == (2, 4)
    assert first["attitude"] is Attitude.SUPPORTIVE
    assert first["participation"] is ParticipationLevel.ADVISE
    assert first["koppelkansen"] == ("eenzaamheid", "armoede")
    assert (first["contact_name"], first["contact_email"]) == (
        "Jeanne Visser",
        "j.visser@example.nl",
    )
    assert second["type_key"] == "woningcorporatie"
    assert (second["influence"], second["interest"]) == (5, 4)  # "hoog" is 4
    assert second["participation"] is ParticipationLevel.CODECIDE
    assert [row.row for row in sheet.rows] == [2, 3]


def test_an_english_sheet_with_commas(types: dict[str, str]) -> None:
    raw = (
        b"Name,Type,Influence,Interest,Attitude,Participation,Phone,Notes\n"
        b'"Grid operator, region",Grid operator,4,2,neutral,consult,0612345678,x\n'
    )
    sheet = parse_stakeholders(raw, types)
    values = sheet.rows[0].values
    assert values["name"] == "Grid operator, region"
    assert values["type_key"] == "netbeheerder"
    assert values["attitude"] is Attitude.NEUTRAL
    assert values["participation"] is ParticipationLevel.CONSULT
    assert values["contact_phone"] == "0612345678"
    assert sheet.ignored == ("Notes",)


def test_only_the_columns_of_the_file_are_read(types: dict[str, str]) -> None:
    sheet = parse_stakeholders(b"Naam;Invloed\nBakker Jansen;3\n", types)
    assert dict(sheet.rows[0].values) == {"name": "Bakker Jansen", "influence": 3}


def test_a_formula_cell_stays_plain_text(types: dict[str, str]) -> None:
    raw = b'Naam;Belangen\n"=HYPERLINK(""http://example.org"";""klik"")";=1+1\n'
    values = parse_stakeholders(raw, types).rows[0].values
    assert values["name"] == '=HYPERLINK("http://example.org";"klik")'
    assert values["interests"] == "=1+1"


@pytest.mark.parametrize(
    ("raw", "code", "row", "dutch"),
    [
        (b'Naam;Type\n"Open quote;buurthuis\nB;x\n', "stakeholders.csv_broken", 2, "Rij 2"),
        (b"Naam;Type\nA;Bakkerij\n", "stakeholders.unknown_type", 2, "onbekend type 'Bakkerij'"),
        (b"Naam;Invloed\nA;3\nB;7\n", "stakeholders.bad_score", 3, "Rij 3, kolom 'Invloed'"),
        (b"Naam;Houding\nA;boos\n", "stakeholders.bad_attitude", 2, "onbekende houding"),
        (b"Naam;Type\n;buurthuis\n", "stakeholders.empty_name", 2, "de naam is leeg"),
        (b"Type\nbuurthuis\n", "stakeholders.no_name_column", None, "kolom 'Naam'"),
        (b"Naam;Name\nA;B\n", "stakeholders.double_column", None, "twee keer"),
        (b"Naam;Type\nA;buurthuis;C\n", "stakeholders.too_many_cells", 2, "meer cellen"),
        (b"", "stakeholders.empty", None, "geen stakeholders"),
        (b"PK\x03\x04\x00\x00", "stakeholders.binary", None, "geen tekstbestand"),
    ],
)
def test_a_bad_file_gets_one_dutch_line_naming_the_row(
    raw: bytes, code: str, row: int | None, dutch: str, types: dict[str, str]
) -> None:
    with pytest.raises(StakeholdersFileError) as info:
        parse_stakeholders(raw, types)
    assert info.value.code == code
    assert info.value.params.get("row") == row
    message = describe(info.value)
    assert dutch in message and "\n" not in message


def test_a_megabyte_cell_names_its_row(types: dict[str, str]) -> None:
    raw = b"Naam;Belangen\nA;kort\nB;" + b"x" * 1_000_000 + b"\n"
    with pytest.raises(StakeholdersFileError) as info:
        parse_stakeholders(raw, types)
    assert info.value.params["row"] == 3
    assert describe(info.value).startswith("Rij 3")


def test_a_long_cell_names_row_and_column(types: dict[str, str]) -> None:
    raw = b"Naam;Belangen\nA;" + b"x" * 20_001 + b"\n"
    with pytest.raises(StakeholdersFileError) as info:
        parse_stakeholders(raw, types)
    assert describe(info.value) == "Rij 2, kolom 'Belangen': langer dan 20000 tekens."


def test_a_hundred_thousand_rows_are_refused_at_the_first_row_too_many(
    types: dict[str, str],
) -> None:
    raw = b"Naam\n" + b"".join(b"Persoon %d\n" % n for n in range(100_000))
    with pytest.raises(StakeholdersFileError) as info:
        parse_stakeholders(raw, types)
    assert info.value.code == "stakeholders.too_many"
    assert info.value.params["row"] == MAX_ROWS + 2


def test_only_csv_files_are_read(tmp_path: Path, types: dict[str, str]) -> None:
    sheet = tmp_path / "lijst.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    with pytest.raises(StakeholdersFileError) as info:
        read_stakeholders_file(sheet, types)
    assert "Sla het werkblad op als CSV" in describe(info.value)
