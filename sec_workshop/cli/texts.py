"""The words of the ``sec-workshop`` command in Dutch and English, argparse's own included."""

from __future__ import annotations

import argparse
from typing import Any

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
    "link_koppelkans": ("koppelkans", "koppelkans"),
    "link_decision": ("besluit", "decision"),
    "stakeholders_imported": (
        "Wijk '{wijk}': stakeholders toegevoegd: {added}, bijgewerkt: {updated}.",
        "Wijk '{wijk}': stakeholders added: {added}, updated: {updated}.",
    ),
    "columns_ignored": (
        "Kolommen niet gebruikt: {columns}.",
        "Columns not used: {columns}.",
    ),
    "personal_forgotten": (
        "De persoonsgegevens van '{name}' zijn verwijderd; het databasebestand bevat ze niet meer.",
        "The personal data of '{name}' was removed; the database file no longer holds it.",
    ),
    "personal_renamed": (
        "Op {count} plaatsen (eigenaar of leiding) staat nu '{name}' in plaats van de persoon.",
        "In {count} places (owner or lead) '{name}' now stands instead of the person.",
    ),
    "personal_none": (
        "'{name}' heeft geen persoonsgegevens; er is niets veranderd.",
        "'{name}' holds no personal data; nothing changed.",
    ),
    "backups_hold": (
        "Deze reservekopieën bevatten ze nog (verwijder ze met --with-backups):",
        "These backups still hold it (delete them with --with-backups):",
    ),
    "backups_deleted": (
        "Reservekopie verwijderd: {path}",
        "Backup deleted: {path}",
    ),
    "link_session": ("sessie", "session"),
    "agenda_ics_written": (
        "Sessie '{session}' als agenda-afspraak opgeslagen in {path}.",
        "Session '{session}' written as a calendar event to {path}.",
    ),
    "pdf_written": (
        "'{what}' opgeslagen als {path} ({pages} blz.).",
        "'{what}' written to {path} ({pages} pages).",
    ),
    "pdf_written_one": (
        "'{what}' opgeslagen als {path} (1 blz.).",
        "'{what}' written to {path} (1 page).",
    ),
    "agenda_needs_output": (
        "--ics schrijft een bestand: geef het op met -o BESTAND.ics",
        "--ics writes a file: name it with -o FILE.ics",
    ),
    "agenda_output_without_ics": (
        "-o schrijft alleen met --ics een bestand",
        "-o writes a file only with --ics",
    ),
}


def t(lang: str, key: str, **params: Any) -> str:
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


def install_argparse_texts(lang: str) -> None:
    table = _ARGPARSE_EN if lang == "en" else _ARGPARSE_NL

    def gettext(message: str) -> str:
        return table.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
