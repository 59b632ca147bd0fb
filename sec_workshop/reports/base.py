"""What every PDF of the app shares: the shipped Open Sans embedded (with a fallback for
characters it lacks), paragraph styles, user text made safe for ReportLab's markup, page
sizes, a header and footer with the wijk, the title, the date and *pagina X van Y*, and the
document's properties (title, author, subject, language).

Domain values in, PDF bytes out: no Qt, no database.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from sec_workshop import labels, resources

FONT = "OpenSans"
FONT_BOLD = "OpenSans-Bold"
FONT_ITALIC = "OpenSans-Italic"
FONT_SEMIBOLD = "OpenSans-Semibold"
FALLBACK = "DejaVuSans"  # for characters Open Sans lacks (symbols, arrows), when shipped

INK = HexColor("#263238")
MUTED = HexColor("#607D8B")
ACCENT = HexColor("#1F5FAD")
RULE = HexColor("#B0BEC5")

PAGE_SIZES = {"A4": A4, "A3": A3, "A4-landscape": landscape(A4), "A3-landscape": landscape(A3)}
MARGIN = 18 * mm
TEXT_LIMIT = 20_000  # characters of one user text put on paper; a longer one is cut with …


class Cancelled(Exception):
    """Building the PDF was stopped by the user; nothing is written."""


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """The ToUnicode map of an embedded font subset, each character written as UTF-16BE as
    the PDF reference asks. ReportLab's own writes a character beyond U+FFFF (🀰, most
    emoji) as five hex digits, which readers take for another character: the PDF printed
    right, but its text, copied or searched, said something else."""
    chars = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
        for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *chars,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def register_fonts() -> frozenset[str]:
    """Register the shipped fonts with ReportLab (once); returns the names registered."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    names: dict[str, str] = {
        FONT: "OpenSans-Regular.ttf",
        FONT_BOLD: "OpenSans-Bold.ttf",
        FONT_ITALIC: "OpenSans-Italic.ttf",
        FONT_SEMIBOLD: "OpenSans-Semibold.ttf",
        "OpenSans-BoldItalic": "OpenSans-BoldItalic.ttf",
        FALLBACK: "DejaVuSans.ttf",
    }
    done = set()
    for name, file in names.items():
        path = resources.path("fonts", file)
        if path.exists():
            pdfmetrics.registerFont(TTFont(name, str(path)))
            done.add(name)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic="OpenSans-BoldItalic"
    )
    return frozenset(done)


@cache
def _covered(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(getattr(face, "charWidths", {}).keys())


def safe(text: str, limit: int = TEXT_LIMIT) -> str:
    """User text as ReportLab paragraph markup that shows exactly that text: markup
    escaped (``<b>``, ``<img src=...>``, ``&`` print as typed), control characters and
    bidi overrides dropped, line breaks kept, very long texts cut with "…", and characters
    Open Sans lacks drawn in the fallback font (or as "□" when there is none)."""
    text = _cut(text, limit)
    if _passed() >= set(text):  # the usual case: every character as it is, in Open Sans
        return escape(text)
    regular = _covered(FONT)
    fallback = _covered(FALLBACK) if FALLBACK in register_fonts() else frozenset()
    out: list[str] = []
    run: list[str] = []  # characters for the fallback font

    def flush() -> None:
        if run:
            out.append(f'<font name="{FALLBACK}">{escape("".join(run))}</font>')
            run.clear()

    for char in text:
        if char in "\r":
            continue
        if char == "\n":
            flush()
            out.append("<br/>")
            continue
        if _dropped(char):
            continue
        code = ord(char)
        if char in " \t" or code in regular:
            flush()
            out.append(escape(char))
        elif code in fallback:
            run.append(char)
        else:
            run.append("□")  # drawn in the fallback font, which has it
    flush()
    return "".join(out)


def one_font(text: str, limit: int = TEXT_LIMIT) -> str | None:
    """User text as ``safe`` shows it, as plain text (no markup), when all of it is drawn
    in Open Sans as one run of words: no line breaks, no characters for the fallback font,
    nothing dropped, no soft hyphens or no-break spaces. ``None`` for any other text."""
    text = _cut(text, limit)
    return text if _single_run() >= set(text) else None


def _cut(text: str, limit: int) -> str:
    text = unicodedata.normalize("NFC", text)
    if len(text) > limit:
        text = text[:limit].rstrip() + " …"
    return text


def _dropped(char: str) -> bool:
    """Characters no PDF shows: controls, surrogates, format characters (but the soft
    hyphen) and bidi overrides."""
    category = unicodedata.category(char)
    return category in ("Cc", "Cs") or char in _BIDI or (category == "Cf" and char != "\u00ad")


@cache
def _passed() -> frozenset[str]:
    """The characters ``safe`` passes on as they are, in Open Sans."""
    chars = {chr(code) for code in _covered(FONT)} | {" "}
    return frozenset(c for c in chars if c not in "\r\n" and not _dropped(c))


@cache
def _single_run() -> frozenset[str]:
    return _passed() - {"\u00ad", "\u00a0"}


_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def plain(text: str, limit: int = 200) -> str:
    """User text for a canvas string (a header, a card): one line, no control characters,
    characters the font lacks as "□"."""
    line = " ".join(text.split())[:limit]
    if _as_is() >= set(line):  # the usual case: nothing to drop or replace
        return line.rstrip()
    regular = _covered(FONT)
    shown = []
    for char in line:
        if unicodedata.category(char) in ("Cc", "Cf", "Cs") or char in _BIDI:
            continue
        shown.append(char if ord(char) in regular else "□")
    return " ".join("".join(shown).split())


@cache
def _as_is() -> frozenset[str]:
    """The characters ``plain`` keeps as they are."""
    chars = (chr(code) for code in _covered(FONT))
    return frozenset(
        c for c in chars if unicodedata.category(c) not in ("Cc", "Cf", "Cs") and c not in _BIDI
    )


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    large: ParagraphStyle  # B1 texts for residents: large type, generous leading


@cache
def styles(scale: float = 1.0) -> Styles:
    register_fonts()

    def style(name: str, font: str, size: float, lead: float, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size * scale,
            leading=lead * scale,
            textColor=kw.pop("color", INK),
            splitLongWords=True,
            **kw,
        )

    return Styles(
        title=style("title", FONT_BOLD, 24, 30, spaceAfter=6 * mm),
        h1=style("h1", FONT_BOLD, 16, 21, spaceBefore=5 * mm, spaceAfter=2.5 * mm),
        h2=style("h2", FONT_SEMIBOLD, 12.5, 17, spaceBefore=3.5 * mm, spaceAfter=1.5 * mm),
        body=style("body", FONT, 10, 14, spaceAfter=1.8 * mm),
        small=style("small", FONT, 8, 10.5, color=MUTED),
        large=style("large", FONT, 14, 21, spaceAfter=3 * mm),
    )


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """What a PDF says about itself, in its header and footer and in its properties."""

    title: str
    subject: str
    wijk: str
    date: str  # as printed, in the reader's language
    author: str = "SEC Workshop"
    lang: str = "nl"


def page_text(page: int, pages: int, lang: str) -> str:
    return labels.pick((f"pagina {page} van {pages}", f"page {page} of {pages}"), lang)


def _numbered(info: PdfInfo, rule: bool) -> type[Canvas]:
    """A canvas that knows the number of pages when it writes each page's header and
    footer (it keeps the pages until the end). Without ``rule`` the header's words stand
    higher and without the line under them, clear of cut marks in the margin."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            left = " · ".join(plain(x) for x in (info.wijk, info.title) if x.strip())
            right = plain(info.date)
            # Wijk and title are cut with "…" where they would run into the date.
            room = width - 2 * MARGIN - stringWidth(right, FONT, 8) - 6 * mm
            top = height - MARGIN + (6 if rule else 8) * mm
            self.drawString(MARGIN, top, fit_width(left, FONT, 8, room))
            self.drawRightString(width - MARGIN, top, right)
            if rule:
                self.setStrokeColor(RULE)
                self.setLineWidth(0.4)
                self.line(
                    MARGIN, height - MARGIN + 4.5 * mm, width - MARGIN, height - MARGIN + 4.5 * mm
                )
            number = page_text(self._pageNumber, total, info.lang)
            self.drawRightString(width - MARGIN, MARGIN - 9 * mm, number)
            self.drawString(MARGIN, MARGIN - 9 * mm, "SEC Workshop")
            self.restoreState()

    return NumberedCanvas


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """``text`` as it fits in ``width`` points, cut with "…" where it would not."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with the "…"
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def build_pdf(
    story: Sequence[Flowable],
    info: PdfInfo,
    pagesize: tuple[float, float] = A4,
    header_rule: bool = True,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """Lay ``story`` out on pages of ``pagesize`` with the header and footer, and return the
    PDF (``header_rule=False``: the header without its line, for pages with cut marks).
    ``progress`` hears each page as it is laid out; when ``cancelled`` says so the work
    stops with ``Cancelled``."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=plain(info.title),
        author=info.author,
        subject=plain(info.subject),
        creator="SEC Workshop",
        lang="nl-NL" if info.lang == "nl" else "en-GB",
        invariant=True,  # the same input gives the same file
    )
    frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN, id="body")

    def on_page(_canvas: Canvas, document: BaseDocTemplate) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(document.page)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(list(story), canvasmaker=_numbered(info, header_rule))
    return out.getvalue()
