"""The projector view: the same scene seen by the room, without facilitator-only notes or
selection marks, following or frozen, in high contrast, and gone from the scene's audiences
once closed."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView, QStyleOptionGraphicsItem

from sec_workshop.domain.board import Note, NoteLink
from sec_workshop.domain.enums import NOTE_COLOR_HEX, NoteColor
from sec_workshop.gui.board.commands import AddLinkCommand
from sec_workshop.gui.board.editor import BoardEditorWidget
from sec_workshop.gui.board.projector import DARK, ProjectorWindow, other_screen, visible_scene_rect
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def projector(editor: BoardEditorWidget) -> ProjectorWindow:
    editor.projector_action.trigger()
    assert editor.projector is not None
    editor.projector.resize(1280, 720)
    QApplication.processEvents()
    return editor.projector


def _add(editor: BoardEditorWidget, x: float, y: float, color: NoteColor) -> Note:
    editor.color = color
    note = editor.add_note(QPointF(x, y), text="", centred=False)
    assert note is not None
    return note


def _pixel(view: QGraphicsView, scene_point: QPointF) -> QColor:
    image = view.viewport().grab().toImage()
    point = view.mapFromScene(scene_point)
    return image.pixelColor(point.x(), point.y())


def _close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 8


def test_other_screen_is_one_that_is_not_the_facilitators() -> None:
    assert other_screen(["laptop", "beamer"], "laptop") == "beamer"
    assert other_screen(["beamer", "laptop"], "laptop") == "beamer"
    assert other_screen(["laptop"], "laptop") is None


def test_the_projector_shows_the_same_scene_as_an_audience(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    assert projector.view.scene() is editor.scene
    assert projector.isWindow() and projector.isVisible()
    assert editor.projector_action.isChecked()
    assert editor.scene.audience_of(projector.view.viewport()) is projector.audience
    assert editor.scene.audience_of(editor.view.viewport()) is None


def test_a_facilitator_only_note_is_not_painted_on_the_projector(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    shown = _add(editor, 420, 300, NoteColor.GREEN)
    hidden = _add(editor, 700, 300, NoteColor.PINK)
    editor.scene.clearSelection()
    editor.scene.notes[hidden.id].setSelected(True)
    editor.hide_action.trigger()
    assert editor.doc.notes[hidden.id].facilitator_only
    editor.view.stop_editing()
    QApplication.processEvents()

    def centre(note: Note) -> QPointF:
        return QPointF(note.x + note.width / 2, note.y + note.height / 2)

    pink, green = QColor(NOTE_COLOR_HEX[NoteColor.PINK]), QColor(NOTE_COLOR_HEX[NoteColor.GREEN])
    # The facilitator sees both notes; the room sees the green one only.
    assert _close(_pixel(editor.view, centre(hidden)), pink)
    assert _close(_pixel(editor.view, centre(shown)), green)
    assert _close(_pixel(projector.view, centre(shown)), green)
    assert not _close(_pixel(projector.view, centre(hidden)), pink)


def test_an_arrow_to_a_facilitator_only_note_is_not_drawn_on_the_projector(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    a = _add(editor, 300, 300, NoteColor.YELLOW)
    b = _add(editor, 800, 300, NoteColor.YELLOW)
    editor.view.stop_editing()
    editor.doc.undo_stack.push(
        AddLinkCommand(
            editor.doc, NoteLink(board_id=editor.doc.board_id, from_note_id=a.id, to_note_id=b.id)
        )
    )
    QApplication.processEvents()
    middle = QPointF((a.x + a.width + b.x) / 2, a.y + a.height / 2)
    arrow = QColor("#455A64")
    assert _close(_pixel(editor.view, middle), arrow)
    assert _close(_pixel(projector.view, middle), arrow)
    editor.scene.clearSelection()
    editor.scene.notes[b.id].setSelected(True)
    editor.hide_action.trigger()
    QApplication.processEvents()
    assert _close(_pixel(editor.view, middle), arrow)
    assert not _close(_pixel(projector.view, middle), arrow)


def test_selection_marks_are_not_drawn_on_the_projector(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    note = _add(editor, 420, 300, NoteColor.YELLOW)
    editor.view.stop_editing()
    editor.scene.clearSelection()
    QApplication.processEvents()
    edge = QPointF(note.x + note.width / 2, note.y + 2)  # where the selection frame goes
    before = _pixel(projector.view, edge)
    editor.scene.notes[note.id].setSelected(True)
    QApplication.processEvents()
    assert _pixel(editor.view, edge) == QColor("#1565C0")
    assert _pixel(projector.view, edge) == before


def test_the_projector_follows_the_facilitators_view(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    def centres_match() -> bool:
        mine = visible_scene_rect(editor.view).center()
        theirs = projector.shown_rect().center()
        return (mine - theirs).manhattanLength() < 4

    assert centres_match()
    bar = editor.view.horizontalScrollBar()
    bar.setValue(bar.value() + 400)
    editor.view.verticalScrollBar().setValue(editor.view.verticalScrollBar().value() + 150)
    assert centres_match()
    editor.view.set_zoom(0.4)
    assert centres_match()
    mine, theirs = visible_scene_rect(editor.view), projector.shown_rect()
    # The whole of the facilitator's view is on the beamer, and not much more.
    assert theirs.adjusted(-2, -2, 2, 2).contains(mine)
    assert theirs.width() * theirs.height() < 1.5 * mine.width() * mine.height()


def test_a_frozen_projector_keeps_its_part_of_the_board(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    editor.freeze_action.trigger()
    assert not projector.following
    kept = projector.shown_rect()
    bar = editor.view.horizontalScrollBar()
    bar.setValue(bar.value() + 500)
    editor.view.set_zoom(0.3)
    assert projector.shown_rect() == kept
    projector.resize(1000, 700)  # another window size shows the same part, fitted
    QApplication.processEvents()
    assert projector.shown_rect().adjusted(-2, -2, 2, 2).contains(projector.view.shown_rect)
    editor.freeze_action.trigger()  # following again: it catches up at once
    mine = visible_scene_rect(editor.view).center()
    assert (projector.shown_rect().center() - mine).manhattanLength() < 4


def test_high_contrast_darkens_the_wall_around_the_board(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    template = editor.doc.template
    assert template is not None
    outside = QPointF(template.width + 300, template.height / 2)
    editor.view.centerOn(outside)
    QApplication.processEvents()
    assert not _close(_pixel(projector.view, outside), DARK)
    editor.contrast_action.trigger()
    assert projector.audience.high_contrast
    QApplication.processEvents()
    assert _close(_pixel(projector.view, outside), DARK)


def test_the_timer_shows_big_on_the_projector_above_the_board_never_over_notes(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    display = projector.timer_display
    assert display is not None and not display.isVisible()
    # A note in the top-right corner of what the room sees, where the timer goes.
    shown = projector.shown_rect()
    note = _add(editor, shown.right() - 260, shown.top() + 20, NoteColor.GREEN)
    editor.view.stop_editing()
    green = QColor(NOTE_COLOR_HEX[NoteColor.GREEN])
    start = editor.session_bar.widgetForAction(editor.timer_start_action)
    QTest.mouseClick(start, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert display.isVisible() and display.text() == "05:00"
    assert display.label.font().pixelSize() >= projector.height() // 10
    # The board is fitted below the timer's band: the timer and the board never overlap,
    # and the note in the corner is seen whole.
    viewport = projector.view.viewport()
    assert not display.geometry().intersects(viewport.geometry())
    assert viewport.geometry().top() >= display.geometry().bottom()
    for corner in (QPointF(note.x + 8, note.y + 8), QPointF(note.x + note.width - 12, note.y + 8)):
        assert viewport.rect().contains(projector.view.mapFromScene(corner))
        assert _close(_pixel(projector.view, corner), green)
    QTest.mouseClick(start, Qt.MouseButton.LeftButton)  # paused: still shown
    assert display.isVisible()
    editor.timer_reset_action.trigger()
    QApplication.processEvents()
    assert not display.isVisible()
    assert projector.view.viewport().geometry().top() == 0  # the whole screen for the board


def test_typing_in_a_facilitator_only_note_stays_off_the_projector(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    note = _add(editor, 420, 300, NoteColor.YELLOW)
    editor.view.stop_editing()
    editor.scene.notes[note.id].setSelected(True)
    editor.hide_action.trigger()
    assert editor.view.start_editing(note.id)
    QTest.keyClicks(editor.view.viewport(), "Geheim adres")
    typing = editor.view.editor
    assert typing is not None

    def painted(widget: object) -> bool:
        image = QImage(400, 200, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        typing.paint(painter, QStyleOptionGraphicsItem(), widget)  # type: ignore[arg-type]
        painter.end()
        return any(
            image.pixelColor(x, y).alpha() for x in range(0, 400, 2) for y in range(0, 60, 2)
        )

    assert painted(editor.view.viewport())
    assert not painted(projector.view.viewport())
    editor.view.stop_editing()


def test_closing_the_projector_unregisters_it(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    viewport = projector.view.viewport()
    assert editor.scene.audience_of(viewport) is not None
    projector.activateWindow()
    QTest.keyClick(projector, Qt.Key.Key_Escape)  # not full screen: Esc closes
    assert editor.scene.audience_of(viewport) is None
    assert editor.projector is None
    assert not editor.projector_action.isChecked()
    # And it opens again, from the toolbar.
    editor.projector_action.trigger()
    assert editor.projector is not None and editor.projector is not projector
    editor.projector_action.trigger()
    assert editor.projector is None


def test_esc_on_a_full_screen_projector_leaves_full_screen_first(
    projector: ProjectorWindow,
) -> None:
    projector.showFullScreen()
    QApplication.processEvents()
    QTest.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen() and projector.isVisible()


def test_projector_rect_is_not_limited_by_the_board_edge(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    # The facilitator at the far corner of the board: the projector centres the same spot.
    editor.view.horizontalScrollBar().setValue(editor.view.horizontalScrollBar().minimum())
    editor.view.verticalScrollBar().setValue(editor.view.verticalScrollBar().minimum())
    projector.resize(1600, 500)  # a wider shape than the facilitator's
    QApplication.processEvents()
    mine = visible_scene_rect(editor.view)
    assert (projector.shown_rect().center() - mine.center()).manhattanLength() < 4


def test_an_open_projector_goes_with_its_editor(qapp: QApplication, workspace: Workspace) -> None:
    wijk_id = workspace.demo.add().wijk_id
    board = workspace.boards.summaries(wijk_id)[0].board
    editor = BoardEditorWidget(workspace, board.id)
    editor.show()
    projector = editor.open_projector()
    assert projector.isVisible()
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    assert not shiboken6.isValid(projector)  # no beamer window left showing a closed board


def test_a_frozen_projector_keeps_its_notes_when_the_facilitator_zooms_far_out(
    editor: BoardEditorWidget, projector: ProjectorWindow
) -> None:
    note = _add(editor, 420, 300, NoteColor.GREEN)
    editor.freeze_action.setChecked(True)
    projector.view.set_zoom(1.0)
    editor.view.set_zoom(0.03)
    assert not editor.scene.overview_shown()
    assert editor.scene.notes[note.id].isVisible()
    projector.close()
    QApplication.processEvents()
    editor.view.set_zoom(0.031)
    assert editor.scene.overview_shown()  # with the projector gone, far out is overview
