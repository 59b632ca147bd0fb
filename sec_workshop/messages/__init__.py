"""Dutch and English texts for the errors that the core raises (``DomainError.code``).

The command line and the window both show these; neither needs Qt for it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from sec_workshop.domain.base import DomainError
from sec_workshop.messages.files import FILE_MESSAGES, PROBLEMS

# code: (Dutch, English); {names} are filled from the error's params.
MESSAGES: dict[str, tuple[str, str]] = {
    "value.empty": ("{field} mag niet leeg zijn.", "{field} must not be empty."),
    "value.too_long": (
        "{field} is te lang (hoogstens {max} tekens).",
        "{field} is too long (at most {max} characters).",
    ),
    "value.out_of_range": (
        "{field} moet tussen {low} en {high} liggen.",
        "{field} must be between {low} and {high}.",
    ),
    "value.bad_color": (
        "{field} is geen geldige kleur ('{value}'); gebruik #RRGGBB.",
        "{field} is not a valid colour ('{value}'); use #RRGGBB.",
    ),
    "wijk.ownership_over_100": (
        "Sociale huur, particuliere huur en koop tellen op tot {total}%; dat mag hoogstens "
        "100% zijn.",
        "Social rent, private rent and owner-occupied add up to {total}%; it may be at most 100%.",
    ),
    "wijk.already_exists": (
        "De wijk '{name}' bestaat al.",
        "The wijk '{name}' already exists.",
    ),
    "step.due_before_start": (
        "De einddatum ligt vóór de startdatum.",
        "The due date is before the start date.",
    ),
    "dependency.self": (
        "Een pijl moet naar een andere stap wijzen.",
        "An arrow must point to another step.",
    ),
    "dependency.other_model": (
        "Een pijl kan alleen stappen in hetzelfde model verbinden.",
        "An arrow can only connect steps in the same model.",
    ),
    "dependency.exists": (
        "Er loopt al een pijl van '{a}' naar '{b}'.",
        "There is already an arrow from '{a}' to '{b}'.",
    ),
    "step.other_model": (
        "Een stap kan alleen naar een baan en fase van hetzelfde model.",
        "A step can only go to a lane and phase of the same model.",
    ),
    "instrument.already_attached": (
        "Dit instrument hangt al aan deze stap.",
        "This instrument is already attached to this step.",
    ),
    "link.exists": (
        "'{name}' is al aan deze stap gekoppeld.",
        "'{name}' is already linked to this step.",
    ),
    "link.template": (
        "Een sjabloon hoort bij geen wijk; koppel stakeholders en sessies in de routekaart "
        "van een wijk.",
        "A template belongs to no wijk; link stakeholders and sessions in a wijk's roadmap.",
    ),
    "link.other_wijk": (
        "Alleen stakeholders en sessies van de wijk van deze routekaart kunnen aan een stap "
        "gekoppeld worden.",
        "Only stakeholders and sessions of this roadmap's wijk can be linked to a step.",
    ),
    "record.not_found": (
        "Dit onderdeel bestaat niet (meer).",
        "This item does not exist (any more).",
    ),
    "record.not_found_id": (
        "Er is geen {kind} met id '{id}'.",
        "There is no {kind} with id '{id}'.",
    ),
    "record.refers_to_gone": (
        "Dit kan niet meer: het hoort bij iets dat intussen is verwijderd. Er is niets veranderd.",
        "This can no longer be done: it belongs to something deleted meanwhile. Nothing "
        "was changed.",
    ),
    "lock.held": (
        "SEC Workshop is al geopend op deze gegevensmap door proces {pid} op {host} "
        "(sinds {since}). Sluit dat eerst af.",
        "SEC Workshop already has this data folder open in process {pid} on {host} "
        "(since {since}). Close that first.",
    ),
    "db.too_new": (
        "Deze database is gemaakt met een nieuwere versie van SEC Workshop (schema {revision}). "
        "Werk de app bij; de database is niet aangeraakt.",
        "This database was written by a newer version of SEC Workshop (schema {revision}). "
        "Update the app; the database was left untouched.",
    ),
    "db.damaged": (
        "De database is beschadigd (SQLite meldt: {detail}). Zet een reservekopie terug.",
        "The database is damaged (SQLite reports: {detail}). Restore a backup.",
    ),
    "db.unreadable": (
        "Het bestand {path} is geen leesbare SEC Workshop-database ({detail}).",
        "The file {path} is not a readable SEC Workshop database ({detail}).",
    ),
    "db.read_failed": (
        "Lezen uit de database is mislukt: {reason}. Er is niets veranderd.",
        "Reading from the database failed: {reason}. Nothing was changed.",
    ),
    "db.write_failed": (
        "Opslaan is mislukt: {reason}. Er is niets half opgeslagen; wat al bewaard was, "
        "blijft bewaard.",
        "Saving failed: {reason}. Nothing was half saved; what was saved before is kept.",
    ),
    "db.foreign": (
        "Het bestand {path} is een database van een ander programma; SEC Workshop laat het "
        "ongemoeid. Kies een andere gegevensmap.",
        "The file {path} is another program's database; SEC Workshop leaves it alone. "
        "Choose another data folder.",
    ),
    "backup.none_sound": (
        "Er is geen reservekopie die in orde is; er is niets veranderd.",
        "There is no sound backup; nothing was changed.",
    ),
    "board.not_found": ("Bord '{id}' bestaat niet.", "Board '{id}' does not exist."),
    "board.other_board": (
        "Dit hoort bij een ander bord; er is niets veranderd.",
        "This belongs to another board; nothing was changed.",
    ),
    "link.same_note": (
        "Een pijl gaat van het ene plakbriefje naar een ander, niet naar zichzelf.",
        "An arrow goes from one note to another, not to itself.",
    ),
    "vote.participant_twice": (
        "Elke deelnemer of groep staat maar één keer in de lijst.",
        "Each participant or group is listed only once.",
    ),
    "vote.participant_reserved": (
        "'{name}' staat voor de getelde papieren stippen; geef deze deelnemer een andere naam.",
        "'{name}' stands for the counted paper dots; give this participant another name.",
    ),
    "vote.no_dots_left": (
        "{name} heeft geen stippen meer in deze ronde.",
        "{name} has no dots left in this round.",
    ),
    "vote.round_closed": (
        "De stemronde '{title}' is beëindigd; stippen plakken kan alleen in de open ronde.",
        "The voting round '{title}' has ended; dots go only in the open round.",
    ),
    "vote.unknown_participant": (
        "'{name}' staat niet in de lijst van deze stemronde.",
        "'{name}' is not listed in this voting round.",
    ),
    "vote.target": (
        "Een stip hoort op één plakbriefje of op één cluster.",
        "A dot belongs on one note or on one cluster.",
    ),
    "session.not_empty": (
        "De sessie heeft nog borden en blijft daarom bestaan.",
        "The session still has boards, so it stays.",
    ),
    "roadmap.missing": (
        "Wijk '{wijk}' heeft nog geen routekaart.",
        "Wijk '{wijk}' has no roadmap yet.",
    ),
    "session.other_wijk": (
        "Een sessie, haar stap en haar genodigden horen bij dezelfde wijk.",
        "A session, its step and the people invited belong to the same wijk.",
    ),
    "session.no_start": (
        "De sessie '{title}' heeft nog geen datum en begintijd; geef die eerst op, dan kan "
        "ze in een agenda.",
        "The session '{title}' has no date and start time yet; set them first, then it can "
        "go into a calendar.",
    ),
    "folder.not_a_folder": (
        "'{path}' is een bestand, geen map. Kies een map voor de gegevens.",
        "'{path}' is a file, not a folder. Choose a folder for the data.",
    ),
    "db.read_only": (
        "Het bestand '{path}' is alleen-lezen, dus SEC Workshop kan er niet in opslaan. Er is "
        "niets mis met de gegevens: maak het bestand beschrijfbaar of kies een andere map.",
        "The file '{path}' is read-only, so SEC Workshop cannot save in it. Nothing is wrong "
        "with the data: make the file writable or choose another folder.",
    ),
    "folder.unusable": (
        "De gegevensmap '{path}' kan niet worden gebruikt: er mag niet in geschreven worden "
        "of hij kan niet worden aangemaakt.",
        "The data folder '{path}' cannot be used: it cannot be written to or created.",
    ),
    "backup.failed": (
        "De reservekopie is mislukt: {detail}.",
        "The backup failed: {detail}.",
    ),
    "backup.unverified": (
        "De reservekopie {name} is niet in orde en is niet gebruikt.",
        "The backup {name} is not sound and was not used.",
    ),
    "stakeholder.not_found": (
        "Er is geen stakeholder met id '{id}'.",
        "There is no stakeholder with id '{id}'.",
    ),
    "koppelkans.not_found": (
        "Deze koppelkans is er niet meer (id '{id}').",
        "This koppelkans is no longer there (id '{id}').",
    ),
    "stakeholder.other_wijk": (
        "Een stakeholder blijft bij de wijk waar hij hoort.",
        "A stakeholder stays with the wijk it belongs to.",
    ),
    "db.scrub_busy": (
        "De persoonsgegevens zijn leeggemaakt, maar het databasebestand kon niet helemaal "
        "worden herschreven omdat het bezet is; probeer het opnieuw.",
        "The personal data was emptied, but the database file could not be rewritten "
        "completely because it is in use; try again.",
    ),
    "wijk.not_found": ("Er is geen wijk met id '{id}'.", "There is no wijk with id '{id}'."),
    "db.open_failed": (
        "De database {path} kan nu niet worden geopend: {reason}. Er is niets veranderd; de "
        "gegevens zelf zijn niet beschadigd.",
        "The database {path} cannot be opened now: {reason}. Nothing was changed; the data "
        "itself is not damaged.",
    ),
    "db.empty": (
        "De database {path} is leeg (0 bytes), terwijl er reservekopieën zijn: het bestand is "
        "waarschijnlijk bij kopiëren of op een volle schijf leeggeraakt. Zet de nieuwste "
        "reservekopie terug (het venster biedt dat aan bij het openen); er is niets veranderd.",
        "The database {path} is empty (0 bytes) although there are backups: the file was "
        "probably emptied while copying or on a full disk. Restore the newest backup (the "
        "window offers this when it opens); nothing was changed.",
    ),
    "db.missing": (
        "De database {path} ontbreekt, terwijl de map laat zien dat er een was "
        "(reservekopieën of een apart gezette beschadigde database). Zet de nieuwste "
        "reservekopie terug (het venster biedt dat aan bij het openen); er is niets veranderd.",
        "The database {path} is missing although the folder shows there was one (backups, "
        "or a damaged database kept aside). Restore the newest backup (the window offers "
        "this when it opens); nothing was changed.",
    ),
    "db.damaged_found": (
        "De database zelf is beschadigd (SQLite meldt: {detail}). Er is niets veranderd. Zet "
        "in het venster een reservekopie terug (Bestand > Reservekopie terugzetten).",
        "The database itself is damaged (SQLite reports: {detail}). Nothing was changed. "
        "Restore a backup in the window (File > Restore backup).",
    ),
    "db.migration_failed": (
        "De database kan niet worden bijgewerkt voor deze versie van SEC Workshop: de opbouw "
        "van de tabellen klopt niet (SQLite meldt: {detail}). Er is niets veranderd; zet een "
        "reservekopie terug of gebruik de versie waarmee de database gemaakt is.",
        "The database cannot be upgraded for this version of SEC Workshop: its tables are not "
        "as expected (SQLite reports: {detail}). Nothing was changed; restore a backup or use "
        "the version that made the database.",
    ),
    "folder.no_home": (
        "De map '{path}' bestaat niet: er is geen gebruiker met die naam na de ~.",
        "The folder '{path}' does not exist: there is no user of that name after the ~.",
    ),
    "folder.unreachable": (
        "De map '{path}' is niet te bereiken: de naam loopt via snelkoppelingen (symbolische "
        "links) in een kring of is te lang. Kies een andere map.",
        "The folder '{path}' cannot be reached: its name runs through symbolic links in a "
        "loop or is too long. Choose another folder.",
    ),
    "folder.disk_full": (
        "De schijf van de gegevensmap '{path}' is vol. Maak ruimte vrij en probeer het "
        "opnieuw; er is niets veranderd.",
        "The disk of the data folder '{path}' is full. Free some space and try again; nothing "
        "was changed.",
    ),
    "folder.read_only": (
        "De gegevensmap '{path}' staat op een schijf of USB-stick die alleen gelezen kan "
        "worden. Er is niets mis met de gegevens: kopieer de map naar een schijf waarop je mag "
        "schrijven, of maak de stick beschrijfbaar.",
        "The data folder '{path}' is on a disk or USB stick that can only be read. Nothing is "
        "wrong with the data: copy the folder to a disk you can write to, or make the stick "
        "writable.",
    ),
    "lock.not_a_file": (
        "'{path}' is geen gewoon bestand (maar een koppeling, een apparaat of een map); SEC "
        "Workshop schrijft daar niet in. Verwijder het en probeer het opnieuw.",
        "'{path}' is not an ordinary file (but a link, a device or a folder); SEC Workshop "
        "does not write into it. Remove it and try again.",
    ),
    "backup.folder_unusable": (
        "De map voor reservekopieën '{path}' kan niet worden gebruikt (is het een bestand?). "
        "Er is niets veranderd; hernoem of verwijder wat daar staat.",
        "The backup folder '{path}' cannot be used (is it a file?). Nothing was changed; "
        "rename or remove what is there.",
    ),
    "output.empty": ("Geef een bestandsnaam op.", "Give a file name."),
    "output.no_home": (
        "'{path}' kan niet: er is geen gebruiker met die naam na de ~.",
        "'{path}' is not possible: there is no user of that name after the ~.",
    ),
    "output.is_folder": (
        "'{path}' is een map; geef een bestandsnaam op.",
        "'{path}' is a folder; give a file name.",
    ),
    "output.no_folder": ("De map '{path}' bestaat niet.", "The folder '{path}' does not exist."),
    "output.unreachable": (
        "'{path}' is niet te bereiken: de naam loopt via snelkoppelingen in een kring of is te "
        "lang.",
        "'{path}' cannot be reached: its name runs through links in a loop or is too long.",
    ),
    "output.in_data_folder": (
        "'{path}' ligt in de gegevensmap {folder} van SEC Workshop; daar komen geen andere "
        "bestanden. Kies een map daarbuiten.",
        "'{path}' lies in the SEC Workshop data folder {folder}; no other files go there. "
        "Choose a folder outside it.",
    ),
    "output.reserved": (
        "'{path}' heeft de naam van een database, slot of reservekopie van SEC Workshop; kies "
        "een andere naam.",
        "'{path}' has the name of a SEC Workshop database, lock or backup; choose another name.",
    ),
    "output.exists": (
        "'{path}' bestaat al; kies een nieuwe bestandsnaam (er wordt niets overschreven).",
        "'{path}' already exists; choose a new file name (nothing is overwritten).",
    ),
    "output.special": (
        "'{path}' is geen gewoon bestand (maar een apparaat, pijp of iets dergelijks); daar "
        "wordt niet in geschreven.",
        "'{path}' is not an ordinary file (but a device, pipe or the like); nothing is written "
        "there.",
    ),
    "output.database": (
        "'{path}' is een database; die wordt niet overschreven. Kies een andere naam.",
        "'{path}' is a database; it is not overwritten. Choose another name.",
    ),
    "output.read_only_file": (
        "'{path}' is alleen-lezen en wordt niet vervangen.",
        "'{path}' is read-only and is not replaced.",
    ),
    "output.read_only": (
        "In de map '{path}' mag niet worden geschreven (alleen-lezen schijf of USB-stick, of "
        "geen toestemming). Er is niets veranderd; kies een andere map.",
        "The folder '{path}' cannot be written to (a read-only disk or USB stick, or no "
        "permission). Nothing was changed; choose another folder.",
    ),
    "output.disk_full": (
        "Er is geen ruimte meer op de schijf voor '{path}'. Maak ruimte vrij of kies een "
        "andere schijf; er is niets veranderd.",
        "There is no room left on the disk for '{path}'. Free some space or choose another "
        "disk; nothing was changed.",
    ),
    "output.name_too_long": (
        "De naam '{path}' is te lang voor de schijf; kies een kortere.",
        "The name '{path}' is too long for the disk; choose a shorter one.",
    ),
    "output.failed": (
        "'{path}' kan niet worden geschreven ({detail}). Er is niets veranderd.",
        "'{path}' cannot be written ({detail}). Nothing was changed.",
    ),
    **FILE_MESSAGES,
}

# Why saving failed (``db.write_failed``), by ``reason``.
REASONS: dict[str, tuple[str, str]] = {
    "disk_full": ("de schijf is vol; maak ruimte vrij", "the disk is full; free some space"),
    "read_only": (
        "de gegevensmap is alleen-lezen; kies een map waarin je mag schrijven",
        "the data folder is read-only; choose a folder you can write to",
    ),
    "busy": (
        "het databasebestand is bezet door een ander programma; probeer het opnieuw",
        "the database file is in use by another program; try again",
    ),
    "io_error": (
        "de schijf gaf een lees- of schrijffout; controleer de schijf of USB-stick",
        "the disk reported a read or write error; check the disk or USB stick",
    ),
    "cannot_open": (
        "het databasebestand kan niet worden geopend",
        "the database file cannot be opened",
    ),
    "other": ("SQLite meldde een fout", "SQLite reported an error"),
}

# Kinds of record as a user names them, for "there is no … with id …".
KIND_NAMES: dict[str, tuple[str, str]] = {
    "wijk": ("wijk", "wijk"),
    "wijk_or_session": ("wijk of sessie", "wijk or session"),
    "session": ("sessie", "session"),
    "board": ("bord", "board"),
    "instrument": ("werkvorm", "work form"),
    "step": ("stap", "step"),
    "stakeholder": ("stakeholder", "stakeholder"),
    "koppelkans": ("koppelkans", "koppelkans"),
    "process_model": ("procesmodel", "process model"),
    "note": ("briefje", "note"),
}

FIELD_NAMES: dict[str, tuple[str, str]] = {
    "name": ("De naam", "The name"),
    "title": ("De titel", "The title"),
    "text": ("De tekst", "The text"),
    "municipality": ("De gemeente", "The municipality"),
    "description": ("De beschrijving", "The description"),
    "homes": ("Het aantal woningen", "The number of homes"),
    "influence": ("De invloed", "Influence"),
    "interest": ("Het belang", "Interest"),
    "color": ("De kleur", "The colour"),
    "duration_minutes": ("De duur", "The duration"),
    "caption": ("Het onderschrift", "The caption"),
    "label": ("Het opschrift van de pijl", "The arrow's label"),
    "dots": ("Het aantal stippen per deelnemer", "The number of dots per participant"),
    "participants": ("De lijst van deelnemers", "The list of participants"),
    "participant": ("De naam van een deelnemer", "A participant's name"),
    "count": ("Het aantal stippen", "The number of dots"),
    "size": ("De grootte", "The size"),
    "scale": ("De schaal", "The scale"),
    "records": ("Het aantal onderdelen", "The number of items"),
    "organisation": ("De organisatie", "The organisation"),
    "interests": ("De belangen", "The interests"),
    "concerns": ("De zorgen", "The concerns"),
    "needs": ("De behoeften", "The needs"),
    "barriers": ("De belemmeringen", "The barriers"),
    "opportunities": ("De kansen", "The opportunities"),
    "koppelkansen": ("De lijst van koppelkansen", "The list of linking opportunities"),
    "contact_name": ("De naam van de contactpersoon", "The contact's name"),
    "contact_role": ("De rol van de contactpersoon", "The contact's role"),
    "contact_email": ("Het e-mailadres", "The e-mail address"),
    "contact_phone": ("Het telefoonnummer", "The phone number"),
}


# Params longer than this are cut; paths and system details need more room to be useful.
_LIMITS: dict[str, int] = {"path": 300, "folder": 300, "detail": 300, "name": 300}
_DEFAULT_LIMIT = 80


def describe(error: DomainError, lang: str = "nl") -> str:
    """One readable sentence for an error, in Dutch (``nl``) or English (``en``)."""
    index = 1 if lang == "en" else 0
    # Params come from files and command lines: made safe before they reach a terminal.
    params: dict[str, Any] = {
        key: shown(value, _LIMITS.get(key, _DEFAULT_LIMIT)) for key, value in error.params.items()
    }
    if "field" in params and error.code.startswith("value."):
        names = FIELD_NAMES.get(params["field"])
        params["field"] = names[index] if names else params["field"]
    if error.code == "file.invalid":
        problem = PROBLEMS.get(params.get("problem", ""), ("is ongeldig.", "is invalid."))
        field = params.get("field", "")
        params["where"] = (
            (f"Veld '{field}' " if index == 0 else f"Field '{field}' ") if field else ""
        )
        params["problem"] = _fill(problem[index], params)
        if not field:
            params["problem"] = params["problem"][:1].upper() + params["problem"][1:]
    if error.code == "stakeholders.row_invalid":
        inner = {k: v for k, v in error.params.items() if k not in ("row", "problem")}
        params["problem"] = describe(DomainError(str(error.params.get("problem")), **inner), lang)
    if error.code in ("db.write_failed", "db.read_failed", "db.open_failed"):
        params["reason"] = REASONS.get(params.get("reason", ""), REASONS["other"])[index]
    code = error.code
    if code == "record.not_found" and params.get("id") and params.get("kind") in KIND_NAMES:
        # An id given on the command line: say which kind of thing was looked for.
        code = "record.not_found_id"
        params["kind"] = KIND_NAMES[params["kind"]][index]
    template = MESSAGES.get(code)
    if template is None:
        code = shown(error.code)
        return f"Er ging iets mis ({code})." if index == 0 else f"Something went wrong ({code})."
    return _escaped(_fill(template[index], params))


def shown(value: object, limit: int = _DEFAULT_LIMIT) -> str:
    """``value`` as one line of at most ``limit`` characters that is safe to print.

    Line breaks, terminal escape sequences and other control characters become visible
    escapes (``\\n``, ``\\x1b``, ``\\u2028``), so a value cannot break a message in two,
    move the cursor or clear the screen; lone surrogates are escaped too, as they cannot be
    written to a terminal or a log. A longer value is cut and ends in ``…``.
    """
    limit = max(limit, 1)
    text = _text_of(value)
    pieces: list[str] = []
    size = 0
    # Escapes only grow the text, so what lies past limit + 1 characters is never shown.
    for char in text[: limit + 1]:
        piece = _escape(char)
        pieces.append(piece)
        size += len(piece)
    if size <= limit:
        return "".join(pieces)
    while pieces and size > limit - 1:
        size -= len(pieces.pop())
    return "".join(pieces) + "…"


# Controls that would reorder the text shown after them (Trojan Source).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Other controls (Cc: C0, DEL, C1), line and paragraph separators, lone surrogates.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs"})
# Enough to recognise a number too long for str() (Python refuses over 4,300 digits).
_LEADING_DIGITS = 40


def _escape(char: str) -> str:
    unsafe = char in _BIDI_CONTROLS or (
        not char.isprintable() and unicodedata.category(char) in _UNSAFE_CATEGORIES
    )
    if not unsafe:
        return char
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _escaped(text: str) -> str:
    return "".join(_escape(char) for char in text)


def _text_of(value: object) -> str:
    if isinstance(value, str):
        return value
    try:
        return str(value)
    except ValueError:
        if isinstance(value, int):
            return _leading_digits(value)
        return f"<{type(value).__name__}>"
    except Exception:
        # A message is being built for an error already; it must not fail in turn.
        return f"<{type(value).__name__}>"


def _leading_digits(value: int) -> str:
    magnitude = abs(value)
    # The digit count from the bit length is at most one too high, so ``head`` keeps at
    # least _LEADING_DIGITS digits; the floor division drops only trailing ones.
    estimate = int((magnitude.bit_length() - 1) * 0.30102999566398120) + 1
    head = str(magnitude // 10 ** max(estimate - 1 - _LEADING_DIGITS, 0))
    return ("-" if value < 0 else "") + head[:_LEADING_DIGITS] + "…"


def _fill(template: str, params: dict[str, Any]) -> str:
    class _Missing(dict[str, Any]):
        def __missing__(self, key: str) -> str:
            return "?"

    return template.format_map(_Missing(params))
