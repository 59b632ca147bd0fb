"""A session made or changed in one place shows in every view that shows sessions: the
roadmap's step panel, the Sessies tab, the wijk's header."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sec_workshop.gui.app import Shell


def test_a_session_made_for_a_step_is_prepared_in_sessies_and_named_in_the_header(
    qapp: QApplication, qtbot: QtBot, shell: Shell
) -> None:
    window = shell.window
    window.resize(1400, 900)
    window.show()
    window.open_demo()
    page = window.wijk_page
    page.show_tab(page.ROADMAP)
    roadmap = page.roadmap.editor
    assert roadmap is not None
    step = next(s for s in roadmap.doc.steps() if s.status.value == "planned")
    page.roadmap.show_step(step.id)
    panel = roadmap.editor
    before = panel.sessions.count()

    QTest.mouseClick(panel.new_session, Qt.MouseButton.LeftButton)

    # Sessies is in front with the new session chosen, serving the step.
    assert page.tabs.currentIndex() == page.SESSIONS
    sessions = page.sessions
    chosen = sessions.selected_session_id()
    assert chosen is not None
    made = shell.workspace.sessions.content(chosen).session
    assert made.step_id == step.id and made.title == step.title
    # The step panel (kept open in its tab) lists it, ticked.
    qtbot.waitUntil(lambda: panel.sessions.count() == before + 1)
    ticked = [
        panel.sessions.item(i)
        for i in range(panel.sessions.count())
        if panel.sessions.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert any(step.title in item.text() for item in ticked)

    # Dated for next week, it is the next session the wijk's header names.
    soon = (datetime.now() + timedelta(days=3)).replace(hour=19, minute=30, second=0, microsecond=0)
    shell.workspace.session_editing.update(replace(made, starts_at=soon))
    qtbot.waitUntil(lambda: made.title in page.facts.text())
    assert soon.strftime("%d-%m-%Y 19:30") in page.facts.text()

    # Undo in the roadmap (where it was made) takes it away from every view.
    page.show_tab(page.ROADMAP)
    roadmap.doc.undo_stack.undo()  # the date, set elsewhere, stays with the session: undo
    qapp.processEvents()
    assert chosen not in {
        s.session.id for s in shell.workspace.sessions.summaries(page.wijk_id or "")
    }
    qtbot.waitUntil(lambda: panel.sessions.count() == before)
    page.show_tab(page.SESSIONS)
    qtbot.waitUntil(lambda: sessions.table.rowCount() == 3)
