"""The swimlane scene and view: cards in their cells, arrows, the document's signals, search
and route highlight, keyboard navigation and the PNG export. (Gestures with the mouse:
``test_swimlane_gestures``.)"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from itertools import pairwise
from math import ceil

import pytest
import swimlane_setup
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem
from shown_text import as_shown
from swimlane_setup import collect, scene_of

from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.process import Step, StepDependency
from sec_workshop.gui.roadmap.commands import (
    AddStepCommand,
    DeleteStepsCommand,
    EditStepCommand,
    MoveStepsCommand,
)
from sec_workshop.gui.roadmap.document import ModelDocument
from sec_workshop.gui.roadmap.items import ARROW_HEAD, DependencyItem
from sec_workshop.gui.roadmap.scene import SwimlaneScene
from sec_workshop.gui.roadmap.view import SwimlaneView

# The swimlane on screen that the tests ask for by these names.
doc = swimlane_setup.doc
view = swimlane_setup.view


# --- layout ------------------------------------------------------------------------------
def test_every_step_has_a_card_inside_its_lane_band_and_phase_column(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    assert set(scene.step_items) == {s.id for s in doc.steps()}
    assert set(scene.lane_items) == {x.id for x in doc.lanes()}
    assert set(scene.phase_items) == {x.id for x in doc.phases()}
    for step in doc.steps():
        card = scene.card_rect(step.id)
        cell = scene.cell_rect(step.lane_id, step.phase_id)
        assert cell.contains(card), step.title
        assert scene.cell_at(card.center()) == (step.lane_id, step.phase_id)
        lane_header = scene.lane_items[step.lane_id].sceneBoundingRect()
        assert lane_header.top() <= card.top() and card.bottom() <= lane_header.bottom()
        phase_header = scene.phase_items[step.phase_id].sceneBoundingRect()
        assert phase_header.left() <= card.left() and card.right() <= phase_header.right()


def test_cards_in_a_cell_are_stacked_in_position_order_without_overlap(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    for lane in doc.lanes():
        for phase in doc.phases():
            rects = [scene.card_rect(s.id) for s in doc.steps_in(lane.id, phase.id)]
            for upper, lower in pairwise(rects):
                assert upper.bottom() < lower.top()
                assert upper.left() == lower.left()


def test_lane_headers_show_name_and_progress(view: SwimlaneView, doc: ModelDocument) -> None:
    scene = scene_of(view)
    lane = doc.lanes()[0]
    header = scene.lane_items[lane.id]
    assert as_shown(header.toolTip()) == lane.name
    assert header.progress_text == "0% klaar"  # a new roadmap: nothing done yet


def test_every_dependency_is_an_arrow_from_the_source_to_the_target(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    assert set(scene.dep_items) == {d.id for d in doc.dependencies()}
    assert doc.dependencies()
    for dep in doc.dependencies():
        arrow = scene.dep_items[dep.id]
        assert isinstance(arrow, DependencyItem)
        start = arrow.path().pointAtPercent(0)
        source = scene.card_rect(dep.from_step_id)
        assert abs(start.x() - source.right()) < 1
        assert source.top() < start.y() < source.bottom()
        target = scene.card_rect(dep.to_step_id)
        tip = arrow.shape().boundingRect()
        assert tip.intersects(target.adjusted(-2, -2, 2, 2))
        assert arrow.zValue() < scene.step_items[dep.to_step_id].zValue()  # below the cards


# --- the document's signals --------------------------------------------------------------
def test_moves_in_the_document_move_the_cards(view: SwimlaneView, doc: ModelDocument) -> None:
    scene = scene_of(view)
    lanes, phases = doc.lanes(), doc.phases()
    step = doc.steps_in(lanes[0].id, phases[0].id)[2]
    doc.move_steps([(step.id, lanes[1].id, phases[3].id, 0)])
    card = scene.card_rect(step.id)
    cell = scene.cell_rect(lanes[1].id, phases[3].id)
    assert cell.contains(card)
    others = [scene.card_rect(s.id) for s in doc.steps_in(lanes[1].id, phases[3].id)[1:]]
    assert all(card.bottom() < other.top() for other in others)
    # Arrows follow their cards.
    for dep_id, arrow in scene.step_items[step.id].arrows.items():
        dep = doc.dependency(dep_id)
        assert dep is not None
        if dep.from_step_id == step.id:
            assert abs(arrow.path().pointAtPercent(0).x() - card.right()) < 1


def test_deleting_steps_in_the_document_removes_cards_and_their_arrows(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    dep = doc.dependencies()[0]
    gone = dep.from_step_id
    item = scene.step_items[gone]
    doc.delete_steps([gone])
    assert gone not in scene.step_items
    assert dep.id not in scene.dep_items
    assert item not in scene.items()
    assert all(d.from_step_id != gone for d in doc.dependencies())
    # The cell closes up: the cards below moved up.
    for lane in doc.lanes():
        for phase in doc.phases():
            rects = [scene.card_rect(s.id) for s in doc.steps_in(lane.id, phase.id)]
            assert all(scene.cell_rect(lane.id, phase.id).contains(r) for r in rects)


def test_a_new_dependency_in_the_document_adds_an_arrow(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    lanes, phases = doc.lanes(), doc.phases()
    a = doc.steps_in(lanes[0].id, phases[0].id)[0]
    b = doc.steps_in(lanes[1].id, phases[5].id)[0]
    dep = StepDependency(model_id=doc.model.id, from_step_id=a.id, to_step_id=b.id)
    doc.add_dependency(dep)
    assert isinstance(scene.dep_items[dep.id], DependencyItem)
    assert dep.id in scene.step_items[a.id].arrows
    doc.delete_dependency(dep.id)
    assert dep.id not in scene.dep_items


def test_a_new_step_gets_a_card_and_a_lane_move_rebuilds_keeping_the_selection(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    lanes, phases = doc.lanes(), doc.phases()
    step = Step(
        model_id=doc.model.id,
        lane_id=lanes[2].id,
        phase_id=phases[5].id,
        position=0,
        title="Buurtbarbecue",
    )
    doc.add_step(step)
    assert scene.cell_rect(lanes[2].id, phases[5].id).contains(scene.card_rect(step.id))
    scene.select_steps([step.id])
    doc.move_lane(lanes[2].id, 0)
    assert scene.selected_step_ids() == [step.id]
    assert scene.lane_items[lanes[2].id].pos().y() < scene.lane_items[lanes[0].id].pos().y()
    assert scene.cell_rect(lanes[2].id, phases[5].id).contains(scene.card_rect(step.id))


def _layout_of(scene: SwimlaneScene) -> dict[str, object]:
    """Everything the layout decides: card places, lane spans, header places and sizes,
    arrow paths, progress, background and scene size."""
    return {
        "cards": {i: (c.pos(), c.home, c.isVisible()) for i, c in scene.step_items.items()},
        "lanes": list(scene.swimlane_layout.lane_spans),
        "headers": {
            i: (h.pos(), h.size_rect(), h.progress_text) for i, h in scene.lane_items.items()
        },
        "phases": {i: (h.pos(), h.progress_text) for i, h in scene.phase_items.items()},
        "arrows": {i: a.path() for i, a in scene.dep_items.items()},
        "grid": scene._grid.boundingRect(),
        "legend": scene._legend.pos(),
        "rect": scene.sceneRect(),
    }


def _check_cells(scene: SwimlaneScene, doc: ModelDocument) -> None:
    """Every card sits in the cell the document says, in position order, without overlap;
    lanes follow each other without gaps."""
    for step in doc.steps():
        cell = scene.cell_rect(step.lane_id, step.phase_id)
        assert cell.contains(scene.card_rect(step.id)), step.title
    for lane in doc.lanes():
        for phase in doc.phases():
            rects = [scene.card_rect(s.id) for s in doc.steps_in(lane.id, phase.id)]
            for upper, lower in pairwise(rects):
                assert upper.bottom() < lower.top()
    for (_a, top, height), (_b, next_top, _h) in pairwise(scene.swimlane_layout.lane_spans):
        assert top + height == next_top


def test_after_every_edit_the_layout_is_what_a_fresh_scene_lays_out(
    qapp: QApplication, doc: ModelDocument
) -> None:
    """Edits lay out only the cells they touch (and the lanes below a lane that grew or
    shrank); the result must be exactly that of laying everything out anew."""
    scene = SwimlaneScene(doc)
    rnd = random.Random(7)
    lanes, phases = doc.lanes(), doc.phases()
    crowded = max(
        ((lane.id, phase.id) for lane in lanes for phase in phases),
        key=lambda cell: len(doc.steps_in(*cell)),
    )
    edits: list[Callable[[], None]] = []
    for _ in range(12):
        step = rnd.choice(doc.steps())
        lane, phase = rnd.choice(lanes), rnd.choice(phases)
        moves = [(step.id, lane.id, phase.id, rnd.randrange(4))]
        edits.append(partial(doc.undo_stack.push, MoveStepsCommand(doc, moves)))
    # Into the tallest cell (its lane grows, the lanes below move down) and out again.
    for step in [s for s in doc.steps() if s.lane_id == lanes[0].id][:3]:
        moves = [(step.id, *crowded, 0)]
        edits.append(partial(doc.undo_stack.push, MoveStepsCommand(doc, moves)))
    edits += [doc.undo_stack.undo] * 5

    def last_card_out_of_the_tallest_cell() -> None:
        # Its cell gets shorter with no other card in it renumbered.
        last = doc.steps_in(*crowded)[-1]
        moves = [(last.id, lanes[-1].id, phases[0].id, 0)]
        doc.undo_stack.push(MoveStepsCommand(doc, moves))

    edits += [last_card_out_of_the_tallest_cell] * 2
    new = Step(
        model_id=doc.model.id, lane_id=crowded[0], phase_id=crowded[1], position=1, title="Nieuw"
    )
    edits.append(partial(doc.undo_stack.push, AddStepCommand(doc, new)))
    edits.append(
        partial(doc.undo_stack.push, DeleteStepsCommand(doc, [doc.steps_in(*crowded)[0].id]))
    )
    edits.append(doc.undo_stack.undo)
    long_title = replace(new, title="Een heel lange titel " * 6)
    edits.append(partial(doc.undo_stack.push, EditStepCommand(doc, new, long_title, "title")))
    edits += [doc.undo_stack.undo] * 3
    for edit in edits:
        edit()
        _check_cells(scene, doc)
        fresh = SwimlaneScene(doc)
        assert _layout_of(scene) == _layout_of(fresh)
        fresh.deleteLater()


# --- search, highlight -------------------------------------------------------------------
def test_find_selects_matching_steps_and_highlight_dims_other_routes(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    found = scene.find("WIJKSAFARI")
    assert found
    assert all("wijksafari" in doc.step(i).title.casefold() for i in found)  # type: ignore[union-attr]
    assert scene.selected_step_ids() == found
    assert scene.find("") == [] and scene.selected_step_ids() == []
    social, technical = doc.lanes()[0], doc.lanes()[1]
    scene.highlight_route(social.route)
    a = doc.steps_in(social.id, doc.phases()[0].id)[0]
    b = doc.steps_in(technical.id, doc.phases()[0].id)[0]
    assert scene.step_items[a.id].opacity() == 1.0
    assert scene.step_items[b.id].opacity() < 0.5
    scene.highlight_route(None)
    assert scene.step_items[b.id].opacity() == 1.0


# --- keyboard ----------------------------------------------------------------------------
def test_arrow_keys_move_the_selection_and_keys_ask_for_actions(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    view.setFocus()
    lanes, phases = doc.lanes(), doc.phases()
    QTest.keyClick(view, Qt.Key.Key_Right)  # nothing selected: the first card
    first = doc.steps_in(lanes[0].id, phases[0].id)[0]
    assert scene.selected_step_ids() == [first.id]
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_step_ids() == [doc.steps_in(lanes[0].id, phases[0].id)[1].id]
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert scene.selected_step_ids() == [first.id]
    QTest.keyClick(view, Qt.Key.Key_Right)
    (right,) = scene.selected_step_ids()
    assert doc.step(right).phase_id == phases[1].id  # type: ignore[union-attr]
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert scene.selected_step_ids() == [first.id]
    # Down from the last card of a lane goes on into the next lane of the same column.
    last = doc.steps_in(lanes[0].id, phases[0].id)[-1]
    scene.select_steps([last.id])
    QTest.keyClick(view, Qt.Key.Key_Down)
    (below,) = scene.selected_step_ids()
    assert doc.step(below).lane_id == lanes[1].id  # type: ignore[union-attr]
    assert doc.step(below).phase_id == phases[0].id  # type: ignore[union-attr]

    edits = collect(view.edit_requested)
    deletes = collect(view.delete_requested)
    copies = collect(view.copy_requested)
    pastes = collect(view.paste_requested)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert edits == [(below,)]
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert copies == [([below],)]
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert pastes == [()]
    arrow = next(iter(scene.dep_items.values()))
    arrow.setSelected(True)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert deletes == [([below], [arrow.dep_id])]


# --- view --------------------------------------------------------------------------------
def test_zoom_is_clamped_and_fit_shows_everything(view: SwimlaneView) -> None:
    view.set_zoom(10)
    assert view.zoom() == pytest.approx(3.0)
    view.set_zoom(0.01)
    assert view.zoom() == pytest.approx(0.2)
    view.fit_all()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(scene_of(view).sceneRect())


def test_cards_are_cached_as_pixmaps_only_while_the_view_shows_them_readable(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache

    def modes() -> set[QGraphicsItem.CacheMode]:
        return {card.cacheMode() for card in scene.step_items.values()}

    assert modes() == {cached}  # the fixture shows them at half size
    view.set_zoom(0.2)
    assert modes() == {QGraphicsItem.CacheMode.NoCache}
    view.set_zoom(1.0)
    lane, phase = doc.lanes()[0], doc.phases()[0]
    doc.add_step(
        Step(model_id=doc.model.id, lane_id=lane.id, phase_id=phase.id, position=0, title="Nieuw")
    )
    assert modes() == {cached}
    # A scene without a view (an export, a report) draws its cards directly.
    unseen = SwimlaneScene(doc)
    assert {c.cacheMode() for c in unseen.step_items.values()} == {QGraphicsItem.CacheMode.NoCache}


def test_export_png_renders_the_whole_model(view: SwimlaneView, doc: ModelDocument) -> None:
    scene = scene_of(view)
    scene.select_steps([doc.steps()[0].id])
    data = view.png_bytes()
    assert data is not None
    image = QImage.fromData(data, "PNG")
    rect = scene.sceneRect()
    assert (image.width(), image.height()) == (ceil(rect.width()), ceil(rect.height()))
    assert image.width() > 6 * 250 and image.height() > 3 * 110
    assert image.pixelColor(2, 2).name() == "#ffffff"  # white margin
    lane = doc.lanes()[0]
    header = scene.lane_items[lane.id].sceneBoundingRect()
    inside = header.topLeft() + QPointF(4, header.height() - 6) - rect.topLeft()
    assert image.pixelColor(inside.toPoint()).name() == lane.color.lower()
    half = view.png_bytes(scale=0.5)
    assert half is not None
    assert QImage.fromData(half, "PNG").width() == pytest.approx(image.width() / 2, abs=1)
    assert scene.selected_step_ids() == [doc.steps()[0].id]  # the export left it alone


def test_a_language_switch_rebuilds_the_texts_and_keeps_the_selection(
    view: SwimlaneView, doc: ModelDocument
) -> None:
    scene = scene_of(view)
    step = doc.steps()[3]
    scene.select_steps([step.id])
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert set(scene.step_items) == {s.id for s in doc.steps()}
    assert scene.selected_step_ids() == [step.id]
    assert scene.cell_rect(step.lane_id, step.phase_id).contains(scene.card_rect(step.id))


def _check_arrows(scene: SwimlaneScene, doc: ModelDocument) -> None:
    """Every arrow leaves its source card at the handle, ends with its tip on the target's
    edge, and is painted inside its bounds."""
    for dep in doc.dependencies():
        arrow = scene.dep_items[dep.id]
        source, target = scene.card_rect(dep.from_step_id), scene.card_rect(dep.to_step_id)
        start = arrow.path().pointAtPercent(0)
        assert start == QPointF(source.right(), source.center().y())
        tip = arrow.head()[0]
        assert tip.x() in (target.left(), target.right())
        assert target.top() <= tip.y() <= target.bottom()
        assert arrow.path().pointAtPercent(1) == arrow.head()[1] + QPointF(0, ARROW_HEAD * 0.55)
        bounds = arrow.boundingRect()
        for inside in (arrow.path().controlPointRect(), arrow.head().boundingRect()):
            assert bounds.united(inside) == bounds  # (contains() is False for a flat rect)


def test_arrows_connect_the_cards_where_they_are_after_lanes_shift(
    qapp: QApplication, doc: ModelDocument
) -> None:
    """A lane that grows moves the lanes below: arrows between two moved cards move along,
    arrows with one end above are made again; all must end at their cards."""
    scene = SwimlaneScene(doc)
    lanes, phases = doc.lanes(), doc.phases()
    steps = doc.steps()
    # Arrows within the lanes that will shift, and across the lane that grows.
    for a, b in ((steps[-1], steps[-5]), (steps[0], steps[-2]), (steps[-3], steps[1])):
        doc.add_dependency(
            StepDependency(model_id=doc.model.id, from_step_id=a.id, to_step_id=b.id)
        )
    _check_arrows(scene, doc)
    tops = {i: top for i, top, _h in scene.swimlane_layout.lane_spans}
    crowded = max(
        ((lanes[0].id, phase.id) for phase in phases), key=lambda cell: len(doc.steps_in(*cell))
    )
    movers = [s for s in steps if s.lane_id != lanes[0].id][:4]
    for step in movers:
        doc.undo_stack.push(MoveStepsCommand(doc, [(step.id, *crowded, 0)]))
        _check_cells(scene, doc)
        _check_arrows(scene, doc)
    assert {i: top for i, top, _h in scene.swimlane_layout.lane_spans}[lanes[-1].id] > tops[
        lanes[-1].id
    ]
    for _ in movers:
        doc.undo_stack.undo()
        _check_arrows(scene, doc)
    assert {i: top for i, top, _h in scene.swimlane_layout.lane_spans} == tops


def test_progress_follows_a_done_step_to_another_lane_and_phase(
    qapp: QApplication, doc: ModelDocument
) -> None:
    scene = SwimlaneScene(doc)
    lanes, phases = doc.lanes(), doc.phases()
    step = doc.steps_in(lanes[0].id, phases[0].id)[0]
    doc.update_step(replace(step, status=StepStatus.DONE))
    before = (
        scene.lane_items[lanes[0].id].progress_text,
        scene.phase_items[phases[0].id].progress_text,
    )
    doc.undo_stack.push(MoveStepsCommand(doc, [(step.id, lanes[1].id, phases[2].id, 0)]))
    fresh = SwimlaneScene(doc)
    for items, fresh_items in (
        (scene.lane_items, fresh.lane_items),
        (scene.phase_items, fresh.phase_items),
    ):
        assert {i: h.progress_text for i, h in items.items()} == {
            i: h.progress_text for i, h in fresh_items.items()
        }
    after = (
        scene.lane_items[lanes[0].id].progress_text,
        scene.phase_items[phases[0].id].progress_text,
    )
    assert after != before
    fresh.deleteLater()


def test_arrows_follow_a_card_that_changes_height_where_it_stands(doc: ModelDocument) -> None:
    from sec_workshop.gui.roadmap.commands import DetachInstrumentCommand

    scene = SwimlaneScene(doc)
    # A card at the top of its cell with arrows and instrument chips: without its chips it
    # gets lower, and stays put.
    step = next(
        s
        for s in doc.steps()
        if s.position == 0 and scene.step_items[s.id].arrows and doc.instruments_of(s.id)
    )
    card = scene.step_items[step.id]
    height, place = card.height, card.pos()
    for link in doc.instrument_links_of(step.id):
        doc.undo_stack.push(DetachInstrumentCommand(doc, link.id))
    assert card.height < height and card.pos() == place
    fresh = SwimlaneScene(doc)
    assert _layout_of(scene) == _layout_of(fresh)
    fresh.deleteLater()
    scene.deleteLater()
