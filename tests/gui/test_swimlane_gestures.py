"""Gestures on the swimlane with the mouse: dragging cards to another place or cell, drawing
an arrow from a card's handle, dragging a lane's or a phase's header, double-clicks. Each
ends in a request of the scene; the tests that push a command check the database too."""

from __future__ import annotations

import swimlane_setup
from mouse_gestures import drag, point
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from swimlane_setup import collect, db_step, scene_of

from sec_workshop.domain.process import StepDependency
from sec_workshop.gui.roadmap.commands import AddDependencyCommand, MoveStepsCommand
from sec_workshop.gui.roadmap.document import ModelDocument
from sec_workshop.gui.roadmap.items import CARD_WIDTH, COLUMN_WIDTH, StepCardItem
from sec_workshop.gui.roadmap.view import SwimlaneView

Move = tuple[str, str, str, int]

# The swimlane on screen that the tests ask for by these names.
doc = swimlane_setup.doc
view = swimlane_setup.view


# --- dragging cards ----------------------------------------------------------------------
def test_dragging_a_card_into_another_cell_requests_the_move(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    moves = collect(scene.move_requested)
    lanes, phases = doc.lanes(), doc.phases()
    step = doc.steps_in(lanes[0].id, phases[0].id)[0]
    target_cell = scene.cell_rect(lanes[1].id, phases[2].id)
    # Drop in the empty space below the cards: the step goes to the end of that cell.
    drop = QPointF(target_cell.center().x(), target_cell.bottom() - 30)
    drag(view, scene.card_rect(step.id).center(), drop)
    end = len(doc.steps_in(lanes[1].id, phases[2].id))
    assert moves == [([(step.id, lanes[1].id, phases[2].id, end)],)]
    # Nobody acted on the request: the card is back where the document has it.
    assert scene.cell_rect(step.lane_id, step.phase_id).contains(scene.card_rect(step.id))


def test_a_drop_at_the_top_of_a_cell_inserts_first_and_the_command_updates_database(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)

    def push(moves: list[Move]) -> None:
        doc.undo_stack.push(MoveStepsCommand(doc, [tuple(m) for m in moves]))  # type: ignore[misc]

    scene.move_requested.connect(push)
    lanes, phases = doc.lanes(), doc.phases()
    step = doc.steps_in(lanes[0].id, phases[0].id)[1]
    first = doc.steps_in(lanes[2].id, phases[3].id)[0]
    above_first = scene.card_rect(first.id).topLeft() + QPointF(CARD_WIDTH / 2, -2)
    drag(view, scene.card_rect(step.id).center(), above_first)
    stored = db_step(doc, step.id)
    assert (stored.lane_id, stored.phase_id, stored.position) == (lanes[2].id, phases[3].id, 0)
    assert doc.steps_in(lanes[2].id, phases[3].id)[0].id == step.id
    cell = scene.cell_rect(lanes[2].id, phases[3].id)
    assert cell.contains(scene.card_rect(step.id))
    assert scene.card_rect(step.id).top() < scene.card_rect(first.id).top()
    doc.undo_stack.undo()
    assert scene.cell_rect(lanes[0].id, phases[0].id).contains(scene.card_rect(step.id))


def test_reordering_within_a_cell(view: SwimlaneView, doc: ModelDocument) -> None:
    scene = scene_of(view)
    moves = collect(scene.move_requested)
    lane, phase = doc.lanes()[0], doc.phases()[0]
    cards = doc.steps_in(lane.id, phase.id)
    last, first = cards[-1], cards[0]
    # The dragged card's centre ends above the first card's centre.
    drop = scene.card_rect(first.id).topLeft() + QPointF(CARD_WIDTH / 2, 6)
    drag(view, scene.card_rect(last.id).center(), drop)
    assert moves == [([(last.id, lane.id, phase.id, 0)],)]


def test_a_drop_outside_every_cell_snaps_back(view: SwimlaneView, doc: ModelDocument) -> None:
    scene = scene_of(view)
    moves = collect(scene.move_requested)
    step = doc.steps()[0]
    before = scene.card_rect(step.id)
    outside = QPointF(before.center().x(), scene.sceneRect().bottom() - 5)
    assert scene.cell_at(outside) is None
    drag(view, before.center(), outside)
    assert moves == []
    assert scene.card_rect(step.id) == before


def test_dragging_several_selected_cards_moves_them_together(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    moves = collect(scene.move_requested)
    lane, phases = doc.lanes()[0], doc.phases()
    a, b = doc.steps_in(lane.id, phases[0].id)[:2]
    scene.select_steps([a.id, b.id])
    start = scene.card_rect(a.id).center()
    drag(view, start, start + QPointF(COLUMN_WIDTH, 0))
    assert len(moves) == 1
    (requested,) = moves[0]
    assert {m[0] for m in requested} == {a.id, b.id}  # type: ignore[attr-defined]
    assert {(m[1], m[2]) for m in requested} == {(lane.id, phases[1].id)}  # type: ignore[attr-defined]
    positions = {m[0]: m[3] for m in requested}  # type: ignore[attr-defined]
    assert positions[a.id] < positions[b.id]  # their order is kept


# --- arrows by dragging from the handle ----------------------------------------------------
def test_dragging_from_the_handle_onto_another_card_requests_an_arrow(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    requested = collect(scene.dependency_requested)
    moves = collect(scene.move_requested)
    lanes, phases = doc.lanes(), doc.phases()
    source = doc.steps_in(lanes[2].id, phases[0].id)[0]
    target = doc.steps_in(lanes[0].id, phases[4].id)[0]
    handle = scene.step_items[source.id].pos() + scene.step_items[source.id].handle_center()
    drag(view, handle, scene.card_rect(target.id).center())
    assert requested == [(source.id, target.id)]
    assert moves == []
    assert [i for i in scene.items() if i.zValue() >= 30] == []  # the rubber band is gone


def test_an_arrow_dragged_onto_empty_space_requests_nothing(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    requested = collect(scene.dependency_requested)
    source = doc.steps()[0]
    card = scene.step_items[source.id]
    drag(view, card.pos() + card.handle_center(), QPointF(-10, -10))
    assert requested == []


def test_an_arrow_made_by_dragging_is_stored_and_drawn(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)

    def push(from_id: str, to_id: str) -> None:
        dep = StepDependency(model_id=doc.model.id, from_step_id=from_id, to_step_id=to_id)
        doc.undo_stack.push(AddDependencyCommand(doc, dep))

    scene.dependency_requested.connect(push)
    lanes, phases = doc.lanes(), doc.phases()
    source = doc.steps_in(lanes[1].id, phases[0].id)[0]
    target = doc.steps_in(lanes[1].id, phases[5].id)[0]
    card = scene.step_items[source.id]
    drag(view, card.pos() + card.handle_center(), scene.card_rect(target.id).center())
    stored = doc.workspace.models.content(doc.model.id).dependencies
    new = [d for d in stored if (d.from_step_id, d.to_step_id) == (source.id, target.id)]
    assert len(new) == 1
    assert new[0].id in scene.dep_items


def test_dragging_a_lane_header_down_requests_the_new_position(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    moved = collect(scene.lane_header_moved)
    lanes = doc.lanes()
    header = scene.lane_items[lanes[0].id].sceneBoundingRect()
    below_second = scene.lane_items[lanes[1].id].sceneBoundingRect().bottom() + 20
    drag(view, header.center(), QPointF(header.center().x(), below_second))
    assert moved == [(lanes[0].id, 1)]
    assert scene.lane_items[lanes[0].id].sceneBoundingRect() == header  # back until done


def test_dragging_a_phase_header_requests_the_new_position(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    moved = collect(scene.phase_header_moved)
    phases = doc.phases()
    header = scene.phase_items[phases[4].id].sceneBoundingRect()
    left_of_second = scene.phase_items[phases[1].id].sceneBoundingRect().left() + 20
    drag(view, header.center(), QPointF(left_of_second, header.center().y()))
    assert moved == [(phases[4].id, 1)]


def test_double_clicks_ask_to_add_or_edit(view: SwimlaneView, doc: ModelDocument) -> None:
    scene = scene_of(view)
    added = collect(scene.add_step_requested)
    edited = collect(scene.edit_requested)
    lanes, phases = doc.lanes(), doc.phases()
    cell = scene.cell_rect(lanes[0].id, phases[0].id)
    empty = QPointF(cell.center().x(), cell.bottom() - 8)
    assert scene.itemAt(empty, view.transform()) is None or not isinstance(
        scene.itemAt(empty, view.transform()), StepCardItem
    )
    QTest.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        point(view, empty),
    )
    assert added == [(lanes[0].id, phases[0].id)]
    step = doc.steps_in(lanes[1].id, phases[1].id)[0]
    card = scene.card_rect(step.id).center()
    QTest.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        point(view, card),
    )
    assert edited == [(step.id,)]
