"""The main window: start page, wijk page and template page, menus and toolbar, undo/redo
over whatever is in front, and editing the list of wijken.

The window is built and painted before the database is opened (``attach``), so it appears
at once; the heavier parts (database layer, icon fonts, pages) load right after.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from sec_workshop.domain.base import DomainError
from sec_workshop.gui.common.document import Document
from sec_workshop.gui.shell import wijk_editing, window_bars
from sec_workshop.gui.shell.maintenance import MaintenanceActions
from sec_workshop.gui.shell.model_files import ChooseFile, export_model, import_model
from sec_workshop.messages import describe

if TYPE_CHECKING:
    from sec_workshop.domain.process import ProcessModel
    from sec_workshop.gui.shell.documents import WijkListDocument
    from sec_workshop.gui.shell.start_page import StartPageWidget
    from sec_workshop.gui.shell.wijk_page import WijkPageWidget
    from sec_workshop.services.workspace import Workspace


def choose_save_file(parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    return path


def choose_open_file(parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(parent, caption, suggested, name_filter)
    return path


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.workspace: Workspace | None = None
        # File dialogs go through these, so that tests can answer them.
        self.choose_save_file: ChooseFile = choose_save_file
        self.choose_open_file: ChooseFile = choose_open_file
        self.setWindowTitle(self.tr("SEC Workshop"))
        self.resize(1280, 800)

        self.undo_group = QUndoGroup(self)
        self.pages = QStackedWidget()
        loading = QLabel(self.tr("Opening your wijken…"))
        loading.setObjectName("loading")
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(loading)
        self.setCentralWidget(self.pages)
        self.maintenance = MaintenanceActions(self, self.show_error, self._show_status)
        self.maintenance.backup_restored.connect(self._on_maintenance_backup_restored)
        self.backup_timer = self.maintenance.backup_timer
        self._build_actions()
        self._update_actions()

    def attach(self, workspace: Workspace, wijken: WijkListDocument | None = None) -> None:
        """Show the data of an opened workspace: pages, documents, icons, the backup timer.

        ``wijken`` hands over the document (with its undo history) of an earlier window.
        """
        from sec_workshop.gui.shell.documents import WijkListDocument
        from sec_workshop.gui.shell.start_page import StartPageWidget
        from sec_workshop.gui.shell.wijk_page import WijkPageWidget

        self.workspace = workspace
        if wijken is None:
            wijken = WijkListDocument(workspace, self)
        else:
            earlier = wijken.parent()
            if isinstance(earlier, MainWindow):  # on its way out: its messages go with it
                wijken.error_raised.disconnect(earlier.show_error)
            wijken.setParent(self)
        self.wijken: WijkListDocument = wijken
        self.undo_group.addStack(self.wijken.undo_stack)
        self.undo_group.setActiveStack(self.wijken.undo_stack)
        # Every failed command on the list of wijken (new, rename, delete, and their undo and
        # redo) is told here, once.
        self.wijken.error_raised.connect(self.show_error)

        self.start_page: StartPageWidget = StartPageWidget(self.wijken)
        self.wijk_page: WijkPageWidget = WijkPageWidget(workspace, self.lang)
        self.wijk_page.roadmap.editor_opened.connect(self._on_editor_opened)
        self.wijk_page.boards.editor_opened.connect(self._on_editor_opened)
        self.wijk_page.boards.editor_closed.connect(self._update_active_stack)
        self.wijk_page.stakeholders.document_opened.connect(self._on_document_opened)
        self.wijk_page.koppelkansen.document_opened.connect(self._on_document_opened)
        sessions = self.wijk_page.sessions
        sessions.document_opened.connect(self._on_document_opened)
        sessions.board_opened.connect(self._on_editor_opened)
        sessions.board_closed.connect(self._update_active_stack)
        self.undo_group.addStack(self.wijk_page.boards.doc.undo_stack)
        self.wijk_page.tabs.currentChanged.connect(self._on_wijk_tabs_current_changed)
        self.wijk_page.hall_changed.connect(self._fit_to_hall)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.wijk_page)
        from sec_workshop.gui.roadmap.template_page import TemplatePageWidget

        self.template_page = TemplatePageWidget(workspace, self.lang)
        self.template_page.back_requested.connect(self.show_start)
        self.template_page.editor_opened.connect(self._on_editor_opened)
        self.pages.addWidget(self.template_page)
        self.pages.setCurrentWidget(self.start_page)

        self.start_page.open_requested.connect(self.open_wijk)
        self.start_page.new_requested.connect(self.new_wijk)
        self.start_page.rename_requested.connect(self.rename_wijk)
        self.start_page.delete_requested.connect(self.delete_wijk)
        self.start_page.demo_requested.connect(self.open_demo)
        self.wijk_page.back_requested.connect(self.show_start)
        self.wijken.wijk_removed.connect(self._on_wijken_wijk_removed)
        self.wijken.wijk_changed.connect(self._on_wijken_wijk_changed)
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        self.start_page.list.currentItemChanged.connect(self._on_start_list_changed)
        self.start_page.list.addAction(self.delete_action)
        self._apply_icons()
        self._update_actions()

        self.maintenance.attach(workspace)
        self.statusBar().showMessage(
            self.tr("Every change is saved at once in %1").replace(
                "%1", str(workspace.maintenance.database_file)
            )
        )

    @property
    def attached(self) -> bool:
        return self.workspace is not None

    @property
    def _ws(self) -> Workspace:
        assert self.workspace is not None, "no data folder opened yet"
        return self.workspace

    # --- actions and menus -------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon_name:
            self._icon_names[action] = icon_name
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(text.replace("&", "").replace("…", ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self._icon_names: dict[QAction, str] = {}
        self.new_action = self._action(
            "newWijk", self.tr("&New wijk…"), self.new_wijk, QKeySequence.StandardKey.New, "new"
        )
        self.demo_action = self._action(
            "openDemo", self.tr("Open &demo wijk"), self.open_demo, None, "demo"
        )
        self.backup_action = self._action(
            "makeBackup",
            self.tr("Make &backup"),
            self.maintenance.make_backup,
            "Ctrl+Shift+B",
            "backup",
        )
        self.restore_action = self._action(
            "restoreBackup",
            self.tr("&Restore backup…"),
            self.maintenance.restore_backup,
            None,
            "restore",
        )
        self.check_action = self._action(
            "checkDatabase",
            self.tr("&Check database"),
            self.maintenance.check_database,
            None,
            "check",
        )
        self.print_action = self._action(
            "printExport",
            self.tr("&Print and export…"),
            self.print_and_export,
            QKeySequence.StandardKey.Print,
            "export",
        )
        self.export_model_action = self._action(
            "exportModel",
            self.tr("E&xport process model…"),
            self.export_model,
            None,
            "export",
        )
        self.import_model_action = self._action(
            "importModel",
            self.tr("&Import process model…"),
            self.import_model,
            None,
            "import",
        )
        self.quit_action = self._action(
            "quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"
        )
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undo")
        self._icon_names[self.undo_action] = "undo"
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redo")
        self._icon_names[self.redo_action] = "redo"
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Their texts name what is undone (a title typed by a user): tooltips show it as typed.
        self.undo_action.changed.connect(self._on_undo_redo_changed)
        self.redo_action.changed.connect(self._on_undo_redo_changed)
        self.rename_action = self._action(
            "renameWijk", self.tr("Re&name wijk…"), self._rename_current, "F2", "rename"
        )
        self.delete_action = self._action(
            "deleteWijk",
            self.tr("&Delete wijk…"),
            self._delete_current,
            QKeySequence.StandardKey.Delete,
            "delete",
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.home_action = self._action(
            "showStart", self.tr("&All wijken"), self.show_start, "Alt+Left", "home"
        )
        self.tab_actions = []
        for i, (text, icon_name) in enumerate(
            (
                (self.tr("&Roadmap"), "roadmap"),
                (self.tr("&Sessions"), "sessions"),
                (self.tr("Sta&keholders"), "stakeholders"),
                (self.tr("&Boards"), "boards"),
                (self.tr("Ko&ppelkansen"), "koppelkansen"),
            )
        ):
            action = self._action(
                f"showTab{i}", text, self._on_tab_action, f"Ctrl+{i + 1}", icon_name
            )
            action.setData(i)
            self.tab_actions.append(action)
        self.templates_action = self._action(
            "editTemplates", self.tr("Edit &templates…"), self.edit_template, None, "roadmap"
        )
        self.about_action = self._action(
            "about", self.tr("&About SEC Workshop"), self.show_about, None, "about"
        )

        window_bars.build_menus(self)
        self.toolbar = window_bars.build_toolbar(self)
        self._on_undo_redo_changed()

    def _apply_icons(self) -> None:
        # qtawesome loads its icon fonts on first use; that happens here, after the first paint.
        from sec_workshop.gui.common.icons import icon

        for action, name in self._icon_names.items():
            action.setIcon(icon(name))

    def _update_actions(self) -> None:
        attached = self.attached
        for action in (
            self.new_action,
            self.demo_action,
            self.backup_action,
            self.restore_action,
            self.check_action,
            self.templates_action,
            self.import_model_action,
        ):
            action.setEnabled(attached)
        self.print_action.setEnabled(attached and self.pages.currentWidget() is self.wijk_page)
        if not attached:
            self.export_model_action.setEnabled(False)
            for action in (
                self.rename_action,
                self.delete_action,
                self.home_action,
                *self.tab_actions,
            ):
                action.setEnabled(False)
            return
        on_wijk = self.pages.currentWidget() is self.wijk_page
        has_selection = on_wijk or self.start_page.current_wijk_id() is not None
        self.rename_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)
        self.home_action.setEnabled(self.pages.currentWidget() is not self.start_page)
        for action in self.tab_actions:
            action.setEnabled(on_wijk)
        self.export_model_action.setEnabled(
            self.pages.currentWidget() is self.template_page or has_selection
        )

    # --- navigation ----------------------------------------------------------------------
    def open_wijk(self, wijk_id: str) -> None:
        wijk = self.wijken.wijk(wijk_id)
        if wijk is None:
            return
        self.wijk_page.show_wijk(wijk)
        self.pages.setCurrentWidget(self.wijk_page)
        self.setWindowTitle(self.tr("%1 – SEC Workshop").replace("%1", wijk.name))

    def show_start(self) -> None:
        self.pages.setCurrentWidget(self.start_page)
        self.setWindowTitle(self.tr("SEC Workshop"))
        self.start_page.list.setFocus()

    def edit_template(self) -> None:
        """Choose a template and open it in the editor (its own mode, outside any wijk)."""
        templates = self._ws.models.templates()
        names = [t.name for t in templates]
        name, ok = QInputDialog.getItem(
            self, self.tr("Edit templates"), self.tr("Template to edit:"), names, 0, False
        )
        if not ok or name not in names:
            return
        self.open_template(templates[names.index(name)].id)

    def open_template(self, model_id: str) -> None:
        self.template_page.show_template(model_id)
        self.pages.setCurrentWidget(self.template_page)
        self.setWindowTitle(
            self.tr("%1 – SEC Workshop").replace("%1", self.template_page.title.text())
        )

    def open_demo(self) -> None:
        try:
            wijk_id = self.wijken.add_demo()
        except DomainError as exc:
            self.show_error(exc)
            return
        self.start_page.refresh(select_id=wijk_id)
        self.open_wijk(wijk_id)

    def _on_tab_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and self.pages.currentWidget() is self.wijk_page:
            self.wijk_page.show_tab(int(action.data()))

    def _on_undo_redo_changed(self) -> None:
        toolbar: QToolBar | None = getattr(self, "toolbar", None)
        window_bars.show_undo_texts(self.undo_action, self.redo_action, toolbar)

    def _on_pages_current_changed(self, _index: int) -> None:
        self._update_active_stack()
        self._update_actions()
        self._fit_to_hall()

    def _fit_to_hall(self) -> None:
        """A session run in the hall gets the room of the tool bar and the status line
        (the run mode has its own way back; the menus and Ctrl+Z stay), so that it fits a
        1366×768 laptop."""
        hall = self.pages.currentWidget() is self.wijk_page and self.wijk_page.in_hall
        self.toolbar.setVisible(not hall)
        self.statusBar().setVisible(not hall)

    def _on_editor_opened(self, editor: object) -> None:
        self._on_document_opened(editor.doc)  # type: ignore[attr-defined]

    def _on_document_opened(self, doc: Document) -> None:
        self.undo_group.addStack(doc.undo_stack)
        self._update_active_stack()

    def _on_wijk_tabs_current_changed(self, _index: int) -> None:
        self._update_active_stack()

    def _update_active_stack(self) -> None:
        """Undo works on what is in front: the roadmap editor, the stakeholders, the boards,
        or the wijken."""
        editor = self.wijk_page.roadmap.editor
        on_roadmap = (
            self.pages.currentWidget() is self.wijk_page
            and self.wijk_page.tabs.currentWidget() is self.wijk_page.roadmap
        )
        if self.pages.currentWidget() is self.template_page:
            editor, on_roadmap = self.template_page.editor, True
        on_boards = (
            self.pages.currentWidget() is self.wijk_page
            and self.wijk_page.tabs.currentWidget() is self.wijk_page.boards
        )
        on_stakeholders = (
            self.pages.currentWidget() is self.wijk_page
            and self.wijk_page.tabs.currentWidget() is self.wijk_page.stakeholders
        )
        people = self.wijk_page.stakeholders.doc
        on_sessions = (
            self.pages.currentWidget() is self.wijk_page
            and self.wijk_page.tabs.currentWidget() is self.wijk_page.sessions
        )
        sessions = self.wijk_page.sessions
        run = sessions.run_mode
        register = self.wijk_page.koppelkansen.doc
        on_register = (
            self.pages.currentWidget() is self.wijk_page
            and self.wijk_page.tabs.currentWidget() is self.wijk_page.koppelkansen
        )
        if on_roadmap and editor is not None:
            self.undo_group.setActiveStack(editor.doc.undo_stack)
        elif on_register and register is not None:
            self.undo_group.setActiveStack(register.undo_stack)
        elif on_stakeholders and people is not None:
            self.undo_group.setActiveStack(people.undo_stack)
        elif on_sessions and run is not None and run.editor is not None:
            self.undo_group.setActiveStack(run.editor.doc.undo_stack)  # a board in run mode
        elif on_sessions and sessions.undo_stack is not None:
            self.undo_group.setActiveStack(sessions.undo_stack)
        elif on_boards:
            boards = self.wijk_page.boards
            stack = boards.editor.doc.undo_stack if boards.editor else boards.doc.undo_stack
            self.undo_group.setActiveStack(stack)
        else:
            self.undo_group.setActiveStack(self.wijken.undo_stack)

    def _on_start_list_changed(self, *_: object) -> None:
        self._update_actions()

    # --- editing wijken (undoable) -------------------------------------------------------
    def _current_wijk_id(self) -> str | None:
        if self.pages.currentWidget() is self.wijk_page:
            return self.wijk_page.wijk_id
        return self.start_page.current_wijk_id()

    def new_wijk(self) -> None:
        wijk_id = wijk_editing.new_wijk(self, self.wijken, self.lang)
        if wijk_id is not None:
            self.start_page.refresh(select_id=wijk_id)

    def _rename_current(self) -> None:
        wijk_id = self._current_wijk_id()
        if wijk_id:
            self.rename_wijk(wijk_id)

    def rename_wijk(self, wijk_id: str) -> None:
        wijk_editing.rename_wijk(self, self.wijken, wijk_id)

    def _delete_current(self) -> None:
        wijk_id = self._current_wijk_id()
        if wijk_id:
            self.delete_wijk(wijk_id)

    def delete_wijk(self, wijk_id: str) -> None:
        wijk_editing.delete_wijk(self, self.wijken, wijk_id)

    def _on_wijken_wijk_removed(self, wijk_id: str) -> None:
        if self.wijk_page.wijk_id == wijk_id and self.pages.currentWidget() is self.wijk_page:
            self.show_start()

    def _on_wijken_wijk_changed(self, wijk_id: str) -> None:
        wijk = self.wijken.wijk(wijk_id)
        if wijk is not None and self.wijk_page.wijk_id == wijk_id:
            self.wijk_page.update_header(wijk)
            if self.pages.currentWidget() is self.wijk_page:
                self.setWindowTitle(self.tr("%1 – SEC Workshop").replace("%1", wijk.name))

    # --- process model files ------------------------------------------------------------
    def _model_in_front(self) -> ProcessModel | None:
        """The template being edited, or the roadmap of the wijk that is open or selected."""
        if self.pages.currentWidget() is self.template_page:
            editor = self.template_page.editor
            return editor.doc.model if editor is not None else None
        wijk_id = self._current_wijk_id()
        return self._ws.models.roadmap_of(wijk_id) if wijk_id else None

    def print_and_export(self) -> None:
        """Reports and handouts of what is open: the wijk, its chosen session, an open board."""
        from sec_workshop.gui.reports.kinds import Context
        from sec_workshop.gui.reports.print_dialog import PrintDialog

        page = self.wijk_page
        if page.wijk_id is None:
            return
        board = page.boards.editor or (
            page.sessions.run_mode.editor if page.sessions.run_mode else None
        )
        context = Context(
            wijk_id=page.wijk_id,
            session_id=page.sessions.selected_session_id(),
            board_id=board.doc.board_id if board is not None else None,
        )
        dialog = PrintDialog(self._ws, context, self)
        dialog.exec()
        dialog.deleteLater()

    def export_model(self) -> None:
        """Write the roadmap or template in front as a process model file (JSON)."""
        model = self._model_in_front()
        if model is None:
            return
        try:
            path = export_model(self, self._ws, model, self.choose_save_file)
        except DomainError as exc:
            self.show_error(exc)
            return
        if path:
            self.statusBar().showMessage(
                self.tr("“%1” exported to %2").replace("%1", model.name).replace("%2", path),
                10_000,
            )

    def import_model(self) -> None:
        """Read a process model file: as a new template, or as the open wijk's roadmap.

        The whole file is checked before anything is stored; a bad file changes nothing.
        """
        wijk = None
        if self.pages.currentWidget() is self.wijk_page and self.wijk_page.wijk_id:
            wijk = self.wijken.wijk(self.wijk_page.wijk_id)
        try:
            imported = import_model(self, self._ws, self.lang, wijk, self.choose_open_file)
        except DomainError as exc:
            self.show_error(exc)
            return
        if imported is None:
            return
        if imported.wijk is not None:
            self.wijk_page.show_wijk(imported.wijk)
            self.wijk_page.show_tab(self.wijk_page.ROADMAP)
        else:
            self.open_template(imported.model.id)
        self.statusBar().showMessage(imported.message(), 60_000 if imported.lost else 10_000)
        if imported.lost:
            QMessageBox.information(self, self.tr("Links not kept"), imported.lost_text())

    # --- safety: backups and checks ------------------------------------------------------
    def backup_at_start(self) -> None:
        self.maintenance.backup_at_start()

    def _on_maintenance_backup_restored(self) -> None:
        # Everything on screen and every undo step refers to the old state.
        self.wijken.undo_stack.clear()
        self.wijken.reload()
        self.start_page.refresh()
        self.show_start()

    # --- misc ----------------------------------------------------------------------------
    def show_about(self) -> None:
        from sec_workshop.gui.shell.dialogs import AboutDialog

        dialog = AboutDialog(str(self._ws.folder), self)
        dialog.deleteLater()
        dialog.exec()

    def show_error(self, error: DomainError) -> None:
        QMessageBox.warning(self, self.tr("SEC Workshop"), describe(error, self.lang))

    def _show_status(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def on_language_chosen(self) -> None:
        """A language in the Taal menu: the window is made anew in it, after asking when
        that would end what can still be undone."""
        action = self.sender()
        if not isinstance(action, QAction) or action.data() == self.lang:
            return
        if window_bars.may_switch_language(self, action):
            self.language_change_requested.emit(str(action.data()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.backup_timer.stop()
        super().closeEvent(event)


def settings(folder: Path) -> QSettings:
    """Preferences (language) beside the data, never in the user's registry."""
    return QSettings(str(folder / "instellingen.ini"), QSettings.Format.IniFormat)
