"""Process model files from the File menu: export the roadmap or template in front, import
one as a new template or as the open wijk's roadmap; a bad file changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from shown_text import as_shown

from sec_workshop.exchange import process_model_file
from sec_workshop.gui.app import Shell


def _answer(path: Path, asked: list[str] | None = None):  # type: ignore[no-untyped-def]
    def choose(_parent: QWidget, caption: str, suggested: str, _filter: str) -> str:
        if asked is not None:
            asked.append(f"{caption}|{suggested}")
        return str(path)

    return choose


def _open_demo(shell: Shell) -> str:
    shell.window.open_demo()
    return shell.workspace.wijken.list()[0].id


def _file_model(path: Path) -> process_model_file.ModelSpec:
    return process_model_file.parse_bytes(path.read_bytes())


def test_export_the_open_wijks_roadmap(shell: Shell, tmp_path: Path) -> None:
    window, ws = shell.window, shell.workspace
    assert not window.export_model_action.isEnabled()  # nothing in front yet
    wijk_id = _open_demo(shell)
    roadmap = ws.models.roadmap_of(wijk_id)
    assert roadmap is not None
    assert window.export_model_action.isEnabled()
    asked: list[str] = []
    window.choose_save_file = _answer(tmp_path / "vogelwijk", asked)
    window.export_model_action.trigger()
    assert asked == [f"Procesmodel exporteren|{roadmap.name}.json"]
    spec = _file_model(tmp_path / "vogelwijk.json")  # ".json" added
    content = ws.models.content(roadmap.id)
    assert spec.name == roadmap.name
    assert sorted(s.title for s in spec.steps) == sorted(s.title for s in content.steps)
    assert [x.name for x in spec.lanes] == [x.name for x in content.lanes]


def test_export_a_template_in_template_mode(
    shell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shell.window
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("SEC-procesmodel", True))
    window.templates_action.trigger()
    window.choose_save_file = _answer(tmp_path / "sjabloon.json")
    window.export_model_action.trigger()
    spec = _file_model(tmp_path / "sjabloon.json")
    assert spec.name == "SEC-procesmodel"
    assert all(s.start_date is None for s in spec.steps)  # a template, not the demo's roadmap


def test_import_as_a_new_template_opens_it(shell: Shell, tmp_path: Path) -> None:
    window, ws = shell.window, shell.workspace
    _open_demo(shell)
    window.choose_save_file = _answer(tmp_path / "model.json")
    window.export_model_action.trigger()
    data = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    data["name"] = "Routekaart Lombok (gedeeld)"
    (tmp_path / "model.json").write_text(json.dumps(data), encoding="utf-8")
    window.show_start()
    before = len(ws.models.templates())

    window.choose_open_file = _answer(tmp_path / "model.json")
    window.import_model_action.trigger()  # on the start page: only as a template
    templates = ws.models.templates()
    assert len(templates) == before + 1
    new = next(t for t in templates if t.name == "Routekaart Lombok (gedeeld)")
    assert window.pages.currentWidget() is window.template_page
    editor = window.template_page.editor
    assert editor is not None and editor.doc.model.id == new.id
    assert len(editor.doc.steps()) == len(data["steps"])
    assert window.undo_group.activeStack() is editor.doc.undo_stack


def test_import_as_the_open_wijks_roadmap_after_confirming(
    shell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ws = shell.window, shell.workspace
    wijk_id = _open_demo(shell)
    old = ws.models.roadmap_of(wijk_id)
    assert old is not None
    old_history = [c.summary for c in ws.models.history(old.id)]
    template = next(t for t in ws.models.templates() if t.builtin_key == "sec-standaard")
    (tmp_path / "sec.json").write_bytes(ws.models.export_bytes(template.id))
    backups = len(ws.maintenance.backups())
    offered: list[list[str]] = []

    def pick_roadmap(_p: object, _t: str, _label: str, items: list[str], *_a: object) -> tuple:
        offered.append(items)
        return items[1], True

    questions: list[str] = []

    def yes(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    told: list[str] = []

    def ok(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        told.append(text)  # the links the plain template could not keep, listed
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QInputDialog, "getItem", pick_roadmap)
    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "information", ok)
    window.choose_open_file = _answer(tmp_path / "sec.json")
    window.import_model_action.trigger()
    assert len(told) == 1 and "Koppel ze opnieuw" in told[0]

    assert offered == [
        ["Als nieuw sjabloon", "Als routekaart van “Vogelwijk-Oost” (vervangt de huidige)"]
    ]
    assert "De geschiedenis van de oude routekaart blijft bewaard" in questions[0]
    new = ws.models.roadmap_of(wijk_id)
    assert new is not None and new.id != old.id
    titles = sorted(s.title for s in ws.models.content(new.id).steps)
    assert titles == sorted(s.title for s in ws.models.content(template.id).steps)
    history = [c.summary for c in ws.models.history(new.id)]
    assert history[0] == "Routekaart vervangen door import van 'SEC-procesmodel'"
    assert set(old_history) <= set(history)
    assert len(ws.maintenance.backups()) == backups + 1
    # The window shows the new roadmap, and undo works on it.
    assert window.wijk_page.tabs.currentWidget() is window.wijk_page.roadmap
    editor = window.wijk_page.roadmap.editor
    assert editor is not None and editor.doc.model.id == new.id
    assert window.undo_group.activeStack() is editor.doc.undo_stack


def test_import_refused_at_the_confirmation_changes_nothing(
    shell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ws = shell.window, shell.workspace
    wijk_id = _open_demo(shell)
    old = ws.models.roadmap_of(wijk_id)
    template = ws.models.templates()[0]
    (tmp_path / "sec.json").write_bytes(ws.models.export_bytes(template.id))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[1], True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    templates = len(ws.models.templates())
    window.choose_open_file = _answer(tmp_path / "sec.json")
    window.import_model_action.trigger()
    assert ws.models.roadmap_of(wijk_id) == old
    assert len(ws.models.templates()) == templates


@pytest.mark.parametrize(
    ("content", "names"),
    [
        (
            "broken-lane",
            "Veld 'steps[0].lane' verwijst naar 'nergens', dat niet in het bestand staat.",
        ),
        ("not json", "Het bestand is geen geldige JSON."),
        ("wrong-format", "dit is niet het juiste soort bestand."),
    ],
)
def test_a_bad_file_is_named_and_changes_nothing(
    shell: Shell,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: str,
    names: str,
) -> None:
    window, ws = shell.window, shell.workspace
    wijk_id = _open_demo(shell)
    old = ws.models.roadmap_of(wijk_id)
    template = ws.models.templates()[0]
    data = json.loads(ws.models.export_bytes(template.id))
    if content == "broken-lane":
        data["steps"][0]["lane"] = "nergens"
        raw = json.dumps(data).encode()
    elif content == "wrong-format":
        data["format"] = "iets-anders"
        raw = json.dumps(data).encode()
    else:
        raw = b"{ dit is geen model"
    (tmp_path / "model.json").write_bytes(raw)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(as_shown(text))
    )
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: pytest.fail("no choice for a bad file"))
    templates = len(ws.models.templates())
    backups = len(ws.maintenance.backups())
    window.choose_open_file = _answer(tmp_path / "model.json")
    window.import_model_action.trigger()
    assert len(shown) == 1
    assert shown[0].startswith("“model.json” is niet geïmporteerd; er is niets veranderd.")
    assert names in shown[0]
    assert "Traceback" not in shown[0]
    assert ws.models.roadmap_of(wijk_id) == old
    assert len(ws.models.templates()) == templates
    assert len(ws.maintenance.backups()) == backups


def test_cancelled_file_dialogs_do_nothing(shell: Shell, tmp_path: Path) -> None:
    window, ws = shell.window, shell.workspace
    _open_demo(shell)
    templates = len(ws.models.templates())
    window.choose_save_file = lambda *a: ""
    window.choose_open_file = lambda *a: ""
    window.export_model_action.trigger()
    window.import_model_action.trigger()
    assert list(tmp_path.glob("*.json")) == []
    assert len(ws.models.templates()) == templates
