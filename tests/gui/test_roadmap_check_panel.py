"""*Routekaart controleren* in the window: the count on the roadmap follows edits made in
the step panel and in other tabs, and a finding opens its step or its session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.session import Session
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.app import Shell
from sec_workshop.gui.roadmap.editor import RoadmapEditorWidget


def _open(shell: Shell) -> tuple[RoadmapEditorWidget, str]:
    ws = shell.workspace
    template = next(t for t in ws.models.templates() if t.builtin_key == "sec-standaard")
    wijk = ws.wijken.create(Wijk(name="Lombok"), template.id).wijk
    window = shell.window
    window.resize(1400, 900)
    window.show()
    window.wijken.reload()  # made through the service, not the window
    window.open_wijk(wijk.id)
    page = window.wijk_page
    page.show_tab(page.ROADMAP)
    editor = page.roadmap.editor
    assert editor is not None
    return editor, wijk.id


def _click_finding(editor: RoadmapEditorWidget, row: int) -> None:
    found = editor.check_panel.list
    rect = found.visualItemRect(found.item(row))
    QTest.mouseClick(found.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_count_follows_the_step_panel_and_a_finding_opens_its_step(
    qapp: QApplication, qtbot: QtBot, shell: Shell
) -> None:
    editor, _ = _open(shell)
    button = editor.check_button
    assert button.isVisible()
    assert button.text() == "Routekaart klopt"
    arrow = editor.doc.dependencies()[0]
    step = editor.doc.step(arrow.to_step_id)
    base = editor.doc.step(arrow.from_step_id)
    assert step is not None and base is not None

    # The step that builds on another is set to done in the step panel, as a user does.
    editor.scene.select_steps([step.id])
    panel = editor.editor
    panel.status.setFocus()
    panel.status.setCurrentIndex(panel.status.findData(StepStatus.DONE.value))
    panel.status.activated.emit(panel.status.currentIndex())
    qtbot.waitUntil(lambda: button.text() == "1 punt om te controleren")

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor.side.currentWidget() is editor.check_panel
    found = editor.check_panel.list
    assert found.count() == 1
    text = found.item(0).text()
    assert text == (
        f"'{step.title}' is klaar, maar '{base.title}', waarop deze stap voortbouwt, is gepland."
    )

    editor.scene.clearSelection()
    _click_finding(editor, 0)
    assert editor.selected_step_ids() == [step.id]
    assert editor.side.currentWidget() is editor.check_panel  # the list stays in sight

    # Undo (the finding never blocked the edit) makes the roadmap check out again.
    editor.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: button.text() == "Routekaart klopt")
    assert editor.check_panel.list.count() == 0


def test_a_session_dated_elsewhere_shows_and_opens_in_sessies(
    qapp: QApplication, qtbot: QtBot, shell: Shell
) -> None:
    editor, wijk_id = _open(shell)
    ws = shell.workspace
    step = editor.doc.steps()[0]
    today = date.today()
    editor.editor.show_step(step.id)
    dated = replace(
        step, start_date=today + timedelta(days=30), due_date=today + timedelta(days=90)
    )
    editor.doc.update_step(dated)
    session = Session(
        wijk_id=wijk_id,
        title="Startavond",
        starts_at=datetime.combine(today + timedelta(days=40), datetime.min.time()),
    )
    ws.session_editing.create(session, step.id)
    qapp.processEvents()
    assert editor.check_button.text() == "Routekaart klopt"

    # In Sessies the evening is moved a year on: the roadmap's count follows when it is
    # looked at again.
    page = shell.window.wijk_page
    page.show_tab(page.SESSIONS)
    later = ws.sessions.content(session.id).session
    ws.session_editing.update(replace(later, starts_at=later.starts_at + timedelta(days=365)))
    qapp.processEvents()
    page.show_tab(page.ROADMAP)
    qtbot.waitUntil(lambda: editor.check_button.text() == "1 punt om te controleren")
    editor.side.setCurrentWidget(editor.check_panel)
    assert "Sessie 'Startavond'" in editor.check_panel.list.item(0).text()
    assert "valt na de periode" in editor.check_panel.list.item(0).text()

    _click_finding(editor, 0)
    assert page.tabs.currentIndex() == page.SESSIONS
    assert page.sessions.selected_session_id() == session.id


def test_the_count_is_in_english_too(qapp: QApplication, shell: Shell) -> None:
    editor, _ = _open(shell)
    arrow = editor.doc.dependencies()[0]
    step = editor.doc.step(arrow.to_step_id)
    assert step is not None
    editor.doc.update_step(replace(step, status=StepStatus.IN_PROGRESS))
    english = RoadmapEditorWidget(shell.workspace, editor.doc.model.id, "en")
    try:
        assert english.check_button.text() == "1 point to check"
        assert " is in progress, but " in english.check_panel.list.item(0).text()
    finally:
        english.deleteLater()


def test_a_finding_opens_the_decision_or_the_board_it_is_about(
    qapp: QApplication, qtbot: QtBot, shell: Shell
) -> None:
    """A decision about a step done before the session opens *Besluiten en actiepunten*
    with that decision chosen; too many dots open the board where they are counted."""
    window = shell.window
    window.resize(1400, 900)
    window.show()
    window.open_demo()
    ws = shell.workspace
    page = window.wijk_page
    wijk_id = page.wijk_id or ""
    editor = page.roadmap.editor
    assert editor is not None

    held = [
        ws.sessions.content(s.session.id)
        for s in ws.sessions.summaries(wijk_id)
        if s.session.status == "held" and s.session.starts_at is not None
    ]
    content = next(c for c in held if c.decisions)
    day = content.session.starts_at.date()  # type: ignore[union-attr]
    done = next(
        s
        for s in editor.doc.steps()
        if s.status is StepStatus.DONE and s.due_date is not None and s.due_date < day
    )
    decision = content.decisions[-1]
    ws.session_editing.change(replace(decision, step_id=done.id))
    board = next(ws.boards.content(b.id) for b in content.boards)
    vote_round = board.vote_rounds[0]
    ws.board_editing.set_tally(board.board.id, vote_round.id, board.notes[0].id, 999)
    qapp.processEvents()
    qtbot.waitUntil(lambda: editor.check_panel.list.count() >= 3)
    editor.side.setCurrentWidget(editor.check_panel)
    texts = [editor.check_panel.list.item(i).text() for i in range(editor.check_panel.list.count())]

    _click_finding(editor, next(i for i, t in enumerate(texts) if "Besluit" in t))
    assert page.tabs.currentIndex() == page.SESSIONS
    assert page.sessions.selected_session_id() == content.session.id
    assert page.sessions.tabs.currentIndex() == 3  # Besluiten en actiepunten
    records = page.sessions.records
    assert records is not None and records.decisions_section.list.current_id() == decision.id

    page.show_tab(page.ROADMAP)
    _click_finding(editor, next(i for i, t in enumerate(texts) if "stippen" in t))
    assert page.tabs.currentIndex() == page.BOARDS
    assert page.boards.editor is not None
    assert page.boards.editor.doc.board_id == board.board.id
