"""Benchmark of the agenda builder: moving an item of a 40-item agenda from the top to the
bottom (the undo command, its transaction with every position that changes, the document
and the agenda's model and view following), against a raw ``sqlite3`` transaction that
writes the same rows with the app's pragmas, measured in the same run.

``agenda_edit`` measures it as ``swimlane_edit`` does (the view not on screen, so nothing is
painted); ``agenda_edit_painted`` adds the repaint of the table on screen, for honesty.

Usage: python tests/benchmarks/agenda_bench.py [--repeat N]
(or from run.py, as ``bench_agenda(repeat, _row)``)."""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
ITEMS = 40
MOVES = 10  # each timing moves the first item to the end this many times


def agenda_folder() -> tuple[Path, str]:
    """A data folder with the demo wijk and a session of ``ITEMS`` agenda items."""
    from sec_workshop.domain.session import AgendaItem, Session
    from sec_workshop.services.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="sec-bench-agenda-"))
    with Workspace.open(folder) as ws:
        wijk_id = ws.demo.add().wijk_id
        edit = ws.session_editing.create(Session(wijk_id=wijk_id, title="Lange avond"))
        session = next(a for _b, a in edit.changes if isinstance(a, Session))
        for n in range(ITEMS):
            ws.session_editing.add(
                AgendaItem(session_id=session.id, position=n, title=f"Onderdeel {n + 1}")
            )
    return folder, session.id


def _raw_baseline(repeat: int) -> float:
    """The same rows written by hand: one transaction that renumbers 40 positions."""
    path = Path(tempfile.mkdtemp(prefix="sec-bench-agenda-raw-")) / "raw.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        con.execute(f"PRAGMA {pragma}")
    con.execute(
        "CREATE TABLE agenda_item (id TEXT PRIMARY KEY, session_id TEXT, position INTEGER, "
        "updated_at TEXT)"
    )
    con.executemany(
        "INSERT INTO agenda_item VALUES (?, 's', ?, '')", [(f"i{n}", n) for n in range(ITEMS)]
    )
    order = [f"i{n}" for n in range(ITEMS)]

    def once() -> float:
        t0 = time.perf_counter()
        for _ in range(MOVES):
            order.append(order.pop(0))
            con.execute("BEGIN IMMEDIATE")
            con.executemany(
                "UPDATE agenda_item SET position = ?, updated_at = ? WHERE id = ?",
                [(n, "2026-11-30T16:00:00", item) for n, item in enumerate(order)],
            )
            con.execute("COMMIT")
        return (time.perf_counter() - t0) / MOVES

    once()
    value = statistics.median(once() for _ in range(repeat))
    con.close()
    return value


def bench_agenda(repeat: int, row: Callable[..., dict[str, object]]) -> list[dict[str, object]]:
    from sec_workshop.domain.session import AgendaItem
    from sec_workshop.gui.app import application
    from sec_workshop.gui.common.edit_command import EditCommand
    from sec_workshop.gui.sessions.agenda import AgendaBuilder
    from sec_workshop.gui.sessions.document import SessionDocument
    from sec_workshop.services.workspace import Workspace

    app = application()
    folder, session_id = agenda_folder()
    ws = Workspace.open(folder)
    doc = SessionDocument(ws, session_id)
    view = AgendaBuilder(doc)
    view.resize(1400, 860)

    def once() -> float:
        t0 = time.perf_counter()
        for _ in range(MOVES):
            first = min(doc.agenda, key=lambda i: i.position)
            doc.undo_stack.push(
                EditCommand(doc, "Verplaatsen", lambda f=first: doc.move(AgendaItem, f.id, ITEMS))
            )
            app.processEvents()  # the model and view have followed (and painted, if shown)
        return (time.perf_counter() - t0) / MOVES

    once()
    ours = statistics.median(once() for _ in range(repeat))
    view.show()
    app.processEvents()
    once()
    painted = statistics.median(once() for _ in range(repeat))
    view.release()
    view.deleteLater()
    doc.deleteLater()
    app.processEvents()
    ws.close()
    baseline = _raw_baseline(repeat)
    return [
        row("agenda_edit", ours, baseline, "s", 3.0),
        row("agenda_edit_painted", painted, baseline, "s", None),
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
    for r in bench_agenda(args.repeat, _row):
        print(
            f"{r['name']:<16} {r['value']:>10.4g} {r['unit']:<2}  baseline {r['baseline']:<10.4g}"
            f"  ratio {r['ratio']:>6.2f}  target {r['target']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
