"""Handouts read back as a reader would: stakeholder cards whose QR codes a camera reads and
the app resolves, an agenda without the facilitators' notes, a script with them, work form
sheets, and hostile text that prints as typed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import replace

import pypdfium2
import pytest
import zxingcpp

from sec_workshop.domain.session import AgendaItem
from sec_workshop.domain.stakeholder import Stakeholder, card_code
from sec_workshop.reports.cards import stakeholder_cards
from sec_workshop.reports.data import CardsData, SessionData
from sec_workshop.reports.handouts import facilitator_script, instrument_sheet, participant_agenda
from sec_workshop.services.workspace import Workspace

LONG_WORD = "Warmtetransitiecoördinatiewerkgroepvergaderingsverslagbijlage" * 3
HOSTILE = (
    "Tom & Jerry <b>vet</b> <font color=red>rood</font> <img src=x> 🔥🏠 "
    "مرحبا بالجيران שלום " + LONG_WORD
)


def _texts(data: bytes) -> Iterator[str]:
    pdf = pypdfium2.PdfDocument(data)
    try:
        for page in pdf:
            yield page.get_textpage().get_text_range()
    finally:
        pdf.close()


def _text(data: bytes) -> str:
    # Lines broken by the layout are joined, so that a phrase can be found across them.
    return " ".join(" ".join(_texts(data)).split())


@pytest.fixture
def demo(workspace: Workspace) -> str:
    return workspace.demo.add().wijk_id


def _session(workspace: Workspace, wijk_id: str) -> SessionData:
    newest = workspace.sessions.summaries(wijk_id)[0].session
    return workspace.reports.session(newest.id)


@pytest.mark.parametrize(("per_page", "pages"), [(8, 3), (4, 5)])
def test_cards_carry_qr_codes_that_resolve_to_their_stakeholder(
    workspace: Workspace, demo: str, per_page: int, pages: int
) -> None:
    data = workspace.reports.cards(demo)
    assert len(data.cards) == 17
    names = workspace.library.stakeholder_type_names("nl")
    pdf_bytes = stakeholder_cards(data, per_page, "nl", names)
    pdf = pypdfium2.PdfDocument(pdf_bytes)
    found: list[str] = []
    try:
        assert len(pdf) == pages
        for page in pdf:
            width, height = page.get_size()
            assert abs(width - 595.3) <= 1 and abs(height - 841.9) <= 1
            found += [code.text for code in zxingcpp.read_barcodes(page.render(scale=3).to_pil())]
    finally:
        pdf.close()
    assert sorted(found) == sorted(code for _, code in data.cards)
    for person, code in data.cards:
        resolved = workspace.reports.resolve_card(demo, code)
        assert resolved is not None and resolved.id == person.id
    text = _text(pdf_bytes)
    for person, code in data.cards:
        assert code in text
        for value in (person.contact_email, person.contact_phone, person.contact_name):
            assert not value or value not in text
    assert "@" not in text
    assert any(person.contact_email for person, _ in data.cards)  # there was some to leave out
    assert "Sleutelspelers" in text and "Woningcorporatie" in text


def test_cards_of_the_stakeholders_invited_to_a_session(workspace: Workspace, demo: str) -> None:
    held = next(s.session for s in workspace.sessions.summaries(demo) if s.session.status == "held")
    invited = set(workspace.sessions.content(held.id).stakeholder_ids)
    data = workspace.reports.cards(held.id)
    assert invited and {person.id for person, _code in data.cards} == invited
    assert data.title == held.title and data.wijk.id == demo
    names = workspace.library.stakeholder_type_names("nl")
    assert len(list(_texts(stakeholder_cards(data, 8, "nl", names)))) >= 1


def test_cards_in_english(workspace: Workspace, demo: str) -> None:
    data = workspace.reports.cards(demo)
    text = _text(stakeholder_cards(data, 4, "en", workspace.library.stakeholder_type_names("en")))
    assert "Key players" in text and "Interests:" in text


def test_agenda_shows_times_and_titles_but_no_notes(workspace: Workspace, demo: str) -> None:
    data = _session(workspace, demo)
    text = _text(participant_agenda(data))
    assert "19:30" in text and "21:45" in text
    assert "maandag 14 december 2026" in text or "december" in text
    for item in data.content.agenda:
        assert " ".join(item.title.split()) in text
        if item.notes.strip():
            assert " ".join(item.notes.split())[:40] not in text
    for person in data.facilitators:
        assert person.name not in text
    assert data.content.session.location in text


def test_script_shows_notes_leaders_and_materials(workspace: Workspace, demo: str) -> None:
    data = _session(workspace, demo)
    text = _text(facilitator_script(data))
    for item in data.content.agenda:
        if item.notes.strip():
            assert " ".join(item.notes.split())[:40] in text
        if item.facilitator:
            assert item.facilitator in text
    for person in data.facilitators:
        assert person.name in text
    assert "Inpaklijst" in text
    assert "Ronde stickers of stiften" in text  # from the work form Stippenstemmen
    assert "tot 19:45" in text


def test_hostile_text_builds_and_comes_back_literally(workspace: Workspace, demo: str) -> None:
    data = workspace.reports.cards(demo)
    person, code = data.cards[0]
    hostile_person = dataclasses.replace(person, name=HOSTILE, interests="x" * 10_000)
    cards = CardsData(data.wijk, ((hostile_person, code), *data.cards[1:]), HOSTILE)
    text = _text(stakeholder_cards(cards, 8))
    assert "Tom & Jerry <b>vet</b>" in text
    assert "…" in text

    session = _session(workspace, demo)
    first = session.content.agenda[0]
    hostile_item = AgendaItem(
        session_id=first.session_id,
        position=-1,
        title=HOSTILE,
        description="Voor iedereen: <img src=x> & meer",
        notes="GEHEIM <font size=40>groot</font> " + "notitie " * 1250,
        duration_minutes=5,
    )
    agenda = (hostile_item, *session.content.agenda)
    content = dataclasses.replace(session.content, agenda=agenda)
    hostile = dataclasses.replace(session, content=content)
    text = _text(participant_agenda(hostile))
    assert "Tom & Jerry <b>vet</b> <font color=red>rood</font> <img src=x>" in text
    assert "Voor iedereen: <img src=x> & meer" in text
    assert "GEHEIM" not in text
    script = _text(facilitator_script(hostile))
    assert "GEHEIM <font size=40>groot</font>" in script
    assert "Tom & Jerry <b>vet</b>" in script


def test_instrument_sheets(workspace: Workspace) -> None:
    workspace.library.ensure_shipped_content()
    safari = _text(instrument_sheet(workspace.reports.instrument("wijksafari")))
    for word in ("Doel", "Zo gaat het", "Materialen", "Zien", "Horen", "Vragen", "Kansen"):
        assert word in safari
    kit = instrument_sheet(workspace.reports.instrument("ambassadeurskit"), "nl")
    assert "Waar kunnen buren terecht?" in _text(kit)
    assert len(list(_texts(kit))) >= 2
    english = _text(instrument_sheet(workspace.reports.instrument("ambassadeurskit"), "en"))
    assert "Where can neighbours go?" in english
    plain = _text(instrument_sheet(workspace.reports.instrument("stippenstemmen")))
    assert "1." in plain and "Zien" not in plain


def test_card_code_is_short_enough_for_a_small_qr_code() -> None:
    person = Stakeholder(wijk_id="w", name="x")
    assert len(card_code(person.id)) == 6


def test_a_goal_longer_than_a_page_goes_on_over_the_next(workspace: Workspace, demo: str) -> None:
    data = _session(workspace, demo)
    sentence = "Samen met bewoners onderzoeken we welke warmte past en wat die kost. "
    goal = (sentence * 300)[:20_000]
    long = replace(
        data, content=replace(data.content, session=replace(data.content.session, goal=goal))
    )
    for make in (participant_agenda, facilitator_script):
        pages = list(_texts(make(long, lang="nl")))
        assert len(pages) >= 3
        joined = " ".join(" ".join(pages).split())
        assert joined.count("welke warmte past") >= 250  # the whole goal, over the pages


def test_card_sheets_say_whose_cards_they_are(workspace: Workspace, demo: str) -> None:
    """Cards of two wijken are told apart once printed: each sheet's header names the wijk,
    what they are and the day, above the cut marks."""
    names = workspace.library.stakeholder_type_names("nl")
    pages = list(_texts(stakeholder_cards(workspace.reports.cards(demo), 8, "nl", names)))
    assert all("Vogelwijk-Oost · Stakeholderkaarten" in p for p in pages)
    assert all("pagina" in p for p in pages)
