"""The demo wijk: added once, realistic enough to look through."""

from __future__ import annotations

from datetime import date

from sec_workshop.domain.enums import SessionStatus, StepStatus
from sec_workshop.services.workspace import Workspace


def test_demo_is_added_once(workspace: Workspace) -> None:
    first = workspace.demo.add()
    assert first.created
    bundle = workspace.wijken.bundle(first.wijk_id)
    second = workspace.demo.add()
    assert not second.created and second.wijk_id == first.wijk_id
    again = workspace.wijken.bundle(first.wijk_id)
    assert len(workspace.wijken.list()) == 1
    assert again == bundle


def test_demo_has_progress_sessions_boards_and_stakeholders(workspace: Workspace) -> None:
    today = date(2026, 11, 22)
    wijk_id = workspace.demo.add(today=today).wijk_id
    roadmap = workspace.models.roadmap_of(wijk_id)
    assert roadmap is not None
    statuses = {s.status for s in workspace.models.content(roadmap.id).steps}
    assert {StepStatus.DONE, StepStatus.IN_PROGRESS, StepStatus.PLANNED} <= statuses

    sessions = workspace.sessions.summaries(wijk_id)
    held = [s for s in sessions if s.session.status is SessionStatus.HELD]
    planned = [s for s in sessions if s.session.status is SessionStatus.PLANNED]
    assert held and planned
    assert all(s.session.starts_at and s.session.starts_at.date() < today for s in held)
    assert all(s.session.starts_at and s.session.starts_at.date() > today for s in planned)
    plan = workspace.sessions.content(planned[0].session.id)
    assert (
        plan.agenda
        and sum(i.duration_minutes for i in plan.agenda) == plan.session.duration_minutes
    )
    past = workspace.sessions.content(held[0].session.id)
    assert len(past.decisions) >= 3 and len(past.actions) >= 5

    boards = workspace.boards.summaries(wijk_id)
    full = [b for b in boards if b.note_count]
    assert len(full) >= 2
    assert all(b.cluster_count >= 4 and b.vote_total > 0 for b in full)
    content = workspace.boards.content(full[0].board.id)
    clustered = [n for n in content.notes if n.cluster_id]
    assert clustered
    for note in clustered:
        cluster = next(c for c in content.clusters if c.id == note.cluster_id)
        assert cluster.x <= note.x and note.x + note.width <= cluster.x + cluster.width
        assert cluster.y <= note.y and note.y + note.height <= cluster.y + cluster.height

    people = workspace.stakeholders.list(wijk_id)
    assert len(people) >= 10
    assert len({p.type_key for p in people}) >= 6
    known_types = {t.key for t in workspace.library.stakeholder_types()}
    assert {p.type_key for p in people} <= known_types
