"""Preparing, running and recording a session: the session itself, its agenda, facilitators,
invited stakeholders, materials, decisions and action items, and counting people in at the
door. One transaction per intent; each returns the ``Edit`` it made, so that undo brings
back exactly what was there (``replay`` with ``edit.inverted()``).

The agenda, decisions, action items and facilitators are ordered lists of a session: one
way of adding, moving and deleting serves all four (positions stay 0, 1, 2, ...).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from sec_workshop.domain.base import NotFoundError, Record, ValidationError, new_id
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.enums import ParticipantGroup, SessionStatus
from sec_workshop.domain.process import Instrument, ProcessModel, Step, StepSession
from sec_workshop.domain.session import (
    ActionItem,
    AgendaItem,
    Decision,
    Session,
    SessionFacilitator,
    SessionStakeholder,
    validate_action,
    validate_agenda_item,
    validate_decision,
    validate_facilitator,
    validate_session,
    with_present,
)
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.wijk import Wijk
from sec_workshop.services.roadmap_history import write_entry
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, Tx
from sec_workshop.storage.edits import apply_changes, descendants

Child = AgendaItem | Decision | ActionItem | SessionFacilitator
C = TypeVar("C", AgendaItem, Decision, ActionItem, SessionFacilitator)
Change = tuple[Record | None, Record | None]

_VALIDATE: dict[type[Record], Callable[[Any], Any]] = {
    Session: validate_session,
    AgendaItem: validate_agenda_item,
    Decision: validate_decision,
    ActionItem: validate_action,
    SessionFacilitator: validate_facilitator,
}
# What a work form brings when it is dropped on an agenda without a duration of its own.
DEFAULT_MINUTES = 15
MAX_CHILDREN = 200  # items, decisions, actions or facilitators in one session


@dataclass(frozen=True, slots=True)
class OpenAction:
    action: ActionItem
    session: Session

    def overdue(self, today: date) -> bool:
        due = self.action.due_date
        return due is not None and due < today and not self.action.done


class SessionEditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- sessions --------------------------------------------------------------------------
    def create(self, session: Session, step_id: str | None = None) -> Edit[Record]:
        """A new session; made from a roadmap step, it serves that step (linked both ways,
        and named in the roadmap's history)."""
        session = validate_session(replace(session, title=session.title.strip(), step_id=step_id))
        with self._db.write() as conn:
            if store.find(conn, Wijk, session.wijk_id) is None:
                raise NotFoundError("wijk.not_found", id=session.wijk_id)
            changes: list[Change] = [(None, session)]
            if step_id is None:
                return apply_changes(conn, changes)
            step = _step_of_wijk(conn, step_id, session.wijk_id)
            changes.append((None, StepSession(step_id=step.id, session_id=session.id)))
            note = write_entry(
                conn,
                step.model_id,
                "session.linked",
                id=step.id,
                title=step.title,
                name=session.title,
            )
            return Edit(apply_changes(conn, changes).changes, note)

    def update(self, session: Session) -> Edit[Record]:
        """Save a session's own fields as given (texts as typed: the editor trims them when
        typing ends). The step it serves changes only through ``serve_step``."""
        session = validate_session(session)
        with self._db.write() as conn:
            before = _get(conn, Session, session.id)
            wanted = replace(session, wijk_id=before.wijk_id, step_id=before.step_id)
            return apply_changes(conn, [(before, wanted)])

    def serve_step(self, session_id: str, step_id: str | None) -> Edit[Record]:
        """The roadmap step a session serves (``None``: none); the step's list of sessions
        follows."""
        with self._db.write() as conn:
            session = _get(conn, Session, session_id)
            changes: list[Change] = []
            if session.step_id is not None and session.step_id != step_id:
                for link in store.list_where(
                    conn, StepSession, step_id=session.step_id, session_id=session.id
                ):
                    changes.append((link, None))
            if step_id is not None:
                step = _step_of_wijk(conn, step_id, session.wijk_id)
                if not store.list_where(conn, StepSession, step_id=step.id, session_id=session.id):
                    changes.append((None, StepSession(step_id=step.id, session_id=session.id)))
            changes.append((session, replace(session, step_id=step_id)))
            return apply_changes(conn, changes)

    def delete(self, session_id: str) -> Edit[Record]:
        """Delete a session with everything of it: agenda, decisions, actions, facilitators,
        invitations, its links to steps, and its boards with their notes and votes."""
        with self._db.write() as conn:
            session = _get(conn, Session, session_id)
            below = descendants(conn, [session])
            links = store.list_where(conn, StepSession, session_id=session.id)
            return apply_changes(conn, [(r, None) for r in [session, *links, *below]])

    def duplicate(self, session_id: str, title: str) -> Edit[Record]:
        """The start of the next session: a copy planned, without a date, with the same
        goal, place, expected groups, facilitators, invitations and agenda (without boards,
        times held, decisions or actions). The new session is the edit's first record."""
        with self._db.write() as conn:
            source = _get(conn, Session, session_id)
            copy = validate_session(
                replace(
                    source,
                    id=new_id(),
                    title=title.strip(),
                    starts_at=None,
                    status=SessionStatus.PLANNED,
                    participant_count=0,
                    present_residents=0,
                    present_tenants=0,
                    present_owners=0,
                    present_professionals=0,
                    packed=(),
                )
            )
            changes: list[Change] = [(None, copy)]
            for item in _children(conn, AgendaItem, source.id):
                kept = replace(
                    item, id=new_id(), session_id=copy.id, board_id=None, held_minutes=None
                )
                changes.append((None, kept))
            for person in _children(conn, SessionFacilitator, source.id):
                changes.append((None, replace(person, id=new_id(), session_id=copy.id)))
            for invite in store.list_where(conn, SessionStakeholder, session_id=source.id):
                changes.append(
                    (
                        None,
                        SessionStakeholder(
                            session_id=copy.id, stakeholder_id=invite.stakeholder_id
                        ),
                    )
                )
            return apply_changes(conn, changes)

    # --- invitations, the door, packing ------------------------------------------------------
    def invite(self, session_id: str, stakeholder_id: str, invited: bool = True) -> Edit[Record]:
        with self._db.write() as conn:
            session = _get(conn, Session, session_id)
            person = _get(conn, Stakeholder, stakeholder_id)
            if person.wijk_id != session.wijk_id:
                raise ValidationError("session.other_wijk")
            links = store.list_where(
                conn, SessionStakeholder, session_id=session_id, stakeholder_id=stakeholder_id
            )
            if invited and not links:
                changes: list[Change] = [
                    (None, SessionStakeholder(session_id=session_id, stakeholder_id=stakeholder_id))
                ]
            else:
                changes = [] if invited else [(link, None) for link in links]
            return apply_changes(conn, changes)

    def count_in(self, session_id: str, group: ParticipantGroup, delta: int = 1) -> Edit[Record]:
        """One more (or, with ``delta`` -1, one fewer) present of a group, at the door."""
        with self._db.write() as conn:
            session = _get(conn, Session, session_id)
            after = with_present(session, group, max(session.present(group) + delta, 0))
            return apply_changes(conn, [(session, validate_session(after))])

    def pack(self, session_id: str, key: str, packed: bool) -> Edit[Record]:
        """Tick a material off (or on again) while packing."""
        with self._db.write() as conn:
            session = _get(conn, Session, session_id)
            keys = [k for k in session.packed if k != key]
            if packed:
                keys.append(key)
            return apply_changes(conn, [(session, replace(session, packed=tuple(keys)))])

    # --- the ordered lists: agenda, decisions, actions, facilitators -------------------------
    def add(self, record: C) -> Edit[Record]:
        """Insert at ``record.position``; later ones move down."""
        record = _VALIDATE[type(record)](_trimmed(record))
        with self._db.write() as conn:
            _get(conn, Session, record.session_id)
            others: Sequence[Child] = _children(conn, type(record), record.session_id)
            if len(others) >= MAX_CHILDREN:
                raise ValidationError("value.too_long", field="records", max=MAX_CHILDREN)
            order: list[str] = [r.id for r in others]
            order.insert(min(max(record.position, 0), len(order)), record.id)
            return apply_changes(
                conn,
                [
                    (None, replace(record, position=order.index(record.id))),
                    *_renumbered(others, order),
                ],
            )

    def add_work_form(self, session_id: str, instrument_id: str, position: int) -> Edit[Record]:
        """An agenda item from a work form of the library: its name, its own duration, and
        its procedure as notes for the facilitators."""
        with self._db.read() as conn:
            form = _get(conn, Instrument, instrument_id)
        item = AgendaItem(
            session_id=session_id,
            position=position,
            title=form.name,
            duration_minutes=form.duration_minutes or DEFAULT_MINUTES,
            instrument_id=form.id,
            notes=form.procedure,
        )
        return self.add(item)

    def change(self, record: C) -> Edit[Record]:
        """Save the fields of one record of a list as given (texts as typed); its place in
        the list changes only by ``move``."""
        record = _VALIDATE[type(record)](record)
        with self._db.write() as conn:
            before = _get(conn, type(record), record.id)
            wanted = replace(record, session_id=before.session_id, position=before.position)
            return apply_changes(conn, [(before, wanted)])

    def move(self, cls: type[C], record_id: str, position: int) -> Edit[Record]:
        with self._db.write() as conn:
            record = _get(conn, cls, record_id)
            others: Sequence[Child] = _children(conn, cls, record.session_id)
            order = [r.id for r in others if r.id != record_id]
            order.insert(min(max(position, 0), len(order)), record_id)
            return apply_changes(conn, _renumbered(others, order), {r.id: r for r in others})

    def remove(self, cls: type[C], record_id: str) -> Edit[Record]:
        with self._db.write() as conn:
            record = _get(conn, cls, record_id)
            others: list[Child] = [
                r for r in _children(conn, cls, record.session_id) if r.id != record_id
            ]
            return apply_changes(
                conn, [(record, None), *_renumbered(others, [r.id for r in others])]
            )

    def record_held(self, item_id: str, minutes: int | None) -> Edit[Record]:
        """The time an agenda item actually took (run mode writes it when the item ends)."""
        with self._db.write() as conn:
            item = _get(conn, AgendaItem, item_id)
            return apply_changes(
                conn, [(item, validate_agenda_item(replace(item, held_minutes=minutes)))]
            )

    # --- undo and redo ---------------------------------------------------------------------
    def replay(self, edit: Edit[Record]) -> Edit[Record]:
        for record in edit.upserts:
            validate = _VALIDATE.get(type(record))
            if validate is not None:
                validate(record)
        with self._db.write() as conn:
            return apply_changes(conn, edit.changes)

    # --- reading ---------------------------------------------------------------------------
    def facilitators(self, session_id: str) -> list[SessionFacilitator]:
        with self._db.read() as conn:
            return _children(conn, SessionFacilitator, session_id)

    def open_actions(self, wijk_id: str) -> list[OpenAction]:
        """The action items not done of all sessions of a wijk, the soonest due first (those
        without a date last)."""
        with self._db.read() as conn:
            sessions = {s.id: s for s in store.list_where(conn, Session, wijk_id=wijk_id)}
            actions = store.list_where(conn, ActionItem, session_id=list(sessions), done=False)
        found = [OpenAction(a, sessions[a.session_id]) for a in actions]
        return sorted(
            found,
            key=lambda o: (o.action.due_date is None, o.action.due_date or date.max, o.action.text),
        )


def _get(conn: Tx, cls: type[Any], record_id: str) -> Any:
    found = store.find(conn, cls, record_id)
    if found is None:
        raise NotFoundError("record.not_found", kind=cls.__name__.lower())
    return found


def _children(conn: Tx, cls: type[C], session_id: str) -> list[C]:
    return store.list_where(conn, cls, order_by=("position",), session_id=session_id)


def _renumbered(records: Sequence[Child], order: list[str]) -> list[Change]:
    """The records whose position changes when they stand in ``order``."""
    at = {record_id: n for n, record_id in enumerate(order)}
    return [
        (r, replace(r, position=at[r.id]))
        for r in records
        if at.get(r.id, r.position) != r.position
    ]


def _trimmed(record: C) -> C:
    if isinstance(record, SessionFacilitator):
        return replace(record, name=record.name.strip(), role=record.role.strip())
    if isinstance(record, AgendaItem):
        return replace(record, title=record.title.strip())
    return replace(record, text=record.text.strip())


def _step_of_wijk(conn: Tx, step_id: str, wijk_id: str) -> Step:
    step: Step = _get(conn, Step, step_id)
    model: ProcessModel = _get(conn, ProcessModel, step.model_id)
    if model.wijk_id != wijk_id:
        raise ValidationError("session.other_wijk")
    return step
