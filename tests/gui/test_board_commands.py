"""Every board command: push, undo, redo, each checked in the document and in the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from sec_workshop.domain.board import PAPER_TALLY, Board, Cluster, Note, NoteLink, Photo, VoteRound
from sec_workshop.domain.enums import NoteColor, NoteKind, VoteRoundStatus
from sec_workshop.exchange.notes_file import ImportedNote
from sec_workshop.gui.board import commands as bc
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def doc(qapp: QApplication, workspace: Workspace) -> Iterator[BoardDocument]:
    wijk_id = workspace.demo.add().wijk_id
    session_id = workspace.sessions.summaries(wijk_id)[0].session.id
    board = workspace.board_editing.create_board(Board(session_id=session_id, title="Proef"))
    document = BoardDocument(workspace, board.id)
    yield document
    document.deleteLater()


State = Callable[[BoardDocument, bool], object]


def _state(doc: BoardDocument, stored: bool) -> dict[str, set[object]]:
    """What is on the board, from the database (stored) or the document, without stamps."""
    if stored:
        c = doc.workspace.boards.content(doc.board_id)
        parts = {
            "notes": c.notes,
            "clusters": c.clusters,
            "links": c.links,
            "photos": c.photos,
            "rounds": c.vote_rounds,
            "votes": c.votes,
        }
    else:
        parts = {
            "notes": tuple(doc.notes.values()),
            "clusters": tuple(doc.clusters.values()),
            "links": tuple(doc.links.values()),
            "photos": tuple(doc.photos.values()),
            "rounds": tuple(doc.rounds.values()),
            "votes": tuple(doc.votes.values()),
        }
    return {
        key: {replace(r, created_at=None, updated_at=None) for r in records}  # type: ignore[type-var]
        for key, records in parts.items()
    }


def _round_trip(doc: BoardDocument, command: bc.BoardEditCommand) -> tuple[object, object]:
    """Push, undo, redo; the document and the database agree at every step, undo gives the
    state before and redo the state after. Returns (before, after)."""
    before = _state(doc, True)
    assert _state(doc, False) == before
    doc.undo_stack.push(command)
    assert command.error is None
    after = _state(doc, True)
    assert after != before
    assert _state(doc, False) == after
    doc.undo_stack.undo()
    assert _state(doc, True) == before
    assert _state(doc, False) == before
    doc.undo_stack.redo()
    assert _state(doc, True) == after
    assert _state(doc, False) == after
    return before, after


def _note(doc: BoardDocument, text: str = "Kosten", **kw: object) -> Note:
    note = Note(board_id=doc.board_id, text=text, **kw)  # type: ignore[arg-type]
    doc.undo_stack.push(bc.AddNotesCommand(doc, [note]))
    return doc.notes[note.id]


def test_add_notes_and_labels(doc: BoardDocument) -> None:
    notes = [Note(board_id=doc.board_id, text=f"n{i}", x=i * 200.0) for i in range(3)]
    _round_trip(doc, bc.AddNotesCommand(doc, notes))
    label = Note(board_id=doc.board_id, text="Kansen", kind=NoteKind.LABEL)
    command = bc.AddNotesCommand(doc, [label])
    # The number goes through Qt's plural forms, never pasted into a fixed text.
    assert command.text() == QCoreApplication.translate("BoardCommands", "Add %n label(s)", None, 1)
    assert "%n" not in command.text() and "1" in command.text()
    _round_trip(doc, command)


def test_undo_texts_count_with_plural_forms(doc: BoardDocument) -> None:
    notes = [_note(doc, f"n{i}", x=i * 200.0) for i in range(3)]
    texts = [
        bc.RecolorNotesCommand(doc, notes, NoteColor.PINK).text(),
        bc.DeleteItemsCommand(doc, notes).text(),
        bc.MoveItemsCommand(doc, {n.id: (n.x, 500.0) for n in notes}).text(),
        bc.SetFacilitatorOnlyCommand(doc, notes, True).text(),
        bc.AlignNotesCommand(doc, [n.id for n in notes], "top").text(),
        bc.ArrangeNotesCommand(doc, [n.id for n in notes]).text(),
        bc.ImportNotesCommand(doc, []).text(),
    ]
    for text in texts:
        assert "%n" not in text and "%1" not in text, text
    assert all("3" in text for text in texts[:-1])
    assert texts[0] == QCoreApplication.translate(
        "BoardCommands", "Change the colour of %n note(s)", None, 3
    )


def test_typing_merges_into_one_step_per_spell(doc: BoardDocument) -> None:
    note = _note(doc, "")
    before = _state(doc, True)
    for text in ("W", "Wi", "Wie?"):
        doc.undo_stack.push(bc.EditNoteTextCommand(doc, doc.notes[note.id], text, typing=1))
    assert doc.undo_stack.count() == 2  # the note, and the typing
    assert doc.notes[note.id].text == "Wie?"
    doc.undo_stack.push(bc.EditNoteTextCommand(doc, doc.notes[note.id], "Wie betaalt?", typing=2))
    assert doc.undo_stack.count() == 3  # a new spell of typing is a new step
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _state(doc, True) == before == _state(doc, False)
    doc.undo_stack.redo()
    assert doc.workspace.boards.content(doc.board_id).notes[0].text == "Wie?"


def test_move_resize_recolour_and_hide(doc: BoardDocument) -> None:
    note = _note(doc)
    other = _note(doc, "Tocht", x=300, y=40)
    _round_trip(doc, bc.MoveItemsCommand(doc, {note.id: (500.0, 300.0)}))
    _round_trip(doc, bc.ResizeItemCommand(doc, replace(doc.notes[note.id], width=300)))
    _round_trip(doc, bc.RecolorNotesCommand(doc, [doc.notes[note.id]], NoteColor.GREEN))
    _round_trip(doc, bc.SetFacilitatorOnlyCommand(doc, [doc.notes[note.id]], True))
    _round_trip(doc, bc.AlignNotesCommand(doc, [note.id, other.id], "left"))
    assert doc.notes[note.id].x == doc.notes[other.id].x == 300
    _round_trip(doc, bc.ArrangeNotesCommand(doc, [note.id, other.id]))


def test_nudges_merge_while_the_selection_is_the_same(doc: BoardDocument) -> None:
    note = _note(doc)
    for i in range(1, 4):
        doc.undo_stack.push(bc.MoveItemsCommand(doc, {note.id: (20.0 * i, note.y)}, nudge=True))
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.workspace.boards.content(doc.board_id).notes[0].x == note.x


def test_clusters_make_rename_arrange_collapse_and_delete(doc: BoardDocument) -> None:
    a, b = _note(doc, "a", y=100), _note(doc, "b", x=300, y=100)
    cluster = Cluster(board_id=doc.board_id, title="Warmte")
    _round_trip(doc, bc.MakeClusterCommand(doc, cluster, [a.id, b.id]))
    assert {n.cluster_id for n in doc.notes.values()} == {cluster.id}
    _round_trip(doc, bc.EditClusterTitleCommand(doc, doc.clusters[cluster.id], "Warmte en geld"))
    # A note dragged within the cluster (it grows), then the cluster tidied again.
    inside = doc.clusters[cluster.id]
    doc.undo_stack.push(bc.MoveItemsCommand(doc, {a.id: (inside.x + inside.width - 120, 200.0)}))
    assert doc.notes[a.id].cluster_id == cluster.id
    assert doc.clusters[cluster.id].width > inside.width
    _round_trip(doc, bc.ArrangeClusterCommand(doc, doc.clusters[cluster.id]))
    assert doc.clusters[cluster.id].width == inside.width
    _round_trip(doc, bc.CollapseClusterCommand(doc, doc.clusters[cluster.id], True))
    _, after = _round_trip(doc, bc.DeleteItemsCommand(doc, [doc.clusters[cluster.id]]))
    assert after["clusters"] == set()  # type: ignore[index]
    assert all(n.cluster_id is None for n in doc.notes.values())


def test_arrows_photos_and_deleting_a_note_with_its_arrows(doc: BoardDocument) -> None:
    a, b = _note(doc, "a"), _note(doc, "b", x=300)
    link = NoteLink(board_id=doc.board_id, from_note_id=a.id, to_note_id=b.id)
    _round_trip(doc, bc.AddLinkCommand(doc, link))
    photo = Photo(
        board_id=doc.board_id,
        caption="Wand",
        mime_type="image/png",
        width_px=4,
        height_px=3,
        data=b"\x89PNG",
    )
    _round_trip(doc, bc.AddPhotoCommand(doc, photo))
    assert doc.photos[photo.id].data == b""  # the bytes stay in the database
    _, after = _round_trip(doc, bc.DeleteItemsCommand(doc, [doc.notes[a.id]]))
    assert after["links"] == set()  # type: ignore[index]
    assert doc.workspace.boards.photo_data(photo.id) == b"\x89PNG"


def test_import_is_one_step(doc: BoardDocument) -> None:
    _round_trip(
        doc,
        bc.ImportNotesCommand(
            doc,
            [ImportedNote("Wie betaalt?", None, "Kosten", 3), ImportedNote("Tocht", None, "", 0)],
        ),
    )


def test_voting_commands(doc: BoardDocument) -> None:
    note = _note(doc)
    first = VoteRound(board_id=doc.board_id, title="Ronde 1", participants=("Tafel 1",))
    _round_trip(doc, bc.StartRoundCommand(doc, first))
    second = VoteRound(board_id=doc.board_id, title="Ronde 2")
    _round_trip(doc, bc.StartRoundCommand(doc, second))
    assert doc.rounds[first.id].status is VoteRoundStatus.CLOSED  # one open round at a time
    _round_trip(doc, bc.PlaceDotCommand(doc, second.id, note.id))
    _round_trip(doc, bc.PlaceDotCommand(doc, second.id, note.id))
    _round_trip(doc, bc.RemoveDotCommand(doc, second.id, note.id))
    _round_trip(doc, bc.SetTallyCommand(doc, second.id, note.id, 6))
    _round_trip(doc, bc.SetTallyCommand(doc, second.id, note.id, 2))
    assert [v.participant for v in doc.votes.values() if v.count == 2] == [PAPER_TALLY]
    _round_trip(doc, bc.EndRoundCommand(doc, doc.rounds[second.id]))
    _round_trip(doc, bc.ResetRoundCommand(doc, doc.rounds[second.id]))


def test_a_refused_command_leaves_no_undo_step_and_says_why(doc: BoardDocument) -> None:
    note = _note(doc)
    count = doc.undo_stack.count()
    errors: list[str] = []
    doc.error_raised.connect(lambda e: errors.append(e.code))
    doc.undo_stack.push(bc.EditNoteTextCommand(doc, note, "x" * 5000))
    assert errors == ["value.too_long"]
    assert doc.undo_stack.count() == count
    assert doc.workspace.boards.content(doc.board_id).notes[0].text == "Kosten"
