"""Co-creation sessions (bijeenkomsten) with their agenda, decisions and action items."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from sec_workshop.domain.base import Record, ValidationError, limit_text, require_text
from sec_workshop.domain.enums import ParticipantGroup, SessionStatus

TITLE_MAX = 200
TEXT_MAX = 20_000


@dataclass(frozen=True, kw_only=True, slots=True)
class Session(Record):
    wijk_id: str
    title: str
    starts_at: datetime | None = None  # local wall-clock time of the hall, no time zone
    duration_minutes: int = 120
    location: str = ""
    goal: str = ""
    status: SessionStatus = SessionStatus.PLANNED
    step_id: str | None = None  # the roadmap step this session serves
    participant_count: int = 0  # present in all (counted at the door, or written after)
    facilitator_notes: str = ""
    # Expected and present per group: counts, never names.
    expected_residents: int = 0
    expected_tenants: int = 0
    expected_owners: int = 0
    expected_professionals: int = 0
    present_residents: int = 0
    present_tenants: int = 0
    present_owners: int = 0
    present_professionals: int = 0
    packed: tuple[str, ...] = ()  # the materials ticked off while packing

    def expected(self, group: ParticipantGroup) -> int:
        return int(getattr(self, f"expected_{group.value}"))

    def present(self, group: ParticipantGroup) -> int:
        return int(getattr(self, f"present_{group.value}"))

    @property
    def expected_total(self) -> int:
        return sum(self.expected(g) for g in ParticipantGroup)


def with_groups(
    session: Session,
    expected: Mapping[ParticipantGroup, int],
    present: Mapping[ParticipantGroup, int],
) -> Session:
    """The session with the counts expected and present per group (groups not given: 0)."""
    E, P, G = expected.get, present.get, ParticipantGroup
    return replace(
        session,
        expected_residents=E(G.RESIDENTS, 0),
        expected_tenants=E(G.TENANTS, 0),
        expected_owners=E(G.OWNERS, 0),
        expected_professionals=E(G.PROFESSIONALS, 0),
        present_residents=P(G.RESIDENTS, 0),
        present_tenants=P(G.TENANTS, 0),
        present_owners=P(G.OWNERS, 0),
        present_professionals=P(G.PROFESSIONALS, 0),
    )


def with_present(session: Session, group: ParticipantGroup, present: int) -> Session:
    """The session with ``present`` people of a group counted in (the total follows)."""
    change = present - session.present(group)
    total = max(session.participant_count + change, 0)
    if group is ParticipantGroup.RESIDENTS:
        return replace(session, present_residents=present, participant_count=total)
    if group is ParticipantGroup.TENANTS:
        return replace(session, present_tenants=present, participant_count=total)
    if group is ParticipantGroup.OWNERS:
        return replace(session, present_owners=present, participant_count=total)
    return replace(session, present_professionals=present, participant_count=total)


@dataclass(frozen=True, kw_only=True, slots=True)
class SessionFacilitator(Record):
    """Someone who leads (part of) a session, with their role in it."""

    session_id: str
    position: int
    name: str
    role: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class SessionStakeholder(Record):
    """A stakeholder invited to a session (their card goes into the preparation)."""

    session_id: str
    stakeholder_id: str


@dataclass(frozen=True, kw_only=True, slots=True)
class AgendaItem(Record):
    session_id: str
    position: int
    title: str
    duration_minutes: int = 10
    description: str = ""  # for the participants (their agenda shows it)
    instrument_id: str | None = None  # the work form
    facilitator: str = ""  # who leads it
    notes: str = ""  # for the facilitators only
    is_break: bool = False
    board_id: str | None = None  # the board this item works on
    held_minutes: int | None = None  # the time it took when the session was held


@dataclass(frozen=True, kw_only=True, slots=True)
class Decision(Record):
    session_id: str
    position: int
    text: str
    rationale: str = ""
    step_id: str | None = None  # the roadmap step it is about, if any


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionItem(Record):
    session_id: str
    position: int
    text: str
    owner: str = ""
    due_date: date | None = None
    done: bool = False


def validate_session(session: Session) -> Session:
    require_text(session.title, "title", TITLE_MAX)
    limit_text(session.location, "location", TITLE_MAX)
    limit_text(session.goal, "goal", TEXT_MAX)
    limit_text(session.facilitator_notes, "facilitator_notes", TEXT_MAX)
    if not 0 <= session.duration_minutes <= 24 * 60:
        raise ValidationError("value.out_of_range", field="duration_minutes", low=0, high=1440)
    counts = (
        "participant_count",
        *(f"{kind}_{g.value}" for kind in ("expected", "present") for g in ParticipantGroup),
    )
    for name in counts:
        if not 0 <= getattr(session, name) <= 100_000:
            raise ValidationError("value.out_of_range", field=name, low=0, high=100_000)
    return session


def validate_agenda_item(item: AgendaItem) -> AgendaItem:
    require_text(item.title, "title", TITLE_MAX)
    limit_text(item.description, "description", TEXT_MAX)
    limit_text(item.notes, "notes", TEXT_MAX)
    limit_text(item.facilitator, "facilitator", TITLE_MAX)
    _minutes(item.duration_minutes, "duration_minutes")
    if item.held_minutes is not None:
        _minutes(item.held_minutes, "held_minutes")
    return item


def validate_facilitator(person: SessionFacilitator) -> SessionFacilitator:
    require_text(person.name, "name", TITLE_MAX)
    limit_text(person.role, "role", TITLE_MAX)
    return person


def validate_decision(decision: Decision) -> Decision:
    require_text(decision.text, "text", TEXT_MAX)
    limit_text(decision.rationale, "rationale", TEXT_MAX)
    return decision


def validate_action(action: ActionItem) -> ActionItem:
    require_text(action.text, "text", TEXT_MAX)
    limit_text(action.owner, "owner", TITLE_MAX)
    return action


def _minutes(value: int, field: str) -> None:
    if not 0 <= value <= 24 * 60:
        raise ValidationError("value.out_of_range", field=field, low=0, high=1440)


def agenda_total_minutes(items: list[AgendaItem]) -> int:
    return sum(i.duration_minutes for i in items)
