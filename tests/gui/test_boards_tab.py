"""The Boards tab of a wijk: a refused rename, or an undo that finds its board gone, is told
once, in Dutch, over the tab."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from sec_workshop.domain.board import Board
from sec_workshop.gui.app import Shell


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the warnings said."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def _rename_first_board(shell: Shell, monkeypatch: pytest.MonkeyPatch, title: str) -> Board:
    """The Boards tab of the demo wijk; its first board renamed to ``title`` by the user."""
    shell.window.open_demo()
    page = shell.window.wijk_page
    page.show_tab(page.BOARDS)
    page.boards.list.table.selectRow(0)
    board = page.boards.selected_board()
    assert board is not None
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (title, True))
    page.boards.rename_button.click()
    return board


def test_a_refused_rename_is_told_once_in_dutch(
    shell: Shell, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    board = _rename_first_board(shell, monkeypatch, "x" * 300)
    assert len(told) == 1
    assert "te lang" in told[0]
    assert shell.workspace.boards.get(board.id).title == board.title
    assert shell.window.wijk_page.boards.doc.undo_stack.count() == 0


def test_an_undo_whose_board_is_gone_is_told_once(
    shell: Shell, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    board = _rename_first_board(shell, monkeypatch, "Nieuwe titel")
    assert told == []
    shell.workspace.board_editing.delete_board(board.id)  # meanwhile, elsewhere
    shell.window.undo_action.trigger()
    assert len(told) == 1
    assert "Dit onderdeel bestaat niet (meer)." in told[0]
