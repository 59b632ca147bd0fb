"""Dutch and English texts of a roadmap's history of adaptations.

An entry is stored as a code with parameters (``RoadmapChange.code`` and ``params``) and put
into words when it is read, in the reader's language: the window, the command line and the
reports all show it from here. Entries written before codes existed have only the Dutch
``summary`` they were stored with, and are shown as they are.

An undo or a redo is an entry of its own (``edit.undone``, ``edit.redone``) whose params hold
the code and params of the adaptation it took back or did again; that adaptation is put into
words inside it.

No Qt here, and no markup: titles and names are put in as they were typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sec_workshop import labels
from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.process import RoadmapChange

# code: (Dutch, English); {names} come from the entry's params, {fields} and {titles} are
# lists put into words below.
TEXTS: dict[str, tuple[str, str]] = {
    "roadmap.created": (
        "Routekaart gemaakt vanuit sjabloon '{template}'",
        "Roadmap made from template '{template}'",
    ),
    "roadmap.imported": (
        "Routekaart vervangen door import van '{name}'",
        "Roadmap replaced by an import of '{name}'",
    ),
    "step.added": ("Stap '{title}' toegevoegd", "Step '{title}' added"),
    "step.updated": ("Stap '{title}' bijgewerkt: {fields}", "Step '{title}' updated: {fields}"),
    "step.status": (
        "Status van '{title}': {before} → {after}",
        "Status of '{title}': {before} → {after}",
    ),
    "steps.moved": ("Verplaatst: {titles}", "Moved: {titles}"),
    "steps.deleted": ("Verwijderd: {titles}", "Deleted: {titles}"),
    "deletion.undone": ("Verwijdering ongedaan gemaakt", "Deletion undone"),  # older entries
    "edit.undone": ("Ongedaan gemaakt: {entry}", "Undone: {entry}"),
    "edit.redone": ("Opnieuw gedaan: {entry}", "Redone: {entry}"),
    "dependency.added": (
        "Pijl van '{source}' naar '{target}' toegevoegd",
        "Arrow from '{source}' to '{target}' added",
    ),
    "dependency.deleted": (
        "Pijl van '{source}' naar '{target}' verwijderd",
        "Arrow from '{source}' to '{target}' deleted",
    ),
    "lane.added": ("Baan '{name}' toegevoegd", "Lane '{name}' added"),
    "lane.updated": ("Baan '{name}' bijgewerkt: {fields}", "Lane '{name}' updated: {fields}"),
    "lane.moved": ("Baan '{name}' verplaatst", "Lane '{name}' moved"),
    "lane.deleted": ("Baan '{name}' verwijderd", "Lane '{name}' deleted"),
    "phase.added": ("Fase '{name}' toegevoegd", "Phase '{name}' added"),
    "phase.updated": ("Fase '{name}' bijgewerkt: {fields}", "Phase '{name}' updated: {fields}"),
    "phase.moved": ("Fase '{name}' verplaatst", "Phase '{name}' moved"),
    "phase.deleted": ("Fase '{name}' verwijderd", "Phase '{name}' deleted"),
    "instrument.attached": (
        "Instrument '{instrument}' toegevoegd aan '{title}'",
        "Instrument '{instrument}' added to '{title}'",
    ),
    "instrument.detached": (
        "Instrument '{instrument}' weggehaald bij '{title}'",
        "Instrument '{instrument}' removed from '{title}'",
    ),
    "stakeholder.linked": (
        "Stakeholder '{name}' gekoppeld aan '{title}'",
        "Stakeholder '{name}' linked to '{title}'",
    ),
    "stakeholder.unlinked": (
        "Stakeholder '{name}' losgekoppeld van '{title}'",
        "Stakeholder '{name}' unlinked from '{title}'",
    ),
    "session.linked": (
        "Sessie '{name}' gekoppeld aan '{title}'",
        "Session '{name}' linked to '{title}'",
    ),
    "session.unlinked": (
        "Sessie '{name}' losgekoppeld van '{title}'",
        "Session '{name}' unlinked from '{title}'",
    ),
}

# The fields an "updated" entry names, in the order they are listed.
FIELDS: dict[str, tuple[str, str]] = {
    "title": ("titel", "title"),
    "name": ("naam", "name"),
    "route": ("route", "route"),
    "color": ("kleur", "colour"),
    "owner": ("eigenaar", "owner"),
    "start_date": ("startdatum", "start date"),
    "due_date": ("einddatum", "due date"),
    "description": ("beschrijving", "description"),
    "goal": ("doel", "goal"),
    "approach": ("aanpak", "approach"),
    "tips": ("tips", "tips"),
}

# How many titles an entry about several steps names before "and n more".
TITLES_SHOWN = 3


def change_text(change: RoadmapChange, lang: str) -> str:
    """One history entry in ``lang`` (``nl`` or ``en``)."""
    if not change.code:
        return change.summary
    return entry_text(change.code, change.params, lang, fallback=change.summary)


def entry_text(code: str, params: Mapping[str, Any], lang: str, fallback: str = "") -> str:
    """The words for ``code`` with ``params``; an unknown code (written by a newer version)
    shows ``fallback``, the Dutch text it was stored with."""
    texts = TEXTS.get(code)
    if texts is None:
        return fallback or code
    en = lang == "en"
    values: dict[str, str] = {key: _text(value) for key, value in params.items()}
    values["fields"] = field_list(_strings(params.get("fields")), lang)
    values["titles"] = _title_list(_strings(params.get("titles")), params.get("more"), en)
    for key in ("before", "after"):
        if key in params:
            values[key] = _status(params[key], lang)
    if code in _REPLAYED:
        values["entry"] = _replayed(params, lang)
    return _fill(texts[1 if en else 0], values)


# Entries about an undo or a redo: their params name the adaptation (its code and params).
_REPLAYED = frozenset({"edit.undone", "edit.redone"})


def _replayed(params: Mapping[str, Any], lang: str) -> str:
    """The adaptation an undo or redo entry is about, in words."""
    code, inner = params.get("code"), params.get("params")
    if not isinstance(code, str) or code in _REPLAYED:
        return "?"
    return entry_text(code, inner if isinstance(inner, Mapping) else {}, lang)


def field_list(fields: Iterable[str], lang: str) -> str:
    """Field names in ``lang``, in the order of ``FIELDS``, as a list in words."""
    index = 1 if lang == "en" else 0
    # A field only a newer version knows is left out rather than shown as its key.
    known = [f for f in ordered_fields(fields) if f in FIELDS]
    return _and([FIELDS[f][index] for f in known], lang == "en")


def ordered_fields(fields: Iterable[str]) -> list[str]:
    """``fields`` without repeats, in the order an entry lists them."""
    order = {name: i for i, name in enumerate(FIELDS)}
    return sorted(set(fields), key=lambda f: (order.get(f, len(order)), f))


def _title_list(titles: Sequence[str], more: object, en: bool) -> str:
    quoted = [f"'{t}'" for t in titles]
    extra = more if isinstance(more, int) and more > 0 else 0
    if extra:
        return ", ".join(quoted) + (f" and {extra} more" if en else f" en nog {extra}")
    return _and(quoted, en)


def _and(items: list[str], en: bool) -> str:
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + (" and " if en else " en ") + items[-1]


def _status(value: object, lang: str) -> str:
    try:
        status = StepStatus(str(value))
    except ValueError:
        return _text(value)
    return labels.step_status(status, lang).lower()


def _strings(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [_text(v) for v in value]
    return []


def _text(value: object) -> str:
    return value if isinstance(value, str) else str(value)


def _fill(template: str, values: Mapping[str, str]) -> str:
    class _Missing(dict[str, str]):
        def __missing__(self, key: str) -> str:
            return "?"

    return template.format_map(_Missing(values))
