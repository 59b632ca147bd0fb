"""Benchmark of the tiled roadmap poster: the large benchmark roadmap (12 lanes x 12 phases,
400 steps, 300 arrows) over A4 sheets, against bare ReportLab canvas drawing of the same
rectangles, strings and lines on the same sheets, measured in the same run.

Usage: python tests/benchmarks/poster_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET = 3.0


def _median(fn: Callable[[], float], repeat: int) -> float:
    fn()
    return statistics.median(fn() for _ in range(repeat))


def bench_posters(repeat: int = 5) -> list[dict[str, object]]:
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from run import _large_model_folder

    from sec_workshop.reports.base import FONT, FONT_BOLD, register_fonts
    from sec_workshop.reports.data import RoadmapData
    from sec_workshop.reports.posters import (
        CARD_WIDTH,
        ROADMAP_WALL_SCALE,
        roadmap_layout,
        roadmap_poster,
    )
    from sec_workshop.reports.tiles import SHEET_MARGIN, plan
    from sec_workshop.services.workspace import Workspace

    register_fonts()
    folder, model_id = _large_model_folder()
    with Workspace.open(folder) as ws:
        wijk = ws.wijken.get(ws.demo.add().wijk_id)
        data = RoadmapData(wijk, ws.models.content(model_id))
    layout = roadmap_layout(data)
    grid = plan((layout.width, layout.height), "a4", ROADMAP_WALL_SCALE)
    pages = grid.count + 1

    def ours() -> float:
        t0 = time.perf_counter()
        roadmap_poster(data, tiles="a4")
        return time.perf_counter() - t0

    def bare() -> float:
        t0 = time.perf_counter()
        height = layout.height
        canvas = Canvas(io.BytesIO(), pagesize=grid.sheet, invariant=True)
        aw, ah = grid.area
        for page in range(pages):
            canvas.saveState()
            canvas.translate(SHEET_MARGIN, SHEET_MARGIN)
            scale = grid.scale * (0.3 if page == 0 else 1.0)
            canvas.scale(scale, scale)
            if page:
                row, col = divmod(page - 1, grid.cols)
                canvas.translate(-col * grid.step[0] / scale, -row * grid.step[1] / scale)
            for band in layout.lanes:
                canvas.rect(0, height - band.y - band.height, layout.width, band.height)
                canvas.setFont(FONT_BOLD, 15)
                canvas.drawString(14, height - band.y - 28, band.name)
            for name, x, _, _ in layout.phases:
                canvas.drawString(x + 10, height - 24, name)
            for a, b in layout.arrows:
                s, e = layout.cards[a], layout.cards[b]
                canvas.line(s.x + CARD_WIDTH, height - s.y, e.x, height - e.y)
            for card in layout.cards.values():
                y = height - card.y - card.height
                canvas.rect(card.x, y, CARD_WIDTH, card.height)
                canvas.setFont(FONT_BOLD, 12.5)
                for i, line in enumerate(card.lines):
                    canvas.drawString(card.x + 15, y + card.height - 20 - i * 15.5, line)
                canvas.setFont(FONT, 10)
                canvas.drawString(card.x + 27, y + 10, "Gepland")
                canvas.drawString(card.x + 80, y + 10, card.owner)
            canvas.restoreState()
            canvas.drawString(
                SHEET_MARGIN, SHEET_MARGIN - 6 * mm, f"blad {page} · {aw:.0f} {ah:.0f}"
            )
            canvas.showPage()
        canvas.save()
        return time.perf_counter() - t0

    value = _median(ours, repeat)
    baseline = _median(bare, repeat)
    return [
        {
            "name": "poster_tiles",
            "value": round(value, 4),
            "unit": "s",
            "baseline": round(baseline, 4),
            "ratio": round(value / baseline, 2),
            "target": TARGET,
            "sheets": pages,
        }
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for row in bench_posters(args.repeat):
        print(
            f"{row['name']}: {row['value']} s over {row['sheets']} sheets, bare canvas "
            f"{row['baseline']} s, ratio {row['ratio']} (target {row['target']})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
