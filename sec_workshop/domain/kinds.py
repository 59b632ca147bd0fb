"""The one list of record kinds: a stable key for each domain class, its place in a wijk's
bundle and the record it belongs to. Storage tables, bundles, change notices, documents and
the exchange format are all derived from it; the keys are part of stored data (tombstones)
and of files, so they never change.
"""

from __future__ import annotations

from dataclasses import dataclass

from sec_workshop.domain.base import Record
from sec_workshop.domain.board import Board, Cluster, Note, NoteLink, Photo, Vote, VoteRound
from sec_workshop.domain.koppelkans import (
    Koppelkans,
    KoppelkansStakeholder,
    KoppelkansStep,
    KoppelkansUpdate,
)
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
)
from sec_workshop.domain.session import (
    ActionItem,
    AgendaItem,
    Decision,
    Session,
    SessionFacilitator,
    SessionStakeholder,
)
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.wijk import Wijk


@dataclass(frozen=True, slots=True)
class RecordKind:
    """One kind of record.

    ``part`` names its tuple in a ``WijkBundle`` (``None``: not part of a wijk); ``parent``
    and ``via`` say which record it belongs to inside the bundle: its field ``via`` holds
    the id of a record of kind ``parent``.
    """

    key: str
    cls: type[Record]
    part: str | None = None
    parent: str | None = None
    via: str | None = None


# Parents before children: the order in which a wijk's records can be inserted.
KINDS: tuple[RecordKind, ...] = (
    RecordKind("wijk", Wijk),
    RecordKind("instrument", Instrument),
    RecordKind("process_model", ProcessModel, "models", "wijk", "wijk_id"),
    RecordKind("lane", Lane, "lanes", "process_model", "model_id"),
    RecordKind("phase", Phase, "phases", "process_model", "model_id"),
    RecordKind("step", Step, "steps", "process_model", "model_id"),
    RecordKind("step_dependency", StepDependency, "dependencies", "process_model", "model_id"),
    RecordKind("step_instrument", StepInstrument, "step_instruments", "step", "step_id"),
    RecordKind("roadmap_change", RoadmapChange, "roadmap_changes", "process_model", "model_id"),
    RecordKind("stakeholder", Stakeholder, "stakeholders", "wijk", "wijk_id"),
    RecordKind("session", Session, "sessions", "wijk", "wijk_id"),
    RecordKind(
        "session_stakeholder", SessionStakeholder, "session_stakeholders", "session", "session_id"
    ),
    RecordKind(
        "session_facilitator", SessionFacilitator, "session_facilitators", "session", "session_id"
    ),
    RecordKind("step_stakeholder", StepStakeholder, "step_stakeholders", "step", "step_id"),
    RecordKind("step_session", StepSession, "step_sessions", "step", "step_id"),
    RecordKind("board", Board, "boards", "session", "session_id"),
    RecordKind("agenda_item", AgendaItem, "agenda_items", "session", "session_id"),
    RecordKind("decision", Decision, "decisions", "session", "session_id"),
    RecordKind("action_item", ActionItem, "action_items", "session", "session_id"),
    RecordKind("cluster", Cluster, "clusters", "board", "board_id"),
    RecordKind("note", Note, "notes", "board", "board_id"),
    RecordKind("note_link", NoteLink, "note_links", "board", "board_id"),
    RecordKind("photo", Photo, "photos", "board", "board_id"),
    RecordKind("vote_round", VoteRound, "vote_rounds", "board", "board_id"),
    RecordKind("vote", Vote, "votes", "vote_round", "round_id"),
    RecordKind("koppelkans", Koppelkans, "koppelkansen", "wijk", "wijk_id"),
    RecordKind(
        "koppelkans_update", KoppelkansUpdate, "koppelkans_updates", "koppelkans", "koppelkans_id"
    ),
    # A koppelkans's links go with the step or the stakeholder they point to (a deleted step
    # takes its links along, and its undo brings them back); the koppelkans gathers them
    # itself when it is deleted.
    RecordKind("koppelkans_step", KoppelkansStep, "koppelkans_steps", "step", "step_id"),
    RecordKind(
        "koppelkans_stakeholder",
        KoppelkansStakeholder,
        "koppelkans_stakeholders",
        "stakeholder",
        "stakeholder_id",
    ),
)

KIND_BY_KEY: dict[str, RecordKind] = {k.key: k for k in KINDS}
KIND_BY_CLASS: dict[type[Record], RecordKind] = {k.cls: k for k in KINDS}
# The parts of a bundle in insertion order (parents before children).
BUNDLE_KINDS: tuple[RecordKind, ...] = tuple(k for k in KINDS if k.part is not None)


def kind_of(record: Record | type[Record]) -> str:
    """The stable key of a record's kind."""
    cls = record if isinstance(record, type) else type(record)
    return KIND_BY_CLASS[cls].key
