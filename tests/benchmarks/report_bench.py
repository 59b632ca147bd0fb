"""Benchmark of the session report: the steering group's PDF of a session with 10 boards of
200 notes each (``report_10x200``), against bare ReportLab canvas drawing of the same
rectangles and strings (each board's clusters and notes, then every note's text as a line
of the list, on as many A4 pages), measured in the same run.

Usage: python tests/benchmarks/report_bench.py [--repeat N]
(or from run.py, as ``bench_report(repeat, _row)``)."""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOARDS = 10
NOTES = 200
CLUSTERS = 10


def session_data() -> object:
    """A held session with ``BOARDS`` boards of ``NOTES`` notes in ``CLUSTERS`` clusters,
    with a vote round and dots on the notes, built in memory."""
    from sec_workshop.domain.board import Board, Cluster, Note, Vote, VoteRound
    from sec_workshop.domain.enums import SessionStatus
    from sec_workshop.domain.session import ActionItem, AgendaItem, Decision, Session
    from sec_workshop.domain.views import BoardContent, SessionContent
    from sec_workshop.domain.wijk import Wijk
    from sec_workshop.reports.data import BoardData, SessionData

    wijk = Wijk(name="Vogelwijk-Oost", municipality="Dalmonde")
    session = Session(
        wijk_id=wijk.id,
        title="Bewonersavond: wat moet de nieuwe warmte ons brengen?",
        starts_at=datetime(2026, 10, 21, 19, 30),
        duration_minutes=150,
        location="Buurthuis De Zwaluw",
        goal="Wensen ophalen en wegen.",
        status=SessionStatus.HELD,
        participant_count=40,
        present_residents=40,
        expected_residents=45,
    )
    boards = []
    for b in range(BOARDS):
        board = Board(session_id=session.id, title=f"Bord {b + 1}: wensen en zorgen", position=b)
        clusters = [
            Cluster(board_id=board.id, title=f"Thema {c + 1}", x=c % 5 * 1000.0,
                    y=c // 5 * 1800.0, width=960.0, height=1700.0)
            for c in range(CLUSTERS)
        ]  # fmt: skip
        notes = []
        for n in range(NOTES):
            cluster = clusters[n % CLUSTERS]
            k = n // CLUSTERS
            notes.append(
                Note(
                    board_id=board.id,
                    text=f"Plakbriefje {n + 1}: wat bewoners zeiden over warmte en kosten",
                    x=cluster.x + 20 + (k % 4) * 230,
                    y=cluster.y + 70 + (k // 4) * 150,
                    cluster_id=cluster.id,
                )
            )
        vote_round = VoteRound(board_id=board.id, title="Stippenstemmen", dots_per_participant=3)
        votes = tuple(
            Vote(round_id=vote_round.id, note_id=note.id, count=1 + n % 5)
            for n, note in enumerate(notes)
            if n % 3 == 0
        )
        content = BoardContent(
            board=board,
            notes=tuple(notes),
            clusters=tuple(clusters),
            links=(),
            vote_rounds=(vote_round,),
            votes=votes,
            photos=(),
        )
        boards.append(BoardData(content, None))
    content = SessionContent(
        session=session,
        agenda=tuple(
            AgendaItem(session_id=session.id, position=i, title=f"Onderdeel {i + 1}")
            for i in range(8)
        ),
        decisions=(Decision(session_id=session.id, position=0, text="Eerst een voorbeeldwoning."),),
        actions=(ActionItem(session_id=session.id, position=0, text="Woonlasten uitrekenen"),),
        boards=tuple(b.content.board for b in boards),
        stakeholder_ids=(),
    )
    return SessionData(
        wijk=wijk,
        content=content,
        boards=tuple(boards),
        invited=(),
        stakeholders=(),
        steps=(),
        next_steps=(),
    )


def bare_canvas(data: object) -> bytes:
    """The same rectangles and strings drawn straight on a ReportLab canvas: each board on
    a page, scaled to the text width, then its notes as lines of text on the pages after."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from sec_workshop.reports.base import FONT, MARGIN, register_fonts

    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    width = A4[0] - 2 * MARGIN
    yellow = HexColor("#FFF176")
    for board in data.boards:  # type: ignore[attr-defined]
        content = board.content
        scale = width / 5000
        canvas.saveState()
        canvas.translate(MARGIN, A4[1] - MARGIN)
        canvas.scale(scale, -scale)
        for cluster in content.clusters:
            canvas.rect(cluster.x, cluster.y, cluster.width, cluster.height)
            canvas.setFont(FONT, 20)
            canvas.drawString(cluster.x + 12, cluster.y + 30, cluster.title)
        canvas.setFillColor(yellow)
        for note in content.notes:
            canvas.rect(note.x, note.y, note.width, note.height, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(FONT, 14)
        for note in content.notes:
            canvas.drawString(note.x + 10, note.y + 24, note.text)
        canvas.restoreState()
        canvas.showPage()
        y = A4[1] - MARGIN
        canvas.setFont(FONT, 9.5)
        for note in content.notes:
            if y < MARGIN:
                canvas.showPage()
                canvas.setFont(FONT, 9.5)
                y = A4[1] - MARGIN
            canvas.drawString(MARGIN, y, note.text)
            canvas.line(MARGIN, y - 5, MARGIN + width, y - 5)
            y -= 22
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _ours(data: object) -> bytes:
    from sec_workshop.reports.session_report import session_report

    return session_report(data)  # type: ignore[arg-type]


def bench_report(repeat: int, row: Callable[..., dict[str, object]]) -> list[dict[str, object]]:
    data = session_data()
    samples: dict[str, list[float]] = {"ours": [], "bare": []}
    _ours(data)
    bare_canvas(data)
    for _ in range(repeat):  # the two take turns, so a busy moment hits both alike
        for key, build in (("ours", _ours), ("bare", bare_canvas)):
            t0 = time.perf_counter()
            build(data)
            samples[key].append(time.perf_counter() - t0)
    ours = statistics.median(samples["ours"])
    bare = statistics.median(samples["bare"])
    return [row("report_10x200", ours, bare, "s", 3.0)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).parent))
    from run import _row

    for result in bench_report(args.repeat, _row):
        print(
            f"{result['name']:<16} {result['value']:.3f} {result['unit']}  "
            f"baseline {result['baseline']:.3f}  ratio {result['ratio']:.2f}  "
            f"target {result['target']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
