"""The fixed vocabularies of the domain; their values are what the database and files store."""

from __future__ import annotations

from enum import StrEnum


class Route(StrEnum):
    SOCIAL = "social"
    TECHNICAL = "technical"
    PROCESS = "process"
    KOPPELKANSEN = "koppelkansen"
    OTHER = "other"


class ModelKind(StrEnum):
    TEMPLATE = "template"
    ROADMAP = "roadmap"


class StepStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ON_HOLD = "on_hold"
    SKIPPED = "skipped"


class SessionStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class ParticipantGroup(StrEnum):
    """Who comes to a session, counted (never named) when expected and at the door."""

    RESIDENTS = "residents"
    TENANTS = "tenants"
    OWNERS = "owners"
    PROFESSIONALS = "professionals"


class Attitude(StrEnum):
    CHAMPION = "champion"
    SUPPORTIVE = "supportive"
    NEUTRAL = "neutral"
    CRITICAL = "critical"
    OPPOSED = "opposed"
    UNKNOWN = "unknown"


class ParticipationLevel(StrEnum):
    """The participatieladder, from least to most say."""

    INFORM = "inform"
    CONSULT = "consult"
    ADVISE = "advise"
    COPRODUCE = "coproduce"
    CODECIDE = "codecide"
    SELF_MANAGE = "self_manage"


class NoteColor(StrEnum):
    """Sticky-note colours; the board palette gives each a category name."""

    YELLOW = "yellow"
    PINK = "pink"
    BLUE = "blue"
    GREEN = "green"
    ORANGE = "orange"
    PURPLE = "purple"


NOTE_COLOR_HEX: dict[NoteColor, str] = {
    NoteColor.YELLOW: "#FFF176",
    NoteColor.PINK: "#F8BBD0",
    NoteColor.BLUE: "#B3E5FC",
    NoteColor.GREEN: "#C5E1A5",
    NoteColor.ORANGE: "#FFCC80",
    NoteColor.PURPLE: "#D1C4E9",
}


class NoteKind(StrEnum):
    NOTE = "note"
    LABEL = "label"


class VoteRoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class KoppelkansStatus(StrEnum):
    """Where a koppelkans stands: from an idea to its indicator reached (or stopped)."""

    IDEA = "idea"
    EXPLORING = "exploring"
    AGREED = "agreed"
    RUNNING = "running"
    ACHIEVED = "achieved"
    STOPPED = "stopped"
