"""Posters of the roadmap and of a board: one A3 page, or tiled over sheets with a map."""

from __future__ import annotations

import dataclasses

import pypdfium2 as pdfium
import pytest

from sec_workshop.reports.posters import (
    ROADMAP_WALL_SCALE,
    board_poster,
    roadmap_layout,
    roadmap_poster,
)
from sec_workshop.reports.tiles import plan
from sec_workshop.services.workspace import Workspace


def _pages(pdf: bytes) -> list[tuple[tuple[float, float], str]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [(page.get_size(), page.get_textpage().get_text_range()) for page in doc]
    finally:
        doc.close()


@pytest.fixture
def demo(workspace: Workspace) -> tuple[Workspace, str]:
    return workspace, workspace.demo.add().wijk_id


def test_the_roadmap_fits_one_a3_landscape_page(demo: tuple[Workspace, str]) -> None:
    ws, wijk_id = demo
    data = ws.reports.roadmap(wijk_id)
    pages = _pages(roadmap_poster(data))
    assert len(pages) == 1
    (width, height), text = pages[0]
    assert (round(width), round(height)) == (1191, 842)
    flat = " ".join(text.split())
    for lane in data.content.lanes:
        assert lane.name in flat
    for step in data.content.steps[:20]:
        assert " ".join(step.title.split()[:2]) in flat
    assert "Routekaart" in flat


def test_the_roadmap_tiled_over_a4_has_a_map_and_labelled_sheets(
    demo: tuple[Workspace, str],
) -> None:
    ws, wijk_id = demo
    data = ws.reports.roadmap(wijk_id)
    layout = roadmap_layout(data)
    grid = plan((layout.width, layout.height), "a4", ROADMAP_WALL_SCALE)
    pages = _pages(roadmap_poster(data, tiles="a4"))
    assert grid.count > 1
    assert len(pages) == grid.count + 1
    for (width, height), _ in pages:
        assert sorted((round(width), round(height))) == [595, 842]
    assert "Zo hangt de poster" in pages[0][1]
    for number, (_, text) in enumerate(pages[1:], start=1):
        assert f"blad {number} van {grid.count}" in text
        assert "rij " in text and "kolom " in text
        assert "Vogelwijk-Oost" in text


def test_the_roadmap_tiled_over_a3(demo: tuple[Workspace, str]) -> None:
    ws, wijk_id = demo
    pages = _pages(roadmap_poster(ws.reports.roadmap(wijk_id), tiles="a3", lang="en"))
    assert len(pages) >= 2
    assert sorted(round(v) for v in pages[1][0]) == [842, 1191]
    assert "sheet 1 of" in pages[1][1]


def test_hostile_step_titles_do_not_break_the_poster(demo: tuple[Workspace, str]) -> None:
    ws, wijk_id = demo
    data = ws.reports.roadmap(wijk_id)
    titles = ["<img src=x>", "x" * 10_000, "Warmte 🔥🏠 voor iedereen", "מרכז השכונה عربي"]
    steps = list(data.content.steps)
    for i, title in enumerate(titles):
        steps[i] = dataclasses.replace(steps[i], title=title, owner=title)
    hostile = dataclasses.replace(
        data, content=dataclasses.replace(data.content, steps=tuple(steps))
    )
    for tiles in (None, "a4"):
        pages = _pages(roadmap_poster(hostile, tiles=tiles))
        text = "".join(t for _, t in pages)
        assert "<img src=x>" in text
        assert "Warmte" in text


def test_a_board_poster(demo: tuple[Workspace, str]) -> None:
    ws, wijk_id = demo
    boards = [
        ws.reports.board(b.id)
        for summary in ws.sessions.summaries(wijk_id)
        for b in ws.sessions.content(summary.session.id).boards
    ]
    board = max(boards, key=lambda b: len(b.content.notes))
    note = next(n for n in board.content.notes if not n.facilitator_only)
    pages = _pages(board_poster(board, "Vogelwijk-Oost"))
    assert len(pages) == 1
    assert sorted(round(v) for v in pages[0][0]) == [842, 1191]
    assert note.text.split()[0] in pages[0][1]
    tiled = _pages(board_poster(board, "Vogelwijk-Oost", tiles="a4"))
    assert len(tiled) > 2
    assert "blad 1 van" in tiled[1][1]
