"""Benchmarks, each against a baseline measured in the same run; not part of the test suite.

Usage: python tests/benchmarks/run.py [--json FILE] [--repeat N] [--only GROUP ...]

Every row is {"name", "value", "unit", "baseline", "ratio", "target"}; ratio = value / baseline
and the target is the ratio the issue asks for (lower is better).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]

# Child programs: each prints the seconds from its own start to the first painted window.
BARE_WINDOW = r"""
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time() - t0, flush=True)
            app.exit(0)
        return False
app = QApplication(sys.argv[:1])
f = First(); app.installEventFilter(f)
w = QMainWindow(); w.resize(1280, 800); w.setWindowTitle("bare"); w.show()
app.exec()
"""

APP_WINDOW = r"""
import os, time, sys
t0 = float(sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from sec_workshop.gui.app import application, start
app = application()
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time() - t0, flush=True)
            os._exit(0)
        return False
f = First(); app.installEventFilter(f)
shell = start(Path(sys.argv[2]), "nl")
app.exec()
"""


# Until the wijken are listed and every menu works (the data is on screen).
APP_READY = r"""
import os, time, sys
t0 = float(sys.argv[1])
from pathlib import Path
from sec_workshop.gui.app import application, start
app = application()
shell = start(Path(sys.argv[2]), "nl")
app.processEvents()
assert shell.window.start_page.list.count() >= 1
print(time.time() - t0, flush=True)
os._exit(0)
"""


def _child(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    return float(out.strip().splitlines()[-1])


def _median(fn: Callable[[], float], repeat: int) -> float:
    fn()  # warm the file cache
    return statistics.median(fn() for _ in range(repeat))


def _demo_folder(extra_notes: int = 0) -> Path:
    from sec_workshop.exchange.notes_file import ImportedNote
    from sec_workshop.services.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="sec-bench-"))
    with Workspace.open(folder) as ws:
        wijk_id = ws.demo.add().wijk_id
        if extra_notes:
            board = next(b.board.id for b in ws.boards.summaries(wijk_id) if b.note_count == 0)
            notes = [
                ImportedNote(
                    f"Plakbriefje {i}: wat bewoners zeiden", None, f"Cluster {i % 100}", i % 4
                )
                for i in range(extra_notes)
            ]
            ws.boards.import_notes(board, notes)
    return folder


def bench_startups(repeat: int) -> list[dict[str, object]]:
    """The start-up figures, measured interleaved so that a busy moment hits all alike."""
    demo = _demo_folder()
    large = _demo_folder(extra_notes=10_000)
    runs: dict[str, list[float]] = {"bare": [], "startup": [], "ready": [], "large": []}
    for code, args in ((BARE_WINDOW, ()), (APP_WINDOW, (str(demo),)), (APP_WINDOW, (str(large),))):
        _child(code, *args)  # warm the file cache
    for _ in range(repeat):
        runs["bare"].append(_child(BARE_WINDOW))
        runs["startup"].append(_child(APP_WINDOW, str(demo)))
        runs["ready"].append(_child(APP_READY, str(demo)))
        runs["large"].append(_child(APP_WINDOW, str(large)))
    med = {key: statistics.median(values) for key, values in runs.items()}
    return [
        _row("startup", med["startup"], med["bare"], "s", 2.0),
        _row("startup_ready", med["ready"], med["bare"], "s", None),
        _row("startup_large", med["large"], med["startup"], "s", 1.1),
    ]


def bench_autosave(repeat: int) -> dict[str, object]:
    from sec_workshop.services.workspace import Workspace

    folder = _demo_folder()
    with Workspace.open(folder) as ws:
        wijk_id = ws.wijken.list()[0].id
        names = ["Vogelwijk-Oost", "Vogelwijk Oost"]

        def one_edit() -> float:
            t0 = time.perf_counter()
            for i in range(20):
                ws.wijken.rename(wijk_id, names[i % 2])
            return (time.perf_counter() - t0) / 20

        ours = _median(one_edit, repeat)
    baseline = _raw_edit_baseline(repeat)
    return _row("autosave", ours, baseline, "s", 3.0)


def _large_model_folder() -> tuple[Path, str]:
    """A template of 12 lanes x 12 phases with 400 steps and 300 arrows."""
    import random

    from sec_workshop.exchange.process_model_file import parse
    from sec_workshop.services.workspace import Workspace

    rnd = random.Random(12)
    lanes = [
        {"key": f"l{i}", "name": f"Baan {i + 1}", "route": "social", "color": "#2E8B57"}
        for i in range(12)
    ]
    phases = [{"key": f"f{i}", "name": f"Fase {i + 1}"} for i in range(12)]
    steps = [
        {
            "key": f"s{i}",
            "lane": f"l{rnd.randrange(12)}",
            "phase": f"f{rnd.randrange(12)}",
            "title": f"Stap {i + 1}: bewoners en techniek samen verder brengen",
            "owner": "Creative producer",
            "instruments": ["wijksafari"],
        }
        for i in range(400)
    ]
    pairs = set()
    while len(pairs) < 300:
        a, b = rnd.randrange(400), rnd.randrange(400)
        if a != b:
            pairs.add((f"s{a}", f"s{b}"))
    spec = parse(
        {
            "format": "sec-workshop/process-model",
            "version": 1,
            "name": "Groot",
            "lanes": lanes,
            "phases": phases,
            "steps": steps,
            "dependencies": [{"from": a, "to": b} for a, b in sorted(pairs)],
        }
    )
    folder = Path(tempfile.mkdtemp(prefix="sec-bench-large-"))
    with Workspace.open(folder) as ws:
        model = ws.models.import_template(spec)
    return folder, model.id


def bench_swimlanes(repeat: int, autosave_baseline: float) -> list[dict[str, object]]:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsScene

    from sec_workshop.gui.app import application
    from sec_workshop.gui.roadmap.commands import MoveStepsCommand
    from sec_workshop.gui.roadmap.document import ModelDocument
    from sec_workshop.gui.roadmap.scene import SwimlaneScene
    from sec_workshop.services.workspace import Workspace

    application()
    folder, model_id = _large_model_folder()
    ws = Workspace.open(folder)
    keep: list[object] = []

    def paint(scene: QGraphicsScene) -> None:
        # Once, the whole model fitted on a 1920x1080 screen, as "Passend maken" shows it.
        rect = scene.sceneRect()
        image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()

    def ours() -> float:
        t0 = time.perf_counter()
        doc = ModelDocument(ws, model_id)
        scene = SwimlaneScene(doc)
        paint(scene)
        elapsed = time.perf_counter() - t0
        keep.append((doc, scene))
        return elapsed

    content = ws.models.content(model_id)

    def plain() -> float:
        t0 = time.perf_counter()
        scene = QGraphicsScene()
        for i, s in enumerate(content.steps):
            x, y = (i % 12) * 250.0, (i // 12) * 90.0
            scene.addRect(x, y, 226, 80)
            for text in (s.title, "Gepland", s.owner, "Wijksafari"):
                scene.addSimpleText(text).setPos(x + 6, y + 6)
        for _dep in content.dependencies:
            scene.addLine(0, 0, 500, 300)
        for lane in content.lanes:
            scene.addRect(0, 0, 3000, 400)
            scene.addSimpleText(lane.name)
        paint(scene)
        elapsed = time.perf_counter() - t0
        keep.append(scene)
        return elapsed

    open_large = _median(ours, repeat)
    baseline = _median(plain, repeat)

    doc = ModelDocument(ws, model_id)
    scene = SwimlaneScene(doc)
    lanes, phases = doc.lanes(), doc.phases()
    step_id = doc.steps()[0].id

    def move() -> float:
        step = doc.step(step_id)
        assert step is not None
        lane = lanes[(lanes.index(doc.lane(step.lane_id)) + 1) % len(lanes)]  # type: ignore[arg-type]
        t0 = time.perf_counter()
        doc.undo_stack.push(MoveStepsCommand(doc, [(step_id, lane.id, phases[0].id, 0)]))
        QApplication.processEvents()
        return time.perf_counter() - t0

    edit = _median(move, max(repeat, 15))
    ws.close()
    _ = scene
    return [
        _row("swimlane_open_large", open_large, baseline, "s", 1.5),
        _row("swimlane_edit", edit, autosave_baseline, "s", 2.0),
    ]


def _raw_edit_baseline(repeat: int) -> float:
    """A raw sqlite3 UPDATE and COMMIT of one row, with the app's pragmas."""
    raw_path = Path(tempfile.mkdtemp(prefix="sec-bench-raw-")) / "raw.sqlite"
    con = sqlite3.connect(raw_path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        con.execute(f"PRAGMA {pragma}")
    con.execute("CREATE TABLE step (id TEXT PRIMARY KEY, lane TEXT, position INTEGER)")
    con.execute("INSERT INTO step VALUES ('a', 'x', 0)")

    def raw_edit() -> float:
        t0 = time.perf_counter()
        for i in range(20):
            con.execute("BEGIN IMMEDIATE")
            con.execute("UPDATE step SET lane = ?, position = ? WHERE id = 'a'", (str(i % 2), i))
            con.execute("COMMIT")
        return (time.perf_counter() - t0) / 20

    value = _median(raw_edit, repeat)
    con.close()
    return value


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
    parser.add_argument("--json", metavar="FILE", help="also write the rows to FILE")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument(
        "--only",
        metavar="GROUP",
        action="append",
        choices=(
            "startup",
            "autosave",
            "swimlane",
            "board",
            "stakeholder_grid",
            "agenda",
            "reports",
        ),
        help="run only this group (may be given more than once)",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    groups = set(
        args.only
        or ("startup", "autosave", "swimlane", "board", "stakeholder_grid", "agenda", "reports")
    )
    rows = []
    if "startup" in groups:
        rows.extend(bench_startups(args.repeat))
    if "autosave" in groups:
        rows.append(bench_autosave(args.repeat))
    if "swimlane" in groups:
        rows.extend(bench_swimlanes(args.repeat, _raw_edit_baseline(args.repeat)))
    if "board" in groups:
        from board_bench import bench_boards

        rows.extend(bench_boards(args.repeat, _row))
    if "stakeholder_grid" in groups:
        from stakeholder_grid_bench import bench_stakeholder_grid

        rows.extend(bench_stakeholder_grid(args.repeat, _row))
    if "agenda" in groups:
        from agenda_bench import bench_agenda

        rows.extend(bench_agenda(args.repeat, _row))
    if "reports" in groups:
        from poster_bench import bench_posters

        rows.extend(bench_posters(args.repeat))
        from report_bench import bench_report

        rows.extend(bench_report(args.repeat, _row))
    for row in rows:
        target = row["target"]
        if target is None:
            verdict = "(no target)"
        else:
            verdict = "ok" if float(row["ratio"]) <= float(target) else "OVER TARGET"  # type: ignore[arg-type]
        print(
            f"{row['name']:<24} {row['value']:>10.4g} {row['unit']:<2}  baseline {row['baseline']:<10.4g}"
            f"  ratio {row['ratio']:>6.2f}  target {row['target']}  {verdict}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
