"""The rules of a board, decided by the service for every client alike (the window, an
import, a phone): one open round, a budget of dots per participant, paper dots as a kind of
their own, which cluster a note is in and how a cluster lays out its notes. Each intent is
one edit whose inverse brings back exactly what was there."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from sec_workshop.domain.base import NotFoundError, ValidationError
from sec_workshop.domain.board import (
    LEGACY_PAPER_TALLY,
    PAPER_TALLY,
    Cluster,
    Note,
    Vote,
    VoteRound,
    validate_round,
)
from sec_workshop.domain.enums import VoteRoundStatus
from sec_workshop.exchange.notes_file import ImportedNote
from sec_workshop.services.boards import placed_in_cluster
from sec_workshop.services.workspace import Workspace


def _board(ws: Workspace) -> str:
    wijk_id = ws.demo.add().wijk_id
    return next(b.board.id for b in ws.boards.summaries(wijk_id) if b.note_count == 0)


def _snapshot(ws: Workspace, board_id: str) -> dict[str, object]:
    content = ws.boards.content(board_id)

    def strip(records: tuple[object, ...]) -> set[object]:
        return {replace(r, created_at=None, updated_at=None) for r in records}  # type: ignore[type-var]

    return {
        "notes": strip(content.notes),
        "clusters": strip(content.clusters),
        "rounds": strip(content.vote_rounds),
        "votes": strip(content.votes),
    }


def _notes(ws: Workspace, board_id: str, *places: tuple[float, float]) -> list[Note]:
    notes = [Note(board_id=board_id, text=f"n{i}", x=x, y=y) for i, (x, y) in enumerate(places)]
    ws.board_editing.add_notes(board_id, notes)
    return [n for n in ws.boards.content(board_id).notes if n.id in {x.id for x in notes}]


# --- dot voting -------------------------------------------------------------------------------
def test_one_open_round_and_each_participants_budget(workspace: Workspace) -> None:
    ws, board_id = workspace, _board(workspace)
    (note,) = _notes(ws, board_id, (0, 0))
    first = VoteRound(board_id=board_id, title="Eerst", participants=("Tafel 1", "Tafel 2"))
    ws.board_editing.start_round(board_id, replace(first, dots_per_participant=2))
    for _ in range(2):
        ws.board_editing.place_dot(board_id, first.id, note.id, "tafel 1")  # any case
    with pytest.raises(ValidationError) as refused:
        ws.board_editing.place_dot(board_id, first.id, note.id, "Tafel 1")
    assert refused.value.code == "vote.no_dots_left"
    assert refused.value.params["name"] == "Tafel 1"
    with pytest.raises(ValidationError) as unknown:
        ws.board_editing.place_dot(board_id, first.id, note.id, "Tafel 9")
    assert unknown.value.code == "vote.unknown_participant"
    votes = ws.boards.content(board_id).votes
    assert sorted(v.participant for v in votes) == ["Tafel 1", "Tafel 1"]  # as listed

    # A second round ends the first: one open round at a time, and no dots in an ended one.
    second = VoteRound(board_id=board_id, title="Daarna")
    before = _snapshot(ws, board_id)
    edit = ws.board_editing.start_round(board_id, second)
    rounds = {r.id: r for r in ws.boards.content(board_id).vote_rounds}
    assert rounds[first.id].status is VoteRoundStatus.CLOSED
    assert rounds[second.id].status is VoteRoundStatus.OPEN
    assert rounds[second.id].position > rounds[first.id].position
    with pytest.raises(ValidationError) as closed:
        ws.board_editing.place_dot(board_id, first.id, note.id, "Tafel 2")
    assert closed.value.code == "vote.round_closed"
    ws.board_editing.replay(board_id, edit.inverted())
    assert _snapshot(ws, board_id) == before  # the first round is open again


def test_a_dot_is_taken_off_the_participants_last_one(workspace: Workspace) -> None:
    ws, board_id = workspace, _board(workspace)
    a, b = _notes(ws, board_id, (0, 0), (300, 0))
    vote_round = VoteRound(board_id=board_id, title="R", participants=("An", "Bo"))
    ws.board_editing.start_round(board_id, vote_round)
    ws.board_editing.place_dot(board_id, vote_round.id, a.id, "An")
    ws.board_editing.place_dot(board_id, vote_round.id, a.id, "Bo")
    edit = ws.board_editing.remove_dot(board_id, vote_round.id, a.id, "Bo")
    assert [v.participant for v in ws.boards.content(board_id).votes] == ["An"]
    assert not ws.board_editing.remove_dot(board_id, vote_round.id, b.id, "An")  # none there
    ws.board_editing.replay(board_id, edit.inverted())
    assert len(ws.boards.content(board_id).votes) == 2


def test_paper_dots_are_their_own_kind_and_replace_what_was_counted(
    workspace: Workspace,
) -> None:
    ws, board_id = workspace, _board(workspace)
    (note,) = _notes(ws, board_id, (0, 0))
    vote_round = VoteRound(board_id=board_id, title="R", participants=("Tafel 1",))
    ws.board_editing.start_round(board_id, vote_round)
    ws.board_editing.end_round(board_id, vote_round.id)
    ws.board_editing.set_tally(board_id, vote_round.id, note.id, 6)  # in an ended round too
    ws.board_editing.set_tally(board_id, vote_round.id, note.id, 4)
    (vote,) = ws.boards.content(board_id).votes
    assert (vote.count, vote.participant, vote.is_paper_tally) == (4, PAPER_TALLY, True)
    # Paper dots count in no participant's budget, and nobody may be named like them.
    for name in (PAPER_TALLY, "Papier"):
        with pytest.raises(ValidationError) as reserved:
            validate_round(VoteRound(board_id=board_id, title="R", participants=(name,)))
        assert reserved.value.code == "vote.participant_reserved"
    ws.board_editing.set_tally(board_id, vote_round.id, note.id, 0)
    assert ws.boards.content(board_id).votes == ()


def test_paper_dots_saved_by_an_older_version_still_count_as_paper(
    workspace: Workspace,
) -> None:
    """Boards saved before paper dots had a kind of their own named them by a Dutch word."""
    ws, board_id = workspace, _board(workspace)
    (note,) = _notes(ws, board_id, (0, 0))
    vote_round = VoteRound(board_id=board_id, title="R")
    ws.board_editing.start_round(board_id, vote_round)
    ws.board_editing.set_tally(board_id, vote_round.id, note.id, 5)
    with ws._store.db.engine.begin() as conn:
        conn.execute(text("UPDATE vote SET participant = :old"), {"old": LEGACY_PAPER_TALLY})
    (vote,) = ws.boards.content(board_id).votes
    assert vote.is_paper_tally and vote.participant == PAPER_TALLY
    ws.board_editing.set_tally(board_id, vote_round.id, note.id, 3)  # replaces, not adds
    assert [(v.count, v.participant) for v in ws.boards.content(board_id).votes] == [
        (3, PAPER_TALLY)
    ]


def test_imported_counts_go_to_the_paper_round_found_by_its_kind_not_its_title(
    workspace: Workspace,
) -> None:
    ws, board_id = workspace, _board(workspace)
    ws.board_editing.import_notes(board_id, [ImportedNote("Kosten", None, "", 2)], "Paper dots")
    (tally_round,) = ws.boards.content(board_id).vote_rounds
    assert tally_round.title == "Paper dots"
    ws.board_editing.import_notes(board_id, [ImportedNote("Tocht", None, "", 3)], "Papier")
    content = ws.boards.content(board_id)
    assert [r.id for r in content.vote_rounds] == [tally_round.id]
    assert sorted(v.count for v in content.votes) == [2, 3]
    assert all(v.is_paper_tally for v in content.votes)


def test_a_dot_on_something_of_another_board_is_refused(workspace: Workspace) -> None:
    ws, board_id = workspace, _board(workspace)
    vote_round = VoteRound(board_id=board_id, title="R")
    ws.board_editing.start_round(board_id, vote_round)
    with pytest.raises(NotFoundError):
        ws.board_editing.place_dot(board_id, vote_round.id, "no-such-note")
    assert ws.boards.content(board_id).votes == ()


# --- clusters and layout ----------------------------------------------------------------------
def test_a_note_put_on_a_cluster_joins_it_and_the_cluster_grows_to_hold_it(
    workspace: Workspace,
) -> None:
    ws, board_id = workspace, _board(workspace)
    cluster = Cluster(board_id=board_id, title="Warmte", x=0, y=0, width=400, height=300)
    ws.board_editing.apply(board_id, [cluster])
    # New: its centre is on the cluster, its right edge beyond it.
    (note,) = _notes(ws, board_id, (300, 100))
    content = ws.boards.content(board_id)
    assert note.cluster_id == cluster.id
    (grown,) = content.clusters
    assert grown.x + grown.width >= note.x + note.width

    # Dragged off it: it leaves; dragged back: it joins; one edit each, undone exactly.
    before = _snapshot(ws, board_id)
    edit = ws.board_editing.move_items(board_id, {note.id: (900.0, 900.0)})
    assert ws.boards.content(board_id).notes[0].cluster_id is None
    ws.board_editing.replay(board_id, edit.inverted())
    assert _snapshot(ws, board_id) == before


def test_a_moved_cluster_takes_its_notes_along(workspace: Workspace) -> None:
    ws, board_id = workspace, _board(workspace)
    a, b = _notes(ws, board_id, (0, 100), (300, 100))
    cluster = Cluster(board_id=board_id, title="Geld")
    ws.board_editing.make_cluster(board_id, cluster, [a.id, b.id])
    content = ws.boards.content(board_id)
    (made,) = content.clusters
    assert {n.cluster_id for n in content.notes} == {cluster.id}
    assert made.y == 100 - 50  # room for its title above the first note
    places = {n.id: (n.x, n.y) for n in content.notes}
    ws.board_editing.move_items(board_id, {cluster.id: (made.x + 500, made.y + 40)})
    moved = {n.id: (n.x, n.y) for n in ws.boards.content(board_id).notes}
    assert moved == {i: (x + 500, y + 40) for i, (x, y) in places.items()}
    assert {n.cluster_id for n in ws.boards.content(board_id).notes} == {cluster.id}


def test_arrange_moves_notes_into_and_out_of_clusters(workspace: Workspace) -> None:
    ws, board_id = workspace, _board(workspace)
    a, b, c = _notes(ws, board_id, (0, 100), (300, 100), (600, 900))
    cluster = Cluster(board_id=board_id, title="Geld")
    ws.board_editing.make_cluster(board_id, cluster, [a.id, b.id])
    before = _snapshot(ws, board_id)
    edit = ws.board_editing.move_to_cluster(board_id, [c.id], cluster.id)
    content = ws.boards.content(board_id)
    (grown,) = content.clusters
    moved = next(n for n in content.notes if n.id == c.id)
    assert moved.cluster_id == cluster.id
    assert grown.y + grown.height >= moved.y + moved.height
    ws.board_editing.replay(board_id, edit.inverted())
    assert _snapshot(ws, board_id) == before
    ws.board_editing.move_to_cluster(board_id, [a.id], None)
    content = ws.boards.content(board_id)
    out = next(n for n in content.notes if n.id == a.id)
    assert out.cluster_id is None and out.y > content.clusters[0].y + content.clusters[0].height


def test_placed_in_cluster_grows_the_cluster_to_hold_the_notes() -> None:
    cluster = Cluster(board_id="b", title="Kosten", x=0, y=0, width=400, height=300)
    member = Note(board_id="b", text="a", x=20, y=60, cluster_id=cluster.id)
    notes = [Note(board_id="b", text=str(i)) for i in range(3)]
    grown, placed = placed_in_cluster(cluster, [member], notes)
    assert all(n.cluster_id == cluster.id for n in placed)
    assert all(n.y >= member.y + member.height for n in placed)
    assert all(n.x + n.width <= grown.x + grown.width for n in placed)
    assert all(n.y + n.height <= grown.y + grown.height for n in placed)
    assert (grown.x, grown.y) == (cluster.x, cluster.y)


def test_a_vote_record_names_its_target() -> None:
    assert Vote(round_id="r", note_id="n").target_id == "n"
    assert Vote(round_id="r", cluster_id="c").target_id == "c"
