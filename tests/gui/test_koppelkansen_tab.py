"""The *Koppelkansen* tab as a coach fills it in: a koppelkans typed key by key, its status
moved on, a step and a stakeholder ticked, all saved at once and undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sec_workshop.domain.enums import KoppelkansStatus
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.app import Shell
from sec_workshop.gui.koppelkansen.view import KoppelkansenView


def _open(shell: Shell) -> tuple[KoppelkansenView, str]:
    ws = shell.workspace
    template = next(t for t in ws.models.templates() if t.builtin_key == "sec-standaard")
    wijk = ws.wijken.create(Wijk(name="Lombok", vulnerable=True), template.id).wijk
    ws.stakeholders.add(Stakeholder(wijk_id=wijk.id, name="Sociaal wijkteam", type_key="wijkteam"))
    window = shell.window
    window.resize(1400, 900)
    window.show()
    window.wijken.reload()
    window.open_wijk(wijk.id)
    page = window.wijk_page
    page.show_tab(page.KOPPELKANSEN)
    return page.koppelkansen, wijk.id


def test_a_koppelkans_is_typed_linked_and_undone(
    qapp: QApplication, qtbot: QtBot, shell: Shell
) -> None:
    view, wijk_id = _open(shell)
    ws = shell.workspace
    assert view.table.rowCount() == 0
    assert "Nog geen koppelkansen" in view.summary.text()

    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert editor is not None
    title = editor.lines["title"]
    assert title.hasFocus() and title.selectedText() == "Nieuwe koppelkans"
    qtbot.keyClicks(title, "Energiecoaches bij de schuldhulp")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.lines["problem"], "energiearmoede")
    qtbot.keyClicks(editor.lines["lead"], "Sociaal wijkteam ")
    editor.partners.setFocus()
    qtbot.keyClicks(editor.partners, "Schuldhulp Dalmonde")
    qtbot.keyClick(editor.partners, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.partners, "Welzijn, buurthuis De Zwaluw")
    editor.lines["indicator"].setFocus()  # leaving the partners saves them
    qtbot.keyClicks(editor.lines["indicator"], "Huishoudens met een energieachterstand")

    (saved,) = ws.koppelkansen.register(wijk_id).koppelkansen
    assert saved.title == "Energiecoaches bij de schuldhulp"  # spaces kept, key by key
    assert saved.problem == "energiearmoede"
    assert saved.lead == "Sociaal wijkteam "  # trimmed only when typing there ends
    assert saved.partners == ("Schuldhulp Dalmonde", "Welzijn, buurthuis De Zwaluw")
    assert view.table.item(0, 0).text() == "Energiecoaches bij de schuldhulp"
    assert view.table.item(0, 4).text() == "Schuldhulp Dalmonde, Welzijn, buurthuis De Zwaluw"

    # Agreed: the status is saved and the history says so (made today, agreed today: the
    # day's one entry says where it stands).
    editor.status.setCurrentIndex(editor.status.findData(KoppelkansStatus.AGREED.value))
    editor.status.activated.emit(editor.status.currentIndex())
    register = ws.koppelkansen.register(wijk_id)
    assert [u.status for u in register.history(saved.id)] == [KoppelkansStatus.AGREED]
    assert editor.history.count() == 1
    assert "Afgesproken" in editor.history.item(0).text()
    assert view.table.item(0, 1).text() == "Afgesproken"

    # Ticking a step and a stakeholder links them.
    step_item = editor.steps.item(0)
    step_id = step_item.data(Qt.ItemDataRole.UserRole)
    step_item.setCheckState(Qt.CheckState.Checked)
    person_item = editor.stakeholders.item(0)
    person_item.setCheckState(Qt.CheckState.Checked)
    register = ws.koppelkansen.register(wijk_id)
    assert register.step_ids(saved.id) == [step_id]
    assert len(register.stakeholder_ids(saved.id)) == 1
    # The roadmap's step panel names it.
    page = shell.window.wijk_page
    page.show_tab(page.ROADMAP)
    page.roadmap.show_step(step_id)
    roadmap = page.roadmap.editor
    assert roadmap is not None
    qtbot.waitUntil(
        lambda: (
            roadmap.editor.koppelkansen.text() == "Koppelkansen: Energiecoaches bij de schuldhulp"
        )
    )
    page.show_tab(page.KOPPELKANSEN)

    # A measurement added to the history, with its note.
    qtbot.keyClicks(editor.update_note, "41 huishoudens")
    QTest.mouseClick(editor.add_update, Qt.MouseButton.LeftButton)
    history = ws.koppelkansen.register(wijk_id).history(saved.id)
    assert history[-1].note == "41 huishoudens"
    assert editor.update_note.text() == ""

    # Undo goes back one intent at a time, through the window's undo action.
    undo = shell.window.undo_action
    assert undo.isEnabled()
    for _ in range(4):  # the measurement, the stakeholder, the step, the status
        undo.trigger()
    register = ws.koppelkansen.register(wijk_id)
    assert register.step_ids(saved.id) == [] and register.stakeholder_ids(saved.id) == []
    assert register.koppelkansen[0].status is KoppelkansStatus.IDEA
    assert [u.status for u in register.history(saved.id)] == [KoppelkansStatus.IDEA]
    assert editor.status.currentData() == KoppelkansStatus.IDEA.value


def test_delete_asks_and_undo_brings_it_back(
    qapp: QApplication, qtbot: QtBot, shell: Shell, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    view, wijk_id = _open(shell)
    view.add_koppelkans()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)  # type: ignore[attr-defined]
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked and "Nieuwe koppelkans" in asked[0]
    assert shell.workspace.koppelkansen.register(wijk_id).koppelkansen == ()
    assert view.table.rowCount() == 0
    view.doc.undo_stack.undo()  # type: ignore[union-attr]
    assert view.table.rowCount() == 1
    # The one brought back is chosen and in the editor, also among others.
    back = shell.workspace.koppelkansen.register(wijk_id).koppelkansen[0]
    assert view.selected_id() == back.id
    assert view.editor is not None and view.editor.lines["title"].text() == back.title
    assert len(shell.workspace.koppelkansen.register(wijk_id).updates) == 1
    view.add_koppelkans()
    view.editor.lines["title"].setText("Tweede")
    view.editor.lines["title"].editingFinished.emit()
    view.select(back.id)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.table.rowCount() == 1 and view.selected_id() != back.id
    view.doc.undo_stack.undo()  # type: ignore[union-attr]
    assert view.selected_id() == back.id
    assert view.editor.lines["title"].text() == back.title
