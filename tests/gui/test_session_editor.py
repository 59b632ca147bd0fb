"""The *Sessions* tab in the window: a new session named by typing and given a date and a
time, every other view following; what it serves, who leads it, who is expected and who is
invited; copying it as the start of the next one; deleting one with its boards, and undo."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sec_workshop.domain.enums import ParticipantGroup
from sec_workshop.gui.app import Shell
from sec_workshop.gui.board.boards_tab import NewBoardDialog
from sec_workshop.gui.sessions.editor import SessionEditor
from sec_workshop.gui.sessions.view import SessionsView


def _open(shell: Shell) -> SessionsView:
    window = shell.window
    window.resize(1400, 900)
    window.show()
    window.open_demo()
    page = window.wijk_page
    page.show_tab(page.SESSIONS)
    _front(shell)
    return page.sessions


def _front(shell: Shell) -> None:
    """Typing and editing cells need the window in front."""
    QApplication.processEvents()
    shell.window.activateWindow()
    for _ in range(50):
        if QApplication.activeWindow() is shell.window:
            return
        QTest.qWait(10)
    raise AssertionError("the window did not come to the front")


def _editor(view: SessionsView) -> SessionEditor:
    assert view.editor is not None and view.doc is not None
    return view.editor


def _titles(view: SessionsView) -> list[str]:
    return [view.table.item(row, 2).text() for row in range(view.table.rowCount())]


def _boards(shell: Shell, wijk_id: str) -> set[str]:
    return {b.board.id for b in shell.workspace.boards.summaries(wijk_id)}


def test_a_new_session_is_named_by_typing_and_dated_and_every_view_follows(
    qapp: QApplication, qtbot: QtBot, shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shell.window
    view = _open(shell)
    page = window.wijk_page
    # The step panel of the roadmap is open in its tab, with the wijk's sessions to tick.
    page.show_tab(page.ROADMAP)
    roadmap = page.roadmap.editor
    assert roadmap is not None
    roadmap.editor.show_step(roadmap.doc.steps()[0].id)
    before = roadmap.editor.sessions.count()
    page.show_tab(page.SESSIONS)
    _front(shell)
    rows = view.table.rowCount()

    QTest.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    editor = _editor(view)
    assert view.table.rowCount() == rows + 1
    assert view.selected_session_id() == view.doc.session_id  # type: ignore[union-attr]
    assert view.table.currentRow() == 0  # no date yet: on top
    assert editor.title.hasFocus() and editor.title.selectedText() == editor.title.text()
    session_id = view.doc.session_id  # type: ignore[union-attr]
    workspace = shell.workspace

    QTest.keyClicks(editor.title, "Energiecafe aan de Merelstraat ")
    # Saved as typed, the space too (the next word may follow) ...
    assert workspace.sessions.content(session_id).session.title == "Energiecafe aan de Merelstraat "
    QTest.keyClick(editor.title, Qt.Key.Key_Tab)
    # ... and trimmed when typing ends, within the same undo step.
    assert workspace.sessions.content(session_id).session.title == "Energiecafe aan de Merelstraat"
    assert editor.title.text() == "Energiecafe aan de Merelstraat"
    stack = view.undo_stack
    assert stack is not None and stack.count() == 2  # the new session, the typing

    # A date from the calendar, then the time typed.
    arrow = QPoint(editor.date.width() - 6, editor.date.height() // 2)
    QTest.mouseClick(editor.date, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, arrow)
    calendar = editor.date.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    picked = QDate(2027, 1, 14)
    calendar.setSelectedDate(picked)
    calendar.activated.emit(picked)
    assert editor.start.isEnabled()
    editor.start.setFocus()
    QTest.keyClick(editor.start, Qt.Key.Key_Home)
    for _ in range(2):  # the hours chosen
        QTest.keyClick(editor.start, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(editor.start, "20:15")
    QTest.keyClick(editor.start, Qt.Key.Key_Return)
    saved = workspace.sessions.content(session_id).session
    assert saved.starts_at == datetime(2027, 1, 14, 20, 15)
    assert saved.status.value == "planned"
    qapp.processEvents()
    row = view.table.currentRow()
    assert [view.table.item(row, c).text() for c in range(3)] == [
        "14-01-2027",
        "20:15",
        "Energiecafe aan de Merelstraat",
    ]

    # The step panel's list of sessions follows at once...
    page.show_tab(page.ROADMAP)
    qapp.processEvents()
    listed = [
        roadmap.editor.sessions.item(i).text() for i in range(roadmap.editor.sessions.count())
    ]
    assert roadmap.editor.sessions.count() == before + 1
    assert "14-01-2027  Energiecafe aan de Merelstraat" in listed
    # ... and so does the choice of session for a new board.
    page.show_tab(page.BOARDS)
    offered: list[str] = []

    def look(dialog: NewBoardDialog) -> int:
        offered.extend(dialog.session.itemText(i) for i in range(dialog.session.count()))
        return int(NewBoardDialog.DialogCode.Rejected)

    monkeypatch.setattr(NewBoardDialog, "exec", look)
    QTest.mouseClick(page.boards.new_button, Qt.MouseButton.LeftButton)
    assert "Energiecafe aan de Merelstraat (14-01-2027)" in offered

    # Undo takes the date, then the title, then the session away again.
    page.show_tab(page.SESSIONS)
    stack.undo()
    assert workspace.sessions.content(session_id).session.starts_at is None
    stack.undo()
    assert workspace.sessions.content(session_id).session.title == view.tr("New session")
    stack.undo()
    assert "Energiecafe aan de Merelstraat" not in _titles(view)
    assert session_id not in [
        s.session.id for s in workspace.sessions.summaries(view.doc.session.wijk_id)
    ]  # type: ignore[union-attr]
    stack.redo()
    assert view.table.rowCount() == rows + 1


def test_step_facilitators_expected_people_and_invitations(
    qapp: QApplication, qtbot: QtBot, shell: Shell
) -> None:
    view = _open(shell)
    QTest.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    editor = _editor(view)
    doc = view.doc
    assert doc is not None and view.undo_stack is not None
    workspace = shell.workspace

    # The step it serves: the first step (under its lane's heading), by keyboard.
    assert editor.step.currentIndex() == 0  # "(geen)"
    editor.step.setFocus()
    QTest.keyClick(editor.step, Qt.Key.Key_Down)
    step_id = editor.step.currentData()
    assert step_id  # the lane's heading is passed over
    assert workspace.sessions.content(doc.session_id).session.step_id == step_id
    model = workspace.models.roadmap_of(doc.session.wijk_id)
    assert model is not None
    links = workspace.editing.step_links(model.id).step_sessions
    assert any(x.session_id == doc.session_id and x.step_id == step_id for x in links)

    # Two facilitators, named and given a role in the list, then the second moved up.
    for name, role in (("Lotte Verhagen", "leidt de avond"), ("Hasan Demir", "tolk")):
        QTest.mouseClick(editor.facilitators.add_button, Qt.MouseButton.LeftButton)
        field = QApplication.focusWidget()
        assert field is not None
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(field, name)
        QTest.keyClick(field, Qt.Key.Key_Return)
        qapp.processEvents()  # the list takes what was typed once the key is handled
        row = editor.facilitators.table.rowCount() - 1
        editor.facilitators.table.setCurrentCell(row, 1)
        editor.facilitators.table.editItem(editor.facilitators.table.item(row, 1))
        field = QApplication.focusWidget()
        assert field is not None
        QTest.keyClicks(field, role)
        QTest.keyClick(field, Qt.Key.Key_Return)
        qapp.processEvents()
    saved = [(p.name, p.role) for p in workspace.session_editing.facilitators(doc.session_id)]
    assert saved == [("Lotte Verhagen", "leidt de avond"), ("Hasan Demir", "tolk")]
    editor.facilitators.table.selectRow(1)
    QTest.mouseClick(editor.facilitators.up_button, Qt.MouseButton.LeftButton)
    saved = [(p.name, p.role) for p in workspace.session_editing.facilitators(doc.session_id)]
    assert [name for name, _ in saved] == ["Hasan Demir", "Lotte Verhagen"]
    assert editor.facilitators.table.item(0, 0).text() == "Hasan Demir"
    view.undo_stack.undo()
    assert editor.facilitators.table.item(0, 0).text() == "Lotte Verhagen"

    # Expected: counts per group, typed; the total shows.
    spin = editor.expected[ParticipantGroup.RESIDENTS]
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "24")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert workspace.sessions.content(doc.session_id).session.expected_residents == 24
    assert "24" in editor.expected_box.title()

    # Invited: ticking a stakeholder (its quadrant shown beside the name).
    item = editor.invited.item(0)
    assert " — " in item.text()
    person_id = item.data(Qt.ItemDataRole.UserRole)
    editor.invited.setCurrentRow(0)
    editor.invited.setFocus()
    QTest.keyClick(editor.invited, Qt.Key.Key_Space)
    assert editor.invited.item(0).checkState() == Qt.CheckState.Checked
    assert person_id in workspace.sessions.content(doc.session_id).stakeholder_ids
    view.undo_stack.undo()
    assert person_id not in workspace.sessions.content(doc.session_id).stakeholder_ids
    assert editor.invited.item(0).checkState() == Qt.CheckState.Unchecked


def test_a_session_is_copied_as_the_start_of_the_next_one(qapp: QApplication, shell: Shell) -> None:
    view = _open(shell)
    doc = view.doc
    assert doc is not None and view.undo_stack is not None
    source = doc.session
    agenda = [i.title for i in doc.agenda]
    QTest.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    copy = view.doc
    assert copy is not None and copy.session_id != source.id
    assert copy.session.title == view.tr("%1 (follow-up)").replace("%1", source.title)
    assert copy.session.starts_at is None and [i.title for i in copy.agenda] == agenda
    assert view.table.currentRow() == 0 and copy.session.title in _titles(view)
    view.undo_stack.undo()
    assert copy.session.title not in _titles(view)


def test_deleting_a_session_names_its_boards_and_undo_brings_them_back(
    qapp: QApplication, shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _open(shell)
    workspace = shell.workspace
    held = next(
        s
        for s in workspace.sessions.summaries(view.doc.session.wijk_id)
        if s.board_count == 2  # type: ignore[union-attr]
    )
    view.select_session(held.session.id)
    assert view.doc is not None and view.doc.session_id == held.session.id
    boards = {b.id for b in view.doc.boards}
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    QTest.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "2" in asked[0] and held.session.title in asked[0]
    assert held.session.title not in _titles(view)
    wijk_id = held.session.wijk_id
    assert held.session.id not in [s.session.id for s in workspace.sessions.summaries(wijk_id)]
    assert not boards & _boards(shell, wijk_id)
    assert view.doc is not None and view.doc.session_id != held.session.id  # another is shown

    assert view.undo_stack is not None
    view.undo_stack.undo()
    qapp.processEvents()
    assert held.session.title in _titles(view)
    assert boards <= _boards(shell, wijk_id)
    assert view.selected_session_id() == held.session.id  # the one that came back is shown
    view.undo_stack.redo()
    assert held.session.title not in _titles(view)


def test_the_agenda_goes_into_an_email_and_a_calendar_file(
    qapp: QApplication, shell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _open(shell)
    editor = _editor(view)
    doc = view.doc
    assert doc is not None and doc.session.starts_at is not None  # the demo's planned one
    QTest.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    first = doc.agenda[0]
    assert text.startswith(doc.session.title)
    assert f"19:30  {first.title} ({first.duration_minutes} min)" in text
    assert doc.session.location in text
    assert all(i.notes.splitlines()[0] not in text for i in doc.agenda if i.notes.strip())
    assert editor.invite_note.text()  # told where it went

    target = tmp_path / "uitnodiging"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""))
    QTest.mouseClick(editor.ics_button, Qt.MouseButton.LeftButton)
    written = (tmp_path / "uitnodiging.ics").read_bytes().decode()
    assert written.startswith("BEGIN:VCALENDAR") and "DTSTART;TZID=Europe/Amsterdam:" in written
    assert "uitnodiging.ics" in editor.invite_note.text()

    # Not into the workshop's own data folder: the guard refuses, and says so.
    told: list[str] = []
    data_folder = shell.workspace.maintenance.data_folder
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(data_folder / "agenda.ics"), "")
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_k: told.append(str(args[2])))
    QTest.mouseClick(editor.ics_button, Qt.MouseButton.LeftButton)
    assert told and not (data_folder / "agenda.ics").exists()

    # Without a date there is no calendar file to make.
    QTest.mouseClick(editor.no_date, Qt.MouseButton.LeftButton)
    assert doc.session.starts_at is None and not editor.ics_button.isEnabled()


def test_undo_shows_the_session_it_changes(qapp: QApplication, shell: Shell) -> None:
    view = _open(shell)
    editor = _editor(view)
    first = view.doc
    assert first is not None and view.undo_stack is not None
    title = first.session.title
    editor.title.setFocus()
    QTest.keyClick(editor.title, Qt.Key.Key_End)
    QTest.keyClicks(editor.title, " 2")
    QTest.keyClick(editor.title, Qt.Key.Key_Tab)
    assert first.session.title == f"{title} 2"
    view.table.selectRow(2)
    assert view.doc is not first
    view.undo_stack.undo()
    assert view.doc is first and first.session.title == title
    assert _editor(view).title.text() == title
