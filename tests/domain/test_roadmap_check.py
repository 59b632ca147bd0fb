"""The roadmap's check, one kind of finding at a time, on a small roadmap built for it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sec_workshop.check_texts import count_text, finding_text
from sec_workshop.domain.board import Board, Vote, VoteRound
from sec_workshop.domain.enums import Route, SessionStatus, StepStatus
from sec_workshop.domain.process import Lane, Phase, Step, StepDependency
from sec_workshop.domain.roadmap_check import (
    Finding,
    FindingKind,
    RoadmapFacts,
    Severity,
    check_roadmap,
)
from sec_workshop.domain.session import Decision, Session

TODAY = date(2026, 11, 30)
MODEL = "m"
LANE = Lane(model_id=MODEL, name="Sociaal", route=Route.SOCIAL, color="#2E8B57", position=0)
PHASES = tuple(Phase(model_id=MODEL, name=f"Fase {i + 1}", position=i) for i in range(2))


def step(title: str, phase: int = 0, **fields: object) -> Step:
    return Step(
        model_id=MODEL,
        lane_id=LANE.id,
        phase_id=PHASES[phase].id,
        position=0,
        title=title,
        **fields,  # type: ignore[arg-type]
    )


# Bewonerspanel (done in spring) comes first; Wensen ophalen builds on it.
PANEL = step(
    "Bewonerspanel opzetten",
    status=StepStatus.DONE,
    start_date=date(2026, 3, 1),
    due_date=date(2026, 5, 1),
)
WISHES = step(
    "Wensen ophalen",
    phase=1,
    status=StepStatus.IN_PROGRESS,
    start_date=date(2026, 5, 1),
    due_date=date(2026, 12, 20),
)
ARROW = StepDependency(model_id=MODEL, from_step_id=PANEL.id, to_step_id=WISHES.id)


def facts(**parts: object) -> RoadmapFacts:
    base: dict[str, object] = {
        "steps": (PANEL, WISHES),
        "lanes": (LANE,),
        "phases": PHASES,
        "dependencies": (ARROW,),
    }
    base.update(parts)
    return RoadmapFacts(**base)  # type: ignore[arg-type]


def kinds(roadmap: RoadmapFacts) -> list[FindingKind]:
    return [f.kind for f in check_roadmap(roadmap, TODAY)]


def problems(roadmap: RoadmapFacts) -> list[Finding]:
    return [f for f in check_roadmap(roadmap, TODAY) if f.severity == Severity.PROBLEM]


def test_a_sound_roadmap_has_no_findings() -> None:
    assert check_roadmap(facts(), TODAY) == ()
    assert count_text([], "nl") == "Routekaart klopt"


def test_a_step_started_while_the_step_it_builds_on_is_not_done() -> None:
    for base_status in (StepStatus.PLANNED, StepStatus.ON_HOLD, StepStatus.SKIPPED):
        roadmap = facts(steps=(replace(PANEL, status=base_status), WISHES))
        (finding,) = problems(roadmap)  # (and the panel is overdue: a reminder)
        assert finding.kind == FindingKind.STARTED_BEFORE_BASE
        assert finding.step_id == WISHES.id
        assert finding.severity == Severity.PROBLEM
    text = finding_text(finding, "nl")
    assert text == (
        "'Wensen ophalen' is bezig, maar 'Bewonerspanel opzetten', waarop deze stap "
        "voortbouwt, is overgeslagen."
    )
    # A base in progress is fine for a step in progress, and nothing is said of a step
    # still planned.
    running = replace(PANEL, status=StepStatus.IN_PROGRESS)
    assert problems(facts(steps=(running, WISHES))) == []
    later = replace(WISHES, status=StepStatus.PLANNED)
    assert problems(facts(steps=(replace(PANEL, status=StepStatus.PLANNED), later))) == []


def test_a_step_that_ends_before_the_step_it_builds_on_starts_or_ends() -> None:
    early = replace(WISHES, start_date=date(2026, 1, 1), due_date=date(2026, 2, 1))
    (finding,) = problems(facts(steps=(PANEL, early)))
    assert finding.kind == FindingKind.ENDS_BEFORE_BASE_STARTS
    assert "1 februari 2026" in finding_text(finding, "nl")
    assert "1 maart 2026" in finding_text(finding, "nl")
    overlapping = replace(WISHES, start_date=date(2026, 3, 15), due_date=date(2026, 4, 1))
    (finding,) = problems(facts(steps=(PANEL, overlapping)))
    assert finding.kind == FindingKind.ENDS_BEFORE_BASE_ENDS
    assert finding_text(finding, "en") == (
        "'Wensen ophalen' builds on 'Bewonerspanel opzetten', but is due on 1 April 2026, "
        "earlier than 'Bewonerspanel opzetten' (1 May 2026)."
    )
    # The arrow is what counts: the same dates without it are no finding.
    assert problems(facts(steps=(PANEL, early), dependencies=())) == []


def session(**fields: object) -> Session:
    values: dict[str, object] = {
        "wijk_id": "w",
        "title": "Bewonersavond",
        "starts_at": datetime(2026, 6, 10, 19, 30),
        "step_id": WISHES.id,
        "participant_count": 20,
    }
    values.update(fields)
    return Session(**values)  # type: ignore[arg-type]


def test_a_session_dated_outside_the_period_of_its_step() -> None:
    inside = session()
    margin = session(starts_at=datetime(2026, 4, 20, 19, 30))  # 11 days early: allowed
    early = session(title="Te vroeg", starts_at=datetime(2026, 4, 1, 19, 30))
    late = session(title="Te laat", starts_at=datetime(2027, 1, 10, 19, 30))
    undated = session(starts_at=None)
    cancelled = session(starts_at=datetime(2026, 1, 1, 19, 30), status=SessionStatus.CANCELLED)
    found = check_roadmap(facts(sessions=(inside, margin, early, late, undated, cancelled)), TODAY)
    assert [(f.kind, f.session_id) for f in found] == [
        (FindingKind.SESSION_OUTSIDE_STEP, early.id),
        (FindingKind.SESSION_OUTSIDE_STEP, late.id),
    ]
    assert found[0].step_id == WISHES.id
    assert finding_text(found[0], "nl") == (
        "Sessie 'Te vroeg' (1 april 2026) hoort bij 'Wensen ophalen', maar valt vóór de "
        "periode van die stap (1 mei 2026 – 20 december 2026)."
    )
    assert "valt na de periode" in finding_text(found[1], "nl")


def test_a_decision_about_a_step_that_was_already_done() -> None:
    held = session(starts_at=datetime(2026, 6, 10, 19, 30), status=SessionStatus.HELD)
    on_done = Decision(session_id=held.id, position=0, text="Panel uitbreiden", step_id=PANEL.id)
    on_open = Decision(session_id=held.id, position=1, text="Meer wensen", step_id=WISHES.id)
    loose = Decision(session_id=held.id, position=2, text="Koffie", step_id=None)
    found = check_roadmap(facts(sessions=(held,), decisions=(on_done, on_open, loose)), TODAY)
    assert [(f.kind, f.step_id, f.session_id) for f in found] == [
        (FindingKind.DECISION_ON_DONE_STEP, PANEL.id, held.id)
    ]
    assert finding_text(found[0], "nl") == (
        "Besluit 'Panel uitbreiden' van sessie 'Bewonersavond' (10 juni 2026) gaat over "
        "'Bewonerspanel opzetten', die al op 1 mei 2026 klaar was."
    )
    # Decided while the step was still running: nothing to say.
    earlier = replace(held, starts_at=datetime(2026, 4, 20, 19, 30), step_id=None)
    assert kinds(facts(sessions=(earlier,), decisions=(on_done,))) == []


def test_a_vote_round_with_more_dots_than_its_voters_had() -> None:
    evening = session(participant_count=24)
    board = Board(session_id=evening.id, title="Koppelkansen")
    anonymous = VoteRound(board_id=board.id, title="Stippen", dots_per_participant=3)
    tables = VoteRound(
        board_id=board.id, title="Per tafel", dots_per_participant=5, participants=("T1", "T2")
    )
    votes = (
        Vote(round_id=anonymous.id, note_id="n1", count=72),  # exactly 24 × 3: fine
        Vote(round_id=tables.id, note_id="n1", count=6),
        Vote(round_id=tables.id, note_id="n2", count=5),  # 11 > 2 tables × 5
    )
    roadmap = facts(
        sessions=(evening,), boards=(board,), vote_rounds=(anonymous, tables), votes=votes
    )
    found = check_roadmap(roadmap, TODAY)
    assert [(f.kind, f.board_id) for f in found] == [(FindingKind.TOO_MANY_DOTS, board.id)]
    assert finding_text(found[0], "nl") == (
        "Stemronde 'Per tafel' op bord 'Koppelkansen' (Bewonersavond) telt 11 stippen; 2 "
        "deelnemers met elk 5 stippen geven er hooguit 10."
    )
    # One table with one dot: said in the singular.
    single = replace(tables, dots_per_participant=1, participants=("T1",))
    (one,) = check_roadmap(replace(roadmap, vote_rounds=(single,), votes=votes[1:]), TODAY)
    assert finding_text(one, "nl").endswith(
        "telt 11 stippen; 1 deelnemer met elk 1 stip geeft er hooguit 1."
    )
    assert "1 participant with 1 dot each gives at most 1" in finding_text(one, "en")
    one_more = (*votes, Vote(round_id=anonymous.id, note_id="n2", count=1))
    assert len(check_roadmap(replace(roadmap, votes=one_more), TODAY)) == 2
    # Nobody counted: the check cannot know, and says nothing.
    uncounted = replace(evening, participant_count=0)
    assert kinds(replace(roadmap, sessions=(uncounted,), vote_rounds=(anonymous,))) == []
    # Counted per group only: the groups are added up (20 + 4 = 24 × 3 = 72 allowed).
    grouped = replace(evening, participant_count=0, present_residents=20, present_owners=4)
    assert kinds(replace(roadmap, sessions=(grouped,), vote_rounds=(anonymous,))) == []


def test_a_step_past_its_due_date_is_a_reminder() -> None:
    overdue = replace(WISHES, due_date=date(2026, 11, 1))
    skipped = replace(step("Oud plan", status=StepStatus.SKIPPED), due_date=date(2026, 1, 1))
    found = check_roadmap(facts(steps=(PANEL, overdue, skipped)), TODAY)
    assert [(f.kind, f.step_id, f.severity) for f in found] == [
        (FindingKind.OVERDUE, WISHES.id, Severity.REMINDER)
    ]
    assert finding_text(found[0], "nl") == (
        "'Wensen ophalen' had op 1 november 2026 klaar moeten zijn en is dat nog niet."
    )
    assert count_text(found, "nl") == "1 herinnering"


def test_problems_come_before_reminders_and_follow_the_roadmap() -> None:
    overdue = replace(PANEL, status=StepStatus.PLANNED, due_date=date(2026, 5, 1))
    found = check_roadmap(facts(steps=(WISHES, overdue)), TODAY)
    assert [f.kind for f in found] == [FindingKind.STARTED_BEFORE_BASE, FindingKind.OVERDUE]
    assert count_text(found, "nl") == "1 punt om te controleren, 1 herinnering"
    assert count_text(found, "en") == "1 point to check, 1 reminder"


def test_a_long_decision_is_cut_in_its_finding() -> None:
    held = session(status=SessionStatus.HELD)
    text = "Wij besluiten " + "heel " * 40 + "veel"
    decision = Decision(session_id=held.id, position=0, text=text, step_id=PANEL.id)
    (finding,) = check_roadmap(facts(sessions=(held,), decisions=(decision,)), TODAY)
    words = finding_text(finding, "nl")
    assert "…'" in words and len(words) < 250
