"""The ``sec-workshop`` command: argument parsing, the batch verbs, and starting the window."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from sec_workshop import __version__
from sec_workshop.domain.base import DomainError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

TEXTS: dict[str, tuple[str, str]] = {
    "usage": (
        "Onjuist gebruik: {detail}. Zie 'sec-workshop --help'.",
        "Wrong usage: {detail}. See 'sec-workshop --help'.",
    ),
    "required": ("ontbrekend argument {names}", "missing argument {names}"),
    "unrecognized": ("onbekend argument {names}", "unrecognised argument {names}"),
    "invalid_int": (
        "{option} verwacht een heel getal, niet {names}",
        "{option} expects a whole number, not {names}",
    ),
    "invalid_choice": ("ongeldige keuze {names}", "invalid choice {names}"),
    "unexpected": (
        "Onverwachte fout: {detail} (details in {log}).",
        "Unexpected error: {detail} (details in {log}).",
    ),
    "check_ok": ("Database in orde: {path}", "Database is sound: {path}"),
    "check_bad": ("De database is beschadigd ({path}):", "The database is damaged ({path}):"),
    "backup_done": ("Reservekopie gemaakt: {path}", "Backup written: {path}"),
    "demo_added": ("Demowijk '{name}' toegevoegd.", "Demo wijk '{name}' added."),
    "demo_present": (
        "Demowijk '{name}' is er al; er is niets veranderd.",
        "Demo wijk '{name}' is already there; nothing changed.",
    ),
    "board_image_written": (
        "Bord '{board}' opgeslagen als {path} ({width} x {height} pixels).",
        "Board '{board}' written to {path} ({width} x {height} pixels).",
    ),
    "bad_width": (
        "--width {width} kan niet: kies een breedte van 200 tot 16000 pixels.",
        "--width {width} is not possible: choose a width from 200 to 16000 pixels.",
    ),
    "imported": (
        "{count} plakbriefjes toegevoegd aan bord '{board}'.",
        "{count} notes added to board '{board}'.",
    ),
    "model_exported": (
        "Model '{name}' geschreven naar {path}",
        "Model '{name}' written to {path}",
    ),
    "template_imported": (
        "Sjabloon '{name}' toegevoegd [{id}].",
        "Template '{name}' added [{id}].",
    ),
    "roadmap_imported": (
        "De routekaart van wijk '{wijk}' is vervangen door het model uit het bestand [{id}].",
        "The roadmap of wijk '{wijk}' was replaced by the model from the file [{id}].",
    ),
    "imported_one": (
        "1 plakbriefje toegevoegd aan bord '{board}'.",
        "1 note added to board '{board}'.",
    ),
    "no_wijken": (
        "Nog geen wijken. Voeg de demowijk toe met 'sec-workshop demo'.",
        "No wijken yet. Add the demo wijk with 'sec-workshop demo'.",
    ),
    "output_is_folder": (
        "'{path}' is een map; geef een bestandsnaam op.",
        "'{path}' is a folder; give a file name.",
    ),
    "output_exists": (
        "'{path}' bestaat al; kies een nieuwe bestandsnaam (er wordt niets overschreven).",
        "'{path}' already exists; choose a new file name (nothing is overwritten).",
    ),
    "output_no_folder": (
        "De map van '{path}' bestaat niet.",
        "The folder of '{path}' does not exist.",
    ),
    "output_in_data": (
        "Schrijf een reservekopie niet in de gegevensmap zelf; kies een andere map.",
        "Do not write a backup into the data folder itself; choose another folder.",
    ),
}


def _t(lang: str, key: str, **params: Any) -> str:
    return TEXTS[key][1 if lang == "en" else 0].format(**params)


class _Parser(argparse.ArgumentParser):
    """Usage errors become one line in the chosen language, exit code 2."""

    lang = "nl"

    def error(self, message: str) -> NoReturn:
        detail = message
        for pattern, key in (
            (r"the following arguments are required: (.*)", "required"),
            (r"unrecognized arguments: (.*)", "unrecognized"),
            (r"argument .*: invalid choice: (.*?)(?: \(choose from.*)?$", "invalid_choice"),
            (r"argument (\S+): invalid int value: (.*)", "invalid_int"),
        ):
            m = re.match(pattern, message)
            if m:
                detail = _t(self.lang, key, names=m.group(m.lastindex or 1), option=m.group(1))
                break
        print(_t(self.lang, "usage", detail=detail), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _build_parser(lang: str) -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder (default: SEC_WORKSHOP_DATA_DIR or the user folder)",
    )
    common.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=argparse.SUPPRESS,
        help="language of the window and messages (default: nl)",
    )
    _Parser.lang = lang
    parser = _Parser(
        prog="sec-workshop",
        parents=[common],
        description="SEC Workshop: co-creation for wijken going off natural gas.",
    )
    parser.add_argument("--version", action="version", version=f"sec-workshop {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    verbs.add_parser("demo", parents=[common], help="add the demo wijk (once)")
    p = verbs.add_parser("list", parents=[common], help="list wijken, sessions, boards")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    verbs.add_parser("check", parents=[common], help="check integrity and foreign keys")
    p = verbs.add_parser("backup", parents=[common], help="write a verified backup")
    p.add_argument("-o", "--output", metavar="FILE", help="backup file (default: backup folder)")
    p = verbs.add_parser("import-notes", parents=[common], help="import notes into a board")
    p.add_argument("board_id", metavar="BOARD_ID")
    p.add_argument("file", metavar="FILE", help=".txt (one note per line) or .csv")
    p = verbs.add_parser("board-image", parents=[common], help="write a board as a PNG image")
    p.add_argument("board_id", metavar="BOARD_ID")
    p.add_argument("-o", "--output", metavar="FILE.png", required=True)
    p.add_argument(
        "--width", metavar="PX", type=int, default=3000, help="image width in pixels (200-16000)"
    )
    model = verbs.add_parser("model", parents=[common], help="export or import a process model")
    model_verbs = model.add_subparsers(dest="model_verb", metavar="ACTION", parser_class=_Parser)
    model_verbs.required = True
    p = model_verbs.add_parser("export", parents=[common], help="write a model as JSON")
    p.add_argument("id", metavar="ID", help="id of a template, or of a wijk for its roadmap")
    p.add_argument("-o", "--output", metavar="FILE.json", required=True)
    p = model_verbs.add_parser("import", parents=[common], help="read a model from JSON")
    p.add_argument("file", metavar="FILE.json")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--template", action="store_true", help="as a new template (default)")
    target.add_argument("--wijk", metavar="ID", help="as the roadmap of this wijk")
    return parser


def _sniff_lang(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "nl"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "nl"
    return "nl"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _sniff_lang(argv)
    parser = _build_parser(lang)
    args = parser.parse_args(argv)
    for name in ("data_dir", "output", "file"):
        if getattr(args, name, None) == "":
            parser.error(
                f"--{name.replace('_', '-')} is empty"
                if lang == "en"
                else f"--{name.replace('_', '-')} is leeg"
            )
    from sec_workshop.storage.location import data_dir

    folder = data_dir(getattr(args, "data_dir", None))
    if args.verb is None:
        from sec_workshop.gui.app import run

        return run(folder, getattr(args, "lang", None))
    from sec_workshop.messages import describe

    try:
        return _run_verb(args, folder, lang)
    except DomainError as exc:
        print(describe(exc, lang), file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_OK  # the reader (``| head``) has what it wanted
    except Exception as exc:  # never a traceback in the user's face; it goes to the log
        from sec_workshop.errorlog import log_exception

        log = log_exception(folder)
        print(
            _t(lang, "unexpected", detail=str(exc) or type(exc).__name__, log=log), file=sys.stderr
        )
        return EXIT_FAILURE


def _output_problem(dest: Path, folder: Path) -> str | None:
    """Why a backup may not be written to ``dest``: never over an existing file or inside
    the data folder (the live database and its lock live there)."""
    if dest.is_dir():
        return "output_is_folder"
    if dest.exists() or dest.is_symlink():
        return "output_exists"
    if not dest.parent.is_dir():
        return "output_no_folder"
    if dest.parent.resolve() == folder.resolve():
        return "output_in_data"
    return None


def _run_verb(args: argparse.Namespace, folder: Path, lang: str) -> int:
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
    if args.verb == "board-image" and not 200 <= args.width <= 16_000:
        print(_t(lang, "bad_width", width=args.width), file=sys.stderr)
        return EXIT_USAGE
    with Workspace.open(folder) as ws:
        if args.verb == "demo":
            result = ws.demo.add()
            name = ws.wijken.get(result.wijk_id).name
            print(_t(lang, "demo_added" if result.created else "demo_present", name=name))
        elif args.verb == "list":
            overview = _overview(ws)
            if args.json:
                print(json.dumps(overview, ensure_ascii=False, indent=2))
            else:
                _print_overview(overview, lang)
        elif args.verb == "check":
            problems = ws.maintenance.check()
            path = ws.maintenance.database_file
            if problems:
                print(_t(lang, "check_bad", path=path), file=sys.stderr)
                for problem in problems[:20]:
                    print(f"  {problem}", file=sys.stderr)
                return EXIT_FAILURE
            print(_t(lang, "check_ok", path=path))
        elif args.verb == "backup":
            if args.output is not None:
                dest = Path(args.output).expanduser().absolute()
                refusal = _output_problem(dest, folder)
                if refusal:
                    print(_t(lang, refusal, path=dest), file=sys.stderr)
                    return EXIT_FAILURE
                path = ws.maintenance.backup_to(dest)
            else:
                path = ws.maintenance.backup(Reason.MANUAL)
            print(_t(lang, "backup_done", path=path))
        elif args.verb == "import-notes":
            board = ws.boards.get(args.board_id)
            ws.maintenance.backup(Reason.IMPORT)
            count = ws.boards.import_notes(board.id, notes)
            key = "imported_one" if count == 1 else "imported"
            print(_t(lang, key, count=count, board=board.title))
        elif args.verb == "board-image":
            from sec_workshop.exchange.files import write_atomically

            board = ws.boards.get(args.board_id)
            dest = Path(args.output).expanduser().absolute()
            data, width, height = _board_png(ws, board.id, args.width)
            write_atomically(dest, data)
            print(
                _t(
                    lang,
                    "board_image_written",
                    board=board.title,
                    path=dest,
                    width=width,
                    height=height,
                )
            )
        elif args.verb == "model" and args.model_verb == "export":
            from sec_workshop.exchange.files import write_atomically

            model = ws.models.model_for(args.id)
            dest = Path(args.output).expanduser().absolute()
            write_atomically(dest, ws.models.export_bytes(model.id))
            print(_t(lang, "model_exported", name=model.name, path=dest))
        elif args.verb == "model":
            ws.maintenance.backup(Reason.IMPORT)
            if args.wijk:
                wijk = ws.wijken.get(args.wijk)
                model = ws.models.import_roadmap(spec, wijk.id)
                print(_t(lang, "roadmap_imported", wijk=wijk.name, id=model.id))
            else:
                model = ws.models.import_template(spec)
                print(_t(lang, "template_imported", name=model.name, id=model.id))
    return EXIT_OK


def _board_png(ws: Any, board_id: str, width: int) -> tuple[bytes, int, int]:
    """Render a board without a display: Qt draws offscreen, fonts come from the package."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from sec_workshop.gui.app import application
    from sec_workshop.gui.board_editor import board_png_of

    application()
    return board_png_of(ws, board_id, width)


def _overview(ws: Any) -> dict[str, Any]:
    wijken = []
    for wijk in ws.wijken.list():
        boards_by_session: dict[str, list[dict[str, Any]]] = {}
        for summary in ws.boards.summaries(wijk.id):
            boards_by_session.setdefault(summary.board.session_id, []).append(
                {
                    "id": summary.board.id,
                    "title": summary.board.title,
                    "note_count": summary.note_count,
                }
            )
        sessions = [
            {
                "id": s.session.id,
                "title": s.session.title,
                "date": s.session.starts_at.date().isoformat() if s.session.starts_at else None,
                "boards": boards_by_session.get(s.session.id, []),
            }
            for s in ws.sessions.summaries(wijk.id)
        ]
        stakeholders = [
            {"id": s.id, "name": s.name, "influence": s.influence, "interest": s.interest}
            for s in ws.stakeholders.list(wijk.id)
        ]
        wijken.append(
            {"id": wijk.id, "name": wijk.name, "sessions": sessions, "stakeholders": stakeholders}
        )
    templates = [{"id": m.id, "name": m.name} for m in ws.models.templates()]
    return {"wijken": wijken, "templates": templates}


def _print_overview(overview: dict[str, Any], lang: str) -> None:
    if not overview["wijken"]:
        print(_t(lang, "no_wijken"))
    en = lang == "en"
    for wijk in overview["wijken"]:
        print(f"{wijk['name']}  [{wijk['id']}]")
        for s in wijk["sessions"]:
            print(f"  {s['date'] or '-':10}  {s['title']}  [{s['id']}]")
            for b in s["boards"]:
                label = "notes" if en else "plakbriefjes"
                print(f"      {b['title']} ({b['note_count']} {label})  [{b['id']}]")
        label = "stakeholders"
        print(f"  {len(wijk['stakeholders'])} {label}")
