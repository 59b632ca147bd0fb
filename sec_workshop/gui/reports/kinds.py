"""What *Afdrukken en exporteren* can make, for what is open: a session's reports, agenda
and script, the wijk's stakeholder cards and roadmap poster, a board's poster, a work
form's sheet. Each kind reads its domain values on the GUI thread (``read``) and builds
the PDF from them on another (``build``), never touching the database there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from sec_workshop import labels
from sec_workshop.services.workspace import Workspace

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]
Build = Callable[[Any, Progress, Cancelled], bytes]


@dataclass(frozen=True, slots=True)
class Context:
    """What is open when the dialog is asked for."""

    wijk_id: str | None = None
    session_id: str | None = None
    board_id: str | None = None


@dataclass(frozen=True, slots=True)
class Kind:
    key: str
    title: str
    file_name: str  # suggested, without .pdf
    read: Callable[[Workspace], Any]
    build: Build
    sections: tuple[str, ...] = ()  # what can be left out (the session reports)
    personal: bool = False  # whether personal data can be put in


@dataclass(slots=True)
class Options:
    """What the user chose for the report: sections left out, personal data put in."""

    leave_out: set[str] = field(default_factory=set)
    personal: bool = False


def available(ws: Workspace, context: Context, options: Options | None = None) -> list[Kind]:
    """The kinds that can be made for ``context``, the most asked for first. The session
    reports take ``options`` as they stand when they are read."""
    chosen = options if options is not None else Options()
    lang = labels.language()
    kinds: list[Kind] = []
    session_id, wijk_id, board_id = context.session_id, context.wijk_id, context.board_id
    if session_id:
        from sec_workshop.reports import handouts
        from sec_workshop.reports import session_report as session_report

        kinds += [
            Kind(
                "report",
                QCoreApplication.translate("PrintKinds", "Session report for the steering group"),
                QCoreApplication.translate("PrintKinds", "Session report"),
                lambda w: (
                    w.reports.session(session_id),
                    frozenset(chosen.leave_out),
                    chosen.personal,
                ),
                lambda d, p, c: session_report.session_report(
                    d[0],
                    residents=False,
                    lang=lang,
                    leave_out=d[1],
                    personal=d[2],
                    progress=p,
                    cancelled=c,
                ),
                sections=session_report.SECTIONS,
                personal=True,
            ),
            Kind(
                "report-residents",
                QCoreApplication.translate("PrintKinds", "Session report for residents"),
                QCoreApplication.translate("PrintKinds", "Report for residents"),
                lambda w: (
                    w.reports.session(session_id, photos=False),
                    frozenset(chosen.leave_out),
                ),
                lambda d, p, c: session_report.session_report(
                    d[0], residents=True, lang=lang, leave_out=d[1], progress=p, cancelled=c
                ),
                sections=session_report.RESIDENT_SECTIONS,
            ),
            Kind(
                "agenda",
                QCoreApplication.translate("PrintKinds", "Agenda for the participants"),
                QCoreApplication.translate("PrintKinds", "Agenda"),
                lambda w: w.reports.session(session_id, photos=False),
                lambda d, p, c: handouts.participant_agenda(d, lang=lang, progress=p, cancelled=c),
            ),
            Kind(
                "script",
                QCoreApplication.translate("PrintKinds", "Script for the facilitators"),
                QCoreApplication.translate("PrintKinds", "Script"),
                lambda w: w.reports.session(session_id, photos=False),
                lambda d, p, c: handouts.facilitator_script(d, lang=lang, progress=p, cancelled=c),
            ),
            Kind(
                "cards-invited",
                QCoreApplication.translate(
                    "PrintKinds", "Cards of the stakeholders invited (8 to an A4)"
                ),
                QCoreApplication.translate("PrintKinds", "Stakeholder cards"),
                lambda w: (w.reports.cards(session_id), w.library.stakeholder_type_names()),
                lambda d, p, c: handouts.stakeholder_cards(
                    d[0], lang=lang, type_names=d[1], progress=p, cancelled=c
                ),
            ),
        ]
    if wijk_id:
        from sec_workshop.reports import handouts
        from sec_workshop.reports import posters as posters

        kinds += [
            Kind(
                "cards",
                QCoreApplication.translate(
                    "PrintKinds", "Stakeholder cards of the wijk (8 to an A4)"
                ),
                QCoreApplication.translate("PrintKinds", "Stakeholder cards"),
                lambda w: (w.reports.cards(wijk_id), w.library.stakeholder_type_names()),
                lambda d, p, c: handouts.stakeholder_cards(
                    d[0], lang=lang, type_names=d[1], progress=p, cancelled=c
                ),
            ),
            Kind(
                "cards-4",
                QCoreApplication.translate(
                    "PrintKinds", "Stakeholder cards of the wijk (4 to an A4)"
                ),
                QCoreApplication.translate("PrintKinds", "Stakeholder cards"),
                lambda w: (w.reports.cards(wijk_id), w.library.stakeholder_type_names()),
                lambda d, p, c: handouts.stakeholder_cards(
                    d[0], per_page=4, lang=lang, type_names=d[1], progress=p, cancelled=c
                ),
            ),
            Kind(
                "roadmap-a3",
                QCoreApplication.translate("PrintKinds", "Roadmap as a poster (one A3)"),
                QCoreApplication.translate("PrintKinds", "Roadmap"),
                lambda w: w.reports.roadmap(wijk_id),
                lambda d, p, c: posters.roadmap_poster(d, tiles=None, lang=lang, cancelled=c),
            ),
            Kind(
                "roadmap-a4",
                QCoreApplication.translate(
                    "PrintKinds", "Roadmap as a poster on A4 sheets to tape together"
                ),
                QCoreApplication.translate("PrintKinds", "Roadmap"),
                lambda w: w.reports.roadmap(wijk_id),
                lambda d, p, c: posters.roadmap_poster(d, tiles="a4", lang=lang, cancelled=c),
            ),
        ]
    if board_id:
        from sec_workshop.reports import posters

        kinds += [
            Kind(
                "board-a3",
                QCoreApplication.translate("PrintKinds", "Board as a poster (one A3)"),
                QCoreApplication.translate("PrintKinds", "Board"),
                lambda w: (w.reports.board(board_id), _wijk_name(w, wijk_id)),
                lambda d, p, c: posters.board_poster(
                    d[0], d[1], tiles=None, lang=lang, cancelled=c
                ),
            ),
            Kind(
                "board-a4",
                QCoreApplication.translate(
                    "PrintKinds", "Board as a poster on A4 sheets to tape together"
                ),
                QCoreApplication.translate("PrintKinds", "Board"),
                lambda w: (w.reports.board(board_id), _wijk_name(w, wijk_id)),
                lambda d, p, c: posters.board_poster(
                    d[0], d[1], tiles="a4", lang=lang, cancelled=c
                ),
            ),
        ]
    if session_id:
        kinds += _work_form_sheets(ws, session_id, lang)
    return kinds


def _work_form_sheets(ws: Workspace, session_id: str, lang: str) -> list[Kind]:
    """A sheet for each work form on the session's agenda, in the agenda's order (a
    Wijksafari's with its observation sheet, an Ambassadeurskit's with the residents' page)."""
    from sec_workshop.reports import handouts

    forms = {form.id: form for form in ws.library.instruments()}
    agenda = sorted(ws.sessions.content(session_id).agenda, key=lambda item: item.position)
    ids = dict.fromkeys(i.instrument_id for i in agenda if i.instrument_id in forms)
    title = QCoreApplication.translate("PrintKinds", "Work form sheet: %1")
    return [
        Kind(
            f"instrument-{form_id}",
            title.replace("%1", forms[form_id].name),
            forms[form_id].name,
            _instrument_reader(form_id),
            lambda d, p, c: handouts.instrument_sheet(d, lang=lang, progress=p, cancelled=c),
        )
        for form_id in ids
        if form_id is not None
    ]


def _instrument_reader(form_id: str) -> Callable[[Workspace], Any]:
    def read(ws: Workspace) -> Any:
        return ws.reports.instrument(form_id)

    return read


def _wijk_name(ws: Workspace, wijk_id: str | None) -> str:
    return ws.wijken.get(wijk_id).name if wijk_id else ""
