"""Stakeholders: adding from the type catalogue, editing, placing on the matrix, deleting with
their links and undoing that, importing all or nothing, and forgetting a person so that the
database file keeps no copy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sec_workshop.domain.base import ValidationError
from sec_workshop.domain.enums import Attitude
from sec_workshop.domain.process import StepStakeholder
from sec_workshop.domain.session import SessionStakeholder
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.exchange.stakeholders_file import parse_stakeholders
from sec_workshop.messages import describe
from sec_workshop.services.maintenance import Reason
from sec_workshop.services.stakeholders import ImportRowError, personal_values
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def wijk_id(workspace: Workspace) -> str:
    return workspace.demo.add().wijk_id


def _linked(workspace: Workspace, wijk_id: str) -> Stakeholder:
    links = workspace.stakeholders.links(wijk_id)
    return next(
        p
        for p in workspace.stakeholders.list(wijk_id)
        if p.id in links and links[p.id].steps and links[p.id].sessions
    )


def test_a_new_stakeholder_of_a_type_brings_its_typical_texts(
    workspace: Workspace, wijk_id: str
) -> None:
    person = workspace.stakeholders.new(wijk_id, "netbeheerder", "Stedin")
    kind = next(t for t in workspace.library.stakeholder_types() if t.key == "netbeheerder")
    assert person.interests == kind.typical_interests and person.concerns == kind.typical_concerns
    assert (person.influence, person.interest) == (kind.influence, kind.interest)
    edit = workspace.stakeholders.add(person)
    assert workspace.stakeholders.get(person.id).name == "Stedin"
    workspace.stakeholders.replay(edit.inverted())
    assert person.id not in {p.id for p in workspace.stakeholders.list(wijk_id)}


def test_placing_changes_both_scores_in_one_edit_and_keeps_the_scale(
    workspace: Workspace, wijk_id: str
) -> None:
    person = workspace.stakeholders.list(wijk_id)[-1]
    edit = workspace.stakeholders.place(person.id, 9, 0)
    stored = workspace.stakeholders.get(person.id)
    assert (stored.influence, stored.interest) == (5, 1)
    assert len(edit.changes) == 1
    workspace.stakeholders.replay(edit.inverted())
    back = workspace.stakeholders.get(person.id)
    assert (back.influence, back.interest) == (person.influence, person.interest)
    assert not workspace.stakeholders.place(person.id, person.influence, person.interest)


def test_an_update_keeps_spaces_while_typing_and_refuses_a_bad_score(
    workspace: Workspace, wijk_id: str
) -> None:
    person = workspace.stakeholders.list(wijk_id)[0]
    workspace.stakeholders.update(replace(person, interests="Warmte voor "))
    assert workspace.stakeholders.get(person.id).interests == "Warmte voor "
    with pytest.raises(ValidationError):
        workspace.stakeholders.update(replace(person, influence=6))


def test_deleting_takes_the_links_along_and_undo_brings_them_back(
    workspace: Workspace, wijk_id: str
) -> None:
    person = _linked(workspace, wijk_id)
    before = workspace.stakeholders.links(wijk_id)[person.id]
    edit = workspace.stakeholders.delete([person.id])
    kinds = {type(b) for b, _a in edit.changes}
    assert {Stakeholder, StepStakeholder, SessionStakeholder} <= kinds
    assert person.id not in workspace.stakeholders.links(wijk_id)
    workspace.stakeholders.replay(edit.inverted())
    assert workspace.stakeholders.get(person.id) == person
    assert workspace.stakeholders.links(wijk_id)[person.id] == before
    workspace.stakeholders.replay(edit)  # redo
    assert person.id not in {p.id for p in workspace.stakeholders.list(wijk_id)}


def _sheet(workspace: Workspace, raw: str):  # type: ignore[no-untyped-def]
    return parse_stakeholders(raw.encode(), workspace.library.stakeholder_type_lookup())


def test_an_import_adds_new_names_and_updates_known_ones_in_one_edit(
    workspace: Workspace, wijk_id: str
) -> None:
    known = workspace.stakeholders.list(wijk_id)[0]
    count = len(workspace.stakeholders.list(wijk_id))
    sheet = _sheet(
        workspace,
        f"Naam;Type;Houding\n{known.name.upper()};;tegen\nBuurthuis De Kroon;buurthuis;\n",
    )
    planned = workspace.stakeholders.plan_import(wijk_id, sheet)
    assert [p.is_new for p in planned] == [False, True]
    edit = workspace.stakeholders.import_sheet(wijk_id, sheet)
    updated = workspace.stakeholders.get(known.id)
    assert updated.attitude is Attitude.OPPOSED and updated.name == known.name.upper()
    assert updated.interests == known.interests  # a column the file does not have is kept
    added = next(p for p in workspace.stakeholders.list(wijk_id) if p.name == "Buurthuis De Kroon")
    assert added.type_key == "buurthuis" and added.interests  # the type's typical interests
    workspace.stakeholders.replay(edit.inverted())
    assert len(workspace.stakeholders.list(wijk_id)) == count
    back = workspace.stakeholders.get(known.id)
    assert replace(back, updated_at=known.updated_at) == known  # an undo is a new change


def test_an_import_with_one_bad_row_saves_nothing(workspace: Workspace, wijk_id: str) -> None:
    before = workspace.stakeholders.list(wijk_id)
    sheet = _sheet(workspace, "Naam;Organisatie\nNieuw A;x\nNieuw B;y\nnieuw a;z\n")
    with pytest.raises(ImportRowError) as info:
        workspace.stakeholders.import_sheet(wijk_id, sheet)
    assert describe(info.value) == "Rij 4: 'nieuw a' staat ook al op rij 2."
    assert workspace.stakeholders.list(wijk_id) == before


def _files(workspace: Workspace) -> bytes:
    db = workspace.maintenance.database_file
    wal = Path(f"{db}-wal")
    return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_forgetting_a_person_leaves_no_copy_in_the_database_files(
    workspace: Workspace, wijk_id: str
) -> None:
    person = next(p for p in workspace.stakeholders.list(wijk_id) if p.has_personal_data)
    email, phone = person.contact_email, person.contact_phone
    # Written more than once: old versions of the row lie in the log and in freed space.
    for n in range(3):
        workspace.stakeholders.update(replace(person, contact_role=f"rol {n}"))
    assert email.encode() in _files(workspace)
    backup = workspace.maintenance.backup(Reason.MANUAL)

    forgotten = workspace.stakeholders.forget_personal_data(person.id)

    assert not forgotten.stakeholder.has_personal_data
    data = _files(workspace)
    assert email.encode() not in data and phone.encode() not in data
    assert person.contact_name.encode() not in data  # also where the person owned a step
    assert forgotten.renamed > 0
    assert workspace.maintenance.check() == []
    holding = workspace.maintenance.backups_holding(person.id, personal_values(person))
    assert [b.path for b in holding] == [backup]
    assert workspace.maintenance.delete_backups([b.path for b in holding]) == [backup]
    assert not backup.exists()
    assert workspace.maintenance.backups_holding(person.id, personal_values(person)) == []
