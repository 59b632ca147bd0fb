"""A board as an image without the editor: the command line's ``board-image`` draws the board
from its scene alone, and loads none of the editor's widgets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sec_workshop.services.workspace import Workspace

PROBE = """
import json, sys
from sec_workshop.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith("sec_workshop.gui."))
print(json.dumps({"code": code, "loaded": loaded}))
"""


def test_board_image_renders_without_loading_the_editor(data_dir: Path, tmp_path: Path) -> None:
    with Workspace.open(data_dir) as ws:
        wijk_id = ws.demo.add().wijk_id
        board = max(ws.boards.summaries(wijk_id), key=lambda s: s.note_count).board
    out = tmp_path / "bord.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE,
            "--data-dir",
            str(data_dir),
            "board-image",
            board.id,
            "-o",
            str(out),
            "--width",
            "800",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, done.stderr
    assert out.stat().st_size > 1000
    loaded = result["loaded"]
    assert "sec_workshop.gui.board.image" in loaded
    assert "sec_workshop.gui.board.scene" in loaded
    editor_parts = {
        "sec_workshop.gui.board.editor",
        "sec_workshop.gui.board.voting",
        "sec_workshop.gui.board.list_panel",
        "sec_workshop.gui.board.list_rows",
        "sec_workshop.gui.board.view",
        "sec_workshop.gui.board.projector",
        "sec_workshop.gui.board.timer",
        "sec_workshop.gui.board.session_bar",
        "sec_workshop.gui.board.file_actions",
        "sec_workshop.gui.board.find_filter",
        "sec_workshop.gui.board.quick_entry",
        "sec_workshop.gui.board.selection_edits",
    }
    assert not editor_parts & set(loaded), loaded
