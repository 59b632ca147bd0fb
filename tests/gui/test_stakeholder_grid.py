"""The invloed-belangmatrix: chips dragged by the mouse to another cell (one undo step for
both scores), the matrix following changes made elsewhere, chips that never hide each other,
the keys, and the PNG export through the output guard."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest
from mouse_gestures import double_click, drag
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip
from pytestqt.qtbot import QtBot
from shown_text import as_shown

from sec_workshop.gui.stakeholders.document import StakeholdersDocument
from sec_workshop.gui.stakeholders.grid import PNG_WIDTH, StakeholderGridWidget
from sec_workshop.gui.stakeholders.grid_layout import chip_counts, grid_layout
from sec_workshop.gui.stakeholders.grid_scene import StakeholderGridScene
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def grid(qapp: QApplication, workspace: Workspace) -> Iterator[StakeholderGridWidget]:
    """The matrix of the demo wijk, shown in a 1400x900 window (fitted to it)."""
    wijk_id = workspace.demo.add().wijk_id
    doc = StakeholdersDocument(workspace, wijk_id)
    widget = StakeholderGridWidget(doc)
    widget.resize(1400, 900)
    widget.show()
    widget.activateWindow()
    qapp.processEvents()
    yield widget
    widget.close()
    widget.deleteLater()
    doc.deleteLater()
    qapp.processEvents()


def _id(grid: StakeholderGridWidget, name: str) -> str:
    return next(p.id for p in grid.doc.people.values() if p.name == name)


def _centre(scene: StakeholderGridScene, stakeholder_id: str) -> QPointF:
    chip = scene.chip(stakeholder_id)
    assert chip is not None
    return chip.sceneBoundingRect().center()


def _in_cell(
    scene: StakeholderGridScene, stakeholder_id: str, influence: int, interest: int
) -> bool:
    chip = scene.chip(stakeholder_id)
    assert chip is not None
    cell = scene.layout.cell_rect(influence, interest)
    return (
        stakeholder_id in scene.members(influence, interest)
        and chip.cell == (influence, interest)
        and cell.contains(chip.sceneBoundingRect())
    )


def _scores(workspace: Workspace, stakeholder_id: str) -> tuple[int, int]:
    person = workspace.stakeholders.get(stakeholder_id)
    return person.influence, person.interest


def test_dragging_a_chip_to_another_cell_is_one_undo_step(
    grid: StakeholderGridWidget, workspace: Workspace
) -> None:
    scene, stack = grid.scene, grid.doc.undo_stack
    school = _id(grid, "Basisschool De Vlieger")
    assert _scores(workspace, school) == (1, 2)
    target = scene.layout.cell_rect(4, 5).center()

    drag(grid.view, _centre(scene, school), target)

    assert _scores(workspace, school) == (4, 5)  # both scores, saved
    assert grid.doc.people[school].quadrant == "key_player"
    assert _in_cell(scene, school, 4, 5)
    assert school not in scene.members(1, 2)
    assert stack.count() == 1
    stack.undo()
    assert _scores(workspace, school) == (1, 2)
    assert (grid.doc.people[school].influence, grid.doc.people[school].interest) == (1, 2)
    assert _in_cell(scene, school, 1, 2)
    stack.redo()
    assert _scores(workspace, school) == (4, 5)
    assert _in_cell(scene, school, 4, 5)


def test_a_drop_outside_the_cells_takes_the_nearest_cell(
    grid: StakeholderGridWidget, workspace: Workspace
) -> None:
    scene = grid.scene
    school = _id(grid, "Basisschool De Vlieger")
    outside = scene.layout.cell_rect(1, 5).bottomRight() + QPointF(12, 40)  # past the corner

    drag(grid.view, _centre(scene, school), outside)

    assert _scores(workspace, school) == (1, 5)
    assert _in_cell(scene, school, 1, 5)


def test_a_drop_in_the_same_cell_changes_nothing(
    grid: StakeholderGridWidget, workspace: Workspace
) -> None:
    scene = grid.scene
    school = _id(grid, "Basisschool De Vlieger")
    chip = scene.chip(school)
    assert chip is not None
    before = chip.pos()
    corner = scene.layout.cell_rect(1, 2).topLeft() + QPointF(6, 6)

    drag(grid.view, _centre(scene, school), corner)

    assert grid.doc.undo_stack.count() == 0
    assert _scores(workspace, school) == (1, 2)
    assert chip.pos() == before  # back in its place


def test_a_change_made_elsewhere_moves_the_chip(
    qtbot: QtBot, grid: StakeholderGridWidget, workspace: Workspace
) -> None:
    scene = grid.scene
    school = _id(grid, "Basisschool De Vlieger")
    workspace.stakeholders.place(school, 5, 1)  # as another window would

    qtbot.waitUntil(lambda: _in_cell(scene, school, 5, 1))
    assert school not in scene.members(1, 2)
    assert grid.doc.undo_stack.count() == 0


def test_a_stakeholder_added_or_deleted_elsewhere_comes_and_goes(
    qtbot: QtBot, grid: StakeholderGridWidget, workspace: Workspace
) -> None:
    scene = grid.scene
    person = workspace.stakeholders.new(grid.doc.wijk_id, "huurder", "Bewoners Lijsterstraat")
    workspace.stakeholders.add(person)
    qtbot.waitUntil(lambda: scene.chip(person.id) is not None)
    assert _in_cell(scene, person.id, person.influence, person.interest)
    workspace.stakeholders.delete([person.id])
    qtbot.waitUntil(lambda: scene.chip(person.id) is None)
    assert person.id not in scene.members(person.influence, person.interest)


def test_chips_in_one_cell_never_overlap(grid: StakeholderGridWidget) -> None:
    scene, doc = grid.scene, grid.doc
    crowded = (2, 4)
    assert len(scene.members(*crowded)) == 4  # as the demo wijk has it
    others = [p.id for p in doc.ordered() if (p.influence, p.interest) != crowded][:9]
    for stakeholder_id in others:
        doc.place(stakeholder_id, *crowded)  # as the command would
    members = scene.members(*crowded)
    assert len(members) == 13
    rects = [_chip_rect(scene, m) for m in members]
    for a, b in combinations(rects, 2):
        assert not a.intersects(b)
    cell = scene.layout.cell_rect(*crowded)
    assert all(cell.contains(r) for r in rects)
    for stakeholder_id in scene.chips:  # and no chip of another cell is hidden either
        chip = scene.chip(stakeholder_id)
        assert chip is not None
        assert scene.layout.cell_rect(*chip.cell).contains(chip.sceneBoundingRect())


def _chip_rect(scene: StakeholderGridScene, stakeholder_id: str) -> QRectF:
    chip = scene.chip(stakeholder_id)
    assert chip is not None
    return chip.sceneBoundingRect()


def test_the_layout_gives_every_chip_a_place() -> None:
    counts = {(i, j): (i * 7 + j * 3) % 23 for i in range(1, 6) for j in range(1, 6)}
    columns, rows = chip_counts(counts)
    for (influence, interest), count in counts.items():
        assert columns[interest - 1] * rows[influence - 1] >= count
    layout = grid_layout(counts, 60, 60)
    for cell, count in counts.items():
        slots = layout.slots(*cell, count)
        assert len(set((p.x(), p.y()) for p in slots)) == count
        for p in slots:
            assert layout.cell_at(p + QPointF(5, 5)) == cell


def test_arrow_keys_move_the_selected_chip_one_cell(
    qtbot: QtBot, grid: StakeholderGridWidget, workspace: Workspace
) -> None:
    scene, view = grid.scene, grid.view
    school = _id(grid, "Basisschool De Vlieger")
    with qtbot.waitSignal(grid.stakeholder_selected) as selected:
        QTest.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            view.mapFromScene(_centre(scene, school)),
        )
    assert selected.args == [school]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert _scores(workspace, school) == (2, 3)
    assert _in_cell(scene, school, 2, 3)
    assert grid.doc.undo_stack.count() == 2  # a command per key
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)  # at the edge: nothing more
    assert _scores(workspace, school) == (1, 3)
    assert grid.doc.undo_stack.count() == 3
    assert scene.selected_id() == school  # still selected after the moves


def test_a_double_click_asks_to_open_the_stakeholder(
    qtbot: QtBot, grid: StakeholderGridWidget
) -> None:
    school = _id(grid, "Basisschool De Vlieger")
    with qtbot.waitSignal(grid.open_requested) as opened:
        double_click(grid.view, _centre(grid.scene, school))
    assert opened.args == [school]


def test_export_png_writes_the_grid(grid: StakeholderGridWidget, tmp_path: Path) -> None:
    target = tmp_path / "matrix"
    grid.choose_save_file = lambda *_: str(target)
    grid.scene.select(_id(grid, "Basisschool De Vlieger"))
    grid.export_button.click()

    written = tmp_path / "matrix.png"
    image = QImage(str(written))
    assert not image.isNull()
    bounds = grid.scene.layout.bounds
    assert image.width() == PNG_WIDTH
    assert image.height() == round(PNG_WIDTH * bounds.height() / bounds.width())
    assert str(written) in grid.notice.text()
    assert grid.scene.selected_id()  # the selection is back after the image


def test_export_into_the_data_folder_is_refused(
    grid: StakeholderGridWidget, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(str(args[2])))
    grid.choose_save_file = lambda *_: str(data_dir / "matrix.png")
    grid.export_button.click()
    assert told
    assert not (data_dir / "matrix.png").exists()


def test_grid_png_needs_no_window(qapp: QApplication, workspace: Workspace) -> None:
    wijk_id = workspace.demo.add().wijk_id
    doc = StakeholdersDocument(workspace, wijk_id)
    widget = StakeholderGridWidget(doc)
    image = QImage.fromData(widget.grid_png(800))
    assert image.width() == 800 and image.height() > 400
    assert not widget.isVisible()
    assert widget.view.objectName() and widget.view.accessibleName()
    assert widget.export_button.objectName() and widget.export_button.accessibleName()
    widget.deleteLater()
    doc.deleteLater()
    qapp.processEvents()


def test_the_tooltip_gives_the_whole_name(grid: StakeholderGridWidget) -> None:
    name = "Gemeente Dalmonde, programma Warmtetransitie"  # too long for the chip
    view = grid.view
    pos = view.mapFromScene(_centre(grid.scene, _id(grid, name)))
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert name in as_shown(QToolTip.text())
    QToolTip.hideText()
