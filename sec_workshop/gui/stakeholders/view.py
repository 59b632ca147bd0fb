"""The *Stakeholders* tab of a wijk: the cards and the invloed-belangmatrix side by side with
the editor of the chosen one; adding (from the type catalogue or blank), deleting, importing
a spreadsheet, and removing a person's personal data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop import labels as shared_labels
from sec_workshop.domain.base import DomainError
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.icons import icon, tool_button, type_icon
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.gui.stakeholders.document import StakeholdersDocument
from sec_workshop.gui.stakeholders.editor import StakeholderEditor
from sec_workshop.gui.stakeholders.gallery import StakeholderGallery
from sec_workshop.gui.stakeholders.grid import StakeholderGridWidget
from sec_workshop.messages import describe
from sec_workshop.services.maintenance import Reason
from sec_workshop.services.stakeholders import personal_values
from sec_workshop.services.workspace import Workspace

CARDS, MATRIX = range(2)


class StakeholdersView(QWidget):
    """Made once; ``load`` opens a wijk's stakeholders as a new document."""

    document_opened = Signal(object)  # the StakeholdersDocument, for the window's undo group
    open_step_requested = Signal(str, str)  # model id, step id
    open_session_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.doc: StakeholdersDocument | None = None
        self.gallery: StakeholderGallery | None = None
        self.grid: StakeholderGridWidget | None = None
        self.editor: StakeholderEditor | None = None
        self._editor_placed = False
        self._page = CARDS

        self.add_button = QToolButton()
        self.add_button.setObjectName("addStakeholder")
        self.add_button.setIcon(icon("add_person"))
        self.add_button.setText(self.tr("New stakeholder"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.import_button = tool_button("importStakeholders", "import", self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr("Add or update stakeholders from a spreadsheet saved as CSV")
        )
        self.import_button.clicked.connect(self._on_import_clicked)
        self.delete_button = tool_button("deleteStakeholders", "delete", self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen stakeholders (Delete)"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.cards_button = tool_button("showCards", "cards", self.tr("Cards"))
        self.matrix_button = tool_button(
            "showMatrix", "matrix", self.tr("Influence-interest matrix")
        )
        for n, button in enumerate((self.cards_button, self.matrix_button)):
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, page=n: self.show_page(page))
        self.cards_button.setChecked(True)

        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        bar.addWidget(self.cards_button)
        bar.addWidget(self.matrix_button)
        self.pages = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("stakeholderSplitter")
        self.splitter.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _place_editor(self) -> None:
        """The editor 440 pixels wide and the cards the rest, once the view has its width."""
        width = self.splitter.width()
        if self._editor_placed or self.editor is None or not self.isVisible() or width < 900:
            return
        self._editor_placed = True
        self.splitter.setSizes([width - 440, 440])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_editor()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_editor()

    # --- opening a wijk ------------------------------------------------------------------
    def load(self, wijk_id: str) -> None:
        self._close_document()
        doc = StakeholdersDocument(self._workspace, wijk_id, self)
        doc.error_raised.connect(self._show_error)
        self.doc = doc
        self.gallery = StakeholderGallery(doc)
        self.grid = StakeholderGridWidget(doc)
        self.editor = StakeholderEditor(doc)
        self.pages.addWidget(self.gallery)
        self.pages.addWidget(self.grid)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._editor_placed = False
        self._place_editor()
        # Delete on the cards deletes the chosen ones, as the button does (undo brings them back).
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.gallery.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._on_delete_clicked)
        self.gallery.current_changed.connect(self._on_current_changed)
        self.gallery.open_requested.connect(self._on_open_requested)
        self.grid.stakeholder_selected.connect(self._on_current_changed)
        self.grid.open_requested.connect(self._on_open_requested)
        self.editor.open_step_requested.connect(self.open_step_requested)
        self.editor.open_session_requested.connect(self.open_session_requested)
        self.editor.forget_requested.connect(self.forget_personal_data)
        self._fill_add_menu(doc)
        self.show_page(self._page)
        first = doc.ordered()
        if first:
            self.gallery.select(first[0].id)
        self.document_opened.emit(doc)

    def _close_document(self) -> None:
        for widget in (self.gallery, self.grid, self.editor):
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        if self.doc is not None:
            self.doc.deleteLater()
        self.doc = self.gallery = self.grid = self.editor = None

    def _fill_add_menu(self, doc: StakeholdersDocument) -> None:
        self.add_menu.clear()
        blank = self.add_menu.addAction(icon("add_person"), self.tr("Blank stakeholder"))
        blank.triggered.connect(lambda: self.add_stakeholder(None))
        self.add_menu.addSeparator()
        for kind in doc.types.values():
            action = self.add_menu.addAction(type_icon(kind.key), kind.name)
            action.setToolTip(kind.description)
            action.triggered.connect(lambda _checked=False, key=kind.key: self.add_stakeholder(key))

    def show_page(self, page: int) -> None:
        self._page = page
        self.pages.setCurrentIndex(page)
        chosen = self.editor.stakeholder_id if self.editor is not None else None
        if page == MATRIX and self.grid is not None and chosen:
            self.grid.scene.select(chosen)  # the card being edited, marked on the matrix
        self.cards_button.setChecked(page == CARDS)
        self.matrix_button.setChecked(page == MATRIX)

    # --- actions -------------------------------------------------------------------------
    def add_stakeholder(self, type_key: str | None) -> None:
        """A new card of a type (its typical interests, concerns and scores filled in) or
        blank; it is chosen and its name ready to be typed over."""
        doc = self.doc
        if doc is None or self.editor is None:
            return
        kind = doc.types.get(type_key or "")
        name = kind.name if kind is not None else self.tr("New stakeholder")
        person = self._workspace.stakeholders.new(doc.wijk_id, type_key, name)
        text = self.tr("Add stakeholder “%1”").replace("%1", name)
        command = EditCommand(doc, text, lambda: doc.add(person))
        doc.undo_stack.push(command)
        if command.error is None and self.gallery is not None:
            self.gallery.select(person.id)
            self.editor.show_stakeholder(person.id)
            self.editor.name.setFocus()
            self.editor.name.selectAll()

    def selected_ids(self) -> list[str]:
        if self.gallery is None:
            return []
        if self.pages.currentIndex() == CARDS:
            return self.gallery.selected_ids()
        chosen = self.editor.stakeholder_id if self.editor else None
        return [chosen] if chosen else []

    def _on_delete_clicked(self) -> None:
        doc = self.doc
        ids = self.selected_ids()
        if doc is None or not ids:
            return
        n = len(ids)
        text = self.tr("Delete %n stakeholder(s)", None, n)
        doc.undo_stack.push(EditCommand(doc, text, lambda: doc.delete(ids)))

    def _on_import_clicked(self) -> None:
        doc = self.doc
        if doc is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import stakeholders"),
            str(Path.home()),
            self.tr("Spreadsheet saved as CSV (*.csv *.txt)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from sec_workshop.gui.stakeholders.import_dialog import StakeholderImportDialog

        doc = self.doc
        if doc is None:
            return
        dialog = StakeholderImportDialog(doc, path, shared_labels.language(), self)
        if dialog.exec() != StakeholderImportDialog.DialogCode.Accepted or dialog.sheet is None:
            return
        sheet = dialog.sheet
        n = len(dialog.rows)
        text = self.tr("Import %n stakeholder(s)", None, n)
        try:
            with self._workspace.maintenance.backup_before(Reason.IMPORT):
                command = EditCommand(doc, text, lambda: doc.import_sheet(sheet))
                doc.undo_stack.push(command)
                if command.error is not None:
                    raise command.error
        except DomainError:
            return  # told by the document already; the backup went with the failed work

    def forget_personal_data(self, stakeholder_id: str) -> None:
        """Ask, remove the person's data for good, then offer to delete the backups that
        still hold it."""
        doc = self.doc
        person = doc.people.get(stakeholder_id) if doc else None
        if doc is None or person is None:
            return
        question = self.tr(
            "Remove the personal data of “%1”? The contact's name, role, e-mail and phone "
            "are erased everywhere in this workshop, also where the contact is named as "
            "owner or lead. This cannot be undone, and the undo history of the "
            "stakeholders is cleared."
        ).replace("%1", person.name)
        answer = QMessageBox.question(self, self.tr("Remove personal data"), plain(question))
        if answer != QMessageBox.StandardButton.Yes:
            return
        values = personal_values(person)
        try:
            doc.forget_personal_data(stakeholder_id)
            holding = self._workspace.maintenance.backups_holding(stakeholder_id, values)
        except DomainError as error:
            self._show_error(error)
            return
        if not holding:
            QMessageBox.information(
                self,
                self.tr("Remove personal data"),
                plain(self.tr("The personal data is removed; no backup holds it.")),
            )
            return
        names = "\n".join(f"• {b.made_at:%d-%m-%Y %H:%M}  ({b.path.name})" for b in holding)
        n = len(holding)
        message = (
            self.tr(
                "The personal data is removed from the workshop. %n backup(s) made before "
                "still hold it:",
                None,
                n,
            )
            + "\n"
            + names
            + "\n\n"
            + self.tr("Delete these backups? You can then no longer go back to those moments.")
        )
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Remove personal data"), "", parent=self
        )
        box.setText(plain(message))
        delete = box.addButton(self.tr("Delete backups"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is delete:
            try:
                self._workspace.maintenance.delete_backups([b.path for b in holding])
            except DomainError as error:
                self._show_error(error)

    # --- following the choice ------------------------------------------------------------
    def _on_current_changed(self, stakeholder_id: str) -> None:
        if self.editor is not None:
            self.editor.show_stakeholder(stakeholder_id or None)
        if self.gallery is not None and stakeholder_id and self.pages.currentIndex() == MATRIX:
            self.gallery.select(stakeholder_id)

    def _on_open_requested(self, stakeholder_id: str) -> None:
        if self.editor is not None:
            self.editor.show_stakeholder(stakeholder_id)
            self.editor.name.setFocus()

    def _show_error(self, error: object) -> None:
        if isinstance(error, DomainError):
            text = describe(error, shared_labels.language())
            QMessageBox.warning(self, self.tr("Not saved"), plain(text))
