"""Stakeholders of a wijk: adding them (from the type catalogue or blank), editing every
field, placing them on the invloed-belangmatrix, deleting them with their links, importing
a spreadsheet, and forgetting a person's personal data.

Every change is one transaction and returns an ``Edit`` (every touched record before and
after), so that undo brings back exactly what was there; ``replay`` does an edit again or,
with ``edit.inverted()``, undoes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sec_workshop.domain.base import DomainError, NotFoundError, Record, ValidationError
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.koppelkans import KoppelkansStakeholder
from sec_workshop.domain.process import ProcessModel, Step, StepStakeholder
from sec_workshop.domain.session import ActionItem, AgendaItem, Session, SessionStakeholder
from sec_workshop.domain.stakeholder import (
    PERSONAL_DATA_FIELDS,
    Stakeholder,
    StakeholderType,
    from_type,
    placed,
    validate_stakeholder,
    without_personal_data,
)
from sec_workshop.domain.wijk import Wijk
from sec_workshop.exchange.stakeholders_file import StakeholderRow, StakeholderSheet
from sec_workshop.services.library import LibraryService
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, Tx
from sec_workshop.storage.edits import apply_changes

# Links that belong to a stakeholder and go (and come back) with it.
_LINKS: tuple[
    type[StepStakeholder] | type[SessionStakeholder] | type[KoppelkansStakeholder], ...
] = (
    StepStakeholder,
    SessionStakeholder,
    KoppelkansStakeholder,
)


@dataclass(frozen=True, slots=True)
class LinkedStep:
    id: str
    title: str
    model_id: str


@dataclass(frozen=True, slots=True)
class StakeholderLinks:
    """The roadmap steps a stakeholder is linked to and the sessions they are invited to."""

    steps: tuple[LinkedStep, ...] = ()
    sessions: tuple[Session, ...] = ()


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One row of an import as it will be saved: a new stakeholder or one that is there."""

    row: int
    stakeholder: Stakeholder
    existing: Stakeholder | None

    @property
    def is_new(self) -> bool:
        return self.existing is None


@dataclass(frozen=True, slots=True)
class Forgotten:
    """A stakeholder after its personal data was removed, and how many places that named
    the person (owners, who leads) now name the stakeholder."""

    stakeholder: Stakeholder
    renamed: int


class ImportRowError(DomainError):
    """A row of a stakeholder import breaks a rule; nothing of the file was saved."""


class StakeholderService:
    def __init__(self, db: Database, library: LibraryService) -> None:
        self._db = db
        self._library = library

    # --- reading ---------------------------------------------------------------------------
    def list(self, wijk_id: str) -> list[Stakeholder]:
        """Stakeholders of a wijk, most influential and interested first."""
        with self._db.read() as conn:
            people = store.list_where(conn, Stakeholder, wijk_id=wijk_id)
        return sorted(people, key=lambda s: (-s.influence, -s.interest, s.name.casefold()))

    def get(self, stakeholder_id: str) -> Stakeholder:
        with self._db.read() as conn:
            found = store.find(conn, Stakeholder, stakeholder_id)
        if found is None:
            raise NotFoundError("stakeholder.not_found", id=stakeholder_id)
        return found

    def links(self, wijk_id: str) -> dict[str, StakeholderLinks]:
        """For each stakeholder of the wijk that has any: its steps and sessions."""
        with self._db.read() as conn:
            people = [s.id for s in store.list_where(conn, Stakeholder, wijk_id=wijk_id)]
            step_links = store.list_where(conn, StepStakeholder, stakeholder_id=people)
            session_links = store.list_where(conn, SessionStakeholder, stakeholder_id=people)
            steps = {
                s.id: s
                for s in store.list_where(conn, Step, id=sorted({x.step_id for x in step_links}))
            }
            sessions = {
                s.id: s
                for s in store.list_where(
                    conn, Session, id=sorted({x.session_id for x in session_links})
                )
            }
        found: dict[str, tuple[list[LinkedStep], list[Session]]] = {}
        for link in step_links:
            step = steps.get(link.step_id)
            if step is not None:
                entry = found.setdefault(link.stakeholder_id, ([], []))
                entry[0].append(LinkedStep(step.id, step.title, step.model_id))
        for invite in session_links:
            session = sessions.get(invite.session_id)
            if session is not None:
                found.setdefault(invite.stakeholder_id, ([], []))[1].append(session)
        return {
            key: StakeholderLinks(
                tuple(sorted(linked_steps, key=lambda s: s.title.casefold())),
                tuple(sorted(linked_sessions, key=_session_order)),
            )
            for key, (linked_steps, linked_sessions) in found.items()
        }

    def new(self, wijk_id: str, type_key: str | None, name: str) -> Stakeholder:
        """A stakeholder not saved yet: of a catalogue type (its typical texts and scores
        filled in, in the reader's language) or blank."""
        for kind in self._library.stakeholder_types():
            if kind.key == type_key:
                return from_type(kind, wijk_id, name)
        return Stakeholder(wijk_id=wijk_id, name=name)

    # --- changing --------------------------------------------------------------------------
    def add(self, stakeholder: Stakeholder) -> Edit[Record]:
        person = validate_stakeholder(_trimmed(stakeholder))
        with self._db.write() as conn:
            if store.find(conn, Wijk, person.wijk_id) is None:
                raise NotFoundError("wijk.not_found", id=person.wijk_id)
            store.insert_record(conn, person)
        return Edit(((None, person),))

    def update(self, stakeholder: Stakeholder) -> Edit[Record]:
        """Save every field of a stakeholder as given. Texts keep their spaces: this is
        called while someone types (the editor trims when a field is left)."""
        person = validate_stakeholder(stakeholder)
        with self._db.write() as conn:
            before = _get(conn, person.id)
            if person.wijk_id != before.wijk_id:
                raise ValidationError("stakeholder.other_wijk")
            if _same(before, person):
                return Edit(())
            after = store.save_record(conn, person)
        return Edit(((before, after),))

    def place(self, stakeholder_id: str, influence: int, interest: int) -> Edit[Record]:
        """Move a stakeholder on the invloed-belangmatrix (both scores, on the 1-5 scale)."""
        with self._db.write() as conn:
            before = _get(conn, stakeholder_id)
            wanted = placed(before, influence, interest)
            if (wanted.influence, wanted.interest) == (before.influence, before.interest):
                return Edit(())
            after = store.save_record(conn, wanted)
        return Edit(((before, after),))

    def delete(self, stakeholder_ids: Sequence[str]) -> Edit[Record]:
        """Delete stakeholders with their links to steps and sessions (undo brings all back)."""
        with self._db.write() as conn:
            people = store.list_where(conn, Stakeholder, id=list(stakeholder_ids))
            if len(people) != len(set(stakeholder_ids)):
                raise NotFoundError("stakeholder.not_found", id=", ".join(stakeholder_ids))
            links: list[Record] = []
            for cls in _LINKS:
                links.extend(store.list_where(conn, cls, stakeholder_id=[p.id for p in people]))
            return apply_changes(conn, [(r, None) for r in [*links, *people]])

    def replay(self, edit: Edit[Record]) -> Edit[Record]:
        """Bring the stakeholders of an edit to its after side (redo; undo with
        ``edit.inverted()``)."""
        for after in edit.upserts:
            if isinstance(after, Stakeholder):
                validate_stakeholder(after)
        with self._db.write() as conn:
            return apply_changes(conn, edit.changes)

    # --- import ----------------------------------------------------------------------------
    def plan_import(self, wijk_id: str, sheet: StakeholderSheet) -> Sequence[PlannedRow]:
        """What an import of ``sheet`` would save, row by row, without saving it: a row whose
        name is that of a stakeholder of the wijk updates the columns the file has; any
        other row adds a stakeholder (of its type: typical texts and scores filled in where
        the file leaves them out). A row that breaks a rule raises ``ImportRowError``."""
        with self._db.read() as conn:
            if store.find(conn, Wijk, wijk_id) is None:
                raise NotFoundError("wijk.not_found", id=wijk_id)
            existing = store.list_where(conn, Stakeholder, wijk_id=wijk_id)
        return _plan(wijk_id, existing, sheet.rows, self._library.stakeholder_types())

    def import_sheet(self, wijk_id: str, sheet: StakeholderSheet) -> Edit[Record]:
        """All rows of ``sheet`` saved in one transaction, or none (see ``plan_import``)."""
        with self._db.write() as conn:
            if store.find(conn, Wijk, wijk_id) is None:
                raise NotFoundError("wijk.not_found", id=wijk_id)
            existing = store.list_where(conn, Stakeholder, wijk_id=wijk_id)
            planned = _plan(wijk_id, existing, sheet.rows, self._library.stakeholder_types())
            return apply_changes(conn, [(p.existing, p.stakeholder) for p in planned])

    # --- personal data ---------------------------------------------------------------------
    def forget_personal_data(self, stakeholder_id: str) -> Forgotten:
        """Empty a person's contact name, role, e-mail and phone; where the wijk names that
        person as the owner of a step or an action, or as who leads an agenda item, name the
        stakeholder instead. Then rewrite the database file so that it keeps no copy: the
        freed space is overwritten, the write-ahead log emptied and the file rebuilt.

        There is no undo for this; backups made before still hold the data (see
        ``MaintenanceService.backups_holding``)."""
        with self._db.write() as conn:
            before = _get(conn, stakeholder_id)
            after = (
                store.save_record(conn, without_personal_data(before))
                if before.has_personal_data
                else before
            )
            renamed = _rename_person(conn, before) if before.contact_name.strip() else 0
        self._db.scrub()
        return Forgotten(after, renamed)


def personal_values(person: Stakeholder) -> list[str]:
    """The personal data a stakeholder holds now, to look for in old copies."""
    return [str(getattr(person, f)) for f in PERSONAL_DATA_FIELDS if getattr(person, f)]


def _rename_person(conn: Tx, person: Stakeholder) -> int:
    """Owners and leads in the person's wijk written as the person's name, now the
    stakeholder's name."""
    name = " ".join(person.contact_name.split()).casefold()
    models = [m.id for m in store.list_where(conn, ProcessModel, wijk_id=person.wijk_id)]
    sessions = [s.id for s in store.list_where(conn, Session, wijk_id=person.wijk_id)]
    found: list[tuple[Record, str]] = [
        *((x, "owner") for x in store.list_where(conn, Step, model_id=models)),
        *((x, "owner") for x in store.list_where(conn, ActionItem, session_id=sessions)),
        *((x, "facilitator") for x in store.list_where(conn, AgendaItem, session_id=sessions)),
    ]
    renamed = 0
    for record, field_name in found:
        if " ".join(str(getattr(record, field_name)).split()).casefold() == name:
            store.update_fields(conn, type(record), record.id, **{field_name: person.name})
            renamed += 1
    return renamed


def _get(conn: Tx, stakeholder_id: str) -> Stakeholder:
    found = store.find(conn, Stakeholder, stakeholder_id)
    if found is None:
        raise NotFoundError("stakeholder.not_found", id=stakeholder_id)
    return found


def _same(a: Stakeholder, b: Stakeholder) -> bool:
    return replace(a, updated_at=b.updated_at, created_at=b.created_at) == b


def _trimmed(person: Stakeholder) -> Stakeholder:
    return replace(
        person,
        name=person.name.strip(),
        organisation=person.organisation.strip(),
        contact_name=person.contact_name.strip(),
        contact_role=person.contact_role.strip(),
        contact_email=person.contact_email.strip(),
        contact_phone=person.contact_phone.strip(),
    )


def _session_order(session: Session) -> tuple[bool, str]:
    return session.starts_at is None, session.starts_at.isoformat() if session.starts_at else ""


def _plan(
    wijk_id: str,
    existing: list[Stakeholder],
    rows: Sequence[StakeholderRow],
    catalogue: Sequence[StakeholderType],
) -> list[PlannedRow]:
    by_name = {p.name.strip().casefold(): p for p in existing}
    types = {t.key: t for t in catalogue}
    seen: dict[str, int] = {}
    planned = []
    for row in rows:
        values: dict[str, Any] = dict(row.values)
        name = str(values.get("name", "")).strip()
        key = name.casefold()
        if key in seen:
            raise ImportRowError(
                "stakeholders.duplicate_row", row=row.row, name=name, first=seen[key]
            )
        seen[key] = row.row
        before = by_name.get(key)
        if before is not None:
            person = replace(before, **values)
        else:
            kind = types.get(str(values.get("type_key", "")))
            base = (
                from_type(kind, wijk_id, name)
                if kind is not None
                else Stakeholder(wijk_id=wijk_id, name=name)
            )
            person = replace(base, **values)
        try:
            person = validate_stakeholder(_trimmed(person))
        except ValidationError as exc:
            raise ImportRowError(
                "stakeholders.row_invalid", row=row.row, problem=exc.code, **exc.params
            ) from None
        planned.append(PlannedRow(row.row, person, before))
    return planned
