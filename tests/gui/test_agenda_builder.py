"""The agenda builder of a session: work forms dragged from the library onto the agenda,
reordering by drag and by Ctrl+Down, start times (past midnight too), an agenda that runs
over marked from the item where it does, breaks, deleting, the notes typed, and the
materials to pack ticked off; every step undone and redone."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sec_workshop.domain.session import AgendaItem
from sec_workshop.gui.app import Shell
from sec_workshop.gui.sessions.agenda import AgendaBuilder
from sec_workshop.gui.sessions.agenda_model import MINUTES, START, TITLE
from sec_workshop.gui.sessions.view import AGENDA, MATERIALS, SessionsView

ACTIONS = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


def _open(shell: Shell, starts_at: datetime | None, minutes: int = 120) -> SessionsView:
    """The demo's Sessions tab with a new session of ``minutes`` starting at ``starts_at``,
    its agenda in front."""
    window = shell.window
    window.resize(1400, 900)
    window.show()
    window.open_demo()
    page = window.wijk_page
    page.show_tab(page.SESSIONS)
    view = page.sessions
    QTest.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    doc = view.doc
    assert doc is not None
    view.undo_stack.clear()  # type: ignore[union-attr]
    # Set up as made elsewhere (the editor's fields are tested in test_session_editor).
    shell.workspace.session_editing.update(
        replace(doc.session, starts_at=starts_at, duration_minutes=minutes)
    )
    QApplication.processEvents()  # the change reaches the open session
    view.show_page(AGENDA)
    QApplication.processEvents()
    window.activateWindow()  # typing in cells needs the window in front
    for _ in range(50):
        if QApplication.activeWindow() is window:
            break
        QTest.qWait(10)
    return view


def _builder(view: SessionsView) -> AgendaBuilder:
    assert view.agenda is not None
    return view.agenda


def _drop(builder: AgendaBuilder, data: QMimeData, at: QPoint) -> None:
    """Drag ``data`` over the agenda and let go at ``at`` (viewport coordinates)."""
    port = builder.table.viewport()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(port, QDragEnterEvent(at, ACTIONS, data, buttons, keys))
    QApplication.sendEvent(port, QDragMoveEvent(at, ACTIONS, data, buttons, keys))
    QApplication.sendEvent(port, QDropEvent(QPointF(at), ACTIONS, data, buttons, keys))


def _form_mime(builder: AgendaBuilder, name: str) -> QMimeData:
    """What dragging a work form out of the library carries."""
    items = builder.library.list.findItems(name, Qt.MatchFlag.MatchExactly)
    assert items, name
    return builder.library.list.mimeData(items)


def _row_point(builder: AgendaBuilder, row: int, upper: bool) -> QPoint:
    table = builder.table
    top = table.rowViewportPosition(row)
    height = table.rowHeight(row)
    return QPoint(table.columnViewportPosition(TITLE) + 20, top + (3 if upper else height - 3))


def _shown(builder: AgendaBuilder, col: int) -> list[str]:
    model = builder.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def _stored(shell: Shell, session_id: str) -> list[str]:
    return [i.title for i in shell.workspace.sessions.content(session_id).agenda]


def test_work_forms_are_dragged_onto_the_agenda_and_reordered(
    qapp: QApplication, shell: Shell
) -> None:
    view = _open(shell, datetime(2027, 3, 4, 19, 30))
    builder = _builder(view)
    doc = view.doc
    assert doc is not None and view.undo_stack is not None
    port = builder.table.viewport()

    # Onto the empty agenda, then above the first item.
    _drop(builder, _form_mime(builder, "Stippenstemmen"), QPoint(40, port.height() - 10))
    _drop(builder, _form_mime(builder, "Affiniteitsclustering"), _row_point(builder, 0, True))
    assert _stored(shell, doc.session_id) == ["Affiniteitsclustering", "Stippenstemmen"]
    item = doc.agenda[0]
    form = doc.instruments[item.instrument_id or ""]
    assert (item.duration_minutes, item.notes) == (45, form.procedure)  # its time, its how
    assert _shown(builder, START) == ["19:30", "20:15"]
    assert builder.table.current_id() == item.id  # the item dropped last is chosen
    assert builder.notes.toPlainText() == form.procedure

    # Dragged within the agenda: the first to below the second.
    moving = builder.model.mimeData([builder.model.index(0, TITLE)])
    _drop(builder, moving, _row_point(builder, 1, False))
    assert _stored(shell, doc.session_id) == ["Stippenstemmen", "Affiniteitsclustering"]
    assert _shown(builder, START) == ["19:30", "19:45"]
    # Ctrl+Down on the chosen item moves it down one place (back again).
    builder.select_item(doc.agenda[0].id)
    builder.table.setFocus()
    QTest.keyClick(builder.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _stored(shell, doc.session_id) == ["Affiniteitsclustering", "Stippenstemmen"]
    assert builder.table.current_id() == doc.agenda[1].id  # it stays chosen
    positions = [i.position for i in shell.workspace.sessions.content(doc.session_id).agenda]
    assert positions == [0, 1]

    # One undo step each: Ctrl+Down, the drag, the two drops.
    stack = view.undo_stack
    assert stack.count() == 4
    stack.undo()
    assert _stored(shell, doc.session_id) == ["Stippenstemmen", "Affiniteitsclustering"]
    stack.undo()
    assert _stored(shell, doc.session_id) == ["Affiniteitsclustering", "Stippenstemmen"]
    stack.undo()
    assert _stored(shell, doc.session_id) == ["Stippenstemmen"]
    assert _shown(builder, START) == ["19:30"]
    stack.redo()
    stack.redo()
    assert _shown(builder, TITLE) == ["Stippenstemmen", "Affiniteitsclustering"]


def test_an_agenda_that_runs_over_is_marked_from_the_item_where_it_does(
    qapp: QApplication, shell: Shell
) -> None:
    view = _open(shell, datetime(2027, 3, 4, 23, 0), minutes=60)
    builder = _builder(view)
    doc = view.doc
    assert doc is not None
    builder.add_work_form(
        next(i.id for i in doc.instruments.values() if i.name == "Affiniteitsclustering")
    )
    QTest.mouseClick(builder.break_button, Qt.MouseButton.LeftButton)
    assert doc.agenda[1].is_break and doc.agenda[1].duration_minutes == 15
    assert builder.total.text().startswith("60 ")  # fits exactly: nothing marked
    assert _shown(builder, MINUTES) == ["45", "15"]
    builder.add_work_form(
        next(i.id for i in doc.instruments.values() if i.name == "Stippenstemmen")
    )
    assert _shown(builder, START) == ["23:00", "23:45", "00:00 (+1)"]  # past midnight
    minutes = _shown(builder, MINUTES)
    over = builder.model.tr("runs %1 min over").replace("%1", "15")
    assert minutes[:2] == ["45", "15"] and minutes[2] == f"15  · {over}"
    red = builder.model.index(2, TITLE).data(Qt.ItemDataRole.ForegroundRole)
    assert (
        red is not None
        and builder.model.index(1, TITLE).data(Qt.ItemDataRole.ForegroundRole) is None
    )
    assert over in builder.total.text() and "75" in builder.total.text()

    # Shortening the break by typing in its cell brings it back within the time.
    index = builder.model.index(1, MINUTES)
    builder.table.setCurrentIndex(index)
    builder.table.setFocus()
    builder.table.edit(index)
    field = QApplication.focusWidget()
    assert field is not None
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, "0")
    QTest.keyClick(field, Qt.Key.Key_Return)
    qapp.processEvents()
    assert doc.agenda[1].duration_minutes == 0
    assert builder.model.index(2, TITLE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert _shown(builder, START)[2] == "23:45"


def test_delete_key_notes_and_the_materials_to_pack(qapp: QApplication, shell: Shell) -> None:
    view = _open(shell, None)
    builder = _builder(view)
    doc = view.doc
    assert doc is not None and view.undo_stack is not None
    stack = view.undo_stack
    for name in ("Stippenstemmen", "Affiniteitsclustering"):
        builder.add_work_form(next(i.id for i in doc.instruments.values() if i.name == name))
    assert _shown(builder, START) == ["–", "–"]  # no start time yet

    # Notes typed key by key: saved as typed, one undo step.
    builder.select_item(doc.agenda[0].id)
    builder.notes.setFocus()
    builder.notes.moveCursor(builder.notes.textCursor().MoveOperation.End)
    QTest.keyClicks(builder.notes, " Tel de stippen hardop.")
    saved = shell.workspace.sessions.content(doc.session_id).agenda[0].notes
    assert saved.endswith(" Tel de stippen hardop.")
    count = stack.count()
    builder.table.setFocus()  # typing ends
    assert stack.count() == count

    # The Delete key takes the chosen item away; undo brings it back.
    builder.select_item(doc.agenda[1].id)
    QTest.keyClick(builder.table, Qt.Key.Key_Delete)
    assert _stored(shell, doc.session_id) == ["Stippenstemmen"]
    stack.undo()
    assert _stored(shell, doc.session_id) == ["Stippenstemmen", "Affiniteitsclustering"]

    # Materials: ticked off at once, still ticked when the session is opened again.
    view.show_page(MATERIALS)
    materials = view.materials
    assert materials is not None and materials.tree.topLevelItemCount() >= 2
    row = materials.tree.topLevelItem(0)
    key = row.data(0, Qt.ItemDataRole.UserRole)
    materials.tree.setCurrentItem(row)
    materials.tree.setFocus()
    QTest.keyClick(materials.tree, Qt.Key.Key_Space)
    assert key in shell.workspace.sessions.content(doc.session_id).session.packed
    session_id = doc.session_id
    other = next(
        s
        for s in shell.workspace.sessions.summaries(doc.session.wijk_id)
        if s.session.id != session_id
    )
    view.select_session(other.session.id)
    view.select_session(session_id)
    materials = view.materials
    assert materials is not None
    row = materials.row_of(key)
    assert row is not None and row.checkState(0) == Qt.CheckState.Checked
    stack.undo()
    assert key not in shell.workspace.sessions.content(session_id).session.packed
    assert materials.row_of(key).checkState(0) == Qt.CheckState.Unchecked  # type: ignore[union-attr]


def test_a_break_and_an_item_of_ones_own(qapp: QApplication, shell: Shell) -> None:
    view = _open(shell, datetime(2027, 3, 4, 19, 30))
    builder = _builder(view)
    doc = view.doc
    assert doc is not None
    QTest.mouseClick(builder.add_item_button, Qt.MouseButton.LeftButton)
    field = QApplication.focusWidget()
    assert field is not None and builder.table.state() == builder.table.State.EditingState
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, "Welkom")
    QTest.keyClick(field, Qt.Key.Key_Return)
    qapp.processEvents()
    QTest.mouseClick(builder.break_button, Qt.MouseButton.LeftButton)
    items: list[AgendaItem] = doc.agenda
    assert [(i.title, i.duration_minutes, i.is_break) for i in items] == [
        ("Welkom", 10, False),
        (builder.tr("Break"), 15, True),
    ]
    assert _shown(builder, START) == ["19:30", "19:40"]
