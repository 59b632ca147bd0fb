"""The koppelkansen register of a wijk: each koppelkans (a link between the energy
transition and another problem of the wijk, such as energy poverty, health or
unemployment) as a record with its trekker, partners, combined budgets and an indicator
with a baseline and a target; its status over time; and the roadmap steps and
stakeholders it is linked to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sec_workshop.domain.base import (
    Record,
    ValidationError,
    limit_text,
    require_text,
)
from sec_workshop.domain.enums import KoppelkansStatus

TITLE_MAX = 200
FIELD_MAX = 500
TEXT_MAX = 20_000
PARTNERS_MAX = 30
PARTNER_MAX = 200

# The problems Platform31's koppelkansen approach links the energy transition to; a
# koppelkans may name another one in its own words.
PROBLEMS: tuple[str, ...] = (
    "energiearmoede",
    "armoede",
    "schulden",
    "gezondheid",
    "werkloosheid",
    "eenzaamheid",
    "leefbaarheid",
    "overlast",
    "onveiligheid",
    "wonen",
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Koppelkans(Record):
    wijk_id: str
    title: str
    position: int = 0
    problem: str = ""  # the problem it links to (a key of PROBLEMS, or free words)
    lead: str = ""  # the trekker: who pulls it
    partners: tuple[str, ...] = ()
    budgets: str = ""  # the budgets combined ("fusies van belangen"), in words
    indicator: str = ""  # what is measured
    baseline: str = ""  # where it stood at the start
    target: str = ""  # where it should get to
    status: KoppelkansStatus = KoppelkansStatus.IDEA
    notes: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class KoppelkansUpdate(Record):
    """A moment in a koppelkans's history: its status from ``on``, with what was measured
    or happened then."""

    koppelkans_id: str
    on: date
    status: KoppelkansStatus
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class KoppelkansStep(Record):
    koppelkans_id: str
    step_id: str


@dataclass(frozen=True, kw_only=True, slots=True)
class KoppelkansStakeholder(Record):
    koppelkans_id: str
    stakeholder_id: str


def validate_koppelkans(k: Koppelkans) -> Koppelkans:
    require_text(k.title, "title", TITLE_MAX)
    for name in ("problem", "lead", "indicator", "baseline", "target"):
        limit_text(getattr(k, name), name, FIELD_MAX)
    for name in ("budgets", "notes"):
        limit_text(getattr(k, name), name, TEXT_MAX)
    if len(k.partners) > PARTNERS_MAX:
        raise ValidationError("value.too_long", field="partners", max=PARTNERS_MAX)
    for partner in k.partners:
        require_text(partner, "partners", PARTNER_MAX)
    return k


def validate_update(u: KoppelkansUpdate) -> KoppelkansUpdate:
    limit_text(u.note, "note", TEXT_MAX)
    return u


def status_on(
    updates: list[KoppelkansUpdate] | tuple[KoppelkansUpdate, ...], day: date
) -> KoppelkansStatus | None:
    """The status a koppelkans had on ``day`` by its history (``None`` before its first
    entry)."""
    known = [u for u in updates if u.on <= day]
    if not known:
        return None
    return max(known, key=lambda u: (u.on, u.created_at)).status
