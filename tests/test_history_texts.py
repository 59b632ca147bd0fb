"""Roadmap history entries put into words in the reader's language, without Qt."""

from __future__ import annotations

from datetime import UTC, datetime

from sec_workshop.domain.process import RoadmapChange
from sec_workshop.history_texts import TEXTS, change_text, entry_text

AT = datetime(2026, 11, 30, 19, 30, tzinfo=UTC)


def test_an_entry_from_before_codes_is_shown_as_stored() -> None:
    old = RoadmapChange(model_id="m", at=AT, summary="Stap 'Wa' bijgewerkt")
    assert change_text(old, "nl") == change_text(old, "en") == "Stap 'Wa' bijgewerkt"


def test_a_code_of_a_newer_version_shows_its_stored_dutch_words() -> None:
    newer = RoadmapChange(model_id="m", at=AT, summary="Iets nieuws", code="step.painted")
    assert change_text(newer, "en") == "Iets nieuws"


def test_many_steps_are_named_up_to_three_and_counted_beyond() -> None:
    params = {"titles": ["A", "B", "C"], "more": 4}
    assert entry_text("steps.deleted", params, "nl") == "Verwijderd: 'A', 'B', 'C' en nog 4"
    assert entry_text("steps.moved", params, "en") == "Moved: 'A', 'B', 'C' and 4 more"
    assert entry_text("steps.moved", {"titles": ["A"], "more": 0}, "en") == "Moved: 'A'"


def test_fields_are_listed_in_a_fixed_order_and_unknown_ones_left_out() -> None:
    params = {"title": "X", "fields": ["tips", "teleport", "title", "start_date"]}
    assert entry_text("step.updated", params, "nl") == (
        "Stap 'X' bijgewerkt: titel, startdatum en tips"
    )
    assert entry_text("step.updated", params, "en") == (
        "Step 'X' updated: title, start date and tips"
    )


def test_names_go_in_as_typed_and_missing_ones_as_a_question_mark() -> None:
    typed = "{title} <b>Vet</b> & 'co'"
    assert entry_text("step.added", {"title": typed}, "nl") == f"Stap '{typed}' toegevoegd"
    assert entry_text("session.linked", {"name": "Avond"}, "en") == (
        "Session 'Avond' linked to '?'"
    )
    assert entry_text("step.status", {"title": "X", "before": "weird", "after": 3}, "en") == (
        "Status of 'X': weird → 3"
    )


def test_every_text_has_both_languages() -> None:
    for code, (dutch, english) in TEXTS.items():
        assert dutch and english and dutch != english, code


def test_an_undo_or_redo_names_the_adaptation_in_the_readers_language() -> None:
    spell = {"code": "step.updated", "params": {"title": "X", "id": "s", "fields": ["title"]}}
    assert entry_text("edit.undone", spell, "nl") == "Ongedaan gemaakt: Stap 'X' bijgewerkt: titel"
    assert entry_text("edit.redone", spell, "en") == "Redone: Step 'X' updated: title"
    status = {"code": "step.status", "params": {"title": "X", "before": "planned", "after": "done"}}
    assert entry_text("edit.undone", status, "en") == "Undone: Status of 'X': planned → done"
    stored = RoadmapChange(model_id="m", at=AT, summary="Ongedaan gemaakt", code="edit.undone")
    assert change_text(stored, "en") == "Undone: ?"  # params lost: still readable
    nested = {"code": "edit.undone", "params": spell}
    assert entry_text("edit.redone", nested, "nl") == "Opnieuw gedaan: ?"
