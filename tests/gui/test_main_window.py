"""The window as a facilitator uses it: demo, walking the views, rename/delete with undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QScrollArea, QToolButton
from pytestqt.qtbot import QtBot

from sec_workshop.gui.app import Shell
from sec_workshop.gui.shell.dialogs import NewWijkDialog
from sec_workshop.services.workspace import Workspace


def _names(ws: Workspace) -> list[str]:
    return [w.name for w in ws.wijken.list()]


def test_starts_in_dutch_and_offers_the_demo(shell: Shell, qtbot: QtBot) -> None:
    window = shell.window
    assert window.isVisible()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&Bestand", "Be&werken"]
    page = window.start_page
    assert page.stack.currentIndex() == 1  # the empty state
    assert page.demo_button.isVisible()
    assert page.demo_button.accessibleName()
    buttons = [
        window.toolbar.widgetForAction(a) for a in window.toolbar.actions() if not a.isSeparator()
    ]
    names = [b.accessibleName() for b in buttons if b is not None]
    assert "Ongedaan maken" in names and "Routekaart" in names
    assert all(names)


def test_open_the_demo_and_walk_the_views(shell: Shell, qtbot: QtBot) -> None:
    window = shell.window
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    page = window.wijk_page
    assert window.pages.currentWidget() is page
    assert page.title.text() == "Vogelwijk-Oost"
    assert "Vogelwijk-Oost" in window.windowTitle()

    editor = page.roadmap.editor
    assert editor is not None
    scene = editor.scene
    assert len(scene.step_items) == len(editor.doc.steps()) == 75
    assert len(editor.doc.lanes()) == 4 and len(editor.doc.phases()) == 6
    first = editor.doc.steps_in(editor.doc.lanes()[0].id, editor.doc.phases()[0].id)[0]
    scene.select_steps([first.id])
    assert editor.editor.step_id == first.id
    assert editor.editor.title.text() == first.title
    # Undo follows what is in front: the roadmap editor here.
    assert window.undo_group.activeStack() is editor.doc.undo_stack

    # Ctrl+2: sessions; newest first, details of the selected session shown.
    window.tab_actions[1].trigger()
    sessions = page.sessions.table
    assert page.tabs.currentWidget() is page.sessions
    assert window.undo_group.activeStack() is page.sessions.undo_stack
    assert sessions.rowCount() == 3
    agenda = page.sessions.agenda
    assert agenda is not None and agenda.model.rowCount() > 0  # the newest session's

    window.tab_actions[2].trigger()
    people = page.stakeholders
    assert people.gallery is not None and people.gallery.proxy.rowCount() >= 10
    assert people.editor is not None and people.editor.name.text()  # the first card, open
    assert people.doc is not None
    assert window.undo_group.activeStack() is people.doc.undo_stack

    window.tab_actions[3].trigger()
    boards = page.boards.list.table
    assert boards.rowCount() == 5
    tree = page.boards.list.tree
    assert tree.topLevelItemCount() >= 4
    first = tree.topLevelItem(0)
    assert first.childCount() >= 1
    # Clusters come with the most votes first.
    totals = [int(tree.topLevelItem(i).text(1) or 0) for i in range(tree.topLevelItemCount())]
    clustered = [t for t in totals if t]
    assert clustered == sorted(clustered, reverse=True)

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    window.home_action.trigger()
    assert window.pages.currentWidget() is window.start_page
    assert window.start_page.list.count() == 1


def test_rename_then_undo_and_redo(
    shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ws = shell.window, shell.workspace
    window.open_demo()
    window.show_start()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vogelwijk Oost-Noord", True))
    window.rename_action.trigger()
    assert _names(ws) == ["Vogelwijk Oost-Noord"]
    assert window.start_page.list.item(0).text().startswith("Vogelwijk Oost-Noord")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert _names(ws) == ["Vogelwijk-Oost"]
    assert window.start_page.list.item(0).text().startswith("Vogelwijk-Oost")
    window.redo_action.trigger()
    assert _names(ws) == ["Vogelwijk Oost-Noord"]


def test_rename_to_empty_is_refused_with_a_message(
    shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ws = shell.window, shell.workspace
    window.open_demo()
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("x" * 300, True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.rename_action.trigger()
    assert shown == ["De naam is te lang (hoogstens 120 tekens)."]
    assert _names(ws) == ["Vogelwijk-Oost"]
    assert not window.undo_action.isEnabled()


def test_a_failed_undo_is_told_once_in_dutch(
    shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ws = shell.window, shell.workspace
    window.open_demo()
    window.show_start()  # the undo history of the list of wijken
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vogelwijk Noord", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.rename_action.trigger()
    wijk_id = ws.wijken.list()[0].id
    ws.wijken.delete(wijk_id)  # meanwhile, elsewhere: the undo has nothing left to rename
    window.undo_action.trigger()
    assert shown == ["Dit onderdeel bestaat niet (meer)."]


def test_after_a_language_switch_a_refused_rename_is_told_once(
    shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell.window.open_demo()
    english = shell.window.findChild(type(shell.window.undo_action), "language_en")
    english.trigger()
    dutch = shell.window.findChild(type(shell.window.undo_action), "language_nl")
    dutch.trigger()
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("x" * 300, True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    shell.window.rename_action.trigger()
    assert shown == ["De naam is te lang (hoogstens 120 tekens)."]
    assert _names(shell.workspace) == ["Vogelwijk-Oost"]


def test_delete_with_confirmation_and_undo_restores_everything(
    shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ws = shell.window, shell.workspace
    window.open_demo()
    wijk_id = ws.wijken.list()[0].id
    notes_before = sum(b.note_count for b in ws.boards.summaries(wijk_id))
    window.show_start()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert _names(ws) == ["Vogelwijk-Oost"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert _names(ws) == []
    assert window.start_page.stack.currentIndex() == 1
    window.undo_action.trigger()
    assert _names(ws) == ["Vogelwijk-Oost"]
    assert sum(b.note_count for b in ws.boards.summaries(wijk_id)) == notes_before
    window.start_page.list.setCurrentRow(0)
    qtbot.keyClick(window.start_page.list, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.wijk_page


def test_new_wijk_dialog_creates_a_wijk_with_a_roadmap(
    shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ws = shell.window, shell.workspace

    def fill_and_accept(dialog: NewWijkDialog) -> int:
        qtbot.keyClicks(dialog.ui.nameEdit, "Lombok")
        qtbot.keyClicks(dialog.ui.municipalityEdit, "Utrecht")
        dialog.ui.vulnerableCheck.setChecked(True)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(NewWijkDialog, "exec", fill_and_accept)
    window.new_action.trigger()
    wijken = ws.wijken.list()
    assert [w.name for w in wijken] == ["Lombok"]
    assert wijken[0].municipality == "Utrecht" and wijken[0].vulnerable
    roadmap = ws.models.roadmap_of(wijken[0].id)
    assert roadmap is not None
    lanes = [lane.name for lane in ws.models.content(roadmap.id).lanes]
    assert "Koppelkansen" in lanes
    window.undo_action.trigger()
    assert ws.wijken.list() == []
    window.redo_action.trigger()
    assert [w.id for w in ws.wijken.list()] == [wijken[0].id]


def test_new_wijk_dialog_refuses_an_empty_name(qtbot: QtBot, shell: Shell) -> None:
    dialog = NewWijkDialog(shell.workspace.models.templates(), "nl")
    qtbot.addWidget(dialog)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.text() == "De naam mag niet leeg zijn."


def test_check_backup_and_restore_from_the_menu(
    shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    window, ws = shell.window, shell.workspace
    window.open_demo()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window.check_action.trigger()
    assert "in orde" in shown[-1]
    window.backup_action.trigger()
    assert "handmatig" in shown[-1]
    ws.wijken.rename(ws.wijken.list()[0].id, "Later veranderd")
    from sec_workshop.gui.shell.dialogs import RestoreBackupDialog

    chosen: list[str] = []

    def pick_newest(dialog: RestoreBackupDialog) -> int:
        dialog.list.setCurrentRow(0)
        chosen.append(dialog.chosen_path() or "")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(RestoreBackupDialog, "exec", pick_newest)
    window.restore_action.trigger()
    assert "handmatig" in chosen[0]
    assert _names(ws) == ["Vogelwijk-Oost"]
    assert "teruggezet" in shown[-1] or "restored" in shown[-1]
    assert list((data_dir / "backups").glob("*voor-terugzetten.sqlite"))


def test_switch_to_english_and_back(
    shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell.window.open_demo()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vogelwijk Noord", True))
    shell.window.rename_action.trigger()
    english = shell.window.findChild(type(shell.window.undo_action), "language_en")
    english.trigger()
    window = shell.window
    assert next(a.text() for a in window.menuBar().actions()) == "&File"
    assert window.pages.currentWidget() is window.wijk_page  # the open wijk stays open
    assert window.wijk_page.tabs.tabText(0) == "Roadmap"
    window.show_start()  # the wijk list's undo history, not the roadmap's
    assert window.undo_action.isEnabled()  # the undo history came along
    assert "Vogelwijk Noord" in window.undo_action.text()
    window.undo_action.trigger()
    assert _names(shell.workspace) == ["Vogelwijk-Oost"]
    dutch = window.findChild(type(window.undo_action), "language_nl")
    dutch.trigger()
    assert next(a.text() for a in shell.window.menuBar().actions()) == "&Bestand"


def test_about_shows_version_and_data_folder(shell: Shell, qtbot: QtBot, data_dir: Path) -> None:
    from sec_workshop import __version__
    from sec_workshop.gui.shell.dialogs import AboutDialog

    dialog = AboutDialog(str(data_dir))
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.versionLabel.text()
    assert str(data_dir) in dialog.ui.folderLabel.text()


def test_backup_at_start_and_the_timer(shell: Shell, qtbot: QtBot, data_dir: Path) -> None:
    qtbot.waitUntil(lambda: bool(list((data_dir / "backups").glob("*-start.sqlite"))), timeout=5000)
    window = shell.window
    assert window.backup_timer.isActive()
    assert window.backup_timer.interval() == 30 * 60 * 1000
    window.backup_timer.timeout.emit()  # nothing changed since the last backup
    assert not list((data_dir / "backups").glob("*-automatisch.sqlite"))
    window.open_demo()
    window.backup_timer.timeout.emit()
    assert list((data_dir / "backups").glob("*-automatisch.sqlite"))


def test_markup_in_names_is_shown_as_text(shell: Shell, qtbot: QtBot) -> None:
    from sec_workshop.domain.wijk import Wijk

    window, ws = shell.window, shell.workspace
    hostile = '<img src="x"><b>Hack</b> & Co'
    bundle = ws.wijken.create(
        Wijk(name=hostile, municipality="<i>Stad</i>", description="<script>alert(1)</script>"),
        None,
    )
    window.wijken.reload()
    window.start_page.refresh()
    window.open_wijk(bundle.wijk.id)
    page = window.wijk_page
    assert page.title.textFormat() == Qt.TextFormat.PlainText
    assert page.title.text() == hostile
    assert "&lt;i&gt;Stad&lt;/i&gt;" in page.facts.text()
    assert "&lt;script&gt;" in page.facts.text()
    assert window.start_page.list.item(0).text().startswith(hostile)


def test_edit_a_template_in_its_own_mode(
    shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from sec_workshop.gui.roadmap.commands import EditStepCommand

    window, ws = shell.window, shell.workspace
    window.open_demo()
    wijk_id = ws.wijken.list()[0].id
    roadmap = ws.models.roadmap_of(wijk_id)
    assert roadmap is not None
    roadmap_titles = sorted(s.title for s in ws.models.content(roadmap.id).steps)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("SEC-procesmodel", True))
    window.templates_action.trigger()
    page = window.template_page
    assert window.pages.currentWidget() is page
    editor = page.editor
    assert editor is not None and editor.doc.model.name == "SEC-procesmodel"
    assert window.undo_group.activeStack() is editor.doc.undo_stack
    step = editor.doc.steps()[0]
    editor.doc.undo_stack.push(
        EditStepCommand(editor.doc, step, replace(step, title="Bewoners als eerste"), "title")
    )
    template = ws.models.content(editor.doc.model.id)
    assert "Bewoners als eerste" in [s.title for s in template.steps]
    assert sorted(s.title for s in ws.models.content(roadmap.id).steps) == roadmap_titles
    assert ws.models.history(editor.doc.model.id) == []  # templates keep no history
    window.undo_action.trigger()
    assert "Bewoners als eerste" not in [
        s.title for s in ws.models.content(editor.doc.model.id).steps
    ]
    assert window.home_action.isEnabled()
    window.home_action.trigger()
    assert window.pages.currentWidget() is window.start_page


def test_a_board_opened_from_the_boards_tab_stays_open_across_a_language_switch(
    shell: Shell, qtbot: QtBot
) -> None:
    window = shell.window
    window.open_demo()
    page = window.wijk_page
    page.show_tab(page.BOARDS)
    boards = page.boards
    boards.list.table.selectRow(0)
    board = boards.selected_board()
    assert board is not None
    boards.open_button.click()
    assert boards.editor is not None and boards.editor.doc.board_id == board.id
    assert window.undo_group.activeStack() is boards.editor.doc.undo_stack
    english = window.findChild(type(window.undo_action), "language_en")
    english.trigger()
    page = shell.window.wijk_page
    assert page.tabs.currentWidget() is page.boards
    assert page.boards.editor is not None and page.boards.editor.doc.board_id == board.id
    assert page.boards.editor.back_button.text() == "All boards"
    page.boards.editor.back_button.click()
    assert page.boards.editor is None
    dutch = shell.window.findChild(type(shell.window.undo_action), "language_nl")
    dutch.trigger()


def test_an_open_board_gets_the_room_of_the_wijk_figures(shell: Shell) -> None:
    window = shell.window
    window.open_demo()
    page = window.wijk_page
    page.show_tab(page.BOARDS)
    assert page.facts.isVisible()
    page.boards.list.table.selectRow(0)
    page.boards.open_button.click()
    assert not page.facts.isVisible()
    assert page.boards.editor is not None
    page.boards.editor.back_button.click()
    assert page.facts.isVisible()


def test_the_undo_tooltip_shows_a_typed_title_as_typed(shell: Shell) -> None:
    from sec_workshop.gui.common.plain_text import plain

    window = shell.window
    window.open_demo()
    page = window.wijk_page
    page.show_tab(page.BOARDS)
    page.boards.list.table.selectRow(0)
    page.boards.open_button.click()
    editor = page.boards.editor
    assert editor is not None
    note = editor.add_note(editor.view.new_note_position(), text="")
    assert note is not None
    editor.scene.clearSelection()
    editor.scene.notes[note.id].setSelected(True)
    editor.cluster_action.trigger()
    editor.view.editor.textCursor().insertText("<b>Kosten</b>")  # type: ignore[union-attr]
    editor.view.stop_editing()
    assert "<b>Kosten</b>" not in window.undo_action.toolTip()
    assert window.undo_action.toolTip() == plain(window.undo_action.text().replace("&", ""))


@pytest.mark.parametrize("width", [1366, 1024])
def test_every_view_fits_a_laptop_or_projector_screen(
    shell: Shell, qtbot: QtBot, width: int
) -> None:
    """A laptop's 1366×768 or a projector's 1024×768: with a taskbar and a title bar, 690 of
    the 768 pixels are left for the window."""
    window = shell.window
    window.resize(width, 690)
    window.open_demo()
    page = window.wijk_page
    too_big: dict[str, tuple[int, int]] = {}

    def measure(where: str) -> None:
        qtbot.wait(10)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        if hint.height() > 690 or hint.width() > width:
            too_big[where] = (hint.width(), hint.height())

    editor = page.roadmap.editor
    assert editor is not None
    editor.scene.select_steps([editor.doc.steps()[0].id])
    measure("routekaart")
    sessions = page.sessions
    page.show_tab(page.SESSIONS)
    for session in shell.workspace.sessions.summaries(page.wijk_id or ""):
        sessions.select_session(session.session.id)
        for sub in range(sessions.tabs.count()):
            sessions.show_page(sub)
            measure(f"sessie {session.session.title}, {sessions.tabs.tabText(sub)}")
            # A page that scrolls does so only downwards: nothing is cut off at the side.
            page_shown = sessions.tabs.currentWidget()
            if isinstance(page_shown, QScrollArea):
                assert not page_shown.horizontalScrollBar().isVisible(), session.session.title
    for index, name in ((page.STAKEHOLDERS, "stakeholders"), (page.KOPPELKANSEN, "koppelkansen")):
        page.show_tab(index)
        measure(name)
    page.show_tab(page.BOARDS)
    measure("borden")
    assert too_big == {}


def test_running_a_session_fits_a_laptop_screen_and_gives_the_room_back(
    shell: Shell, qtbot: QtBot
) -> None:
    """In the hall the run mode takes the room of the wijk's header, tabs, tool bar and
    status line, so that the capture bar stays on a 1366×768 screen; they come back with
    another view in front, and when the run mode is left."""
    window = shell.window
    window.resize(1366, 690)
    window.open_demo()
    page = window.wijk_page
    page.show_tab(page.SESSIONS)
    sessions = page.sessions
    held = next(
        s.session.id
        for s in shell.workspace.sessions.summaries(page.wijk_id or "")
        if s.session.status == "held"
    )
    sessions.select_session(held)
    shown = (window.toolbar, window.statusBar(), page.title, page.tabs.tabBar(), page.facts)

    sessions.run_session()
    run = sessions.run_mode
    assert run is not None
    qtbot.wait(10)
    assert not any(w.isVisible() for w in shown)
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 690, hint
    capture = run.capture
    assert capture.isVisible()
    assert capture.mapTo(window, capture.rect().bottomLeft()).y() <= window.height()

    window.tab_actions[0].trigger()  # Ctrl+1: the roadmap, with the window as it was
    assert window.toolbar.isVisible() and page.tabs.tabBar().isVisible()
    window.tab_actions[1].trigger()  # back to the session under way
    assert not window.toolbar.isVisible() and not page.tabs.tabBar().isVisible()
    qtbot.mouseClick(run.leave_button, Qt.MouseButton.LeftButton)
    assert sessions.run_mode is None or not sessions.run_mode.isVisible()
    assert all(w.isVisible() for w in shown)


def test_a_long_undo_text_keeps_the_views_on_the_tool_bar(shell: Shell, qtbot: QtBot) -> None:
    from PySide6.QtGui import QUndoCommand

    window = shell.window
    window.resize(1366, 690)
    window.open_demo()
    stack = window.undo_group.activeStack()
    assert stack is not None
    title = "Energiecoaches uit de wijk bij huishoudens met energieschulden"
    stack.push(QUndoCommand(f"Koppelkans “{title}” bewerken"))
    qtbot.wait(10)
    undo = window.toolbar.widgetForAction(window.undo_action)
    assert isinstance(undo, QToolButton) and undo.text() == "Ongedaan maken"
    assert title in window.undo_action.toolTip()  # what would be undone, on hovering
    for action in window.tab_actions:
        button = window.toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()


def test_switching_language_asks_first_when_work_could_no_longer_be_undone(
    shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from sec_workshop.domain.enums import StepStatus
    from sec_workshop.gui.roadmap.commands import ModelEditCommand

    window = shell.window
    window.open_demo()
    editor = window.wijk_page.roadmap.editor
    assert editor is not None
    step = editor.doc.steps()[0]
    done = replace(step, status=StepStatus.DONE)
    editor.doc.undo_stack.push(
        ModelEditCommand(editor.doc, "Stap bewerken", lambda: editor.doc.update_step(done))
    )
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    english = window.findChild(type(window.undo_action), "language_en")
    english.trigger()
    assert len(asked) == 1 and "niet meer ongedaan" in asked[0]
    assert shell.window is window and window.lang == "nl"  # nothing switched
    assert not english.isChecked()
    assert editor.doc.undo_stack.canUndo()

    answer[0] = QMessageBox.StandardButton.Yes
    english.trigger()
    assert shell.window is not window and shell.window.lang == "en"
