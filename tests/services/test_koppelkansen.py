"""The koppelkansen register: made, changed, linked, deleted and brought back, as a wijk's
koppelkansen are kept over the years of a kwetsbare-wijkaanpak."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sec_workshop.domain.base import NotFoundError, ValidationError
from sec_workshop.domain.enums import KoppelkansStatus
from sec_workshop.domain.koppelkans import Koppelkans, KoppelkansUpdate, status_on
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.wijk import Wijk
from sec_workshop.services.koppelkansen import Register
from sec_workshop.services.workspace import Workspace


def _wijk(ws: Workspace, name: str = "Vogelwijk") -> tuple[str, str]:
    template = ws.models.templates()[0]
    wijk = ws.wijken.create(Wijk(name=name), template.id).wijk
    model = ws.models.roadmap_of(wijk.id)
    assert model is not None
    return wijk.id, model.id


def _energy_coaches(wijk_id: str) -> Koppelkans:
    return Koppelkans(
        wijk_id=wijk_id,
        title="  Energiecoaches bij de schuldhulp  ",
        problem="energiearmoede",
        lead="Wijkteam Oost",
        partners=("Schuldhulp Dalmonde", " ", "Woonstichting"),
        budgets="Gemeente (armoedebeleid) € 40.000; corporatie (onderhoud) € 25.000",
        indicator="Huishoudens met een energieachterstand",
        baseline="64 (2025)",
        target="minder dan 30",
        status=KoppelkansStatus.EXPLORING,
    )


def test_a_koppelkans_is_kept_with_its_status_over_time(workspace: Workspace) -> None:
    wijk_id, _ = _wijk(workspace)
    made = _energy_coaches(wijk_id)
    workspace.koppelkansen.create(made, on=date(2026, 3, 1))
    register = workspace.koppelkansen.register(wijk_id)
    (saved,) = register.koppelkansen
    assert saved.title == "Energiecoaches bij de schuldhulp"
    assert saved.partners == ("Schuldhulp Dalmonde", "Woonstichting")
    assert [(u.on, u.status) for u in register.history(saved.id)] == [
        (date(2026, 3, 1), KoppelkansStatus.EXPLORING)
    ]

    # Agreed in June; clicked to running and back to agreed the same day: one entry.
    workspace.koppelkansen.update(
        replace(saved, status=KoppelkansStatus.RUNNING), on=date(2026, 6, 10)
    )
    running = workspace.koppelkansen.register(wijk_id).koppelkansen[0]
    workspace.koppelkansen.update(
        replace(running, status=KoppelkansStatus.AGREED), on=date(2026, 6, 10)
    )
    # A measurement in the autumn, with the status it then had.
    workspace.koppelkansen.add_update(
        KoppelkansUpdate(
            koppelkans_id=saved.id,
            on=date(2026, 10, 1),
            status=KoppelkansStatus.RUNNING,
            note="  41 huishoudens met een achterstand  ",
        )
    )
    register = workspace.koppelkansen.register(wijk_id)
    history = register.history(saved.id)
    assert [(u.on, u.status, u.note) for u in history] == [
        (date(2026, 3, 1), KoppelkansStatus.EXPLORING, ""),
        (date(2026, 6, 10), KoppelkansStatus.AGREED, ""),
        (date(2026, 10, 1), KoppelkansStatus.RUNNING, "41 huishoudens met een achterstand"),
    ]
    assert register.koppelkansen[0].status is KoppelkansStatus.RUNNING
    assert status_on(history, date(2026, 7, 1)) is KoppelkansStatus.AGREED
    assert status_on(history, date(2026, 1, 1)) is None


def test_links_to_steps_and_stakeholders_of_the_same_wijk_only(workspace: Workspace) -> None:
    wijk_id, model_id = _wijk(workspace)
    other_id, other_model = _wijk(workspace, "Lombok")
    workspace.koppelkansen.create(_energy_coaches(wijk_id))
    kk = workspace.koppelkansen.register(wijk_id).koppelkansen[0]
    step = workspace.models.content(model_id).steps[0]
    person = Stakeholder(wijk_id=wijk_id, name="Wijkteam Oost", type_key="wijkteam")
    workspace.stakeholders.add(person)
    workspace.koppelkansen.link_step(kk.id, step.id, True)
    workspace.koppelkansen.link_step(kk.id, step.id, True)  # twice is once
    workspace.koppelkansen.link_stakeholder(kk.id, person.id, True)
    register = workspace.koppelkansen.register(wijk_id)
    assert register.step_ids(kk.id) == [step.id]
    assert register.stakeholder_ids(kk.id) == [person.id]

    elsewhere = workspace.models.content(other_model).steps[0]
    with pytest.raises(ValidationError):
        workspace.koppelkansen.link_step(kk.id, elsewhere.id, True)
    stranger = Stakeholder(wijk_id=other_id, name="Iemand anders")
    workspace.stakeholders.add(stranger)
    with pytest.raises(ValidationError):
        workspace.koppelkansen.link_stakeholder(kk.id, stranger.id, True)

    # A deleted step takes its link along, and its undo brings it back.
    edit = workspace.editing.delete_steps([step.id])
    assert workspace.koppelkansen.register(wijk_id).step_ids(kk.id) == []
    workspace.editing.replay(model_id, edit.inverted())
    assert workspace.koppelkansen.register(wijk_id).step_ids(kk.id) == [step.id]
    # So does a deleted stakeholder.
    gone = workspace.stakeholders.delete([person.id])
    assert workspace.koppelkansen.register(wijk_id).stakeholder_ids(kk.id) == []
    workspace.stakeholders.replay(gone.inverted())
    assert workspace.koppelkansen.register(wijk_id).stakeholder_ids(kk.id) == [person.id]

    workspace.koppelkansen.link_step(kk.id, step.id, False)
    assert workspace.koppelkansen.register(wijk_id).step_ids(kk.id) == []


def test_delete_and_undo_bring_back_history_and_links(workspace: Workspace) -> None:
    wijk_id, model_id = _wijk(workspace)
    first = _energy_coaches(wijk_id)
    second = Koppelkans(wijk_id=wijk_id, title="Werkervaring bij de renovatie")
    third = Koppelkans(wijk_id=wijk_id, title="Groene schoolpleinen")
    for k in (first, second, third):
        workspace.koppelkansen.create(k)
    step = workspace.models.content(model_id).steps[0]
    workspace.koppelkansen.link_step(first.id, step.id, True)
    before = workspace.koppelkansen.register(wijk_id)

    edit = workspace.koppelkansen.delete(first.id)
    after = workspace.koppelkansen.register(wijk_id)
    assert [k.title for k in after.koppelkansen] == [
        "Werkervaring bij de renovatie",
        "Groene schoolpleinen",
    ]
    assert [k.position for k in after.koppelkansen] == [0, 1]
    assert after.updates and not after.step_links

    workspace.koppelkansen.replay(edit.inverted())
    assert _content(workspace.koppelkansen.register(wijk_id)) == _content(before)

    workspace.koppelkansen.move(third.id, 0)
    assert [k.title for k in workspace.koppelkansen.register(wijk_id).koppelkansen] == [
        "Groene schoolpleinen",
        "Energiecoaches bij de schuldhulp",
        "Werkervaring bij de renovatie",
    ]


def test_the_register_goes_and_comes_back_with_its_wijk(workspace: Workspace) -> None:
    wijk_id, model_id = _wijk(workspace)
    made = _energy_coaches(wijk_id)
    workspace.koppelkansen.create(made)
    workspace.koppelkansen.link_step(made.id, workspace.models.content(model_id).steps[0].id, True)
    before = workspace.koppelkansen.register(wijk_id)
    bundle = workspace.wijken.delete(wijk_id)
    assert bundle.koppelkansen and bundle.koppelkans_updates and bundle.koppelkans_steps
    assert workspace.koppelkansen.register(wijk_id).koppelkansen == ()
    workspace.wijken.restore(bundle)
    assert _content(workspace.koppelkansen.register(wijk_id)) == _content(before)


def _content(register: Register) -> object:
    """What a user sees of a register (not when each record was last written)."""
    return (
        [replace(k, updated_at=None) for k in register.koppelkansen],
        sorted(u.id for u in register.updates),
        sorted(x.id for x in register.step_links),
        sorted(x.id for x in register.stakeholder_links),
    )


def test_bad_values_are_refused(workspace: Workspace) -> None:
    wijk_id, _ = _wijk(workspace)
    with pytest.raises(ValidationError):
        workspace.koppelkansen.create(Koppelkans(wijk_id=wijk_id, title="   "))
    with pytest.raises(ValidationError):
        workspace.koppelkansen.create(
            Koppelkans(wijk_id=wijk_id, title="Te lang", indicator="x" * 501)
        )
    with pytest.raises(NotFoundError):
        workspace.koppelkansen.create(Koppelkans(wijk_id="geen-wijk", title="Nergens"))
    with pytest.raises(NotFoundError):
        workspace.koppelkansen.delete("geen-koppelkans")
    assert workspace.koppelkansen.register(wijk_id).koppelkansen == ()


def test_a_roadmap_import_keeps_the_links_of_steps_that_stay(workspace: Workspace) -> None:
    from sec_workshop.exchange.process_model_file import parse_bytes

    wijk_id, model_id = _wijk(workspace)
    made = _energy_coaches(wijk_id)
    workspace.koppelkansen.create(made)
    steps = workspace.models.content(model_id).steps
    kept, renamed = steps[0], steps[1]
    workspace.koppelkansen.link_step(made.id, kept.id, True)
    workspace.koppelkansen.link_step(made.id, renamed.id, True)
    data = workspace.models.export_bytes(model_id).replace(
        renamed.title.encode(), b"Een andere stap"
    )
    imported = workspace.models.import_roadmap(parse_bytes(data), wijk_id)
    new_steps = {s.id: s for s in workspace.models.content(imported.model.id).steps}
    linked = workspace.koppelkansen.register(wijk_id).step_ids(made.id)
    assert [new_steps[i].title for i in linked] == [kept.title]
    assert [(x.kind, x.name, x.step_title) for x in imported.lost] == [
        ("koppelkans", "Energiecoaches bij de schuldhulp", renamed.title)
    ]
