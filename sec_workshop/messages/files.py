"""Dutch and English texts for what goes wrong with a file a user points at: a notes file, a
stakeholder spreadsheet, a process model, a photo (``DomainError.code``, and the problems a
``file.invalid`` names)."""

from __future__ import annotations

# code: (Dutch, English); {names} are filled from the error's params.
FILE_MESSAGES: dict[str, tuple[str, str]] = {
    "demo.template_missing": (
        "Het sjabloon '{template}' voor de demowijk ontbreekt.",
        "The template '{template}' for the demo wijk is missing.",
    ),
    "file.not_found": ("Het bestand '{name}' bestaat niet.", "The file '{name}' does not exist."),
    "file.not_a_file": ("'{name}' is geen bestand.", "'{name}' is not a file."),
    "file.unreadable": (
        "Het bestand '{name}' kan niet worden gelezen.",
        "The file '{name}' cannot be read.",
    ),
    "file.invalid": ("{where}{problem}", "{where}{problem}"),
    "file.too_big": (
        "Het bestand '{name}' is te groot (hoogstens {max_mb} MB).",
        "The file '{name}' is too big (at most {max_mb} MB).",
    ),
    "model.not_found": (
        "Er is geen sjabloon of wijk met id '{id}'.",
        "There is no template or wijk with id '{id}'.",
    ),
    "notes.unsupported_type": (
        "'{name}' is geen .txt- of .csv-bestand.",
        "'{name}' is not a .txt or .csv file.",
    ),
    "notes.too_big": (
        "Het bestand is te groot (hoogstens {max_mb} MB).",
        "The file is too big (at most {max_mb} MB).",
    ),
    "notes.binary": (
        "Dit is geen tekstbestand.",
        "This is not a text file.",
    ),
    "notes.encoding": (
        "De tekens in dit bestand zijn niet te lezen (geen UTF-8 of Windows-1252).",
        "The characters in this file cannot be read (neither UTF-8 nor Windows-1252).",
    ),
    "notes.empty": ("Het bestand bevat geen plakbriefjes.", "The file holds no notes."),
    "notes.too_many": (
        "Het bestand bevat te veel plakbriefjes (hoogstens {max}).",
        "The file holds too many notes (at most {max}).",
    ),
    "notes.text_too_long": (
        "Regel {line}: de tekst is te lang (hoogstens {max} tekens).",
        "Line {line}: the text is too long (at most {max} characters).",
    ),
    "notes.no_text_column": (
        "De CSV heeft geen kolom 'text' (of 'tekst') in de eerste regel.",
        "The CSV has no column 'text' in its first line.",
    ),
    "notes.too_many_cells": (
        "Regel {line}: meer cellen dan kolommen.",
        "Line {line}: more cells than columns.",
    ),
    "notes.empty_text": ("Regel {line}: de tekst is leeg.", "Line {line}: the text is empty."),
    "notes.bad_color": (
        "Regel {line}: onbekende kleur '{value}' (geel, roze, blauw, groen, oranje of paars).",
        "Line {line}: unknown colour '{value}' (yellow, pink, blue, green, orange or purple).",
    ),
    "notes.bad_votes": (
        "Regel {line}: '{value}' is geen geldig aantal stemmen.",
        "Line {line}: '{value}' is not a valid number of votes.",
    ),
    "notes.cluster_too_long": (
        "Regel {line}: de clusternaam is te lang (hoogstens {max} tekens).",
        "Line {line}: the cluster name is too long (at most {max} characters).",
    ),
    "notes.csv_broken": (
        "Regel {line}: de CSV is niet goed opgebouwd (een cel is te groot of een "
        "aanhalingsteken sluit niet).",
        "Line {line}: the CSV is malformed (a cell is too large or a quote is not closed).",
    ),
    "photo.empty": (
        "Het bestand '{name}' is leeg. Kopieer de foto opnieuw van de telefoon of camera.",
        "The file '{name}' is empty. Copy the photo again from the phone or camera.",
    ),
    "photo.too_large": (
        "De foto '{name}' is te groot (hoogstens {max_mb} MB). Maak de foto kleiner of sla "
        "hem op als JPEG.",
        "The photo '{name}' is too big (at most {max_mb} MB). Make the photo smaller or save "
        "it as JPEG.",
    ),
    "photo.not_an_image": (
        "'{name}' is geen foto: alleen JPEG- en PNG-bestanden kunnen op een bord. Kies een "
        "ander bestand.",
        "'{name}' is not a photo: only JPEG and PNG files can go on a board. Choose another file.",
    ),
    "photo.unsupported_format": (
        "'{name}' is een {format}-bestand; alleen JPEG en PNG kunnen op een bord. Sla de foto "
        "op als JPEG en kies hem opnieuw.",
        "'{name}' is a {format} file; only JPEG and PNG can go on a board. Save the photo as "
        "JPEG and choose it again.",
    ),
    "photo.broken": (
        "De foto '{name}' is beschadigd of niet helemaal gekopieerd. Kopieer hem opnieuw van "
        "de telefoon of camera.",
        "The photo '{name}' is damaged or was not copied completely. Copy it again from the "
        "phone or camera.",
    ),
    "photo.too_many_pixels": (
        "De foto '{name}' heeft te veel beeldpunten (hoogstens {max_mp} megapixel). Maak de "
        "foto kleiner of stel de camera in op een lagere resolutie.",
        "The photo '{name}' has too many pixels (at most {max_mp} megapixels). Make the photo "
        "smaller or set the camera to a lower resolution.",
    ),
    "photo.unreadable": (
        "De foto '{name}' kan niet worden gelezen. Controleer of de USB-stick of map nog "
        "bereikbaar is en probeer het opnieuw.",
        "The photo '{name}' cannot be read. Check that the USB stick or folder is still "
        "there and try again.",
    ),
    "photo.not_found": ("Foto '{id}' bestaat niet.", "Photo '{id}' does not exist."),
    "stakeholders.unsupported_type": (
        "'{name}' is geen CSV-bestand. Sla het werkblad op als CSV (puntkomma of komma) "
        "en kies dat bestand.",
        "'{name}' is not a CSV file. Save the sheet as CSV (semicolon or comma) and choose "
        "that file.",
    ),
    "stakeholders.too_big": (
        "Het bestand is groter dan {max_mb} MB; dat is geen lijst met stakeholders.",
        "The file is larger than {max_mb} MB; that is not a list of stakeholders.",
    ),
    "stakeholders.binary": (
        "Dit is geen tekstbestand. Sla het werkblad op als CSV en kies dat bestand.",
        "This is not a text file. Save the sheet as CSV and choose that file.",
    ),
    "stakeholders.encoding": (
        "De tekens in het bestand zijn niet te lezen; sla het op als CSV UTF-8.",
        "The characters in the file cannot be read; save it as CSV UTF-8.",
    ),
    "stakeholders.empty": (
        "Het bestand bevat geen stakeholders.",
        "The file holds no stakeholders.",
    ),
    "stakeholders.no_name_column": (
        "Rij 1: er is geen kolom 'Naam' (of 'Name'); die is nodig om stakeholders te herkennen.",
        "Row 1: there is no column 'Naam' (or 'Name'); it is needed to know the stakeholders.",
    ),
    "stakeholders.double_column": (
        "Rij 1: de kolom '{column}' staat er twee keer in (onder twee namen).",
        "Row 1: the column '{column}' is there twice (under two names).",
    ),
    "stakeholders.too_many": (
        "Rij {row}: meer dan {max} stakeholders in één bestand; splits het bestand.",
        "Row {row}: more than {max} stakeholders in one file; split the file.",
    ),
    "stakeholders.too_many_cells": (
        "Rij {row}: meer cellen dan er kolommen zijn; staat er een scheidingsteken te veel?",
        "Row {row}: more cells than there are columns; is there a separator too many?",
    ),
    "stakeholders.csv_broken": (
        "Rij {row}: de CSV is niet goed opgebouwd (een aanhalingsteken sluit niet).",
        "Row {row}: the CSV is malformed (a quote is not closed).",
    ),
    "stakeholders.cell_too_long": (
        "Rij {row}, kolom '{column}': langer dan {max} tekens.",
        "Row {row}, column '{column}': longer than {max} characters.",
    ),
    "stakeholders.cell_too_big": (
        "Rij {row}: een cel is langer dan {max} tekens.",
        "Row {row}: a cell is longer than {max} characters.",
    ),
    "stakeholders.empty_name": (
        "Rij {row}: de naam is leeg.",
        "Row {row}: the name is empty.",
    ),
    "stakeholders.unknown_type": (
        "Rij {row}, kolom '{column}': onbekend type '{value}'. Kies een type uit de lijst "
        "in het venster (zoals Woningcorporatie of Buurthuis) of laat de cel leeg.",
        "Row {row}, column '{column}': unknown type '{value}'. Choose a type from the list "
        "in the window (such as Housing association or Community centre) or leave the cell "
        "empty.",
    ),
    "stakeholders.bad_score": (
        "Rij {row}, kolom '{column}': '{value}' is geen score van 1 tot 5 (of laag, "
        "gemiddeld, hoog).",
        "Row {row}, column '{column}': '{value}' is not a score from 1 to 5 (or low, "
        "medium, high).",
    ),
    "stakeholders.bad_attitude": (
        "Rij {row}, kolom '{column}': onbekende houding '{value}' (voortrekker, positief, "
        "neutraal, kritisch, tegen of onbekend).",
        "Row {row}, column '{column}': unknown attitude '{value}' (champion, supportive, "
        "neutral, critical, opposed or unknown).",
    ),
    "stakeholders.bad_participation": (
        "Rij {row}, kolom '{column}': onbekende trede '{value}' (informeren, raadplegen, "
        "adviseren, coproduceren, meebeslissen of zelfbeheer).",
        "Row {row}, column '{column}': unknown rung '{value}' (inform, consult, advise, "
        "co-produce, co-decide or self-manage).",
    ),
    "stakeholders.too_many_tags": (
        "Rij {row}, kolom '{column}': meer dan {max} koppelkansen.",
        "Row {row}, column '{column}': more than {max} linking opportunities.",
    ),
    "stakeholders.tag_too_long": (
        "Rij {row}, kolom '{column}': een koppelkans is langer dan {max} tekens.",
        "Row {row}, column '{column}': a linking opportunity is longer than {max} characters.",
    ),
    "stakeholders.duplicate_row": (
        "Rij {row}: '{name}' staat ook al op rij {first}.",
        "Row {row}: '{name}' is on row {first} as well.",
    ),
    "stakeholders.row_invalid": ("Rij {row}: {problem}", "Row {row}: {problem}"),
}

# Problems inside a structured file (``file.invalid``), by ``problem``.
PROBLEMS: dict[str, tuple[str, str]] = {
    "missing": ("ontbreekt.", "is missing."),
    "empty": ("is leeg.", "is empty."),
    "not_object": ("moet een object zijn.", "must be an object."),
    "not_list": ("moet een lijst zijn.", "must be a list."),
    "not_text": ("moet tekst zijn.", "must be text."),
    "not_integer": ("moet een geheel getal zijn.", "must be a whole number."),
    "too_long": ("is te lang (hoogstens {max} tekens).", "is too long (at most {max} characters)."),
    "too_many": (
        "heeft te veel onderdelen (hoogstens {max}).",
        "has too many items (at most {max}).",
    ),
    "out_of_range": ("moet tussen {low} en {high} liggen.", "must be between {low} and {high}."),
    "unknown_value": ("heeft een onbekende waarde '{value}'.", "has an unknown value '{value}'."),
    "unknown_ref": (
        "verwijst naar '{value}', dat niet in het bestand staat.",
        "refers to '{value}', which is not in the file.",
    ),
    "self_reference": ("verwijst naar zichzelf.", "refers to itself."),
    "duplicate": ("bevat '{value}' dubbel.", "contains '{value}' twice."),
    "bad_color": (
        "is geen kleur als #RRGGBB ('{value}').",
        "is not a colour like #RRGGBB ('{value}').",
    ),
    "before_start": (
        "ligt vóór de startdatum ('{value}').",
        "is before the start date ('{value}').",
    ),
    "bad_date": (
        "is geen datum als 2026-03-31 ('{value}').",
        "is not a date like 2026-03-31 ('{value}').",
    ),
    "wrong_format": (
        "is niet '{expected}': dit is niet het juiste soort bestand.",
        "is not '{expected}': this is not the right kind of file.",
    ),
    "too_new": (
        "{version} is nieuwer dan deze versie van SEC Workshop kan lezen.",
        "{version} is newer than this version of SEC Workshop can read.",
    ),
    "bad_text": (
        "bevat een teken dat geen tekst is ({char}).",
        "contains a character that is not text ({char}).",
    ),
    "not_json": ("Het bestand is geen geldige JSON.", "The file is not valid JSON."),
    "file_too_big": (
        "Het bestand is te groot (hoogstens {max_mb} MB).",
        "The file is too big (at most {max_mb} MB).",
    ),
}
