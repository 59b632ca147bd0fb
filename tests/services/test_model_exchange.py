"""Sharing process models as JSON: round trip, import as template or roadmap, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sec_workshop.domain.enums import ModelKind, StepStatus
from sec_workshop.domain.process import StepStakeholder
from sec_workshop.exchange.process_model_file import parse_bytes
from sec_workshop.exchange.reader import FileFormatError
from sec_workshop.history_texts import change_text
from sec_workshop.services.koppelkansen import Register
from sec_workshop.services.models import one_line
from sec_workshop.services.workspace import Workspace


def test_export_import_export_gives_the_same_model(workspace: Workspace) -> None:
    wijk_id = workspace.demo.add().wijk_id
    roadmap = workspace.models.roadmap_of(wijk_id)
    assert roadmap is not None
    first = workspace.models.export_bytes(roadmap.id)
    imported = workspace.models.import_template(parse_bytes(first))
    assert imported.kind is ModelKind.TEMPLATE and imported.id != roadmap.id
    second = workspace.models.export_bytes(imported.id)
    assert json.loads(second) == json.loads(first)
    data = json.loads(first)
    assert len(data["lanes"]) == 4 and len(data["phases"]) == 6
    assert {s["status"] for s in data["steps"]} >= {"done", "in_progress", "planned"}
    assert all(isinstance(i, str) for s in data["steps"] for i in s["instruments"])
    assert any(s["instruments"] for s in data["steps"])


def test_import_as_roadmap_replaces_it_and_keeps_history(workspace: Workspace) -> None:
    wijk_id = workspace.demo.add().wijk_id
    old = workspace.models.roadmap_of(wijk_id)
    assert old is not None
    standard = next(t for t in workspace.models.templates() if t.builtin_key == "sec-standaard")
    spec = parse_bytes(workspace.models.export_bytes(standard.id))
    links_before = _links(workspace, old.id)
    imported = workspace.models.import_roadmap(spec, wijk_id)
    new = imported.model
    assert workspace.models.roadmap_of(wijk_id) == new
    content = workspace.models.content(new.id)
    assert len(content.lanes) == 3
    assert all(s.status is StepStatus.PLANNED for s in content.steps)
    history = [change_text(c, "nl") for c in workspace.models.history(new.id)]
    assert history[0] == "Routekaart vervangen door import van 'SEC-procesmodel'"
    assert any(h.startswith("Routekaart gemaakt") for h in history)
    assert workspace.maintenance.check() == []
    # Sessions linked to steps the new roadmap lacks lose the link, not their data; the
    # import says which.
    assert len(workspace.sessions.summaries(wijk_id)) == 3
    lanes = {lane.id: lane.name for lane in content.lanes}
    places = {(lanes[s.lane_id], s.title) for s in content.steps}
    kept = {x for x in links_before if (x[1], x[2]) in places}
    lost = {(x.kind, x.lane_name, x.step_title, x.name) for x in imported.lost}
    assert lost and lost == links_before - kept
    assert _links(workspace, new.id) == kept


def _links(ws: Workspace, model_id: str) -> set[tuple[str, str, str, str]]:
    """Every link of a roadmap's steps as (kind, lane name, step title, name or title):
    stakeholders, sessions and koppelkansen linked to a step, sessions held for one, and
    decisions about one."""
    content = ws.models.content(model_id)
    lanes = {x.id: x.name for x in content.lanes}
    steps = {s.id: (lanes[s.lane_id], s.title) for s in content.steps}
    offer = ws.editing.step_links(model_id)
    wijk_id = content.model.wijk_id
    register = ws.koppelkansen.register(wijk_id) if wijk_id else Register(())
    names = {p.id: p.name for p in offer.stakeholders}
    titles = {s.id: s.title for s in offer.sessions}
    return {
        *(
            ("stakeholder", *steps[x.step_id], names[x.stakeholder_id])
            for x in offer.step_stakeholders
        ),
        *(("session", *steps[x.step_id], titles[x.session_id]) for x in offer.step_sessions),
        *(("session", *steps[s.step_id], s.title) for s in offer.sessions if s.step_id in steps),
        *(
            ("koppelkans", *steps[step_id], k.title)
            for k in register.koppelkansen
            for step_id in register.step_ids(k.id)
            if step_id in steps
        ),
        *(
            ("decision", *steps[d.step_id], one_line(d.text))
            for s in offer.sessions
            for d in ws.sessions.content(s.id).decisions
            if d.step_id in steps
        ),
    }


def test_import_as_roadmap_keeps_the_links_of_steps_that_stay(workspace: Workspace) -> None:
    """The wijk's own roadmap, shared and read back in (as a municipality does after
    editing it elsewhere): every step that is still there keeps its stakeholders and
    sessions; the links of a step that was renamed, or whose lane was, are named."""
    wijk_id = workspace.demo.add().wijk_id
    old = workspace.models.roadmap_of(wijk_id)
    assert old is not None
    content = workspace.models.content(old.id)
    technical = content.steps_in(content.lanes[1].id, content.phases[0].id)[0]
    offer = workspace.editing.step_links(old.id)
    corporatie = next(s for s in offer.stakeholders if s.type_key == "woningcorporatie")
    workspace.editing.link_stakeholder(
        StepStakeholder(step_id=technical.id, stakeholder_id=corporatie.id)
    )
    before = _links(workspace, old.id)
    social, koppel = "Sociaal-maatschappelijke route", "Koppelkansen"
    wishes = "Programma van wensen opstellen"
    testing = "Strategieën toetsen met bewoners: eerst de woonlasten"
    # Besides the links the demo makes between its steps and its stakeholders:
    assert {(x[1], x[2]) for x in before} >= {
        (content.lanes[1].name, technical.title),
        (social, wishes),
        (social, testing),
        (koppel, "Leefbaarheidsproblemen in kaart brengen"),
    }

    same = workspace.models.import_roadmap(
        parse_bytes(workspace.models.export_bytes(old.id)), wijk_id
    )
    # Kept: every link record (a decision's step is a field, not a record of its own).
    assert (same.kept, same.lost) == (len({x for x in before if x[0] != "decision"}), ())
    assert _links(workspace, same.model.id) == before
    assert workspace.maintenance.check() == []

    data = json.loads(workspace.models.export_bytes(same.model.id))
    for item in data["steps"]:
        if item["title"] == wishes:
            item["title"] = "  PROGRAMMA van  wensen opstellen "  # case and spacing aside
        elif item["title"] == testing:
            item["title"] = "Strategieën toetsen met huurders"
    for lane in data["lanes"]:
        if lane["name"] == koppel:
            lane["name"] = "Koppelkansen en leefbaarheid"
    again = workspace.models.import_roadmap(parse_bytes(json.dumps(data).encode()), wijk_id)
    assert [(x.kind, x.lane_name, x.step_title) for x in again.lost if x.kind == "session"] == [
        ("session", social, testing),
        ("session", koppel, "Leefbaarheidsproblemen in kaart brengen"),
    ]
    # The koppelkansen lane has another name now: none of its koppelkans links can stay.
    assert {(x.lane_name, x.step_title, x.name) for x in again.lost if x.kind == "koppelkans"} == {
        (x[1], x[2], x[3]) for x in before if x[0] == "koppelkans"
    }
    # In roadmap order: the first lost step names its decision, then its session.
    assert [(x.kind, x.name) for x in again.lost[:2]] == [
        ("decision", "Op de volgende bewonersavond worden de kansrijke strategieë…"),
        ("session", "Bewonersavond: warmtestrategieën getoetst"),
    ]
    after = _links(workspace, again.model.id)
    assert {(x[0], x[1], x[3]) for x in after} >= {
        ("stakeholder", content.lanes[1].name, corporatie.name),
        ("session", social, "Bewonersavond: wat moet de nieuwe warmte ons brengen?"),
    }
    assert len(after) == len(before) - len(again.lost)
    assert workspace.maintenance.check() == []


def test_a_broken_model_file_changes_nothing(workspace: Workspace) -> None:
    before = [t.id for t in workspace.models.templates()]
    with pytest.raises(FileFormatError):
        parse_bytes(b'{"format": "sec-workshop/process-model", "version": 1, "name": "x"}')
    assert [t.id for t in workspace.models.templates()] == before


def test_cli_model_export_and_import(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sec_workshop.cli import main

    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    listing = json.loads(
        (main(["--data-dir", str(data_dir), "list", "--json"]), capsys.readouterr().out)[1]
    )
    wijk_id = listing["wijken"][0]["id"]
    template_id = listing["templates"][0]["id"]
    out = tmp_path / "routekaart.json"
    assert main(["--data-dir", str(data_dir), "model", "export", wijk_id, "-o", str(out)]) == 0
    capsys.readouterr()
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "sec-workshop/process-model"
    assert main(["--data-dir", str(data_dir), "model", "import", str(out), "--template"]) == 0
    assert "Sjabloon" in capsys.readouterr().out
    export = ["--data-dir", str(data_dir), "model", "export", template_id, "-o", str(out)]
    assert main(export) == 1  # the roadmap's file is there: kept unless asked to replace it
    assert "--force" in capsys.readouterr().err
    assert main([*export, "--force"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "model", "import", str(out), "--wijk", wijk_id]) == 0
    assert "vervangen" in capsys.readouterr().out
    listing = json.loads(
        (main(["--data-dir", str(data_dir), "list", "--json"]), capsys.readouterr().out)[1]
    )
    assert len(listing["templates"]) == 3

    broken = tmp_path / "kapot.json"
    data = json.loads(out.read_text(encoding="utf-8"))
    data["steps"][4]["lane"] = "nergens"
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "model", "import", str(broken)]) == 1
    err = capsys.readouterr().err
    assert (
        err.strip()
        == "Veld 'steps[4].lane' verwijst naar 'nergens', dat niet in het bestand staat."
    )
    assert main(["--data-dir", str(data_dir), "model", "export", "onbekend", "-o", str(out)]) == 1
    assert "onbekend" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "model", "import", str(tmp_path)]) == 1
    assert "geen bestand" in capsys.readouterr().err
