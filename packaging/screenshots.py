"""Render the README screenshots (offscreen, on a fresh demo database) into packaging/screenshots/."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    from sec_workshop.gui.app import application, start

    app = application()
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        shell = start(Path(folder), sys.argv[1] if len(sys.argv) > 1 else "nl")
        if shell is None:
            return 1
        window = shell.window
        window.resize(1400, 860)

        def snap(name: str) -> None:
            for _ in range(10):
                app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))

        snap("start-leeg")
        window.open_demo()
        page = window.wijk_page
        editor = page.roadmap.editor
        if editor is not None:
            editor.view.fit_width()
            steps = editor.doc.steps_in(editor.doc.lanes()[0].id, editor.doc.phases()[1].id)
            editor.scene.select_steps([steps[0].id])
        snap("routekaart")
        if editor is not None:
            editor.check_button.click()
            snap("routekaart-controle")
            editor.side.setCurrentWidget(editor.editor)
        for index, name in ((1, "sessies"), (2, "stakeholders"), (3, "borden")):
            page.show_tab(index)
            snap(name)
        sessions = page.sessions
        page.show_tab(page.SESSIONS)
        planned = next(
            (
                s.session.id
                for s in shell.workspace.sessions.summaries(page.wijk_id or "")
                if s.session.status.value == "planned"
            ),
            None,
        )
        if planned is not None:
            sessions.select_session(planned)
            sessions.show_page(1)
            snap("sessie-agenda")
            sessions.run_session()
            run = sessions.run_mode
            if run is not None:
                run.next_item()
                run.next_item()
                snap("sessie-draaien")
                run.stop()
                run.closed.emit()
            sessions.show_page(0)
        page.show_tab(page.STAKEHOLDERS)
        page.stakeholders.show_page(1)
        snap("invloed-belangmatrix")
        page.stakeholders.show_page(0)
        page.show_tab(page.KOPPELKANSEN)
        snap("koppelkansen")
        page.show_tab(page.BOARDS)
        boards = page.boards
        wijk_id = page.wijk_id
        assert wijk_id is not None
        busiest = max(shell.workspace.boards.summaries(wijk_id), key=lambda b: b.note_count)
        boards.open_board(busiest.board.id)
        snap("bord")
        boards.close_editor()
        default = next(
            m for m in shell.workspace.models.templates() if m.builtin_key == "sec-standaard"
        )
        window.open_template(default.id)
        template = window.template_page.editor
        if template is not None:
            template.view.fit_width()
        snap("procesmodel")
        shell.workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
