"""What every PDF shares: user text printed as typed, pages numbered "pagina X van Y", the
document's properties, the shipped fonts embedded."""

from __future__ import annotations

import pypdfium2
from reportlab.platypus import Paragraph

from sec_workshop.reports.base import PdfInfo, build_pdf, one_font, plain, safe, styles

HOSTILE = (
    "<b>niet vet</b> & <font color=red>rood</font> <img src='x'/> <link href='y'>z</link>",
    "Verwarmen: ë ï é € – done",
    "a" * 400,
)


def _text(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def test_user_text_prints_as_typed_and_pages_say_how_many_there_are() -> None:
    st = styles()
    story = [Paragraph(safe(text), st.body) for text in HOSTILE for _ in range(30)]
    pdf = build_pdf(
        story,
        PdfInfo(
            title="Bewonersavond", subject="Verslag", wijk="Vogelwijk-Oost", date="8 december 2026"
        ),
    )
    pages = _text(pdf)
    joined = "".join(pages).replace("\r", "").replace("\n", "")
    assert "<b>niet vet</b> & <font color=red>rood</font> <img src='x'/>" in joined
    assert "ë ï é € –" in joined
    assert (
        f"pagina 1 van {len(pages)}" in pages[0]
        and f"pagina {len(pages)} van {len(pages)}" in pages[-1]
    )
    assert "Vogelwijk-Oost · Bewonersavond" in pages[0]
    document = pypdfium2.PdfDocument(pdf)
    meta = document.get_metadata_dict()
    document.close()
    assert (meta["Title"], meta["Subject"], meta["Author"]) == (
        "Bewonersavond",
        "Verslag",
        "SEC Workshop",
    )
    assert b"OpenSans" in pdf and b"/FontFile2" in pdf  # the shipped font, embedded
    assert b"/Lang (nl-NL)" in pdf


def test_controls_and_direction_overrides_are_dropped_missing_glyphs_kept_visible() -> None:
    assert safe("a\x00b\u202ec") == "abc"
    assert safe("regel\nregel") == "regel<br/>regel"
    assert "DejaVuSans" in safe("→ ✓")  # drawn in the fallback font
    assert "DejaVuSans" in safe("😀")  # an emoji in black and white
    assert "□" in safe("漢")  # in neither font: a box, never a blank
    assert plain("  twee\n regels \x07 ") == "twee regels"
    assert safe("x" * 30_000).endswith("…")


def test_text_in_one_font_is_known_as_such_and_printed_the_same() -> None:
    typed = "Eén & <b>niet vet</b> – € 12,50"
    assert one_font(typed) == typed
    assert safe(typed) == "Eén &amp; &lt;b&gt;niet vet&lt;/b&gt; – € 12,50"
    for other in ("regel\nregel", "→", "a\x00b", "af\u00adbreken", "a\u00a0b", "\u202eb"):
        assert one_font(other) is None, other
    assert (one_font("x" * 30_000) or "").endswith(" …")


def test_characters_beyond_the_basic_plane_are_read_back_as_typed() -> None:
    """A card symbol or an emoji from the fallback font is found when the PDF is searched
    or copied from, not another character (ReportLab wrote them as five hex digits)."""
    typed = "Stip 🀰 en ✓ en ☀ en 🂡 kaart"
    pdf = build_pdf(
        [Paragraph(safe(typed), styles().body)],
        PdfInfo(title="Bord", subject="Verslag", wijk="Vogelwijk-Oost", date="8 december 2026"),
    )
    assert typed in "".join(_text(pdf))


def test_a_long_title_in_the_header_is_cut_before_the_date() -> None:
    """The header's wijk and title stop with "…" before the date on the right; they never
    run into it or off the page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from sec_workshop.reports.base import FONT, MARGIN, fit_width

    title = "Bewonersavond: wat moet de nieuwe warmte ons brengen, en wat kost het ons per maand?"
    pdf = build_pdf(
        [Paragraph("Tekst", styles().body)],
        PdfInfo(
            title=title, subject="Draaiboek", wijk="Vogelwijk-Oost", date="woensdag 21 oktober 2026"
        ),
    )
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0].get_textpage()
        height = document[0].get_height()
        date_box = page.search("woensdag").get_next()
        assert date_box is not None
        date_left = page.get_charbox(date_box[0])[0]
        date_chars = range(date_box[0], page.count_chars())  # the date ends the line
        # Every other character of the header line ends left of the date.
        header = [
            page.get_charbox(i)
            for i in range(page.count_chars())
            if i not in date_chars and page.get_charbox(i)[1] > height - MARGIN
        ]
        assert header and max(box[2] for box in header) < date_left
    finally:
        document.close()
    assert "Vogelwijk-Oost · Bewonersavond" in _text(pdf)[0] and "…" in _text(pdf)[0]
    room = A4[0] / 2
    cut = fit_width(title, FONT, 8, room)
    assert cut.endswith("…") and stringWidth(cut, FONT, 8) <= room
    assert fit_width("Kort", FONT, 8, room) == "Kort"
