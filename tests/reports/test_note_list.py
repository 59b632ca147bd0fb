"""The note lists of the session report: a note in one font is drawn as plain lines that
break exactly where a paragraph would, long words never leave the column, markup is never
read, and a list runs over pages whatever its notes hold."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer

from sec_workshop.reports.base import (
    FONT,
    FONT_SEMIBOLD,
    PdfInfo,
    build_pdf,
    one_font,
    safe,
    styles,
)
from sec_workshop.reports.note_list import NoteList, PlainText, note_row
from sec_workshop.reports.report_parts import HEIGHT, WIDTH


def _cell() -> ParagraphStyle:
    return ParagraphStyle("nc", parent=styles().body, fontSize=9.5, leading=12.5, spaceAfter=0)


WORDS = st.sampled_from(
    [
        "warmte",
        "kosten",
        "Plakbriefje",
        "ë",
        "coöperatie",
        "€",
        "–",
        "iii",
        "WWW",
        "x" * 90,
        "Warmtepompinstallatiesubsidieaanvraagformulierinvulinstructie",
        "  ",
        "\u2003",
    ]
)
TEXTS = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, width=st.floats(min_value=25, max_value=500))
@example(text="Warmtepompinstallatiesubsidieaanvraagformulierinvulinstructie " * 3, width=60.0)
def test_plain_lines_break_where_a_paragraph_breaks(text: str, width: float) -> None:
    shown = one_font(text)
    assert shown is not None
    paragraph = Paragraph(safe(text), _cell())
    plain = PlainText(shown, _cell())
    assert plain.wrap(width, 1e9) == paragraph.wrap(width, 1e9)
    assert paragraph.blPara.kind == 0
    expected = [(room, list(words)) for room, words in paragraph.blPara.lines]
    assert plain.lines(width) == expected


@settings(max_examples=60, deadline=None)
@given(text=TEXTS, room=st.floats(min_value=0, max_value=200))
@example(text="  ", room=25.0)
@example(text="warmte " * 40, room=30.0)
def test_plain_lines_split_over_pages_as_a_paragraph_does(text: str, room: float) -> None:
    shown = one_font(text)
    assert shown is not None
    paragraph = Paragraph(safe(text), _cell())
    plain = PlainText(shown, _cell())
    paragraph.wrap(200, 1e9)
    plain.wrap(200, 1e9)
    parts = plain.split(200, room)
    expected = paragraph.split(200, room)
    assert len(parts) == len(expected)
    for part, other in zip(parts, expected, strict=True):
        assert part.wrap(200, 1e9)[1] == other.wrap(200, 1e9)[1]


def test_a_long_word_is_broken_and_never_leaves_the_column() -> None:
    text = PlainText("Een " + "warmtepomp" * 60 + " erna", _cell())
    width = 150.0
    lines = text.lines(width)
    assert len(lines) > 5
    for _room, words in lines:
        assert stringWidth(" ".join(words), FONT, 9.5) <= width + 0.05 * len(words)


def test_a_note_in_one_font_gets_plain_lines_any_other_a_paragraph() -> None:
    cell = _cell()
    hidden = note_row("Vraag door: ë € – ‘quotes’", cell, "alleen begeleiders")
    assert isinstance(hidden, PlainText)
    assert hidden.text == "Vraag door: ë € – ‘quotes’ (alleen begeleiders)"
    others = ("pijl → hier", "twee\nregels", "zacht\u00adstreepje", "a\u00a0b", "<b>vet</b> & co")
    for other in others:
        assert isinstance(note_row(other, cell), Paragraph), other
    literal = note_row('<b>vet</b> & <font color="red">rood</font>', cell)
    assert literal.getPlainText() == '<b>vet</b> & <font color="red">rood</font>'
    assert one_font("x\u202ey") is None  # a text with characters to drop goes to safe()


def _note_list(rows: list[tuple[Paragraph | PlainText, str]]) -> NoteList:
    head_style = ParagraphStyle("cl", parent=styles().body, fontName=FONT_SEMIBOLD, leading=13)
    return NoteList(Paragraph(safe("Thema"), head_style), "3 stippen", rows, WIDTH, 60)


@pytest.mark.parametrize("emoji", [False, True])
def test_a_note_at_the_foot_of_a_page_runs_on_or_moves_on(emoji: bool) -> None:
    """Whatever room a page has left, the list breaks cleanly: a note whose first lines do
    not fit moves to the next page whole, or leaves part of itself behind."""
    words = " ".join(f"woord{i}" + (" 😀" if emoji else "") for i in range(60))
    for left in range(8, 80, 3):
        rows: list[tuple[Paragraph | PlainText, str]] = [(note_row(words, _cell()), "5")]
        rows += [(note_row(f"Briefje {i}", _cell()), "") for i in range(3)]
        story = [Spacer(1, HEIGHT - 12 - left), _note_list(rows)]
        pdf = build_pdf(story, PdfInfo("Lijst", "", "Wijk", "1 mei"))
        doc = pdfium.PdfDocument(pdf)
        try:
            text = "".join(page.get_textpage().get_text_range() for page in doc)
        finally:
            doc.close()
        assert "woord0" in text and "woord59" in text and "Briefje 2" in text, left
