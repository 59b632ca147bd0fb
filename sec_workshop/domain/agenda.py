"""The arithmetic of an agenda: when each item starts and ends, what the items add up to
against the time the session has, and where an agenda that runs over starts running over.
Also the materials to pack, gathered from the work forms of the items.

Plain functions on domain values, so that the window, the command line and the reports
agree to the minute.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sec_workshop.domain.process import Instrument
from sec_workshop.domain.session import AgendaItem, Session


@dataclass(frozen=True, slots=True)
class Slot:
    """One item in time. ``start``/``end`` count minutes from the session's start; the
    clock times are there when the session has a start time (``None`` otherwise)."""

    item: AgendaItem
    start: int
    end: int
    starts_at: datetime | None
    ends_at: datetime | None
    over: bool  # ends after the time the session has
    next_day: bool  # ends on a later day than the session starts (past midnight)


@dataclass(frozen=True, slots=True)
class Schedule:
    slots: tuple[Slot, ...]
    total: int  # minutes of all items
    available: int  # minutes the session has

    @property
    def over_by(self) -> int:
        """How many minutes the agenda runs over (0 when it fits)."""
        return max(self.total - self.available, 0)

    @property
    def first_over(self) -> int | None:
        """The index of the first item that ends after the session's time, if any."""
        return next((i for i, slot in enumerate(self.slots) if slot.over), None)

    @property
    def breaks(self) -> int:
        return sum(slot.item.duration_minutes for slot in self.slots if slot.item.is_break)


def schedule(session: Session, items: Sequence[AgendaItem]) -> Schedule:
    """The items in their order (by position), one after the other from the session's
    start. An item with no time of its own (0 minutes) takes none."""
    slots: list[Slot] = []
    minute = 0
    start = session.starts_at
    for item in sorted(items, key=lambda i: i.position):
        end = minute + item.duration_minutes
        starts_at = start + timedelta(minutes=minute) if start else None
        ends_at = start + timedelta(minutes=end) if start else None
        slots.append(
            Slot(
                item=item,
                start=minute,
                end=end,
                starts_at=starts_at,
                ends_at=ends_at,
                over=end > session.duration_minutes,
                next_day=bool(start and ends_at and ends_at.date() > start.date()),
            )
        )
        minute = end
    return Schedule(tuple(slots), minute, session.duration_minutes)


def clock(moment: datetime | None) -> str:
    """A time of day as the agenda shows it ("19:30"), or "–" when there is none."""
    return moment.strftime("%H:%M") if moment else "–"


@dataclass(frozen=True, slots=True)
class Material:
    """Something to pack: its text as the work form writes it, how many when the work form
    says "per deelnemer" (counted from the expected participants), and for which items."""

    key: str  # folded text: ticking it off keeps across sessions of the same material
    text: str
    amount: int | None
    items: tuple[str, ...]  # titles of the agenda items that need it


# "1 per deelnemer", "één per persoon", "2 stiften per deelnemer": a number, then per person.
_PER_PERSON = re.compile(
    r"\b(\d+|een|één|twee|drie)\b[^,;.]{0,30}?\b(per|voor elke|voor iedere)\s+"
    r"(deelnemer|persoon|bewoner)\b",
    re.I,
)


def materials(
    items: Sequence[AgendaItem], instruments: Mapping[str, Instrument], participants: int
) -> list[Material]:
    """Everything the work forms of the items ask for, once each, in the order of the
    agenda. "Stiften (1 per deelnemer)" with 24 expected participants gives 24."""
    found: dict[str, Material] = {}
    for item in sorted(items, key=lambda i: i.position):
        instrument = instruments.get(item.instrument_id or "")
        if instrument is None:
            continue
        for text in split_materials(instrument.materials):
            key = fold_material(text)
            amount = participants if participants and _PER_PERSON.search(text) else None
            known = found.get(key)
            if known is None:
                found[key] = Material(key, text, amount, (item.title,))
            elif item.title not in known.items:
                found[key] = Material(key, known.text, known.amount, (*known.items, item.title))
    return list(found.values())


def split_materials(text: str) -> list[str]:
    """A work form's materials, one thing each: split at commas, semicolons, line breaks
    and full stops ending a sentence, never inside brackets ("stiften (rood, groen)" is
    one)."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for n, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        sentence_end = char == "." and text[n + 1 : n + 2] in (" ", "\n")
        if (char in ",;\n" or sentence_end) and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    cleaned = []
    for part in parts:
        part = " ".join(part.split()).strip(" .")
        if part:
            cleaned.append(part[0].upper() + part[1:])
    return cleaned


def fold_material(text: str) -> str:
    return " ".join(text.casefold().split())
