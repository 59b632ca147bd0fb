"""Benchmarks of the sticky-note board: 5,000 notes in 100 clusters against a plain
QGraphicsScene of the same rectangles and texts (QGraphicsRectItem + QGraphicsSimpleTextItem)
measured in the same run; and the same board at 10,000 notes, to show it stays usable."""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VIEW_W, VIEW_H = 1920, 1080


def board_folder(notes: int, clusters: int = 100) -> tuple[Path, str]:
    """A data folder with one board of ``notes`` notes spread over ``clusters`` clusters."""
    from sec_workshop.domain.board import Board
    from sec_workshop.exchange.notes_file import ImportedNote
    from sec_workshop.services.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="sec-bench-board-"))
    with Workspace.open(folder) as ws:
        wijk_id = ws.demo.add().wijk_id
        session_id = ws.sessions.summaries(wijk_id)[0].session.id
        board = ws.board_editing.create_board(
            Board(session_id=session_id, title="Groot bord", template_key="leeg")
        )
        ws.board_editing.import_notes(
            board.id,
            [
                ImportedNote(
                    f"Plakbriefje {i}: wat bewoners zeiden over warmte en kosten",
                    None,
                    f"Thema {i % clusters}",
                    i % 4,
                )
                for i in range(notes)
            ],
        )
    return folder, board.id


def _median(fn: Callable[[], float], repeat: int) -> float:
    fn()
    return statistics.median(fn() for _ in range(repeat))


def _plain_scene(content: object) -> object:
    """The same rectangles and texts as plain Qt items, in the same places."""
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsScene

    scene = QGraphicsScene()
    yellow = QBrush(QColor("#FFF176"))
    for c in content.clusters:  # type: ignore[attr-defined]
        scene.addRect(c.x, c.y, c.width, c.height)
        scene.addSimpleText(c.title).setPos(c.x + 12, c.y + 12)
    for n in content.notes:  # type: ignore[attr-defined]
        scene.addRect(n.x, n.y, n.width, n.height, brush=yellow)
        scene.addSimpleText(n.text).setPos(n.x + 10, n.y + 10)
    return scene


def _paint(scene: object, source: object) -> None:
    """One image of ``source`` (a scene rectangle) 1920x1080 pixels, without a view."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    image = QImage(VIEW_W, VIEW_H, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, VIEW_W, VIEW_H), source)  # type: ignore[attr-defined]
    painter.end()


def _frame(view: object) -> None:
    """One frame of a 1920x1080 view, painted as the window system would ask for it."""
    from PySide6.QtGui import QImage

    image = QImage(VIEW_W, VIEW_H, QImage.Format.Format_ARGB32_Premultiplied)
    view.viewport().render(image)  # type: ignore[attr-defined]


def _frames(ours: object, plain: object, repeat: int, batch: int = 10) -> tuple[float, float]:
    """Seconds per frame of each view: batches of frames, the two sides taking turns so
    that a busy moment of the machine hits both alike; the median batch counts."""
    samples: dict[int, list[float]] = {0: [], 1: []}
    _frame(ours)
    _frame(plain)
    for _ in range(repeat):
        for side, view in enumerate((ours, plain)):
            t0 = time.perf_counter()
            for _ in range(batch):
                _frame(view)
            samples[side].append((time.perf_counter() - t0) / batch)
    return statistics.median(samples[0]), statistics.median(samples[1])


def _plain_view(scene: object) -> object:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsView

    view = QGraphicsView(scene)  # type: ignore[call-overload]
    view.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    _size(view)
    return view


def _size(view: object) -> None:
    from PySide6.QtCore import Qt

    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # type: ignore[attr-defined]
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # type: ignore[attr-defined]
    view.setFrameShape(view.Shape.NoFrame)  # type: ignore[attr-defined]
    view.resize(VIEW_W, VIEW_H)  # type: ignore[attr-defined]


def _fitted(rect: object) -> object:
    """The scene rectangle a 1920x1080 view shows when the whole ``rect`` is fitted in it."""
    from PySide6.QtCore import QRectF

    r: QRectF = rect  # type: ignore[assignment]
    scale = min(VIEW_W / r.width(), VIEW_H / r.height())
    w, h = VIEW_W / scale, VIEW_H / scale
    c = r.center()
    return QRectF(c.x() - w / 2, c.y() - h / 2, w, h)


def _at_100(rect: object) -> object:
    from PySide6.QtCore import QRectF

    c = rect.center()  # type: ignore[attr-defined]
    return QRectF(c.x() - VIEW_W / 2, c.y() - VIEW_H / 2, VIEW_W, VIEW_H)


def bench_boards(repeat: int, row: Callable[..., dict[str, object]]) -> list[dict[str, object]]:
    from sec_workshop.gui.app import application

    application()
    rows = []
    for notes in (5000, 10_000):
        folder, board_id = board_folder(notes)
        f = _measure(folder, board_id, repeat)
        target = notes == 5000
        rows += [
            row(f"board_open_{notes}", f["open"], f["open_plain"], "s", 1.5 if target else None),
            row(
                f"board_frame_full_{notes}",
                f["full"],
                f["full_plain"],
                "s",
                0.25 if target else None,
            ),
            row(
                f"board_frame_zoom_{notes}",
                f["zoom"],
                f["zoom_plain"],
                "s",
                1.0 if target else None,
            ),
        ]
        if target:
            ours_mem, plain_mem = _memory(folder, board_id)
            rows.append(row("board_memory_5000", ours_mem, plain_mem, "MB", 1.5))
    return rows


def _measure(folder: Path, board_id: str, repeat: int) -> dict[str, float]:
    from PySide6.QtCore import Qt

    from sec_workshop.gui.board.document import BoardDocument
    from sec_workshop.gui.board.scene import BoardScene
    from sec_workshop.gui.board.view import BoardView
    from sec_workshop.services.workspace import Workspace

    ws = Workspace.open(folder)
    keep: list[object] = []

    def ours_open() -> float:
        gc.collect()
        t0 = time.perf_counter()
        doc = BoardDocument(ws, board_id)
        scene = BoardScene(doc)
        view = BoardView(scene)
        _size(view)
        view.fit_all()
        _frame(view)
        elapsed = time.perf_counter() - t0
        keep[:] = [doc, scene, view]
        return elapsed

    def plain_open() -> float:
        gc.collect()
        t0 = time.perf_counter()
        scene = _plain_scene(ws.boards.content(board_id))
        view = _plain_view(scene)
        view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)  # type: ignore[attr-defined]
        _frame(view)
        elapsed = time.perf_counter() - t0
        keep[:] = [scene, view]
        return elapsed

    figures = {"open": _median(ours_open, repeat), "open_plain": _median(plain_open, repeat)}
    keep.clear()

    doc = BoardDocument(ws, board_id)
    scene = BoardScene(doc)
    view = BoardView(scene)
    _size(view)
    plain = _plain_scene(ws.boards.content(board_id))
    plain_view = _plain_view(plain)
    view.fit_all()
    plain_view.fitInView(plain.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)  # type: ignore[attr-defined]
    figures["full"], figures["full_plain"] = _frames(view, plain_view, repeat)
    centre = scene.content_rect().center()
    view.set_zoom(1.0)
    view.centerOn(centre)
    plain_view.resetTransform()  # type: ignore[attr-defined]
    plain_view.centerOn(centre)  # type: ignore[attr-defined]
    figures["zoom"], figures["zoom_plain"] = _frames(view, plain_view, repeat)
    ws.close()
    return figures


# Memory: each side in a fresh process; what opening the board adds to the process's
# resident set (Qt and Python themselves are the same on both sides and left out).
MEMORY_CHILD = r"""
import gc, os, sys
sys.path.insert(0, sys.argv[3])
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path

def rss():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from sec_workshop.gui.app import application
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.board.scene import BoardScene
from sec_workshop.services.workspace import Workspace
import board_bench
app = application()
ws = Workspace.open(Path(sys.argv[1]))
board_id = sys.argv[2]
kind = sys.argv[4]
# Warm up what both sides share (fonts, the painting machinery, the database layer).
warm = board_bench._plain_scene(ws.boards.content(board_id))
board_bench._paint(warm, warm.itemsBoundingRect())
del warm
gc.collect()
before = rss()
if kind == "ours":
    from sec_workshop.gui.board.view import BoardView
    doc = BoardDocument(ws, board_id)
    scene = BoardScene(doc)
    view = BoardView(scene)
    board_bench._size(view)
    view.fit_all()
    board_bench._frame(view)
else:
    from PySide6.QtCore import Qt
    scene = board_bench._plain_scene(ws.boards.content(board_id))
    view = board_bench._plain_view(scene)
    view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    board_bench._frame(view)
gc.collect()
print(rss() - before, flush=True)
os._exit(0)
"""


def _memory(folder: Path, board_id: str) -> tuple[float, float]:
    def child(kind: str) -> float:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                MEMORY_CHILD,
                str(folder),
                board_id,
                str(Path(__file__).parent),
                kind,
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=True,
            cwd=ROOT,
        ).stdout
        return float(out.strip().splitlines()[-1])

    ours = statistics.median(child("ours") for _ in range(3))
    plain = statistics.median(child("plain") for _ in range(3))
    return ours, plain
