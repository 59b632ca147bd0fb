"""What comes onto a board from a file and what goes out to one: a photo of a paper wall or
flipchart, notes typed up in a text or CSV file, and the board as a PNG image."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from sec_workshop.domain.base import DomainError
from sec_workshop.gui.board.commands import AddPhotoCommand, ImportNotesCommand
from sec_workshop.gui.board.image import PNG_WIDTH, board_png
from sec_workshop.gui.board.view import BoardView
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.common.png_export import ask_png_path, file_safe, save_png

PHOTO_SIDE = 1200.0  # a photo comes in no wider or taller than this on the board


class BoardFiles(QObject):
    """Photos and notes in, the PNG image out, for the board of one editor (``parent``, over
    which the dialogs open). A refused file is told with ``show_error``; where an image went
    with ``show_notice``."""

    def __init__(
        self,
        parent: QWidget,
        view: BoardView,
        push: Callable[[SafeCommand], bool],
        show_error: Callable[[DomainError], None],
        show_notice: Callable[[str], None],
        lang: str,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.view = view
        self.scene = view.board_scene
        self.doc = self.scene.doc
        self._push = push
        self._show_error = show_error
        self._show_notice = show_notice
        self._lang = lang
        # Where a file dialog would answer; tests put a function here instead.
        self.choose_open_file: Callable[[str, str], str] = self._ask_open_file
        self.choose_save_file: Callable[[str, str], str] = self._ask_save_file

    def _ask_open_file(self, caption: str, filters: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self._parent, caption, str(Path.home()), filters)
        return path

    def _ask_save_file(self, caption: str, suggestion: str) -> str:
        return ask_png_path(self._parent, caption, suggestion)

    def add_photo(self) -> None:
        """A photo of a paper wall or flipchart, in the middle of what the view shows."""
        from sec_workshop.exchange.images import read_photo

        path = self.choose_open_file(
            QCoreApplication.translate(
                "BoardEditorWidget", "Add a photo of a paper wall or flipchart"
            ),
            QCoreApplication.translate(
                "BoardEditorWidget", "Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"
            ),
        )
        if not path:
            return
        try:
            prepared = read_photo(Path(path))
        except DomainError as error:
            self._show_error(error)
            return
        view = self.view
        centre = view.mapToScene(view.viewport().rect().center())
        scale = min(1.0, PHOTO_SIDE / max(prepared.width_px, prepared.height_px))
        photo = prepared.to_photo(
            self.doc.board_id,
            centre.x() - prepared.width_px * scale / 2,
            centre.y() - prepared.height_px * scale / 2,
            scale,
        )
        self._push(AddPhotoCommand(self.doc, photo))

    def export_png(self) -> None:
        """The board as a PNG image where the user chooses; where it went is said beside the
        board's title."""
        path = self.choose_save_file(
            QCoreApplication.translate("BoardEditorWidget", "Export the board as a PNG image"),
            f"{file_safe(self.doc.board.title, 'bord')}.png",
        )
        if not path:
            return
        dest = save_png(
            self._parent,
            self.doc.workspace.outputs,
            path,
            lambda: board_png(self.scene, PNG_WIDTH),
            QCoreApplication.translate("BoardEditorWidget", "Board"),
        )
        if dest is None:
            return
        self._show_notice(
            QCoreApplication.translate(
                "BoardEditorWidget", "Board exported as an image: %1"
            ).replace("%1", str(dest))
        )

    def import_notes(self) -> None:
        """Notes from a text or CSV file, shown before they are added as one undo step."""
        from sec_workshop.gui.board.import_dialog import BoardImportDialog

        path = self.choose_open_file(
            QCoreApplication.translate("BoardEditorWidget", "Import notes from a text or CSV file"),
            QCoreApplication.translate("BoardEditorWidget", "Notes (*.txt *.csv *.TXT *.CSV)"),
        )
        if not path:
            return
        dialog = BoardImportDialog(Path(path), self._lang, self._parent)
        try:
            if dialog.exec() != BoardImportDialog.DialogCode.Accepted or not dialog.notes:
                return
            notes = dialog.notes
        finally:
            dialog.deleteLater()
        self.view.stop_editing()
        if self._push(ImportNotesCommand(self.doc, notes)):
            self.view.fit_all()
