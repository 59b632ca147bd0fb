"""One workshop under every view: what is made in one place shows at once in every open
view, driven as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sec_workshop.gui.app import Shell
from sec_workshop.gui.board.boards_tab import NewBoardDialog


def _table_texts(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_a_session_made_for_a_new_board_shows_in_every_view(
    qapp: QApplication, qtbot: QtBot, shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shell.window
    window.resize(1400, 900)
    window.show()
    window.open_demo()
    page = window.wijk_page
    # Every view is opened first, as a facilitator clicks through the tabs.
    page.show_tab(page.SESSIONS)
    page.show_tab(page.ROADMAP)
    editor = page.roadmap.editor
    assert editor is not None
    step = editor.doc.steps()[0]
    editor.editor.show_step(step.id)
    before = editor.editor.sessions.count()
    page.show_tab(page.BOARDS)

    def fill_in(dialog: NewBoardDialog) -> int:
        dialog.show()
        QTest.keyClicks(dialog.title, "Warmte-ideeen")
        dialog.session.setFocus()
        QTest.keyClick(dialog.session, Qt.Key.Key_End)  # "Een nieuwe sessie…"
        QTest.keyClicks(dialog.session_title, "Warmtenet-avond met bewoners")
        QTest.keyClick(dialog.session_title, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(NewBoardDialog, "exec", fill_in)
    QTest.mouseClick(page.boards.new_button, Qt.MouseButton.LeftButton)
    assert page.boards.editor is not None  # the new board is open
    qapp.processEvents()

    # The session list in the step panel of the roadmap (kept open in its tab)...
    titles = [editor.editor.sessions.item(i).text() for i in range(editor.editor.sessions.count())]
    assert editor.editor.sessions.count() == before + 1
    assert any("Warmtenet-avond met bewoners" in t for t in titles)
    # ...and the Sessies tab, without rebuilding anything.
    page.show_tab(page.SESSIONS)
    qapp.processEvents()
    assert "Warmtenet-avond met bewoners" in _table_texts(page.sessions.table, 2)
    # Undo takes the board and its session away from every view again.
    page.show_tab(page.BOARDS)
    page.boards.close_editor()
    page.boards.doc.undo_stack.undo()
    qapp.processEvents()
    page.show_tab(page.SESSIONS)
    qapp.processEvents()
    assert "Warmtenet-avond met bewoners" not in _table_texts(page.sessions.table, 2)
    assert editor.editor.sessions.count() == before
