"""The roadmap's check on what is stored: a wijk's roadmap with its sessions, the shipped
demo and templates, and ``sec-workshop model check``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from sec_workshop.check_texts import finding_text
from sec_workshop.cli import main
from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.roadmap_check import FindingKind, Severity
from sec_workshop.domain.session import Session
from sec_workshop.domain.wijk import Wijk
from sec_workshop.services.workspace import Workspace


def roadmap_with_an_arrow(ws: Workspace) -> tuple[str, str, str, str]:
    """A new wijk on the standard template: its roadmap id, the wijk id, and the two
    steps of its first arrow (base, then the step that builds on it)."""
    template = ws.models.templates()[0]
    wijk = ws.wijken.create(Wijk(name="Merelbuurt", municipality="Dalmonde"), template.id)
    model = ws.models.roadmap_of(wijk.wijk.id)
    assert model is not None
    content = ws.models.content(model.id)
    arrow = content.dependencies[0]
    return model.id, wijk.wijk.id, arrow.from_step_id, arrow.to_step_id


def test_a_wijk_roadmap_is_checked_with_its_sessions(workspace: Workspace) -> None:
    model_id, wijk_id, base_id, step_id = roadmap_with_an_arrow(workspace)
    assert workspace.check.check(model_id) == ()
    steps = {s.id: s for s in workspace.models.content(model_id).steps}
    today = date.today()
    workspace.editing.update_step(
        replace(
            steps[step_id],
            status=StepStatus.DONE,
            start_date=today - timedelta(days=60),
            due_date=today - timedelta(days=30),
        )
    )
    session = Session(
        wijk_id=wijk_id,
        title="Startavond",
        starts_at=datetime.combine(today - timedelta(days=120), datetime.min.time()),
        step_id=step_id,
    )
    workspace.session_editing.create(session, step_id)
    found = workspace.check.check(model_id)
    assert [(f.kind, f.step_id) for f in found] == [
        (FindingKind.STARTED_BEFORE_BASE, step_id),
        (FindingKind.SESSION_OUTSIDE_STEP, step_id),
    ]
    assert found[1].session_id == session.id
    assert steps[base_id].title in finding_text(found[0], "nl")


def test_the_demo_and_every_shipped_template_pass_the_check(workspace: Workspace) -> None:
    wijk_id = workspace.demo.add().wijk_id
    roadmap = workspace.models.roadmap_of(wijk_id)
    assert roadmap is not None
    models = [roadmap, *workspace.models.templates()]
    assert len(models) >= 3
    for model in models:
        problems = [
            finding_text(f, "nl")
            for f in workspace.check.check(model.id)
            if f.severity == Severity.PROBLEM
        ]
        assert problems == [], model.name


def test_model_check_on_the_command_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    ws = Workspace.open(data_dir)
    try:
        model_id, wijk_id, _base, step_id = roadmap_with_an_arrow(ws)
        step = next(s for s in ws.models.content(model_id).steps if s.id == step_id)
    finally:
        ws.close()
    assert main(["--data-dir", str(data_dir), "model", "check", wijk_id]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "Routekaart klopt" in err
    ws = Workspace.open(data_dir)
    try:
        ws.editing.update_step(replace(step, status=StepStatus.IN_PROGRESS))
    finally:
        ws.close()
    assert main(["--data-dir", str(data_dir), "model", "check", wijk_id]) == 1
    out, err = capsys.readouterr()
    (line,) = out.splitlines()
    assert line.startswith(f"Klopt niet: '{step.title}' is bezig, maar ")
    assert "1 punt om te controleren" in err
    assert main(["--data-dir", str(data_dir), "model", "check", "geen-id"]) == 1
    assert "geen sjabloon of wijk" in capsys.readouterr().err


def test_the_demo_cannot_drift_back_unseen(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo's content test above fails on the two slips the demo once had: a step done
    while a step it builds on is still planned, and a round with more dots than allowed."""
    import copy

    from sec_workshop import resources

    original = resources.load_json
    data = copy.deepcopy(original("demo", "demo_wijk.json"))
    template = original("templates", f"{data['template']}.json")
    planned = {key for key, step in data["steps"].items() if step.get("status") == "planned"}
    arrow = next(d for d in template["dependencies"] if d["from"] in planned)
    data["steps"].setdefault(arrow["to"], {})["status"] = "done"
    note = data["sessions"][0]["boards"][0]["clusters"][0]["notes"][0]
    note["votes"] = 999

    def load(*parts: str) -> object:
        return data if parts == ("demo", "demo_wijk.json") else original(*parts)

    monkeypatch.setattr(resources, "load_json", load)
    roadmap = workspace.models.roadmap_of(workspace.demo.add().wijk_id)
    assert roadmap is not None
    kinds = {f.kind for f in workspace.check.check(roadmap.id)}
    assert {FindingKind.STARTED_BEFORE_BASE, FindingKind.TOO_MANY_DOTS} <= kinds


def test_the_demo_decisions_name_their_steps(workspace: Workspace) -> None:
    """Decisions about a roadmap step name it, so the check can hold them to it."""
    wijk_id = workspace.demo.add().wijk_id
    roadmap = workspace.models.roadmap_of(wijk_id)
    assert roadmap is not None
    steps = {s.id: s.title for s in workspace.models.content(roadmap.id).steps}
    named = [
        (d.text, steps[d.step_id])
        for s in workspace.sessions.summaries(wijk_id)
        for d in workspace.sessions.content(s.session.id).decisions
        if d.step_id is not None
    ]
    assert len(named) == 5
    assert any(title == "Integraal wijkprofiel vaststellen" for _text, title in named)


def test_an_imported_roadmap_keeps_the_steps_decisions_are_about(workspace: Workspace) -> None:
    """The demo's roadmap exported and imported again: every decision still names its step
    (by title and lane); with one step renamed in the file, its decision is named as lost."""
    from sec_workshop.exchange.process_model_file import parse_bytes

    wijk_id = workspace.demo.add().wijk_id
    model = workspace.models.roadmap_of(wijk_id)
    assert model is not None
    titles = {s.id: s.title for s in workspace.models.content(model.id).steps}

    def named() -> dict[str, str]:
        model = workspace.models.roadmap_of(wijk_id)
        assert model is not None
        steps = {s.id: s.title for s in workspace.models.content(model.id).steps}
        return {
            d.text: steps[d.step_id]
            for s in workspace.sessions.summaries(wijk_id)
            for d in workspace.sessions.content(s.session.id).decisions
            if d.step_id
        }

    before = named()
    assert len(before) == 5
    data = workspace.models.export_bytes(model.id)
    same = workspace.models.import_roadmap(parse_bytes(data), wijk_id)
    assert same.lost == () and named() == before
    assert not [f for f in workspace.check.check(same.model.id) if f.severity != "reminder"]

    gone = sorted(before.values())[0]
    assert gone in titles.values()
    renamed = workspace.models.import_roadmap(
        parse_bytes(data.replace(gone.encode(), b"Een andere stap")), wijk_id
    )
    about = [text for text, title in before.items() if title == gone]
    assert [(x.kind, x.step_title) for x in renamed.lost if x.kind == "decision"] == [
        ("decision", gone) for _ in about
    ]
    assert named() == {t: s for t, s in before.items() if s != gone}
