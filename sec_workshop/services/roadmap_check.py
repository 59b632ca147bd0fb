"""The roadmap's check as a use case: read one roadmap with its wijk's sessions, and say
what does not add up (see ``sec_workshop.domain.roadmap_check``)."""

from __future__ import annotations

from datetime import date

from sec_workshop.domain.board import Board, Vote, VoteRound
from sec_workshop.domain.process import Lane, Phase, ProcessModel, Step, StepDependency
from sec_workshop.domain.roadmap_check import Finding, RoadmapFacts, check_roadmap
from sec_workshop.domain.session import Decision, Session
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, Tx


class RoadmapCheckService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def check(self, model_id: str, today: date | None = None) -> tuple[Finding, ...]:
        """The findings on the model (a template has steps and arrows only; a wijk's
        roadmap also has the wijk's sessions, their decisions and their vote rounds)."""
        with self._db.read() as conn:
            facts = read_facts(conn, model_id)
        return check_roadmap(facts, today or date.today())


def read_facts(conn: Tx, model_id: str) -> RoadmapFacts:
    model = store.get(conn, ProcessModel, model_id)
    sessions = store.list_where(conn, Session, wijk_id=model.wijk_id) if model.wijk_id else []
    session_ids = [s.id for s in sessions]
    boards = store.list_where(conn, Board, session_id=session_ids) if sessions else []
    rounds = store.list_where(conn, VoteRound, board_id=[b.id for b in boards]) if boards else []
    return RoadmapFacts(
        steps=tuple(store.list_where(conn, Step, model_id=model_id)),
        lanes=tuple(store.list_where(conn, Lane, model_id=model_id)),
        phases=tuple(store.list_where(conn, Phase, model_id=model_id)),
        dependencies=tuple(store.list_where(conn, StepDependency, model_id=model_id)),
        sessions=tuple(sessions),
        decisions=tuple(
            store.list_where(conn, Decision, session_id=session_ids) if sessions else ()
        ),
        boards=tuple(boards),
        vote_rounds=tuple(rounds),
        votes=tuple(
            store.list_where(conn, Vote, round_id=[r.id for r in rounds]) if rounds else ()
        ),
    )
