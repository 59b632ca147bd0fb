"""No text a user can type breaks or changes a PDF: the same hostile texts go through every
report, handout and poster, and come back out of the PDF as typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pypdfium2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sec_workshop.domain.process import Instrument
from sec_workshop.domain.session import Session
from sec_workshop.reports import handouts, posters, session_report
from sec_workshop.reports.data import BoardData, CardsData, RoadmapData, SessionData
from sec_workshop.services.workspace import Workspace

MARKUP = ["<", "&", "<font>", "<img src=x>", "<link>", "<b>vet</b>", "&amp;", "]]>"]
WORDS = st.sampled_from(
    [*MARKUP, "ë", "€", "–", "😀", "שלום", "مرحبا", "x" * 120, "   ", "Warmtenet", "\u202e"]
)
HOSTILE = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)


Demo = tuple[SessionData, CardsData, RoadmapData, BoardData, Instrument]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    folder: Path = tmp_path_factory.mktemp("data")
    with Workspace.open(folder) as ws:
        wijk_id = ws.demo.add().wijk_id
        held = next(
            s.session.id for s in ws.sessions.summaries(wijk_id) if s.session.status.value == "held"
        )
        board = ws.boards.summaries(wijk_id)[0].board.id
        return (
            ws.reports.session(held, photos=False),
            ws.reports.cards(wijk_id),
            ws.reports.roadmap(wijk_id),
            ws.reports.board(board, photos=False),
            ws.reports.instrument("wijksafari"),
        )


def _text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    return "".join(pages).replace("\r", "").replace("\n", "").replace(" ", "")


def _shows(pdf: bytes, text: str) -> bool:
    """The markup of ``text`` is in the PDF's text as typed (spaces and wrapping aside)."""
    got = _text(pdf)
    return all(part.replace(" ", "") in got for part in MARKUP if part in text)


def _session(data: SessionData, text: str) -> SessionData:
    content = data.content
    session: Session = replace(content.session, title=text or "x", goal=text)
    agenda = tuple(replace(i, title=text or "x", description=text) for i in content.agenda)
    return replace(data, content=replace(content, session=session, agenda=agenda))


def _board(data: BoardData, text: str) -> BoardData:
    content = data.content
    notes = tuple(replace(n, text=text) for n in content.notes[:12])
    return replace(
        data, content=replace(content, notes=notes, board=replace(content.board, title=text or "x"))
    )


MAKERS: dict[str, Callable[[Demo, str], bytes]] = {
    "report": lambda d, t: session_report.session_report(_session(d[0], t)),
    "residents": lambda d, t: session_report.session_report(_session(d[0], t), residents=True),
    "agenda": lambda d, t: handouts.participant_agenda(_session(d[0], t)),
    "script": lambda d, t: handouts.facilitator_script(_session(d[0], t)),
    "cards": lambda d, t: handouts.stakeholder_cards(
        replace(
            d[1],
            cards=tuple(
                (replace(p, name=t or "x", interests=t), code) for p, code in d[1].cards[:4]
            ),
        )
    ),
    "roadmap": lambda d, t: posters.roadmap_poster(
        replace(
            d[2],
            content=replace(
                d[2].content,
                steps=tuple(replace(s, title=t or "x", owner=t) for s in d[2].content.steps[:8]),
            ),
        )
    ),
    "board-poster": lambda d, t: posters.board_poster(_board(d[3], t), t),
    "instrument": lambda d, t: handouts.instrument_sheet(
        replace(d[4], name=t or "x", purpose=t, procedure=t, materials=t)
    ),
}


@pytest.mark.parametrize("kind", sorted(MAKERS))
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=HOSTILE)
def test_hostile_text_never_breaks_a_pdf(kind: str, text: str, demo: Demo) -> None:
    pdf = MAKERS[kind](demo, text)
    assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-64:]
    _text(pdf)  # it opens and reads
    if kind not in SHORTENED:
        assert _shows(pdf, text), (kind, text)


# Cards and poster cards cut long texts short with "…" to fit: the markup may be cut off.
SHORTENED = frozenset({"cards", "roadmap", "board-poster"})
