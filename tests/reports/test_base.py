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
