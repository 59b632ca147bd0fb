"""``report`` and ``handout``: a session report, and the handouts and posters to print
(stakeholder cards, agenda, facilitator script, instrument sheet, roadmap and board
posters), written as PDF through the output guard."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sec_workshop.cli.texts import t

Guard = Callable[[Any, str, bool], Path]

HANDOUT_KINDS = (
    "stakeholder-cards",
    "agenda",
    "script",
    "instrument",
    "roadmap-poster",
    "board-poster",
)


def report(ws: Any, args: argparse.Namespace, lang: str, guard: Guard) -> None:
    """The report of a session; ``--bewoners`` the short one for residents."""
    data = ws.reports.session(args.session_id)
    dest = guard(ws, args.output, args.force)
    from sec_workshop.reports.session_report import session_report

    pdf = session_report(data, residents=args.bewoners, lang=lang)
    ws.outputs.write(dest, pdf, replace=args.force)
    what = data.content.session.title
    print(t(lang, "pdf_written", what=what, path=dest, pages=page_count(pdf)))


def handout(ws: Any, args: argparse.Namespace, lang: str, guard: Guard) -> None:
    kind, ident = args.kind, args.id
    if kind == "roadmap-poster":
        from sec_workshop.reports.posters import roadmap_poster

        roadmap = ws.reports.roadmap(ident)
        dest = guard(ws, args.output, args.force)
        pdf = roadmap_poster(roadmap, tiles=args.tiles, lang=lang)
        what = roadmap.wijk.name
    elif kind == "board-poster":
        from sec_workshop.reports.posters import board_poster

        board = ws.reports.board(ident)
        session = ws.sessions.content(board.content.board.session_id).session
        wijk = ws.wijken.get(session.wijk_id)
        dest = guard(ws, args.output, args.force)
        pdf = board_poster(board, wijk.name, tiles=args.tiles, lang=lang)
        what = board.content.board.title
    else:
        from sec_workshop.reports import handouts

        if kind == "stakeholder-cards":
            cards = ws.reports.cards(ident)
            dest = guard(ws, args.output, args.force)
            pdf = handouts.stakeholder_cards(cards, lang=lang)
            what = cards.title
        elif kind == "instrument":
            form = ws.reports.instrument(ident)
            dest = guard(ws, args.output, args.force)
            pdf = handouts.instrument_sheet(form, lang)
            what = form.name
        else:
            data = ws.reports.session(ident, photos=False)
            dest = guard(ws, args.output, args.force)
            if kind == "agenda":
                pdf = handouts.participant_agenda(data, lang)
            else:
                pdf = handouts.facilitator_script(data, lang)
            what = data.content.session.title
    ws.outputs.write(dest, pdf, replace=args.force)
    print(t(lang, "pdf_written", what=what, path=dest, pages=page_count(pdf)))


def page_count(pdf: bytes) -> int:
    """The pages of a PDF as ReportLab writes it (one ``/Type /Page`` object each)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
