"""The board's list panel driven by keys and clicks as a facilitator (or a screen-reader user)
would: it mirrors the board, follows every edit and undo, shares the selection, and Enter,
Delete and *Naar cluster…* act on the board; the database is checked after each step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sec_workshop.domain.board import Board, Cluster, Note
from sec_workshop.gui.board.editor import BoardEditorWidget
from sec_workshop.gui.board.list_panel import BoardListPanel
from sec_workshop.gui.board.list_rows import LOOSE
from sec_workshop.services.workspace import Workspace

EMPTY = "kansen-belemmeringen"


def _open(qapp: QApplication, workspace: Workspace, board_id: str) -> BoardEditorWidget:
    widget = BoardEditorWidget(workspace, board_id)
    widget.resize(1400, 900)
    widget.show()
    widget.activateWindow()
    widget.view.set_zoom(1.0)
    widget.view.centerOn(QPointF(600, 400))
    qapp.processEvents()
    return widget


def _close(qapp: QApplication, widget: BoardEditorWidget) -> None:
    widget.close()
    widget.deleteLater()
    qapp.processEvents()


@pytest.fixture
def editor(qapp: QApplication, workspace: Workspace) -> Iterator[BoardEditorWidget]:
    wijk_id = workspace.demo.add().wijk_id
    session_id = workspace.sessions.summaries(wijk_id)[0].session.id
    board = workspace.board_editing.create_board(
        Board(session_id=session_id, title="Testbord", template_key=EMPTY)
    )
    widget = _open(qapp, workspace, board.id)
    yield widget
    _close(qapp, widget)


def _db(editor: BoardEditorWidget):  # type: ignore[no-untyped-def]
    return editor.doc.workspace.boards.content(editor.doc.board_id)


def _add(editor: BoardEditorWidget, text: str, x: float, y: float) -> Note:
    note = editor.add_note(QPointF(x, y), text=text, centred=False)
    assert note is not None
    return note


def _cluster_of(editor: BoardEditorWidget, *notes: Note) -> Cluster:
    editor.scene.clearSelection()
    for note in notes:
        editor.scene.notes[note.id].setSelected(True)
    editor.cluster_action.trigger()
    editor.view.stop_editing()
    editor.scene.clearSelection()
    return editor.doc.clusters[editor.doc.notes[notes[0].id].cluster_id or ""]


def _row(panel: BoardListPanel, record_id: str) -> QStandardItem:
    return panel._rows[record_id]


def _words(panel: BoardListPanel, record_id: str) -> str:
    return str(_row(panel, record_id).data(Qt.ItemDataRole.AccessibleTextRole))


def _click_row(panel: BoardListPanel, record_id: str) -> None:
    index = _row(panel, record_id).index()
    panel.tree.scrollTo(index)
    rect = panel.tree.visualRect(index)
    QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_list_shows_the_clusters_and_notes_of_a_demo_board(
    qapp: QApplication, workspace: Workspace
) -> None:
    wijk_id = workspace.demo.add().wijk_id
    summary = next(s for s in workspace.boards.summaries(wijk_id) if s.note_count)
    content = workspace.boards.content(summary.board.id)
    widget = _open(qapp, workspace, summary.board.id)
    try:
        panel = widget.list_panel
        assert widget.side.widget(0) is panel
        assert widget.side.tabText(0) == "Lijst"
        notes = sum(1 for n in content.notes if n.kind.value == "note")
        assert (
            panel.count_label.text() == f"{notes} plakbriefjes in {len(content.clusters)} clusters"
        )
        for cluster in content.clusters:
            row = _row(panel, cluster.id)
            members = [n for n in content.notes if n.cluster_id == cluster.id]
            assert row.rowCount() == len(members)
            assert row.text() == f"{cluster.title} ({len(members)})"
            assert {
                str(row.child(i).data(Qt.ItemDataRole.UserRole + 1)) for i in range(row.rowCount())
            } == {n.id for n in members}
        loose = [n for n in content.notes if n.cluster_id is None]
        assert _row(panel, LOOSE).rowCount() == len(loose)
        # Each row says it all, with the dots of the round the board shows.
        shown = widget.doc.shown_round()
        assert shown is not None
        per_note, _ = widget.doc.dots_on(shown.id)
        note_id, dots = max(per_note.items(), key=lambda kv: kv[1])
        note = widget.doc.notes[note_id]
        words = _words(panel, note_id)
        assert words.startswith("Plakbriefje, ")
        assert f"‘{note.text}’" in words and f"{dots} stippen" in words
        if note.cluster_id:
            assert words.endswith(f"in cluster {widget.doc.clusters[note.cluster_id].title}")
        assert panel.model.itemFromIndex(
            _row(panel, note_id).index().siblingAtColumn(1)
        ).text() == str(dots)
    finally:
        _close(qapp, widget)


def test_a_note_added_on_the_board_gets_a_row_and_undo_takes_it_away(
    editor: BoardEditorWidget,
) -> None:
    panel = editor.list_panel
    assert panel.count_label.text() == "0 plakbriefjes in 0 clusters"
    note = _add(editor, "Wie betaalt dat?", 100, 100)
    row = _row(panel, note.id)
    assert row.parent() is _row(panel, LOOSE)
    assert row.text() == "Wie betaalt dat?"
    assert _words(panel, note.id) == (
        "Plakbriefje, geel: idee: ‘Wie betaalt dat?’, niet in een cluster"
    )
    assert panel.count_label.text() == "1 plakbriefje in 0 clusters"
    editor.doc.undo_stack.undo()
    assert note.id not in panel._rows
    assert _row(panel, LOOSE).rowCount() == 0
    editor.doc.undo_stack.redo()
    assert _row(panel, note.id).text() == "Wie betaalt dat?"


def test_typing_in_a_note_updates_its_row(editor: BoardEditorWidget) -> None:
    note = _add(editor, "", 100, 100)
    editor.view.start_editing(note.id)
    QTest.keyClicks(editor.view.viewport(), "Tocht bij de ramen")
    assert _row(editor.list_panel, note.id).text() == "Tocht bij de ramen"
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Escape)
    assert "‘Tocht bij de ramen’" in _words(editor.list_panel, note.id)


def test_selection_goes_both_ways_between_list_and_board(editor: BoardEditorWidget) -> None:
    panel = editor.list_panel
    a = _add(editor, "Kosten", 100, 100)
    b = _add(editor, "Subsidie", 100, 900)
    _click_row(panel, b.id)
    assert [n.id for n in editor.selected_notes()] == [b.id]
    assert (
        editor.view.mapToScene(editor.view.viewport().rect())
        .boundingRect()
        .contains(QPointF(b.x + 10, b.y + 10))
    )
    editor.scene.clearSelection()
    editor.scene.notes[a.id].setSelected(True)
    QApplication.processEvents()  # the list follows once the board's selection settles
    assert panel.selected_ids() == [a.id]
    assert panel.current_id() == a.id
    # Keys in the list move the selection on the board too.
    panel.tree.setFocus()
    QTest.keyClick(panel.tree, Qt.Key.Key_Down)
    assert panel.selected_ids() == [b.id]
    assert [n.id for n in editor.selected_notes()] == [b.id]


def test_enter_on_a_row_edits_the_note_on_the_board(editor: BoardEditorWidget) -> None:
    panel = editor.list_panel
    note = _add(editor, "Kosten", 100, 100)
    editor.view.stop_editing()
    _click_row(panel, note.id)
    QTest.keyClick(panel.tree, Qt.Key.Key_Return)
    assert editor.view.editor is not None and editor.view.editor.record_id == note.id
    QTest.keyClicks(editor.view.viewport(), " en baten")
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Return)
    assert [n.text for n in _db(editor).notes] == ["Kosten en baten"]
    assert _row(panel, note.id).text() == "Kosten en baten"
    assert QApplication.focusWidget() is panel.tree  # back where the typing was asked for
    assert panel.current_id() == note.id


def test_f2_on_a_cluster_row_edits_its_title(editor: BoardEditorWidget) -> None:
    panel = editor.list_panel
    cluster = _cluster_of(editor, _add(editor, "Kosten", 100, 100))
    _click_row(panel, cluster.id)
    QTest.keyClick(panel.tree, Qt.Key.Key_F2)
    assert editor.view.editor is not None and editor.view.editor.record_id == cluster.id


def test_delete_on_a_row_deletes_and_undo_restores(editor: BoardEditorWidget) -> None:
    panel = editor.list_panel
    a = _add(editor, "Kosten", 100, 100)
    b = _add(editor, "Subsidie", 400, 100)
    _click_row(panel, a.id)
    QTest.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert [n.text for n in _db(editor).notes] == ["Subsidie"]
    assert a.id not in panel._rows and b.id in panel._rows
    editor.doc.undo_stack.undo()
    assert {n.text for n in _db(editor).notes} == {"Kosten", "Subsidie"}
    assert _row(panel, a.id).parent() is _row(panel, LOOSE)


def test_deleting_a_cluster_row_leaves_its_notes_loose_in_the_list(
    editor: BoardEditorWidget,
) -> None:
    panel = editor.list_panel
    note = _add(editor, "Kosten", 100, 100)
    cluster = _cluster_of(editor, note)
    assert _row(panel, note.id).parent() is _row(panel, cluster.id)
    _click_row(panel, cluster.id)
    QTest.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert _db(editor).clusters == ()
    assert _row(panel, note.id).parent() is _row(panel, LOOSE)
    assert "niet in een cluster" in _words(panel, note.id)
    editor.doc.undo_stack.undo()
    assert _row(panel, note.id).parent() is _row(panel, cluster.id)
    assert _words(panel, note.id).endswith(f"in cluster {cluster.title}")


def test_move_to_cluster_puts_a_note_in_the_chosen_cluster(editor: BoardEditorWidget) -> None:
    panel = editor.list_panel
    member = _add(editor, "Kosten", 100, 100)
    cluster = _cluster_of(editor, member)
    loose = _add(editor, "Tocht", 100, 900)
    asked: list[list[str]] = []

    def choose(options: list[str], current: int) -> int:
        asked.append(options)
        assert current == 0  # the note is in no cluster now
        return options.index(cluster.title)

    panel.choose_cluster = choose
    _click_row(panel, loose.id)
    QTest.keyClick(panel.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert asked == [["Niet in een cluster", cluster.title]]
    moved = next(n for n in _db(editor).notes if n.id == loose.id)
    assert moved.cluster_id == cluster.id
    grown = _db(editor).clusters[0]
    assert grown.x <= moved.x and moved.x + moved.width <= grown.x + grown.width
    assert grown.y <= moved.y and moved.y + moved.height <= grown.y + grown.height
    assert moved.y >= member.y + member.height  # below what was there
    assert _row(panel, loose.id).parent() is _row(panel, cluster.id)
    assert panel.current_id() == loose.id  # the row in hand stays in hand
    assert _row(panel, cluster.id).text() == f"{cluster.title} (2)"

    editor.doc.undo_stack.undo()  # one step: the note and the cluster's size
    back = next(n for n in _db(editor).notes if n.id == loose.id)
    assert back.cluster_id is None and (back.x, back.y) == (loose.x, loose.y)
    assert _db(editor).clusters[0].height == cluster.height
    assert _row(panel, loose.id).parent() is _row(panel, LOOSE)

    editor.doc.undo_stack.redo()
    panel.choose_cluster = lambda options, current: 0  # and out again
    _click_row(panel, loose.id)
    panel.move_action.trigger()
    out = next(n for n in _db(editor).notes if n.id == loose.id)
    assert out.cluster_id is None
    assert out.y > _db(editor).clusters[0].y + _db(editor).clusters[0].height


def test_markup_in_a_note_shows_as_plain_text(editor: BoardEditorWidget) -> None:
    note = _add(editor, "<b>markup</b> & <i>meer</i>", 100, 100)
    panel = editor.list_panel
    assert _row(panel, note.id).text() == "<b>markup</b> & <i>meer</i>"
    index = _row(panel, note.id).index()
    assert index.data(Qt.ItemDataRole.DisplayRole) == "<b>markup</b> & <i>meer</i>"


def test_the_current_row_and_folded_clusters_survive_a_rebuild(
    editor: BoardEditorWidget,
) -> None:
    panel = editor.list_panel
    a = _add(editor, "Kosten", 100, 100)
    cluster = _cluster_of(editor, a)
    b = _add(editor, "Tocht", 100, 900)
    panel.tree.collapse(_row(panel, cluster.id).index())
    panel.tree.selectionModel().setCurrentIndex(
        _row(panel, b.id).index(), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    panel.rebuild()
    assert panel.current_id() == b.id
    assert not panel.tree.isExpanded(_row(panel, cluster.id).index())
    assert panel.tree.isExpanded(_row(panel, LOOSE).index())


def test_dots_placed_on_the_board_show_in_the_row(editor: BoardEditorWidget) -> None:
    from sec_workshop.domain.board import VoteRound
    from sec_workshop.gui.board.commands import PlaceDotCommand, StartRoundCommand

    panel = editor.list_panel
    note = _add(editor, "Kosten", 100, 100)
    vote_round = VoteRound(board_id=editor.doc.board_id, title="Ronde 1")
    assert editor.push(StartRoundCommand(editor.doc, vote_round))
    round_id = next(iter(editor.doc.rounds))
    for _ in range(2):
        assert editor.push(PlaceDotCommand(editor.doc, round_id, note.id))
    assert "2 stippen" in _words(panel, note.id)
    assert panel.model.dot_cells[note.id].text() == "2"
    editor.doc.undo_stack.undo()
    assert "1 stip," in _words(panel, note.id)
