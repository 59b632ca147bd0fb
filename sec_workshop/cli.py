"""The ``sec-workshop`` command: argument parsing, the batch verbs, and starting the window."""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Callable, Sequence
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
    "unexpected": (
        "Onverwachte fout: {detail} (details in {log}).",
        "Unexpected error: {detail} (details in {log}).",
    ),
    "unexpected_no_log": (
        "Onverwachte fout: {detail} (de details konden niet in het foutenlogboek worden "
        "geschreven; is de schijf vol?).",
        "Unexpected error: {detail} (the details could not be written to the error log; is "
        "the disk full?).",
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
    "templates": ("Sjablonen:", "Templates:"),
    "link_not_kept": (
        "Koppeling niet behouden: {what} '{name}' bij stap '{step}' in baan '{lane}'; het "
        "nieuwe model heeft daar geen stap met die titel.",
        "Link not kept: {what} '{name}' with step '{step}' in lane '{lane}'; the new model "
        "has no step of that title there.",
    ),
    "force_hint": ("Met --force wordt het vervangen.", "With --force it is replaced."),
    "link_stakeholder": ("stakeholder", "stakeholder"),
    "link_session": ("sessie", "session"),
}


def _t(lang: str, key: str, **params: Any) -> str:
    """A text of the command in ``lang``, its values shown on one line (control characters
    escaped, very long values cut)."""
    from sec_workshop.messages import shown

    safe = {k: shown(v, limit=300) for k, v in params.items()}
    return TEXTS[key][1 if lang == "en" else 0].format(**safe)


# argparse's own texts (usage lines, help headings, usage errors), in Dutch; argparse looks
# them up through gettext at the moment it needs them. Our only typed argument is a whole
# number, so "invalid %(type)s value" is said as such.
_ARGPARSE_NL: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "subcommands": "opdrachten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "onbekend argument %s",
    "the following arguments are required: %s": "ontbrekend: %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "not allowed with argument %s": "kan niet samen met %s",
    "ignored explicit argument %r": "neemt geen waarde, maar kreeg %r",
    "expected one argument": "verwacht een waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "expected %s argument": "verwacht %s waarde",
    "expected %s arguments": "verwacht %s waarden",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie %(option)s: dat kan %(matches)s zijn"
    ),
    "unexpected option string: %s": "onverwachte optie %s",
    "invalid %(type)s value: %(value)r": "verwacht een heel getal, niet %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze %(value)r (kies uit %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}
_ARGPARSE_EN: dict[str, str] = {
    "invalid %(type)s value: %(value)r": "expects a whole number, not %(value)r",
    "unrecognized arguments: %s": "unrecognised argument %s",
    "the following arguments are required: %s": "missing argument %s",
}


def _install_argparse_texts(lang: str) -> None:
    table = _ARGPARSE_EN if lang == "en" else _ARGPARSE_NL

    def gettext(message: str) -> str:
        return table.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    """Usage errors become one line in the chosen language, exit code 2."""

    lang = "nl"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: "--lan en" must not pass for "--lang en" while the language of
        # the messages is read before parsing.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        print(_t(self.lang, "usage", detail=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _build_parser(lang: str) -> argparse.ArgumentParser:
    def h(english: str, dutch: str) -> str:
        return english if lang == "en" else dutch

    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar=h("DIR", "MAP"),
        default=argparse.SUPPRESS,
        help=h(
            "data folder (default: SEC_WORKSHOP_DATA_DIR or the user folder)",
            "gegevensmap (standaard: SEC_WORKSHOP_DATA_DIR of de map van de gebruiker)",
        ),
    )
    common.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=argparse.SUPPRESS,
        help=h(
            "language of the window and messages (default: nl)",
            "taal van het venster en de meldingen (standaard: nl)",
        ),
    )
    _Parser.lang = lang
    parser = _Parser(
        prog="sec-workshop",
        parents=[common],
        description=h(
            "SEC Workshop: co-creation for wijken going off natural gas.",
            "SEC Workshop: cocreatie voor wijken die van het aardgas af gaan.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"sec-workshop {__version__}",
        help=h("print the version and stop", "toon het versienummer en stop"),
    )
    verbs = parser.add_subparsers(dest="verb", metavar=h("VERB", "OPDRACHT"), parser_class=_Parser)
    verbs.add_parser(
        "demo", parents=[common], help=h("add the demo wijk (once)", "de demowijk toevoegen")
    )
    p = verbs.add_parser(
        "list",
        parents=[common],
        help=h(
            "list wijken, sessions, boards and templates",
            "wijken, sessies, borden en sjablonen tonen",
        ),
    )
    p.add_argument(
        "--json", action="store_true", help=h("machine-readable output", "uitvoer als JSON")
    )
    verbs.add_parser(
        "check",
        parents=[common],
        help=h("check integrity and foreign keys", "de database op beschadiging controleren"),
    )
    p = verbs.add_parser(
        "backup",
        parents=[common],
        help=h("write a verified backup", "een gecontroleerde reservekopie maken"),
    )
    p.add_argument(
        "-o",
        "--output",
        metavar=h("FILE", "BESTAND"),
        help=h(
            "backup file (default: the backup folder)",
            "bestand voor de reservekopie (standaard: de map met reservekopieën)",
        ),
    )
    p = verbs.add_parser(
        "import-notes",
        parents=[common],
        help=h("import notes into a board", "plakbriefjes uit een bestand op een bord zetten"),
    )
    p.add_argument("board_id", metavar=h("BOARD_ID", "BORD_ID"))
    p.add_argument(
        "file",
        metavar=h("FILE", "BESTAND"),
        help=h(".txt (one note per line) or .csv", ".txt (één briefje per regel) of .csv"),
    )
    p = verbs.add_parser(
        "board-image",
        parents=[common],
        help=h("write a board as a PNG image", "een bord als PNG-afbeelding opslaan"),
    )
    p.add_argument("board_id", metavar=h("BOARD_ID", "BORD_ID"))
    p.add_argument("-o", "--output", metavar=h("FILE.png", "BESTAND.png"), required=True)
    _add_force(p, h)
    p.add_argument(
        "--width",
        metavar="PX",
        type=int,
        default=3000,
        help=h("image width in pixels (200-16000)", "breedte in pixels (200-16000)"),
    )
    model = verbs.add_parser(
        "model",
        parents=[common],
        help=h("export or import a process model", "een procesmodel exporteren of importeren"),
    )
    model_verbs = model.add_subparsers(
        dest="model_verb", metavar=h("ACTION", "ACTIE"), parser_class=_Parser
    )
    model_verbs.required = True
    p = model_verbs.add_parser(
        "export",
        parents=[common],
        help=h("write a model as JSON", "een model als JSON-bestand schrijven"),
    )
    p.add_argument(
        "id",
        metavar="ID",
        help=h(
            "id of a template, or of a wijk for its roadmap",
            "id van een sjabloon, of van een wijk voor haar routekaart",
        ),
    )
    p.add_argument("-o", "--output", metavar=h("FILE.json", "BESTAND.json"), required=True)
    _add_force(p, h)
    p = model_verbs.add_parser(
        "import",
        parents=[common],
        help=h("read a model from JSON", "een model uit een JSON-bestand lezen"),
    )
    p.add_argument("file", metavar=h("FILE.json", "BESTAND.json"))
    target = p.add_mutually_exclusive_group()
    target.add_argument(
        "--template",
        action="store_true",
        help=h("as a new template (default)", "als nieuw sjabloon (standaard)"),
    )
    target.add_argument(
        "--wijk",
        metavar="ID",
        help=h("as the roadmap of this wijk", "als routekaart van deze wijk"),
    )
    return parser


def _add_force(parser: argparse.ArgumentParser, h: Callable[[str, str], str]) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help=h(
            "replace FILE if it exists (never a database, lock, device or folder)",
            "BESTAND vervangen als het er al is (nooit een database, slot, apparaat of map)",
        ),
    )


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
    _install_argparse_texts(lang)
    from sec_workshop import labels

    labels.set_language(lang)  # zone titles and labels in a drawn board follow --lang
    parser = _build_parser(lang)
    args = parser.parse_args(argv)
    for name in ("data_dir", "output", "file"):
        if getattr(args, name, None) == "":
            parser.error(
                f"--{name.replace('_', '-')} is empty"
                if lang == "en"
                else f"--{name.replace('_', '-')} is leeg"
            )
    from sec_workshop.messages import describe

    folder: Path | None = None
    try:
        from sec_workshop.storage.location import data_dir

        # Inside the error handling: a folder name can fail to resolve (~nosuchuser, a loop).
        folder = data_dir(getattr(args, "data_dir", None))
        if args.verb is None:
            from sec_workshop.gui.app import run

            return run(folder, getattr(args, "lang", None))
        return _run_verb(args, folder, lang)
    except DomainError as exc:
        message = describe(exc, lang)
        if exc.code == "output.exists" and getattr(args, "force", None) is False:
            message += " " + _t(lang, "force_hint")
        print(message, file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_OK  # the reader (``| head``) has what it wanted
    except OSError as exc:
        known = _os_error(exc, folder)
        if known is None:
            return _unexpected(exc, folder, lang)
        print(describe(known, lang), file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # never a traceback in the user's face; it goes to the log
        return _unexpected(exc, folder, lang)


def _os_error(exc: OSError, folder: Path | None) -> DomainError | None:
    """A full or read-only disk met outside the storage layer, in words."""
    if folder is None or exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
        return None
    from sec_workshop.storage.lock import folder_error

    return folder_error(exc, folder)


def _unexpected(exc: BaseException, folder: Path | None, lang: str) -> int:
    from sec_workshop.errorlog import log_exception

    log = log_exception(folder) if folder is not None else None
    detail = str(exc) or type(exc).__name__
    if log is None:
        print(_t(lang, "unexpected_no_log", detail=detail), file=sys.stderr)
    else:
        print(_t(lang, "unexpected", detail=detail, log=log), file=sys.stderr)
    return EXIT_FAILURE


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
                path = ws.maintenance.backup_to(ws.outputs.path(args.output))
            else:
                path = ws.maintenance.backup(Reason.MANUAL)
            print(_t(lang, "backup_done", path=path))
        elif args.verb == "import-notes":
            board = ws.boards.get(args.board_id)
            with ws.maintenance.backup_before(Reason.IMPORT):
                count = ws.boards.import_notes(board.id, notes)
            key = "imported_one" if count == 1 else "imported"
            print(_t(lang, key, count=count, board=board.title))
        elif args.verb == "board-image":
            board = ws.boards.get(args.board_id)
            dest = _output(ws, args.output, args.force)  # before the drawing, which takes a while
            data, width, height = _board_png(ws, board.id, args.width)
            ws.outputs.write(dest, data, replace=args.force)
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
            model = ws.models.model_for(args.id)
            dest = _output(ws, args.output, args.force)
            ws.outputs.write(dest, ws.models.export_bytes(model.id), replace=args.force)
            print(_t(lang, "model_exported", name=model.name, path=dest))
        elif args.verb == "model":
            wijk = ws.wijken.get(args.wijk) if args.wijk else None
            with ws.maintenance.backup_before(Reason.IMPORT):
                if wijk is not None:
                    imported = ws.models.import_roadmap(spec, wijk.id)
                else:
                    model = ws.models.import_template(spec)
            if wijk is not None:
                print(_t(lang, "roadmap_imported", wijk=wijk.name, id=imported.model.id))
                for link in imported.lost:
                    what = _t(lang, f"link_{link.kind}")
                    print(
                        _t(
                            lang,
                            "link_not_kept",
                            what=what,
                            name=link.name,
                            step=link.step_title,
                            lane=link.lane_name,
                        )
                    )
            else:
                print(_t(lang, "template_imported", name=model.name, id=model.id))
    return EXIT_OK


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
    from sec_workshop.messages import shown

    def name(value: object) -> str:
        return shown(value, limit=200)  # a name from an imported file stays on its line

    if not overview["wijken"]:
        print(_t(lang, "no_wijken"))
    en = lang == "en"
    for wijk in overview["wijken"]:
        print(f"{name(wijk['name'])}  [{wijk['id']}]")
        for s in wijk["sessions"]:
            print(f"  {s['date'] or '-':10}  {name(s['title'])}  [{s['id']}]")
            for b in s["boards"]:
                label = "notes" if en else "plakbriefjes"
                print(f"      {name(b['title'])} ({b['note_count']} {label})  [{b['id']}]")
        label = "stakeholders"
        print(f"  {len(wijk['stakeholders'])} {label}")
    if overview["templates"]:
        print(_t(lang, "templates"))
    for template in overview["templates"]:
        print(f"  {name(template['name'])}  [{template['id']}]")
