"""Replacing a wijk's roadmap from the File menu: the window says which links to
stakeholders, sessions, koppelkansen and decisions could not stay with the new roadmap."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from sec_workshop.gui.app import Shell


def test_the_window_names_the_links_an_import_could_not_keep(
    shell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ws = shell.window, shell.workspace
    window.open_demo()
    wijk_id = ws.wijken.list()[0].id
    standard = next(t for t in ws.models.templates() if t.builtin_key == "sec-standaard")
    (tmp_path / "sec.json").write_bytes(ws.models.export_bytes(standard.id))

    def as_roadmap(_p: object, _t: str, _label: str, items: list[str], *_a: object) -> tuple:
        return items[1], True

    def chosen(_parent: QWidget, _caption: str, _suggested: str, _filter: str) -> str:
        return str(tmp_path / "sec.json")

    monkeypatch.setattr(QInputDialog, "getItem", as_roadmap)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []

    def information(_parent: QWidget, _title: str, text: str, *_a: object) -> object:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    window.choose_open_file = chosen
    window.import_model_action.trigger()

    new = ws.models.roadmap_of(wijk_id)
    assert new is not None and new.name == "SEC-procesmodel"
    message = window.statusBar().currentMessage()
    # Two sessions, the koppelkansen linked to eleven steps of the koppelkansen lane, and
    # two decisions about steps the standard model does not have.
    assert "Vogelwijk-Oost" in message and " 15 " in message
    assert (
        "Bewonersavond: warmtestrategieën getoetst – "
        "Strategieën toetsen met bewoners: eerst de woonlasten" in message
    )
    assert "Wijksafari en leefbaarheidsmiddag – Leefbaarheidsproblemen in kaart brengen" in message
    # And a message lists every one of them, to link again at leisure.
    assert len(told) == 1
    shown = html.unescape(told[0].removeprefix("<p>").removesuffix("</p>"))  # as plain text
    listed = [line for line in shown.split("<br>") if line.startswith("• ")]
    assert len(listed) == 15, listed
    assert sum(line.startswith("• Besluit “") for line in listed) == 2
    assert any(
        line.startswith("• Sessie “Wijksafari en leefbaarheidsmiddag”: stap “Leefbaarheid")
        for line in listed
    ), listed
