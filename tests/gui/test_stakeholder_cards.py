"""The stakeholder gallery and editor, driven by keyboard and mouse as a coach would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sec_workshop.domain.enums import Attitude
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.gui.stakeholders.document import StakeholdersDocument
from sec_workshop.gui.stakeholders.editor import StakeholderEditor
from sec_workshop.gui.stakeholders.gallery import StakeholderGallery
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def doc(qapp: QApplication, workspace: Workspace) -> Iterator[StakeholdersDocument]:
    wijk_id = workspace.demo.add().wijk_id
    document = StakeholdersDocument(workspace, wijk_id)
    yield document
    document.deleteLater()


@pytest.fixture
def editor(qtbot: QtBot, doc: StakeholdersDocument) -> StakeholderEditor:
    widget = StakeholderEditor(doc)
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    widget.activateWindow()
    return widget


def _first(doc: StakeholdersDocument) -> Stakeholder:
    return doc.ordered()[0]


def test_a_name_typed_key_by_key_keeps_its_spaces_and_is_one_undo_step(
    qapp: QApplication, doc: StakeholdersDocument, editor: StakeholderEditor
) -> None:
    person = _first(doc)
    editor.show_stakeholder(person.id)
    editor.name.setFocus()
    editor.name.selectAll()
    QTest.keyClicks(editor.name, "Buurthuis De Kroon  ")
    assert doc.workspace.stakeholders.get(person.id).name == "Buurthuis De Kroon  "
    QTest.keyClick(editor.name, Qt.Key.Key_Return)  # typing ends: trimmed
    assert doc.workspace.stakeholders.get(person.id).name == "Buurthuis De Kroon"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.workspace.stakeholders.get(person.id).name == person.name
    assert editor.name.text() == person.name


def test_typing_interests_saves_as_typed_and_undoes_in_one_step(
    qapp: QApplication, doc: StakeholdersDocument, editor: StakeholderEditor
) -> None:
    person = _first(doc)
    editor.show_stakeholder(person.id)
    box = editor.texts["interests"]
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "Lage woonlasten en rust in huis")
    assert doc.workspace.stakeholders.get(person.id).interests == "Lage woonlasten en rust in huis"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.workspace.stakeholders.get(person.id).interests == person.interests
    assert box.toPlainText() == person.interests


def test_scores_attitude_and_koppelkansen_save_at_once(
    qapp: QApplication, doc: StakeholdersDocument, editor: StakeholderEditor
) -> None:
    person = _first(doc)
    editor.show_stakeholder(person.id)
    editor.interest.setValue(1)
    index = editor.attitude.findData(Attitude.OPPOSED.value)
    editor.attitude.setCurrentIndex(index)
    editor.attitude.activated.emit(index)
    editor.koppelkansen.setFocus()
    editor.koppelkansen.selectAll()
    QTest.keyClicks(editor.koppelkansen, "armoede,  eenzaamheid; armoede")
    QTest.keyClick(editor.koppelkansen, Qt.Key.Key_Return)
    stored = doc.workspace.stakeholders.get(person.id)
    assert stored.interest == 1 and stored.attitude is Attitude.OPPOSED
    assert stored.koppelkansen == ("armoede", "eenzaamheid")
    assert editor.koppelkansen.text() == "armoede, eenzaamheid"
    assert "Contextbepalers" in editor.quadrant.text()


def test_personal_data_stays_closed_until_asked_and_closes_for_the_next_person(
    qapp: QApplication, doc: StakeholdersDocument, editor: StakeholderEditor
) -> None:
    people = [p for p in doc.ordered() if p.has_personal_data]
    editor.show_stakeholder(people[0].id)
    assert not editor.personal.isVisible()
    QTest.mouseClick(editor.personal_toggle, Qt.MouseButton.LeftButton)
    assert editor.personal.isVisible()
    assert editor.contact_email.text() == people[0].contact_email
    editor.show_stakeholder(people[1].id)
    assert not editor.personal.isVisible()


def test_an_edit_made_elsewhere_reaches_the_open_editor_and_cards(
    qapp: QApplication, qtbot: QtBot, doc: StakeholdersDocument, editor: StakeholderEditor
) -> None:
    gallery = StakeholderGallery(doc)
    qtbot.addWidget(gallery)
    gallery.show()
    person = _first(doc)
    editor.show_stakeholder(person.id)
    from dataclasses import replace

    doc.workspace.stakeholders.update(replace(person, name="Woonstichting Dalmonde-Oost"))
    qtbot.waitUntil(lambda: editor.name.text() == "Woonstichting Dalmonde-Oost")
    row = gallery.model.row_of(person.id)
    assert "Dalmonde-Oost" in str(gallery.model.index(row).data())


def test_the_gallery_filters_sorts_and_walks_with_the_keyboard(
    qapp: QApplication, qtbot: QtBot, doc: StakeholdersDocument
) -> None:
    gallery = StakeholderGallery(doc)
    qtbot.addWidget(gallery)
    gallery.resize(1200, 800)
    gallery.show()
    total = gallery.proxy.rowCount()
    assert gallery.count.text() == f"{total} stakeholders"
    gallery.quadrant.setCurrentIndex(gallery.quadrant.findData("key_player"))
    shown = [
        gallery.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(gallery.proxy.rowCount())
    ]
    assert shown and all(p.quadrant == "key_player" for p in shown)
    assert gallery.count.text() == f"{len(shown)} van {total} stakeholders"
    gallery.quadrant.setCurrentIndex(0)
    QTest.keyClicks(gallery.search, "warmte")
    assert 0 < gallery.proxy.rowCount() < total
    gallery.search.clear()
    gallery.sort.setCurrentIndex(1)  # by name
    names = [
        str(gallery.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).name).casefold()
        for r in range(total)
    ]
    assert names == sorted(names)

    opened: list[str] = []
    gallery.open_requested.connect(opened.append)
    gallery.view.setFocus()
    gallery.view.setCurrentIndex(gallery.proxy.index(0, 0))
    QTest.keyClick(gallery.view, Qt.Key.Key_Right)
    assert gallery.view.currentIndex().row() == 1
    QTest.keyClick(gallery.view, Qt.Key.Key_Return)
    assert opened == [gallery.current_id()]


def test_cards_render_readably(
    qapp: QApplication, qtbot: QtBot, doc: StakeholdersDocument, tmp_path: object
) -> None:
    gallery = StakeholderGallery(doc)
    qtbot.addWidget(gallery)
    gallery.resize(1200, 700)
    gallery.show()
    qapp.processEvents()
    image = gallery.grab().toImage()
    # The first card's coloured edge (its attitude) is drawn where the card starts.
    rect = gallery.view.visualRect(gallery.proxy.index(0, 0))
    origin = gallery.view.viewport().mapTo(gallery, rect.topLeft())
    assert isinstance(gallery, QWidget)
    edge = image.pixelColor(origin.x() + 6, origin.y() + rect.height() // 2)
    assert edge.name() != "#ffffff"
