"""Stakeholders of a wijk: who they are, what they want, and how much say they get."""

from __future__ import annotations

from dataclasses import dataclass

from sec_workshop.domain.base import Record, limit_text, require_range, require_text
from sec_workshop.domain.enums import Attitude, ParticipationLevel

NAME_MAX = 200
TEXT_MAX = 20_000

# Fields that identify a person; exports and reports leave them out unless asked.
PERSONAL_DATA_FIELDS: tuple[str, ...] = (
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Stakeholder(Record):
    wijk_id: str
    name: str
    type_key: str = "overig"
    organisation: str = ""
    interests: str = ""
    concerns: str = ""
    needs: str = ""
    barriers: str = ""
    opportunities: str = ""
    influence: int = 3
    interest: int = 3
    attitude: Attitude = Attitude.UNKNOWN
    participation: ParticipationLevel = ParticipationLevel.INFORM
    koppelkansen: tuple[str, ...] = ()
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""

    @property
    def has_personal_data(self) -> bool:
        return any(getattr(self, f) for f in PERSONAL_DATA_FIELDS)

    @property
    def quadrant(self) -> str:
        """Place on the invloed-belangmatrix (power/interest grid)."""
        high_influence = self.influence >= 3
        high_interest = self.interest >= 3
        if high_influence and high_interest:
            return "key_player"
        if high_influence:
            return "context_setter"
        if high_interest:
            return "subject"
        return "crowd"


@dataclass(frozen=True, kw_only=True, slots=True)
class StakeholderType:
    """An entry of the shipped catalogue of stakeholder types."""

    key: str
    name: str
    category: str
    description: str
    typical_interests: str
    typical_concerns: str
    influence: int
    interest: int


@dataclass(frozen=True, kw_only=True, slots=True)
class ParticipationStep:
    """A rung of the participation ladder with its Dutch explanation."""

    level: ParticipationLevel
    name: str
    description: str
    example: str


def validate_stakeholder(s: Stakeholder) -> Stakeholder:
    require_text(s.name, "name", NAME_MAX)
    limit_text(s.organisation, "organisation", NAME_MAX)
    for name in ("interests", "concerns", "needs", "barriers", "opportunities"):
        limit_text(getattr(s, name), name, TEXT_MAX)
    require_range(s.influence, "influence", 1, 5)
    require_range(s.interest, "interest", 1, 5)
    for name in PERSONAL_DATA_FIELDS:
        limit_text(getattr(s, name), name, NAME_MAX)
    for tag in s.koppelkansen:
        require_text(tag, "koppelkansen", 60)
    return s
