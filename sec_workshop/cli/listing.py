"""``sec-workshop list``: the wijken with their sessions, boards and stakeholders, and the
templates, as text or JSON."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sec_workshop.cli.sessions import listed_session
from sec_workshop.cli.texts import t
from sec_workshop.domain.stakeholder import PERSONAL_DATA_FIELDS, Stakeholder
from sec_workshop.services.koppelkansen import Register


def overview(ws: Any, personal: bool = False) -> dict[str, Any]:
    """Everything ``list`` shows; personal data of stakeholders only when asked for."""
    wijken = []
    instruments = {i.id: i.name for i in ws.library.instruments()}
    for wijk in ws.wijken.list():
        boards_by_session: dict[str, list[dict[str, Any]]] = {}
        for summary in ws.boards.summaries(wijk.id):
            boards_by_session.setdefault(summary.board.session_id, []).append(
                {
                    "id": summary.board.id,
                    "title": summary.board.title,
                    "note_count": summary.note_count,
                }
            )
        sessions = []
        for s in ws.sessions.summaries(wijk.id):
            content = ws.sessions.content(s.session.id)
            sessions.append(
                {
                    "id": s.session.id,
                    "title": s.session.title,
                    "date": s.session.starts_at.date().isoformat() if s.session.starts_at else None,
                    "boards": boards_by_session.get(s.session.id, []),
                    **listed_session(
                        content.session,
                        content.agenda,
                        content.decisions,
                        content.actions,
                        instruments,
                    ),
                }
            )
        links = ws.stakeholders.links(wijk.id)
        stakeholders = [
            stakeholder_json(s, links.get(s.id), personal) for s in ws.stakeholders.list(wijk.id)
        ]
        wijken.append(
            {
                "id": wijk.id,
                "name": wijk.name,
                "sessions": sessions,
                "stakeholders": stakeholders,
                "koppelkansen": koppelkansen_json(ws.koppelkansen.register(wijk.id)),
            }
        )
    templates = [{"id": m.id, "name": m.name} for m in ws.models.templates()]
    return {"wijken": wijken, "templates": templates}


def stakeholder_json(person: Stakeholder, links: Any, personal: bool) -> dict[str, Any]:
    """Every field of a stakeholder (personal data only when ``personal``), its quadrant,
    and the ids of the steps and sessions it is linked to."""
    out: dict[str, Any] = {"id": person.id}
    for f in fields(Stakeholder):
        if f.name in _LEFT_OUT or (f.name in PERSONAL_DATA_FIELDS and not personal):
            continue
        value = getattr(person, f.name)
        out[f.name] = list(value) if isinstance(value, tuple) else value
    out["quadrant"] = person.quadrant
    out["steps"] = [s.id for s in links.steps] if links else []
    out["sessions"] = [s.id for s in links.sessions] if links else []
    return out


_LEFT_OUT = frozenset({"id", "wijk_id", "created_at", "updated_at"})


def koppelkansen_json(register: Register) -> list[dict[str, Any]]:
    """The koppelkansen register: each koppelkans with its problem, trekker (``lead``),
    partners, budgets, indicator with baseline and target, status and its history, and the
    ids of the steps and stakeholders it is linked to."""
    return [
        {
            "id": k.id,
            "title": k.title,
            "problem": k.problem,
            "lead": k.lead,
            "partners": list(k.partners),
            "budgets": k.budgets,
            "indicator": k.indicator,
            "baseline": k.baseline,
            "target": k.target,
            "status": k.status.value,
            "notes": k.notes,
            "history": [
                {"on": u.on.isoformat(), "status": u.status.value, "note": u.note}
                for u in register.history(k.id)
            ],
            "steps": register.step_ids(k.id),
            "stakeholders": register.stakeholder_ids(k.id),
        }
        for k in register.koppelkansen
    ]


def print_overview(overview: dict[str, Any], lang: str) -> None:
    from sec_workshop.messages import shown

    def name(value: object) -> str:
        return shown(value, limit=200)  # a name from an imported file stays on its line

    if not overview["wijken"]:
        print(t(lang, "no_wijken"))
    en = lang == "en"
    for wijk in overview["wijken"]:
        print(f"{name(wijk['name'])}  [{wijk['id']}]")
        for s in wijk["sessions"]:
            print(f"  {s['date'] or '-':10}  {name(s['title'])}  [{s['id']}]")
            for b in s["boards"]:
                label = "notes" if en else "plakbriefjes"
                print(f"      {name(b['title'])} ({b['note_count']} {label})  [{b['id']}]")
        label = "stakeholders"
        print(f"  {len(wijk['stakeholders'])} {label}")
        if wijk["koppelkansen"]:
            print(f"  {len(wijk['koppelkansen'])} koppelkansen")
    if overview["templates"]:
        print(t(lang, "templates"))
    for template in overview["templates"]:
        print(f"  {name(template['name'])}  [{template['id']}]")
