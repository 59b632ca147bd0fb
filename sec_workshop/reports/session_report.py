"""The report of a held session, in two versions: for the steering group (the full record:
attendance, agenda against the clock, boards, votes, decisions, actions, photos, the
stakeholders and the place in the roadmap) and for residents (short, plain Dutch at B1, in
large type: what we heard, what happens now, thanks; see ``residents_report``).

Domain values in, PDF bytes out: no Qt, no database. Every user text goes through
``safe`` before it becomes a paragraph (or ``one_font`` before it becomes plain lines).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
)

from sec_workshop import labels
from sec_workshop.domain.agenda import clock, schedule
from sec_workshop.domain.enums import ParticipantGroup
from sec_workshop.domain.process import Step
from sec_workshop.reports.base import (
    ACCENT,
    FONT_BOLD,
    FONT_SEMIBOLD,
    MUTED,
    Cancelled,
    PdfInfo,
    Styles,
    build_pdf,
    safe,
    styles,
)
from sec_workshop.reports.board_drawing import BoardPicture, board_extent
from sec_workshop.reports.calendar import long_date
from sec_workshop.reports.data import BoardData, SessionData
from sec_workshop.reports.note_list import NoteList, Row, note_row
from sec_workshop.reports.report_parts import (
    ACTIONS,
    AGENDA,
    BOARDS,
    DECISIONS,
    HEIGHT,
    KOPPELKANSEN,
    PHOTOS,
    ROADMAP,
    STAKEHOLDERS,
    VOTES,
    WIDTH,
    AccentRule,
    boxed,
    dots,
    figures,
    grouped,
    koppelkansen_table,
    photo,
    short_date,
    stakeholder_grid,
    table,
    word,
)
from sec_workshop.reports.report_parts import RESIDENT_SECTIONS as RESIDENT_SECTIONS
from sec_workshop.reports.report_parts import SECTIONS as SECTIONS
from sec_workshop.reports.residents_report import TOP_NOTES as TOP_NOTES
from sec_workshop.reports.residents_report import residents_story

_GROUP_WORD = {
    ParticipantGroup.RESIDENTS: "g_residents",
    ParticipantGroup.TENANTS: "g_tenants",
    ParticipantGroup.OWNERS: "g_owners",
    ParticipantGroup.PROFESSIONALS: "g_professionals",
}


def session_report(
    data: SessionData,
    residents: bool = False,
    lang: str = "nl",
    leave_out: frozenset[str] = frozenset(),
    personal: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The session's report as PDF bytes (A4 portrait): for the steering group, or for
    residents when ``residents``. ``leave_out`` names sections (``SECTIONS``) to skip;
    contact details of stakeholders appear only when ``personal`` (never for residents).
    ``progress`` hears each page laid out; ``cancelled`` stops the work with ``Cancelled``."""
    lang = labels.chosen(lang)
    report = _Report(data, lang, leave_out, cancelled)
    story = residents_story(report) if residents else report.steering(personal)
    session = data.content.session
    info = PdfInfo(
        title=session.title,
        subject=word("for_residents" if residents else "for_board", lang),
        wijk=data.wijk.name,
        date=long_date(session.starts_at, lang) if session.starts_at else "",
        lang=lang,
    )
    return build_pdf(story, info, A4, progress=progress, cancelled=cancelled)


class _Report:
    def __init__(
        self,
        data: SessionData,
        lang: str,
        leave_out: frozenset[str],
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.data = data
        self.session = data.content.session
        self.lang = lang
        self.leave_out = leave_out
        self.cancelled = cancelled

    def w(self, key: str, **values: object) -> str:
        return word(key, self.lang, **values)

    def wants(self, section: str) -> bool:
        return section not in self.leave_out

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    # -- the steering group's version ---------------------------------------------------

    def steering(self, personal: bool) -> list[Flowable]:
        s = styles()
        story = self.cover(s, self.w("for_board"))
        story += self.summary(s, personal)
        parts: list[tuple[str, Callable[[Styles], list[Flowable]]]] = [
            (AGENDA, self.agenda),
            (BOARDS, self.boards),
            (VOTES, self.votes),
            (DECISIONS, self.decisions),
            (ACTIONS, self.actions),
            (PHOTOS, self.photos),
            (STAKEHOLDERS, self.stakeholders),
            (KOPPELKANSEN, self.koppelkansen),
            (ROADMAP, self.roadmap),
        ]
        for key, part in parts:
            if self.wants(key):
                self.check()
                story += part(s)
        return story

    def cover(self, s: Styles, kind: str) -> list[Flowable]:
        scale = s.body.fontSize / 10  # the residents' larger type
        overline = ParagraphStyle(
            "overline",
            parent=s.small,
            fontName=FONT_BOLD,
            fontSize=8.5 * scale,
            leading=11 * scale,
            textColor=ACCENT,
        )
        title = ParagraphStyle("cover", parent=s.title, fontSize=26, leading=32)
        story: list[Flowable] = [
            Spacer(1, 10 * mm),
            Paragraph(safe(kind.upper()), overline),
            Spacer(1, 3 * mm),
            Paragraph(safe(self.session.title.strip() or "…"), title),
            AccentRule(),
        ]
        facts = self.facts()
        if facts:
            label = ParagraphStyle(
                "factl", parent=s.small, fontName=FONT_SEMIBOLD, fontSize=8 * scale
            )
            value = ParagraphStyle("factv", parent=s.body, fontSize=10.5 * scale)
            rows = [[Paragraph(safe(k), label), Paragraph(safe(v), value)] for k, v in facts]
            facts_table = table(rows, [32 * mm * scale, WIDTH - 32 * mm * scale], header=False)
            facts_table.setStyle([("TOPPADDING", (0, 0), (-1, -1), 1)])
            story.append(facts_table)
        story.append(Spacer(1, 6 * mm))
        return story

    def facts(self) -> list[tuple[str, str]]:
        session = self.session
        facts = [(self.w("wijk"), self.data.wijk.name)]
        if self.data.wijk.municipality.strip():
            facts[0] = (self.w("wijk"), f"{self.data.wijk.name}, {self.data.wijk.municipality}")
        if session.starts_at:
            facts.append((self.w("date"), long_date(session.starts_at, self.lang)))
            ends = session.starts_at + timedelta(minutes=session.duration_minutes)
            facts.append((self.w("time"), f"{clock(session.starts_at)}–{clock(ends)}"))
        if session.location.strip():
            facts.append((self.w("place"), session.location))
        return facts

    def summary(self, s: Styles, personal: bool) -> list[Flowable]:
        session = self.session
        content = self.data.content
        story: list[Flowable] = [Paragraph(safe(self.w("summary")), s.h1)]
        if session.goal.strip():
            story.append(Paragraph(safe(session.goal), s.body))
        present = session.participant_count or sum(session.present(g) for g in ParticipantGroup)
        expected = session.expected_total
        all_dots = sum(v.count for b in self.data.boards for v in b.content.votes)
        still_open = sum(1 for a in content.actions if not a.done)
        story += [
            Spacer(1, 2 * mm),
            figures(
                [
                    (
                        str(present),
                        self.w("fig_present"),
                        self.w("fig_of", n=expected) if expected else "",
                    ),
                    (str(all_dots), self.w("fig_dots"), ""),
                    (str(len(content.decisions)), self.w("fig_decisions"), ""),
                    (
                        str(len(content.actions)),
                        self.w("fig_actions"),
                        self.w("fig_open", n=still_open) if still_open else "",
                    ),
                ],
                WIDTH,
            ),
        ]
        rows: list[list[object]] = [[self.w("group"), self.w("expected"), self.w("present")]]
        for group in ParticipantGroup:
            if session.expected(group) or session.present(group):
                rows.append(
                    [
                        self.w(_GROUP_WORD[group]),
                        str(session.expected(group)),
                        str(session.present(group)),
                    ]
                )
        rows.append([self.w("total"), str(expected), str(present)])
        story += [
            Paragraph(safe(self.w("participants")), s.h2),
            table(rows, [70 * mm, 28 * mm, 28 * mm], right=(1, 2), total=True),
        ]
        if self.data.facilitators:
            names = "; ".join(
                f"{f.name} ({f.role})" if f.role.strip() else f.name for f in self.data.facilitators
            )
            story += [
                Paragraph(safe(self.w("led_by")), s.h2),
                Paragraph(safe(names), s.body),
            ]
        if self.data.invited:
            story += self.invited(s, personal)
        if session.facilitator_notes.strip():
            story += [
                Spacer(1, 3 * mm),
                boxed(
                    [
                        Paragraph(safe(self.w("facilitator_notes")), s.h2),
                        Paragraph(safe(session.facilitator_notes), s.body),
                    ],
                    WIDTH,
                ),
            ]
        return story

    def invited(self, s: Styles, personal: bool) -> list[Flowable]:
        cell = ParagraphStyle("cell", parent=s.body, fontSize=9, leading=12, spaceAfter=0)
        head: list[object] = [self.w("stakeholder"), self.w("quadrant")]
        widths = [WIDTH * 0.62, WIDTH * 0.38]
        if personal:
            head.append(self.w("contact"))
            widths = [WIDTH * 0.42, WIDTH * 0.22, WIDTH * 0.36]
        rows: list[list[object]] = [head]
        for person in self.data.invited:
            who: list[Flowable] = [Paragraph(safe(person.name), cell)]
            organisation = person.organisation.strip()
            if organisation and person.name.strip().casefold() not in organisation.casefold():
                who.append(Paragraph(safe(organisation), s.small))
            row: list[object] = [
                who,
                Paragraph(safe(labels.quadrant(person.quadrant, self.lang)), cell),
            ]
            if personal:
                contact = [
                    person.contact_name,
                    person.contact_role,
                    person.contact_email,
                    person.contact_phone,
                ]
                row.append(Paragraph(safe("\n".join(c for c in contact if c.strip())), cell))
            rows.append(row)
        return [
            CondPageBreak(40 * mm),
            Paragraph(safe(self.w("invited")), s.h2),
            table(rows, widths),
            Spacer(1, 1.5 * mm),
            Paragraph(safe(self.w("invited_note")), s.small),
        ]

    def agenda(self, s: Styles) -> list[Flowable]:
        items = self.data.content.agenda
        if not items:
            return []
        plan = schedule(self.session, items)
        cell = ParagraphStyle("acell", parent=s.body, fontSize=9.5, leading=13, spaceAfter=0)
        aside = ParagraphStyle("anote", parent=s.small, fontName="OpenSans-Italic")
        minutes = self.w("min")
        rows: list[list[object]] = [
            [
                self.w("start"),
                self.w("item"),
                self.w("planned_min"),
                self.w("held_min"),
                self.w("difference"),
            ]
        ]
        held_total = 0
        any_held = False
        for slot in plan.slots:
            item = slot.item
            title: list[Flowable] = [Paragraph(safe(item.title), cell)]
            if item.is_break and item.title.strip().casefold() not in ("pauze", "break"):
                title.append(Paragraph(safe(self.w("break")), s.small))
            if item.notes.strip():
                title.append(Paragraph(safe(item.notes), aside))
            held = item.held_minutes
            if held is not None:
                any_held = True
                held_total += held
            rows.append(
                [
                    clock(slot.starts_at) if slot.starts_at else f"+{slot.start}",
                    title,
                    f"{item.duration_minutes} {minutes}",
                    f"{held} {minutes}" if held is not None else "–",
                    _difference(held, item.duration_minutes),
                ]
            )
        rows.append(
            [
                "",
                self.w("total"),
                f"{plan.total} {minutes}",
                f"{held_total} {minutes}" if any_held else "–",
                _difference(held_total if any_held else None, plan.total),
            ]
        )
        agenda = table(rows, [16 * mm, WIDTH - 82 * mm, 22 * mm, 22 * mm, 22 * mm], right=(2, 3, 4), total=True)  # fmt: skip
        story: list[Flowable] = [CondPageBreak(60 * mm), Paragraph(safe(self.w("agenda")), s.h1)]
        if any_held:
            return [*story, agenda]
        # The note goes with the table's last rows, never alone on a page.
        note = Paragraph(safe(self.w("not_recorded")), s.small)
        return [*story, KeepTogether([agenda, Spacer(1, 1.5 * mm), note])]

    def boards(self, s: Styles) -> list[Flowable]:
        if not self.data.boards:
            return []
        story: list[Flowable] = [PageBreak(), Paragraph(safe(self.w("boards")), s.h1)]
        cluster_style = ParagraphStyle(
            "cl", parent=s.body, fontName=FONT_SEMIBOLD, fontSize=10, leading=13, spaceAfter=0
        )
        cell = ParagraphStyle("nc", parent=s.body, fontSize=9.5, leading=12.5, spaceAfter=0)
        hidden = ParagraphStyle("nh", parent=cell, textColor=MUTED, fontName="OpenSans-Italic")
        for n, board in enumerate(self.data.boards):
            self.check()
            content = board.content
            if n:
                story.append(CondPageBreak(HEIGHT * 0.45))
            story.append(Paragraph(safe(content.board.title), s.h2))
            if content.board.description.strip():
                story.append(Paragraph(safe(content.board.description), s.body))
            story += [_fitted_drawing(board), Spacer(1, 4 * mm)]
            groups = grouped(board, with_hidden=True, lang=self.lang)
            if not groups:
                story.append(Paragraph(safe(self.w("no_notes")), s.small))
                continue
            for group in groups:
                rows: list[tuple[Row, str]] = []
                for note, count in group.notes:
                    rows.append(
                        (
                            note_row(note.text, hidden, self.w("for_facilitators"))
                            if note.facilitator_only
                            else note_row(note.text, cell),
                            str(count) if count else "",
                        )
                    )
                notes_list = NoteList(
                    Paragraph(safe(group.title.strip() or "…"), cluster_style),
                    dots(group.dots, self.lang) if group.dots else "",
                    rows,
                    WIDTH,
                    24 * mm,
                )
                story += [notes_list, Spacer(1, 3 * mm)]
        return story

    def votes(self, s: Styles) -> list[Flowable]:
        rows: list[list[object]] = [
            [
                self.w("round"),
                self.w("cast"),
                self.w("possible"),
                self.w("turnout"),
            ]
        ]
        cell = ParagraphStyle("vc", parent=s.body, fontSize=9.5, leading=12.5, spaceAfter=0)
        small = ParagraphStyle("vs", parent=s.small, spaceAfter=0)
        for board in self.data.boards:
            content = board.content
            for vote_round in sorted(content.vote_rounds, key=lambda r: r.position):
                cast = sum(v.count for v in content.votes if v.round_id == vote_round.id)
                people = len(vote_round.participants) or self.session.participant_count
                possible = people * vote_round.dots_per_participant
                turnout = f"{round(100 * cast / possible)}%" if possible else self.w("unknown")
                rows.append(
                    [
                        [
                            Paragraph(safe(vote_round.title), cell),
                            Paragraph(safe(content.board.title), small),
                        ],
                        str(cast),
                        str(possible) if possible else "–",
                        turnout,
                    ]
                )
        if len(rows) == 1:
            return []
        return [
            CondPageBreak(50 * mm),
            Paragraph(safe(self.w("votes")), s.h1),
            table(rows, [WIDTH - 66 * mm, 22 * mm, 22 * mm, 22 * mm], right=(1, 2, 3)),
            Spacer(1, 1.5 * mm),
        ]

    def decisions(self, s: Styles) -> list[Flowable]:
        story: list[Flowable] = [CondPageBreak(40 * mm), Paragraph(safe(self.w("decisions")), s.h1)]
        items = sorted(self.data.content.decisions, key=lambda d: d.position)
        if not items:
            return [*story, Paragraph(safe(self.w("no_decisions")), s.body)]
        why = ParagraphStyle("why", parent=s.small, fontSize=8.5, leading=11.5, spaceAfter=2 * mm)
        entries = []
        for decision in items:
            parts: list[Flowable] = [
                Paragraph(safe(decision.text), ParagraphStyle("d", parent=s.body, spaceAfter=1))
            ]
            step = self.data.decision_steps.get(decision.step_id or "")
            if decision.rationale.strip():
                # Followed by its step, the rationale keeps the space for after both.
                style = ParagraphStyle("w1", parent=why, spaceAfter=1) if step else why
                parts.append(Paragraph(safe(decision.rationale), style))
            if step:
                about = ParagraphStyle("about", parent=why, textColor=MUTED)
                parts.append(Paragraph(safe(self.w("about_step", step=step)), about))
            entries.append(ListItem(parts))
        story.append(
            ListFlowable(
                entries,
                bulletType="1",
                bulletFontName=FONT_BOLD,
                bulletColor=ACCENT,
                bulletFontSize=10,
                leftIndent=7 * mm,
            )
        )
        return story

    def actions(self, s: Styles) -> list[Flowable]:
        story: list[Flowable] = [CondPageBreak(40 * mm), Paragraph(safe(self.w("actions")), s.h1)]
        items = sorted(self.data.content.actions, key=lambda a: a.position)
        if not items:
            return [*story, Paragraph(safe(self.w("no_actions")), s.body)]
        cell = ParagraphStyle("ac", parent=s.body, fontSize=9.5, leading=12.5, spaceAfter=0)
        rows: list[list[object]] = [[self.w("what"), self.w("who"), self.w("when"), self.w("done")]]
        for action in items:
            rows.append(
                [
                    Paragraph(safe(action.text), cell),
                    Paragraph(safe(action.owner), cell),
                    short_date(action.due_date, self.lang) if action.due_date else "–",
                    self.w("yes") if action.done else self.w("open"),
                ]
            )
        actions_table = table(rows, [WIDTH - 100 * mm, 44 * mm, 38 * mm, 18 * mm])
        for n, action in enumerate(items, start=1):
            if not action.done:
                actions_table.setStyle(
                    [("TEXTCOLOR", (3, n), (3, n), ACCENT), ("FONT", (3, n), (3, n), FONT_BOLD)]
                )
        story.append(actions_table)
        return story

    def photos(self, s: Styles) -> list[Flowable]:
        story: list[Flowable] = []
        for board in self.data.boards:
            for picture in board.photos:
                self.check()
                if not picture.data:
                    continue
                image = photo(picture.data, WIDTH, HEIGHT * 0.55)
                caption = " · ".join(
                    t for t in (picture.caption.strip(), board.content.board.title) if t
                )
                if image is None:
                    story.append(Paragraph(safe(self.w("photo_unreadable")), s.small))
                else:
                    story.append(
                        KeepTogether(
                            [image, Spacer(1, 1.5 * mm), Paragraph(safe(caption), s.small)]
                        )
                    )
                story.append(Spacer(1, 5 * mm))
        if not story:
            return []
        return [PageBreak(), Paragraph(safe(self.w("photos")), s.h1), *story]

    def stakeholders(self, s: Styles) -> list[Flowable]:
        if not self.data.stakeholders:
            return []
        invited = {p.id for p in self.data.invited}
        return [
            CondPageBreak(HEIGHT * 0.7),
            Paragraph(safe(self.w("stakeholders")), s.h1),
            stakeholder_grid(self.data.stakeholders, invited, WIDTH, self.lang),
            Spacer(1, 2 * mm),
            Paragraph(safe(self.w("grid_note")), s.small),
        ]

    def koppelkansen(self, s: Styles) -> list[Flowable]:
        """The wijk's koppelkansen register, for the regiegroep that follows it (nothing for a
        wijk without one)."""
        if not self.data.koppelkansen:
            return []
        return [
            CondPageBreak(50 * mm),
            Paragraph(safe(self.w("koppelkansen")), s.h1),
            Paragraph(safe(self.w("koppelkansen_intro")), s.body),
            koppelkansen_table(self.data.koppelkansen, WIDTH, self.lang, s.body),
        ]

    def roadmap(self, s: Styles) -> list[Flowable]:
        story: list[Flowable] = [CondPageBreak(50 * mm), Paragraph(safe(self.w("roadmap")), s.h1)]
        if not self.data.steps:
            return [*story, Paragraph(safe(self.w("no_step")), s.body)]
        story.append(Paragraph(safe(self.w("serves")), s.h2))
        story += [self.step(step, s) for step in self.data.steps]
        if self.data.next_steps:
            story.append(Paragraph(safe(self.w("next")), s.h2))
            story += [self.step(step, s) for step in self.data.next_steps]
        return story

    def step(self, step: Step, s: Styles) -> Flowable:
        status = labels.step_status(step.status, self.lang)
        when = ""
        if step.due_date:
            when = f" · {self.w('until')} {short_date(step.due_date, self.lang)}"
        parts: list[Flowable] = [
            Paragraph(f"<b>{safe(step.title)}</b>", ParagraphStyle("st", parent=s.body, spaceAfter=0)),
            Paragraph(safe(status + when), ParagraphStyle("ss", parent=s.small, spaceAfter=1)),
        ]  # fmt: skip
        if step.goal.strip():
            parts.append(Paragraph(safe(step.goal), s.body))
        return boxed(parts, WIDTH)


def _difference(held: int | None, planned: int) -> str:
    if held is None:
        return "–"
    change = held - planned
    if change > 0:
        return f"+{change}"
    if change < 0:
        return f"−{-change}"
    return "0"


def _fitted_drawing(board: BoardData) -> Flowable:
    """The board as wide as the text, or smaller when it would be taller than most of a
    page."""
    extent = board_extent(board)
    limit = HEIGHT * 0.62
    width = WIDTH
    if extent.w > 0 and extent.h * WIDTH / extent.w > limit:
        width = limit * extent.w / extent.h
    picture = BoardPicture(board, width)
    picture.hAlign = "CENTER"
    return picture
