"""Importing typed-in notes into a board: all or nothing, clusters and paper dots kept."""

from __future__ import annotations

import pytest

from sec_workshop.domain.enums import NoteColor
from sec_workshop.exchange.notes_file import ImportedNote
from sec_workshop.services.workspace import Workspace


def _empty_board(ws: Workspace) -> str:
    wijk_id = ws.demo.add().wijk_id
    return next(b.board.id for b in ws.boards.summaries(wijk_id) if b.note_count == 0)


def test_import_adds_notes_clusters_and_tallies(workspace: Workspace) -> None:
    board_id = _empty_board(workspace)
    notes = [
        ImportedNote("Wie betaalt dat?", NoteColor.PINK, "Kosten", 4),
        ImportedNote("Tocht bij de ramen", None, "Comfort", 0),
        ImportedNote("Samen inkopen", NoteColor.GREEN, "Kosten", 2),
        ImportedNote("Losse gedachte", None, "", 0),
    ]
    assert workspace.boards.import_notes(board_id, notes) == 4
    content = workspace.boards.content(board_id)
    assert sorted(n.text for n in content.notes) == sorted(n.text for n in notes)
    clusters = {c.title: c for c in content.clusters}
    assert set(clusters) == {"Kosten", "Comfort"}
    kosten = [n for n in content.notes if n.cluster_id == clusters["Kosten"].id]
    assert {n.text for n in kosten} == {"Wie betaalt dat?", "Samen inkopen"}
    by_text = {n.text: n for n in content.notes}
    assert content.votes_for_note(by_text["Wie betaalt dat?"].id) == 4
    assert by_text["Tocht bij de ramen"].color is NoteColor.YELLOW
    # Nothing overlaps.
    boxes = [(n.x, n.y, n.x + n.width, n.y + n.height) for n in content.notes]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]

    # A second import joins the existing cluster and goes below what is there.
    workspace.boards.import_notes(board_id, [ImportedNote("Subsidie?", None, "kosten", 1)])
    content = workspace.boards.content(board_id)
    assert len(content.clusters) == 2
    assert len([n for n in content.notes if n.cluster_id == clusters["Kosten"].id]) == 3
    assert len(content.vote_rounds) == 1


def test_import_into_a_missing_board_changes_nothing(workspace: Workspace) -> None:
    from sec_workshop.domain.base import NotFoundError

    with pytest.raises(NotFoundError):
        workspace.boards.import_notes("no-such-board", [ImportedNote("x")])


def test_cluster_names_are_matched_whatever_their_case(workspace: Workspace) -> None:
    board_id = _empty_board(workspace)
    workspace.boards.import_notes(
        board_id,
        [
            ImportedNote("a", None, "Warmte", 0),
            ImportedNote("b", None, "warmte", 0),
            ImportedNote("c", None, "WARMTE", 0),
        ],
    )
    content = workspace.boards.content(board_id)
    assert [c.title for c in content.clusters] == ["Warmte"]
    assert all(n.cluster_id == content.clusters[0].id for n in content.notes)
