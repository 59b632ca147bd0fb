"""The session report read back as its readers would: the steering group's full record and
the residents' short version, in A4 with the fonts embedded, the most-voted notes first,
diacritics intact, nothing private where it does not belong, and any text a user typed
printed exactly as typed."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import date

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from sec_workshop.domain.board import Note, Photo
from sec_workshop.domain.koppelkans import Koppelkans
from sec_workshop.domain.session import ActionItem, AgendaItem, Decision
from sec_workshop.reports.base import Cancelled
from sec_workshop.reports.data import SessionData
from sec_workshop.reports.session_report import (
    AGENDA,
    KOPPELKANSEN,
    PHOTOS,
    SECTIONS,
    STAKEHOLDERS,
    TOP_NOTES,
    VOTES,
    grouped,
    session_report,
)
from sec_workshop.services.workspace import Workspace

SECRET_SESSION = "Let op: wethouder komt pas om negen uur"
SECRET_AGENDA = "Tolk naast mevrouw Yilmaz zetten"
SECRET_NOTE = "Begeleider: vraag door op de huurverhoging"
DIACRITICS = "Eén bijdrage van € 12,50 per maand voor de energiecoöperatie; ideeën welkom"


@pytest.fixture
def demo(workspace: Workspace) -> SessionData:
    """The demo's first held session with boards, votes, decisions and actions, plus
    facilitator-only texts and diacritics to look for."""
    wijk_id = workspace.demo.add().wijk_id
    held = next(
        s
        for s in workspace.sessions.summaries(wijk_id)
        if s.session.status == "held" and s.board_count
    )
    data = workspace.reports.session(held.session.id)
    content = data.content
    session = replace(content.session, facilitator_notes=SECRET_SESSION)
    agenda = (replace(content.agenda[0], notes=SECRET_AGENDA), *content.agenda[1:])
    decisions = (
        *content.decisions,
        replace(content.decisions[0], id="d-x", text=DIACRITICS, position=99),
    )
    board = data.boards[0]
    hidden = Note(board_id=board.content.board.id, text=SECRET_NOTE, facilitator_only=True)
    boards = (
        replace(board, content=replace(board.content, notes=(*board.content.notes, hidden))),
        *data.boards[1:],
    )
    return replace(
        data,
        content=replace(content, session=session, agenda=agenda, decisions=decisions),
        boards=boards,
    )


def text_of(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def squash(text: str) -> str:
    """Text without the line breaks and spaces that wrapping adds or takes."""
    return "".join(text.replace("\u00ad", "").replace("\ufffe", "").split())


STEERING_HEADINGS = (
    "VERSLAG VOOR DE STUURGROEP",
    "Samenvatting",
    "Deelnemers",
    "Uitgenodigde stakeholders",
    "Agenda: gepland en gehouden",
    "Borden",
    "Stemresultaten",
    "Besluiten",
    "Actiepunten",
    "Invloed-belangmatrix",
    "Plaats in de routekaart",
)
RESIDENT_HEADINGS = ("VERSLAG VOOR BEWONERS", "Wat we hoorden", "Wat er nu gebeurt", "Bedankt!")


def _most_and_fewer(data: SessionData) -> tuple[str, str]:
    """Two notes of one cluster: one with the most dots and one with fewer."""
    for board in data.boards:
        for group in grouped(board, with_hidden=False, lang="nl"):
            top = group.notes[:TOP_NOTES]  # what the residents' version shows
            fewer = [note for note, count in top if count < top[0][1]]
            if fewer:
                return top[0][0].text, fewer[0].text
    raise AssertionError("no cluster with different vote counts")


@pytest.mark.parametrize("residents", [False, True])
def test_both_versions_read_back(demo: SessionData, residents: bool) -> None:
    pdf = session_report(demo, residents=residents)
    text = text_of(pdf)
    for heading in RESIDENT_HEADINGS if residents else STEERING_HEADINGS:
        assert heading in text, heading
    most, fewer = _most_and_fewer(demo)
    # The steering group's board picture comes first; the list after it holds every note.
    assert (
        text.rfind(most) < text.rfind(fewer)
        if not residents
        else text.find(most) < text.find(fewer)
    )
    assert squash(DIACRITICS) in squash(text)
    assert "ë" in text and "€" in text and "ö" in text
    doc = pdfium.PdfDocument(pdf)
    for i in range(len(doc)):
        width, height = doc[i].get_size()
        assert abs(width - 595.28) <= 1 and abs(height - 841.89) <= 1
    assert b"/FontFile2" in pdf and b"OpenSans" in pdf
    meta = doc.get_metadata_dict()
    assert meta["Title"] == demo.content.session.title
    assert meta["Author"] == "SEC Workshop"
    assert meta["Subject"] == (
        "Verslag voor bewoners" if residents else "Verslag voor de stuurgroep"
    )
    assert f"pagina 1 van {len(doc)}" in text


def test_steering_version_has_facilitator_notes_but_no_contacts(demo: SessionData) -> None:
    text = text_of(session_report(demo))
    for secret in (SECRET_SESSION, SECRET_AGENDA, SECRET_NOTE):
        assert squash(secret) in squash(text)
    assert "@example.nl" not in text
    assert "uitgenodigd" in text.lower()
    assert "m.degroot@example.nl" in text_of(session_report(demo, personal=True))


def test_residents_version_keeps_to_what_residents_may_read(demo: SessionData) -> None:
    text = text_of(session_report(demo, residents=True, personal=True))
    for secret in (SECRET_SESSION, SECRET_AGENDA, SECRET_NOTE):
        assert squash(secret) not in squash(text)
    assert "@" not in text
    assert "Invloed" not in text and "Sleutelspeler" not in text
    for action in demo.content.actions:
        if action.owner:
            assert action.owner not in text  # the people of the team are not named
    # Open actions with their dates are there; finished ones are not.
    open_action = next(a for a in demo.content.actions if not a.done)
    done_action = next(a for a in demo.content.actions if a.done)
    assert squash(open_action.text) in squash(text)
    assert squash(done_action.text) not in squash(text)


def test_sections_can_be_left_out(demo: SessionData) -> None:
    text = text_of(session_report(demo, leave_out=frozenset({AGENDA, VOTES, STAKEHOLDERS})))
    assert "Agenda: gepland en gehouden" not in text
    assert "Stemresultaten" not in text and "Invloed-belangmatrix" not in text
    assert "Besluiten" in text and "Borden" in text
    bare = text_of(session_report(demo, leave_out=frozenset(SECTIONS)))
    assert "Samenvatting" in bare and "Besluiten" not in bare and "Borden" not in bare
    residents = text_of(session_report(demo, residents=True, leave_out=frozenset(SECTIONS)))
    assert "Wat we hoorden" not in residents and "Bedankt!" in residents


def test_the_steering_group_follows_the_koppelkansen_register(demo: SessionData) -> None:
    """The wijk's register as a table: each koppelkans with its problem, trekker, partners,
    indicator from baseline to target, and status; not for residents; can be left out."""
    assert len(demo.koppelkansen) == 4  # the demo's register, in its order
    first = demo.koppelkansen[0]
    text = squash(text_of(session_report(demo)))
    assert squash("Koppelkansen Het register van de wijk zoals het nu staat") in text
    for item in demo.koppelkansen:
        assert squash(item.title) in text
    assert squash(f"{first.lead}") in text and squash(first.partners[0]) in text
    assert squash(f"nulmeting {first.baseline} · doel {first.target}") in text
    assert "Verkennen" in text  # its status, in Dutch
    # Titles in the register's order.
    places = [text.index(squash(item.title)) for item in demo.koppelkansen]
    assert places == sorted(places)
    english = squash(text_of(session_report(demo, lang="en")))
    assert squash("Koppelkansen (linked opportunities)") in english and "Exploring" in english
    residents = squash(text_of(session_report(demo, residents=True)))
    assert squash(first.title) not in residents
    left_out = squash(text_of(session_report(demo, leave_out=frozenset({KOPPELKANSEN}))))
    assert squash(first.title) not in left_out and "Besluiten" in left_out
    none = squash(text_of(session_report(replace(demo, koppelkansen=()))))
    assert "Hetregistervandewijk" not in none


def test_a_decision_names_the_roadmap_step_it_is_about(demo: SessionData) -> None:
    named = [d for d in demo.content.decisions if d.step_id]
    assert named and set(demo.decision_steps) == {d.step_id for d in named}
    text = squash(text_of(session_report(demo)))
    for decision in named:
        title = demo.decision_steps[decision.step_id or ""]
        assert squash(f"Over stap: {title}") in text
    assert squash("About step:") in squash(text_of(session_report(demo, lang="en")))


def test_english(demo: SessionData) -> None:
    text = text_of(session_report(demo, lang="en"))
    for heading in ("REPORT FOR THE STEERING GROUP", "Summary", "Decisions", "Action items"):
        assert heading in text
    assert "page 1 of" in text
    assert "What we heard" in text_of(session_report(demo, residents=True, lang="en"))


def test_agenda_held_against_planned_and_turnout(demo: SessionData) -> None:
    content = demo.content
    agenda = tuple(
        replace(item, held_minutes=item.duration_minutes + (5 if n == 0 else 0))
        for n, item in enumerate(content.agenda)
    )
    data = replace(demo, content=replace(content, agenda=agenda))
    text = text_of(session_report(data))
    assert "+5" in text
    assert "De gehouden tijden zijn niet bijgehouden." not in text
    assert "Opkomst" in text and "%" in text


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 40)).save(out, "PNG")
    return out.getvalue()


def test_photos_scaled_in_and_a_broken_one_skipped(demo: SessionData) -> None:
    board = demo.boards[0]
    board_id = board.content.board.id
    photos = (
        Photo(board_id=board_id, caption="Muur na het stemmen", mime_type="image/png",
              width_px=4000, height_px=300, data=_png(4000, 300)),
        Photo(board_id=board_id, caption="Kapot", mime_type="image/jpeg",
              width_px=10, height_px=10, data=b"not an image"),
    )  # fmt: skip
    data = replace(demo, boards=(replace(board, photos=photos), *demo.boards[1:]))
    pdf = session_report(data)
    text = text_of(pdf)
    assert "Foto's" in text and "Muur na het stemmen" in text
    assert "Deze foto kon niet worden gelezen." in text
    assert b"/Subtype /Image" in pdf
    assert "Foto's" not in text_of(session_report(data, leave_out=frozenset({PHOTOS})))


def test_progress_and_cancel(demo: SessionData) -> None:
    pages: list[int] = []
    session_report(demo, progress=pages.append)
    assert pages and pages[0] == 1
    with pytest.raises(Cancelled):
        session_report(demo, cancelled=lambda: True)


def test_first_pages_render(demo: SessionData, tmp_path: object) -> None:
    for residents in (False, True):
        doc = pdfium.PdfDocument(session_report(demo, residents=residents))
        image = doc[0].render(scale=0.5).to_pil().convert("L")
        low, high = image.getextrema()
        assert low < 100 and high > 240  # ink on paper


HOSTILE = [
    "<",
    "&",
    "a & b < c > d",
    "<font>",
    '<font color="red">rood</font>',
    "<img src=x>",
    "<link>",
    '<link href="http://x">klik</link>',
    "<b>vet</b> &amp; &lt;",
    "Warmte 🔥🏠 voor iedereen",
    "שלום עולם",
    "مرحبا بالجيران",
    "x" * 10_000,
    "Warmtepompinstallatiesubsidieaanvraagformulierinvulinstructieboekjesverzameling" * 3,
    "     ",
    "ë € coöperatie ’quotes’",
]


def _expected(text: str) -> str:
    """What the PDF shows of a text: characters no shipped font has become "□"."""
    from sec_workshop.reports.base import FALLBACK, FONT, _covered, register_fonts

    fonts = _covered(FONT) | (_covered(FALLBACK) if FALLBACK in register_fonts() else frozenset())
    shown = []
    for c in unicodedata.normalize("NFC", text):
        if unicodedata.category(c) in ("Cc", "Cf", "Cs"):
            continue
        shown.append(c if ord(c) in fonts or c.isspace() else "□")
    return "".join(shown)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    title=st.sampled_from(HOSTILE),
    note=st.sampled_from(HOSTILE),
    decision=st.sampled_from(HOSTILE) | st.text(min_size=1, max_size=40),
    residents=st.booleans(),
)
def test_hostile_text_prints_literally(
    demo: SessionData, title: str, note: str, decision: str, residents: bool
) -> None:
    content = demo.content
    board = demo.boards[0]
    cluster = board.content.clusters[0].id
    noted = Note(board_id=board.content.board.id, text=note, cluster_id=cluster)
    data = replace(
        demo,
        content=replace(
            content,
            session=replace(content.session, title=title),
            decisions=(Decision(session_id=content.session.id, position=0, text=decision),),
            actions=(
                ActionItem(
                    session_id=content.session.id, position=0, text=note, due_date=date(2027, 1, 5)
                ),
            ),
            agenda=(AgendaItem(session_id=content.session.id, position=0, title=title),),
        ),
        boards=(replace(board, content=replace(board.content, notes=(noted,))),),
        koppelkansen=(
            Koppelkans(wijk_id=demo.wijk.id, title=title, lead=note, partners=(decision,)),
        ),
    )
    pdf = session_report(data, residents=residents)
    assert pdf.startswith(b"%PDF")
    shown = squash(text_of(pdf))
    for typed in (title, note, decision):
        if len(typed) > 2_000:
            typed = typed[:300]  # a very long text runs over pages with headers between
        expected = squash(_expected(typed))
        if any("\u0590" <= c <= "\u06ff" for c in expected):
            # Right-to-left text: every letter is there (viewers may order them their way).
            assert sorted(expected) == sorted(c for c in shown if c in expected)[
                : len(expected)
            ] or all(c in shown for c in expected)
        else:
            assert expected in shown, typed[:60]


def test_a_long_note_list_runs_over_pages_with_its_title_on_each(demo: SessionData) -> None:
    board = demo.boards[0]
    cluster = board.content.clusters[0]
    notes = tuple(
        Note(board_id=board.content.board.id, text=f"Briefje nummer {i}", cluster_id=cluster.id)
        for i in range(120)
    )
    long_board = replace(board, content=replace(board.content, notes=notes, votes=()))
    pdf = session_report(
        replace(demo, boards=(long_board,)), leave_out=frozenset(SECTIONS) - {"boards"}
    )
    doc = pdfium.PdfDocument(pdf)
    pages = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    listed = [p for p in pages if "Briefje nummer" in p]
    assert len(listed) >= 2
    assert all(cluster.title in p for p in listed)
    text = "\n".join(pages)
    assert 0 <= text.find("Briefje nummer 0") < text.find("Briefje nummer 119")
