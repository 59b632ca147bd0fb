"""The roadmap's own check: what a coach would look for by eye after an adaptation.

``check_roadmap`` takes the records of one roadmap (its steps and arrows) and of the wijk's
sessions (their decisions, boards, vote rounds and dots), and returns the findings: a step
done before the step it builds on, a session dated outside the period of the step it
serves, more dots in a round than its participants had, and so on. A finding is a code
with parameters (titles and dates as they are stored); ``sec_workshop.check_texts`` puts it
into words in the reader's language. Findings never block anything: they are advice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sec_workshop.domain.board import Board, Vote, VoteRound
from sec_workshop.domain.enums import SessionStatus, StepStatus
from sec_workshop.domain.process import Lane, Phase, Step, StepDependency
from sec_workshop.domain.session import Decision, Session

# How far a session may lie outside the period of the step it serves (a kick-off a week
# before the step starts, a last evening just after it ends) before the check says so.
SESSION_MARGIN = timedelta(days=14)

STARTED = frozenset({StepStatus.IN_PROGRESS, StepStatus.DONE})
NOT_DONE_BASE = frozenset({StepStatus.PLANNED, StepStatus.ON_HOLD, StepStatus.SKIPPED})
FINISHED = frozenset({StepStatus.DONE, StepStatus.SKIPPED})


class Severity(StrEnum):
    PROBLEM = "problem"  # the roadmap contradicts itself
    REMINDER = "reminder"  # nothing wrong in itself, but worth a look


class FindingKind(StrEnum):
    STARTED_BEFORE_BASE = "started_before_base"
    ENDS_BEFORE_BASE_STARTS = "ends_before_base_starts"
    ENDS_BEFORE_BASE_ENDS = "ends_before_base_ends"
    SESSION_OUTSIDE_STEP = "session_outside_step"
    DECISION_ON_DONE_STEP = "decision_on_done_step"
    TOO_MANY_DOTS = "too_many_dots"
    OVERDUE = "overdue"


SEVERITY: Mapping[FindingKind, Severity] = {
    FindingKind.STARTED_BEFORE_BASE: Severity.PROBLEM,
    FindingKind.ENDS_BEFORE_BASE_STARTS: Severity.PROBLEM,
    FindingKind.ENDS_BEFORE_BASE_ENDS: Severity.PROBLEM,
    FindingKind.SESSION_OUTSIDE_STEP: Severity.PROBLEM,
    FindingKind.DECISION_ON_DONE_STEP: Severity.PROBLEM,
    FindingKind.TOO_MANY_DOTS: Severity.PROBLEM,
    FindingKind.OVERDUE: Severity.REMINDER,
}


@dataclass(frozen=True, kw_only=True, slots=True)
class Finding:
    """One thing the check found. ``step_id`` or ``session_id`` is where it leads when
    clicked (the step first, when it names both); ``params`` fill its words."""

    kind: FindingKind
    step_id: str | None = None
    session_id: str | None = None
    board_id: str | None = None
    decision_id: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.kind]


@dataclass(frozen=True, kw_only=True, slots=True)
class RoadmapFacts:
    """What the check reads: one roadmap and the sessions of its wijk (none for a
    template)."""

    steps: tuple[Step, ...]
    lanes: tuple[Lane, ...] = ()
    phases: tuple[Phase, ...] = ()
    dependencies: tuple[StepDependency, ...] = ()
    sessions: tuple[Session, ...] = ()
    decisions: tuple[Decision, ...] = ()
    boards: tuple[Board, ...] = ()
    vote_rounds: tuple[VoteRound, ...] = ()
    votes: tuple[Vote, ...] = ()


def check_roadmap(facts: RoadmapFacts, today: date) -> tuple[Finding, ...]:
    """Every finding: problems before reminders, then in roadmap order (phase, lane, place
    in the cell); findings about a session alone come after the steps, by date."""
    steps = {s.id: s for s in facts.steps}
    found: list[Finding] = []
    found += _order(facts.dependencies, steps)
    found += _sessions(facts.sessions, steps)
    found += _decisions(facts.decisions, facts.sessions, steps)
    found += _dots(facts)
    found += _overdue(facts.steps, today)
    phase = {p.id: p.position for p in facts.phases}
    lane = {ln.id: ln.position for ln in facts.lanes}
    day = {s.id: session_day(s) or date.max for s in facts.sessions}
    kinds = list(FindingKind)

    def key(f: Finding) -> tuple[object, ...]:
        step = steps.get(f.step_id or "")
        where = (
            (0, phase.get(step.phase_id, 0), lane.get(step.lane_id, 0), step.position, date.min)
            if step is not None
            else (1, 0, 0, 0, day.get(f.session_id or "", date.max))
        )
        return (f.severity != Severity.PROBLEM, *where, kinds.index(f.kind))

    return tuple(sorted(found, key=key))


def _order(dependencies: Iterable[StepDependency], steps: Mapping[str, Step]) -> list[Finding]:
    found: list[Finding] = []
    for dep in dependencies:
        base, step = steps.get(dep.from_step_id), steps.get(dep.to_step_id)
        if base is None or step is None:
            continue
        if step.status in STARTED and base.status in NOT_DONE_BASE:
            found.append(
                Finding(
                    kind=FindingKind.STARTED_BEFORE_BASE,
                    step_id=step.id,
                    params={
                        "title": step.title,
                        "status": step.status.value,
                        "base": base.title,
                        "base_status": base.status.value,
                    },
                )
            )
        if step.due_date is None:
            continue
        params = {"title": step.title, "due": step.due_date.isoformat(), "base": base.title}
        if base.start_date and step.due_date < base.start_date:
            params["base_start"] = base.start_date.isoformat()
            kind = FindingKind.ENDS_BEFORE_BASE_STARTS
        elif base.due_date and step.due_date < base.due_date:
            params["base_due"] = base.due_date.isoformat()
            kind = FindingKind.ENDS_BEFORE_BASE_ENDS
        else:
            continue
        found.append(Finding(kind=kind, step_id=step.id, params=params))
    return found


def session_day(session: Session) -> date | None:
    return session.starts_at.date() if session.starts_at else None


def _sessions(sessions: Iterable[Session], steps: Mapping[str, Step]) -> list[Finding]:
    found: list[Finding] = []
    for session in sessions:
        step = steps.get(session.step_id or "")
        day = session_day(session)
        if step is None or day is None or session.status == SessionStatus.CANCELLED:
            continue
        early = step.start_date is not None and day < step.start_date - SESSION_MARGIN
        late = step.due_date is not None and day > step.due_date + SESSION_MARGIN
        if early or late:
            found.append(
                Finding(
                    kind=FindingKind.SESSION_OUTSIDE_STEP,
                    step_id=step.id,
                    session_id=session.id,
                    params={
                        "session": session.title,
                        "date": day.isoformat(),
                        "title": step.title,
                        "start": step.start_date.isoformat() if step.start_date else "",
                        "due": step.due_date.isoformat() if step.due_date else "",
                        "side": "before" if early else "after",
                    },
                )
            )
    return found


def _decisions(
    decisions: Iterable[Decision], sessions: Iterable[Session], steps: Mapping[str, Step]
) -> list[Finding]:
    """A decision about a step that was done before the session was held: the step was
    closed too early, or the decision belongs to another step."""
    by_id = {s.id: s for s in sessions}
    found: list[Finding] = []
    for decision in decisions:
        step = steps.get(decision.step_id or "")
        session = by_id.get(decision.session_id)
        if step is None or session is None or step.status != StepStatus.DONE:
            continue
        day = session_day(session)
        if day is None or step.due_date is None or day <= step.due_date:
            continue
        found.append(
            Finding(
                kind=FindingKind.DECISION_ON_DONE_STEP,
                step_id=step.id,
                session_id=session.id,
                decision_id=decision.id,
                params={
                    "decision": decision.text,
                    "session": session.title,
                    "date": day.isoformat(),
                    "title": step.title,
                    "due": step.due_date.isoformat(),
                },
            )
        )
    return found


def participants(session: Session) -> int:
    """How many took part: the count at the door or written afterwards, else the counts
    per group; 0 when nobody counted."""
    groups = (
        session.present_residents
        + session.present_tenants
        + session.present_owners
        + session.present_professionals
    )
    return max(session.participant_count, groups)


def _dots(facts: RoadmapFacts) -> list[Finding]:
    """A vote round with more dots than its voters had: a tally counted in twice, or dots
    given out freely. A round with named voters (people or tables) allows each of them its
    dots; an anonymous one allows every participant of the session theirs."""
    sessions = {s.id: s for s in facts.sessions}
    boards = {b.id: b for b in facts.boards}
    dots: dict[str, int] = defaultdict(int)
    for vote in facts.votes:
        dots[vote.round_id] += vote.count
    found: list[Finding] = []
    for vote_round in facts.vote_rounds:
        board = boards.get(vote_round.board_id)
        session = sessions.get(board.session_id) if board else None
        if board is None or session is None:
            continue
        voters = len(vote_round.participants) or participants(session)
        allowed = voters * vote_round.dots_per_participant
        if voters and dots[vote_round.id] > allowed:
            found.append(
                Finding(
                    kind=FindingKind.TOO_MANY_DOTS,
                    session_id=session.id,
                    board_id=board.id,
                    params={
                        "round": vote_round.title,
                        "board": board.title,
                        "session": session.title,
                        "dots": dots[vote_round.id],
                        "voters": voters,
                        "per_voter": vote_round.dots_per_participant,
                        "allowed": allowed,
                    },
                )
            )
    return found


def _overdue(steps: Iterable[Step], today: date) -> list[Finding]:
    return [
        Finding(
            kind=FindingKind.OVERDUE,
            step_id=step.id,
            params={"title": step.title, "due": step.due_date.isoformat()},
        )
        for step in steps
        if step.due_date is not None and step.due_date < today and step.status not in FINISHED
    ]
