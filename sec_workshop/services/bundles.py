"""Reading a whole wijk as a ``WijkBundle``, deleting it with tombstones, and putting it back."""

from __future__ import annotations

from sec_workshop.domain.base import Record, utc_now
from sec_workshop.domain.board import Board, Cluster, Note, NoteLink, Photo, Vote, VoteRound
from sec_workshop.domain.bundle import BUNDLE_PARTS, WijkBundle
from sec_workshop.domain.process import (
    Lane,
    Phase,
    ProcessModel,
    RoadmapChange,
    Step,
    StepDependency,
    StepInstrument,
    StepSession,
    StepStakeholder,
)
from sec_workshop.domain.session import (
    ActionItem,
    AgendaItem,
    Decision,
    Session,
    SessionStakeholder,
)
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.wijk import Wijk
from sec_workshop.storage import store
from sec_workshop.storage.database import Tx


def read_bundle(conn: Tx, wijk_id: str) -> WijkBundle:
    wijk = store.get(conn, Wijk, wijk_id)
    models = store.list_where(conn, ProcessModel, wijk_id=wijk_id)
    model_ids = [m.id for m in models]
    steps = store.list_where(conn, Step, model_id=model_ids)
    step_ids = [s.id for s in steps]
    sessions = store.list_where(conn, Session, wijk_id=wijk_id)
    session_ids = [s.id for s in sessions]
    boards = store.list_where(conn, Board, session_id=session_ids)
    board_ids = [b.id for b in boards]
    rounds = store.list_where(conn, VoteRound, board_id=board_ids)
    return WijkBundle(
        wijk=wijk,
        models=tuple(models),
        lanes=tuple(store.list_where(conn, Lane, model_id=model_ids)),
        phases=tuple(store.list_where(conn, Phase, model_id=model_ids)),
        steps=tuple(steps),
        dependencies=tuple(store.list_where(conn, StepDependency, model_id=model_ids)),
        step_instruments=tuple(store.list_where(conn, StepInstrument, step_id=step_ids)),
        roadmap_changes=tuple(store.list_where(conn, RoadmapChange, model_id=model_ids)),
        stakeholders=tuple(store.list_where(conn, Stakeholder, wijk_id=wijk_id)),
        sessions=tuple(sessions),
        session_stakeholders=tuple(
            store.list_where(conn, SessionStakeholder, session_id=session_ids)
        ),
        step_stakeholders=tuple(store.list_where(conn, StepStakeholder, step_id=step_ids)),
        step_sessions=tuple(store.list_where(conn, StepSession, step_id=step_ids)),
        agenda_items=tuple(store.list_where(conn, AgendaItem, session_id=session_ids)),
        decisions=tuple(store.list_where(conn, Decision, session_id=session_ids)),
        action_items=tuple(store.list_where(conn, ActionItem, session_id=session_ids)),
        boards=tuple(boards),
        clusters=tuple(store.list_where(conn, Cluster, board_id=board_ids)),
        notes=tuple(store.list_where(conn, Note, board_id=board_ids)),
        note_links=tuple(store.list_where(conn, NoteLink, board_id=board_ids)),
        photos=tuple(store.list_where(conn, Photo, board_id=board_ids)),
        vote_rounds=tuple(rounds),
        votes=tuple(store.list_where(conn, Vote, round_id=[r.id for r in rounds])),
    )


def bundle_records(bundle: WijkBundle) -> list[Record]:
    """All records of a bundle in insertion order: the wijk, then its parts parents first."""
    records: list[Record] = [bundle.wijk]
    for part in BUNDLE_PARTS:
        records.extend(getattr(bundle, part))
    return records


def delete_bundle(conn: Tx, bundle: WijkBundle) -> None:
    store.delete_records(conn, bundle_records(bundle), utc_now())


def insert_bundle(conn: Tx, bundle: WijkBundle) -> None:
    store.insert_records(conn, bundle_records(bundle))
