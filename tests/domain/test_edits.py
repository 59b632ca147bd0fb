"""An edit: every touched record before and after one action, its inverse, and two edits
taken together as one (typing in one field is one undo step)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sec_workshop.domain.board import BoardEdit, Note
from sec_workshop.domain.edits import Edit, EditNote
from sec_workshop.domain.process import Step, StepDependency


def _step(**changes: object) -> Step:
    step = Step(model_id="m", lane_id="l", phase_id="p", position=0, title="Buurtavond")
    return replace(step, **changes)  # type: ignore[arg-type]


def test_an_inverse_swaps_before_and_after_and_inverting_twice_gives_the_edit() -> None:
    step = _step()
    moved = replace(step, position=2)
    dep = StepDependency(model_id="m", from_step_id=step.id, to_step_id="other")
    note = EditNote("steps.moved", {"titles": ["Buurtavond"], "more": 0})
    edit: Edit[Step | StepDependency] = Edit(((step, moved), (None, dep)), note)

    inverse = edit.inverted()
    assert inverse.changes == ((dep, None), (moved, step))  # the last change is undone first
    assert inverse.upserts == [step] and inverse.deletes == [dep]
    assert inverse.note == note and inverse.undoing and not edit.undoing
    assert inverse.inverted() == edit
    assert edit.upserts == [moved, dep] and edit.deletes == []
    assert edit and not Edit()


def test_two_edits_as_one_keep_the_first_before_and_the_last_after() -> None:
    step = _step()
    typed = replace(step, title="Buurtavond ", updated_at=step.updated_at + timedelta(seconds=1))
    more = replace(typed, title="Buurtavond m", updated_at=typed.updated_at + timedelta(seconds=1))
    first = Edit(((step, typed),), EditNote("step.updated", {"title": "Buurtavond "}))
    second = Edit(((typed, more),), EditNote("step.updated", {"title": "Buurtavond m"}))

    both = first.then(second)
    assert both.changes == ((step, more),)
    assert both.note == second.note  # names the whole spell by its latest words
    assert both.inverted().changes == ((more, step),)
    assert first.then(Edit()).note == first.note


def test_what_ends_as_it_began_is_left_out() -> None:
    step = _step()
    typed = replace(step, goal="B", updated_at=step.updated_at + timedelta(seconds=1))
    back = replace(typed, goal="", updated_at=typed.updated_at + timedelta(seconds=1))
    made = _step(title="Nieuw")
    both = Edit(((step, typed), (None, made))).then(Edit(((typed, back), (made, None))))
    assert both.changes == ()  # typed and typed back (only the time differs); made and gone
    assert not both


def test_a_board_edit_is_an_edit_of_board_records() -> None:
    note = Note(board_id="b", text="Zonnepanelen op de school")
    edit = BoardEdit(((None, note),))
    assert isinstance(edit, Edit)
    assert edit.inverted().deletes == [note]
    assert edit.inverted().inverted() == edit
