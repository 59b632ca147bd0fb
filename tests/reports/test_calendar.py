"""A session for calendars and e-mail: the .ics a calendar program reads back with the
right local time in summer and winter, and the agenda text people get in their mail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.enums import SessionStatus
from sec_workshop.domain.session import AgendaItem, Session
from sec_workshop.messages import describe
from sec_workshop.reports.calendar import agenda_text, escape_text, fold, long_date, session_ics

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
STAMP = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _session(starts_at: datetime | None, **fields: object) -> Session:
    values: dict[str, object] = {
        "wijk_id": "w1",
        "title": "Bewonersavond warmte",
        "starts_at": starts_at,
        "duration_minutes": 120,
        "location": "Buurthuis De Zwaluw, Zwaluwplein 4",
        "goal": "Samen kiezen",
        "facilitator_notes": "Let op meneer Jansen",
    }
    values.update(fields)
    return Session(**values)  # type: ignore[arg-type]


def _items(session: Session) -> list[AgendaItem]:
    return [
        AgendaItem(
            session_id=session.id,
            position=0,
            title="Welkom en kennismaken",
            duration_minutes=15,
            description="Koffie; thee, en koek",
            notes="GEHEIM: Wethouder komt later",
        ),
        AgendaItem(session_id=session.id, position=2, title="Koffie", is_break=True),
        AgendaItem(
            session_id=session.id,
            position=1,
            title="Warmtestrategieën aan tafels",
            duration_minutes=45,
            description="Per tafel één strategie.\nDaarna stippen plakken.",
            facilitator="Lotte",
            notes="Tafelvoorzitters vooraf briefen",
        ),
        AgendaItem(session_id=session.id, position=3, title="Afsluiting", duration_minutes=0),
    ]


def _event(data: bytes) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event: icalendar.Event = events[0]
    return event


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        (datetime(2026, 7, 14, 19, 30), datetime(2026, 7, 14, 17, 30, tzinfo=UTC)),  # CEST
        (datetime(2026, 12, 8, 19, 30), datetime(2026, 12, 8, 18, 30, tzinfo=UTC)),  # CET
        # The nights the clock changes: after 02:00 in spring, after 03:00 in autumn.
        (datetime(2026, 3, 29, 10, 0), datetime(2026, 3, 29, 8, 0, tzinfo=UTC)),
        (datetime(2026, 10, 25, 10, 0), datetime(2026, 10, 25, 9, 0, tzinfo=UTC)),
        (datetime(2027, 3, 27, 10, 0), datetime(2027, 3, 27, 9, 0, tzinfo=UTC)),
    ],
)
def test_the_event_is_at_the_local_time_of_the_hall(local: datetime, utc: datetime) -> None:
    session = _session(local)
    data = session_ics(session, _items(session), "Vogelwijk-Oost", now=STAMP)
    event = _event(data)
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    assert start.astimezone(UTC) == utc
    assert start.astimezone(UTC) == local.replace(tzinfo=AMSTERDAM).astimezone(UTC)
    assert end - start == timedelta(minutes=120)
    assert b"DTSTART;TZID=Europe/Amsterdam:" in data
    # The time zone is in the file itself, with the EU rules.
    calendar = icalendar.Calendar.from_ical(data)
    zones = list(calendar.walk("VTIMEZONE"))
    assert [str(z["TZID"]) for z in zones] == ["Europe/Amsterdam"]
    assert b"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" in data
    assert b"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU" in data
    # The zone in the file alone (not the machine's tz data) gives the same moment.
    zone = zones[0].to_tz()
    assert local.replace(tzinfo=zone).astimezone(UTC) == utc


def test_uid_stamp_and_texts() -> None:
    session = _session(
        datetime(2026, 12, 8, 19, 30),
        title="Avond; warmte, en\\of koude",
        location="Zaal 2, Buurthuis; achteringang",
    )
    data = session_ics(session, _items(session), "Vogelwijk-Oost", now=STAMP)
    event = _event(data)
    assert str(event["UID"]) == f"{session.id}@sec-workshop"
    assert _event(session_ics(session, [], "X", now=datetime.now(UTC)))["UID"] == event["UID"]
    assert event.decoded("DTSTAMP") == STAMP
    assert b"DTSTAMP:20261102T090000Z" in data
    assert str(event["SUMMARY"]) == "Avond; warmte, en\\of koude (Vogelwijk-Oost)"
    assert str(event["LOCATION"]) == "Zaal 2, Buurthuis; achteringang"
    assert b"LOCATION:Zaal 2\\, Buurthuis\\; achteringang" in data
    assert b"SUMMARY:Avond\\; warmte\\, en\\\\of koude (Vogelwijk-Oost)" in data
    description = str(event["DESCRIPTION"])
    assert description == agenda_text(session, _items(session))
    assert "Koffie; thee, en koek" in description  # newlines, commas and semicolons back
    assert "Daarna stippen plakken." in description
    for secret in ("GEHEIM", "Tafelvoorzitters", "meneer Jansen"):
        assert secret not in description and secret.encode() not in data
    assert str(event["STATUS"]) == "CONFIRMED"


def test_lines_end_in_crlf_and_are_folded_at_75_octets() -> None:
    session = _session(
        datetime(2026, 12, 8, 19, 30),
        goal="Warmtestrategieën — één voor één — " * 12,
    )
    data = session_ics(session, _items(session), "Vogelwijk-Oost", now=STAMP)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # folded ones continue with a space
    for line in lines:
        line.decode("utf-8")  # never a character cut in two
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    assert "één voor één" in unfolded
    assert str(_event(data)["DESCRIPTION"]).count("één voor één") == 12


def test_fold_and_escape() -> None:
    assert list(fold("A" * 75)) == ["A" * 75]
    assert list(fold("A" * 76)) == ["A" * 75, " A"]
    pieces = list(fold("é" * 80))  # two octets each
    assert all(len(p.encode()) <= 75 for p in pieces)
    assert "".join(p.removeprefix(" ") for p in pieces) == "é" * 80
    assert escape_text("a\\b;c,d\r\ne\rf\ng\x07") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"


def test_a_session_without_a_date_is_refused_in_dutch() -> None:
    session = _session(None)
    with pytest.raises(DomainError) as raised:
        session_ics(session, [], "Vogelwijk-Oost")
    assert raised.value.code == "session.no_start"
    message = describe(raised.value, "nl")
    assert "Bewonersavond warmte" in message and "datum" in message
    assert "date" in describe(raised.value, "en")


def test_a_cancelled_session_says_so() -> None:
    session = _session(datetime(2026, 12, 8, 19, 30), status=SessionStatus.CANCELLED)
    assert str(_event(session_ics(session, [], "W", now=STAMP))["STATUS"]) == "CANCELLED"


def test_agenda_text_in_dutch() -> None:
    session = _session(datetime(2026, 12, 8, 19, 30))
    text = agenda_text(session, _items(session))
    assert text.splitlines() == [
        "Bewonersavond warmte",
        "",
        "Datum:  dinsdag 8 december 2026",
        "Tijd:   19:30–21:30",
        "Plaats: Buurthuis De Zwaluw, Zwaluwplein 4",
        "Doel:   Samen kiezen",
        "",
        "Programma",
        "19:30  Welkom en kennismaken (15 min)",
        "       Koffie; thee, en koek",
        "19:45  Warmtestrategieën aan tafels (45 min)",
        "       Per tafel één strategie.",
        "       Daarna stippen plakken.",
        "20:30  Pauze: Koffie (10 min)",
        "20:40  Afsluiting",
    ]
    for secret in ("GEHEIM", "Tafelvoorzitters", "meneer Jansen", "Lotte"):
        assert secret not in text


def test_agenda_text_in_english_and_a_break_named_break() -> None:
    session = _session(datetime(2026, 7, 14, 14, 0), goal="")
    items = [
        AgendaItem(session_id=session.id, position=0, title="Pauze", is_break=True),
        AgendaItem(session_id=session.id, position=1, title="Walk", duration_minutes=60),
    ]
    lines = agenda_text(session, items, "en").splitlines()
    assert lines[2:5] == [
        "Date:  Tuesday 14 July 2026",
        "Time:  14:00–16:00",
        "Place: " + session.location,
    ]
    assert "14:00  Break (10 min)" in lines
    assert "14:10  Walk (60 min)" in lines
    assert not any(line.startswith("Goal") for line in lines)


def test_past_midnight_the_clock_starts_again() -> None:
    session = _session(datetime(2026, 12, 31, 23, 30), duration_minutes=90)
    items = [
        AgendaItem(session_id=session.id, position=0, title="Oudjaarsborrel", duration_minutes=45),
        AgendaItem(session_id=session.id, position=1, title="Vuurwerk kijken", duration_minutes=30),
    ]
    lines = agenda_text(session, items).splitlines()
    assert "Tijd:   23:30–01:00 (volgende dag)" in lines
    assert "23:30  Oudjaarsborrel (45 min)" in lines
    assert "00:15  Vuurwerk kijken (30 min)" in lines
    event = _event(session_ics(session, items, "W", now=STAMP))
    assert event.decoded("DTEND").date().isoformat() == "2027-01-01"


def test_without_a_date_the_text_says_so() -> None:
    session = _session(None)
    lines = agenda_text(session, _items(session)).splitlines()
    assert "Datum:  nog niet bekend" in lines
    assert "–      Welkom en kennismaken (15 min)" in lines


def test_long_dates_need_no_locale() -> None:
    assert long_date(datetime(2026, 12, 8)) == "dinsdag 8 december 2026"
    assert long_date(datetime(2027, 3, 1), "en") == "Monday 1 March 2027"
