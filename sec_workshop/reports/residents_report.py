"""The residents' version of the session report: short, plain Dutch at B1, in large type
(what we heard, what happens now, thanks), without the names of the team or anything meant
for facilitators only.

Domain values in, flowables out: no Qt, no database. Every user text goes through ``safe``
before it becomes a paragraph.
"""

from __future__ import annotations

from typing import Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
)

from sec_workshop.domain.enums import ParticipantGroup
from sec_workshop.domain.session import Session
from sec_workshop.reports.base import ACCENT, MUTED, Styles, safe, styles
from sec_workshop.reports.calendar import long_date
from sec_workshop.reports.data import SessionData
from sec_workshop.reports.report_parts import (
    ACCENT_TINT,
    ACTIONS,
    BOARDS,
    DECISIONS,
    ROADMAP,
    WIDTH,
    boxed,
    dots,
    grouped,
    short_date,
)

TOP_NOTES = 3  # notes per cluster in the residents' version


class ReportMaker(Protocol):
    """What the residents' version needs of the report being made."""

    data: SessionData
    session: Session
    lang: str

    def w(self, key: str, **values: object) -> str: ...

    def wants(self, section: str) -> bool: ...

    def check(self) -> None: ...

    def cover(self, s: Styles, kind: str) -> list[Flowable]: ...


def residents_story(report: ReportMaker) -> list[Flowable]:
    """The residents' version: the cover, a short introduction, what we heard (the notes
    with the most dots), what happens now, and thanks."""
    s = styles(1.25)
    large = s.large
    session = report.session
    story = report.cover(s, report.w("for_residents"))
    present = session.participant_count or sum(session.present(g) for g in ParticipantGroup)
    if session.starts_at and session.location.strip() and present:
        intro = report.w(
            "r_intro",
            date=long_date(session.starts_at, report.lang),
            place=session.location.strip(),
            n=present,
        )
    else:
        intro = report.w("r_intro_short")
    story.append(Paragraph(safe(intro), large))
    if report.wants(BOARDS):
        story += _heard(report, s)
    story += _happening(report, s)
    thanks = ParagraphStyle("thanks", parent=s.h1, spaceBefore=0, textColor=ACCENT)
    story += [
        Spacer(1, 8 * mm),
        KeepTogether(
            boxed(
                [
                    Paragraph(safe(report.w("r_thanks")), thanks),
                    Paragraph(safe(report.w("r_thanks_text")), large),
                ],
                WIDTH,
                tint=ACCENT_TINT,
                line=ACCENT,
            )
        ),
    ]
    return story


def _heard(report: ReportMaker, s: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    bullet = ParagraphStyle("rb", parent=s.large, spaceAfter=1 * mm)
    count_style = f'<font color="{MUTED.hexval().replace("0x", "#")}" size="{11 * 1.25}">'
    board_style = ParagraphStyle("rbt", parent=s.h2, textColor=ACCENT, spaceBefore=6 * mm)
    several = sum(1 for b in report.data.boards if grouped(b, False, report.lang)) > 1
    for board in report.data.boards:
        report.check()
        groups = grouped(board, with_hidden=False, lang=report.lang, loose="r_loose")
        if several and groups:
            story.append(Paragraph(safe(board.content.board.title), board_style))
        for group in groups:
            top = group.notes[:TOP_NOTES]
            lines = []
            for note, count in top:
                text = safe(note.text)
                if count:
                    text += f" {count_style}({safe(dots(count, report.lang))})</font>"
                lines.append(ListItem(Paragraph(text, bullet), value="•"))
            story.append(
                KeepTogether(
                    [
                        Paragraph(safe(group.title.strip() or "…"), s.h2),
                        ListFlowable(
                            lines,
                            bulletType="bullet",
                            start="•",
                            bulletColor=ACCENT,
                            leftIndent=6 * mm,
                            bulletFontSize=s.large.fontSize,
                        ),
                    ]
                )
            )
    if not story:
        return []
    return [
        CondPageBreak(60 * mm),
        Paragraph(safe(report.w("r_heard")), s.h1),
        Paragraph(safe(report.w("r_heard_intro")), s.large),
        *story,
    ]


def _happening(report: ReportMaker, s: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    bullet = ParagraphStyle("rh", parent=s.large, spaceAfter=1.5 * mm)

    def bullets(texts: list[str]) -> Flowable:
        return ListFlowable(
            [ListItem(Paragraph(t, bullet), value="•") for t in texts],
            bulletType="bullet",
            start="•",
            bulletColor=ACCENT,
            leftIndent=6 * mm,
            bulletFontSize=s.large.fontSize,
        )

    decisions = sorted(report.data.content.decisions, key=lambda d: d.position)
    if report.wants(DECISIONS) and decisions:
        story += [
            Paragraph(safe(report.w("r_decided")), s.h2),
            bullets([safe(d.text) for d in decisions]),
        ]
    todo = sorted(
        (a for a in report.data.content.actions if not a.done),
        key=lambda a: (a.due_date is None, a.due_date, a.position),
    )
    if report.wants(ACTIONS) and todo:
        lines = []
        for action in todo:
            text = safe(action.text)
            if action.due_date:
                when = report.w("r_before", date=short_date(action.due_date, report.lang))
                text = f"<b>{safe(when[0].upper() + when[1:])}:</b> {text}"
            lines.append(text)
        story += [Paragraph(safe(report.w("r_todo")), s.h2), bullets(lines)]
    if report.wants(ROADMAP) and report.data.next_steps:
        story += [
            Paragraph(safe(report.w("r_then")), s.h2),
            bullets([safe(step.title) for step in report.data.next_steps]),
        ]
    if not story:
        return []
    return [CondPageBreak(60 * mm), Paragraph(safe(report.w("r_next")), s.h1), *story]
