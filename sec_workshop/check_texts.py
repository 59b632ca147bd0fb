"""Dutch and English words for the findings of the roadmap's check
(``sec_workshop.domain.roadmap_check``), for the window and the command line.

A finding carries titles and ISO dates as parameters; they are put in as they were typed, and
dates are written out ("3 maart 2026"). No Qt here, and no markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sec_workshop import labels
from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.roadmap_check import Finding, FindingKind, Severity

TEXTS: Mapping[FindingKind, tuple[str, str]] = {
    FindingKind.STARTED_BEFORE_BASE: (
        "'{title}' is {status}, maar '{base}', waarop deze stap voortbouwt, is {base_status}.",
        "'{title}' is {status}, but '{base}', which it builds on, is {base_status}.",
    ),
    FindingKind.ENDS_BEFORE_BASE_STARTS: (
        "'{title}' bouwt voort op '{base}', maar moet al klaar zijn op {due}, vóór '{base}' "
        "begint ({base_start}).",
        "'{title}' builds on '{base}', but is due on {due}, before '{base}' starts ({base_start}).",
    ),
    FindingKind.ENDS_BEFORE_BASE_ENDS: (
        "'{title}' bouwt voort op '{base}', maar moet al klaar zijn op {due}, eerder dan "
        "'{base}' ({base_due}).",
        "'{title}' builds on '{base}', but is due on {due}, earlier than '{base}' ({base_due}).",
    ),
    FindingKind.SESSION_OUTSIDE_STEP: (
        "Sessie '{session}' ({date}) hoort bij '{title}', maar valt {side} de periode van "
        "die stap ({period}).",
        "Session '{session}' ({date}) serves '{title}', but falls {side} that step's period "
        "({period}).",
    ),
    FindingKind.DECISION_ON_DONE_STEP: (
        "Besluit '{decision}' van sessie '{session}' ({date}) gaat over '{title}', die al op "
        "{due} klaar was.",
        "Decision '{decision}' of session '{session}' ({date}) is about '{title}', which was "
        "already done on {due}.",
    ),
    FindingKind.TOO_MANY_DOTS: (
        "Stemronde '{round}' op bord '{board}' ({session}) telt {dots}; {voters} met elk "
        "{per_voter} {give} er hooguit {allowed}.",
        "Vote round '{round}' on board '{board}' ({session}) counts {dots}; {voters} with "
        "{per_voter} each {give} at most {allowed}.",
    ),
    FindingKind.OVERDUE: (
        "'{title}' had op {due} klaar moeten zijn en is dat nog niet.",
        "'{title}' was due on {due} and is not done yet.",
    ),
}

SIDE: Mapping[str, tuple[str, str]] = {"before": ("vóór", "before"), "after": ("na", "after")}
GIVE = ("geven", "give")
# Counted words, one and more: "1 stip", "3 stippen".
COUNTED: Mapping[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "dots": (("stip", "dot"), ("stippen", "dots")),
    "per_voter": (("stip", "dot"), ("stippen", "dots")),
    "voters": (("deelnemer", "participant"), ("deelnemers", "participants")),
}
SEVERITY: Mapping[Severity, tuple[str, str]] = {
    Severity.PROBLEM: ("Klopt niet", "Inconsistent"),
    Severity.REMINDER: ("Herinnering", "Reminder"),
}
# A title longer than this is cut with "…" inside a finding (a decision can be a paragraph).
QUOTED_MAX = 80


def finding_text(finding: Finding, lang: str | None = None) -> str:
    """The finding as one sentence in ``lang`` (the window's language when not given)."""
    params = finding.params
    values: dict[str, str] = {key: _quoted(value) for key, value in params.items()}
    for key in ("date", "due", "start", "base_start", "base_due"):
        values[key] = _day(params.get(key), lang)
    for key in ("status", "base_status"):
        if key in params:
            values[key] = _status(params[key], lang)
    values["side"] = labels.pick(SIDE.get(str(params.get("side")), SIDE["after"]), lang)
    for key, (one, many) in COUNTED.items():
        if key in params:
            count = params[key]
            values[key] = f"{count} {labels.pick(one if count == 1 else many, lang)}"
    values["give"] = labels.pick(("geeft", "gives") if params.get("voters") == 1 else GIVE, lang)
    values["period"] = _period(params, lang)
    return labels.pick(TEXTS[finding.kind], lang).format_map(_Missing(values))


def severity_text(severity: Severity, lang: str | None = None) -> str:
    return labels.pick(SEVERITY[severity], lang)


def count_text(findings: tuple[Finding, ...] | list[Finding], lang: str | None = None) -> str:
    """ "2 punten om te controleren, 1 herinnering", or "Routekaart klopt" when there is
    nothing."""
    problems = sum(1 for f in findings if f.severity == Severity.PROBLEM)
    reminders = len(findings) - problems
    en = labels.chosen(lang) == "en"
    if not findings:
        return "Roadmap checks out" if en else "Routekaart klopt"
    parts = []
    if problems:
        parts.append(
            (f"{problems} point{'s' if problems != 1 else ''} to check")
            if en
            else f"{problems} {'punt' if problems == 1 else 'punten'} om te controleren"
        )
    if reminders:
        parts.append(
            (f"{reminders} reminder{'s' if reminders != 1 else ''}")
            if en
            else f"{reminders} {'herinnering' if reminders == 1 else 'herinneringen'}"
        )
    return ", ".join(parts)


def _period(params: Mapping[str, Any], lang: str | None) -> str:
    start, due = params.get("start"), params.get("due")
    if start and due:
        return f"{_day(start, lang)} – {_day(due, lang)}"
    if start:
        return ("from " if labels.chosen(lang) == "en" else "vanaf ") + _day(start, lang)
    return ("until " if labels.chosen(lang) == "en" else "tot ") + _day(due, lang)


def _day(value: object, lang: str | None) -> str:
    if not isinstance(value, str) or not value:
        return "?"
    try:
        return labels.day_text(date.fromisoformat(value), lang)
    except ValueError:
        return value


def _status(value: object, lang: str | None) -> str:
    try:
        return labels.step_status(StepStatus(str(value)), lang).lower()
    except ValueError:
        return str(value)


def _quoted(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= QUOTED_MAX else text[: QUOTED_MAX - 1].rstrip() + "…"


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"
