"""The *Stakeholders* tab in the window: adding from the catalogue, deleting and undoing,
importing a spreadsheet, forgetting a person, and every open view following along."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsSceneHoverEvent, QMessageBox
from pytestqt.qtbot import QtBot

from sec_workshop.gui.app import Shell
from sec_workshop.gui.stakeholders.import_dialog import StakeholderImportDialog
from sec_workshop.gui.stakeholders.view import StakeholdersView


def _open(shell: Shell) -> StakeholdersView:
    window = shell.window
    window.resize(1500, 950)
    window.show()
    window.open_demo()
    page = window.wijk_page
    page.show_tab(page.STAKEHOLDERS)
    view = page.stakeholders
    assert view.doc is not None
    return view


def test_a_stakeholder_from_the_catalogue_is_named_by_typing_and_deleted_with_undo(
    qapp: QApplication, shell: Shell
) -> None:
    view = _open(shell)
    doc = view.doc
    assert doc is not None and view.editor is not None and view.gallery is not None
    before = len(doc.people)
    action = next(a for a in view.add_menu.actions() if a.text() == "Buurthuis")
    action.trigger()
    assert len(doc.people) == before + 1
    QTest.keyClicks(view.editor.name, "Buurthuis De Kroon")  # the type's name is selected
    QTest.keyClick(view.editor.name, Qt.Key.Key_Tab)
    added = next(p for p in doc.people.values() if p.name == "Buurthuis De Kroon")
    assert added.type_key == "buurthuis" and added.interests  # the typical interests
    stored = doc.workspace.stakeholders.get(added.id)
    assert stored.name == "Buurthuis De Kroon"

    view.gallery.select(added.id)
    view.gallery.view.setFocus()
    QTest.keyClick(view.gallery.view, Qt.Key.Key_Delete)
    assert added.id not in doc.people
    assert added.id not in [p.id for p in doc.workspace.stakeholders.list(doc.wijk_id)]
    shell.window.undo_action.trigger()  # Ctrl+Z in the window, on this tab
    assert doc.workspace.stakeholders.get(added.id).name == "Buurthuis De Kroon"
    assert view.gallery.model.row_of(added.id) >= 0


def test_a_renamed_stakeholder_is_renamed_in_the_roadmap_step_panel(
    qapp: QApplication, qtbot: QtBot, shell: Shell
) -> None:
    window = shell.window
    view = _open(shell)
    page = window.wijk_page
    page.show_tab(page.ROADMAP)
    roadmap = page.roadmap.editor
    assert roadmap is not None
    doc = view.doc
    assert doc is not None and view.editor is not None
    person = next(p for p in doc.ordered() if doc.links_of(p.id).steps)
    step = doc.links_of(person.id).steps[0]
    roadmap.editor.show_step(step.id)
    page.show_tab(page.STAKEHOLDERS)
    view.gallery.select(person.id)  # type: ignore[union-attr]
    view.editor.name.setFocus()
    view.editor.name.selectAll()
    QTest.keyClicks(view.editor.name, "Stroomnet Oost")
    QTest.keyClick(view.editor.name, Qt.Key.Key_Return)
    page.show_tab(page.ROADMAP)
    people = roadmap.editor.stakeholders

    def renamed() -> bool:
        texts = [people.item(i).text() for i in range(people.count())]
        return any("Stroomnet Oost" in t for t in texts)

    qtbot.waitUntil(renamed)


def test_a_linked_step_opens_in_the_roadmap(qapp: QApplication, shell: Shell) -> None:
    view = _open(shell)
    doc = view.doc
    assert doc is not None and view.editor is not None
    person = next(p for p in doc.ordered() if doc.links_of(p.id).steps)
    view.editor.show_stakeholder(person.id)
    item = view.editor.linked_steps.item(0)
    view.editor.linked_steps.itemActivated.emit(item)
    page = shell.window.wijk_page
    assert page.tabs.currentIndex() == page.ROADMAP
    roadmap = page.roadmap.editor
    assert roadmap is not None
    assert roadmap.selected_step_ids() == [doc.links_of(person.id).steps[0].id]


def test_importing_a_sheet_shows_a_preview_and_is_one_undo_step(
    qapp: QApplication, shell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _open(shell)
    doc = view.doc
    assert doc is not None
    sheet = tmp_path / "stakeholders.csv"
    sheet.write_bytes(
        "Naam;Type;Invloed;Belang\nBuurthuis De Kroon;Buurthuis;2;5\nSleutelfiguur Ayşe;sleutelfiguur;3;4\n".encode(
            "utf-8-sig"
        )
    )
    seen: list[str] = []

    def accept(dialog: StakeholderImportDialog) -> int:
        seen.append(dialog.summary.text())
        assert dialog.import_button.isEnabled()
        return int(StakeholderImportDialog.DialogCode.Accepted)

    monkeypatch.setattr(StakeholderImportDialog, "exec", accept)
    before = len(doc.people)
    view.import_file(sheet)
    assert seen and "2 nieuwe stakeholders" in seen[0]
    assert len(doc.people) == before + 2
    assert doc.workspace.maintenance.backups()[0].reason == "voor-import"
    doc.undo_stack.undo()
    assert len(doc.people) == before


def test_a_bad_sheet_is_refused_in_the_preview(
    qapp: QApplication, shell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _open(shell)
    doc = view.doc
    assert doc is not None
    sheet = tmp_path / "fout.csv"
    sheet.write_text("Naam;Type\nGoed;buurthuis\nFout;Bakkerij\n", encoding="utf-8")
    seen: list[str] = []

    def look(dialog: StakeholderImportDialog) -> int:
        seen.append(dialog.summary.text())
        assert not dialog.import_button.isEnabled()
        return int(StakeholderImportDialog.DialogCode.Rejected)

    monkeypatch.setattr(StakeholderImportDialog, "exec", look)
    before = dict(doc.people)
    view.import_file(sheet)
    assert seen == [
        "Rij 3, kolom 'Type': onbekend type 'Bakkerij'. Kies een type uit de lijst in het "
        "venster (zoals Woningcorporatie of Buurthuis) of laat de cel leeg."
    ]
    assert doc.people == before


def test_forgetting_a_person_clears_the_undo_history_and_offers_the_backups(
    qapp: QApplication, shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _open(shell)
    doc = view.doc
    assert doc is not None and view.editor is not None
    person = next(p for p in doc.ordered() if p.has_personal_data)
    view.editor.show_stakeholder(person.id)
    view.editor.interest.setValue(1 if person.interest != 1 else 2)  # something to undo
    assert doc.undo_stack.count() == 1
    doc.workspace.maintenance.backup(
        __import__("sec_workshop.services.maintenance").services.maintenance.Reason.MANUAL
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    offered: list[str] = []

    def choose_delete(box: QMessageBox) -> int:
        offered.append(box.text())
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_delete)
    view.editor.personal_toggle.click()
    view.editor.ensureWidgetVisible(view.editor.forget)  # scrolled to, as a user would
    qapp.processEvents()
    QTest.mouseClick(view.editor.forget, Qt.MouseButton.LeftButton)
    stored = doc.workspace.stakeholders.get(person.id)
    assert not stored.has_personal_data
    assert doc.undo_stack.count() == 0
    assert offered and "reservekopie" in offered[0]
    assert doc.workspace.maintenance.backups_holding(person.id, [person.contact_email]) == []
    assert view.editor.contact_email.text() == ""


def test_a_swimlane_card_names_its_stakeholders_when_hovered(
    qapp: QApplication, qtbot: QtBot, shell: Shell
) -> None:
    view = _open(shell)
    doc = view.doc
    assert doc is not None
    person = next(p for p in doc.ordered() if doc.links_of(p.id).steps)
    step_id = doc.links_of(person.id).steps[0].id
    page = shell.window.wijk_page
    page.show_tab(page.ROADMAP)
    page.roadmap.show_step(step_id)
    roadmap = page.roadmap.editor
    assert roadmap is not None
    qapp.processEvents()
    card = roadmap.scene.step_items[step_id]
    hover = QGraphicsSceneHoverEvent(QEvent.Type.GraphicsSceneHoverEnter)
    hover.setScenePos(roadmap.scene.card_rect(step_id).center())
    roadmap.scene.sendEvent(card, hover)
    assert person.name in card.toolTip() and "Stakeholders:" in card.toolTip()
