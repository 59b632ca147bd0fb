"""A started app (window on a fresh data folder) for the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF
from PySide6.QtWidgets import QApplication

from sec_workshop.gui.app import Shell, start
from sec_workshop.services.workspace import Workspace

if TYPE_CHECKING:
    from sec_workshop.gui.board.editor import BoardEditorWidget


@pytest.fixture
def shell(qapp: QApplication, data_dir: Path) -> Iterator[Shell]:
    started = start(data_dir, "nl")
    assert started is not None
    try:
        yield started
    finally:
        # Delete the window inside Qt's event loop, not later in Python's garbage collector.
        started.window.close()
        started.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        started.workspace.close()


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A modal message box would hang a test run; an unexpected one fails the test instead.
    Tests that expect one patch the method again themselves."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def unexpected(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        seen.append(str(args[2] if len(args) > 2 else args))
        return QMessageBox.StandardButton.No

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    yield seen
    assert not seen, f"unexpected message box: {seen}"


@pytest.fixture(autouse=True)
def _dutch(qapp: QApplication) -> Iterator[None]:
    """Every GUI test sees the app in its default language, whatever ran before."""
    from sec_workshop.gui.common import i18n

    i18n.install("nl")
    yield
    i18n.install("nl")


@pytest.fixture
def editor(qapp: QApplication, workspace: Workspace) -> Iterator[BoardEditorWidget]:
    """A new board (template *Kansen en belemmeringen*) in the demo wijk, open in its editor
    at 100% zoom, in the active window (typing goes to the active window's focused item)."""
    from sec_workshop.domain.board import Board
    from sec_workshop.gui.board.editor import BoardEditorWidget

    wijk_id = workspace.demo.add().wijk_id
    session_id = workspace.sessions.summaries(wijk_id)[0].session.id
    board = workspace.board_editing.create_board(
        Board(session_id=session_id, title="Testbord", template_key="kansen-belemmeringen")
    )
    widget = BoardEditorWidget(workspace, board.id)
    widget.resize(1400, 900)
    widget.show()
    widget.activateWindow()
    widget.view.set_zoom(1.0)
    widget.view.centerOn(QPointF(600, 400))
    qapp.processEvents()
    yield widget
    widget.close_projector()
    widget.session_timer.reset()
    widget.close()
    widget.deleteLater()
    qapp.processEvents()
