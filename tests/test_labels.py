"""The labels that the window and the reports share: both languages for every value, no Qt."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from enum import StrEnum

import pytest

from sec_workshop import labels
from sec_workshop.domain.enums import (
    Attitude,
    NoteColor,
    ParticipationLevel,
    Route,
    SessionStatus,
    StepStatus,
)


@pytest.fixture(autouse=True)
def _dutch_after() -> Iterator[None]:
    yield
    labels.set_language("nl")


@pytest.mark.parametrize(
    ("enum", "table"),
    [
        (StepStatus, labels.STEP_STATUS),
        (SessionStatus, labels.SESSION_STATUS),
        (Attitude, labels.ATTITUDE),
        (ParticipationLevel, labels.PARTICIPATION),
        (Route, labels.ROUTE),
        (NoteColor, labels.NOTE_COLOR),
    ],
)
def test_every_value_has_a_dutch_and_an_english_name(
    enum: type[StrEnum], table: dict[StrEnum, tuple[str, str]]
) -> None:
    assert set(table) == set(enum)
    for nl, en in table.values():
        assert nl.strip() and en.strip() and nl != en
    assert set(labels.STEP_STATUS_MARK) == set(labels.STEP_STATUS_COLOR) == set(StepStatus)


def test_the_language_is_asked_for_or_the_current_one() -> None:
    assert labels.step_status(StepStatus.DONE) == "Klaar"
    assert labels.step_status(StepStatus.DONE, "en") == "Done"
    assert labels.set_language("en") == "en"
    assert labels.route(Route.KOPPELKANSEN) == "Linking opportunities"
    assert labels.route(Route.KOPPELKANSEN, "nl") == "Koppelkansen"
    assert labels.set_language("fr") == "nl"  # an unknown language falls back to Dutch
    assert labels.quadrant("key_player") == "Sleutelspeler"


def test_koppelkans_themes_are_translated_and_free_tags_kept() -> None:
    tags = ("armoede", "Eenzaamheid", "speeltuin")
    assert labels.koppelkansen(tags, "en") == "poverty, loneliness, speeltuin"
    assert labels.koppelkansen(tags, "nl") == "armoede, Eenzaamheid, speeltuin"


def test_the_labels_load_without_qt() -> None:
    code = (
        "import sys, sec_workshop.labels; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_window_shows_the_same_words() -> None:
    from sec_workshop.gui.common import i18n
    from sec_workshop.gui.common import labels as shown

    i18n.install("en")
    try:
        assert shown.step_status(StepStatus.ON_HOLD) == "On hold"
        assert shown.note_color(NoteColor.PURPLE) == "purple"
    finally:
        i18n.install("nl")
    assert shown.step_status(StepStatus.ON_HOLD) == "Gepauzeerd"
    assert shown.koppelkansen(("schulden",)) == "schulden"
