"""A session for the participants' calendars and mail: an iCalendar event (RFC 5545) with
the time zone of the hall, and the agenda as plain text for an e-mail.

Both show what the participants may read: the title, date, time, place, goal and the agenda
items with their texts for the participants; never the facilitators' notes. Day and month
names are written out here, so the text does not depend on the machine's locale.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta

from sec_workshop.domain.agenda import clock, schedule
from sec_workshop.domain.base import ValidationError
from sec_workshop.domain.enums import SessionStatus
from sec_workshop.domain.session import AgendaItem, Session

TZID = "Europe/Amsterdam"
PRODID = "-//SEC Workshop//Sessie//NL"
LINE_OCTETS = 75  # RFC 5545 3.1: lines longer than this are folded
INDENT = " " * 7  # under the title of an agenda line, past "19:30  "

# The rules of the hall's clock since 1996: summer time from the last Sunday of March
# 02:00 to the last Sunday of October 03:00.
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)

DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
WORDS: dict[str, tuple[str, str]] = {
    "date": ("Datum", "Date"),
    "time": ("Tijd", "Time"),
    "place": ("Plaats", "Place"),
    "goal": ("Doel", "Goal"),
    "programme": ("Programma", "Programme"),
    "no_date": ("nog niet bekend", "not yet known"),
    "break": ("Pauze", "Break"),
    "minutes": ("min", "min"),
    "next_day": ("volgende dag", "next day"),
}


def session_ics(
    session: Session,
    items: Sequence[AgendaItem],
    wijk_name: str,
    lang: str = "nl",
    *,
    now: datetime | None = None,
) -> bytes:
    """One VEVENT for the session, in UTF-8 with CRLF line ends and lines folded at 75
    octets. The same session always has the same UID, so that a calendar that imports a
    changed session again updates the one it has. ``now`` is the DTSTAMP (default: now)."""
    start = session.starts_at
    if start is None:
        raise ValidationError("session.no_start", title=session.title)
    start = start.replace(tzinfo=None)  # the hall's wall clock
    end = start + timedelta(minutes=session.duration_minutes)
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    title = session.title.strip()
    if wijk_name.strip() and wijk_name.strip().casefold() not in title.casefold():
        title = f"{title} ({wijk_name.strip()})"
    event = [
        "BEGIN:VEVENT",
        f"UID:{session.id}@sec-workshop",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART;TZID={TZID}:{_local(start)}",
        f"DTEND;TZID={TZID}:{_local(end)}",
        f"SUMMARY:{escape_text(title)}",
    ]
    if session.location.strip():
        event.append(f"LOCATION:{escape_text(session.location.strip())}")
    event.append(f"DESCRIPTION:{escape_text(agenda_text(session, items, lang))}")
    event.append(f"STATUS:{_STATUS[session.status]}")
    event.append("TRANSP:OPAQUE")
    event.append("END:VEVENT")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *VTIMEZONE,
        *event,
        "END:VCALENDAR",
    ]
    return "".join(f"{folded}\r\n" for line in lines for folded in fold(line)).encode("utf-8")


_STATUS = {
    SessionStatus.DRAFT: "TENTATIVE",
    SessionStatus.PLANNED: "CONFIRMED",
    SessionStatus.HELD: "CONFIRMED",
    SessionStatus.CANCELLED: "CANCELLED",
}


def agenda_text(session: Session, items: Sequence[AgendaItem], lang: str = "nl") -> str:
    """The agenda for an e-mail to the participants:

    title, date, time, place and goal, then one line per item ("19:30  Welkom (15 min)")
    with its text for the participants indented below it. Breaks read "Pauze"."""
    words = _words(lang)
    plan = schedule(session, items)
    lines = [session.title.strip(), ""]
    start = session.starts_at
    facts: list[tuple[str, str]] = []
    if start is None:
        facts.append((words["date"], words["no_date"]))
    else:
        end = start + timedelta(minutes=session.duration_minutes)
        span = f"{clock(start)}–{clock(end)}"
        if end.date() > start.date():
            span += f" ({words['next_day']})"
        facts += [(words["date"], long_date(start, lang)), (words["time"], span)]
    if session.location.strip():
        facts.append((words["place"], session.location.strip()))
    if session.goal.strip():
        facts.append((words["goal"], session.goal.strip()))
    width = max(len(label) for label, _value in facts) + 2
    for label, value in facts:
        first, *rest = value.splitlines() or [""]
        lines.append(f"{label}:".ljust(width) + first)
        lines.extend(" " * width + more for more in rest if more.strip())
    if plan.slots:
        lines += ["", words["programme"]]
    for slot in plan.slots:
        item = slot.item
        name = item.title.strip()
        if item.is_break:
            pause = words["break"]
            name = pause if name.casefold() in _BREAK_WORDS else f"{pause}: {name}"
        if item.duration_minutes:
            name += f" ({item.duration_minutes} {words['minutes']})"
        when = clock(slot.starts_at) if slot.starts_at else "–"
        lines.append(f"{when:<5}  {name}")
        lines.extend(INDENT + text for text in _paragraph_lines(item.description))
    return "\n".join(lines) + "\n"


_BREAK_WORDS = frozenset({"pauze", "break", ""})


def long_date(moment: datetime, lang: str = "nl") -> str:
    """ "dinsdag 8 december 2026" (Dutch) or "Tuesday 8 December 2026" (English)."""
    lang = "en" if lang == "en" else "nl"
    day = DAYS[lang][moment.weekday()]
    month = MONTHS[lang][moment.month - 1]
    return f"{day} {moment.day} {month} {moment.year}"


def escape_text(text: str) -> str:
    """A TEXT value of RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks
    as ``\\n``; other control characters (which TEXT may not hold) left out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char in ";,":
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t" or (ord(char) >= 0x20 and ord(char) != 0x7F):
            out.append(char)
    return "".join(out)


def fold(line: str) -> Iterator[str]:
    """A content line in pieces of at most 75 octets (UTF-8), each after the first starting
    with the space that marks it as a continuation; a character is never split."""
    piece: list[str] = []
    size = 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > LINE_OCTETS:
            yield "".join(piece)
            piece, size = [" "], 1
        piece.append(char)
        size += octets
    yield "".join(piece)


def _paragraph_lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip().splitlines() if line.strip()]


def _words(lang: str) -> dict[str, str]:
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in WORDS.items()}


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _utc(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")
