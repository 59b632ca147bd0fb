"""Co-creation sessions (bijeenkomsten) with their agenda, decisions and action items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sec_workshop.domain.base import Record, ValidationError, limit_text, require_text
from sec_workshop.domain.enums import SessionStatus

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
    participant_count: int = 0
    facilitator_notes: str = ""


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
    description: str = ""
    instrument_id: str | None = None
    facilitator: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Decision(Record):
    session_id: str
    position: int
    text: str
    rationale: str = ""


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
    if not 0 <= session.participant_count <= 100_000:
        raise ValidationError("value.out_of_range", field="participant_count", low=0, high=100_000)
    return session


def validate_agenda_item(item: AgendaItem) -> AgendaItem:
    require_text(item.title, "title", TITLE_MAX)
    limit_text(item.description, "description", TEXT_MAX)
    if not 0 <= item.duration_minutes <= 24 * 60:
        raise ValidationError("value.out_of_range", field="duration_minutes", low=0, high=1440)
    return item


def agenda_total_minutes(items: list[AgendaItem]) -> int:
    return sum(i.duration_minutes for i in items)
