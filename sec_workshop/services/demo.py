"""The demo wijk: a realistic fictional neighbourhood, added once from ``resources/demo``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sec_workshop import resources
from sec_workshop.domain.base import DomainError, Record, stable_id
from sec_workshop.domain.board import (
    NOTE_HEIGHT,
    NOTE_WIDTH,
    Board,
    BoardTemplate,
    Cluster,
    Note,
    Vote,
    VoteRound,
    Zone,
)
from sec_workshop.domain.enums import (
    Attitude,
    KoppelkansStatus,
    ModelKind,
    NoteColor,
    ParticipantGroup,
    ParticipationLevel,
    SessionStatus,
    StepStatus,
    VoteRoundStatus,
)
from sec_workshop.domain.koppelkans import (
    Koppelkans,
    KoppelkansStakeholder,
    KoppelkansStep,
    KoppelkansUpdate,
    validate_koppelkans,
)
from sec_workshop.domain.process import ProcessModel, Step, StepSession, StepStakeholder
from sec_workshop.domain.session import (
    ActionItem,
    AgendaItem,
    Decision,
    Session,
    SessionFacilitator,
    SessionStakeholder,
    with_groups,
)
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.wijk import Wijk
from sec_workshop.exchange import reader as r
from sec_workshop.services.builder import copy_model
from sec_workshop.services.library import LibraryService, instrument_id, template_id
from sec_workshop.services.models import history_entry, read_content
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, Tx

DEMO_WIJK_ID = stable_id("demo", "wijk")
GAP = 20.0
PAD = 24.0
HEADER = 50.0


@dataclass(frozen=True, slots=True)
class DemoResult:
    wijk_id: str
    created: bool


class DemoService:
    def __init__(self, db: Database, library: LibraryService) -> None:
        self._db = db
        self._library = library

    def add(self, today: date | None = None) -> DemoResult:
        """Add the demo wijk unless it is there already (then nothing changes)."""
        with self._db.read() as conn:
            if store.find(conn, Wijk, DEMO_WIJK_ID) is not None:
                return DemoResult(DEMO_WIJK_ID, created=False)
        data = r.header(resources.load_json("demo", "demo_wijk.json"), "sec-workshop/demo", 1)
        self._library.ensure_shipped_content()
        templates = {t.key: t for t in self._library.board_templates()}
        with self._db.write() as conn:
            if store.find(conn, Wijk, DEMO_WIJK_ID) is not None:
                return DemoResult(DEMO_WIJK_ID, created=False)
            records = _build(conn, data, today or date.today(), templates)
            store.insert_records(conn, records)
        return DemoResult(DEMO_WIJK_ID, created=True)


def _build(
    conn: Tx, data: dict[str, Any], today: date, board_templates: dict[str, BoardTemplate]
) -> list[Record]:
    def sid(*parts: str) -> str:
        return stable_id("demo", *parts)

    w = r.obj(data.get("wijk"), "wijk")
    own = r.obj(w.get("ownership", {}), "wijk.ownership")
    wijk = Wijk(
        id=DEMO_WIJK_ID,
        name=r.text(w, "name", "wijk.", required=True, max_length=120),
        municipality=r.text(w, "municipality", "wijk.", max_length=120),
        description=r.text(w, "description", "wijk."),
        homes=r.integer(w, "homes", "wijk.", 0, 1_000_000, 0),
        social_rent_pct=r.integer(own, "social_rent", "ownership.", 0, 100, 0),
        private_rent_pct=r.integer(own, "private_rent", "ownership.", 0, 100, 0),
        owner_occupied_pct=r.integer(own, "owner_occupied", "ownership.", 0, 100, 0),
        vve_pct=r.integer(own, "vve", "ownership.", 0, 100, 0),
        vulnerable=bool(w.get("vulnerable", False)),
    )
    records: list[Record] = [wijk]

    # The roadmap: a copy of the template, with the progress the demo describes.
    template_key = r.text(data, "template", "", required=True, max_length=64)
    template = store.find(conn, ProcessModel, template_id(template_key))
    if template is None:
        raise DomainError("demo.template_missing", template=template_key)
    content = read_content(conn, template.id)
    model, model_records, ids = copy_model(
        content, name=f"Routekaart {wijk.name}", kind=ModelKind.ROADMAP, wijk_id=wijk.id
    )
    step_by_key: dict[str, str] = {}
    for key, info in r.obj(data.get("steps", {}), "steps").items():
        step_by_key[key] = ids.get(stable_id("template", template_key, f"step:{key}"), "")
        info = r.obj(info, f"steps.{key}")
        new_id = step_by_key[key]
        for i, rec in enumerate(model_records):
            if isinstance(rec, Step) and rec.id == new_id:
                start = info.get("start_offset_days")
                due = info.get("due_offset_days")
                model_records[i] = replace(
                    rec,
                    status=r.choice(info, "status", f"steps.{key}.", StepStatus),
                    owner=r.text(info, "owner", f"steps.{key}.", default=rec.owner),
                    start_date=today + timedelta(days=start) if isinstance(start, int) else None,
                    due_date=today + timedelta(days=due) if isinstance(due, int) else None,
                )
    records.extend(model_records)
    records.append(history_entry(model.id, "roadmap.created", {"template": content.model.name}))

    stakeholder_ids: dict[str, str] = {}
    for i, raw in enumerate(r.items(data, "stakeholders", "", 500)):
        f = f"stakeholders[{i}]."
        s = r.obj(raw, f)
        key = r.text(s, "key", f, required=True, max_length=64)
        contact = s.get("contact") or {}
        stakeholder = Stakeholder(
            id=sid("stakeholder", key),
            wijk_id=wijk.id,
            name=r.text(s, "name", f, required=True, max_length=200),
            type_key=r.text(s, "type", f, max_length=64, default="overig"),
            organisation=r.text(s, "organisation", f, max_length=200),
            interests=r.text(s, "interests", f),
            concerns=r.text(s, "concerns", f),
            needs=r.text(s, "needs", f),
            barriers=r.text(s, "barriers", f),
            opportunities=r.text(s, "opportunities", f),
            influence=r.integer(s, "influence", f, 1, 5, 3),
            interest=r.integer(s, "interest", f, 1, 5, 3),
            attitude=r.choice(s, "attitude", f, Attitude, Attitude.UNKNOWN),
            participation=r.choice(
                s, "participation", f, ParticipationLevel, ParticipationLevel.INFORM
            ),
            koppelkansen=tuple(str(k) for k in r.items(s, "koppelkansen", f, 20)),
            contact_name=r.text(contact, "name", f"{f}contact.", max_length=200),
            contact_role=r.text(contact, "role", f"{f}contact.", max_length=200),
            contact_email=r.text(contact, "email", f"{f}contact.", max_length=200),
            contact_phone=r.text(contact, "phone", f"{f}contact.", max_length=200),
        )
        stakeholder_ids[key] = stakeholder.id
        records.append(stakeholder)

    # Who is involved in which step: the step panel and the stakeholder cards show these.
    for key, info in r.obj(data.get("steps", {}), "steps").items():
        for who in r.items(info, "stakeholders", f"steps.{key}.", 100):
            if who in stakeholder_ids and step_by_key.get(key):
                records.append(
                    StepStakeholder(step_id=step_by_key[key], stakeholder_id=stakeholder_ids[who])
                )

    for i, raw in enumerate(r.items(data, "koppelkansen", "", 100)):
        records.extend(_koppelkans(raw, i, wijk.id, today, step_by_key, stakeholder_ids, sid))

    for i, raw in enumerate(r.items(data, "sessions", "", 100)):
        records.extend(
            _session(
                raw,
                f"sessions[{i}].",
                wijk.id,
                today,
                step_by_key,
                stakeholder_ids,
                board_templates,
                sid,
            )
        )
    return records


def _koppelkans(
    raw: Any,
    position: int,
    wijk_id: str,
    today: date,
    steps: dict[str, str],
    stakeholders: dict[str, str],
    sid: Any,
) -> list[Record]:
    """One koppelkans of the register, with its history (days relative to today) and its
    links to steps and stakeholders (by their keys)."""
    f = f"koppelkansen[{position}]."
    k = r.obj(raw, f)
    key = r.text(k, "key", f, required=True, max_length=64)
    history = []
    for j, entry in enumerate(r.items(k, "history", f, 50)):
        e = r.obj(entry, f"{f}history[{j}].")
        history.append(
            KoppelkansUpdate(
                id=sid("koppelkans", key, "history", str(j)),
                koppelkans_id=sid("koppelkans", key),
                on=today + timedelta(days=r.integer(e, "offset_days", f, -3650, 3650, 0)),
                status=r.choice(e, "status", f, KoppelkansStatus, KoppelkansStatus.IDEA),
                note=r.text(e, "note", f),
            )
        )
    koppelkans = validate_koppelkans(
        Koppelkans(
            id=sid("koppelkans", key),
            wijk_id=wijk_id,
            title=r.text(k, "title", f, required=True, max_length=200),
            position=position,
            problem=r.text(k, "problem", f, max_length=500),
            lead=r.text(k, "lead", f, max_length=500),
            partners=tuple(
                r.text_item(p, f"{f}partners", max_length=200)
                for p in r.items(k, "partners", f, 30)
            ),
            budgets=r.text(k, "budgets", f),
            indicator=r.text(k, "indicator", f, max_length=500),
            baseline=r.text(k, "baseline", f, max_length=500),
            target=r.text(k, "target", f, max_length=500),
            # Its status is where its history ends.
            status=max(history, key=lambda u: u.on).status if history else KoppelkansStatus.IDEA,
            notes=r.text(k, "notes", f),
        )
    )
    records: list[Record] = [koppelkans, *history]
    for step_key in r.items(k, "steps", f, 50):
        step_id = steps.get(str(step_key))
        if step_id:
            records.append(KoppelkansStep(koppelkans_id=koppelkans.id, step_id=step_id))
    for who in r.items(k, "stakeholders", f, 50):
        if who in stakeholders:
            records.append(
                KoppelkansStakeholder(koppelkans_id=koppelkans.id, stakeholder_id=stakeholders[who])
            )
    return records


def _session(
    raw: Any,
    f: str,
    wijk_id: str,
    today: date,
    steps: dict[str, str],
    stakeholders: dict[str, str],
    board_templates: dict[str, BoardTemplate],
    sid: Any,
) -> list[Record]:
    s = r.obj(raw, f)
    key = r.text(s, "key", f, required=True, max_length=64)
    day = today + timedelta(days=r.integer(s, "date_offset_days", f, -3650, 3650, 0))
    start = time.fromisoformat(r.text(s, "start", f, max_length=5, default="19:30"))
    session = Session(
        id=sid("session", key),
        wijk_id=wijk_id,
        title=r.text(s, "title", f, required=True, max_length=200),
        starts_at=datetime.combine(day, start),
        duration_minutes=r.integer(s, "duration_minutes", f, 0, 1440, 120),
        location=r.text(s, "location", f, max_length=200),
        goal=r.text(s, "goal", f),
        status=r.choice(s, "status", f, SessionStatus, SessionStatus.PLANNED),
        step_id=steps.get(r.text(s, "step", f, max_length=64)) or None,
        participant_count=r.integer(s, "participant_count", f, 0, 100_000, 0),
    )
    session = with_groups(session, *_group_counts(s, f))
    out: list[Record] = [session]
    for j, person in enumerate(r.items(s, "facilitators", f, 50)):
        pf = f"{f}facilitators[{j}]."
        person = r.obj(person, pf)
        out.append(
            SessionFacilitator(
                session_id=session.id,
                position=j,
                name=r.text(person, "name", pf, required=True, max_length=200),
                role=r.text(person, "role", pf, max_length=200),
            )
        )
    if session.step_id:
        # The step panel shows a step's sessions through these links.
        out.append(StepSession(step_id=session.step_id, session_id=session.id))
    for k in r.items(s, "stakeholders", f, 500):
        if k in stakeholders:
            out.append(SessionStakeholder(session_id=session.id, stakeholder_id=stakeholders[k]))
    for j, a in enumerate(r.items(s, "agenda", f, 100)):
        af = f"{f}agenda[{j}]."
        a = r.obj(a, af)
        inst = a.get("instrument")
        out.append(
            AgendaItem(
                session_id=session.id,
                position=j,
                title=r.text(a, "title", af, required=True, max_length=200),
                duration_minutes=r.integer(a, "duration_minutes", af, 0, 1440, 10),
                description=r.text(a, "description", af),
                instrument_id=instrument_id(inst) if isinstance(inst, str) and inst else None,
                facilitator=r.text(a, "facilitator", af, max_length=200),
                notes=r.text(a, "notes", af),
                is_break=bool(a.get("break", False)),
            )
        )
    for j, d in enumerate(r.items(s, "decisions", f, 100)):
        df = f"{f}decisions[{j}]."
        d = r.obj(d, df)
        out.append(
            Decision(
                session_id=session.id,
                position=j,
                text=r.text(d, "text", df, required=True),
                rationale=r.text(d, "rationale", df),
                # The roadmap step it is about, by the step's key (none when not known).
                step_id=steps.get(r.text(d, "step", df, max_length=64)) or None,
            )
        )
    for j, a in enumerate(r.items(s, "actions", f, 200)):
        af = f"{f}actions[{j}]."
        a = r.obj(a, af)
        due = a.get("due_offset_days")
        out.append(
            ActionItem(
                session_id=session.id,
                position=j,
                text=r.text(a, "text", af, required=True),
                owner=r.text(a, "owner", af, max_length=200),
                due_date=today + timedelta(days=due) if isinstance(due, int) else None,
                done=bool(a.get("done", False)),
            )
        )
    for j, b in enumerate(r.items(s, "boards", f, 50)):
        out.extend(_board(b, f"{f}boards[{j}].", session.id, j, board_templates, sid))
    return out


def _group_counts(
    s: dict[str, Any], f: str
) -> tuple[dict[ParticipantGroup, int], dict[ParticipantGroup, int]]:
    """Who was expected and who came, per group (counts only)."""
    counts: list[dict[ParticipantGroup, int]] = []
    for kind in ("expected", "present"):
        given = r.obj(s.get(kind, {}), f"{f}{kind}")
        counts.append(
            {g: r.integer(given, g.value, f"{f}{kind}.", 0, 100_000, 0) for g in ParticipantGroup}
        )
    return counts[0], counts[1]


def _board(
    raw: Any,
    f: str,
    session_id: str,
    position: int,
    board_templates: dict[str, BoardTemplate],
    sid: Any,
) -> list[Record]:
    b = r.obj(raw, f)
    key = r.text(b, "key", f, required=True, max_length=64)
    template = (
        board_templates.get(r.text(b, "template", f, default="leeg")) or board_templates["leeg"]
    )
    board = Board(
        id=sid("board", key),
        session_id=session_id,
        position=position,
        title=r.text(b, "title", f, required=True, max_length=200),
        template_key=template.key,
    )
    out: list[Record] = [board]
    zones = {z.key: z for z in template.zones}
    whole = Zone(key="", title="", x=0, y=0, width=template.width, height=template.height, color="")
    placers: dict[str, _Flow] = {}

    def flow(zone_key: str) -> _Flow:
        zone = zones.get(zone_key, whole)
        return placers.setdefault(zone.key, _Flow(zone))

    notes: list[tuple[Note, int]] = []
    z = 0.0
    for ci, c in enumerate(r.items(b, "clusters", f, 200)):
        cf = f"{f}clusters[{ci}]."
        c = r.obj(c, cf)
        members = r.items(c, "notes", cf, 200)
        cols = max(1, min(2, len(members)))
        rows = max(1, (len(members) + cols - 1) // cols)
        width = PAD * 2 + cols * NOTE_WIDTH + (cols - 1) * GAP
        height = HEADER + PAD + rows * (NOTE_HEIGHT + GAP)
        x, y = flow(str(c.get("zone") or "")).place(width, height)
        cluster = Cluster(
            board_id=board.id,
            title=r.text(c, "title", cf, max_length=200),
            x=x,
            y=y,
            width=width,
            height=height,
        )
        out.append(cluster)
        for ni, n in enumerate(members):
            nf = f"{cf}notes[{ni}]."
            n = r.obj(n, nf)
            row, col = divmod(ni, cols)
            z += 1
            notes.append(
                (
                    Note(
                        board_id=board.id,
                        text=r.text(n, "text", nf, max_length=2000),
                        color=r.choice(n, "color", nf, NoteColor, NoteColor.YELLOW),
                        x=x + PAD + col * (NOTE_WIDTH + GAP),
                        y=y + HEADER + row * (NOTE_HEIGHT + GAP),
                        z=z,
                        cluster_id=cluster.id,
                    ),
                    r.integer(n, "votes", nf, 0, 1000, 0),
                )
            )
    for ni, n in enumerate(r.items(b, "loose_notes", f, 500)):
        nf = f"{f}loose_notes[{ni}]."
        n = r.obj(n, nf)
        x, y = flow(str(n.get("zone") or "")).place(NOTE_WIDTH, NOTE_HEIGHT)
        z += 1
        notes.append(
            (
                Note(
                    board_id=board.id,
                    text=r.text(n, "text", nf, max_length=2000),
                    color=r.choice(n, "color", nf, NoteColor, NoteColor.YELLOW),
                    x=x,
                    y=y,
                    z=z,
                ),
                r.integer(n, "votes", nf, 0, 1000, 0),
            )
        )
    out.extend(note for note, _ in notes)
    if any(votes for _, votes in notes):
        vote_round = VoteRound(
            board_id=board.id,
            title="Stippenstemmen",
            dots_per_participant=3,
            status=VoteRoundStatus.CLOSED,
        )
        out.append(vote_round)
        out.extend(
            Vote(round_id=vote_round.id, note_id=note.id, participant="", count=votes)
            for note, votes in notes
            if votes
        )
    return out


class _Flow:
    """Places boxes left to right inside a zone, wrapping to a new row when full."""

    def __init__(self, zone: Zone) -> None:
        self.zone = zone
        self.x = zone.x + GAP
        self.y = zone.y + HEADER + GAP
        self.row_height = 0.0

    def place(self, width: float, height: float) -> tuple[float, float]:
        if self.x + width > self.zone.x + self.zone.width - GAP and self.x > self.zone.x + GAP:
            self.x = self.zone.x + GAP
            self.y += self.row_height + GAP
            self.row_height = 0.0
        pos = (self.x, self.y)
        self.x += width + GAP
        self.row_height = max(self.row_height, height)
        return pos
