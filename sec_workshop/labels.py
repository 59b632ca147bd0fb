"""Dutch and English names for the domain's fixed vocabularies (status, route, colour,
attitude, participation, quadrant, koppelkans themes), shared by the window and the reports.

No Qt here: the PDF reports and the command line show the same words as the window.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sec_workshop.domain.enums import (
    Attitude,
    KoppelkansStatus,
    NoteColor,
    ParticipationLevel,
    Route,
    SessionStatus,
    StepStatus,
)

LANGUAGES = ("nl", "en")
DEFAULT = "nl"

# The window's language. Qt's translators are process-wide too, and shipped catalogues read
# through services that the window's parts call without a language follow this; reports and
# the command line pass their language explicitly.
_language = DEFAULT


def set_language(lang: str) -> str:
    """Make ``lang`` the language of texts asked for without one; returns the language used."""
    global _language
    _language = lang if lang in LANGUAGES else DEFAULT
    return _language


def language() -> str:
    return _language


def chosen(lang: str | None) -> str:
    """``lang`` when it is one of ours, else the current language."""
    return lang if lang in LANGUAGES else _language


def pick(texts: tuple[str, str], lang: str | None = None) -> str:
    """The Dutch or English text of a ``(nl, en)`` pair."""
    return texts[1] if chosen(lang) == "en" else texts[0]


STEP_STATUS: Mapping[StepStatus, tuple[str, str]] = {
    StepStatus.PLANNED: ("Gepland", "Planned"),
    StepStatus.IN_PROGRESS: ("Bezig", "In progress"),
    StepStatus.DONE: ("Klaar", "Done"),
    StepStatus.ON_HOLD: ("Gepauzeerd", "On hold"),
    StepStatus.SKIPPED: ("Overgeslagen", "Skipped"),
}

# A mark and a colour that say the status without reading (cards, legends, printed roadmaps).
STEP_STATUS_MARK: Mapping[StepStatus, str] = {
    StepStatus.PLANNED: "○",
    StepStatus.IN_PROGRESS: "◐",
    StepStatus.DONE: "●",
    StepStatus.ON_HOLD: "‖",
    StepStatus.SKIPPED: "–",
}

STEP_STATUS_COLOR: Mapping[StepStatus, str] = {
    StepStatus.PLANNED: "#607D8B",
    StepStatus.IN_PROGRESS: "#E65100",
    StepStatus.DONE: "#2E7D32",
    StepStatus.ON_HOLD: "#8E24AA",
    StepStatus.SKIPPED: "#9E9E9E",
}

SESSION_STATUS: Mapping[SessionStatus, tuple[str, str]] = {
    SessionStatus.DRAFT: ("Concept", "Draft"),
    SessionStatus.PLANNED: ("Gepland", "Planned"),
    SessionStatus.HELD: ("Gehouden", "Held"),
    SessionStatus.CANCELLED: ("Geannuleerd", "Cancelled"),
}

ATTITUDE: Mapping[Attitude, tuple[str, str]] = {
    Attitude.CHAMPION: ("Voortrekker", "Champion"),
    Attitude.SUPPORTIVE: ("Positief", "Supportive"),
    Attitude.NEUTRAL: ("Neutraal", "Neutral"),
    Attitude.CRITICAL: ("Kritisch", "Critical"),
    Attitude.OPPOSED: ("Tegen", "Opposed"),
    Attitude.UNKNOWN: ("Onbekend", "Unknown"),
}

PARTICIPATION: Mapping[ParticipationLevel, tuple[str, str]] = {
    ParticipationLevel.INFORM: ("Informeren", "Inform"),
    ParticipationLevel.CONSULT: ("Raadplegen", "Consult"),
    ParticipationLevel.ADVISE: ("Adviseren", "Advise"),
    ParticipationLevel.COPRODUCE: ("Coproduceren", "Co-produce"),
    ParticipationLevel.CODECIDE: ("Meebeslissen", "Co-decide"),
    ParticipationLevel.SELF_MANAGE: ("Zelfbeheer", "Self-manage"),
}

# The quadrants of the invloed-belangmatrix (influence/interest grid), by Stakeholder.quadrant.
QUADRANT: Mapping[str, tuple[str, str]] = {
    "key_player": ("Sleutelspeler", "Key player"),
    "context_setter": ("Contextbepaler", "Context setter"),
    "subject": ("Betrokkene", "Subject"),
    "crowd": ("Publiek", "Crowd"),
}

# The quadrants as the grid names them, and what each calls for from the coach.
QUADRANT_GROUP: Mapping[str, tuple[str, str]] = {
    "key_player": ("Sleutelspelers", "Key players"),
    "context_setter": ("Contextbepalers", "Context setters"),
    "subject": ("Betrokkenen", "Subjects"),
    "crowd": ("Publiek", "Crowd"),
}

QUADRANT_ADVICE: Mapping[str, tuple[str, str]] = {
    "key_player": (
        "Nauw betrekken: samen plannen en beslissen",
        "Manage closely: plan and decide together",
    ),
    "context_setter": (
        "Tevreden houden: tijdig raadplegen over wat hen raakt",
        "Keep satisfied: consult them in time on what affects them",
    ),
    "subject": (
        "Goed informeren en laten meedenken",
        "Keep informed and let them think along",
    ),
    "crowd": (
        "In de gaten houden: algemene informatie",
        "Monitor: general information",
    ),
}

# A colour per attitude, from green (champion) to red (opposed); grey when not known.
ATTITUDE_COLOR: Mapping[Attitude, str] = {
    Attitude.CHAMPION: "#2E7D32",
    Attitude.SUPPORTIVE: "#7CB342",
    Attitude.NEUTRAL: "#90A4AE",
    Attitude.CRITICAL: "#FB8C00",
    Attitude.OPPOSED: "#C62828",
    Attitude.UNKNOWN: "#BDBDBD",
}

ROUTE: Mapping[Route, tuple[str, str]] = {
    Route.SOCIAL: ("Sociale route", "Social route"),
    Route.TECHNICAL: ("Technisch-economische route", "Technical-economic route"),
    Route.PROCESS: ("Proces en governance", "Process and governance"),
    Route.KOPPELKANSEN: ("Koppelkansen", "Linking opportunities"),
    Route.OTHER: ("Overig", "Other"),
}

NOTE_COLOR: Mapping[NoteColor, tuple[str, str]] = {
    NoteColor.YELLOW: ("geel", "yellow"),
    NoteColor.PINK: ("roze", "pink"),
    NoteColor.BLUE: ("blauw", "blue"),
    NoteColor.GREEN: ("groen", "green"),
    NoteColor.ORANGE: ("oranje", "orange"),
    NoteColor.PURPLE: ("paars", "purple"),
}

# Liveability themes that a koppelkans links to (Platform31: poverty, unemployment, debt,
# loneliness, nuisance, insecurity, plus health and housing). A stakeholder's koppelkansen
# are free tags; a tag that names one of these themes is shown in the reader's language,
# any other tag as it was typed.
KOPPELKANS_THEME: Mapping[str, tuple[str, str]] = {
    "energiearmoede": ("energiearmoede", "energy poverty"),
    "armoede": ("armoede", "poverty"),
    "schulden": ("schulden", "debt"),
    "werkloosheid": ("werkloosheid", "unemployment"),
    "eenzaamheid": ("eenzaamheid", "loneliness"),
    "overlast": ("overlast", "nuisance"),
    "onveiligheid": ("onveiligheid", "insecurity"),
    "gezondheid": ("gezondheid", "health"),
    "wonen": ("wonen", "housing"),
    "leefbaarheid": ("leefbaarheid", "liveability"),
}


def step_status(value: StepStatus, lang: str | None = None) -> str:
    return pick(STEP_STATUS[value], lang)


def session_status(value: SessionStatus, lang: str | None = None) -> str:
    return pick(SESSION_STATUS[value], lang)


def attitude(value: Attitude, lang: str | None = None) -> str:
    return pick(ATTITUDE[value], lang)


def participation(value: ParticipationLevel, lang: str | None = None) -> str:
    return pick(PARTICIPATION[value], lang)


def quadrant(key: str, lang: str | None = None) -> str:
    return pick(QUADRANT[key], lang)


def quadrant_group(key: str, lang: str | None = None) -> str:
    return pick(QUADRANT_GROUP[key], lang)


def quadrant_advice(key: str, lang: str | None = None) -> str:
    return pick(QUADRANT_ADVICE[key], lang)


def route(value: Route, lang: str | None = None) -> str:
    return pick(ROUTE[value], lang)


def note_color(value: NoteColor, lang: str | None = None) -> str:
    return pick(NOTE_COLOR[value], lang)


def koppelkans(tag: str, lang: str | None = None) -> str:
    """A koppelkans tag in the reader's language when it names a known theme (in Dutch, as
    it was typed)."""
    theme = KOPPELKANS_THEME.get(tag.strip().casefold())
    return tag if theme is None or chosen(lang) == "nl" else pick(theme, lang)


def koppelkansen(tags: tuple[str, ...] | list[str], lang: str | None = None) -> str:
    return ", ".join(koppelkans(tag, lang) for tag in tags)


MONTHS: tuple[tuple[str, str], ...] = (
    ("januari", "January"),
    ("februari", "February"),
    ("maart", "March"),
    ("april", "April"),
    ("mei", "May"),
    ("juni", "June"),
    ("juli", "July"),
    ("augustus", "August"),
    ("september", "September"),
    ("oktober", "October"),
    ("november", "November"),
    ("december", "December"),
)


def day_text(day: date, lang: str | None = None) -> str:
    """ "8 december 2026" (Dutch) or "8 December 2026" (English)."""
    return f"{day.day} {pick(MONTHS[day.month - 1], lang)} {day.year}"


KOPPELKANS_STATUS: Mapping[KoppelkansStatus, tuple[str, str]] = {
    KoppelkansStatus.IDEA: ("Idee", "Idea"),
    KoppelkansStatus.EXPLORING: ("Verkennen", "Exploring"),
    KoppelkansStatus.AGREED: ("Afgesproken", "Agreed"),
    KoppelkansStatus.RUNNING: ("Loopt", "Running"),
    KoppelkansStatus.ACHIEVED: ("Doel bereikt", "Target reached"),
    KoppelkansStatus.STOPPED: ("Gestopt", "Stopped"),
}


def koppelkans_status(value: KoppelkansStatus, lang: str | None = None) -> str:
    return pick(KOPPELKANS_STATUS[value], lang)
