"""``agenda``: a session's agenda as text for an e-mail, as JSON, or as a calendar file;
and the sessions as ``list --json`` shows them (times, status, agenda, decisions, actions)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sec_workshop.cli.texts import t
from sec_workshop.domain.agenda import schedule
from sec_workshop.domain.session import ActionItem, AgendaItem, Decision, Session


def agenda(
    ws: Any, args: argparse.Namespace, lang: str, guard: Callable[[Any, str, bool], Path]
) -> None:
    """Print the agenda (text or JSON), or write it as an iCalendar file (``--ics -o``):
    ``guard`` says where, or refuses, before the file is made."""
    from sec_workshop.reports.calendar import agenda_text, session_ics

    content = ws.sessions.content(args.session_id)
    session: Session = content.session
    items: Sequence[AgendaItem] = content.agenda
    if args.ics:
        dest = guard(ws, args.output, args.force)
        wijk = ws.wijken.get(session.wijk_id)
        data = session_ics(session, items, wijk.name, lang)
        ws.outputs.write(dest, data, replace=args.force)
        print(t(lang, "agenda_ics_written", session=session.title, path=dest))
    elif args.json:
        names = {i.id: i.name for i in ws.library.instruments(lang)}
        print(json.dumps(session_json(session, items, names), ensure_ascii=False, indent=2))
    else:
        print(agenda_text(session, items, lang), end="")


def session_json(
    session: Session, items: Sequence[AgendaItem], instruments: Mapping[str, str]
) -> dict[str, Any]:
    """A session with its agenda in time (``starts_at`` local, as the hall's clock)."""
    return {
        "id": session.id,
        "wijk_id": session.wijk_id,
        "title": session.title,
        "starts_at": _iso(session.starts_at),
        "duration_minutes": session.duration_minutes,
        "location": session.location,
        "goal": session.goal,
        "status": session.status.value,
        "agenda": agenda_json(session, items, instruments, full=True),
    }


def listed_session(
    session: Session,
    items: Sequence[AgendaItem],
    decisions: Sequence[Decision],
    actions: Sequence[ActionItem],
    instruments: Mapping[str, str],
) -> dict[str, Any]:
    """What ``list --json`` adds to a session besides its id, title, date and boards."""
    return {
        "starts_at": _iso(session.starts_at),
        "duration_minutes": session.duration_minutes,
        "status": session.status.value,
        "agenda": agenda_json(session, items, instruments),
        "decisions": [{"text": d.text, "rationale": d.rationale} for d in decisions],
        "actions": [
            {
                "text": a.text,
                "owner": a.owner,
                "due_date": a.due_date.isoformat() if a.due_date else None,
                "done": a.done,
            }
            for a in actions
        ],
    }


def agenda_json(
    session: Session,
    items: Sequence[AgendaItem],
    instruments: Mapping[str, str],
    full: bool = False,
) -> list[dict[str, Any]]:
    """The items in their order, each with its start; ``full`` adds the text for the
    participants, whether it is a break and the minutes it took when held."""
    out = []
    for slot in schedule(session, items).slots:
        item = slot.item
        shown: dict[str, Any] = {
            "title": item.title,
            "minutes": item.duration_minutes,
            "starts_at": _iso(slot.starts_at),
            "instrument": instruments.get(item.instrument_id or ""),
        }
        if full:
            shown |= {
                "description": item.description,
                "is_break": item.is_break,
                "held_minutes": item.held_minutes,
            }
        out.append(shown)
    return out


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment else None
