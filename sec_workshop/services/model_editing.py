"""Editing a process model: steps, arrows, lanes, phases, instruments and the stakeholders and
sessions linked to steps, one transaction each.

Every changing method is an *intent*: it checks the rules, writes, and returns an ``Edit`` of
every record it touched (steps renumbered in their cells, lanes or phases renumbered, arrows
and links deleted with their steps, sessions that no longer point at a deleted step), so that
a document can update its copy without reading the whole model again. ``replay`` brings a
model to either side of such an edit (redo, and undo with ``inverted()``) with the same ids.

Edits to a wijk's roadmap are written into its history of adaptations. An edit's note is the
entry its first doing wrote, so that an undo or a redo says which adaptation it took back or
did again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from sec_workshop.domain.base import NotFoundError, Record, ValidationError, utc_now
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.kinds import kind_of
from sec_workshop.domain.koppelkans import KoppelkansStep
from sec_workshop.domain.process import (
    Instrument,
    Lane,
    Phase,
    ProcessModel,
    Step,
    StepDependency,
    StepInstrument,
    StepSession,
    StepStakeholder,
    validate_lane,
    validate_phase,
    validate_step,
)
from sec_workshop.domain.session import Decision, Session
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.services.roadmap_history import (
    step_titles,
    write_entry,
    write_replay_entry,
    write_spell_entry,
)
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, Tx
from sec_workshop.storage.edits import apply_changes

T = TypeVar("T", Lane, Phase)
P = TypeVar("P", Lane, Phase, Step)  # what has a position
L = TypeVar("L", StepStakeholder, StepSession)

# What one action on a process model changed (lanes, phases, steps, arrows, links, sessions).
ModelEdit = Edit[Record]
Change = tuple[Record | None, Record | None]

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


@dataclass(frozen=True, slots=True)
class _Linked(Generic[L]):
    """What tells a step's stakeholders and sessions apart, so that one way of linking and
    unlinking serves both: both are records of the roadmap's wijk, linked by a record that
    points at the step and at them."""

    cls: type[L]
    target: type[Stakeholder | Session]
    target_field: str  # the field of a link that points at the stakeholder or session
    name_field: str  # the field that names it in the history
    code: str  # the start of its history codes: ``stakeholder.linked``, ``session.unlinked``


_STAKEHOLDERS = _Linked(StepStakeholder, Stakeholder, "stakeholder_id", "name", "stakeholder")
_SESSIONS = _Linked(StepSession, Session, "session_id", "title", "session")

# What a replayed record is checked against (it was valid when first written; a rule may
# have tightened since).
_VALIDATE: dict[type[Record], Callable[[Any], Any]] = {
    Step: validate_step,
    Lane: validate_lane,
    Phase: validate_phase,
}


class ModelEditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- steps ---------------------------------------------------------------------------
    def add_step(self, step: Step) -> ModelEdit:
        """Insert a step at its position in its cell; later steps in the cell move down."""
        step = validate_step(replace(step, title=step.title.strip()))
        with self._db.write() as conn:
            _require_cell(conn, step)
            shifted = _make_room(conn, step.lane_id, step.phase_id, step.position)
            store.insert_record(conn, step)
            note = write_entry(conn, step.model_id, "step.added", id=step.id, title=step.title)
        return Edit(((None, step), *shifted), note)

    def update_step(self, step: Step) -> ModelEdit:
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
            note = None
            if before.status != step.status:
                note = write_entry(
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
                note = write_spell_entry(
                    conn, step.model_id, "step.updated", step.id, fields, title=step.title
                )
        return Edit(((before, stored),), note)

    def move_steps(self, moves: list[tuple[str, str, str, int]]) -> ModelEdit:
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
            changed: list[Step] = []
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
                        changed.append(
                            replace(current, lane_id=lane_id, phase_id=phase_id, position=position)
                        )
            if not changed:
                return Edit()  # dropped where they were: no adaptation
            stored = store.update_records(conn, changed, ("lane_id", "phase_id", "position"))
            model_id = steps[moves[0][0]].model_id
            note = write_entry(
                conn, model_id, "steps.moved", **step_titles([steps[m[0]] for m in moves])
            )
        return Edit(tuple((steps[s.id], s) for s in stored), note)

    def delete_steps(self, step_ids: list[str]) -> ModelEdit:
        """Delete steps with their arrows and links; the steps left in their cells close up."""
        with self._db.write() as conn:
            steps = store.list_where(conn, Step, id=step_ids)
            if not steps:
                return Edit()
            changes = _delete_with_steps(conn, [], steps)
            changes += _compact_cells(conn, {(s.lane_id, s.phase_id) for s in steps})
            note = write_entry(conn, steps[0].model_id, "steps.deleted", **step_titles(steps))
        return Edit(tuple(changes), note)

    # --- arrows --------------------------------------------------------------------------
    def add_dependency(self, dep: StepDependency) -> ModelEdit:
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
            note = write_entry(
                conn, dep.model_id, "dependency.added", source=a.title, target=b.title
            )
        return Edit(((None, dep),), note)

    def delete_dependency(self, dep_id: str) -> ModelEdit:
        with self._db.write() as conn:
            dep = store.get(conn, StepDependency, dep_id)
            a = store.find(conn, Step, dep.from_step_id)
            b = store.find(conn, Step, dep.to_step_id)
            store.delete_records(conn, [dep], utc_now())
            note = write_entry(
                conn,
                dep.model_id,
                "dependency.deleted",
                source=a.title if a else "?",
                target=b.title if b else "?",
            )
        return Edit(((dep, None),), note)

    # --- lanes and phases ----------------------------------------------------------------
    def add_lane(self, lane: Lane) -> ModelEdit:
        """Insert a lane at its position; the lanes after it move down."""
        return self._add_ordered(_LANES, lane)

    def add_phase(self, phase: Phase) -> ModelEdit:
        """Insert a phase at its position; the phases after it move right."""
        return self._add_ordered(_PHASES, phase)

    def update_lane(self, lane: Lane) -> ModelEdit:
        return self._update_ordered(_LANES, lane)

    def update_phase(self, phase: Phase) -> ModelEdit:
        return self._update_ordered(_PHASES, phase)

    def move_lane(self, lane_id: str, position: int) -> ModelEdit:
        return self._move_ordered(_LANES, lane_id, position)

    def move_phase(self, phase_id: str, position: int) -> ModelEdit:
        return self._move_ordered(_PHASES, phase_id, position)

    def delete_lane(self, lane_id: str) -> ModelEdit:
        """Delete a lane with its steps and their arrows and links."""
        return self._delete_ordered(_LANES, lane_id)

    def delete_phase(self, phase_id: str) -> ModelEdit:
        """Delete a phase with its steps and their arrows and links."""
        return self._delete_ordered(_PHASES, phase_id)

    def _add_ordered(self, kind: _Ordered[T], record: T) -> ModelEdit:
        record = kind.validate(replace(record, name=record.name.strip()))
        with self._db.write() as conn:
            order = _order(conn, kind.cls, record.model_id)
            order.insert(min(max(record.position, 0), len(order)), record.id)
            record = replace(record, position=order.index(record.id))
            store.insert_record(conn, record)
            changes: list[Change] = [(None, record)]
            changes += _renumber(conn, kind.cls, order)
            note = write_entry(
                conn, record.model_id, f"{kind.code}.added", id=record.id, name=record.name
            )
        return Edit(tuple(changes), note)

    def _update_ordered(self, kind: _Ordered[T], record: T) -> ModelEdit:
        """Save a lane's or phase's own fields; its place changes only by a move."""
        record = kind.validate(replace(record, name=record.name.strip()))
        with self._db.write() as conn:
            before = store.get(conn, kind.cls, record.id)
            stored = store.save_record(conn, replace(record, position=before.position))
            fields = [f for f in kind.fields if getattr(before, f) != getattr(record, f)]
            note = None
            if fields:
                note = write_spell_entry(
                    conn,
                    record.model_id,
                    f"{kind.code}.updated",
                    record.id,
                    fields,
                    name=record.name,
                )
        return Edit(((before, stored),), note)

    def _move_ordered(self, kind: _Ordered[T], record_id: str, position: int) -> ModelEdit:
        with self._db.write() as conn:
            record = store.get(conn, kind.cls, record_id)
            order = [x for x in _order(conn, kind.cls, record.model_id) if x != record_id]
            order.insert(min(max(position, 0), len(order)), record_id)
            changes = _renumber(conn, kind.cls, order)
            if not changes:
                return Edit()  # dropped where it was: no adaptation
            note = write_entry(
                conn, record.model_id, f"{kind.code}.moved", id=record.id, name=record.name
            )
        return Edit(tuple(changes), note)

    def _delete_ordered(self, kind: _Ordered[T], record_id: str) -> ModelEdit:
        with self._db.write() as conn:
            record = store.get(conn, kind.cls, record_id)
            steps = store.list_where(conn, Step, **{kind.step_field: record_id})
            changes = _delete_with_steps(conn, [record], steps)
            changes += _renumber(conn, kind.cls, _order(conn, kind.cls, record.model_id))
            note = write_entry(
                conn, record.model_id, f"{kind.code}.deleted", id=record.id, name=record.name
            )
        return Edit(tuple(changes), note)

    # --- instruments ---------------------------------------------------------------------
    def attach_instrument(self, link: StepInstrument) -> ModelEdit:
        with self._db.write() as conn:
            step = store.get(conn, Step, link.step_id)
            if store.list_where(
                conn, StepInstrument, step_id=link.step_id, instrument_id=link.instrument_id
            ):
                raise ValidationError("instrument.already_attached")
            count = store.count_where(conn, StepInstrument, step_id=link.step_id)
            link = replace(link, position=count)
            store.insert_record(conn, link)
            note = write_entry(
                conn,
                step.model_id,
                "instrument.attached",
                id=step.id,
                title=step.title,
                instrument=_instrument_name(conn, link.instrument_id),
            )
        return Edit(((None, link),), note)

    def detach_instrument(self, link_id: str) -> ModelEdit:
        with self._db.write() as conn:
            link = store.get(conn, StepInstrument, link_id)
            step = store.get(conn, Step, link.step_id)
            store.delete_records(conn, [link], utc_now())
            note = write_entry(
                conn,
                step.model_id,
                "instrument.detached",
                id=step.id,
                title=step.title,
                instrument=_instrument_name(conn, link.instrument_id),
            )
        return Edit(((link, None),), note)

    # --- stakeholders and sessions of the wijk linked to a step ---------------------------
    def link_stakeholder(self, link: StepStakeholder) -> ModelEdit:
        """Link a stakeholder of the roadmap's wijk to a step (templates have no wijk)."""
        return self._link(_STAKEHOLDERS, link)

    def link_session(self, link: StepSession) -> ModelEdit:
        """Link a session of the roadmap's wijk to a step (templates have no wijk)."""
        return self._link(_SESSIONS, link)

    def unlink_stakeholder(self, link_id: str) -> ModelEdit:
        return self._unlink(_STAKEHOLDERS, link_id)

    def unlink_session(self, link_id: str) -> ModelEdit:
        return self._unlink(_SESSIONS, link_id)

    def _link(self, kind: _Linked[L], link: L) -> ModelEdit:
        with self._db.write() as conn:
            step = store.get(conn, Step, link.step_id)
            target = store.get(conn, kind.target, getattr(link, kind.target_field))
            _require_same_wijk(conn, step, target.wijk_id)
            name = getattr(target, kind.name_field)
            if store.list_where(conn, kind.cls, step_id=step.id, **{kind.target_field: target.id}):
                raise ValidationError("link.exists", name=name)
            store.insert_record(conn, link)
            note = write_entry(
                conn, step.model_id, f"{kind.code}.linked", id=step.id, title=step.title, name=name
            )
        return Edit(((None, link),), note)

    def _unlink(self, kind: _Linked[L], link_id: str) -> ModelEdit:
        with self._db.write() as conn:
            link = store.get(conn, kind.cls, link_id)
            step = store.get(conn, Step, link.step_id)
            target = store.find(conn, kind.target, getattr(link, kind.target_field))
            store.delete_records(conn, [link], utc_now())
            name = getattr(target, kind.name_field) if target else "?"
            note = write_entry(
                conn,
                step.model_id,
                f"{kind.code}.unlinked",
                id=step.id,
                title=step.title,
                name=name,
            )
        return Edit(((link, None),), note)

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

    # --- undo and redo -------------------------------------------------------------------
    def replay(self, model_id: str, edit: ModelEdit) -> ModelEdit:
        """Bring a model to the ``after`` side of an edit that a method above returned (redo;
        undo with ``inverted()``), in one transaction, with the same ids and exactly the
        positions the edit records: deletions first (children before parents), then what is
        new (parents first), then what changed. A record that stays is written only in the
        fields the edit changes, so that what another view changed meanwhile stays. What
        points at a deleted step, lane or phase and is not in the edit goes along.

        Returns what was done, with the edit's note; the history says the adaptation was
        undone (or done again)."""
        for record in edit.upserts:
            validate = _VALIDATE.get(type(record))
            if validate is not None:
                validate(record)
        with self._db.write() as conn:
            store.get(conn, ProcessModel, model_id)
            done = apply_changes(conn, [*_over_stored(conn, edit), *_taken_along(conn, edit)])
            write_replay_entry(conn, model_id, edit)
        return Edit(done.changes, edit.note, edit.undoing)


def _over_stored(conn: Tx, edit: ModelEdit) -> list[Change]:
    """The edit's changes; a record that stays is what is stored now with the fields the edit
    changes set to its ``after``."""
    ids: dict[type[Record], list[str]] = {}  # of the records that stay, by class
    for before, after in edit.changes:
        if before is not None and after is not None:
            ids.setdefault(type(after), []).append(after.id)
    stored = {r.id: r for cls, chunk in ids.items() for r in store.list_where(conn, cls, id=chunk)}
    out: list[Change] = []
    for before, after in edit.changes:
        if before is None or after is None:
            out.append((before, after))
            continue
        now = stored.get(after.id)
        if now is None:
            raise NotFoundError("record.not_found", kind=kind_of(after))
        fields = {
            name: getattr(after, name)
            for name in store.data_fields(type(after))
            if getattr(before, name) != getattr(after, name)
        }
        out.append((now, replace(now, **fields)))
    return out


def _taken_along(conn: Tx, edit: ModelEdit) -> list[Change]:
    """What points at the steps, lanes and phases an edit deletes but is not in the edit
    (made after the edit was first done): it goes too, or stops pointing at them."""
    gone = edit.deletes
    steps = {r.id: r for r in gone if isinstance(r, Step)}
    for field, cls in (("lane_id", Lane), ("phase_id", Phase)):
        ids = [r.id for r in gone if isinstance(r, cls)]
        steps.update((s.id, s) for s in store.list_where(conn, Step, **{field: ids}))
    if not steps:
        return []
    named = {r.id for pair in edit.changes for r in pair if r is not None}
    records = [r for r in _step_records(conn, list(steps.values())) if r.id not in named]
    pointing = [r for r in _pointing_at(conn, list(steps)) if r.id not in named]
    return [*((r, None) for r in records), *((r, replace(r, step_id=None)) for r in pointing)]


def _pointing_at(conn: Tx, step_ids: list[str]) -> list[Session | Decision]:
    """The sessions held for these steps and the decisions about them: they outlive a
    step, no longer pointing at it."""
    return [
        *store.list_where(conn, Session, step_id=step_ids),
        *store.list_where(conn, Decision, step_id=step_ids),
    ]


def _delete_with_steps(conn: Tx, parents: list[Record], steps: list[Step]) -> list[Change]:
    """Delete steps (and a lane or phase) with their arrows and links. Sessions held for a
    deleted step, and decisions about it, keep existing but no longer point at it; undo
    points them at it again."""
    removed = [*parents, *_step_records(conn, steps)]
    pointing = _pointing_at(conn, [s.id for s in steps])
    cleared: list[Session | Decision] = []
    for cls in (Session, Decision):  # one statement per class
        of_cls = [replace(r, step_id=None) for r in pointing if isinstance(r, cls)]
        cleared += store.update_records(conn, of_cls, ("step_id",))
    store.delete_records(conn, removed, utc_now())
    return [*((r, None) for r in removed), *zip(pointing, cleared, strict=True)]


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
        *store.list_where(conn, KoppelkansStep, step_id=ids),
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


def _make_room(conn: Tx, lane_id: str, phase_id: str, position: int) -> list[Change]:
    """Move the steps of a cell from ``position`` on one down."""
    cell = store.list_where(conn, Step, lane_id=lane_id, phase_id=phase_id)
    return _placed(conn, [(s, s.position + 1) for s in cell if s.position >= position])


def _compact_cells(conn: Tx, cells: set[tuple[str, str]]) -> list[Change]:
    """Number the steps left in cells 0, 1, 2, ... again."""
    changes: list[Change] = []
    for lane_id, phase_id in cells:
        steps = store.list_where(
            conn, Step, order_by=("position",), lane_id=lane_id, phase_id=phase_id
        )
        changes += _placed(conn, list(zip(steps, range(len(steps)), strict=True)))
    return changes


def _order(conn: Tx, cls: type[Lane] | type[Phase], model_id: str) -> list[str]:
    """The ids of a model's lanes or phases, as they are ordered now."""
    return [x.id for x in store.list_where(conn, cls, order_by=("position",), model_id=model_id)]


def _renumber(conn: Tx, cls: type[T], order: list[str]) -> list[Change]:
    """Give lanes or phases the positions of their place in ``order``."""
    current = {x.id: x for x in store.list_where(conn, cls, id=order)}
    return _placed(conn, [(current[i], position) for position, i in enumerate(order)])


def _placed(conn: Tx, places: list[tuple[P, int]]) -> list[Change]:
    """Give records of one class new positions; the ones that change, before and after."""
    moving = [(record, position) for record, position in places if record.position != position]
    moved = [replace(record, position=position) for record, position in moving]
    stored = store.update_records(conn, moved, ("position",))
    return list(zip((record for record, _p in moving), stored, strict=True))


def _instrument_name(conn: Tx, instrument_id: str) -> str:
    instrument = store.find(conn, Instrument, instrument_id)
    return instrument.name if instrument else "?"
