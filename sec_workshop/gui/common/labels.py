"""The domain's fixed vocabularies in the window's language.

The words themselves live in ``sec_workshop.labels`` (no Qt), where the PDF reports find
them too; ``i18n.install`` sets the language they follow.
"""

from __future__ import annotations

from sec_workshop import labels as shared
from sec_workshop.domain.enums import (
    Attitude,
    NoteColor,
    ParticipationLevel,
    Route,
    SessionStatus,
    StepStatus,
)

STEP_STATUS_MARK = shared.STEP_STATUS_MARK
STEP_STATUS_COLOR = shared.STEP_STATUS_COLOR


def step_status(status: StepStatus) -> str:
    return shared.step_status(status)


def session_status(status: SessionStatus) -> str:
    return shared.session_status(status)


def attitude(value: Attitude) -> str:
    return shared.attitude(value)


def participation(level: ParticipationLevel) -> str:
    return shared.participation(level)


def quadrant(key: str) -> str:
    return shared.quadrant(key)


def quadrant_group(key: str) -> str:
    return shared.quadrant_group(key)


def quadrant_advice(key: str) -> str:
    return shared.quadrant_advice(key)


ATTITUDE_COLOR = shared.ATTITUDE_COLOR


def route(value: Route) -> str:
    return shared.route(value)


def note_color(value: NoteColor) -> str:
    return shared.note_color(value)


def koppelkansen(tags: tuple[str, ...] | list[str]) -> str:
    return shared.koppelkansen(tags)
