"""The koppelkansen register of a wijk: read it, and change it one intent at a time. Each
intent is one transaction and returns the edit it made (undo replays it inverted)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from sec_workshop.domain.base import NotFoundError, Record, ValidationError
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.koppelkans import (
    Koppelkans,
    KoppelkansStakeholder,
    KoppelkansStep,
    KoppelkansUpdate,
    validate_koppelkans,
    validate_update,
)
from sec_workshop.domain.process import ProcessModel, Step
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.wijk import Wijk
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, Tx
from sec_workshop.storage.edits import apply_changes

MAX_KOPPELKANSEN = 200


@dataclass(frozen=True, slots=True)
class Register:
    """A wijk's koppelkansen in their order, with their history (oldest first) and links."""

    koppelkansen: tuple[Koppelkans, ...]
    updates: tuple[KoppelkansUpdate, ...] = ()
    step_links: tuple[KoppelkansStep, ...] = ()
    stakeholder_links: tuple[KoppelkansStakeholder, ...] = ()

    def history(self, koppelkans_id: str) -> list[KoppelkansUpdate]:
        return sorted(
            (u for u in self.updates if u.koppelkans_id == koppelkans_id),
            key=lambda u: (u.on, u.created_at),
        )

    def step_ids(self, koppelkans_id: str) -> list[str]:
        return [x.step_id for x in self.step_links if x.koppelkans_id == koppelkans_id]

    def stakeholder_ids(self, koppelkans_id: str) -> list[str]:
        return [
            x.stakeholder_id for x in self.stakeholder_links if x.koppelkans_id == koppelkans_id
        ]


def read_register(conn: Tx, wijk_id: str) -> Register:
    found = store.list_where(conn, Koppelkans, order_by=("position",), wijk_id=wijk_id)
    ids = [k.id for k in found]
    if not ids:
        return Register(())
    return Register(
        koppelkansen=tuple(found),
        updates=tuple(store.list_where(conn, KoppelkansUpdate, koppelkans_id=ids)),
        step_links=tuple(store.list_where(conn, KoppelkansStep, koppelkans_id=ids)),
        stakeholder_links=tuple(store.list_where(conn, KoppelkansStakeholder, koppelkans_id=ids)),
    )


class KoppelkansService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def register(self, wijk_id: str) -> Register:
        with self._db.read() as conn:
            return read_register(conn, wijk_id)

    def create(self, koppelkans: Koppelkans, on: date | None = None) -> Edit[Record]:
        """A new koppelkans at the end of the register, its history starting ``on`` (today)
        with its status."""
        koppelkans = validate_koppelkans(_trimmed(koppelkans))
        with self._db.write() as conn:
            if store.find(conn, Wijk, koppelkans.wijk_id) is None:
                raise NotFoundError("wijk.not_found", id=koppelkans.wijk_id)
            others = store.list_where(conn, Koppelkans, wijk_id=koppelkans.wijk_id)
            if len(others) >= MAX_KOPPELKANSEN:
                raise ValidationError("value.too_long", field="records", max=MAX_KOPPELKANSEN)
            koppelkans = replace(koppelkans, position=len(others))
            first = KoppelkansUpdate(
                koppelkans_id=koppelkans.id, on=on or date.today(), status=koppelkans.status
            )
            return apply_changes(conn, [(None, koppelkans), (None, first)])

    def update(self, koppelkans: Koppelkans, on: date | None = None) -> Edit[Record]:
        """Save the fields as given (texts as typed). A new status is written into the
        history too, as of ``on`` (today); a second change of status on the same day
        replaces that day's entry rather than adding one per click."""
        koppelkans = validate_koppelkans(koppelkans)
        day = on or date.today()
        with self._db.write() as conn:
            before = _get(conn, Koppelkans, koppelkans.id)
            wanted = replace(koppelkans, wijk_id=before.wijk_id, position=before.position)
            changes: list[tuple[Record | None, Record | None]] = [(before, wanted)]
            if wanted.status != before.status:
                today = [
                    u
                    for u in store.list_where(conn, KoppelkansUpdate, koppelkans_id=before.id)
                    if u.on == day and not u.note
                ]
                if today:
                    changes.append((today[-1], replace(today[-1], status=wanted.status)))
                else:
                    entry = KoppelkansUpdate(koppelkans_id=before.id, on=day, status=wanted.status)
                    changes.append((None, entry))
            return apply_changes(conn, changes)

    def add_update(self, update: KoppelkansUpdate) -> Edit[Record]:
        """A moment in the history (a measurement, an agreement); when it is the newest,
        the koppelkans takes its status."""
        update = validate_update(replace(update, note=update.note.strip()))
        with self._db.write() as conn:
            koppelkans = _get(conn, Koppelkans, update.koppelkans_id)
            history = store.list_where(conn, KoppelkansUpdate, koppelkans_id=koppelkans.id)
            changes: list[tuple[Record | None, Record | None]] = [(None, update)]
            if all(u.on <= update.on for u in history) and koppelkans.status != update.status:
                changes.append((koppelkans, replace(koppelkans, status=update.status)))
            return apply_changes(conn, changes)

    def remove_update(self, update_id: str) -> Edit[Record]:
        with self._db.write() as conn:
            return apply_changes(conn, [(_get(conn, KoppelkansUpdate, update_id), None)])

    def move(self, koppelkans_id: str, position: int) -> Edit[Record]:
        with self._db.write() as conn:
            moved = _get(conn, Koppelkans, koppelkans_id)
            others = store.list_where(
                conn, Koppelkans, order_by=("position",), wijk_id=moved.wijk_id
            )
            order = [k.id for k in others if k.id != koppelkans_id]
            order.insert(min(max(position, 0), len(order)), koppelkans_id)
            return apply_changes(conn, _renumbered(others, order), {k.id: k for k in others})

    def delete(self, koppelkans_id: str) -> Edit[Record]:
        """Delete a koppelkans with its history and links (undo brings all back)."""
        with self._db.write() as conn:
            gone = _get(conn, Koppelkans, koppelkans_id)
            records: list[Record] = [
                *store.list_where(conn, KoppelkansUpdate, koppelkans_id=gone.id),
                *store.list_where(conn, KoppelkansStep, koppelkans_id=gone.id),
                *store.list_where(conn, KoppelkansStakeholder, koppelkans_id=gone.id),
            ]
            others = [
                k
                for k in store.list_where(
                    conn, Koppelkans, order_by=("position",), wijk_id=gone.wijk_id
                )
                if k.id != gone.id
            ]
            return apply_changes(
                conn,
                [
                    *((r, None) for r in records),
                    (gone, None),
                    *_renumbered(others, [k.id for k in others]),
                ],
            )

    def link_step(self, koppelkans_id: str, step_id: str, linked: bool) -> Edit[Record]:
        """Link a step of the wijk's roadmap to the koppelkans, or unlink it."""
        with self._db.write() as conn:
            koppelkans = _get(conn, Koppelkans, koppelkans_id)
            step = _get(conn, Step, step_id)
            model = store.get(conn, ProcessModel, step.model_id)
            if model.wijk_id != koppelkans.wijk_id:
                raise ValidationError("link.other_wijk")
            found = store.list_where(
                conn, KoppelkansStep, koppelkans_id=koppelkans_id, step_id=step_id
            )
            if linked and not found:
                link = KoppelkansStep(koppelkans_id=koppelkans_id, step_id=step_id)
                return apply_changes(conn, [(None, link)])
            if not linked and found:
                return apply_changes(conn, [(x, None) for x in found])
            return Edit(())

    def link_stakeholder(
        self, koppelkans_id: str, stakeholder_id: str, linked: bool
    ) -> Edit[Record]:
        """Link a stakeholder of the wijk to the koppelkans, or unlink it."""
        with self._db.write() as conn:
            koppelkans = _get(conn, Koppelkans, koppelkans_id)
            person = _get(conn, Stakeholder, stakeholder_id)
            if person.wijk_id != koppelkans.wijk_id:
                raise ValidationError("link.other_wijk")
            found = store.list_where(
                conn,
                KoppelkansStakeholder,
                koppelkans_id=koppelkans_id,
                stakeholder_id=stakeholder_id,
            )
            if linked and not found:
                link = KoppelkansStakeholder(
                    koppelkans_id=koppelkans_id, stakeholder_id=stakeholder_id
                )
                return apply_changes(conn, [(None, link)])
            if not linked and found:
                return apply_changes(conn, [(x, None) for x in found])
            return Edit(())

    def replay(self, edit: Edit[Record]) -> Edit[Record]:
        """Bring the records of an edit to its after side (redo; undo with
        ``edit.inverted()``)."""
        for record in edit.upserts:
            if isinstance(record, Koppelkans):
                validate_koppelkans(record)
            elif isinstance(record, KoppelkansUpdate):
                validate_update(record)
        with self._db.write() as conn:
            return apply_changes(conn, edit.changes)


def _trimmed(k: Koppelkans) -> Koppelkans:
    return replace(
        k,
        title=k.title.strip(),
        partners=tuple(p.strip() for p in k.partners if p.strip()),
    )


def _renumbered(
    records: Sequence[Koppelkans], order: list[str]
) -> list[tuple[Record | None, Record | None]]:
    by_id = {r.id: r for r in records}
    return [
        (by_id[i], replace(by_id[i], position=n))
        for n, i in enumerate(order)
        if i in by_id and by_id[i].position != n
    ]


R = TypeVar("R", bound=Record)
_NOT_FOUND = {
    Koppelkans: "koppelkans.not_found",
    KoppelkansUpdate: "koppelkans.not_found",
    Stakeholder: "stakeholder.not_found",
}


def _get(conn: Tx, cls: type[R], record_id: str) -> R:
    found = store.find(conn, cls, record_id)
    if found is None:
        raise NotFoundError(_NOT_FOUND.get(cls, "record.not_found"), id=record_id)
    return found
