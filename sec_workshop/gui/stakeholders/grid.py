"""The invloed-belangmatrix of a wijk's stakeholders as a widget: the matrix view, a bar with
*Passend maken* and *PNG exporteren…*, and the undo command a moved chip becomes."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.base import DomainError
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.common.png_export import ask_png_path, file_safe, save_png
from sec_workshop.gui.stakeholders.document import StakeholdersDocument
from sec_workshop.gui.stakeholders.grid_scene import StakeholderGridScene, grid_png
from sec_workshop.gui.stakeholders.grid_view import StakeholderGridView

PNG_WIDTH = 3000  # pixels: sharp on a printed A3 and on any screen
NOTICE_MS = 10_000


class StakeholderGridWidget(QWidget):
    """The matrix of one ``StakeholdersDocument``. A chip dropped in another cell (or moved
    with an arrow key) is one undo step on the document's stack that sets both scores."""

    stakeholder_selected = Signal(str)  # the selected stakeholder's id; "" when none is
    open_requested = Signal(str)  # stakeholder id: open it in the editor

    def __init__(self, doc: StakeholdersDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderGrid")
        self.doc = doc
        self.scene = StakeholderGridScene(doc, self)
        self.view = StakeholderGridView(self.scene)
        # Where the file dialog would answer; tests put a function here instead.
        self.choose_save_file: Callable[[str, str], str] = self._ask_save_file

        self.fit_button = QToolButton()
        self.fit_button.setObjectName("stakeholderGridFit")
        self.fit_button.setIcon(icon("fit"))
        self.fit_button.setText(self.tr("Fit to window"))
        self.fit_button.setAccessibleName(self.fit_button.text())
        self.fit_button.clicked.connect(self._on_fit_button_clicked)
        self.export_button = QToolButton()
        self.export_button.setObjectName("stakeholderGridExport")
        self.export_button.setIcon(icon("export"))
        self.export_button.setText(self.tr("Export PNG…"))
        self.export_button.setAccessibleName(self.tr("Export the grid as a PNG image"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        for button in (self.fit_button, self.export_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
        self.notice = QLabel()
        self.notice.setObjectName("stakeholderGridNotice")
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.notice, 1)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.scene.place_requested.connect(self._on_scene_place_requested)
        self.scene.stakeholder_selected.connect(self.stakeholder_selected)
        self.scene.open_requested.connect(self.open_requested)

    # --- placing -------------------------------------------------------------------------
    def _on_scene_place_requested(self, stakeholder_id: str, influence: int, interest: int) -> None:
        person = self.doc.people.get(stakeholder_id)
        if person is None or (person.influence, person.interest) == (influence, interest):
            return
        command = EditCommand(
            self.doc,
            self.tr("Move %1 in the grid").replace("%1", person.name),
            partial(self.doc.place, stakeholder_id, influence, interest),
        )
        self.doc.undo_stack.push(command)  # a failure is told by the tab (doc.error_raised)

    # --- the image -----------------------------------------------------------------------
    def grid_png(self, width: int = PNG_WIDTH) -> bytes:
        """The whole matrix as PNG bytes ``width`` pixels wide; needs no window on screen."""
        return grid_png(self.scene, width)

    def export_png(self) -> None:
        """The matrix as a PNG image where the user chooses; where it went is said in the
        bar above the matrix."""
        title = self.tr("Influence-interest grid")
        with suppress(DomainError):  # a wijk that is gone: the image can still be saved
            title += " " + self.doc.workspace.wijken.get(self.doc.wijk_id).name
        path = self.choose_save_file(
            self.tr("Export the grid as a PNG image"), f"{file_safe(title, 'matrix')}.png"
        )
        if not path:
            return
        dest = save_png(
            self, self.doc.workspace.outputs, path, lambda: self.grid_png(PNG_WIDTH), title
        )
        if dest is None:
            return
        self.show_notice(self.tr("Grid exported as an image: %1").replace("%1", str(dest)))

    def show_notice(self, text: str) -> None:
        """A short note in the bar, without stopping anyone's work."""
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.show()
        self._notice_timer.start()

    def _ask_save_file(self, caption: str, suggestion: str) -> str:
        return ask_png_path(self, caption, suggestion)

    # --- slots ---------------------------------------------------------------------------
    def _on_fit_button_clicked(self) -> None:
        self.view.fit_all()

    def _on_export_button_clicked(self) -> None:
        self.export_png()
