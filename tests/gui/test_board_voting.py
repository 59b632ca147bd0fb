"""Dot voting as in the hall: a round with table groups, dots placed and taken off by
clicking, paper stickers counted in, results with the turnout, end and reset; the
database is checked after each step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mouse_gestures import click
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sec_workshop.domain.board import Board, Note, VoteRound
from sec_workshop.domain.enums import VoteRoundStatus
from sec_workshop.gui.board_editor import BoardEditorWidget
from sec_workshop.gui.plain_text import plain
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


def test_groups_place_dots_by_clicking_within_their_allowance(
    editor: BoardEditorWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = _notes(editor)
    _start(editor, ("Tafel 1", "Tafel 2"))
    click(editor.view, _centre(a))
    click(editor.view, _centre(a))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    click(editor.view, _centre(b))  # Tafel 1 has used both dots
    assert told == [plain("Tafel 1 heeft geen stippen meer in deze ronde.")]
    editor.votes.participant.setCurrentIndex(1)
    click(editor.view, _centre(b))

    votes = _votes(editor)
    assert sorted((v.participant, v.note_id) for v in votes) == sorted(
        [("Tafel 1", a.id), ("Tafel 1", a.id), ("Tafel 2", b.id)]
    )
    assert editor.scene.notes[a.id].dot_total == 2
    assert editor.votes.results.topLevelItem(0).text(1) == "Warmtenet"
    assert editor.votes.results.topLevelItem(0).text(2) == "2"
    assert editor.votes.turnout.text() == (
        "Opkomst: 3 van 4 stippen geplakt (75%). 2 van 2 hebben gestemd."
    )

    # Shift+click takes one of this group's dots off again; undo puts it back.
    editor.votes.participant.setCurrentIndex(0)
    click(editor.view, _centre(a), modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert [v.note_id for v in _votes(editor) if v.participant == "Tafel 1"] == [a.id]
    editor.doc.undo_stack.undo()
    assert len([v for v in _votes(editor) if v.participant == "Tafel 1"]) == 2


def test_paper_dots_are_counted_in_and_end_and_reset_work(editor: BoardEditorWidget) -> None:
    a, b = _notes(editor)
    _start(editor, ())
    click(editor.view, _centre(b))  # an anonymous dot
    editor.vote_mode_action.setChecked(False)
    editor.scene.clearSelection()
    editor.scene.notes[a.id].setSelected(True)
    editor.votes.tally.setValue(7)
    editor.votes.tally_button.click()
    assert sorted((v.note_id, v.count, v.participant) for v in _votes(editor)) == sorted(
        [(a.id, 7, "papier"), (b.id, 1, "")]
    )
    # Counting again replaces the tally rather than adding to it.
    editor.votes.tally.setValue(5)
    editor.votes.tally_button.click()
    assert sum(v.count for v in _votes(editor) if v.note_id == a.id) == 5
    assert editor.votes.results.topLevelItem(0).text(1) == "Warmtenet"
    assert editor.votes.turnout.text() == "6 stippen geplakt."

    editor.votes.end_button.click()
    stored = editor.doc.workspace.boards.content(editor.doc.board_id).vote_rounds
    assert [r.status for r in stored] == [VoteRoundStatus.CLOSED]
    editor.votes.reset_button.click()
    assert _votes(editor) == ()
    assert editor.scene.notes[a.id].dot_total == 0
    editor.doc.undo_stack.undo()
    assert sum(v.count for v in _votes(editor)) == 6
    assert editor.scene.notes[a.id].dot_total == 5


def test_a_new_round_ends_the_open_one_and_clicks_without_a_round_explain(
    editor: BoardEditorWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _ = _notes(editor)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    editor.vote_mode_action.setChecked(True)
    click(editor.view, _centre(a))
    assert told and "stemronde" in told[0]
    assert _votes(editor) == ()
    _start(editor, ("Bewoners",))
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
        editor.scene.clearSelection()
        editor.scene.notes[note.id].setSelected(True)
        editor.votes.tally.setValue(count)
        editor.votes.tally_button.click()
    assert sorted((v.round_id == first.id, v.count) for v in _votes(editor)) == [
        (True, 3),
        (True, 5),
    ]


def test_participant_lists_are_refused_not_cut_short(
    editor: BoardEditorWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sec_workshop.gui.board_voting import StartRoundDialog

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
