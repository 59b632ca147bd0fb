"""Use cases on the sessions of a wijk (read side for now)."""

from __future__ import annotations

from sec_workshop.domain.board import Board
from sec_workshop.domain.session import (
    ActionItem,
    AgendaItem,
    Decision,
    Session,
    SessionFacilitator,
    SessionStakeholder,
)
from sec_workshop.domain.views import SessionContent, SessionSummary
from sec_workshop.storage import store
from sec_workshop.storage.database import Database


class SessionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def summaries(self, wijk_id: str) -> list[SessionSummary]:
        """The wijk's sessions, newest first (undated ones on top: they are being prepared)."""
        with self._db.read() as conn:
            sessions = store.list_where(conn, Session, wijk_id=wijk_id)
            ids = [s.id for s in sessions]
            boards = store.count_grouped(conn, Board, "session_id", session_id=ids)
            minutes = store.sum_grouped(
                conn, AgendaItem, "session_id", "duration_minutes", session_id=ids
            )
            decisions = store.count_grouped(conn, Decision, "session_id", session_id=ids)
            open_actions = store.count_grouped(
                conn, ActionItem, "session_id", session_id=ids, done=False
            )
        sessions.sort(
            key=lambda s: (s.starts_at is None, s.starts_at.isoformat() if s.starts_at else ""),
            reverse=True,
        )
        return [
            SessionSummary(
                session=s,
                board_count=boards.get(s.id, 0),
                agenda_minutes=minutes.get(s.id, 0),
                decision_count=decisions.get(s.id, 0),
                open_action_count=open_actions.get(s.id, 0),
            )
            for s in sessions
        ]

    def content(self, session_id: str) -> SessionContent:
        with self._db.read() as conn:
            session = store.get(conn, Session, session_id)
            return SessionContent(
                session=session,
                agenda=tuple(
                    store.list_where(
                        conn, AgendaItem, order_by=("position",), session_id=session_id
                    )
                ),
                decisions=tuple(
                    store.list_where(conn, Decision, order_by=("position",), session_id=session_id)
                ),
                actions=tuple(
                    store.list_where(
                        conn, ActionItem, order_by=("position",), session_id=session_id
                    )
                ),
                boards=tuple(
                    store.list_where(conn, Board, order_by=("position",), session_id=session_id)
                ),
                stakeholder_ids=tuple(
                    link.stakeholder_id
                    for link in store.list_where(conn, SessionStakeholder, session_id=session_id)
                ),
                facilitators=tuple(
                    store.list_where(
                        conn, SessionFacilitator, order_by=("position",), session_id=session_id
                    )
                ),
            )
