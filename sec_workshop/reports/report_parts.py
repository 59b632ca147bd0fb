"""Building blocks of the session report: its sections, its words in Dutch and English,
dates as people write them, clean tables, key figures, the invloed-belangmatrix as a vector
grid, photos scaled to the page and a board's notes by cluster."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from sec_workshop import labels
from sec_workshop.domain.board import Cluster, Note
from sec_workshop.domain.enums import NoteKind
from sec_workshop.domain.koppelkans import Koppelkans
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.reports.base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FONT_SEMIBOLD,
    INK,
    MARGIN,
    MUTED,
    RULE,
    plain,
    safe,
)
from sec_workshop.reports.calendar import MONTHS
from sec_workshop.reports.data import BoardData

ACCENT_TINT = HexColor("#E8F0FA")
PAPER_TINT = HexColor("#F5F7F8")
NOTE_TINT = HexColor("#FFF8D6")

# The sections a user can leave out (the report dialog's tick boxes).
AGENDA = "agenda"
BOARDS = "boards"
VOTES = "votes"
DECISIONS = "decisions"
ACTIONS = "actions"
PHOTOS = "photos"
STAKEHOLDERS = "stakeholders"
KOPPELKANSEN = "koppelkansen"
ROADMAP = "roadmap"
SECTIONS: tuple[str, ...] = (
    AGENDA,
    BOARDS,
    VOTES,
    DECISIONS,
    ACTIONS,
    PHOTOS,
    STAKEHOLDERS,
    KOPPELKANSEN,
    ROADMAP,
)
# The sections the residents' version has at all.
RESIDENT_SECTIONS: tuple[str, ...] = (BOARDS, DECISIONS, ACTIONS, ROADMAP)

WIDTH = A4[0] - 2 * MARGIN
HEIGHT = A4[1] - 2 * MARGIN

WORDS: dict[str, tuple[str, str]] = {
    "for_board": ("Verslag voor de stuurgroep", "Report for the steering group"),
    "for_residents": ("Verslag voor bewoners", "Report for residents"),
    "subject": ("Verslag van een bijeenkomst", "Report of a session"),
    "wijk": ("Wijk", "Neighbourhood"),
    "date": ("Datum", "Date"),
    "time": ("Tijd", "Time"),
    "place": ("Plaats", "Place"),
    "status": ("Status", "Status"),
    "led_by": ("Begeleiding", "Facilitation"),
    "summary": ("Samenvatting", "Summary"),
    "goal": ("Doel", "Goal"),
    "participants": ("Deelnemers", "Participants"),
    "group": ("Groep", "Group"),
    "expected": ("Verwacht", "Expected"),
    "present": ("Aanwezig", "Present"),
    "total": ("Totaal", "Total"),
    "g_residents": ("Bewoners", "Residents"),
    "g_tenants": ("Huurders", "Tenants"),
    "g_owners": ("Eigenaar-bewoners", "Owner-occupiers"),
    "g_professionals": ("Professionals", "Professionals"),
    "invited": ("Uitgenodigde stakeholders", "Stakeholders invited"),
    "invited_note": (
        "Wie van hen er was, wordt niet per persoon bijgehouden.",
        "Who of them came is not recorded per person.",
    ),
    "stakeholder": ("Stakeholder", "Stakeholder"),
    "organisation": ("Organisatie", "Organisation"),
    "quadrant": ("Kwadrant", "Quadrant"),
    "contact": ("Contact", "Contact"),
    "facilitator_notes": ("Notities van de begeleiders", "Facilitators' notes"),
    "fig_present": ("aanwezig", "present"),
    "fig_of": ("van {n} verwacht", "of {n} expected"),
    "fig_dots": ("stippen geplakt", "dots placed"),
    "fig_decisions": ("besluiten", "decisions"),
    "fig_actions": ("actiepunten", "action items"),
    "fig_open": ("{n} nog open", "{n} still open"),
    "agenda": ("Agenda: gepland en gehouden", "Agenda: planned and held"),
    "start": ("Start", "Start"),
    "item": ("Onderdeel", "Item"),
    "planned_min": ("Gepland", "Planned"),
    "held_min": ("Gehouden", "Held"),
    "difference": ("Verschil", "Difference"),
    "break": ("pauze", "break"),
    "min": ("min", "min"),
    "not_recorded": (
        "De gehouden tijden zijn niet bijgehouden.",
        "The times held were not recorded.",
    ),
    "boards": ("Borden", "Boards"),
    "no_cluster": ("Zonder cluster", "Not clustered"),
    "for_facilitators": ("alleen begeleiders", "facilitators only"),
    "dots": ("stippen", "dots"),
    "dot": ("stip", "dot"),
    "no_notes": ("Dit bord heeft geen plakbriefjes.", "This board has no notes."),
    "votes": ("Stemresultaten", "Vote results"),
    "round": ("Ronde", "Round"),
    "cast": ("Geplakt", "Placed"),
    "possible": ("Mogelijk", "Possible"),
    "turnout": ("Opkomst", "Turnout"),
    "unknown": ("onbekend", "unknown"),
    "top": ("Meeste stippen", "Most dots"),
    "no_votes": ("Er is niet gestemd.", "There was no vote."),
    "decisions": ("Besluiten", "Decisions"),
    "no_decisions": ("Er zijn geen besluiten vastgelegd.", "No decisions were recorded."),
    "actions": ("Actiepunten", "Action items"),
    "what": ("Wat", "What"),
    "who": ("Wie", "Who"),
    "when": ("Wanneer", "By when"),
    "done": ("Klaar", "Done"),
    "yes": ("ja", "yes"),
    "open": ("open", "open"),
    "no_actions": ("Er zijn geen actiepunten.", "There are no action items."),
    "photos": ("Foto's", "Photos"),
    "photo_unreadable": ("Deze foto kon niet worden gelezen.", "This photo could not be read."),
    "stakeholders": ("Invloed-belangmatrix", "Power/interest grid"),
    "influence": ("Invloed", "Influence"),
    "interest": ("Belang", "Interest"),
    "grid_note": (
        "Vet en blauw: uitgenodigd voor deze bijeenkomst.",
        "Bold and blue: invited to this session.",
    ),
    "more": ("+{n} meer", "+{n} more"),
    "about_step": ("Over stap: {step}", "About step: {step}"),
    "koppelkansen": ("Koppelkansen", "Koppelkansen (linked opportunities)"),
    "koppelkansen_intro": (
        "Het register van de wijk zoals het nu staat: elke koppelkans met wie hem trekt, "
        "wat we meten en hoe ver hij is.",
        "The wijk's register as it stands now: each koppelkans with who pulls it, what is "
        "measured and how far it has come.",
    ),
    "koppelkans": ("Koppelkans", "Koppelkans"),
    "lead_partners": ("Trekker en partners", "Lead and partners"),
    "indicator": ("Indicator", "Indicator"),
    "from_to": ("nulmeting {baseline} · doel {target}", "baseline {baseline} · target {target}"),
    "roadmap": ("Plaats in de routekaart", "Place in the roadmap"),
    "serves": ("Deze bijeenkomst hoort bij", "This session serves"),
    "next": ("Wat daarna komt", "What comes next"),
    "no_step": (
        "Deze bijeenkomst hoort niet bij een stap van de routekaart.",
        "This session is not linked to a step of the roadmap.",
    ),
    "until": ("tot", "until"),
    # The residents' version: short sentences, plain words (B1).
    "r_intro": (
        "Op {date} kwamen we met {n} mensen samen in {place}. In dit verslag leest u wat we "
        "hoorden en wat er nu gebeurt.",
        "On {date}, {n} of us met in {place}. This report tells you what we heard and what "
        "happens next.",
    ),
    "r_intro_short": (
        "In dit verslag leest u wat we hoorden en wat er nu gebeurt.",
        "This report tells you what we heard and what happens next.",
    ),
    "r_loose": ("Ook genoemd", "Also mentioned"),
    "r_heard": ("Wat we hoorden", "What we heard"),
    "r_heard_intro": (
        "Iedereen schreef briefjes. Daarna plakte iedereen stippen bij wat het "
        "belangrijkst is. Hier staat wat de meeste stippen kreeg.",
        "Everyone wrote notes. Then everyone put dots on what matters most. "
        "Here is what got the most dots.",
    ),
    "r_next": ("Wat er nu gebeurt", "What happens now"),
    "r_decided": ("Dit hebben we afgesproken", "What we agreed"),
    "r_todo": ("Hier werken we aan", "What we are working on"),
    "r_before": ("vóór {date}", "before {date}"),
    "r_then": ("Daarna gaan we verder met", "After that we go on with"),
    "r_thanks": ("Bedankt!", "Thank you!"),
    "r_thanks_text": (
        "Bedankt dat u meedacht. Uw mening telt. Heeft u nog een vraag of een idee? "
        "Spreek ons aan in de wijk of kom naar de volgende bijeenkomst.",
        "Thank you for thinking along. Your opinion counts. Do you have a question or an "
        "idea? Talk to us in the neighbourhood or come to the next meeting.",
    ),
}


def word(key: str, lang: str, **values: object) -> str:
    text = labels.pick(WORDS[key], lang)
    return text.format(**values) if values else text


def short_date(day: date, lang: str) -> str:
    """ "7 december 2026" or "7 December 2026"."""
    months = MONTHS["en" if lang == "en" else "nl"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def dots(count: int, lang: str) -> str:
    return f"{count}\u00a0{word('dot' if count == 1 else 'dots', lang)}"


# ---------------------------------------------------------------------------------------
# Tables


def table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    header: bool = True,
    right: Sequence[int] = (),
    total: bool = False,
) -> Table:
    """A clean table: a thin rule under the header and between rows, no vertical lines;
    numbers (the columns in ``right``) right-aligned; a last row in bold when ``total``."""
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), FONT, 9.5, 13),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
    ]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), FONT_SEMIBOLD, 8, 10),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ]
    for column in right:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if total:
        commands += [
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, 9.5, 13),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0, white),
        ]
    result = Table(
        [list(r) for r in rows],
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        hAlign="LEFT",
        splitInRow=1,  # a very long text may run on to the next page
    )
    result.setStyle(TableStyle(commands))
    return result


def figures(items: Sequence[tuple[str, str, str]], width: float) -> Table:
    """Key figures side by side: a large number in the accent colour, a label under it and a
    muted line of context."""
    number = ParagraphStyle("fig", fontName=FONT_BOLD, fontSize=22, leading=26, textColor=ACCENT)
    label = ParagraphStyle("figl", fontName=FONT_SEMIBOLD, fontSize=9, leading=12, textColor=INK)
    note = ParagraphStyle("fign", fontName=FONT, fontSize=8, leading=10.5, textColor=MUTED)
    cells = [
        [Paragraph(big, number), Paragraph(what, label), Paragraph(context or "&nbsp;", note)]
        for big, what, context in items
    ]
    gap = 3 * mm
    each = (width - gap * (len(items) - 1)) / len(items)
    row: list[object] = []
    widths: list[float] = []
    for n, cell in enumerate(cells):
        if n:
            row.append("")
            widths.append(gap)
        row.append(cell)
        widths.append(each)
    result = Table([row], colWidths=widths, hAlign="LEFT")
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    for n in range(0, len(row), 2):
        style += [
            ("BACKGROUND", (n, 0), (n, 0), ACCENT_TINT),
            ("LINEBEFORE", (n, 0), (n, 0), 2.5, ACCENT),
        ]
    result.setStyle(TableStyle(style))
    return result


def boxed(
    content: list[Flowable], width: float, tint: Color = PAPER_TINT, line: Color = MUTED
) -> Table:
    """Flowables on a tinted panel with an accent line on its left."""
    result = Table([[content]], colWidths=[width], hAlign="LEFT", splitInRow=1)
    result.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), tint),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, line),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return result


class AccentRule(Flowable):  # type: ignore[misc]
    """A short thick line in the accent colour under a cover title."""

    def __init__(self, length: float = 18 * mm, thickness: float = 3) -> None:
        super().__init__()
        self.length = length
        self.thickness = thickness
        self.height = thickness + 4 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.length, self.height

    def draw(self) -> None:
        self.canv.setFillColor(ACCENT)
        self.canv.rect(0, self.height - self.thickness, self.length, self.thickness, 0, 1)


# ---------------------------------------------------------------------------------------
# The invloed-belangmatrix


def koppelkansen_table(
    items: Sequence[Koppelkans], width: float, lang: str, body: ParagraphStyle
) -> Table:
    """The register as a table: the koppelkans with the problem it links, its trekker and
    partners, its indicator from baseline to target, and its status."""
    cell = ParagraphStyle("kk", parent=body, fontSize=9, leading=12, spaceAfter=0)
    small = ParagraphStyle("kks", parent=cell, fontSize=8, leading=10.5, textColor=MUTED)
    rows: list[list[object]] = [
        [word(k, lang) for k in ("koppelkans", "lead_partners", "indicator", "status")]
    ]
    for item in items:
        problem = labels.koppelkans(item.problem, lang) if item.problem.strip() else ""
        measured: list[Flowable] = [Paragraph(safe(item.indicator) or "–", cell)]
        if item.baseline.strip() or item.target.strip():
            span = word(
                "from_to",
                lang,
                baseline=item.baseline.strip() or "–",
                target=item.target.strip() or "–",
            )
            measured.append(Paragraph(safe(span), small))
        rows.append(
            [
                [Paragraph(f"<b>{safe(item.title)}</b>", cell), Paragraph(safe(problem), small)],
                [
                    Paragraph(safe(item.lead) or "–", cell),
                    Paragraph(safe(", ".join(item.partners)), small),
                ],
                measured,
                labels.koppelkans_status(item.status, lang),
            ]
        )
    return table(rows, [width * 0.30, width * 0.27, width * 0.29, width * 0.14])


def stakeholder_grid(
    people: Sequence[Stakeholder], invited: set[str], width: float, lang: str
) -> Drawing:
    """A 5×5 grid, influence up and interest to the right, the quadrants tinted and named
    above and below it, each stakeholder's name in its cell (invited ones bold in the accent
    colour)."""
    axis = 24.0  # left: the influence numbers and the axis title
    top_band = 14.0  # the names of the upper quadrants
    bottom_band = 28.0  # the interest numbers, the lower quadrants' names, the axis title
    cell_w = (width - axis) / 5
    cell_h = 21 * mm
    height = bottom_band + cell_h * 5 + top_band
    grid_top = bottom_band + cell_h * 5
    drawing = Drawing(width, height)
    tints = {
        "key_player": HexColor("#DCE8F7"),
        "context_setter": HexColor("#EEF2F6"),
        "subject": HexColor("#EEF2F6"),
        "crowd": HexColor("#F7F8F9"),
    }

    def quadrant(influence: int, interest: int) -> str:
        return Stakeholder(wijk_id="", name="-", influence=influence, interest=interest).quadrant

    def text(x: float, y: float, value: str, font: str, size: float, **kw: object) -> None:
        drawing.add(String(x, y, value, fontName=font, fontSize=size, **kw))

    for influence in range(1, 6):
        for interest in range(1, 6):
            drawing.add(
                Rect(
                    axis + (interest - 1) * cell_w,
                    bottom_band + (influence - 1) * cell_h,
                    cell_w,
                    cell_h,
                    fillColor=tints[quadrant(influence, interest)],
                    strokeColor=white,
                    strokeWidth=1.2,
                )
            )
    # The quadrant borders lie at 3 (see Stakeholder.quadrant).
    split_x = axis + 2 * cell_w
    split_y = bottom_band + 2 * cell_h
    for line in (
        Line(split_x, bottom_band, split_x, grid_top),
        Line(axis, split_y, width, split_y),
    ):
        line.strokeColor = MUTED
        line.strokeWidth = 0.8
        line.strokeDashArray = [2, 2]
        drawing.add(line)
    for key, x, y in (
        ("context_setter", axis, grid_top + 4),
        ("key_player", split_x + 1, grid_top + 4),
        ("crowd", axis, 2),
        ("subject", split_x + 1, 2),
    ):
        text(x, y, labels.quadrant_group(key, lang).upper(), FONT_BOLD, 6.8, fillColor=ACCENT)
    for n in range(1, 6):
        text(axis + (n - 0.5) * cell_w, bottom_band - 10, str(n), FONT, 7,
             fillColor=MUTED, textAnchor="middle")  # fmt: skip
        text(axis - 6, bottom_band + (n - 0.5) * cell_h - 2, str(n), FONT, 7,
             fillColor=MUTED, textAnchor="end")  # fmt: skip
    text(width, 2, word("interest", lang), FONT_SEMIBOLD, 7.5, fillColor=INK, textAnchor="end")
    up = String(0, 0, word("influence", lang), fontName=FONT_SEMIBOLD, fontSize=7.5)
    up.fillColor = INK
    up.textAnchor = "middle"
    turned = Group(up)
    turned.translate(7, bottom_band + 2.5 * cell_h)
    turned.rotate(90)
    drawing.add(turned)

    cells: dict[tuple[int, int], list[Stakeholder]] = {}
    for person in people:
        place = (min(max(person.influence, 1), 5), min(max(person.interest, 1), 5))
        cells.setdefault(place, []).append(person)
    size, lead = 6.8, 8.2
    room = int((cell_h - 8) // lead)
    for (influence, interest), group in cells.items():
        group.sort(key=lambda p: (p.id not in invited, p.name.casefold()))
        x = axis + (interest - 1) * cell_w + 4
        y = bottom_band + influence * cell_h - 4 - size
        lines: list[tuple[str, bool]] = []
        for n, person in enumerate(group):
            bold = person.id in invited
            font = FONT_BOLD if bold else FONT
            wrapped = simpleSplit(plain(person.name), font, size, cell_w - 8)
            if len(wrapped) > 2:
                wrapped = [wrapped[0], _fit(" ".join(wrapped[1:]), font, size, cell_w - 8)]
            if len(lines) + len(wrapped) > room or (
                len(lines) + len(wrapped) == room and n < len(group) - 1
            ):
                lines.append((word("more", lang, n=len(group) - n), False))
                break
            lines += [(line, bold) for line in wrapped]
        for n, (line, bold) in enumerate(lines):
            text(x, y - n * lead, line, FONT_BOLD if bold else FONT, size,
                 fillColor=ACCENT if bold else INK)  # fmt: skip
    return drawing


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip(" ,") + "…"


# ---------------------------------------------------------------------------------------
# Photos


def photo(data: bytes, width: float, max_height: float) -> Image | None:
    """A JPEG or PNG scaled to fit ``width`` × ``max_height`` keeping its shape; ``None``
    when the data is not an image ReportLab can read."""
    try:
        reader = ImageReader(io.BytesIO(data))
        pixels_w, pixels_h = reader.getSize()
    except Exception:  # a damaged or foreign file: the report goes on without it
        return None
    if pixels_w <= 0 or pixels_h <= 0:
        return None
    scale = min(width / pixels_w, max_height / pixels_h)
    image = Image(io.BytesIO(data), width=pixels_w * scale, height=pixels_h * scale)
    image.hAlign = "LEFT"
    return image


# ---------------------------------------------------------------------------------------
# The notes of a board by cluster


@dataclass(frozen=True, slots=True)
class NoteGroup:
    """A cluster of a board (or the notes in none) with its notes, most dots first."""

    title: str
    notes: tuple[tuple[Note, int], ...]

    @property
    def dots(self) -> int:
        return sum(count for _note, count in self.notes)


def grouped(
    board: BoardData, with_hidden: bool, lang: str, loose: str = "no_cluster"
) -> list[NoteGroup]:
    """The board's notes by cluster, each cluster's notes by dots (most first, then as they
    were written), the clusters by their dots; the notes in no cluster last."""
    content = board.content
    per_note: Counter[str] = Counter()
    for vote in content.votes:
        if vote.note_id:
            per_note[vote.note_id] += vote.count
    by_cluster: dict[str | None, list[Note]] = {}
    for note in content.notes:
        if note.kind is NoteKind.LABEL or not note.text.strip():
            continue
        if note.facilitator_only and not with_hidden:
            continue
        by_cluster.setdefault(note.cluster_id, []).append(note)

    def ranked(notes: Iterable[Note]) -> tuple[tuple[Note, int], ...]:
        listed = list(notes)
        order = {n.id: i for i, n in enumerate(listed)}
        listed.sort(key=lambda n: (-per_note[n.id], order[n.id]))
        return tuple((n, per_note[n.id]) for n in listed)

    clusters: list[tuple[Cluster, NoteGroup]] = []
    for cluster in content.clusters:
        notes = by_cluster.get(cluster.id, [])
        if notes:
            clusters.append((cluster, NoteGroup(cluster.title, ranked(notes))))
    clusters.sort(key=lambda pair: -pair[1].dots)
    result = [group for _cluster, group in clusters]
    known = {c.id for c in content.clusters}
    outside = [n for key, notes in by_cluster.items() if key not in known for n in notes]
    if outside:
        result.append(NoteGroup(word(loose, lang), ranked(outside)))
    return result
