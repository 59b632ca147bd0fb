"""Benchmark of the invloed-belangmatrix: a wijk of 500 stakeholders opened (document, scene)
and painted once into a 1920x1080 image, against a plain QGraphicsScene of the same 500
rectangles and names (QGraphicsRectItem + QGraphicsSimpleTextItem) in the same places,
read and painted the same way in the same run. Also the painting alone, both sides.

Usage: python tests/benchmarks/stakeholder_grid_bench.py [--repeat N]
(or from run.py, as ``bench_stakeholder_grid(repeat, _row)``)."""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
VIEW_W, VIEW_H = 1920, 1080
PEOPLE = 500

_STREETS = ("Merelstraat", "Kievitlaan", "Zwaluwplein", "Spreeuwenhof", "Lijsterweg")


def grid_folder(people: int = PEOPLE) -> tuple[Path, str]:
    """A data folder with the demo wijk and ``people`` more stakeholders in it, saved one by
    one through the service, spread over the 25 cells (more towards the middle)."""
    from sec_workshop.domain.enums import Attitude
    from sec_workshop.services.workspace import Workspace

    rnd = random.Random(500)
    folder = Path(tempfile.mkdtemp(prefix="sec-bench-grid-"))
    with Workspace.open(folder) as ws:
        wijk_id = ws.demo.add().wijk_id
        types = [t.key for t in ws.library.stakeholder_types()]
        have = len(ws.stakeholders.list(wijk_id))
        for i in range(people - have):
            person = ws.stakeholders.new(
                wijk_id,
                types[i % len(types)],
                f"Bewoners {_STREETS[i % len(_STREETS)]} {i + 1}",
            )
            ws.stakeholders.add(
                replace(
                    person,
                    influence=_score(rnd),
                    interest=_score(rnd),
                    attitude=list(Attitude)[i % len(Attitude)],
                )
            )
        assert len(ws.stakeholders.list(wijk_id)) == people
    return folder, wijk_id


def _score(rnd: random.Random) -> int:
    return min(5, max(1, round(rnd.gauss(3, 1.2))))


def _paint(scene: object, source: object) -> None:
    """One 1920x1080 image of ``source`` (a scene rectangle), fitted, without a view."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    image = QImage(VIEW_W, VIEW_H, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, VIEW_W, VIEW_H), source)  # type: ignore[attr-defined]
    painter.end()


def _plain_scene(people: list[object], places: dict[str, object]) -> object:
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsScene

    scene = QGraphicsScene()
    white = QBrush(QColor("#FFFFFF"))
    for p in people:
        corner = places[p.id]  # type: ignore[attr-defined]
        scene.addRect(corner.x(), corner.y(), 150, 40, brush=white)  # type: ignore[attr-defined]
        scene.addSimpleText(p.name).setPos(corner.x() + 10, corner.y() + 4)  # type: ignore[attr-defined]
    return scene


def _median(fn: Callable[[], float], repeat: int) -> float:
    fn()
    return statistics.median(fn() for _ in range(repeat))


def bench_stakeholder_grid(
    repeat: int, row: Callable[..., dict[str, object]]
) -> list[dict[str, object]]:
    from sec_workshop.gui.app import application
    from sec_workshop.gui.stakeholders.document import StakeholdersDocument
    from sec_workshop.gui.stakeholders.grid_scene import StakeholderGridScene
    from sec_workshop.services.workspace import Workspace

    application()
    folder, wijk_id = grid_folder()
    ws = Workspace.open(folder)
    keep: list[object] = []

    # Where our chips are, so that the plain scene has its rectangles in the same places.
    doc = StakeholdersDocument(ws, wijk_id)
    scene = StakeholderGridScene(doc)
    source = scene.sceneRect()
    places = {i: chip.pos() for i, chip in scene.chips.items()}

    def ours_open() -> float:
        gc.collect()
        t0 = time.perf_counter()
        d = StakeholdersDocument(ws, wijk_id)
        s = StakeholderGridScene(d)
        _paint(s, s.sceneRect())
        elapsed = time.perf_counter() - t0
        keep[:] = [d, s]
        return elapsed

    def plain_open() -> float:
        gc.collect()
        t0 = time.perf_counter()
        s = _plain_scene(ws.stakeholders.list(wijk_id), places)  # type: ignore[arg-type]
        _paint(s, source)
        elapsed = time.perf_counter() - t0
        keep[:] = [s]
        return elapsed

    # The two sides take turns, so that a busy moment of the machine hits both alike.
    ours_open()
    plain_open()
    runs: dict[str, list[float]] = {"ours": [], "plain": []}
    for _ in range(repeat):
        runs["ours"].append(ours_open())
        runs["plain"].append(plain_open())
    keep.clear()

    plain = _plain_scene(ws.stakeholders.list(wijk_id), places)  # type: ignore[arg-type]

    def frame(s: object) -> Callable[[], float]:
        def once() -> float:
            t0 = time.perf_counter()
            _paint(s, source)
            return time.perf_counter() - t0

        return once

    paint_ours = _median(frame(scene), repeat)
    paint_plain = _median(frame(plain), repeat)
    ws.close()
    return [
        row(
            f"stakeholder_grid_{PEOPLE}",
            statistics.median(runs["ours"]),
            statistics.median(runs["plain"]),
            "s",
            1.5,
        ),
        row(f"stakeholder_grid_{PEOPLE}_paint", paint_ours, paint_plain, "s", None),
    ]


def _row(
    name: str, value: float, baseline: float, unit: str, target: float | None
) -> dict[str, object]:
    return {
        "name": name,
        "value": round(value, 6),
        "unit": unit,
        "baseline": round(baseline, 6),
        "ratio": round(value / baseline, 3),
        "target": target,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    for r in bench_stakeholder_grid(args.repeat, _row):
        target = r["target"]
        verdict = "(no target)"
        if target is not None:
            verdict = "ok" if float(r["ratio"]) <= float(target) else "OVER TARGET"  # type: ignore[arg-type]
        print(
            f"{r['name']:<28} {r['value']:>10.4g} {r['unit']:<2}  baseline {r['baseline']:<10.4g}"
            f"  ratio {r['ratio']:>6.2f}  target {target}  {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
