"""The agenda's arithmetic: start times, running over, breaks, past midnight, no start time;
and the materials gathered from the work forms."""

from __future__ import annotations

from datetime import datetime

from sec_workshop.domain.agenda import clock, materials, schedule, split_materials
from sec_workshop.domain.process import Instrument
from sec_workshop.domain.session import AgendaItem, Session


def _session(start: datetime | None, minutes: int = 120) -> Session:
    return Session(wijk_id="w", title="Bewonersavond", starts_at=start, duration_minutes=minutes)


def _items(*durations: int, brk: int | None = None) -> list[AgendaItem]:
    return [
        AgendaItem(
            session_id="s",
            position=n,
            title=f"Punt {n + 1}" if n != brk else "Pauze",
            duration_minutes=d,
            is_break=n == brk,
        )
        for n, d in enumerate(durations)
    ]


def test_start_times_follow_from_the_session_start_in_position_order() -> None:
    items = _items(15, 45, 10, 30)
    shuffled = [items[2], items[0], items[3], items[1]]
    plan = schedule(_session(datetime(2026, 12, 8, 19, 30)), shuffled)
    assert [clock(s.starts_at) for s in plan.slots] == ["19:30", "19:45", "20:30", "20:40"]
    assert clock(plan.slots[-1].ends_at) == "21:10"
    assert (plan.total, plan.available, plan.over_by, plan.first_over) == (100, 120, 0, None)


def test_an_agenda_that_runs_over_is_marked_from_the_item_that_crosses_the_end() -> None:
    plan = schedule(_session(datetime(2026, 12, 8, 19, 30), 90), _items(30, 45, 30, 10))
    assert [s.over for s in plan.slots] == [False, False, True, True]
    assert (plan.first_over, plan.over_by) == (2, 25)


def test_an_item_longer_than_the_session_runs_over_by_itself() -> None:
    plan = schedule(_session(datetime(2026, 12, 8, 19, 30), 60), _items(90))
    assert plan.first_over == 0 and plan.over_by == 30


def test_breaks_count_in_the_time_and_are_told_apart() -> None:
    plan = schedule(_session(datetime(2026, 6, 1, 9, 0)), _items(40, 15, 40, brk=1))
    assert plan.breaks == 15 and plan.total == 95
    assert plan.slots[1].item.is_break and clock(plan.slots[2].starts_at) == "09:55"


def test_past_midnight_the_clock_turns_and_the_day_is_marked() -> None:
    plan = schedule(_session(datetime(2026, 12, 31, 23, 30)), _items(20, 25))
    assert [clock(s.starts_at) for s in plan.slots] == ["23:30", "23:50"]
    assert clock(plan.slots[1].ends_at) == "00:15"
    assert [s.next_day for s in plan.slots] == [False, True]


def test_without_a_start_time_there_are_minutes_but_no_clock() -> None:
    plan = schedule(_session(None), _items(15, 30))
    assert [(s.start, s.end) for s in plan.slots] == [(0, 15), (15, 45)]
    assert [clock(s.starts_at) for s in plan.slots] == ["–", "–"]


def test_materials_once_each_with_amounts_per_participant() -> None:
    safari = Instrument(
        name="Wijksafari",
        materials="Plattegrond met de route, stiften (1 per deelnemer), koffie in het buurthuis.",
    )
    dots = Instrument(name="Stippen plakken", materials="Stiften (1 per deelnemer); stickers")
    items = [
        AgendaItem(session_id="s", position=0, title="Safari", instrument_id=safari.id),
        AgendaItem(session_id="s", position=1, title="Stemmen", instrument_id=dots.id),
    ]
    found = materials(items, {safari.id: safari, dots.id: dots}, 24)
    assert [(m.text, m.amount) for m in found] == [
        ("Plattegrond met de route", None),
        ("Stiften (1 per deelnemer)", 24),
        ("Koffie in het buurthuis", None),
        ("Stickers", None),
    ]
    assert found[1].items == ("Safari", "Stemmen")


def test_materials_split_at_commas_but_not_inside_brackets() -> None:
    assert split_materials("Echte materialen (isolatieplaat, tochtstrip), koffie en thee") == [
        "Echte materialen (isolatieplaat, tochtstrip)",
        "Koffie en thee",
    ]
