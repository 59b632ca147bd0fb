"""The Boards tab of a wijk: the list of its boards (new, rename, delete, all undoable) and,
in front of it, the board being edited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.base import DomainError, Record
from sec_workshop.domain.board import Board
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.session import Session
from sec_workshop.gui.board.list_view import BoardsView
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.common.document import Document
from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace

if TYPE_CHECKING:
    from sec_workshop.gui.board.editor import BoardEditorWidget


class BoardListDocument(Document):
    """The boards of one wijk, with an undo stack for adding, renaming and deleting them."""

    boards_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(workspace, parent)

    def create(self, board: Board, session: Session | None) -> Board:
        board = self.workspace.board_editing.create_board(board, session)
        self.boards_changed.emit()
        return board

    def rename(self, board_id: str, title: str) -> None:
        self.workspace.board_editing.rename_board(board_id, title)
        self.boards_changed.emit()

    def delete(self, board_id: str) -> list[Record]:
        records = self.workspace.board_editing.delete_board(board_id)
        self.boards_changed.emit()
        return records

    def restore(self, records: list[Record]) -> None:
        self.workspace.board_editing.restore_board(records)
        self.boards_changed.emit()


class AddBoardCommand(SafeCommand):
    def __init__(self, doc: BoardListDocument, board: Board, session: Session | None) -> None:
        super().__init__(
            QCoreApplication.translate("BoardsPage", "Add board “%1”").replace("%1", board.title)
        )
        self._doc = doc
        self._board = board
        self._session = session
        self._removed: list[Record] | None = None

    def redo(self) -> None:
        def run() -> None:
            if self._removed is None:
                self._board = self._doc.create(self._board, self._session)
            else:
                self._doc.restore(self._removed)

        self._guard(run)

    def undo(self) -> None:
        def run() -> None:
            removed = self._doc.delete(self._board.id)
            if self._session is not None:
                # The session made with the board goes with it, and comes back with it.
                removed = [
                    *self._doc.workspace.board_editing.delete_session(self._session.id),
                    *removed,
                ]
            self._removed = removed

        self._guard(run)


class RenameBoardCommand(SafeCommand):
    def __init__(self, doc: BoardListDocument, board: Board, title: str) -> None:
        super().__init__(
            QCoreApplication.translate("BoardsPage", "Rename board to “%1”").replace("%1", title)
        )
        self._doc = doc
        self._id = board.id
        self._old = board.title
        self._new = title

    def redo(self) -> None:
        self._guard(lambda: self._doc.rename(self._id, self._new))

    def undo(self) -> None:
        self._guard(lambda: self._doc.rename(self._id, self._old))


class DeleteBoardCommand(SafeCommand):
    def __init__(self, doc: BoardListDocument, board: Board) -> None:
        super().__init__(
            QCoreApplication.translate("BoardsPage", "Delete board “%1”").replace("%1", board.title)
        )
        self._doc = doc
        self._id = board.id
        self._removed: list[Record] = []

    def redo(self) -> None:
        def run() -> None:
            self._removed = self._doc.delete(self._id)

        self._guard(run)

    def undo(self) -> None:
        removed = self._removed
        self._guard(lambda: self._doc.restore(removed))


class NewBoardDialog(QDialog):
    """A board's title, its session (or a new one) and the template it starts from."""

    def __init__(self, workspace: Workspace, wijk_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New board"))
        self._wijk_id = wijk_id
        self.title = QLineEdit()
        self.title.setObjectName("boardTitleEdit")
        self.title.setMaxLength(200)
        self.session = QComboBox()
        self.session.setObjectName("boardSessionCombo")
        for summary in workspace.sessions.summaries(wijk_id):
            s = summary.session
            when = s.starts_at.strftime("%d-%m-%Y") if s.starts_at else self.tr("no date")
            self.session.addItem(f"{s.title} ({when})", s.id)
        self.session.addItem(self.tr("A new session…"), None)
        self.session_title = QLineEdit()
        self.session_title.setObjectName("newSessionTitle")
        self.session_title.setPlaceholderText(self.tr("Title of the new session"))
        self.session.currentIndexChanged.connect(self._on_session_current_index_changed)
        self.template = QComboBox()
        self.template.setObjectName("boardTemplateCombo")
        self.about_template = QLabel()
        self.about_template.setWordWrap(True)
        self.about_template.setTextFormat(Qt.TextFormat.PlainText)
        self._templates = workspace.library.board_templates()
        for t in self._templates:
            self.template.addItem(t.name, t.key)
        self.template.currentIndexChanged.connect(self._on_template_current_index_changed)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Session"), self.session)
        form.addRow("", self.session_title)
        form.addRow(self.tr("Template"), self.template)
        form.addRow("", self.about_template)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._on_session_current_index_changed(self.session.currentIndex())
        self._on_template_current_index_changed(0)
        self.result_board: Board | None = None
        self.result_session: Session | None = None

    def _on_session_current_index_changed(self, _index: int) -> None:
        self.session_title.setVisible(self.session.currentData() is None)

    def _on_template_current_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._templates):
            self.about_template.setText(self._templates[index].description)

    def accept(self) -> None:
        title = self.title.text().strip()
        if not title:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Give the board a title."))
            return
        session_id = self.session.currentData()
        session = None
        if session_id is None:
            session_title = self.session_title.text().strip()
            if not session_title:
                QMessageBox.warning(
                    self, self.windowTitle(), self.tr("Give the new session a title.")
                )
                return
            session = Session(wijk_id=self._wijk_id, title=session_title)
            session_id = session.id
        self.result_session = session
        self.result_board = Board(
            session_id=str(session_id), title=title, template_key=str(self.template.currentData())
        )
        super().accept()


class BoardsTab(QWidget):
    """The list of boards, and the board editor in front of it when one is open."""

    editor_opened = Signal(object)  # the BoardEditorWidget, for the window's undo group
    editor_closed = Signal()

    def __init__(self, workspace: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang = lang
        self.wijk_id: str | None = None
        self.doc = BoardListDocument(workspace, self)
        self.doc.boards_changed.connect(self._on_doc_boards_changed)
        self.doc.error_raised.connect(self._on_doc_error_raised)
        self.list = BoardsView(workspace)
        self.list.table.doubleClicked.connect(self._on_open)
        # Boards, their sessions and note counts change elsewhere too (a board's editor, the
        # sessions tab, an import): the list follows, when it is next on screen.
        watch_changes(
            workspace, self.list, ("board", "session", "note"), self._on_list_changes, self.doc
        )
        self.editor: BoardEditorWidget | None = None

        self.open_button = QPushButton(icon("open"), self.tr("Open board"))
        self.open_button.setObjectName("openBoardButton")
        self.open_button.clicked.connect(self._on_open)
        self.new_button = QPushButton(icon("boards"), self.tr("New board…"))
        self.new_button.setObjectName("newBoardButton")
        self.new_button.clicked.connect(self._on_new)
        self.rename_button = QPushButton(icon("rename"), self.tr("Rename…"))
        self.rename_button.clicked.connect(self._on_rename)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete…"))
        self.delete_button.clicked.connect(self._on_delete)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.list, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def load(self, wijk_id: str) -> None:
        self.close_editor()
        self.wijk_id = wijk_id
        self.doc.undo_stack.clear()
        self.list.load(wijk_id)

    def selected_board(self) -> Board | None:
        rows = self.list.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.list.table.item(rows[0].row(), 0)
        if item is None:
            return None
        board_id = str(item.data(Qt.ItemDataRole.UserRole))
        try:
            return self._workspace.boards.get(board_id)
        except DomainError:
            return None

    def open_board(self, board_id: str) -> BoardEditorWidget:
        from sec_workshop.gui.board.editor import BoardEditorWidget  # loaded when first needed

        self.close_editor()
        editor = BoardEditorWidget(self._workspace, board_id, self._lang)
        editor.back_requested.connect(self._on_editor_back_requested)
        self.editor = editor
        editor.fit_when_shown()
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        editor.view.setFocus()
        self.editor_opened.emit(editor)
        return editor

    def close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.view.stop_editing()
            self.stack.setCurrentIndex(0)
            self.stack.removeWidget(editor)
            editor.deleteLater()
            self.editor_closed.emit()

    def _on_editor_back_requested(self) -> None:
        self.close_editor()
        if self.wijk_id is not None:
            self.list.load(self.wijk_id)

    def _on_list_changes(self, _changes: Changes) -> None:
        if self.wijk_id is not None:
            self.list.load(self.wijk_id)

    def _on_doc_boards_changed(self) -> None:
        if self.wijk_id is not None:
            self.list.load(self.wijk_id)

    def _push(self, command: SafeCommand) -> bool:
        """Push a command; a failure (now, or on undo and redo) is told by
        ``_on_doc_error_raised``."""
        self.doc.undo_stack.push(command)
        return command.error is None

    def _on_doc_error_raised(self, error: DomainError) -> None:
        QMessageBox.warning(self, self.tr("Boards"), plain(describe(error, self._lang)))

    def _on_open(self, *_: object) -> None:
        board = self.selected_board()
        if board is not None:
            self.open_board(board.id)

    def _on_new(self) -> None:
        if self.wijk_id is None:
            return
        dialog = NewBoardDialog(self._workspace, self.wijk_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_board is None:
            return
        command = AddBoardCommand(self.doc, dialog.result_board, dialog.result_session)
        if self._push(command):
            self.open_board(command._board.id)

    def _on_rename(self) -> None:
        board = self.selected_board()
        if board is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename board"), self.tr("New title:"), text=board.title
        )
        if ok and title.strip() and title.strip() != board.title:
            self._push(RenameBoardCommand(self.doc, board, title.strip()))

    def _on_delete(self) -> None:
        board = self.selected_board()
        if board is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete board"),
            plain(
                self.tr(
                    "Delete the board “%1” with all its notes, clusters, photos and votes? "
                    "Undo brings it back."
                ).replace("%1", board.title)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(DeleteBoardCommand(self.doc, board))
