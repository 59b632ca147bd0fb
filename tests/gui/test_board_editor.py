"""The board editor driven as a facilitator would: double-click and type, quick entry,
drag a note into a cluster, clusters from a selection, arrows, delete and undo; the database
is checked after each step."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from mouse_gestures import double_click, drag
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sec_workshop.domain.board import Note
from sec_workshop.gui.board.editor import BoardEditorWidget

EMPTY = "kansen-belemmeringen"


def _db(editor: BoardEditorWidget):  # type: ignore[no-untyped-def]
    return editor.doc.workspace.boards.content(editor.doc.board_id)


def _note(editor: BoardEditorWidget, text: str) -> Note:
    return next(n for n in _db(editor).notes if n.text == text)


def _add(editor: BoardEditorWidget, text: str, x: float, y: float) -> Note:
    note = editor.add_note(QPointF(x, y), text=text, centred=False)
    assert note is not None
    return note


def test_double_click_makes_a_note_and_typing_is_saved_at_once(
    editor: BoardEditorWidget,
) -> None:
    double_click(editor.view, QPointF(500, 400))
    assert editor.view.editor is not None
    QTest.keyClicks(editor.view.viewport(), "Wie betaalt")
    # Saved while typing, before the typing ends.
    assert [n.text for n in _db(editor).notes] == ["Wie betaalt"]
    QTest.keyClicks(editor.view.viewport(), " de warmtepomp?")
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Return)
    assert editor.view.editor is None
    note = _db(editor).notes[0]
    assert note.text == "Wie betaalt de warmtepomp?"
    assert note.x < 500 < note.x + note.width and note.y < 400 < note.y + note.height

    stack = editor.doc.undo_stack
    stack.undo()  # the whole typing is one step
    assert [n.text for n in _db(editor).notes] == [""]
    stack.undo()  # and the note goes
    assert _db(editor).notes == ()
    stack.redo()
    stack.redo()
    assert [n.text for n in _db(editor).notes] == ["Wie betaalt de warmtepomp?"]
    assert editor.scene.notes[note.id].note.text == "Wie betaalt de warmtepomp?"


def test_tab_while_typing_starts_the_next_note_beside(editor: BoardEditorWidget) -> None:
    double_click(editor.view, QPointF(300, 300))
    QTest.keyClicks(editor.view.viewport(), "Eerste")
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Tab)
    QTest.keyClicks(editor.view.viewport(), "Tweede")
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Escape)
    first, second = _note(editor, "Eerste"), _note(editor, "Tweede")
    assert second.y == first.y and second.x > first.x + first.width


def test_quick_entry_puts_each_note_beside_the_last(editor: BoardEditorWidget) -> None:
    editor.quick.setFocus()
    for text in ("Zonnepanelen op de school", "Tocht bij de ramen", "Wat kost het?"):
        QTest.keyClicks(editor.quick, text)
        QTest.keyClick(editor.quick, Qt.Key.Key_Return)
    assert editor.quick.text() == ""
    notes = sorted(_db(editor).notes, key=lambda n: n.x)
    assert [n.text for n in notes] == [
        "Zonnepanelen op de school",
        "Tocht bij de ramen",
        "Wat kost het?",
    ]
    assert len({n.y for n in notes}) == 1
    assert all(b.x >= a.x + a.width for a, b in itertools.pairwise(notes))


def test_dragging_a_note_into_a_cluster_makes_it_a_member_and_undo_takes_it_out(
    editor: BoardEditorWidget,
) -> None:
    a = _add(editor, "Kosten", 100, 100)
    b = _add(editor, "Subsidie", 320, 100)
    loose = _add(editor, "Tocht", 100, 600)
    for item in (editor.scene.notes[a.id], editor.scene.notes[b.id]):
        item.setSelected(True)
    editor.cluster_action.trigger()
    editor.view.stop_editing()
    cluster = _db(editor).clusters[0]
    assert {n.text for n in _db(editor).notes if n.cluster_id == cluster.id} == {
        "Kosten",
        "Subsidie",
    }
    editor.scene.clearSelection()
    QApplication.processEvents()

    target = QPointF(cluster.x + cluster.width / 2, cluster.y + cluster.height - 40)
    drag(editor.view, QPointF(loose.x + 40, loose.y + 40), target)
    moved = _note(editor, "Tocht")
    assert moved.cluster_id == cluster.id
    assert (moved.x, moved.y) != (loose.x, loose.y)
    grown = _db(editor).clusters[0]
    assert grown.y + grown.height >= moved.y + moved.height  # the cluster holds it

    editor.doc.undo_stack.undo()
    back = _note(editor, "Tocht")
    assert back.cluster_id is None and (back.x, back.y) == (loose.x, loose.y)
    assert _db(editor).clusters[0].height == cluster.height


def test_dragging_a_cluster_moves_its_notes_in_one_undo_step(editor: BoardEditorWidget) -> None:
    a = _add(editor, "Kosten", 100, 100)
    editor.scene.notes[a.id].setSelected(True)
    editor.cluster_action.trigger()
    editor.view.stop_editing()
    cluster = _db(editor).clusters[0]
    member = _note(editor, "Kosten")
    editor.scene.clearSelection()
    header = QPointF(cluster.x + cluster.width - 30, cluster.y + 10)
    drag(editor.view, header, header + QPointF(200, 100))
    moved_cluster = _db(editor).clusters[0]
    moved_member = _note(editor, "Kosten")
    assert (moved_cluster.x - cluster.x, moved_cluster.y - cluster.y) == pytest.approx((200, 100))
    assert (moved_member.x - member.x, moved_member.y - member.y) == pytest.approx((200, 100))
    assert moved_member.cluster_id == cluster.id
    editor.doc.undo_stack.undo()
    assert (_note(editor, "Kosten").x, _db(editor).clusters[0].x) == (member.x, cluster.x)


def test_an_arrow_is_drawn_from_note_to_note_and_goes_with_a_deleted_note(
    editor: BoardEditorWidget,
) -> None:
    a = _add(editor, "Oorzaak", 100, 100)
    b = _add(editor, "Gevolg", 500, 100)
    editor.connect_action.setChecked(True)
    drag(editor.view, QPointF(a.x + 50, a.y + 50), QPointF(b.x + 50, b.y + 50))
    links = _db(editor).links
    assert [(x.from_note_id, x.to_note_id) for x in links] == [(a.id, b.id)]
    assert links[0].id in editor.scene.links
    editor.connect_action.setChecked(False)

    editor.scene.notes[a.id].setSelected(True)
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Delete)
    assert [n.text for n in _db(editor).notes] == ["Gevolg"]
    assert _db(editor).links == ()
    editor.doc.undo_stack.undo()
    assert {n.text for n in _db(editor).notes} == {"Oorzaak", "Gevolg"}
    assert [x.id for x in _db(editor).links] == [links[0].id]
    assert links[0].id in editor.scene.links


def test_deleting_a_cluster_leaves_its_notes_and_undo_regroups_them(
    editor: BoardEditorWidget,
) -> None:
    a = _add(editor, "Kosten", 100, 100)
    editor.scene.notes[a.id].setSelected(True)
    editor.cluster_action.trigger()
    editor.view.stop_editing()
    cluster_id = _db(editor).clusters[0].id
    editor.scene.clearSelection()
    editor.scene.clusters[cluster_id].setSelected(True)
    editor.delete_action.trigger()
    assert _db(editor).clusters == ()
    assert _note(editor, "Kosten").cluster_id is None
    editor.doc.undo_stack.undo()
    assert _note(editor, "Kosten").cluster_id == cluster_id
    assert cluster_id in editor.scene.clusters


def test_colour_keys_recolour_the_selection(editor: BoardEditorWidget) -> None:
    a = _add(editor, "Kans", 100, 100)
    editor.scene.notes[a.id].setSelected(True)
    editor.view.setFocus()
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_4)
    assert _note(editor, "Kans").color.value == "green"
    editor.doc.undo_stack.undo()
    assert _note(editor, "Kans").color.value == "yellow"


def test_collapsing_a_cluster_hides_its_notes(editor: BoardEditorWidget) -> None:
    a = _add(editor, "Kosten", 100, 100)
    editor.scene.notes[a.id].setSelected(True)
    editor.cluster_action.trigger()
    editor.view.stop_editing()
    cluster = _db(editor).clusters[0]
    editor.scene.clearSelection()
    editor.scene.clusters[cluster.id].setSelected(True)
    editor.collapse_action.trigger()
    assert _db(editor).clusters[0].collapsed
    assert not editor.scene.notes[a.id].isVisible()
    editor.doc.undo_stack.undo()
    assert editor.scene.notes[a.id].isVisible()
    assert not _db(editor).clusters[0].collapsed


def test_a_photo_of_a_paper_wall_is_added_and_a_broken_one_refused(
    editor: BoardEditorWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import Image
    from PySide6.QtWidgets import QMessageBox

    good = tmp_path / "Muur met briefjes.jpg"
    Image.new("RGB", (3000, 2000), (230, 200, 40)).save(good, "JPEG")
    editor.choose_open_file = lambda *_: str(good)
    editor.photo_action.trigger()
    photos = _db(editor).photos
    assert [(p.caption, p.width_px, p.height_px) for p in photos] == [
        ("Muur met briefjes", 2048, 1365)
    ]
    assert photos[0].id in editor.scene.photos
    QApplication.processEvents()

    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(good.read_bytes()[:5000])
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    editor.choose_open_file = lambda *_: str(broken)
    editor.photo_action.trigger()
    assert len(told) == 1 and "kapot.jpg" in told[0]
    assert len(_db(editor).photos) == 1

    editor.doc.undo_stack.undo()
    assert _db(editor).photos == ()
    assert editor.scene.photos == {}


def test_export_png_writes_the_board(editor: BoardEditorWidget, tmp_path: Path) -> None:
    from PIL import Image

    _add(editor, "Zonnepanelen", 100, 100)
    target = tmp_path / "bord"
    editor.choose_save_file = lambda *_: str(target)
    editor.export_action.trigger()
    image = Image.open(tmp_path / "bord.png")
    assert image.size[0] > 400


def test_far_out_an_overview_stands_in_for_the_notes_and_collapsed_stay_hidden(
    editor: BoardEditorWidget,
) -> None:
    a = _add(editor, "Kosten", 100, 100)
    b = _add(editor, "Los", 400, 100)
    editor.scene.notes[a.id].setSelected(True)
    editor.cluster_action.trigger()
    editor.view.stop_editing()
    cluster = _db(editor).clusters[0]
    editor.scene.clearSelection()
    editor.scene.clusters[cluster.id].setSelected(True)
    editor.collapse_action.trigger()

    editor.view.set_zoom(0.03)
    assert editor.scene.overview_shown()
    assert not editor.scene.notes[b.id].isVisible()
    # A note added while far out is drawn by the overview too.
    c = _add(editor, "Later", 700, 100)
    assert not editor.scene.notes[c.id].isVisible()

    editor.view.set_zoom(0.5)
    assert not editor.scene.overview_shown()
    assert editor.scene.notes[b.id].isVisible() and editor.scene.notes[c.id].isVisible()
    assert not editor.scene.notes[a.id].isVisible()  # still in its collapsed cluster


def test_the_board_grows_where_notes_are_put(editor: BoardEditorWidget) -> None:
    far = _add(editor, "Ver weg", 20_000, 15_000)
    rect = editor.scene.sceneRect()
    assert rect.contains(QRectF(far.x, far.y, far.width, far.height))


def test_keys_that_are_shortcuts_on_the_board_are_plain_letters_while_typing(
    editor: BoardEditorWidget,
) -> None:
    double_click(editor.view, QPointF(500, 400))
    QTest.keyClicks(editor.view, "Tavh 1+2-3 fn")
    QTest.keyClick(editor.view, Qt.Key.Key_Escape)
    notes = _db(editor).notes
    assert [n.text for n in notes] == ["Tavh 1+2-3 fn"]
    assert notes[0].color.value == "yellow" and not notes[0].facilitator_only
    assert _db(editor).votes == ()


def test_resizing_a_note_by_its_corner(editor: BoardEditorWidget) -> None:
    note = _add(editor, "Groot", 200, 200)
    editor.scene.clearSelection()
    editor.scene.notes[note.id].setSelected(True)
    corner = QPointF(note.x + note.width - 4, note.y + note.height - 4)
    drag(editor.view, corner, corner + QPointF(120, 60))
    stored = _note(editor, "Groot")
    assert (stored.width, stored.height) == pytest.approx((note.width + 120, note.height + 60))
    assert (stored.x, stored.y) == (note.x, note.y)
    editor.doc.undo_stack.undo()
    assert _note(editor, "Groot").width == note.width


def test_a_label_a_cluster_title_and_arrow_keys(editor: BoardEditorWidget) -> None:
    editor.view.setFocus()
    editor.new_label_action.trigger()
    QTest.keyClicks(editor.view.viewport(), "Kansen")
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Return)
    label = _note(editor, "Kansen")
    assert label.kind.value == "label"

    a = _add(editor, "Zon", 100, 300)
    editor.scene.clearSelection()
    editor.scene.notes[a.id].setSelected(True)
    editor.cluster_action.trigger()  # the title is selected, ready to be typed over
    QTest.keyClicks(editor.view.viewport(), "Energie")
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Return)
    assert [c.title for c in _db(editor).clusters] == ["Energie"]

    editor.scene.clearSelection()
    editor.scene.notes[a.id].setSelected(True)
    before = _note(editor, "Zon")
    for _ in range(3):
        QTest.keyClick(editor.view, Qt.Key.Key_Right)
    QTest.keyClick(editor.view, Qt.Key.Key_Down)
    moved = _note(editor, "Zon")
    assert (moved.x - before.x, moved.y - before.y) == (60, 20)
    editor.doc.undo_stack.undo()  # the nudges of one selection are one step
    assert (_note(editor, "Zon").x, _note(editor, "Zon").y) == (before.x, before.y)


def test_find_dims_the_rest_and_a_colour_filter(editor: BoardEditorWidget) -> None:
    a = _add(editor, "Warmtepomp in de flat", 100, 100)
    editor.color = editor.color.__class__("pink")
    b = _add(editor, "Wie betaalt?", 400, 100)
    editor.search.setText("warmte")
    assert editor.scene.match_ids == {a.id}
    assert editor.scene.filter_ids is None  # marked, nothing dimmed yet
    editor.only_matches.setChecked(True)
    assert editor.scene.filter_ids == {a.id}
    editor.search.clear()
    editor.color_filter.setCurrentIndex(editor.color_filter.findData("pink"))
    assert editor.scene.filter_ids == {b.id}


def test_align_select_cluster_notes_and_snap(editor: BoardEditorWidget) -> None:
    a = _add(editor, "a", 103, 100)
    b = _add(editor, "b", 141, 400)
    editor.scene.clearSelection()
    for n in (a, b):
        editor.scene.notes[n.id].setSelected(True)
    editor.align_left_action.trigger()
    assert {_note(editor, "a").x, _note(editor, "b").x} == {103}
    editor.cluster_action.trigger()
    editor.view.stop_editing()
    editor.scene.clearSelection()
    cluster = _db(editor).clusters[0]
    editor.scene.clusters[cluster.id].setSelected(True)
    editor.select_members_action.trigger()
    selected = {i.note_id for i in editor.scene.selectedItems() if hasattr(i, "note_id")}
    assert selected == {a.id, b.id}

    loose = _add(editor, "los", 700, 700)
    editor.scene.clearSelection()
    editor.snap_action.setChecked(True)
    drag(editor.view, QPointF(loose.x + 50, loose.y + 50), QPointF(loose.x + 83, loose.y + 71))
    snapped = _note(editor, "los")
    assert snapped.x % 20 == 0 and snapped.y % 20 == 0
    assert (snapped.x, snapped.y) != (loose.x, loose.y)


def test_a_template_draws_its_zones_behind_the_notes(editor: BoardEditorWidget) -> None:
    template = editor.doc.template
    assert template is not None and template.key == "kansen-belemmeringen"
    zone = template.zones[0]
    image = editor.view.viewport().grab().toImage()
    middle = editor.view.mapToScene(editor.view.viewport().rect().center())
    assert QRectF(zone.x, zone.y, zone.width, zone.height).contains(middle)
    spot = editor.view.mapFromScene(middle)
    assert image.pixelColor(spot).name().upper() == zone.color.upper()


def _collapsed_cluster(editor: BoardEditorWidget, *notes: Note) -> str:
    editor.scene.clearSelection()
    for note in notes:
        editor.scene.notes[note.id].setSelected(True)
    editor.cluster_action.trigger()
    editor.view.stop_editing()
    cluster_id = _db(editor).clusters[0].id
    editor.scene.clearSelection()
    editor.scene.clusters[cluster_id].setSelected(True)
    editor.collapse_action.trigger()
    return cluster_id


def test_notes_leaving_a_collapsed_cluster_show_again(editor: BoardEditorWidget) -> None:
    a = _add(editor, "Kosten", 100, 100)
    cluster_id = _collapsed_cluster(editor, a)
    assert not editor.scene.notes[a.id].isVisible()
    editor.scene.clearSelection()
    editor.scene.clusters[cluster_id].setSelected(True)
    editor.delete_action.trigger()
    assert editor.scene.notes[a.id].isVisible()  # loose now, so on the board
    editor.doc.undo_stack.undo()
    assert not editor.scene.notes[a.id].isVisible()  # back in its collapsed cluster
    editor.doc.undo_stack.redo()
    assert editor.scene.notes[a.id].isVisible()


def test_a_click_on_the_corner_of_a_collapsed_cluster_does_not_resize_it(
    editor: BoardEditorWidget,
) -> None:
    a = _add(editor, "Kosten", 100, 100)
    cluster_id = _collapsed_cluster(editor, a)
    before = _db(editor).clusters[0]
    steps = editor.doc.undo_stack.count()
    item = editor.scene.clusters[cluster_id]
    corner = item.area().bottomRight() - QPointF(4, 4)
    drag(editor.view, corner, corner + QPointF(1, 1), steps=1)
    assert _db(editor).clusters[0].height == before.height
    assert editor.doc.undo_stack.count() in (steps, steps + 1)  # at most a move, no resize
    assert "Grootte" not in editor.doc.undo_stack.text(editor.doc.undo_stack.count() - 1)


def test_undo_while_typing_ends_the_typing_and_keeps_the_undone_text(
    editor: BoardEditorWidget,
) -> None:
    note = _add(editor, "oud", 300, 300)
    editor.view.start_editing(note.id)
    QTest.keyClicks(editor.view.viewport(), " nieuw")
    assert _note(editor, "oud nieuw").id == note.id
    editor.doc.undo_stack.undo()  # from the menu, while the note is still being typed in
    assert editor.view.editor is None
    assert _db(editor).notes[0].text == "oud"
    assert editor.doc.undo_stack.canRedo()


def test_a_failed_save_while_dragging_or_typing_is_told(
    editor: BoardEditorWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    note = _add(editor, "Kosten", 200, 200)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    editor.doc.workspace.board_editing.delete_board(editor.doc.board_id)
    editor.scene.clearSelection()
    drag(editor.view, QPointF(note.x + 40, note.y + 40), QPointF(note.x + 240, note.y + 90))
    assert len(told) == 1 and "bestaat niet meer" in told[0]
    assert editor.scene.notes[note.id].pos() == QPointF(note.x, note.y)  # back where it is
    editor.view.start_editing(note.id)
    QTest.keyClicks(editor.view.viewport(), "xyz")
    assert len(told) == 2 and editor.view.editor is None  # one message, typing ended


def test_export_png_says_where_the_image_went(editor: BoardEditorWidget, tmp_path: Path) -> None:
    """Clicking *PNG exporteren* ends with a note of where the file is, not with silence (and
    not with a dialog to click away)."""
    _add(editor, "Zonnepanelen", 100, 100)
    editor.view.stop_editing()
    target = tmp_path / "Wijksafari"
    editor.choose_save_file = lambda *_: str(target)
    assert not editor.notice.isVisible()
    button = editor.toolbar.widgetForAction(editor.export_action)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    written = tmp_path / "Wijksafari.png"
    assert written.stat().st_size > 1000
    assert editor.notice.isVisible()
    assert str(written) in editor.notice.text()
    # It goes by itself; the next export says its own place.
    editor._notice_timer.timeout.emit()
    assert not editor.notice.isVisible()
