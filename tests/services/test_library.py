"""The shipped library in the reader's language: catalogues, and instruments as long as they
are as shipped."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from sec_workshop import labels
from sec_workshop.domain.process import Instrument
from sec_workshop.services.workspace import Workspace
from sec_workshop.storage import store


@pytest.fixture(autouse=True)
def _dutch_after() -> Iterator[None]:
    yield
    labels.set_language("nl")


def test_catalogues_follow_the_language_asked_for(workspace: Workspace) -> None:
    library = workspace.library
    assert library.stakeholder_type_names("nl")["gemeente"] == "Gemeente"
    assert library.stakeholder_type_names("en")["gemeente"] == "Municipality"
    ladder = {step.level.value: step.name for step in library.participation_ladder("en")}
    assert ladder["codecide"] == "Co-decide"
    assert library.board_template("koppelkansen", "en").zones[0].title == "Poverty and debt"
    assert library.board_template("koppelkansen", "nl").zones[0].title == "Armoede en schulden"
    assert library.board_template("no-such-template", "en").name == "Empty board"


def test_without_a_language_the_window_language_is_used(workspace: Workspace) -> None:
    library = workspace.library
    assert library.stakeholder_type_names()["huurder"] == "Huurders"
    labels.set_language("en")
    assert library.stakeholder_type_names()["huurder"] == "Tenants"
    assert {t.name for t in library.board_templates()} >= {"Empty board", "Resident journey"}
    assert library.stakeholder_type_names("nl")["huurder"] == "Huurders"


def test_shipped_instruments_read_in_english_until_the_user_changes_them(
    workspace: Workspace,
) -> None:
    library = workspace.library
    dutch = {i.builtin_key: i for i in library.instruments("nl")}
    english = {i.builtin_key: i for i in library.instruments("en")}
    assert dutch["stippenstemmen"].name == "Stippenstemmen"
    assert english["stippenstemmen"].name == "Dot voting"
    assert english["stippenstemmen"].id == dutch["stippenstemmen"].id
    assert english["stippenstemmen"].duration_minutes == dutch["stippenstemmen"].duration_minutes
    names = [i.name for i in library.instruments("en")]
    assert names == sorted(names, key=str.casefold)

    # A text the user wrote is theirs: it stays as written, the rest still follows the reader.
    own = dataclasses.replace(dutch["stippenstemmen"], purpose="Onze eigen uitleg.")
    with workspace.library._db.write() as conn:
        store.update_records(conn, [own], ["purpose"])
    again = {i.builtin_key: i for i in library.instruments("en")}["stippenstemmen"]
    assert again.purpose == "Onze eigen uitleg."
    assert again.name == "Dot voting"


def test_an_instrument_of_the_user_is_never_translated(workspace: Workspace) -> None:
    mine = Instrument(name="Buurtbarbecue", purpose="Samen eten.")
    with workspace.library._db.write() as conn:
        store.insert_records(conn, [mine])
    shown = {i.id: i for i in workspace.library.instruments("en")}
    assert shown[mine.id].name == "Buurtbarbecue"
