"""The batch verbs of ``sec-workshop``: each opens the workspace, does one thing, says so."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from sec_workshop.cli import reports, sessions, stakeholders
from sec_workshop.cli.listing import overview, print_overview
from sec_workshop.cli.texts import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, t


def run_verb(args: argparse.Namespace, folder: Path, lang: str) -> int:
    from sec_workshop.services.maintenance import Reason
    from sec_workshop.services.workspace import Workspace

    if args.verb == "import-notes":
        # Read and check the file before touching the database: bad input changes nothing.
        from sec_workshop.exchange.notes_file import read_notes_file

        notes = read_notes_file(Path(args.file))
    if args.verb == "model" and args.model_verb == "import":
        from sec_workshop.exchange import process_model_file
        from sec_workshop.exchange.files import read_limited

        spec = process_model_file.parse_bytes(
            read_limited(Path(args.file), process_model_file.MAX_BYTES)
        )
    if args.verb == "agenda" and args.ics != (args.output is not None):
        key = "agenda_needs_output" if args.ics else "agenda_output_without_ics"
        print(t(lang, "usage", detail=t(lang, key)), file=sys.stderr)
        return EXIT_USAGE
    if args.verb == "board-image" and not 200 <= args.width <= 16_000:
        print(t(lang, "bad_width", width=args.width), file=sys.stderr)
        return EXIT_USAGE
    with Workspace.open(folder) as ws:
        if args.verb == "demo":
            result = ws.demo.add()
            name = ws.wijken.get(result.wijk_id).name
            print(t(lang, "demo_added" if result.created else "demo_present", name=name))
        elif args.verb == "list":
            listed = overview(ws, personal=args.personal)
            if args.json:
                print(json.dumps(listed, ensure_ascii=False, indent=2))
            else:
                print_overview(listed, lang)
        elif args.verb == "import-stakeholders":
            stakeholders.import_stakeholders(ws, args, lang)
        elif args.verb == "forget-personal-data":
            stakeholders.forget_personal_data(ws, args, lang)
        elif args.verb == "check":
            problems = ws.maintenance.check()
            path = ws.maintenance.database_file
            if problems:
                print(t(lang, "check_bad", path=path), file=sys.stderr)
                for problem in problems[:20]:
                    print(f"  {problem}", file=sys.stderr)
                return EXIT_FAILURE
            print(t(lang, "check_ok", path=path))
        elif args.verb == "backup":
            if args.output is not None:
                path = ws.maintenance.backup_to(ws.outputs.path(args.output))
            else:
                path = ws.maintenance.backup(Reason.MANUAL)
            print(t(lang, "backup_done", path=path))
        elif args.verb == "import-notes":
            board = ws.boards.get(args.board_id)
            with ws.maintenance.backup_before(Reason.IMPORT):
                count = ws.boards.import_notes(board.id, notes)
            key = "imported_one" if count == 1 else "imported"
            print(t(lang, key, count=count, board=board.title))
        elif args.verb == "board-image":
            board = ws.boards.get(args.board_id)
            dest = _output(ws, args.output, args.force)  # before the drawing, which takes a while
            data, width, height = _board_png(ws, board.id, args.width)
            ws.outputs.write(dest, data, replace=args.force)
            print(
                t(
                    lang,
                    "board_image_written",
                    board=board.title,
                    path=dest,
                    width=width,
                    height=height,
                )
            )
        elif args.verb == "agenda":
            sessions.agenda(ws, args, lang, _output)
        elif args.verb == "report":
            reports.report(ws, args, lang, _output)
        elif args.verb == "handout":
            reports.handout(ws, args, lang, _output)
        elif args.verb == "model" and args.model_verb == "check":
            return _check_model(ws, args.id, lang)
        elif args.verb == "model" and args.model_verb == "export":
            model = ws.models.model_for(args.id)
            dest = _output(ws, args.output, args.force)
            ws.outputs.write(dest, ws.models.export_bytes(model.id), replace=args.force)
            print(t(lang, "model_exported", name=model.name, path=dest))
        elif args.verb == "model":
            wijk = ws.wijken.get(args.wijk) if args.wijk else None
            with ws.maintenance.backup_before(Reason.IMPORT):
                if wijk is not None:
                    imported = ws.models.import_roadmap(spec, wijk.id)
                else:
                    model = ws.models.import_template(spec)
            if wijk is not None:
                print(t(lang, "roadmap_imported", wijk=wijk.name, id=imported.model.id))
                for link in imported.lost:
                    what = t(lang, f"link_{link.kind}")
                    print(
                        t(
                            lang,
                            "link_not_kept",
                            what=what,
                            name=link.name,
                            step=link.step_title,
                            lane=link.lane_name,
                        )
                    )
            else:
                print(t(lang, "template_imported", name=model.name, id=model.id))
    return EXIT_OK


def _check_model(ws: Any, id_: str, lang: str) -> int:
    """One finding per line, marked as a point to check or a reminder; exit 1 when there
    is any."""
    from sec_workshop.check_texts import count_text, finding_text, severity_text

    model = ws.models.model_for(id_)
    findings = ws.check.check(model.id)
    for finding in findings:
        print(f"{severity_text(finding.severity, lang)}: {finding_text(finding, lang)}")
    print(f"{model.name}: {count_text(findings, lang)}", file=sys.stderr)
    return EXIT_FAILURE if findings else EXIT_OK


def _output(ws: Any, raw: str, force: bool) -> Path:
    """Where ``-o`` points, refused now if it may not be written. A file that is there
    already is replaced only with ``--force``: nothing on the command line asks first, as
    the window does, and no undo brings a replaced file back. Whatever the guard never
    replaces (a database, lock, device or folder) is refused for that reason first."""
    dest: Path = ws.outputs.path(raw)
    ws.outputs.check(dest, replace=True)
    if not force:
        ws.outputs.check(dest, replace=False)
    return dest


def _board_png(ws: Any, board_id: str, width: int) -> tuple[bytes, int, int]:
    """Render a board without a display: Qt draws offscreen, fonts come from the package."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from sec_workshop.gui.app import application
    from sec_workshop.gui.board.image import board_png_of

    application()
    return board_png_of(ws, board_id, width)
