"""Scenes and views ask, the editor acts: a gesture on the board becomes a request (a signal
with ids and domain values), and the editor that owns the document turns each into one undo
command. A refused request is told once, the one way every failed command is told."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mouse_gestures import drag
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from sec_workshop.domain.board import Board, Cluster, Note
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.board.editor import BoardEditorWidget
from sec_workshop.gui.board.scene import BoardScene
from sec_workshop.gui.board.view import BoardView
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def board_id(workspace: Workspace) -> str:
    wijk_id = workspace.demo.add().wijk_id
    session_id = workspace.sessions.summaries(wijk_id)[0].session.id
    board = workspace.board_editing.create_board(Board(session_id=session_id, title="Vragen"))
    workspace.board_editing.add_notes(
        board.id,
        [
            Note(board_id=board.id, text="Kosten", x=100, y=100),
            Note(board_id=board.id, text="Tocht", x=500, y=100),
        ],
    )
    return board.id


@pytest.fixture
def bare(qapp: QApplication, workspace: Workspace, board_id: str) -> Iterator[BoardView]:
    """A board's scene and view with no editor: nobody there to push commands."""
    doc = BoardDocument(workspace, board_id)
    view = BoardView(BoardScene(doc))
    view.resize(1000, 700)
    view.show()
    view.set_zoom(1.0)
    view.centerOn(QPointF(450, 250))
    QApplication.processEvents()
    yield view
    view.close()
    view.deleteLater()
    doc.deleteLater()
    qapp.processEvents()


def _by_text(doc: BoardDocument, text: str) -> Note:
    return next(n for n in doc.notes.values() if n.text == text)


def test_the_scene_and_view_only_ask_and_change_nothing_themselves(bare: BoardView) -> None:
    scene, doc = bare.board_scene, bare.board_scene.doc
    kosten, tocht = _by_text(doc, "Kosten"), _by_text(doc, "Tocht")
    moves: list[object] = []
    resizes: list[object] = []
    links: list[tuple[str, str]] = []
    typed: list[tuple[str, str, int]] = []
    nudges: list[object] = []
    scene.move_requested.connect(moves.append)
    scene.resize_requested.connect(resizes.append)
    scene.link_requested.connect(lambda a, b: links.append((a, b)))
    bare.text_typed.connect(lambda i, t, n: typed.append((i, t, n)))
    bare.nudge_requested.connect(nudges.append)

    drag(bare, QPointF(kosten.x + 40, kosten.y + 40), QPointF(kosten.x + 140, kosten.y + 240))
    assert moves == [{kosten.id: (kosten.x + 100, kosten.y + 200)}]
    # Nothing pushed, nothing stored: the note is back where the document has it.
    assert doc.undo_stack.count() == 0
    assert doc.notes[kosten.id] == kosten
    assert scene.notes[kosten.id].pos() == QPointF(kosten.x, kosten.y)

    scene.clearSelection()
    scene.notes[tocht.id].setSelected(True)
    corner = QPointF(tocht.x + tocht.width - 4, tocht.y + tocht.height - 4)
    drag(bare, corner, corner + QPointF(60, 30))
    (resized,) = resizes
    assert isinstance(resized, Note) and resized.id == tocht.id and resized.width > tocht.width

    bare.setFocus()
    QTest.keyClick(bare, Qt.Key.Key_Right)
    assert nudges == [{tocht.id: (tocht.x + 20, tocht.y)}]

    scene.mode = "connect"
    drag(bare, QPointF(kosten.x + 40, kosten.y + 40), QPointF(tocht.x + 40, tocht.y + 40))
    assert links == [(kosten.id, tocht.id)]

    scene.mode = "select"
    bare.start_editing(kosten.id)
    QTest.keyClicks(bare.viewport(), "!")
    assert typed and typed[-1][:2] == (kosten.id, "Kosten!")
    bare.stop_editing()
    assert doc.undo_stack.count() == 0
    assert doc.workspace.boards.content(doc.board_id).links == ()


def test_the_editor_turns_each_request_into_one_undo_step(
    qapp: QApplication, workspace: Workspace, board_id: str
) -> None:
    editor = BoardEditorWidget(workspace, board_id)
    try:
        editor.resize(1400, 900)
        editor.show()
        editor.view.set_zoom(1.0)
        editor.view.centerOn(QPointF(450, 250))
        qapp.processEvents()
        doc, view = editor.doc, editor.view
        kosten, tocht = _by_text(doc, "Kosten"), _by_text(doc, "Tocht")
        stack = doc.undo_stack
        steps = stack.count()

        # A drag onto a cluster: the service decides it joins (the editor only pushes).
        cluster = Cluster(board_id=board_id, title="Geld", x=800, y=400, width=500, height=400)
        doc.apply([cluster])
        steps = stack.count()
        drag(view, QPointF(kosten.x + 40, kosten.y + 40), QPointF(1000, 550))
        assert stack.count() == steps + 1
        stored = next(n for n in workspace.boards.content(board_id).notes if n.id == kosten.id)
        assert stored.cluster_id == cluster.id
        assert editor.scene.member_ids(cluster.id) == {kosten.id}
        assert "Geld" in editor.list_panel._rows[kosten.id].data(Qt.ItemDataRole.AccessibleTextRole)

        editor.connect_action.setChecked(True)
        drag(view, QPointF(tocht.x + 40, tocht.y + 40), QPointF(1000, 550))
        assert stack.count() == steps + 2
        assert len(workspace.boards.content(board_id).links) == 1
        editor.connect_action.setChecked(False)

        stack.undo()
        stack.undo()
        assert workspace.boards.content(board_id).links == ()
        back = next(n for n in workspace.boards.content(board_id).notes if n.id == kosten.id)
        assert (back.x, back.y, back.cluster_id) == (kosten.x, kosten.y, None)
        assert editor.scene.notes[kosten.id].pos() == QPointF(kosten.x, kosten.y)
    finally:
        editor.close()
        editor.deleteLater()
        qapp.processEvents()


def test_a_refused_request_is_told_once(
    editor: BoardEditorWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = editor.add_note(QPointF(200, 200), text="Kosten", centred=False)
    assert note is not None
    editor.view.stop_editing()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    editor.doc.workspace.board_editing.delete_board(editor.doc.board_id)
    editor.scene.clearSelection()
    editor.scene.notes[note.id].setSelected(True)
    corner = QPointF(note.x + note.width - 4, note.y + note.height - 4)
    drag(editor.view, corner, corner + QPointF(60, 30))  # a resize
    assert len(told) == 1 and "bestaat niet meer" in told[0]
    assert editor.scene.notes[note.id].note.width == note.width  # as stored
