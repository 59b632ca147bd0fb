"""``report`` and ``handout``: a session report, and the handouts and posters to print
(stakeholder cards, agenda, facilitator script, instrument sheet, roadmap and board
posters), written as PDF through the output guard."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sec_workshop.cli.texts import t
from sec_workshop.domain.base import NotFoundError

Guard = Callable[[Any, str, bool], Path]

HANDOUT_KINDS = (
    "stakeholder-cards",
    "agenda",
    "script",
    "instrument",
    "roadmap-poster",
    "board-poster",
)


# What the ID of each kind of handout should be, to say so when there is none such.
LOOKED_FOR = {
    "stakeholder-cards": "wijk_or_session",
    "agenda": "session",
    "script": "session",
    "instrument": "instrument",
    "roadmap-poster": "wijk",
    "board-poster": "board",
}


@contextmanager
def _looked_for(kind: str, ident: str) -> Iterator[None]:
    """A record not found while reading ``ident`` is said as "there is no <kind> with id
    <ident>", the id the user typed and what it should have been."""
    try:
        yield
    except NotFoundError as error:
        if error.code != "record.not_found" or error.params.get("id"):
            raise
        raise NotFoundError("record.not_found", kind=kind, id=ident) from error


def report(ws: Any, args: argparse.Namespace, lang: str, guard: Guard) -> None:
    """The report of a session; ``--bewoners`` the short one for residents."""
    with _looked_for("session", args.session_id):
        data = ws.reports.session(args.session_id)
    dest = guard(ws, args.output, args.force)
    from sec_workshop.reports.session_report import session_report

    pdf = session_report(data, residents=args.bewoners, lang=lang)
    ws.outputs.write(dest, pdf, replace=args.force)
    what = data.content.session.title
    _written(lang, what, dest, pdf)


def handout(ws: Any, args: argparse.Namespace, lang: str, guard: Guard) -> None:
    with _looked_for(LOOKED_FOR.get(args.kind, ""), args.id):
        _handout(ws, args, lang, guard)


def _handout(ws: Any, args: argparse.Namespace, lang: str, guard: Guard) -> None:
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
            names = ws.library.stakeholder_type_names(lang)
            pdf = handouts.stakeholder_cards(cards, lang=lang, type_names=names)
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
    _written(lang, what, dest, pdf)


def page_count(pdf: bytes) -> int:
    """The pages of a PDF as ReportLab writes it (one ``/Type /Page`` object each)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def _written(lang: str, what: str, dest: object, pdf: bytes) -> None:
    pages = page_count(pdf)
    key = "pdf_written_one" if pages == 1 else "pdf_written"
    print(t(lang, key, what=what, path=dest, pages=pages))
