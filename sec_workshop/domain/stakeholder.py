"""Stakeholders of a wijk: who they are, what they want, and how much say they get."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sec_workshop.domain.base import (
    Record,
    ValidationError,
    limit_text,
    require_range,
    require_text,
)
from sec_workshop.domain.enums import Attitude, ParticipationLevel

NAME_MAX = 200
TEXT_MAX = 20_000
TAG_MAX = 60
KOPPELKANSEN_MAX = 30

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
    if len(s.koppelkansen) > KOPPELKANSEN_MAX:
        raise ValidationError("value.too_long", field="koppelkansen", max=KOPPELKANSEN_MAX)
    for tag in s.koppelkansen:
        require_text(tag, "koppelkansen", TAG_MAX)
    return s


CARD_CODE_LENGTH = 6


def card_code(stakeholder_id: str) -> str:
    """The short code a printed card carries in its QR code: the first characters of the
    id, upper case ("B4AE9D"). Few characters make a QR code that a phone reads from
    across a room; the app resolves it within the card's wijk."""
    return stakeholder_id.replace("-", "")[:CARD_CODE_LENGTH].upper()


def from_type(kind: StakeholderType, wijk_id: str, name: str) -> Stakeholder:
    """A new stakeholder of a catalogue type: its typical interests, concerns, influence and
    interest filled in, to be edited."""
    return Stakeholder(
        wijk_id=wijk_id,
        name=name,
        type_key=kind.key,
        interests=kind.typical_interests,
        concerns=kind.typical_concerns,
        influence=kind.influence,
        interest=kind.interest,
    )


def without_personal_data(s: Stakeholder) -> Stakeholder:
    """The same stakeholder with every field that identifies a person emptied."""
    return replace(s, contact_name="", contact_role="", contact_email="", contact_phone="")


def placed(s: Stakeholder, influence: int, interest: int) -> Stakeholder:
    """Moved on the invloed-belangmatrix: both scores kept on the 1-5 scale."""
    return replace(s, influence=min(max(influence, 1), 5), interest=min(max(interest, 1), 5))


def parse_tags(text: str) -> tuple[str, ...]:
    """Koppelkansen typed as one text ("armoede, eenzaamheid; wonen"): trimmed, without
    empties or repeats, in the order typed."""
    seen: dict[str, str] = {}
    for part in _TAG_SPLIT.split(text):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


_TAG_SPLIT = re.compile(r"[,;|/\n]")
