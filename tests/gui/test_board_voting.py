"""Dot voting as in the hall: a round with table groups, dots placed and taken off by
clicking, paper stickers counted in, results with the turnout, end and reset; the
database, the board, the list and the voting panel are checked after each step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mouse_gestures import click
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sec_workshop.domain.board import PAPER_TALLY, Board, Note, VoteRound
from sec_workshop.domain.enums import VoteRoundStatus
from sec_workshop.gui.board.editor import BoardEditorWidget
from sec_workshop.gui.board.voting import StartRoundDialog
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def editor(qapp: QApplication, workspace: Workspace) -> Iterator[BoardEditorWidget]:
    wijk_id = workspace.demo.add().wijk_id
    session_id = workspace.sessions.summaries(wijk_id)[0].session.id
    board = workspace.board_editing.create_board(
        Board(session_id=session_id, title="Stemmen", template_key="leeg")
    )
    widget = BoardEditorWidget(workspace, board.id)
    widget.resize(1400, 900)
    widget.show()
    widget.view.set_zoom(1.0)
    widget.view.centerOn(QPointF(500, 300))
    qapp.processEvents()
    yield widget
    widget.close()
    widget.deleteLater()
    qapp.processEvents()


def _votes(editor: BoardEditorWidget):  # type: ignore[no-untyped-def]
    return editor.doc.workspace.boards.content(editor.doc.board_id).votes


def _notes(editor: BoardEditorWidget) -> tuple[Note, Note]:
    a = editor.add_note(QPointF(100, 100), text="Warmtenet", centred=False)
    b = editor.add_note(QPointF(400, 100), text="Warmtepomp", centred=False)
    assert a is not None and b is not None
    return a, b


def _start(editor: BoardEditorWidget, participants: tuple[str, ...], dots: int = 2) -> None:
    editor.votes.ask_round = lambda: VoteRound(
        board_id=editor.doc.board_id,
        title="Welke warmte?",
        dots_per_participant=dots,
        participants=participants,
    )
    editor.votes.start_button.click()
    editor.vote_mode_action.setChecked(True)


def _centre(note: Note) -> QPointF:
    return QPointF(note.x + note.width / 2, note.y + note.height / 2)


def _press(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _new_round_by_hand(editor: BoardEditorWidget, title: str, names: str, dots: int) -> None:
    """*Nieuwe ronde…* clicked and its dialog filled in key by key, as in the hall."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StartRoundDialog)
        dialog.title.selectAll()
        QTest.keyClicks(dialog.title, title)
        dialog.dots.selectAll()
        QTest.keyClicks(dialog.dots, str(dots))
        dialog.participants.setFocus()
        for i, name in enumerate(names.splitlines()):
            if i:
                QTest.keyClick(dialog.participants, Qt.Key.Key_Return)
            QTest.keyClicks(dialog.participants, name)
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)  # the dialog's default: OK

    QTimer.singleShot(0, fill)
    _press(editor.votes.start_button)


def _panel_round(editor: BoardEditorWidget) -> VoteRound | None:
    return editor.votes.current_round()


def _choose(editor: BoardEditorWidget, name: str) -> None:
    """Pick who places dots with the keyboard in the panel's list."""
    combo = editor.votes.participant
    combo.setFocus()
    target = combo.findText(name)
    assert target >= 0
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        QTest.keyClick(combo, key)
    assert combo.currentText() == name


def test_groups_place_dots_by_clicking_within_their_allowance(editor: BoardEditorWidget) -> None:
    a, b = _notes(editor)
    _start(editor, ("Tafel 1", "Tafel 2"))
    click(editor.view, _centre(a))
    click(editor.view, _centre(b))
    # Tafel 1's last dot: the panel says so, without a message box, and Tafel 2 goes on.
    note = editor.votes.note
    assert note.isVisible() and "Tafel 1" in note.text() and "Tafel 2" in note.text()
    assert editor.side.currentWidget() is editor.votes
    assert editor.votes.current_participant() == "Tafel 2"
    click(editor.view, _centre(b))

    votes = _votes(editor)
    assert sorted((v.participant, v.note_id) for v in votes) == sorted(
        [("Tafel 1", a.id), ("Tafel 1", b.id), ("Tafel 2", b.id)]
    )
    assert editor.scene.notes[b.id].dot_total == 2
    assert editor.list_panel.model.dot_cells[b.id].text() == "2"
    assert editor.votes.results.topLevelItem(0).text(1) == "Warmtepomp"
    assert editor.votes.results.topLevelItem(0).text(2) == "2"
    assert editor.votes.turnout.text() == (
        "Opkomst: 3 van 4 stippen geplakt (75%). 2 van 2 hebben gestemd."
    )

    # Shift+click takes one of this group's dots off again; undo puts it back.
    _choose(editor, "Tafel 1")
    click(editor.view, _centre(b), modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert [v.note_id for v in _votes(editor) if v.participant == "Tafel 1"] == [a.id]
    editor.doc.undo_stack.undo()
    assert len([v for v in _votes(editor) if v.participant == "Tafel 1"]) == 2


def test_a_group_out_of_dots_is_told_in_the_panel_and_the_next_group_goes_on(
    editor: BoardEditorWidget,
) -> None:
    """No message box in the middle of a vote: the panel says it, and moves on."""
    a, b = _notes(editor)
    _new_round_by_hand(editor, "Welke warmte?", "Tafel 1\nTafel 2\nTafel 3", 1)
    editor.vote_mode_action.setChecked(True)
    click(editor.view, _centre(a))  # Tafel 1's only dot
    assert editor.votes.current_participant() == "Tafel 2"
    click(editor.view, _centre(b))  # Tafel 2's
    assert editor.votes.current_participant() == "Tafel 3"
    # The facilitator picks Tafel 1 again by mistake and clicks: refused, said in the panel,
    # and the vote goes on with the group that still has a dot.
    _choose(editor, "Tafel 1")
    before = _votes(editor)
    undo_steps = editor.doc.undo_stack.count()
    click(editor.view, _centre(a))
    note = editor.votes.note
    assert note.isVisible()
    assert note.text().startswith("Tafel 1 heeft geen stippen meer in deze ronde.")
    assert "Tafel 3" in note.text()
    assert editor.votes.current_participant() == "Tafel 3"
    assert editor.side.currentWidget() is editor.votes
    assert _votes(editor) == before  # nothing stored
    assert editor.doc.undo_stack.count() == undo_steps  # and no undo step
    assert editor.scene.notes[a.id].dot_total == 1
    click(editor.view, _centre(a))  # Tafel 3's dot goes where the facilitator clicked
    assert sorted(v.participant for v in _votes(editor) if v.note_id == a.id) == [
        "Tafel 1",
        "Tafel 3",
    ]
    # Everyone is done: the panel says that too, still without a message box.
    assert note.isVisible() and "Tafel 3" in note.text()
    click(editor.view, _centre(b))
    assert len(_votes(editor)) == 3


def test_paper_dots_are_counted_in_and_end_and_reset_work(editor: BoardEditorWidget) -> None:
    a, b = _notes(editor)
    _start(editor, ())
    click(editor.view, _centre(b))  # an anonymous dot
    editor.vote_mode_action.setChecked(False)
    click(editor.view, _centre(a))  # selects the note
    spin = editor.votes.tally
    spin.selectAll()
    QTest.keyClicks(spin, "7")
    _press(editor.votes.tally_button)
    # Paper dots are a kind of their own, not a participant called by a Dutch word.
    assert sorted((v.note_id, v.count, v.participant) for v in _votes(editor)) == sorted(
        [(a.id, 7, PAPER_TALLY), (b.id, 1, "")]
    )
    # Counting again replaces the tally rather than adding to it.
    spin.selectAll()
    QTest.keyClicks(spin, "5")
    _press(editor.votes.tally_button)
    assert sum(v.count for v in _votes(editor) if v.note_id == a.id) == 5
    assert editor.votes.results.topLevelItem(0).text(1) == "Warmtenet"
    turnout = editor.votes.turnout.text()
    assert turnout.startswith("6 stippen geplakt.") and "5" in turnout.split(".", 1)[1]
    assert "@paper" not in turnout

    _press(editor.votes.end_button)
    stored = editor.doc.workspace.boards.content(editor.doc.board_id).vote_rounds
    assert [r.status for r in stored] == [VoteRoundStatus.CLOSED]
    assert not editor.votes.end_button.isEnabled()
    _press(editor.votes.reset_button)
    assert _votes(editor) == ()
    assert editor.scene.notes[a.id].dot_total == 0
    editor.doc.undo_stack.undo()
    assert sum(v.count for v in _votes(editor)) == 6
    assert editor.scene.notes[a.id].dot_total == 5


def test_a_new_round_shows_in_the_panel_with_its_results_and_actions(
    editor: BoardEditorWidget,
) -> None:
    """After *Nieuwe ronde…* the panel is on the new round, not on the one that ended."""
    a, b = _notes(editor)
    _new_round_by_hand(editor, "Eerste keus", "Tafel 1\nTafel 2", 3)
    editor.vote_mode_action.setChecked(True)
    for note in (a, a, b):
        click(editor.view, _centre(note))
    first = _panel_round(editor)
    assert first is not None and first.title == "Eerste keus"

    _new_round_by_hand(editor, "Tweede keus", "Tafel 1\nTafel 2", 2)
    rounds = {
        r.title: r for r in editor.doc.workspace.boards.content(editor.doc.board_id).vote_rounds
    }
    assert rounds["Eerste keus"].status is VoteRoundStatus.CLOSED
    assert rounds["Tweede keus"].status is VoteRoundStatus.OPEN
    panel = editor.votes
    shown = _panel_round(editor)
    assert shown is not None and shown.id == rounds["Tweede keus"].id
    assert panel.rounds.currentText() == "Tweede keus (open)"
    assert panel.end_button.isEnabled() and panel.participant.isEnabled()
    assert panel.results.topLevelItemCount() == 0
    assert panel.turnout.text().startswith("Opkomst: 0 van 4 stippen geplakt")
    assert panel.left.text() == "nog 2 stippen"
    # The board and the list show the new round too: no dots yet.
    assert editor.scene.notes[a.id].dot_total == 0
    assert editor.list_panel.model.dot_cells[a.id].text() == ""

    click(editor.view, _centre(b))
    assert [v.round_id for v in _votes(editor) if v.round_id == shown.id] == [shown.id]
    assert panel.results.topLevelItem(0).text(1) == "Warmtepomp"
    assert panel.left.text() == "nog 1 stip"

    # End it with the button; undo opens it again, and the panel follows both ways.
    _press(panel.end_button)
    assert not panel.end_button.isEnabled()
    assert panel.rounds.currentText() == "Tweede keus (beëindigd)"
    editor.doc.undo_stack.undo()
    assert panel.end_button.isEnabled()
    assert panel.rounds.currentText() == "Tweede keus (open)"
    # Undoing the new round brings the first back, open, with its dots and results.
    editor.doc.undo_stack.undo()
    editor.doc.undo_stack.undo()
    assert panel.rounds.currentText() == "Eerste keus (open)"
    assert panel.end_button.isEnabled()
    assert panel.results.topLevelItem(0).text(1) == "Warmtenet"
    assert editor.scene.notes[a.id].dot_total == 2


def test_a_new_round_ends_the_open_one_and_clicks_without_a_round_explain(
    editor: BoardEditorWidget,
) -> None:
    a, _ = _notes(editor)
    editor.vote_mode_action.setChecked(True)
    click(editor.view, _centre(a))
    note = editor.votes.note
    assert note.isVisible() and "stemronde" in note.text()  # in the panel, no message box
    assert _votes(editor) == ()
    _start(editor, ("Bewoners",))
    assert not note.isVisible()
    _start(editor, ("Bewoners",))
    rounds = editor.doc.workspace.boards.content(editor.doc.board_id).vote_rounds
    assert sorted(r.status for r in rounds) == [VoteRoundStatus.CLOSED, VoteRoundStatus.OPEN]


def test_dots_by_keyboard_on_the_selected_note(editor: BoardEditorWidget) -> None:
    from PySide6.QtTest import QTest

    a, _ = _notes(editor)
    _start(editor, ())
    editor.vote_mode_action.setChecked(False)
    editor.scene.clearSelection()
    editor.scene.notes[a.id].setSelected(True)
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_Plus)
    QTest.keyClick(editor.view, Qt.Key.Key_Plus)
    assert [v.note_id for v in _votes(editor)] == [a.id, a.id]
    QTest.keyClick(editor.view, Qt.Key.Key_Minus)
    assert [v.note_id for v in _votes(editor)] == [a.id]


def test_counting_in_an_ended_round_stays_in_that_round(editor: BoardEditorWidget) -> None:
    a, b = _notes(editor)
    _start(editor, ())
    first = editor.votes.current_round()
    assert first is not None
    _start(editor, ())  # the first round ends, the second is open
    editor.vote_mode_action.setChecked(False)
    editor.votes.rounds.setCurrentIndex(editor.votes.rounds.findData(first.id))
    for note, count in ((a, 5), (b, 3)):
        click(editor.view, _centre(note))
        editor.votes.tally.selectAll()
        QTest.keyClicks(editor.votes.tally, str(count))
        _press(editor.votes.tally_button)
    assert sorted((v.round_id == first.id, v.count) for v in _votes(editor)) == [
        (True, 3),
        (True, 5),
    ]


def test_participant_lists_are_refused_not_cut_short(
    editor: BoardEditorWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    for names, expected in (
        ("\n".join(f"Deelnemer {i}" for i in range(250)), "lijst van deelnemers"),
        ("x" * 61, "naam van een deelnemer"),
        ("Papier\nAn", "papieren stippen"),
    ):
        dialog = StartRoundDialog(1)
        dialog.board_id = editor.doc.board_id
        dialog.participants.setPlainText(names)
        dialog.accept()
        assert dialog.result_round is None
        assert expected in told[-1]
        dialog.deleteLater()
