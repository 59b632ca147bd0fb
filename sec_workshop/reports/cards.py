"""Stakeholder cards to cut out: four or eight to an A4 with cut marks, each with the
stakeholder's name, type, organisation, place on the invloed-belangmatrix, attitude,
interests, concerns and koppelkansen, and a QR code that holds only the card's short code.

No personal data goes on a card: contact names, e-mail addresses and phone numbers stay in
the app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph

from sec_workshop import labels
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.reports.base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FONT_SEMIBOLD,
    INK,
    MUTED,
    RULE,
    PdfInfo,
    build_pdf,
    safe,
)
from sec_workshop.reports.data import CardsData

_WORDS: Mapping[str, tuple[str, str]] = {
    "title": ("Stakeholderkaarten", "Stakeholder cards"),
    "subject": ("Kaarten om uit te knippen", "Cards to cut out"),
    "interests": ("Belangen", "Interests"),
    "concerns": ("Zorgen", "Concerns"),
    "koppelkansen": ("Koppelkansen", "Linking opportunities"),
    "attitude": ("Houding", "Attitude"),
    "empty": ("geen kaarten: er zijn nog geen stakeholders", "no cards: no stakeholders yet"),
}

GRID = {4: (2, 2), 8: (2, 4)}  # cards per page: (columns, rows)


def _word(key: str, lang: str) -> str:
    return labels.pick(_WORDS[key], lang)


def shorten(text: str, limit: int) -> str:
    """``text`` on one run of words, cut after at most ``limit`` characters (at a word
    boundary when there is one nearby) with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def fit(
    text: str, style: ParagraphStyle, width: float, height: float, markup: Callable[[str], str]
) -> Paragraph | None:
    """The longest start of ``text`` (shortened with "…") whose paragraph, built by
    ``markup``, fits in ``width`` × ``height``; ``None`` when not even a word fits."""
    flat = " ".join(text.split())

    def build(n: int) -> Paragraph | None:
        para = Paragraph(markup(shorten(flat, n)), style)
        _, used = para.wrap(width, height)
        return para if used <= height + 0.01 else None

    whole = build(len(flat)) if len(flat) <= 2000 else None
    if whole is not None:
        return whole
    low, high = 0, min(len(flat), 2000)
    best: Paragraph | None = None
    while low < high:  # the longest n that fits
        mid = (low + high + 1) // 2
        para = build(mid)
        if para is not None:
            best, low = para, mid
        else:
            high = mid - 1
    return best if low > 0 else None


class _CardSheet(Flowable):  # type: ignore[misc]
    """One page of cards, drawn edge to edge in a grid, with cut marks in the margin."""

    def __init__(
        self,
        cards: list[tuple[Stakeholder, str]],
        columns: int,
        rows: int,
        lang: str,
        type_names: Mapping[str, str],
    ) -> None:
        super().__init__()
        self.cards = cards
        self.columns = columns
        self.rows = rows
        self.lang = lang
        self.type_names = type_names

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        w = self.width / self.columns
        h = self.height / self.rows
        scale = 1.0 if self.rows > 2 else 1.3
        for n, (person, code) in enumerate(self.cards):
            col, row = n % self.columns, n // self.columns
            x, y = col * w, self.height - (row + 1) * h
            c.saveState()
            _draw_card(c, x, y, w, h, person, code, scale, self.lang, self.type_names)
            c.restoreState()
        self._cut_marks(w, h)

    def _cut_marks(self, w: float, h: float) -> None:
        c: Canvas = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.4)
        gap, length = 1.5 * mm, 4 * mm
        for col in range(self.columns + 1):
            x = col * w
            c.line(x, self.height + gap, x, self.height + gap + length)
            c.line(x, -gap, x, -gap - length)
        for row in range(self.rows + 1):
            y = row * h
            c.line(-gap, y, -gap - length, y)
            c.line(self.width + gap, y, self.width + gap + length, y)
        # Faint lines between the cards, so that a guillotine or scissors can follow them.
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.setDash(2, 3)
        for col in range(self.columns + 1):
            c.line(col * w, 0, col * w, self.height)
        for row in range(self.rows + 1):
            c.line(0, row * h, self.width, row * h)
        c.restoreState()


def _style(name: str, font: str, size: float, scale: float, color: object = INK) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size * scale,
        leading=size * scale * 1.25,
        textColor=color,
        splitLongWords=True,
    )


def _draw_card(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    person: Stakeholder,
    code: str,
    scale: float,
    lang: str,
    type_names: Mapping[str, str],
) -> None:
    pad = 4 * mm
    band = 2.2 * mm * scale
    colour = HexColor(labels.ATTITUDE_COLOR[person.attitude])
    c.setFillColor(colour)
    c.rect(x, y + h - band, w, band, stroke=0, fill=1)

    inner = w - 2 * pad
    top = y + h - band - 2.5 * mm  # the next line of content hangs from here
    name_style = _style("card-name", FONT_BOLD, 11, scale)
    sub_style = _style("card-sub", FONT, 7.5, scale, MUTED)
    body_style = _style("card-body", FONT, 7.5, scale)

    def place(para: Paragraph | None, left: float, width: float) -> None:
        nonlocal top
        if para is None:
            return
        _, used = para.wrap(width, top - y)
        para.drawOn(c, left, top - used)
        top -= used

    place(fit(person.name, name_style, inner, name_style.leading * 2, safe), x + pad, inner)
    kind = type_names.get(person.type_key, person.type_key)
    sub = " · ".join(t for t in (kind, person.organisation) if t.strip())
    if sub:
        top -= 0.6 * mm
        place(fit(sub, sub_style, inner, sub_style.leading * 2, safe), x + pad, inner)

    # The quadrant and the attitude as one line of labels, the attitude in its colour.
    top -= 2.2 * mm * scale
    size = 7.5 * scale
    quadrant = labels.quadrant_group(person.quadrant, lang)
    c.setFont(FONT_SEMIBOLD, size)
    c.setFillColor(ACCENT)
    c.drawString(x + pad, top - size, quadrant)
    chip_x = x + pad + c.stringWidth(quadrant, FONT_SEMIBOLD, size) + 3 * mm
    attitude = labels.attitude(person.attitude, lang)
    chip_w = c.stringWidth(attitude, FONT_SEMIBOLD, size) + 3 * mm
    c.setFillColor(colour)
    c.roundRect(chip_x, top - size - 1.3 * scale, chip_w, size + 3 * scale, 2 * scale, 0, 1)
    c.setFillColor(white if person.attitude.value in ("champion", "opposed") else INK)
    c.drawString(chip_x + 1.5 * mm, top - size, attitude)
    top -= size + 2.5 * mm

    # The QR code in the bottom-right corner, its code printed small under it.
    qr = 17 * mm * scale
    code_size = 6.5 * scale
    widget = QrCodeWidget(code, barLevel="M", barBorder=2)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(qr, qr, transform=[qr / (x1 - x0), 0, 0, qr / (y1 - y0), 0, 0])
    drawing.add(widget)
    qr_x, qr_y = x + w - pad - qr + 2 * mm * scale / 2, y + pad / 2 + code_size + 1
    renderPDF.draw(drawing, c, qr_x, qr_y)
    c.setFont(FONT, code_size)
    c.setFillColor(MUTED)
    c.drawCentredString(qr_x + qr / 2, y + pad / 2 + 1, code)

    # The texts take what is left, beside the QR code.
    text_w = inner - qr - 1.5 * mm
    bottom = y + pad * 0.75
    if scale > 1:  # a large card has room above its QR code: the texts take the full width
        text_w, bottom = inner, qr_y + qr
    fields = [
        ("interests", person.interests),
        ("concerns", person.concerns),
        ("koppelkansen", labels.koppelkansen(person.koppelkansen, lang)),
    ]
    fields = [(key, text) for key, text in fields if text.strip()]
    for n, (key, text) in enumerate(fields):
        room = (top - bottom) / (len(fields) - n)
        label = _word(key, lang)

        def markup(shown: str, label: str = label) -> str:
            return f"<font name='{FONT_SEMIBOLD}'>{label}:</font> {safe(shown)}"

        para = fit(text, body_style, text_w, room, markup)
        place(para, x + pad, text_w)
        top -= 1 * mm


def stakeholder_cards(
    data: CardsData,
    per_page: int = 8,
    lang: str = "nl",
    type_names: Mapping[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The cards of ``data`` on A4, ``per_page`` (4 or 8) to a page, in the order given.
    ``type_names`` gives the stakeholder types' names in ``lang`` (the key is shown
    otherwise)."""
    if per_page not in GRID:
        raise ValueError(f"per_page must be 4 or 8, not {per_page}")
    columns, rows = GRID[per_page]
    cards = list(data.cards)
    story: list[Flowable] = []
    for start in range(0, len(cards), per_page):
        if story:
            story.append(PageBreak())
        story.append(
            _CardSheet(cards[start : start + per_page], columns, rows, lang, type_names or {})
        )
    if not story:
        story.append(Paragraph(safe(_word("empty", lang)), _style("empty", FONT, 10, 1.0)))
    info = PdfInfo(
        title=(
            f"{_word('title', lang)} · {data.title}"
            if data.title and data.title != data.wijk.name  # a session's, not the wijk's
            else _word("title", lang)
        ),
        subject=_word("subject", lang),
        wijk=data.wijk.name,
        date=labels.day_text(date.today(), lang),
        lang=lang,
    )
    # The header names wijk, what and date (cards of two wijken are told apart once
    # printed); its line would cross the cut marks, so it has none.
    return build_pdf(story, info, A4, header_rule=False, progress=progress, cancelled=cancelled)


__all__ = ["fit", "shorten", "stakeholder_cards"]
