"""A board as a PNG image: the whole board as the facilitator sees it, drawn from its scene.

Kept apart from the editor so that the command line's ``board-image`` renders a board with
the scene alone, without loading the editor's widgets."""

from __future__ import annotations

from PySide6.QtGui import QColor

from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.board.scene import BoardScene
from sec_workshop.gui.common.canvas_view import MAX_IMAGE_SIDE, render_png
from sec_workshop.services.workspace import Workspace

PNG_WIDTH = 3000  # pixels: sharp on a printed A3 and on any screen
PAPER = QColor("#FBFAF6")


def png_size(scene: BoardScene, width: int) -> tuple[int, int]:
    """The size of the board's image at ``width`` pixels: never enlarged more than twice, and
    smaller when a very long board would exceed the largest image side."""
    source = scene.content_rect()
    ratio = source.height() / source.width()
    width = max(1, min(width, round(source.width() * 2), MAX_IMAGE_SIDE))
    if width * ratio > MAX_IMAGE_SIDE:
        width = max(1, int(MAX_IMAGE_SIDE / ratio))
    return width, max(1, round(width * ratio))


def board_png(scene: BoardScene, width: int) -> bytes:
    """The whole board as the facilitator sees it, without selection marks, as PNG bytes of
    ``png_size(scene, width)``."""
    source = scene.content_rect()
    width, _height = png_size(scene, width)
    selected = scene.selectedItems()
    scene.clearSelection()
    scene.suspend_overview(True)
    try:
        return render_png(scene, source, width, PAPER)
    finally:
        scene.suspend_overview(False)
        scene.select_items(selected)


def board_png_of(workspace: Workspace, board_id: str, width: int) -> tuple[bytes, int, int]:
    """A board as a PNG without any window (the command line's ``board-image``), with its
    size in pixels."""
    doc = BoardDocument(workspace, board_id)
    scene = BoardScene(doc)
    try:
        return (board_png(scene, width), *png_size(scene, width))
    finally:
        scene.clear()
