"""One session opened for preparing, running and recording: the copy every session view
shows (details, agenda, materials, run mode, decisions and actions), one undo stack, and
one signal that says what changed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from sec_workshop.domain.agenda import Material, Schedule, materials, schedule
from sec_workshop.domain.base import NotFoundError, Record
from sec_workshop.domain.board import Board
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.enums import ParticipantGroup
from sec_workshop.domain.process import Instrument
from sec_workshop.domain.session import (
    ActionItem,
    AgendaItem,
    Decision,
    Session,
    SessionFacilitator,
    SessionStakeholder,
)
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.views import SessionContent
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.document import Document
from sec_workshop.services.session_editing import Child, OpenAction
from sec_workshop.services.workspace import Workspace

# What other views change that a session shows.
WATCHED = (
    "session",
    "agenda_item",
    "decision",
    "action_item",
    "session_facilitator",
    "session_stakeholder",
    "board",
    "stakeholder",
    "step",
    "instrument",
)


class SessionDocument(Document):
    """Every change goes through ``SessionEditService`` (one transaction) and then updates
    this copy and emits ``changed``; a change made elsewhere reloads it and emits ``changed``
    too. ``removed`` is emitted when the session is gone (deleted here or elsewhere)."""

    changed = Signal()
    removed = Signal()
    _content: SessionContent

    def __init__(
        self,
        workspace: Workspace,
        session_id: str,
        parent: QObject | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(workspace, parent, undo_stack)
        self.session_id = session_id
        self.instruments: dict[str, Instrument] = {}
        self._load()
        watch_changes(workspace, self, WATCHED, self._on_workspace_changed, origin=self)

    # --- reading ---------------------------------------------------------------------------
    @property
    def session(self) -> Session:
        return self._content.session

    @property
    def agenda(self) -> list[AgendaItem]:
        return list(self._content.agenda)

    @property
    def decisions(self) -> list[Decision]:
        return list(self._content.decisions)

    @property
    def actions(self) -> list[ActionItem]:
        return list(self._content.actions)

    @property
    def facilitators(self) -> list[SessionFacilitator]:
        return list(self._content.facilitators)

    @property
    def boards(self) -> list[Board]:
        return list(self._content.boards)

    @property
    def invited(self) -> set[str]:
        return set(self._content.stakeholder_ids)

    def wijk_stakeholders(self) -> list[Stakeholder]:
        return self.workspace.stakeholders.list(self.session.wijk_id)

    def schedule(self) -> Schedule:
        return schedule(self.session, self.agenda)

    def materials(self) -> list[Material]:
        return materials(self.agenda, self.instruments, self.session.expected_total)

    def open_actions(self) -> list[OpenAction]:
        """The open action items of every session of this session's wijk."""
        return self.workspace.session_editing.open_actions(self.session.wijk_id)

    # --- changing (called by undo commands) -------------------------------------------------
    def update(self, session: Session) -> Edit[Record]:
        return self._take(self._service.update(session))

    def serve_step(self, step_id: str | None) -> Edit[Record]:
        return self._take(self._service.serve_step(self.session_id, step_id))

    def add(self, record: Child) -> Edit[Record]:
        return self._take(self._service.add(record))

    def add_work_form(self, instrument_id: str, position: int) -> Edit[Record]:
        return self._take(self._service.add_work_form(self.session_id, instrument_id, position))

    def change(self, record: Child) -> Edit[Record]:
        return self._take(self._service.change(record))

    def move(self, cls: type[Child], record_id: str, position: int) -> Edit[Record]:
        return self._take(self._service.move(cls, record_id, position))

    def remove(self, cls: type[Child], record_id: str) -> Edit[Record]:
        return self._take(self._service.remove(cls, record_id))

    def invite(self, stakeholder_id: str, invited: bool) -> Edit[Record]:
        return self._take(self._service.invite(self.session_id, stakeholder_id, invited))

    def count_in(self, group: ParticipantGroup, delta: int = 1) -> Edit[Record]:
        return self._take(self._service.count_in(self.session_id, group, delta))

    def pack(self, key: str, packed: bool) -> Edit[Record]:
        return self._take(self._service.pack(self.session_id, key, packed))

    def record_held(self, item_id: str, minutes: int | None) -> Edit[Record]:
        return self._take(self._service.record_held(item_id, minutes))

    def replay(self, edit: Edit[Record]) -> Edit[Record]:
        return self._take(self._service.replay(edit))

    # --- internals -------------------------------------------------------------------------
    @property
    def _service(self):  # type: ignore[no-untyped-def]
        return self.workspace.session_editing

    def _take(self, edit: Edit[Record]) -> Edit[Record]:
        """Bring this copy to the edit's after side without reading the session again."""
        if not edit:
            return edit
        content = self._content
        session = content.session
        lists: dict[type[Record], dict[str, Any]] = {
            AgendaItem: {r.id: r for r in content.agenda},
            Decision: {r.id: r for r in content.decisions},
            ActionItem: {r.id: r for r in content.actions},
            SessionFacilitator: {r.id: r for r in content.facilitators},
            Board: {r.id: r for r in content.boards},
        }
        invited = dict.fromkeys(content.stakeholder_ids)
        for before, after in edit.changes:
            record = after if after is not None else before
            if record is None or getattr(record, "session_id", record.id) != self.session_id:
                continue  # another session's (a copy just made, say)
            if isinstance(record, Session):
                if after is None:
                    self.removed.emit()
                    return edit
                assert isinstance(after, Session)
                session = after
            elif type(record) in lists:
                records = lists[type(record)]
                if after is None:
                    records.pop(record.id, None)
                else:
                    records[record.id] = after
            elif isinstance(record, SessionStakeholder):
                if after is None:
                    invited.pop(record.stakeholder_id, None)
                else:
                    invited[record.stakeholder_id] = None
        self._content = SessionContent(
            session=session,
            agenda=_ordered(lists[AgendaItem]),
            decisions=_ordered(lists[Decision]),
            actions=_ordered(lists[ActionItem]),
            boards=_ordered(lists[Board]),
            stakeholder_ids=tuple(invited),
            facilitators=_ordered(lists[SessionFacilitator]),
        )
        self.changed.emit()
        return edit

    def _load(self) -> None:
        self._content = self.workspace.sessions.content(self.session_id)
        self.instruments = {i.id: i for i in self.workspace.library.instruments()}

    def reload(self) -> None:
        """Read the session again (after a change made through another service)."""
        self._reload()

    def _reload(self) -> None:
        try:
            self._load()
        except NotFoundError:
            self.removed.emit()
            return
        self.changed.emit()

    def _on_workspace_changed(self, _changes: Changes) -> None:
        self._reload()


def _ordered(records: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(sorted(records.values(), key=lambda r: r.position))


def moved(items: Sequence[AgendaItem], item_id: str, offset: int) -> int | None:
    """Where an item goes when moved ``offset`` places (keyboard reorder), or ``None`` when
    it cannot move that way."""
    ids = [i.id for i in sorted(items, key=lambda i: i.position)]
    if item_id not in ids:
        return None
    target = ids.index(item_id) + offset
    return target if 0 <= target < len(ids) else None


def today() -> date:
    return date.today()
