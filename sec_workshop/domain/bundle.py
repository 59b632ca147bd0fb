"""Everything that belongs to one wijk, as plain values: for undoing a delete and for exchange."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sec_workshop.domain.board import Board, Cluster, Note, NoteLink, Photo, Vote, VoteRound
from sec_workshop.domain.kinds import BUNDLE_KINDS
from sec_workshop.domain.koppelkans import (
    Koppelkans,
    KoppelkansStakeholder,
    KoppelkansStep,
    KoppelkansUpdate,
)
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
    SessionFacilitator,
    SessionStakeholder,
)
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.wijk import Wijk


@dataclass(frozen=True, kw_only=True, slots=True)
class Tombstone:
    """Marks a deleted record so that a later exchange between laptops deletes it too."""

    record_id: str
    kind: str
    deleted_at: datetime


@dataclass(frozen=True, kw_only=True, slots=True)
class WijkBundle:
    """A wijk and all records under it, in an order that can be inserted as is."""

    wijk: Wijk
    models: tuple[ProcessModel, ...] = ()
    lanes: tuple[Lane, ...] = ()
    phases: tuple[Phase, ...] = ()
    steps: tuple[Step, ...] = ()
    dependencies: tuple[StepDependency, ...] = ()
    step_instruments: tuple[StepInstrument, ...] = ()
    roadmap_changes: tuple[RoadmapChange, ...] = ()
    stakeholders: tuple[Stakeholder, ...] = ()
    sessions: tuple[Session, ...] = ()
    session_stakeholders: tuple[SessionStakeholder, ...] = ()
    session_facilitators: tuple[SessionFacilitator, ...] = ()
    step_stakeholders: tuple[StepStakeholder, ...] = ()
    step_sessions: tuple[StepSession, ...] = ()
    boards: tuple[Board, ...] = ()
    agenda_items: tuple[AgendaItem, ...] = ()
    decisions: tuple[Decision, ...] = ()
    action_items: tuple[ActionItem, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    notes: tuple[Note, ...] = ()
    note_links: tuple[NoteLink, ...] = ()
    photos: tuple[Photo, ...] = ()
    vote_rounds: tuple[VoteRound, ...] = ()
    votes: tuple[Vote, ...] = ()
    koppelkansen: tuple[Koppelkans, ...] = ()
    koppelkans_updates: tuple[KoppelkansUpdate, ...] = ()
    koppelkans_steps: tuple[KoppelkansStep, ...] = ()
    koppelkans_stakeholders: tuple[KoppelkansStakeholder, ...] = ()


# The parts of a bundle in insertion order (parents before children), from the one list.
BUNDLE_PARTS: tuple[str, ...] = tuple(str(k.part) for k in BUNDLE_KINDS)
