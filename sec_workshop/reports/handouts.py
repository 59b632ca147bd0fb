"""Handouts printed before a session: the agenda for the participants' tables, the script
for the facilitators, and the sheet of a work form (with an observation sheet for the
Wijksafari and a sheet for the ambassadors of the Ambassadeurskit).

The participants' agenda never shows the facilitators' notes nor who leads an item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sec_workshop import labels
from sec_workshop.domain.agenda import clock, materials, schedule, split_materials
from sec_workshop.domain.process import Instrument
from sec_workshop.reports.base import (
    ACCENT,
    FONT,
    FONT_SEMIBOLD,
    INK,
    MARGIN,
    MUTED,
    RULE,
    PdfInfo,
    build_pdf,
    safe,
    styles,
)
from sec_workshop.reports.calendar import long_date
from sec_workshop.reports.cards import stakeholder_cards
from sec_workshop.reports.data import SessionData

TITLE_LIMIT = 300  # characters of a title on paper; a longer one is cut with …
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame's width inside its own padding
TIME_COLUMN = 24 * mm
BREAK_FILL = HexColor("#ECEFF1")

_WORDS: Mapping[str, tuple[str, str]] = {
    "agenda": ("Agenda", "Agenda"),
    "script": ("Draaiboek voor de begeleiders", "Script for the facilitators"),
    "date": ("Datum", "Date"),
    "time": ("Tijd", "Time"),
    "place": ("Plaats", "Place"),
    "goal": ("Doel", "Goal"),
    "no_date": ("nog niet bekend", "not known yet"),
    "break": ("pauze", "break"),
    "minutes": ("min", "min"),
    "until": ("tot", "until"),
    "leads": ("Leidt", "Leads"),
    "form": ("Werkvorm", "Work form"),
    "notes": ("Aantekeningen", "Notes"),
    "needs": ("Nodig", "Needed"),
    "facilitators": ("Begeleiders en hun rol", "Facilitators and their roles"),
    "checklist": ("Inpaklijst", "Packing checklist"),
    "for_items": ("voor", "for"),
    "expected": ("Verwacht", "Expected"),
    "participants": ("deelnemers", "participants"),
    "no_items": ("Nog geen agendapunten.", "No agenda items yet."),
    "no_materials": ("Geen materialen uit de werkvormen.", "No materials from the work forms."),
    "over": ("loopt uit", "runs over"),
    "session_notes": ("Aantekeningen bij de sessie", "Notes on the session"),
    "purpose": ("Doel", "Purpose"),
    "how": ("Zo gaat het", "How it goes"),
    "duration": ("Duur", "Duration"),
    "group": ("Groepsgrootte", "Group size"),
    "people": ("personen", "people"),
    "materials": ("Materialen", "Materials"),
    "outcome": ("Wat het oplevert", "What comes out"),
    "sheet": ("Werkvorm", "Work form"),
    "minutes_long": ("minuten", "minutes"),
    "observe": ("Waarnemingen", "Observations"),
    "see": ("Zien", "See"),
    "hear": ("Horen", "Hear"),
    "ask": ("Vragen", "Questions"),
    "chances": ("Kansen", "Opportunities"),
    "see_hint": ("Wat valt je op?", "What do you notice?"),
    "hear_hint": ("Wat zeggen bewoners?", "What do residents say?"),
    "ask_hint": ("Wat wil je nog weten?", "What do you still want to know?"),
    "chances_hint": ("Waar liggen kansen?", "Where are the opportunities?"),
    "spot": ("Plek of straat", "Place or street"),
    "walk_group": ("Groepje", "Group"),
    "ambassador": (
        "Voor ambassadeurs: je buren informeren",
        "For ambassadors: informing neighbours",
    ),
}

# The ambassadors' sheet: plain words (taalniveau B1) for residents who talk with neighbours.
_AMBASSADOR: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "intro": (
        (
            "Fijn dat je je buren wilt vertellen over de nieuwe warmte in de wijk. "
            "Je hoeft geen expert te zijn. Luister, vertel wat je weet, en zeg het eerlijk "
            "als je iets niet weet.",
        ),
        (
            "Thank you for telling your neighbours about the new heating in the wijk. "
            "You do not need to be an expert. Listen, tell what you know, and say so "
            "honestly when you do not know something.",
        ),
    ),
    "what": (
        (
            "De wijk gaat de komende jaren van het aardgas af. Niemand hoeft morgen iets.",
            "Bewoners praten mee over hoe en wanneer. Hun vragen en zorgen tellen.",
            "Er komen avonden in het buurthuis. Iedereen is welkom, ook zonder aanmelding.",
        ),
        (
            "The wijk will go off natural gas in the coming years. Nobody has to do "
            "anything tomorrow.",
            "Residents have a say in how and when. Their questions and worries count.",
            "There will be evenings in the community centre. Everyone is welcome.",
        ),
    ),
    "say": (
        (
            "Hoe warm en comfortabel is uw huis in de winter?",
            "Wat vindt u belangrijk als de verwarming verandert?",
            "Heeft u vragen over kosten of de huur? Ik zoek het voor u uit.",
            "Zal ik u meenemen naar de volgende avond in het buurthuis?",
        ),
        (
            "How warm and comfortable is your home in winter?",
            "What matters to you when the heating changes?",
            "Do you have questions about costs or the rent? I will find out for you.",
            "Shall I take you along to the next evening in the community centre?",
        ),
    ),
    "where": (
        ("Energieloket", "Huurdersvereniging", "Gemeente, team warmte", "Volgende bijeenkomst"),
        ("Energy desk", "Tenants' association", "Municipality, heat team", "Next meeting"),
    ),
    "tips": (
        (
            "Beloof niets wat je niet zeker weet; schrijf de vraag op en geef hem door.",
            "Vertel niets door over je buren zonder dat ze het goed vinden.",
            "Iemand is boos of bang? Luister eerst. Dat is al veel waard.",
        ),
        (
            "Do not promise what you are not sure of; write the question down and pass it on.",
            "Do not pass on anything about your neighbours without their consent.",
            "Someone is angry or afraid? Listen first. That already counts for a lot.",
        ),
    ),
}
_AMBASSADOR_HEADS: Mapping[str, tuple[str, str]] = {
    "what": ("Wat is er aan de hand?", "What is going on?"),
    "say": ("Wat kun je vragen of zeggen?", "What can you ask or say?"),
    "where": ("Waar kunnen buren terecht?", "Where can neighbours go?"),
    "tips": ("Goed om te weten", "Good to know"),
}

_STEP = re.compile(r"^\s*(\d{1,2})[.)]\s+")


def _w(key: str, lang: str) -> str:
    return labels.pick(_WORDS[key], lang)


def _title(text: str) -> str:
    return safe(text, limit=TITLE_LIMIT)


def _session_head(data: SessionData, heading: str, lang: str) -> list[Flowable]:
    """The session's title, what kind of handout this is, and date, time, place and goal."""
    st = styles()
    session = data.content.session
    plan = schedule(session, data.content.agenda)
    if session.starts_at is not None:
        day = long_date(session.starts_at, lang)
        end = session.starts_at + timedelta(minutes=max(session.duration_minutes, plan.total))
        from_to = f"{clock(session.starts_at)} – {clock(end)}"
    else:
        day = from_to = _w("no_date", lang)
    rows = [
        (_w("date", lang), safe(day)),
        (_w("time", lang), safe(from_to)),
        (_w("place", lang), safe(session.location) if session.location.strip() else "–"),
    ]
    if session.goal.strip():
        rows.append((_w("goal", lang), safe(session.goal)))
    label = ParagraphStyle("label", parent=st.body, fontName=FONT_SEMIBOLD, textColor=MUTED)
    table = Table(
        [[Paragraph(safe(k), label), Paragraph(v, st.body)] for k, v in rows],
        colWidths=[TIME_COLUMN, WIDTH - TIME_COLUMN],
        splitByRow=True,
        splitInRow=1,  # a goal longer than a page goes on over the next one
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    kicker = ParagraphStyle("kicker", parent=st.h2, textColor=ACCENT, spaceBefore=0)
    return [
        Paragraph(safe(heading), kicker),
        Paragraph(_title(session.title), st.title),
        table,
        Spacer(1, 4 * mm),
    ]


def _item_row(start: str, title: str, minutes: str, shaded: bool) -> Table:
    """The line of an agenda item: its start time, its title and (right) its minutes."""
    st = styles()
    time_style = ParagraphStyle("time", parent=st.h2, spaceBefore=0, spaceAfter=0)
    head = ParagraphStyle("head", parent=st.h2, spaceBefore=0, spaceAfter=0)
    small = ParagraphStyle("mins", parent=st.small, alignment=2)
    table = Table(
        [[Paragraph(start, time_style), Paragraph(title, head), Paragraph(minutes, small)]],
        colWidths=[TIME_COLUMN, WIDTH - TIME_COLUMN - 18 * mm, 18 * mm],
    )
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
    ]
    if shaded:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), BREAK_FILL))
    table.setStyle(TableStyle(commands))
    return table


def _indented(style: ParagraphStyle, name: str) -> ParagraphStyle:
    return ParagraphStyle(name, parent=style, leftIndent=TIME_COLUMN + 2)


def participant_agenda(
    data: SessionData,
    lang: str = "nl",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The agenda for the tables: the session's title, date, time, place and goal, and each
    item with its start time and its text for the participants."""
    st = styles()
    session = data.content.session
    story = _session_head(data, _w("agenda", lang), lang)
    plan = schedule(session, data.content.agenda)
    text = _indented(st.body, "agenda-text")
    for slot in plan.slots:
        item = slot.item
        start = clock(slot.starts_at) if slot.starts_at else f"+{slot.start} {_w('minutes', lang)}"
        title = _title(item.title)
        if item.is_break:
            title = f"{title} <font color='#607D8B'>({_w('break', lang)})</font>"
        minutes = f"{item.duration_minutes} {_w('minutes', lang)}" if item.duration_minutes else ""
        row: list[Flowable] = [_item_row(start, title, minutes, item.is_break)]
        if item.description.strip():
            row.append(Spacer(1, 1 * mm))
            row.append(Paragraph(safe(item.description), text))
        story += _keep(row)
    if not plan.slots:
        story.append(Paragraph(safe(_w("no_items", lang)), st.body))
    info = _info(data, _w("agenda", lang), lang)
    return build_pdf(story, info, A4, progress=progress, cancelled=cancelled)


def _keep(flowables: list[Flowable]) -> list[Flowable]:
    """Short items stay on one page; a very long one may run on."""
    total = sum(len(getattr(f, "text", "")) for f in flowables)
    return [KeepTogether(flowables)] if total < 1500 else flowables


def facilitator_script(
    data: SessionData,
    lang: str = "nl",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The script for the facilitators: per item its start and end, minutes, who leads, the
    work form, the notes and what it needs; then the facilitators with their roles and the
    materials to pack, with tick boxes."""
    st = styles()
    session = data.content.session
    story = _session_head(data, _w("script", lang), lang)
    if session.facilitator_notes.strip():
        story.append(Paragraph(safe(_w("session_notes", lang)), st.h2))
        story.append(Paragraph(safe(session.facilitator_notes), st.body))
    plan = schedule(session, data.content.agenda)
    meta = _indented(st.small, "script-meta")
    meta = ParagraphStyle("script-meta2", parent=meta, textColor=INK, fontSize=9, leading=12)
    text = _indented(st.body, "script-text")
    for slot in plan.slots:
        item = slot.item
        if slot.starts_at is not None:
            start, end = clock(slot.starts_at), clock(slot.ends_at)
        else:
            start, end = f"+{slot.start}", f"+{slot.end}"
        start += (
            f"<br/><font name='{FONT}' size='9' color='#607D8B'>{_w('until', lang)} {end}</font>"
        )
        minutes = f"{item.duration_minutes} {_w('minutes', lang)}"
        if slot.over:
            minutes += f"<br/><font color='#C62828'>{_w('over', lang)}</font>"
        title = _title(item.title)
        if item.is_break:
            title = f"{title} <font color='#607D8B'>({_w('break', lang)})</font>"
        row: list[Flowable] = [_item_row(start, title, minutes, item.is_break)]
        form = data.instruments.get(item.instrument_id or "")
        facts = []
        if item.facilitator.strip():
            facts.append(f"<b>{_w('leads', lang)}:</b> {safe(item.facilitator, 300)}")
        if form is not None:
            facts.append(f"<b>{_w('form', lang)}:</b> {safe(form.name, 300)}")
        if facts:
            row.append(Paragraph(" · ".join(facts), meta))
        if item.notes.strip():
            row.append(Paragraph(safe(item.notes), text))
        if form is not None and form.materials.strip():
            needs = ", ".join(split_materials(form.materials))
            row.append(Paragraph(f"<b>{_w('needs', lang)}:</b> {safe(needs)}", meta))
        row.append(Spacer(1, 2 * mm))
        story += _keep(row)
    if not plan.slots:
        story.append(Paragraph(safe(_w("no_items", lang)), st.body))
    story += _facilitators(data, lang)
    story += _checklist(data, lang)
    info = _info(data, _w("script", lang), lang)
    return build_pdf(story, info, A4, progress=progress, cancelled=cancelled)


def _facilitators(data: SessionData, lang: str) -> list[Flowable]:
    if not data.facilitators:
        return []
    st = styles()
    rows = [
        [Paragraph(safe(f.name, 300), st.body), Paragraph(safe(f.role, 2000), st.body)]
        for f in sorted(data.facilitators, key=lambda f: f.position)
    ]
    table = Table(rows, colWidths=[60 * mm, WIDTH - 60 * mm], splitByRow=True)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [CondPageBreak(40 * mm), Paragraph(safe(_w("facilitators", lang)), st.h1), table]


def _checklist(data: SessionData, lang: str) -> list[Flowable]:
    st = styles()
    session = data.content.session
    expected = session.expected_total
    found = materials(data.content.agenda, data.instruments, expected)
    out: list[Flowable] = [CondPageBreak(50 * mm), Paragraph(safe(_w("checklist", lang)), st.h1)]
    if expected:
        line = f"{_w('expected', lang)}: {expected} {_w('participants', lang)}"
        out.append(Paragraph(safe(line), st.small))
    if not found:
        out.append(Paragraph(safe(_w("no_materials", lang)), st.body))
        return out
    packed = set(session.packed)
    rows = []
    for thing in found:
        amount = f"{thing.amount}×" if thing.amount else ""
        used = ", ".join(thing.items)
        rows.append(
            [
                "✓" if thing.key in packed else "",
                Paragraph(safe(amount), st.body),
                Paragraph(
                    f"{safe(thing.text)}<br/><font size=8 color='#607D8B'>"
                    f"{_w('for_items', lang)}: {safe(used, 400)}</font>",
                    st.body,
                ),
            ]
        )
    box = 5 * mm
    table = Table(rows, colWidths=[box + 4 * mm, 14 * mm, WIDTH - box - 18 * mm], splitByRow=True)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (0, -1), FONT),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("LINEBELOW", (1, 0), (-1, -1), 0.3, RULE),
    ]
    table.setStyle(TableStyle(commands))
    return [*out, _Boxes(table, box)]


class _Boxes(Flowable):  # type: ignore[misc]
    """A checklist table with an empty tick box drawn at the start of each row."""

    def __init__(self, table: Table, box: float) -> None:
        super().__init__()
        self.table = table
        self.box = box

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.table.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = self.table.split(avail_width, avail_height)
        return [_Boxes(part, self.box) for part in parts]

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)
        c = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        heights = self.table._rowHeights
        top = self.height
        for height in heights:
            c.rect(4, top - 6 - self.box + 2, self.box, self.box, stroke=1, fill=0)
            top -= height
        c.restoreState()


def _info(data: SessionData, kind: str, lang: str) -> PdfInfo:
    session = data.content.session
    day = session.starts_at.date() if session.starts_at else date.today()
    return PdfInfo(
        title=f"{kind} · {session.title}",
        subject=session.title,
        wijk=data.wijk.name,
        date=long_date(session.starts_at, lang) if session.starts_at else day.isoformat(),
        lang=lang,
    )


# ---------------------------------------------------------------- work form sheets


def _steps(procedure: str) -> tuple[list[str], list[str]]:
    """The procedure as text before the steps and the numbered steps themselves."""
    intro: list[str] = []
    steps: list[str] = []
    for line in procedure.splitlines():
        if not line.strip():
            continue
        match = _STEP.match(line)
        if match:
            steps.append(line[match.end() :].strip())
        elif steps:
            steps[-1] += " " + line.strip()
        else:
            intro.append(line.strip())
    if not steps and intro:  # no numbers: one step per sentence-line
        steps, intro = intro, []
    return intro, steps


def instrument_sheet(
    form: Instrument,
    lang: str = "nl",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The sheet of a work form: purpose, the steps, duration, group size, materials and
    what comes out; for the Wijksafari an observation sheet, for the Ambassadeurskit a
    sheet for the residents who inform their neighbours."""
    st = styles()
    kicker = ParagraphStyle("kicker", parent=st.h2, textColor=ACCENT, spaceBefore=0)
    story: list[Flowable] = [
        Paragraph(safe(_w("sheet", lang)), kicker),
        Paragraph(_title(form.name), st.title),
    ]
    facts = []
    if form.duration_minutes:
        facts.append(
            f"<b>{_w('duration', lang)}:</b> {form.duration_minutes} {_w('minutes_long', lang)}"
        )
    if form.group_min or form.group_max:
        low, high = form.group_min, form.group_max
        size = f"{low}–{high}" if low and high and low != high else str(high or low)
        facts.append(f"<b>{_w('group', lang)}:</b> {size} {_w('people', lang)}")
    if facts:
        story.append(Paragraph("    ·    ".join(facts), st.body))
    if form.purpose.strip():
        story += [
            Paragraph(safe(_w("purpose", lang)), st.h1),
            Paragraph(safe(form.purpose), st.body),
        ]
    intro, steps = _steps(form.procedure)
    if intro or steps:
        story.append(Paragraph(safe(_w("how", lang)), st.h1))
        for line in intro:
            story.append(Paragraph(safe(line), st.body))
        step_style = ParagraphStyle("step", parent=st.body, leftIndent=8 * mm, bulletIndent=0)
        for n, line in enumerate(steps, 1):
            story.append(Paragraph(safe(line), step_style, bulletText=f"{n}."))
    parts = split_materials(form.materials)
    if parts:
        story.append(Paragraph(safe(_w("materials", lang)), st.h1))
        bullet = ParagraphStyle("bullet", parent=st.body, leftIndent=8 * mm, spaceAfter=0.8 * mm)
        story += [Paragraph(safe(p), bullet, bulletText="•") for p in parts]
    if form.outcome.strip():
        story += [
            Paragraph(safe(_w("outcome", lang)), st.h1),
            Paragraph(safe(form.outcome), st.body),
        ]
    if form.builtin_key == "wijksafari":
        story += [PageBreak(), *_observation_sheet(lang)]
    elif form.builtin_key == "ambassadeurskit":
        story += [PageBreak(), *_ambassador_sheet(lang)]
    info = PdfInfo(
        title=f"{_w('sheet', lang)} · {form.name}",
        subject=form.purpose[:200],
        wijk="",
        date=long_date(datetime.now(), lang),
        lang=lang,
    )
    return build_pdf(story, info, A4, progress=progress, cancelled=cancelled)


class _ObservationBoxes(Flowable):  # type: ignore[misc]
    """Four boxes (zien, horen, vragen, kansen), each with a heading, a hint and lines."""

    def __init__(self, boxes: list[tuple[str, str]]) -> None:
        super().__init__()
        self.boxes = boxes

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 2
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        gap = 4 * mm
        w = (self.width - gap) / 2
        h = (self.height - gap) / 2
        for n, (head, hint) in enumerate(self.boxes):
            x = (n % 2) * (w + gap)
            y = self.height - (n // 2 + 1) * h - (n // 2) * gap
            c.saveState()
            c.setStrokeColor(INK)
            c.setLineWidth(1)
            c.roundRect(x, y, w, h, 3 * mm, stroke=1, fill=0)
            c.setFillColor(ACCENT)
            c.setFont(FONT_SEMIBOLD, 16)
            c.drawString(x + 4 * mm, y + h - 9 * mm, head)
            c.setFillColor(MUTED)
            c.setFont(FONT, 9)
            c.drawString(x + 4 * mm, y + h - 14 * mm, hint)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            line = y + h - 23 * mm
            while line > y + 5 * mm:
                c.line(x + 4 * mm, line, x + w - 4 * mm, line)
                line -= 8 * mm
            c.restoreState()


def _observation_sheet(lang: str) -> list[Flowable]:
    st = styles()
    fill = "_" * 28
    head = ParagraphStyle("obs-head", parent=st.body, fontSize=10.5, leading=16)
    return [
        Paragraph(f"Wijksafari · {safe(_w('observe', lang))}", st.h1),
        Paragraph(
            f"<b>{_w('spot', lang)}:</b> {fill}    <b>{_w('walk_group', lang)}:</b> {fill[:12]}",
            head,
        ),
        Spacer(1, 3 * mm),
        _ObservationBoxes(
            [(_w(key, lang), _w(f"{key}_hint", lang)) for key in ("see", "hear", "ask", "chances")]
        ),
    ]


def _ambassador_sheet(lang: str) -> list[Flowable]:
    st = styles()
    index = 1 if lang == "en" else 0
    big = st.large
    bullet = ParagraphStyle("amb-bullet", parent=big, leftIndent=8 * mm, spaceAfter=1.5 * mm)
    head = ParagraphStyle("amb-head", parent=st.h1, spaceBefore=4 * mm)
    out: list[Flowable] = [
        Paragraph(safe(_w("ambassador", lang)), st.h1),
        Paragraph(safe(_AMBASSADOR["intro"][index][0]), big),
    ]
    for key in ("what", "say"):
        out.append(Paragraph(safe(labels.pick(_AMBASSADOR_HEADS[key], lang)), head))
        quote = key == "say"
        for line in _AMBASSADOR[key][index]:
            text = f"“{line}”" if quote else line
            out.append(Paragraph(safe(text), bullet, bulletText="•"))
    out.append(Paragraph(safe(labels.pick(_AMBASSADOR_HEADS["where"], lang)), head))
    rows = [[Paragraph(f"<b>{safe(place)}</b>", big), ""] for place in _AMBASSADOR["where"][index]]
    table = Table(rows, colWidths=[70 * mm, WIDTH - 70 * mm], rowHeights=11 * mm)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.6, MUTED),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out.append(table)
    out.append(Paragraph(safe(labels.pick(_AMBASSADOR_HEADS["tips"], lang)), head))
    for line in _AMBASSADOR["tips"][index]:
        out.append(Paragraph(safe(line), bullet, bulletText="•"))
    return out


__all__ = ["facilitator_script", "instrument_sheet", "participant_agenda", "stakeholder_cards"]
