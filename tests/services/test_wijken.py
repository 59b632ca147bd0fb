"""Wijken: create with a roadmap copied from a template, rename, delete with everything, restore."""

from __future__ import annotations

import pytest

from sec_workshop.domain.base import DomainError, ValidationError
from sec_workshop.domain.enums import ModelKind
from sec_workshop.domain.wijk import Wijk
from sec_workshop.services.workspace import Workspace


def _standard(ws: Workspace) -> str:
    return next(t.id for t in ws.models.templates() if t.builtin_key == "sec-standaard")


def test_shipped_templates_and_instruments_are_loaded(workspace: Workspace) -> None:
    keys = {t.builtin_key for t in workspace.models.templates()}
    assert keys == {"sec-standaard", "sec-kwetsbare-wijken"}
    names = {i.name for i in workspace.library.instruments()}
    assert {"Wijksafari", "Ambassadeurskit"} <= names
    assert len(names) >= 12


def test_new_wijk_gets_its_own_copy_of_the_template(workspace: Workspace) -> None:
    template_id = _standard(workspace)
    template = workspace.models.content(template_id)
    bundle = workspace.wijken.create(Wijk(name="  Lombok  ", municipality="Utrecht"), template_id)
    assert bundle.wijk.name == "Lombok"
    roadmap = workspace.models.roadmap_of(bundle.wijk.id)
    assert roadmap is not None and roadmap.kind is ModelKind.ROADMAP
    assert roadmap.source_template_id == template_id
    content = workspace.models.content(roadmap.id)
    assert [lane.name for lane in content.lanes] == [lane.name for lane in template.lanes]
    assert len(content.steps) == len(template.steps)
    assert len(content.dependencies) == len(template.dependencies)
    assert not {s.id for s in content.steps} & {s.id for s in template.steps}
    assert workspace.models.history(roadmap.id)[0].summary.startswith("Routekaart gemaakt")


def test_every_cell_of_the_default_model_has_two_to_five_steps(workspace: Workspace) -> None:
    for template in workspace.models.templates():
        content = workspace.models.content(template.id)
        assert len(content.phases) == 6
        for lane in content.lanes:
            for phase in content.phases:
                assert 2 <= len(content.steps_in(lane.id, phase.id)) <= 5, (lane.name, phase.name)
    kwetsbaar = next(
        t for t in workspace.models.templates() if t.builtin_key == "sec-kwetsbare-wijken"
    )
    lanes = [lane.name for lane in workspace.models.content(kwetsbaar.id).lanes]
    assert "Koppelkansen" in lanes


def test_rename_validates_and_saves(workspace: Workspace) -> None:
    wijk = workspace.wijken.create(Wijk(name="Oud"), None).wijk
    assert workspace.wijken.rename(wijk.id, " Nieuw ").name == "Nieuw"
    assert workspace.wijken.get(wijk.id).name == "Nieuw"
    with pytest.raises(ValidationError):
        workspace.wijken.rename(wijk.id, "   ")
    with pytest.raises(ValidationError):
        workspace.wijken.rename(wijk.id, "x" * 500)
    assert workspace.wijken.get(wijk.id).name == "Nieuw"


def test_delete_takes_everything_and_restore_brings_back_the_same_ids(workspace: Workspace) -> None:
    result = workspace.demo.add()
    before = workspace.wijken.bundle(result.wijk_id)
    assert before.notes and before.sessions and before.stakeholders and before.votes
    deleted = workspace.wijken.delete(result.wijk_id)
    assert workspace.wijken.list() == []
    assert workspace.boards.summaries(result.wijk_id) == []
    assert workspace.maintenance.check() == []
    workspace.wijken.restore(deleted)
    after = workspace.wijken.bundle(result.wijk_id)
    assert {n.id for n in after.notes} == {n.id for n in before.notes}
    assert {s.id for s in after.steps} == {s.id for s in before.steps}
    assert len(after.votes) == len(before.votes)
    assert workspace.maintenance.check() == []
    with pytest.raises(DomainError):
        workspace.wijken.restore(deleted)


def test_delete_leaves_tombstones_for_exchange(workspace: Workspace) -> None:
    from sec_workshop.storage import store

    wijk = workspace.wijken.create(Wijk(name="Weg"), _standard(workspace)).wijk
    bundle = workspace.wijken.delete(wijk.id)
    with workspace._store.db.read() as conn:
        stones = {t.record_id for t in store.tombstones(conn)}
    assert wijk.id in stones
    assert {s.id for s in bundle.steps} <= stones
    workspace.wijken.restore(bundle)
    with workspace._store.db.read() as conn:
        stones = {t.record_id for t in store.tombstones(conn)}
    assert wijk.id not in stones


def test_ownership_mix_over_100_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as info:
        workspace.wijken.create(
            Wijk(name="Te veel", social_rent_pct=80, owner_occupied_pct=40), None
        )
    assert info.value.code == "wijk.ownership_over_100"
    assert workspace.wijken.list() == []


def test_shipped_template_edits_survive_a_restart(data_dir, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    """A user's changes to a shipped template are never overwritten by the shipped file."""
    from sec_workshop.domain.process import ProcessModel
    from sec_workshop.storage import store

    template_id = _standard(workspace)
    with workspace._store.db.write() as conn:
        store.update_fields(conn, ProcessModel, template_id, name="Ons eigen model")
        store.set_meta(conn, "shipped_content", "changed-on-disk")
    workspace.close()
    again = Workspace.open(data_dir)
    try:
        names = {t.name for t in again.models.templates()}
        assert "Ons eigen model" in names
        assert len(again.models.templates()) == 2
    finally:
        again.close()
