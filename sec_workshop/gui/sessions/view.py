"""The *Sessions* tab of a wijk: its sessions listed (newest first, those without a date on
top), a new one, a copy as the start of the next one, deleting one with its boards; the
chosen session open below the list to prepare it: its details, its agenda and what to pack.
Everything done here is on one undo stack, the tab's."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sec_workshop import labels as shared_labels
from sec_workshop.domain.base import DomainError, Record
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.enums import SessionStatus
from sec_workshop.domain.session import Session
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.document import Document
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.icons import icon, tool_button
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.gui.common.tables import make_table, table_item
from sec_workshop.gui.sessions.agenda import AgendaBuilder
from sec_workshop.gui.sessions.document import SessionDocument
from sec_workshop.gui.sessions.editor import SessionEditor
from sec_workshop.gui.sessions.materials import MaterialsChecklist
from sec_workshop.gui.sessions.open_actions import OpenActionsView
from sec_workshop.gui.sessions.records import RecordsPanel
from sec_workshop.gui.sessions.run_mode import RunModeWidget
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace

DATE, TIME, TITLE, STATUS, LOCATION = range(5)
DETAILS, AGENDA, MATERIALS, RECORDS = range(4)
PREPARING = 0  # the list and the chosen session (pages of the tab; run mode comes on top)
SESSION_PAGE, OPEN_ACTIONS_PAGE = range(2)  # below the list


class SessionListDocument(Document):
    """The sessions of one wijk as a whole: making, copying and deleting them. Its undo
    stack is the tab's: the open sessions push their changes on it too."""

    # A change was made here; with the id of a session that came (back), to be shown.
    sessions_changed = Signal(str)

    def __init__(self, workspace: Workspace, wijk_id: str, parent: QObject | None = None) -> None:
        super().__init__(workspace, parent)
        self.wijk_id = wijk_id

    def create(self, session: Session) -> Edit[Record]:
        return self._take(self.workspace.session_editing.create(session))

    def duplicate(self, session_id: str, title: str) -> Edit[Record]:
        return self._take(self.workspace.session_editing.duplicate(session_id, title))

    def delete(self, session_id: str) -> Edit[Record]:
        return self._take(self.workspace.session_editing.delete(session_id))

    def replay(self, edit: Edit[Record]) -> Edit[Record]:
        return self._take(self.workspace.session_editing.replay(edit))

    def _take(self, edit: Edit[Record]) -> Edit[Record]:
        came = next((a.id for b, a in edit.changes if b is None and isinstance(a, Session)), "")
        self.sessions_changed.emit(came)
        return edit


class SessionsView(QWidget):
    """Made once; ``load`` shows a wijk's sessions."""

    document_opened = Signal(object)  # a document whose undo stack is the tab's
    running_changed = Signal(bool)  # run mode shown (True) or left
    board_opened = Signal(object)  # a BoardEditorWidget opened in run mode
    board_closed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._wijk_id: str | None = None
        self.list_doc: SessionListDocument | None = None
        self.doc: SessionDocument | None = None  # the session shown
        # Every session opened while the wijk is shown stays open: commands on the tab's
        # undo stack still change it after another one is chosen.
        self._docs: dict[str, SessionDocument] = {}
        self.editor: SessionEditor | None = None
        self.agenda: AgendaBuilder | None = None
        self.materials: MaterialsChecklist | None = None
        self.records: RecordsPanel | None = None
        self._records_page: QScrollArea | None = None
        self.run_mode: RunModeWidget | None = None
        self._lang = shared_labels.language()
        # Sessions are made elsewhere too (a new board's session): the list follows.
        watch_changes(workspace, self, ("session",), self._on_workspace_changed)

        self.new_button = tool_button("newSession", "sessions", self.tr("New session"))
        self.new_button.setToolTip(self.tr("A new planned session, without a date yet"))
        self.new_button.clicked.connect(self.new_session)
        self.duplicate_button = tool_button("duplicateSession", "cards", self.tr("Duplicate"))
        self.duplicate_button.setToolTip(
            self.tr("A copy of the chosen session as the start of the next one")
        )
        self.duplicate_button.clicked.connect(self.duplicate_session)
        self.delete_button = tool_button("deleteSession", "delete", self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen session with its boards"))
        self.delete_button.clicked.connect(self.delete_session)
        self.run_button = tool_button("runSession", "play", self.tr("Run session"))
        self.run_button.setToolTip(
            self.tr("One screen for the hall: the agenda, the time, the boards and what is decided")
        )
        self.run_button.clicked.connect(self.run_session)
        self.open_actions_button = tool_button("openActions", "check", self.tr("Open actions"))
        self.open_actions_button.setToolTip(
            self.tr("The action items not done of all sessions of the wijk")
        )
        self.open_actions_button.setCheckable(True)
        self.open_actions_button.toggled.connect(self._on_open_actions_toggled)
        self.open_actions = OpenActionsView(workspace)
        self.open_actions.open_session_requested.connect(self._on_open_session_requested)
        # The buttons stand beside the list, so that the session below keeps the height.
        bar = QVBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.new_button,
            self.duplicate_button,
            self.delete_button,
            self.run_button,
            self.open_actions_button,
        ):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            bar.addWidget(button)
        bar.addStretch(1)

        self.table = make_table(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Title"),
                self.tr("Status"),
                self.tr("Location"),
            ],
            self.tr("Sessions"),
        )
        self.table.setObjectName("sessionsTable")
        header = self.table.horizontalHeader()
        for col in (DATE, TIME, STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LOCATION, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.setColumnWidth(LOCATION, 260)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tabs.setDocumentMode(True)
        self.empty = QLabel(self.tr("This wijk has no sessions yet. Make one with New session."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chosen = QWidget()
        chosen_layout = QVBoxLayout(chosen)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        chosen_layout.addWidget(self.tabs, 1)
        chosen_layout.addWidget(self.empty, 1)
        # Below the list: the chosen session, or the open actions of the wijk.
        self.below = QStackedWidget()
        self.below.addWidget(chosen)
        self.below.addWidget(self.open_actions)
        below = self.below
        above = QWidget()
        above_layout = QHBoxLayout(above)
        above_layout.setContentsMargins(0, 0, 0, 0)
        above_layout.addLayout(bar)
        above_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("sessionsSplitter")
        self.splitter.addWidget(above)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # The whole tab: preparing (the list and the session), or running a session.
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages, 1)
        self._show_session(None)

    @property
    def undo_stack(self) -> QUndoStack | None:
        return self.list_doc.undo_stack if self.list_doc is not None else None

    # --- opening a wijk --------------------------------------------------------------------
    def load(self, wijk_id: str) -> None:
        if wijk_id == self._wijk_id and self.list_doc is not None:
            self._fill_table()
            return
        self._close()
        self._wijk_id = wijk_id
        self.list_doc = SessionListDocument(self._workspace, wijk_id, self)
        self.list_doc.error_raised.connect(self._show_error)
        self.list_doc.sessions_changed.connect(self._on_list_doc_sessions_changed)
        self._stack_index = 0
        self.list_doc.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self._fill_table()
        self._fit_list()
        self.document_opened.emit(self.list_doc)
        if self.table.rowCount():
            self.table.selectRow(0)

    def _fit_list(self) -> None:
        """The list as high as a few sessions: the rest of the height is the session's."""
        rows = min(max(self.table.rowCount(), 3), 5)
        height = self.table.horizontalHeader().sizeHint().height()
        height += rows * self.table.verticalHeader().defaultSectionSize() + 4
        total = sum(self.splitter.sizes()) or 700
        self.splitter.setSizes([height, max(total - height, 300)])

    def _close(self) -> None:
        self._show_session(None)
        for doc in self._docs.values():
            doc.deleteLater()
        self._docs.clear()
        if self.list_doc is not None:
            self.list_doc.deleteLater()
        self.list_doc = None

    def _fill_table(self) -> None:
        if self._wijk_id is None:
            return
        chosen = self.selected_session_id()
        summaries = self._workspace.sessions.summaries(self._wijk_id)
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(summaries))
            for row, summary in enumerate(summaries):
                s = summary.session
                when = s.starts_at
                cells = [
                    table_item(when.strftime("%d-%m-%Y") if when else "–"),
                    table_item(when.strftime("%H:%M") if when else "–"),
                    table_item(s.title),
                    table_item(labels.session_status(s.status)),
                    table_item(s.location),
                ]
                cells[DATE].setData(Qt.ItemDataRole.UserRole, s.id)
                cells[TITLE].setToolTip(s.title)
                cells[LOCATION].setToolTip(s.location)
                if s.status is SessionStatus.CANCELLED:
                    for cell in cells:
                        font = cell.font()
                        font.setStrikeOut(True)
                        cell.setFont(font)
                for col, cell in enumerate(cells):
                    self.table.setItem(row, col, cell)
            self.table.clearSelection()
            row = self._row_of(chosen) if chosen else -1
            if row >= 0:
                self.table.selectRow(row)
        finally:
            self.table.blockSignals(False)
        self.duplicate_button.setEnabled(bool(self.selected_session_id()))
        self.delete_button.setEnabled(bool(self.selected_session_id()))
        self.new_button.setEnabled(self.list_doc is not None)
        if chosen and self.selected_session_id() != chosen:
            # The shown session is gone: the first one is shown instead.
            if self.table.rowCount():
                self.table.selectRow(0)
            else:
                self._show_session(None)

    def _row_of(self, session_id: str) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, DATE)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == session_id:
                return row
        return -1

    def select_session(self, session_id: str) -> None:
        """Show a session (asked for from elsewhere too: a stakeholder's card)."""
        row = self._row_of(session_id)
        cell = self.table.item(row, DATE) if row >= 0 else None
        if cell is not None:
            self.table.selectRow(row)
            self.table.scrollToItem(cell)

    def selected_session_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), DATE)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    # --- showing one session ---------------------------------------------------------------
    def _on_table_item_selection_changed(self) -> None:
        chosen = self.selected_session_id()
        self.duplicate_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        if chosen is None or (self.doc is None or self.doc.session_id != chosen):
            self._show_session(chosen)

    def _document(self, session_id: str) -> SessionDocument | None:
        doc = self._docs.get(session_id)
        if doc is not None or self.list_doc is None:
            return doc
        try:
            # The tab's one undo stack: undoing a delete brings back what was done before it.
            doc = SessionDocument(self._workspace, session_id, self, self.list_doc.undo_stack)
        except DomainError:
            return None  # gone meanwhile
        doc.error_raised.connect(self._show_error)
        doc.removed.connect(self._on_doc_removed)
        self._docs[session_id] = doc
        return doc

    def _show_session(self, session_id: str | None) -> None:
        page = self.tabs.currentIndex()
        for widget in (self.editor, self.agenda, self.materials):
            if widget is not None:
                widget.release()
                widget.setParent(None)
                widget.deleteLater()
        if self.records is not None:
            self.records.setParent(None)
            self.records.deleteLater()
        if self._records_page is not None:
            self._records_page.setParent(None)
            self._records_page.deleteLater()
        self.editor = self.agenda = self.materials = None
        self.records = None
        self._records_page = None
        self.open_actions_button.setChecked(False)
        self.tabs.clear()
        doc = self._document(session_id) if session_id else None
        self.doc = doc
        self.tabs.setVisible(doc is not None)
        self.empty.setVisible(doc is None)
        for button in (self.run_button, self.duplicate_button, self.delete_button):
            button.setEnabled(doc is not None)
        if doc is None:
            return
        self.editor = SessionEditor(doc)
        self.agenda = AgendaBuilder(doc)
        self.materials = MaterialsChecklist(doc)
        self.records = RecordsPanel(doc)
        self.tabs.addTab(self.editor, icon("sessions"), self.tr("Details"))
        self.tabs.addTab(self.agenda, icon("timer"), self.tr("Agenda"))
        self.tabs.addTab(self.materials, icon("check"), self.tr("Materials"))
        # The tallest page scrolls rather than make the window taller than a laptop's
        # 768-pixel screen.
        self._records_page = QScrollArea()
        self._records_page.setObjectName("recordsPage")
        self._records_page.setFrameShape(QFrame.Shape.NoFrame)
        self._records_page.setWidgetResizable(True)
        self._records_page.setWidget(self.records)
        for section in (self.records.decisions_section, self.records.actions_section):
            section.list.currentItemChanged.connect(self._on_record_chosen)
        self.tabs.addTab(self._records_page, icon("vote"), self.tr("Decisions and actions"))
        self.tabs.setCurrentIndex(max(page, 0))
        self.document_opened.emit(doc)

    def _on_record_chosen(self) -> None:
        """A decision or action chosen in a short window: its form scrolls into sight."""
        records, page = self.records, self._records_page
        if records is None or page is None:
            return
        for section in (records.decisions_section, records.actions_section):
            if section.list is self.sender():
                page.ensureWidgetVisible(section.form, 0, 8)

    def show_decision(self, decision_id: str) -> None:
        """The chosen session's decisions and actions, with this decision chosen."""
        self.show_page(RECORDS)
        if self.records is not None:
            self.records.decisions_section.list.select_id(decision_id)

    def show_page(self, page: int) -> None:
        self.tabs.setCurrentIndex(page)

    # --- making, copying, deleting ---------------------------------------------------------
    def new_session(self) -> None:
        """A planned session without a date, chosen, its title ready to be typed over."""
        doc = self.list_doc
        if doc is None:
            return
        session = Session(wijk_id=doc.wijk_id, title=self.tr("New session"))
        text = self.tr("New session “%1”").replace("%1", session.title)
        command = EditCommand(doc, text, lambda: doc.create(session))
        doc.undo_stack.push(command)
        if command.error is None and self.editor is not None:
            self.show_page(DETAILS)
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def duplicate_session(self) -> None:
        doc, source = self.list_doc, self.doc
        if doc is None or source is None:
            return
        title = self.tr("%1 (follow-up)").replace("%1", source.session.title)
        source_id = source.session_id
        text = self.tr("Duplicate session “%1”").replace("%1", source.session.title)
        doc.undo_stack.push(EditCommand(doc, text, lambda: doc.duplicate(source_id, title)))

    def delete_session(self) -> None:
        doc, shown = self.list_doc, self.doc
        if doc is None or shown is None:
            return
        session = shown.session
        question = self.tr("Delete the session “%1” with its agenda, decisions and actions?")
        parts = [question.replace("%1", session.title)]
        boards = len(shown.boards)
        if boards:
            parts.append(self.tr("%n board(s) with their notes go with it.", None, boards))
        parts.append(self.tr("You can undo this."))
        answer = QMessageBox.question(self, self.tr("Delete session"), plain("\n".join(parts)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Delete session “%1”").replace("%1", session.title)
        session_id = session.id
        doc.undo_stack.push(EditCommand(doc, text, lambda: doc.delete(session_id)))

    # --- following changes -----------------------------------------------------------------
    def _on_list_doc_sessions_changed(self, came: str) -> None:
        self._fill_table()
        if came:
            self.select_session(came)

    def _on_undo_stack_index_changed(self, index: int) -> None:
        """An undo or redo of another session than the one shown brings that one to view,
        so that what changed is seen."""
        stack = self.undo_stack
        previous, self._stack_index = self._stack_index, index
        if stack is None or index == previous:
            return
        command = stack.command(index if index < previous else index - 1)
        doc = getattr(command, "_doc", None)  # as SafeCommand finds it
        if isinstance(doc, SessionDocument) and doc is not self.doc:
            self.select_session(doc.session_id)

    # --- running a session, the open actions -------------------------------------------------
    def run_session(self) -> None:
        """Run mode for the chosen session, over the whole tab until it is left."""
        doc = self.doc
        if doc is None or self.run_mode is not None:
            return
        run = RunModeWidget(doc, self._lang, self)
        run.closed.connect(self._on_run_mode_closed)
        run.board_opened.connect(self.board_opened)
        run.board_closed.connect(self.board_closed)
        self.run_mode = run
        self.pages.addWidget(run)
        self.pages.setCurrentWidget(run)
        run.setFocus()
        self.running_changed.emit(True)

    def _on_run_mode_closed(self) -> None:
        run, self.run_mode = self.run_mode, None
        self.pages.setCurrentIndex(PREPARING)
        if run is not None:
            run.setParent(None)
            run.deleteLater()
        self.running_changed.emit(False)

    def _on_open_actions_toggled(self, shown: bool) -> None:
        if shown and self._wijk_id is not None:
            self.open_actions.load(self._wijk_id)
        self.below.setCurrentIndex(OPEN_ACTIONS_PAGE if shown else SESSION_PAGE)

    def _on_open_session_requested(self, session_id: str) -> None:
        self.open_actions_button.setChecked(False)
        self.select_session(session_id)

    def _on_workspace_changed(self, _changes: Changes) -> None:
        self._fill_table()

    def _on_doc_removed(self) -> None:
        if self.sender() is self.doc:
            self._fill_table()

    def _show_error(self, error: object) -> None:
        if isinstance(error, DomainError):
            text = describe(error, shared_labels.language())
            QMessageBox.warning(self, self.tr("Not saved"), plain(text))
