"""Read-only aggregates that screens and the command line show (summaries and contents)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sec_workshop.domain.board import Board, Cluster, Note, NoteLink, Photo, Vote, VoteRound
from sec_workshop.domain.process import (
    Instrument,
    Lane,
    Phase,
    ProcessModel,
    Step,
    StepDependency,
    StepInstrument,
)
from sec_workshop.domain.session import (
    ActionItem,
    AgendaItem,
    Decision,
    Session,
    SessionFacilitator,
)


@dataclass(frozen=True, slots=True)
class ModelContent:
    model: ProcessModel
    lanes: tuple[Lane, ...]
    phases: tuple[Phase, ...]
    steps: tuple[Step, ...]
    dependencies: tuple[StepDependency, ...]
    step_instruments: tuple[StepInstrument, ...]
    instruments: dict[str, Instrument] = field(default_factory=dict)

    def steps_in(self, lane_id: str, phase_id: str) -> list[Step]:
        return sorted(
            (s for s in self.steps if s.lane_id == lane_id and s.phase_id == phase_id),
            key=lambda s: s.position,
        )

    def instruments_of(self, step_id: str) -> list[Instrument]:
        links = sorted(
            (si for si in self.step_instruments if si.step_id == step_id),
            key=lambda si: si.position,
        )
        return [
            self.instruments[si.instrument_id]
            for si in links
            if si.instrument_id in self.instruments
        ]


@dataclass(frozen=True, slots=True)
class BoardSummary:
    board: Board
    session_title: str
    note_count: int
    cluster_count: int
    vote_total: int


@dataclass(frozen=True, slots=True)
class SessionSummary:
    session: Session
    board_count: int
    agenda_minutes: int
    decision_count: int
    open_action_count: int


@dataclass(frozen=True, slots=True)
class SessionContent:
    session: Session
    agenda: tuple[AgendaItem, ...]
    decisions: tuple[Decision, ...]
    actions: tuple[ActionItem, ...]
    boards: tuple[Board, ...]
    stakeholder_ids: tuple[str, ...]
    facilitators: tuple[SessionFacilitator, ...] = ()


@dataclass(frozen=True, slots=True)
class BoardContent:
    board: Board
    notes: tuple[Note, ...]
    clusters: tuple[Cluster, ...]
    links: tuple[NoteLink, ...]
    vote_rounds: tuple[VoteRound, ...]
    votes: tuple[Vote, ...]
    photos: tuple[Photo, ...]  # without image data; the board loads it when shown

    def votes_for_note(self, note_id: str) -> int:
        return sum(v.count for v in self.votes if v.note_id == note_id)
