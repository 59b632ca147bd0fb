"""The arguments of the ``sec-workshop`` command and its verbs, with help in the chosen language."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from sec_workshop import __version__
from sec_workshop.cli.reports import HANDOUT_KINDS
from sec_workshop.cli.texts import EXIT_USAGE, t


class Parser(argparse.ArgumentParser):
    """Usage errors become one line in the chosen language, exit code 2."""

    lang = "nl"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: "--lan en" must not pass for "--lang en" while the language of
        # the messages is read before parsing.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        print(t(self.lang, "usage", detail=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser(lang: str) -> argparse.ArgumentParser:
    def h(english: str, dutch: str) -> str:
        return english if lang == "en" else dutch

    common = Parser(add_help=False)
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
    Parser.lang = lang
    parser = Parser(
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
    verbs = parser.add_subparsers(dest="verb", metavar=h("VERB", "OPDRACHT"), parser_class=Parser)
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
    p.add_argument(
        "--personal",
        action="store_true",
        help=h(
            "include stakeholders' personal data (contact name, role, e-mail, phone)",
            "met de persoonsgegevens van stakeholders (contactpersoon, rol, e-mail, telefoon)",
        ),
    )
    p = verbs.add_parser(
        "import-stakeholders",
        parents=[common],
        help=h(
            "add or update a wijk's stakeholders from a CSV file",
            "stakeholders van een wijk toevoegen of bijwerken uit een CSV-bestand",
        ),
    )
    p.add_argument("wijk_id", metavar=h("WIJK_ID", "WIJK_ID"))
    p.add_argument(
        "file",
        metavar=h("FILE.csv", "BESTAND.csv"),
        help=h(
            "columns named in Dutch or English; semicolon or comma",
            "kolommen met Nederlandse of Engelse namen; puntkomma of komma",
        ),
    )
    p = verbs.add_parser(
        "forget-personal-data",
        parents=[common],
        help=h(
            "remove a stakeholder's personal data for good",
            "de persoonsgegevens van een stakeholder definitief verwijderen",
        ),
    )
    p.add_argument("stakeholder_id", metavar=h("STAKEHOLDER_ID", "STAKEHOLDER_ID"))
    p.add_argument(
        "--with-backups",
        action="store_true",
        help=h(
            "also delete the backups that still hold it",
            "ook de reservekopieën verwijderen die ze nog bevatten",
        ),
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
    p = verbs.add_parser(
        "agenda",
        parents=[common],
        help=h(
            "a session's agenda: text for an e-mail, JSON, or a calendar file (.ics)",
            "de agenda van een sessie: tekst voor een e-mail, JSON of een agendabestand (.ics)",
        ),
    )
    p.add_argument("session_id", metavar=h("SESSION_ID", "SESSIE_ID"))
    shape = p.add_mutually_exclusive_group()
    shape.add_argument(
        "--json", action="store_true", help=h("machine-readable output", "uitvoer als JSON")
    )
    shape.add_argument(
        "--ics",
        action="store_true",
        help=h(
            "write an iCalendar file (needs -o), for calendars and invitations",
            "een iCalendar-bestand schrijven (met -o), voor agenda's en uitnodigingen",
        ),
    )
    p.add_argument(
        "-o",
        "--output",
        metavar=h("FILE.ics", "BESTAND.ics"),
        help=h("where --ics writes the file", "waar --ics het bestand schrijft"),
    )
    _add_force(p, h)
    p = verbs.add_parser(
        "report",
        parents=[common],
        help=h("write a session's report as PDF", "het verslag van een sessie als PDF opslaan"),
    )
    p.add_argument("session_id", metavar=h("SESSION_ID", "SESSIE_ID"))
    p.add_argument("-o", "--output", metavar=h("FILE.pdf", "BESTAND.pdf"), required=True)
    p.add_argument(
        "--bewoners",
        action="store_true",
        help=h(
            "the short version for residents, in plain language",
            "de korte versie voor bewoners, in eenvoudige taal",
        ),
    )
    _add_force(p, h)
    p = verbs.add_parser(
        "handout",
        parents=[common],
        help=h("write a handout or poster as PDF", "een hand-out of poster als PDF opslaan"),
    )
    p.add_argument(
        "kind",
        metavar=h("KIND", "SOORT"),
        choices=HANDOUT_KINDS,
        help=h(
            "stakeholder-cards (ID of a wijk or session), agenda or script (ID of a session), "
            "instrument (ID or key), roadmap-poster (ID of a wijk), board-poster (ID of a board)",
            "stakeholder-cards (ID van een wijk of sessie), agenda of script (ID van een "
            "sessie), instrument (ID of sleutel), roadmap-poster (ID van een wijk), "
            "board-poster (ID van een bord)",
        ),
    )
    p.add_argument("id", metavar="ID")
    p.add_argument("-o", "--output", metavar=h("FILE.pdf", "BESTAND.pdf"), required=True)
    p.add_argument(
        "--tiles",
        choices=("a4", "a3"),
        help=h(
            "posters: print larger over A4 or A3 sheets (default: one A3 page)",
            "posters: groter afdrukken over A4- of A3-bladen (standaard: één A3-pagina)",
        ),
    )
    _add_force(p, h)
    model = verbs.add_parser(
        "model",
        parents=[common],
        help=h(
            "export, import or check a process model",
            "een procesmodel exporteren, importeren of controleren",
        ),
    )
    model_verbs = model.add_subparsers(
        dest="model_verb", metavar=h("ACTION", "ACTIE"), parser_class=Parser
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
        "check",
        parents=[common],
        help=h(
            "check a roadmap: order, dates, sessions, dots (exit 1 when something is found)",
            "een routekaart controleren: volgorde, data, sessies, stippen (exitcode 1 bij "
            "bevindingen)",
        ),
    )
    p.add_argument(
        "id",
        metavar="ID",
        help=h(
            "id of a wijk for its roadmap, or of a template",
            "id van een wijk voor haar routekaart, of van een sjabloon",
        ),
    )
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


def sniff_lang(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "nl"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "nl"
    return "nl"
