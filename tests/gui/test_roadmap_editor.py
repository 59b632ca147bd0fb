"""The roadmap editor as a facilitator uses it: drag steps and arrows, undo, find, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.roadmap.editor import RoadmapEditorWidget
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def editor(qapp: QApplication, qtbot: QtBot, workspace: Workspace) -> Iterator[RoadmapEditorWidget]:
    template = next(t for t in workspace.models.templates() if t.builtin_key == "sec-standaard")
    wijk = workspace.wijken.create(Wijk(name="Lombok"), template.id).wijk
    model = workspace.models.roadmap_of(wijk.id)
    assert model is not None
    widget = RoadmapEditorWidget(workspace, model.id)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.set_zoom(0.6)
    yield widget


def _drag(editor: RoadmapEditorWidget, start: QPointF, end: QPointF) -> None:
    view = editor.view
    editor.view.ensureVisible(start.x(), start.y(), 1, 1)
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mouseMove(viewport, a)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 9):
        QTest.mouseMove(viewport, a + (b - a) * (i / 8))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def _db(editor: RoadmapEditorWidget):  # type: ignore[no-untyped-def]
    return editor.doc.workspace.models.content(editor.doc.model.id)


def test_drag_a_step_to_another_cell_saves_and_undoes(editor: RoadmapEditorWidget) -> None:
    doc, scene = editor.doc, editor.scene
    lanes, phases = doc.lanes(), doc.phases()
    step = doc.steps_in(lanes[0].id, phases[0].id)[0]
    target = scene.cell_rect(lanes[1].id, phases[0].id)
    editor.view.set_zoom(0.5)
    _drag(editor, scene.card_rect(step.id).center(), QPointF(target.center().x(), target.top() + 5))
    saved = next(s for s in _db(editor).steps if s.id == step.id)
    assert (saved.lane_id, saved.phase_id, saved.position) == (lanes[1].id, phases[0].id, 0)
    assert scene.cell_rect(lanes[1].id, phases[0].id).contains(scene.card_rect(step.id).center())
    doc.undo_stack.undo()
    saved = next(s for s in _db(editor).steps if s.id == step.id)
    assert (saved.lane_id, saved.position) == (lanes[0].id, 0)
    assert scene.cell_rect(lanes[0].id, phases[0].id).contains(scene.card_rect(step.id).center())


def test_drag_an_arrow_between_steps_across_lanes(editor: RoadmapEditorWidget) -> None:
    doc, scene = editor.doc, editor.scene
    source = doc.steps_in(doc.lanes()[0].id, doc.phases()[0].id)[0]
    target = doc.steps_in(doc.lanes()[2].id, doc.phases()[1].id)[-1]
    card = scene.step_items[source.id]
    before = len(_db(editor).dependencies)
    editor.view.set_zoom(0.5)
    _drag(editor, card.pos() + card.handle_center(), scene.card_rect(target.id).center())
    deps = _db(editor).dependencies
    assert len(deps) == before + 1
    assert any(d.from_step_id == source.id and d.to_step_id == target.id for d in deps)
    assert len(scene.dep_items) == before + 1
    doc.undo_stack.undo()
    assert len(_db(editor).dependencies) == before == len(scene.dep_items)


def test_double_click_an_empty_cell_adds_a_step_to_edit(
    editor: RoadmapEditorWidget, qtbot: QtBot
) -> None:
    doc = editor.doc
    lane, phase = doc.lanes()[0], doc.phases()[5]
    count = len(doc.steps_in(lane.id, phase.id))
    editor.scene.add_step_requested.emit(lane.id, phase.id)
    cell = doc.steps_in(lane.id, phase.id)
    assert len(cell) == count + 1 and cell[-1].title == "Nieuwe stap"
    assert editor.editor.step_id == cell[-1].id
    editor.editor.title.selectAll()
    qtbot.keyClicks(editor.editor.title, "Buurtbarbecue")
    assert next(s for s in _db(editor).steps if s.id == cell[-1].id).title == "Buurtbarbecue"


def test_delete_key_removes_selected_steps_and_undo_restores(editor: RoadmapEditorWidget) -> None:
    doc = editor.doc
    dep = doc.dependencies()[0]
    editor.scene.select_steps([dep.from_step_id])
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    assert doc.step(dep.from_step_id) is None
    assert dep.from_step_id not in {s.id for s in _db(editor).steps}
    doc.undo_stack.undo()
    assert dep.id in {d.id for d in _db(editor).dependencies}
    assert dep.from_step_id in editor.scene.step_items


def test_copy_paste_makes_new_steps(editor: RoadmapEditorWidget) -> None:
    doc = editor.doc
    step = doc.steps()[0]
    editor.scene.select_steps([step.id])
    editor.view.copy_requested.emit([step.id])
    before = len(doc.steps())
    editor.view.paste_requested.emit()
    assert len(doc.steps()) == before + 1 == len(_db(editor).steps)
    copy = next(s for s in doc.steps() if s.title == step.title and s.id != step.id)
    assert copy.lane_id == step.lane_id and copy.phase_id == step.phase_id
    doc.undo_stack.undo()
    assert len(_db(editor).steps) == before


def test_instrument_onto_a_step(
    editor: RoadmapEditorWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    doc = editor.doc
    step = doc.steps()[0]
    attached = {i.id for i in doc.instruments_of(step.id)}
    instrument = next(i for i in doc.workspace.library.instruments() if i.id not in attached)
    assert editor.attach_instrument(step.id, instrument.id)
    assert instrument.id in {i.id for i in _db(editor).instruments_of(step.id)}
    assert not editor.attach_instrument(step.id, instrument.id)  # not twice
    assert shown == ["Dit instrument hangt al aan deze stap."]


def test_find_and_route_filter_and_history(editor: RoadmapEditorWidget, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor.search, "warmte")
    QTest.keyClick(editor.search, Qt.Key.Key_Return)
    assert editor.found.text().endswith("gevonden") and not editor.found.text().startswith("0")
    editor.route_filter.setCurrentIndex(editor.route_filter.findData("technical"))
    assert editor.history.count() >= 1


def test_lane_rename_delete_with_undo(
    editor: RoadmapEditorWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    doc = editor.doc
    lane = doc.lanes()[1]
    editor.scene.select_steps([doc.steps_in(lane.id, doc.phases()[0].id)[0].id])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Techniek en geld", True))
    editor._on_rename_lane()
    assert _db(editor).lanes[1].name == "Techniek en geld"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor._on_delete_lane()
    assert lane.id not in {x.id for x in _db(editor).lanes}
    doc.undo_stack.undo()
    assert _db(editor).lanes[1].id == lane.id


def test_export_png(
    editor: RoadmapEditorWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "routekaart.png"
    assert editor.export_png_to(str(target))
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert image.width() > 1000 and image.height() > 600
    # Never into the data folder, onto its database least of all.
    database = editor.doc.workspace.maintenance.database_file
    before = database.read_bytes()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(str(a[2])))
    assert not editor.export_png_to(str(database))
    assert database.read_bytes() == before
    assert len(said) == 1 and "gegevensmap" in said[0]


def test_drag_an_instrument_from_the_library_onto_a_step_card(
    editor: RoadmapEditorWidget, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An instrument dragged from the library onto a step card is attached; undo removes it.

    The drag starts for real: a mouse press and moves on the library list run Qt's item-view
    drag code, which asks the list for the drag's QMimeData. Offscreen Qt has no platform
    drag, so ``QDrag.exec`` then returns at once instead of carrying the data across the
    window. The test therefore takes that very QMimeData (copied, as the QDrag deletes its
    own) and delivers QDragEnterEvent, QDragMoveEvent and QDropEvent to the swimlane view's
    viewport at the card's position, as the platform drag would.
    """
    from PySide6.QtCore import QMimeData, QPoint
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from sec_workshop.gui.common.instrument_library import INSTRUMENT_MIME, InstrumentList

    doc = editor.doc
    step = doc.steps()[0]
    editor.scene.select_steps([step.id])
    assert editor.editor.step_id == step.id
    attached = {i.id for i in doc.instruments_of(step.id)}
    library = editor.library.list
    editor.side.setCurrentWidget(editor.library)
    row = next(
        r
        for r in range(library.count())
        if library.item(r).data(Qt.ItemDataRole.UserRole) not in attached
    )
    item = library.item(row)
    instrument_id = str(item.data(Qt.ItemDataRole.UserRole))

    dragged: list[QMimeData] = []
    original = InstrumentList.mimeData

    def recording(self: InstrumentList, items: list) -> QMimeData:  # type: ignore[type-arg]
        data = original(self, items)
        copy = QMimeData()
        for fmt in data.formats():
            copy.setData(fmt, data.data(fmt))
        dragged.append(copy)
        return data

    monkeypatch.setattr(InstrumentList, "mimeData", recording)
    library.scrollToItem(item)
    start = library.visualItemRect(item).center()
    QTest.mousePress(
        library.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    for dx in (6, 14, 30, 60):  # beyond the start-drag distance: Qt starts the drag
        QTest.mouseMove(library.viewport(), start + QPoint(dx, 0))
    QTest.mouseRelease(
        library.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    assert len(dragged) == 1, "Qt's item view did not start a drag of the instrument"
    data = dragged[0]
    assert bytes(data.data(INSTRUMENT_MIME).data()).decode() == instrument_id
    assert data.text() == item.text()

    card = editor.scene.card_rect(step.id).center()
    editor.view.centerOn(card)
    viewport = editor.view.viewport()
    target = editor.view.mapFromScene(card)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(target - QPoint(20, 0), copy, data, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(target, copy, data, buttons, keys)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(target.toPointF(), copy, data, buttons, keys)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()

    assert instrument_id in {i.id for i in _db(editor).instruments_of(step.id)}
    assert instrument_id in {i.id for i in doc.instruments_of(step.id)}
    shown = editor.editor.instruments  # the step panel lists it too
    assert item.text() in [shown.item(r).text() for r in range(shown.count())]
    doc.undo_stack.undo()
    assert instrument_id not in {i.id for i in _db(editor).instruments_of(step.id)}
    assert instrument_id not in {i.id for i in doc.instruments_of(step.id)}
    doc.undo_stack.redo()
    assert instrument_id in {i.id for i in _db(editor).instruments_of(step.id)}


def test_an_instrument_dropped_beside_the_cards_attaches_nothing(
    editor: RoadmapEditorWidget,
) -> None:
    from PySide6.QtCore import QMimeData, QPoint
    from PySide6.QtGui import QDropEvent

    from sec_workshop.gui.common.instrument_library import INSTRUMENT_MIME

    links = len(_db(editor).step_instruments)
    data = QMimeData()
    data.setData(INSTRUMENT_MIME, editor.doc.workspace.library.instruments()[0].id.encode())
    editor.view.centerOn(0, 0)
    drop = QDropEvent(
        QPoint(2, 2).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(editor.view.viewport(), drop)
    assert len(_db(editor).step_instruments) == links
    assert editor.doc.undo_stack.count() == 0


def test_a_link_that_cannot_be_saved_is_reported_and_not_ticked(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sec_workshop.domain.base import DomainError

    model = workspace.models.roadmap_of(workspace.demo.add().wijk_id)
    assert model is not None
    widget = RoadmapEditorWidget(workspace, model.id)
    qtbot.addWidget(widget)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def disk_full(*_args: object) -> None:
        raise DomainError("db.write_failed", reason="de schijf is vol")

    monkeypatch.setattr(workspace.editing, "link_stakeholder", disk_full)
    before = workspace.editing.step_links(model.id).step_stakeholders
    step = next(s for s in widget.doc.steps() if not widget.doc.stakeholder_links_of(s.id))
    widget.scene.select_steps([step.id])
    box = widget.editor.stakeholders
    box.item(0).setCheckState(Qt.CheckState.Checked)  # what a click on the box does
    assert len(shown) == 1 and shown[0].startswith("Opslaan is mislukt")
    assert "Er is niets half opgeslagen" in shown[0]
    assert box.item(0).checkState() == Qt.CheckState.Unchecked
    assert workspace.editing.step_links(model.id).step_stakeholders == before
    assert widget.doc.undo_stack.count() == 0


def _click(widget: QWidget, pos: QPoint | None = None) -> None:
    QTest.mouseClick(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint(5, 5)
    )


def _click_card(editor: RoadmapEditorWidget, step_id: str) -> None:
    center = editor.scene.card_rect(step_id).center()
    editor.view.ensureVisible(center.x(), center.y(), 1, 1)
    _click(editor.view.viewport(), editor.view.mapFromScene(center))


def _retype(field: QWidget, text: str) -> None:
    """Click into a field, select what it holds and type over it, key by key."""
    _click(field)
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)


def test_a_spell_of_editing_a_step_is_one_line_of_history_in_every_view(
    editor: RoadmapEditorWidget, qtbot: QtBot
) -> None:
    doc, scene, panel = editor.doc, editor.scene, editor.editor
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    step = doc.steps_in(doc.lanes()[0].id, doc.phases()[0].id)[0]
    other = doc.steps_in(doc.lanes()[1].id, doc.phases()[0].id)[0]
    lines_before = editor.history.count()
    _click_card(editor, step.id)
    assert panel.step_id == step.id
    _retype(panel.title, "Warmtenet-avond met bewoners ")
    _retype(panel.owner, "Gemeente ")
    assert panel.title.text() == "Warmtenet-avond met bewoners"  # trimmed when left
    _retype(panel.texts["goal"], "Bewoners weten wat een warmtenet is. ")
    _click_card(editor, other.id)  # typing ends, the panel shows the other step

    assert panel.step_id == other.id
    saved = next(s for s in _db(editor).steps if s.id == step.id)
    assert (saved.title, saved.owner, saved.goal) == (
        "Warmtenet-avond met bewoners",
        "Gemeente",
        "Bewoners weten wat een warmtenet is.",
    )
    assert doc.step(step.id) == saved
    assert " ".join(scene.step_items[step.id]._title_lines) == saved.title
    assert doc.undo_stack.count() == 3  # title, owner, goal
    assert editor.history.count() == lines_before + 1
    assert (
        editor.history.item(0)
        .text()
        .endswith("  Stap 'Warmtenet-avond met bewoners' bijgewerkt: titel, eigenaar en doel")
    )


def test_history_in_english_shows_titles_as_typed(
    qapp: QApplication, qtbot: QtBot, workspace: Workspace
) -> None:
    template = next(t for t in workspace.models.templates() if t.builtin_key == "sec-standaard")
    wijk = workspace.wijken.create(Wijk(name="Lombok"), template.id).wijk
    model = workspace.models.roadmap_of(wijk.id)
    assert model is not None
    widget = RoadmapEditorWidget(workspace, model.id, "en")
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    step = widget.doc.steps()[0]
    widget.editor.show_step(step.id)
    _retype(widget.editor.title, "<b>Energiecafe</b> & buurt ")
    QTest.keyClick(widget.editor.title, Qt.Key.Key_Return)
    lines = [widget.history.item(i).text() for i in range(widget.history.count())]
    assert lines[0].endswith("  Step '<b>Energiecafe</b> & buurt' updated: title")
    assert lines[-1].endswith("  Roadmap made from template 'SEC-procesmodel'")


def test_undo_and_redo_of_deleting_a_lane_show_in_every_view(
    editor: RoadmapEditorWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scene, the step panel and the history follow a lane deleted, brought back and
    deleted again; every card stands in its cell at its place."""
    doc, scene = editor.doc, editor.scene
    lane = doc.lanes()[0]
    shown = doc.steps_in(lane.id, doc.phases()[1].id)[0]
    editor.scene.select_steps([shown.id])
    assert editor.editor.step_id == shown.id
    places = {s.id: (s.lane_id, s.phase_id, s.position) for s in doc.steps()}

    def cards_in_place() -> bool:
        for step in doc.steps():
            cell = scene.cell_rect(step.lane_id, step.phase_id)
            stack = [scene.card_rect(s.id).top() for s in doc.steps_in(step.lane_id, step.phase_id)]
            if not cell.contains(scene.card_rect(step.id).center()) or stack != sorted(stack):
                return False
        return set(scene.step_items) == {s.id for s in doc.steps()}

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor._on_delete_lane()
    assert lane.id not in scene.lane_items and editor.editor.step_id is None
    assert cards_in_place()
    doc.undo_stack.undo()
    assert {s.id: (s.lane_id, s.phase_id, s.position) for s in doc.steps()} == places
    assert {s.id: (s.lane_id, s.phase_id, s.position) for s in _db(editor).steps} == places
    assert cards_in_place()
    assert (
        editor.history.item(0).text().endswith(f"Ongedaan gemaakt: Baan '{lane.name}' verwijderd")
    )
    doc.undo_stack.redo()
    assert lane.id not in scene.lane_items and cards_in_place()
    assert editor.history.item(0).text().endswith(f"Opnieuw gedaan: Baan '{lane.name}' verwijderd")
