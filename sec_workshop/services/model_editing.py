"""Editing a process model: steps, arrows, lanes, phases and instruments, one transaction each.

Every method returns what it changed, so that a document can update its copy without
reading the whole model again. Deleting returns the removed records; ``restore`` puts
them back with the same ids (undo). Edits to a wijk's roadmap are written into its
history of adaptations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any, Generic, TypeVar

from sec_workshop.domain.base import NotFoundError, Record, ValidationError, utc_now
from sec_workshop.domain.enums import ModelKind
from sec_workshop.domain.process import (
    Instrument,
    Lane,
    Phase,
    ProcessModel,
    RoadmapChange,
    Step,
    StepDependency,
    StepInstrument,
    StepSession,
    StepStakeholder,
    validate_lane,
    validate_phase,
    validate_step,
)
from sec_workshop.domain.session import Session
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.history_texts import TITLES_SHOWN, ordered_fields
from sec_workshop.services.models import history_entry
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, Tx

T = TypeVar("T", Lane, Phase)

# Typing in one step within this time is one adaptation in the history, not fifty.
HISTORY_MERGE = timedelta(minutes=10)

# What a step's history entry can name as changed (its status has an entry of its own).
STEP_FIELDS = (
    "title",
    "owner",
    "start_date",
    "due_date",
    "description",
    "goal",
    "approach",
    "tips",
)


@dataclass(frozen=True, slots=True)
class StepLinks:
    """A roadmap's wijk: its stakeholders and sessions, and which steps they are linked to."""

    stakeholders: tuple[Stakeholder, ...]
    sessions: tuple[Session, ...]
    step_stakeholders: tuple[StepStakeholder, ...]
    step_sessions: tuple[StepSession, ...]


@dataclass(frozen=True, slots=True)
class Moved:
    """Steps whose lane, phase or position changed (the moved ones and their neighbours)."""

    steps: tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class _Ordered(Generic[T]):
    """What tells lanes and phases apart, so that one way of adding, editing, moving and
    deleting serves both: both are ordered rows of a model that steps point at."""

    cls: type[T]
    step_field: str  # the field of a step that points at one of these
    validate: Callable[[T], T]
    code: str  # the start of its history codes: ``lane.added``, ``phase.moved``, ...
    fields: tuple[str, ...]  # what an update's history entry can name as changed


_LANES = _Ordered(Lane, "lane_id", validate_lane, "lane", ("name", "route", "color"))
_PHASES = _Ordered(Phase, "phase_id", validate_phase, "phase", ("name", "description"))


class ModelEditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- steps ---------------------------------------------------------------------------
    def add_step(self, step: Step) -> Moved:
        """Insert a step at its position in its cell; later steps in the cell move down."""
        step = validate_step(replace(step, title=step.title.strip()))
        with self._db.write() as conn:
            _require_cell(conn, step)
            shifted = _make_room(conn, step.lane_id, step.phase_id, step.position, 1)
            store.insert_record(conn, step)
            _history(conn, step.model_id, "step.added", id=step.id, title=step.title)
        return Moved((step, *shifted))

    def update_step(self, step: Step) -> Step:
        """Save a step's texts, status, owner and dates (not its place: see ``move_steps``).

        Texts are stored as given, spaces and all: this is called while someone types, and a
        space typed at the end of a word is the start of the next one. Trimming is for the
        one who knows that typing has ended (the step panel, when the field is left).

        One spell of editing a step is one entry in the history, naming the fields changed;
        a change of status has an entry of its own.
        """
        step = validate_step(step)
        with self._db.write() as conn:
            before = store.get(conn, Step, step.id)
            step = replace(
                step, lane_id=before.lane_id, phase_id=before.phase_id, position=before.position
            )
            stored = store.save_record(conn, step)
            if before.status != step.status:
                _history(
                    conn,
                    step.model_id,
                    "step.status",
                    id=step.id,
                    title=step.title,
                    before=before.status.value,
                    after=step.status.value,
                )
            fields = [f for f in STEP_FIELDS if getattr(before, f) != getattr(step, f)]
            if fields:
                _history_spell(
                    conn, step.model_id, "step.updated", step.id, fields, title=step.title
                )
        return stored

    def move_steps(self, moves: list[tuple[str, str, str, int]]) -> Moved:
        """Move steps to (lane, phase, position); positions in every touched cell are renumbered
        so that they stay 0, 1, 2, ... in the order asked for."""
        with self._db.write() as conn:
            steps = {s.id: s for s in store.list_where(conn, Step, id=[m[0] for m in moves])}
            if len(steps) != len({m[0] for m in moves}):
                raise NotFoundError("record.not_found", kind="step")
            touched: set[tuple[str, str]] = set()
            checked: set[tuple[str, str, str]] = set()
            placed: dict[tuple[str, str], list[tuple[int, str]]] = {}
            for step_id, lane_id, phase_id, position in moves:
                step = steps[step_id]
                if (step.model_id, lane_id, phase_id) not in checked:
                    _require_cell(conn, replace(step, lane_id=lane_id, phase_id=phase_id))
                    checked.add((step.model_id, lane_id, phase_id))
                touched |= {(step.lane_id, step.phase_id), (lane_id, phase_id)}
                placed.setdefault((lane_id, phase_id), []).append((position, step_id))
            # The steps of every touched cell in one query (the lanes and phases crossed; cells
            # not touched are left out below).
            in_cells: dict[tuple[str, str], list[Step]] = {cell: [] for cell in touched}
            for s in store.list_where(
                conn,
                Step,
                order_by=("position",),
                lane_id={lane_id for lane_id, _p in touched},
                phase_id={phase_id for _l, phase_id in touched},
            ):
                cell = (s.lane_id, s.phase_id)
                if cell in in_cells:
                    in_cells[cell].append(s)
                    steps.setdefault(s.id, s)
            moving = {m[0] for m in moves}
            changed: dict[str, Step] = {}
            for (lane_id, phase_id), cell_steps in in_cells.items():
                others = [s.id for s in cell_steps if s.id not in moving]
                for position, step_id in sorted(placed.get((lane_id, phase_id), [])):
                    others.insert(min(max(position, 0), len(others)), step_id)
                for position, step_id in enumerate(others):
                    current = steps[step_id]
                    if (current.lane_id, current.phase_id, current.position) != (
                        lane_id,
                        phase_id,
                        position,
                    ):
                        changed[step_id] = replace(
                            current, lane_id=lane_id, phase_id=phase_id, position=position
                        )
            stored = store.update_records(
                conn, list(changed.values()), ("lane_id", "phase_id", "position")
            )
            model_id = steps[moves[0][0]].model_id
            _history(conn, model_id, "steps.moved", **_titles([steps[m[0]] for m in moves]))
        return Moved(tuple(stored))

    def delete_steps(self, step_ids: list[str]) -> list[Record]:
        """Delete steps with their arrows and links; returns them for ``restore``."""
        with self._db.write() as conn:
            steps = store.list_where(conn, Step, id=step_ids)
            if not steps:
                return []
            removed = _delete_with_steps(conn, [], steps)
            _compact_cells(conn, {(s.lane_id, s.phase_id) for s in steps})
            _history(conn, steps[0].model_id, "steps.deleted", **_titles(steps))
        return removed

    # --- arrows --------------------------------------------------------------------------
    def add_dependency(self, dep: StepDependency) -> StepDependency:
        if dep.from_step_id == dep.to_step_id:
            raise ValidationError("dependency.self")
        with self._db.write() as conn:
            a = store.get(conn, Step, dep.from_step_id)
            b = store.get(conn, Step, dep.to_step_id)
            if a.model_id != dep.model_id or b.model_id != dep.model_id:
                raise ValidationError("dependency.other_model")
            existing = store.list_where(conn, StepDependency, from_step_id=a.id, to_step_id=b.id)
            if existing:
                raise ValidationError("dependency.exists", a=a.title, b=b.title)
            store.insert_record(conn, dep)
            _history(conn, dep.model_id, "dependency.added", source=a.title, target=b.title)
        return dep

    def delete_dependency(self, dep_id: str) -> StepDependency:
        with self._db.write() as conn:
            dep = store.get(conn, StepDependency, dep_id)
            a = store.find(conn, Step, dep.from_step_id)
            b = store.find(conn, Step, dep.to_step_id)
            store.delete_records(conn, [dep], utc_now())
            _history(
                conn,
                dep.model_id,
                "dependency.deleted",
                source=a.title if a else "?",
                target=b.title if b else "?",
            )
        return dep

    # --- lanes and phases ----------------------------------------------------------------
    def add_lane(self, lane: Lane) -> list[Lane]:
        """Insert a lane at its position; returns every lane whose position is now different."""
        return self._add_ordered(_LANES, lane)

    def add_phase(self, phase: Phase) -> list[Phase]:
        """Insert a phase at its position; returns every phase whose position is now different."""
        return self._add_ordered(_PHASES, phase)

    def update_lane(self, lane: Lane) -> Lane:
        return self._update_ordered(_LANES, lane)

    def update_phase(self, phase: Phase) -> Phase:
        return self._update_ordered(_PHASES, phase)

    def move_lane(self, lane_id: str, position: int) -> list[Lane]:
        return self._move_ordered(_LANES, lane_id, position)

    def move_phase(self, phase_id: str, position: int) -> list[Phase]:
        return self._move_ordered(_PHASES, phase_id, position)

    def delete_lane(self, lane_id: str) -> list[Record]:
        """Delete a lane with its steps and their arrows; returns them all for ``restore``."""
        return self._delete_ordered(_LANES, lane_id)

    def delete_phase(self, phase_id: str) -> list[Record]:
        """Delete a phase with its steps and their arrows; returns them all for ``restore``."""
        return self._delete_ordered(_PHASES, phase_id)

    def _add_ordered(self, kind: _Ordered[T], record: T) -> list[T]:
        record = kind.validate(replace(record, name=record.name.strip()))
        with self._db.write() as conn:
            order = _order(conn, kind.cls, record.model_id)
            order.insert(min(max(record.position, 0), len(order)), record.id)
            store.insert_record(conn, replace(record, position=order.index(record.id)))
            changed = _renumber(conn, kind.cls, order)
            _history(conn, record.model_id, f"{kind.code}.added", id=record.id, name=record.name)
        return changed

    def _update_ordered(self, kind: _Ordered[T], record: T) -> T:
        """Save a lane's or phase's own fields; its place changes only by a move."""
        record = kind.validate(replace(record, name=record.name.strip()))
        with self._db.write() as conn:
            before = store.get(conn, kind.cls, record.id)
            stored = store.save_record(conn, replace(record, position=before.position))
            fields = [f for f in kind.fields if getattr(before, f) != getattr(record, f)]
            if fields:
                _history_spell(
                    conn,
                    record.model_id,
                    f"{kind.code}.updated",
                    record.id,
                    fields,
                    name=record.name,
                )
        return stored

    def _move_ordered(self, kind: _Ordered[T], record_id: str, position: int) -> list[T]:
        with self._db.write() as conn:
            record = store.get(conn, kind.cls, record_id)
            order = [x for x in _order(conn, kind.cls, record.model_id) if x != record_id]
            order.insert(min(max(position, 0), len(order)), record_id)
            changed = _renumber(conn, kind.cls, order)
            _history(conn, record.model_id, f"{kind.code}.moved", id=record.id, name=record.name)
        return changed

    def _delete_ordered(self, kind: _Ordered[T], record_id: str) -> list[Record]:
        with self._db.write() as conn:
            record = store.get(conn, kind.cls, record_id)
            steps = store.list_where(conn, Step, **{kind.step_field: record_id})
            removed = _delete_with_steps(conn, [record], steps)
            _renumber(conn, kind.cls, _order(conn, kind.cls, record.model_id))
            _history(conn, record.model_id, f"{kind.code}.deleted", id=record.id, name=record.name)
        return removed

    # --- instruments ---------------------------------------------------------------------
    def attach_instrument(self, link: StepInstrument) -> StepInstrument:
        with self._db.write() as conn:
            step = store.get(conn, Step, link.step_id)
            if store.list_where(
                conn, StepInstrument, step_id=link.step_id, instrument_id=link.instrument_id
            ):
                raise ValidationError("instrument.already_attached")
            count = store.count_where(conn, StepInstrument, step_id=link.step_id)
            link = replace(link, position=count)
            store.insert_record(conn, link)
            _history(
                conn,
                step.model_id,
                "instrument.attached",
                id=step.id,
                title=step.title,
                instrument=_instrument_name(conn, link.instrument_id),
            )
        return link

    def detach_instrument(self, link_id: str) -> StepInstrument:
        with self._db.write() as conn:
            link = store.get(conn, StepInstrument, link_id)
            step = store.get(conn, Step, link.step_id)
            store.delete_records(conn, [link], utc_now())
            _history(
                conn,
                step.model_id,
                "instrument.detached",
                id=step.id,
                title=step.title,
                instrument=_instrument_name(conn, link.instrument_id),
            )
        return link

    # --- stakeholders and sessions of the wijk linked to a step ---------------------------
    def link_stakeholder(self, link: StepStakeholder) -> StepStakeholder:
        """Link a stakeholder of the roadmap's wijk to a step (templates have no wijk)."""
        with self._db.write() as conn:
            step = store.get(conn, Step, link.step_id)
            stakeholder = store.get(conn, Stakeholder, link.stakeholder_id)
            _require_same_wijk(conn, step, stakeholder.wijk_id)
            if store.list_where(
                conn, StepStakeholder, step_id=step.id, stakeholder_id=stakeholder.id
            ):
                raise ValidationError("link.exists", name=stakeholder.name)
            store.insert_record(conn, link)
            _history(
                conn,
                step.model_id,
                "stakeholder.linked",
                id=step.id,
                title=step.title,
                name=stakeholder.name,
            )
        return link

    def unlink_stakeholder(self, link_id: str) -> StepStakeholder:
        with self._db.write() as conn:
            link = store.get(conn, StepStakeholder, link_id)
            step = store.get(conn, Step, link.step_id)
            stakeholder = store.find(conn, Stakeholder, link.stakeholder_id)
            store.delete_records(conn, [link], utc_now())
            name = stakeholder.name if stakeholder else "?"
            _history(
                conn, step.model_id, "stakeholder.unlinked", id=step.id, title=step.title, name=name
            )
        return link

    def link_session(self, link: StepSession) -> StepSession:
        """Link a session of the roadmap's wijk to a step (templates have no wijk)."""
        with self._db.write() as conn:
            step = store.get(conn, Step, link.step_id)
            session = store.get(conn, Session, link.session_id)
            _require_same_wijk(conn, step, session.wijk_id)
            if store.list_where(conn, StepSession, step_id=step.id, session_id=session.id):
                raise ValidationError("link.exists", name=session.title)
            store.insert_record(conn, link)
            _history(
                conn,
                step.model_id,
                "session.linked",
                id=step.id,
                title=step.title,
                name=session.title,
            )
        return link

    def unlink_session(self, link_id: str) -> StepSession:
        with self._db.write() as conn:
            link = store.get(conn, StepSession, link_id)
            step = store.get(conn, Step, link.step_id)
            session = store.find(conn, Session, link.session_id)
            store.delete_records(conn, [link], utc_now())
            name = session.title if session else "?"
            _history(
                conn, step.model_id, "session.unlinked", id=step.id, title=step.title, name=name
            )
        return link

    def step_links(self, model_id: str) -> StepLinks:
        """What the step panel offers to link: the wijk's stakeholders and sessions, and the
        links the model's steps have now. A template has no wijk, so nothing to offer."""
        with self._db.read() as conn:
            model = store.get(conn, ProcessModel, model_id)
            step_ids = [s.id for s in store.list_where(conn, Step, model_id=model_id)]
            if model.wijk_id is None:
                return StepLinks((), (), (), ())
            stakeholders = store.list_where(conn, Stakeholder, wijk_id=model.wijk_id)
            sessions = store.list_where(conn, Session, wijk_id=model.wijk_id)
            return StepLinks(
                stakeholders=tuple(
                    sorted(
                        stakeholders,
                        key=lambda s: (-s.influence, -s.interest, s.name.casefold()),
                    )
                ),
                sessions=tuple(sorted(sessions, key=_session_order)),
                step_stakeholders=tuple(store.list_where(conn, StepStakeholder, step_id=step_ids)),
                step_sessions=tuple(store.list_where(conn, StepSession, step_id=step_ids)),
            )

    # --- undo of deletions ---------------------------------------------------------------
    def restore(self, records: list[Record]) -> list[Record]:
        """Put deleted records back with their ids, making room at their old positions."""
        with self._db.write() as conn:
            for record in records:
                if isinstance(record, Lane):
                    _make_room_ordered(conn, Lane, record.model_id, record.position)
                elif isinstance(record, Phase):
                    _make_room_ordered(conn, Phase, record.model_id, record.position)
            for record in records:
                if isinstance(record, Step):
                    _make_room(conn, record.lane_id, record.phase_id, record.position, 1)
            store.insert_records(
                conn, _parents_first([r for r in records if not isinstance(r, Session)])
            )
            for record in records:
                if isinstance(record, Session):
                    store.save_record(conn, record)  # its step is back: point at it again
            model_id = next(
                (getattr(r, "model_id", None) for r in records if hasattr(r, "model_id")), None
            )
            if model_id:
                _history(conn, model_id, "deletion.undone")
        return records


# Insert order: what others point at comes first.
_ORDER = (Lane, Phase, Step, StepDependency, StepInstrument, StepStakeholder, StepSession)


def _parents_first(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda r: _ORDER.index(type(r)) if type(r) in _ORDER else 99)


def _delete_with_steps(conn: Tx, parents: list[Record], steps: list[Step]) -> list[Record]:
    """Delete steps (and a lane or phase) with their arrows and links. Sessions held for a
    deleted step keep existing but no longer point at it; they are returned as they were,
    so that ``restore`` points them at the step again."""
    removed = [*parents, *_step_records(conn, steps)]
    ids = [s.id for s in steps]
    sessions = [
        session
        for start in range(0, len(ids), 500)
        for session in store.list_where(conn, Session, step_id=ids[start : start + 500])
    ]
    for session in sessions:
        store.update_fields(conn, Session, session.id, step_id=None)
    store.delete_records(conn, removed, utc_now())
    return [*removed, *sessions]


def _step_records(conn: Tx, steps: list[Step]) -> list[Record]:
    ids = [s.id for s in steps]
    deps = {
        d.id: d
        for d in [
            *store.list_where(conn, StepDependency, from_step_id=ids),
            *store.list_where(conn, StepDependency, to_step_id=ids),
        ]
    }
    return [
        *steps,
        *deps.values(),
        *store.list_where(conn, StepInstrument, step_id=ids),
        *store.list_where(conn, StepStakeholder, step_id=ids),
        *store.list_where(conn, StepSession, step_id=ids),
    ]


def _require_same_wijk(conn: Tx, step: Step, wijk_id: str) -> None:
    model = store.get(conn, ProcessModel, step.model_id)
    if model.wijk_id is None:
        raise ValidationError("link.template")
    if model.wijk_id != wijk_id:
        raise ValidationError("link.other_wijk")


def _session_order(session: Session) -> tuple[bool, str]:
    """Sessions by date, undated ones (still being prepared) last."""
    return (session.starts_at is None, session.starts_at.isoformat() if session.starts_at else "")


def _require_cell(conn: Tx, step: Step) -> None:
    lane = store.get(conn, Lane, step.lane_id)
    phase = store.get(conn, Phase, step.phase_id)
    if lane.model_id != step.model_id or phase.model_id != step.model_id:
        raise ValidationError("step.other_model")


def _make_room(conn: Tx, lane_id: str, phase_id: str, position: int, count: int) -> list[Step]:
    later = [
        s
        for s in store.list_where(conn, Step, lane_id=lane_id, phase_id=phase_id)
        if s.position >= position
    ]
    out = []
    for s in later:
        store.update_fields(conn, Step, s.id, position=s.position + count)
        out.append(replace(s, position=s.position + count))
    return out


def _make_room_ordered(
    conn: Tx, cls: type[Lane] | type[Phase], model_id: str, position: int
) -> None:
    for x in store.list_where(conn, cls, model_id=model_id):
        if x.position >= position:
            store.update_fields(conn, cls, x.id, position=x.position + 1)


def _compact_cells(conn: Tx, cells: set[tuple[str, str]]) -> None:
    for lane_id, phase_id in cells:
        steps = store.list_where(
            conn, Step, order_by=("position",), lane_id=lane_id, phase_id=phase_id
        )
        for position, s in enumerate(steps):
            if s.position != position:
                store.update_fields(conn, Step, s.id, position=position)


def _order(conn: Tx, cls: type[Lane] | type[Phase], model_id: str) -> list[str]:
    """The ids of a model's lanes or phases, as they are ordered now."""
    return [x.id for x in store.list_where(conn, cls, order_by=("position",), model_id=model_id)]


def _renumber(conn: Tx, cls: type[T], order: list[str]) -> list[T]:
    changed = []
    for position, record_id in enumerate(order):
        current = store.get(conn, cls, record_id)
        if current.position != position:
            store.update_fields(conn, cls, record_id, position=position)
            changed.append(replace(current, position=position))
    return changed


def _history(conn: Tx, model_id: str, code: str, **params: Any) -> None:
    """Write an adaptation into a roadmap's history (templates keep none)."""
    if _is_roadmap(conn, model_id):
        store.insert_record(conn, history_entry(model_id, code, params))


def _history_spell(
    conn: Tx, model_id: str, code: str, record_id: str, fields: list[str], **params: Any
) -> None:
    """Write that fields of a step, lane or phase changed, into the entry of the spell of
    editing it that is going on: the latest entry of the roadmap, about the same record,
    made or extended within ``HISTORY_MERGE``. Its fields grow and its names follow the
    latest edit, so that typing a title letter by letter is one entry with the title typed."""
    if not _is_roadmap(conn, model_id):
        return
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


def _is_roadmap(conn: Tx, model_id: str) -> bool:
    return store.get(conn, ProcessModel, model_id).kind is ModelKind.ROADMAP


def _titles(steps: list[Step]) -> dict[str, Any]:
    """The first few titles of the steps an entry is about, and how many more there are."""
    shown = steps[:TITLES_SHOWN]
    return {"titles": [s.title for s in shown], "more": len(steps) - len(shown)}


def _instrument_name(conn: Tx, instrument_id: str) -> str:
    instrument = store.find(conn, Instrument, instrument_id)
    return instrument.name if instrument else "?"
