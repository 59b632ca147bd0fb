"""Sharing process models as JSON: round trip, import as template or roadmap, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sec_workshop.domain.enums import ModelKind, StepStatus
from sec_workshop.exchange.process_model_file import parse_bytes
from sec_workshop.exchange.reader import FileFormatError
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
    new = workspace.models.import_roadmap(spec, wijk_id)
    assert workspace.models.roadmap_of(wijk_id) == new
    content = workspace.models.content(new.id)
    assert len(content.lanes) == 3
    assert all(s.status is StepStatus.PLANNED for s in content.steps)
    history = [c.summary for c in workspace.models.history(new.id)]
    assert history[0].startswith("Routekaart vervangen door import")
    assert any(h.startswith("Routekaart gemaakt") for h in history)
    assert workspace.maintenance.check() == []
    # Sessions that pointed at old steps lose the link, not their data.
    assert len(workspace.sessions.summaries(wijk_id)) == 3


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
    assert main(["--data-dir", str(data_dir), "model", "export", template_id, "-o", str(out)]) == 0
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
