"""Board edits: one transaction each, dependents go along, and the inverse brings back
exactly what was there (same ids, same places)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sec_workshop.domain.base import ValidationError
from sec_workshop.domain.board import Board, Cluster, Note, NoteLink, Photo, Vote, VoteRound
from sec_workshop.domain.enums import NoteColor
from sec_workshop.exchange.notes_file import ImportedNote
from sec_workshop.services.workspace import Workspace


def _board(ws: Workspace) -> str:
    wijk_id = ws.demo.add().wijk_id
    return next(b.board.id for b in ws.boards.summaries(wijk_id) if b.note_count == 0)


def _snapshot(ws: Workspace, board_id: str) -> dict[str, object]:
    """Everything on the board except time stamps, comparable across undo."""
    content = ws.boards.content(board_id)

    def strip(records: tuple[object, ...]) -> set[object]:
        return {replace(r, created_at=None, updated_at=None) for r in records}  # type: ignore[type-var]

    return {
        "notes": strip(content.notes),
        "clusters": strip(content.clusters),
        "links": strip(content.links),
        "rounds": strip(content.vote_rounds),
        "votes": strip(content.votes),
        "photos": strip(content.photos),
    }


def test_add_move_and_undo_a_note(workspace: Workspace) -> None:
    board_id = _board(workspace)
    note = Note(board_id=board_id, text="Wie betaalt de warmtepomp?", x=10, y=20)
    edit = workspace.board_editing.apply(board_id, [note])
    assert [(b, a) for b, a in edit.changes] == [(None, note)]
    moved = replace(note, x=300, y=400)
    edit2 = workspace.board_editing.apply(board_id, [moved])
    stored = workspace.boards.content(board_id).notes
    assert [(n.x, n.y) for n in stored] == [(300, 400)]
    workspace.board_editing.replay(board_id, edit2.inverted())
    assert [(n.x, n.y) for n in workspace.boards.content(board_id).notes] == [(10, 20)]
    workspace.board_editing.replay(board_id, edit.inverted())
    assert workspace.boards.content(board_id).notes == ()


def test_deleting_a_note_takes_its_arrows_and_dots_and_undo_restores_them(
    workspace: Workspace,
) -> None:
    board_id = _board(workspace)
    a = Note(board_id=board_id, text="Kosten")
    b = Note(board_id=board_id, text="Subsidie", x=300)
    c = Note(board_id=board_id, text="Buren", x=600)
    vote_round = VoteRound(board_id=board_id, title="Ronde 1", participants=("Tafel 1", "Tafel 2"))
    records = [
        a,
        b,
        c,
        NoteLink(board_id=board_id, from_note_id=a.id, to_note_id=b.id),
        NoteLink(board_id=board_id, from_note_id=c.id, to_note_id=a.id),
        NoteLink(board_id=board_id, from_note_id=b.id, to_note_id=c.id),
        vote_round,
        Vote(round_id=vote_round.id, note_id=a.id, participant="Tafel 1"),
        Vote(round_id=vote_round.id, note_id=a.id, participant="Tafel 2", count=2),
        Vote(round_id=vote_round.id, note_id=b.id, participant="Tafel 2"),
    ]
    workspace.board_editing.apply(board_id, records)
    before = _snapshot(workspace, board_id)

    edit = workspace.board_editing.apply(board_id, deletes=[a])
    content = workspace.boards.content(board_id)
    assert {n.text for n in content.notes} == {"Subsidie", "Buren"}
    assert len(content.links) == 1 and content.links[0].from_note_id == b.id
    assert [v.note_id for v in content.votes] == [b.id]
    assert len(edit.deletes) == 5  # the note, two arrows, two dots

    workspace.board_editing.replay(board_id, edit.inverted())
    assert _snapshot(workspace, board_id) == before
    workspace.board_editing.replay(board_id, edit)
    assert len(workspace.boards.content(board_id).notes) == 2


def test_deleting_a_cluster_keeps_its_notes_loose_and_undo_puts_them_back(
    workspace: Workspace,
) -> None:
    board_id = _board(workspace)
    cluster = Cluster(board_id=board_id, title="Warmte")
    notes = [Note(board_id=board_id, text=f"n{i}", cluster_id=cluster.id) for i in range(3)]
    vote_round = VoteRound(board_id=board_id, title="Ronde")
    workspace.board_editing.apply(
        board_id,
        [cluster, *notes, vote_round, Vote(round_id=vote_round.id, cluster_id=cluster.id)],
    )
    before = _snapshot(workspace, board_id)
    edit = workspace.board_editing.apply(board_id, deletes=[cluster])
    content = workspace.boards.content(board_id)
    assert content.clusters == () and content.votes == ()
    assert len(content.notes) == 3 and all(n.cluster_id is None for n in content.notes)
    workspace.board_editing.replay(board_id, edit.inverted())
    assert _snapshot(workspace, board_id) == before


def test_import_is_one_edit_that_undo_removes_whole(workspace: Workspace) -> None:
    board_id = _board(workspace)
    workspace.board_editing.apply(board_id, [Cluster(board_id=board_id, title="Kosten")])
    before = _snapshot(workspace, board_id)
    edit = workspace.board_editing.import_notes(
        board_id,
        [
            ImportedNote("Wie betaalt dat?", NoteColor.PINK, "Kosten", 4),
            ImportedNote("Tocht", None, "Comfort", 0),
            ImportedNote("Los", None, "", 0),
        ],
    )
    content = workspace.boards.content(board_id)
    assert len(content.notes) == 3 and len(content.clusters) == 2
    assert sum(v.count for v in content.votes) == 4
    workspace.board_editing.replay(board_id, edit.inverted())
    assert _snapshot(workspace, board_id) == before  # the grown cluster shrank back too


def test_photo_bytes_survive_delete_and_undo(workspace: Workspace) -> None:
    board_id = _board(workspace)
    photo = Photo(
        board_id=board_id,
        caption="Muur",
        mime_type="image/png",
        width_px=2,
        height_px=2,
        data=b"\x89PNG-bytes",
    )
    workspace.board_editing.apply(board_id, [photo])
    moved = replace(photo, x=50, data=b"")  # the board keeps no bytes in memory
    workspace.board_editing.apply(board_id, [moved])
    assert workspace.boards.photo_data(photo.id) == b"\x89PNG-bytes"
    edit = workspace.board_editing.apply(board_id, deletes=[moved])
    workspace.board_editing.replay(board_id, edit.inverted())
    assert workspace.boards.photo_data(photo.id) == b"\x89PNG-bytes"
    assert workspace.boards.content(board_id).photos[0].x == 50


def test_records_of_another_board_or_broken_ones_change_nothing(workspace: Workspace) -> None:
    board_id = _board(workspace)
    session_id = workspace.boards.get(board_id).session_id
    other = workspace.board_editing.create_board(Board(session_id=session_id, title="Ander bord"))
    vote_round = VoteRound(board_id=other.id, title="Elders")
    workspace.board_editing.apply(other.id, [vote_round])
    note = Note(board_id=board_id, text="hier")
    with pytest.raises(ValidationError):
        workspace.board_editing.apply(board_id, [Note(board_id=other.id, text="daar")])
    with pytest.raises(ValidationError):
        workspace.board_editing.apply(
            board_id, [note, Vote(round_id=vote_round.id, note_id=note.id)]
        )
    with pytest.raises(ValidationError):
        workspace.board_editing.apply(board_id, [note, replace(note, id="x", text="y" * 2001)])
    with pytest.raises(ValidationError):
        workspace.board_editing.apply(
            board_id, [note, NoteLink(board_id=board_id, from_note_id=note.id, to_note_id=note.id)]
        )
    assert workspace.boards.content(board_id).notes == ()


def test_boards_are_created_renamed_deleted_and_restored(workspace: Workspace) -> None:
    board_id = _board(workspace)
    session_id = workspace.boards.get(board_id).session_id
    board = workspace.board_editing.create_board(
        Board(session_id=session_id, title="  Kansen  ", template_key="kansen-belemmeringen")
    )
    assert board.title == "Kansen"
    workspace.board_editing.apply(board.id, [Note(board_id=board.id, text="Zon op het dak")])
    assert workspace.board_editing.rename_board(board.id, "Kansen en zorgen").title == (
        "Kansen en zorgen"
    )
    records = workspace.board_editing.delete_board(board.id)
    assert board.id not in {b.id for b in _all_boards(workspace)}
    workspace.board_editing.restore_board(records)
    assert [n.text for n in workspace.boards.content(board.id).notes] == ["Zon op het dak"]


def _all_boards(ws: Workspace) -> list[Board]:
    wijk_id = ws.wijken.list()[0].id
    return [s.board for s in ws.boards.summaries(wijk_id)]


def test_large_deletes_undo_within_sqlites_limit_on_values(workspace: Workspace) -> None:
    """SQLite builds may allow as few as 999 values in one statement; every list is sliced."""
    import sqlite3

    db = workspace._store.db
    with db.engine.connect() as conn:
        conn.connection.driver_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    board_id = _board(workspace)
    workspace.board_editing.import_notes(
        board_id, [ImportedNote(f"n{i}", None, f"c{i % 30}", 1) for i in range(1500)]
    )
    before = _snapshot(workspace, board_id)
    content = workspace.boards.content(board_id)
    edit = workspace.board_editing.apply(board_id, deletes=[*content.notes, *content.clusters])
    assert workspace.boards.content(board_id).notes == ()
    workspace.board_editing.replay(board_id, edit.inverted())
    assert _snapshot(workspace, board_id) == before
    records = workspace.board_editing.delete_board(board_id)
    workspace.board_editing.restore_board(records)
    assert _snapshot(workspace, board_id) == before
