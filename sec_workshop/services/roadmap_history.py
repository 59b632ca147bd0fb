"""Writing a roadmap's history of adaptations, inside the transaction of the edit it is about:
an entry per adaptation, one per spell of editing a step, lane or phase, and one per undo or
redo, naming the adaptation it took back or did again. Templates keep no history.

Each writer returns what it wrote as the note of the edit, so that the undo and the redo of
that edit can name it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sec_workshop.domain.base import Record, utc_now
from sec_workshop.domain.edits import Edit, EditNote
from sec_workshop.domain.enums import ModelKind
from sec_workshop.domain.process import ProcessModel, RoadmapChange, Step
from sec_workshop.history_texts import TITLES_SHOWN, ordered_fields
from sec_workshop.services.models import history_entry
from sec_workshop.storage import store
from sec_workshop.storage.database import Tx

# Typing in one step within this time is one adaptation in the history, not fifty.
HISTORY_MERGE = timedelta(minutes=10)


def write_entry(conn: Tx, model_id: str, code: str, /, **params: Any) -> EditNote:
    """Write an adaptation into a roadmap's history."""
    if _is_roadmap(conn, model_id):
        store.insert_record(conn, history_entry(model_id, code, params))
    return EditNote(code, params)


def write_spell_entry(
    conn: Tx, model_id: str, code: str, record_id: str, fields: list[str], **params: Any
) -> EditNote:
    """Write that fields of a step, lane or phase changed, into the entry of the spell of
    editing it that is going on: the latest entry of the roadmap, about the same record,
    made or extended within ``HISTORY_MERGE``. Its fields grow and its names follow the
    latest edit, so that typing a title letter by letter is one entry with the title typed.

    The note returned names only the fields this edit changed."""
    note = EditNote(code, {**params, "id": record_id, "fields": ordered_fields(fields)})
    if not _is_roadmap(conn, model_id):
        return note
    now = utc_now()
    recent = store.list_where(conn, RoadmapChange, order_by=("at",), model_id=model_id)
    last = recent[-1] if recent else None
    if last is not None and not (
        last.code == code and last.params.get("id") == record_id and now - last.at < HISTORY_MERGE
    ):
        last = None  # another entry came in between, or the spell has ended
    if last is not None:
        earlier = last.params.get("fields")
        fields = [*fields, *(earlier if isinstance(earlier, list) else [])]
    params = {**params, "id": record_id, "fields": ordered_fields(fields)}
    entry = history_entry(model_id, code, params, now)
    if last is None:
        store.insert_record(conn, entry)
    else:
        store.update_fields(
            conn, RoadmapChange, last.id, at=now, summary=entry.summary, params=entry.params
        )
    return note


def write_replay_entry(conn: Tx, model_id: str, edit: Edit[Record]) -> None:
    """Write that the adaptation an edit's note names was undone (the edit is an inverse)
    or done again; an edit without a note is no adaptation."""
    if edit.note is not None:
        code = "edit.undone" if edit.undoing else "edit.redone"
        write_entry(conn, model_id, code, code=edit.note.code, params=dict(edit.note.params))


def step_titles(steps: list[Step]) -> dict[str, Any]:
    """The first few titles of the steps an entry is about, and how many more there are."""
    shown = steps[:TITLES_SHOWN]
    return {"titles": [s.title for s in shown], "more": len(steps) - len(shown)}


def _is_roadmap(conn: Tx, model_id: str) -> bool:
    return store.get(conn, ProcessModel, model_id).kind is ModelKind.ROADMAP
