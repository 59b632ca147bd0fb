"""Render one page of every kind of PDF the app makes (on a fresh demo database) into
packaging/screenshots/pdf-*.png, for the README."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
WIDTH = 760  # pixels of a portrait page; landscape and posters get the same height


def main() -> int:
    import pypdfium2

    from sec_workshop.reports import handouts, posters, session_report
    from sec_workshop.services.workspace import Workspace

    lang = sys.argv[1] if len(sys.argv) > 1 else "nl"
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder)) as ws:
        wijk_id = ws.demo.add().wijk_id
        summaries = ws.sessions.summaries(wijk_id)
        held = next(s.session.id for s in summaries if s.session.status.value == "held")
        planned = next(s.session.id for s in summaries if s.session.status.value == "planned")
        board = max(ws.boards.summaries(wijk_id), key=lambda b: b.note_count).board.id
        types = ws.library.stakeholder_type_names()
        made: dict[str, Callable[[], bytes]] = {
            "verslag-stuurgroep": lambda: session_report.session_report(
                ws.reports.session(held), lang=lang
            ),
            "verslag-bewoners": lambda: session_report.session_report(
                ws.reports.session(held), residents=True, lang=lang
            ),
            "stakeholderkaarten": lambda: handouts.stakeholder_cards(
                ws.reports.cards(wijk_id), lang=lang, type_names=types
            ),
            "agenda": lambda: handouts.participant_agenda(ws.reports.session(planned), lang=lang),
            "draaiboek": lambda: handouts.facilitator_script(
                ws.reports.session(planned), lang=lang
            ),
            "werkvorm": lambda: handouts.instrument_sheet(
                ws.reports.instrument("wijksafari"), lang=lang
            ),
            "routekaart-poster": lambda: posters.roadmap_poster(
                ws.reports.roadmap(wijk_id), lang=lang
            ),
            "bord-poster": lambda: posters.board_poster(
                ws.reports.board(board), ws.wijken.get(wijk_id).name, lang=lang
            ),
        }
        for name, make in made.items():
            document = pypdfium2.PdfDocument(make())
            page = document[0]
            scale = WIDTH * 1.414 / max(page.get_width(), page.get_height())
            page.render(scale=scale).to_pil().save(OUT / f"pdf-{name}.png")
            document.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
