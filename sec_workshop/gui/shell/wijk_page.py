"""One wijk opened: a header with its key figures and the four views as tabs."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.base import NotFoundError
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.enums import SessionStatus
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.board.boards_tab import BoardsTab
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.koppelkansen.view import KoppelkansenView
from sec_workshop.gui.sessions.view import SessionsView
from sec_workshop.gui.stakeholders.view import StakeholdersView
from sec_workshop.services.workspace import Workspace

if TYPE_CHECKING:
    from sec_workshop.gui.roadmap.editor import RoadmapEditorWidget


class WijkPageWidget(QWidget):
    back_requested = Signal()
    hall_changed = Signal()  # a session's run mode came to the front, or left it

    ROADMAP, SESSIONS, STAKEHOLDERS, BOARDS, KOPPELKANSEN = range(5)

    def __init__(
        self, workspace: Workspace, lang: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.wijk_id: str | None = None

        self.back_button = QToolButton()
        self.back_button.setIcon(icon("back"))
        self.back_button.setText(self.tr("All wijken"))
        self.back_button.setToolTip(self.tr("Back to all wijken (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back to all wijken"))
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.facts = QLabel()
        self.facts.setObjectName("wijkFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)  # built from escaped parts

        self.roadmap = RoadmapTab(workspace, lang)
        self.sessions = SessionsView(workspace)
        self.stakeholders = StakeholdersView(workspace)
        self.boards = BoardsTab(workspace, lang)
        self.koppelkansen = KoppelkansenView(workspace)
        # A stakeholder card opens the steps and sessions it is linked to in their tabs.
        self.stakeholders.open_step_requested.connect(self._on_open_step_requested)
        self.stakeholders.open_session_requested.connect(self._on_open_session_requested)
        # A session made for a roadmap step is prepared in Sessies.
        self.roadmap.session_made.connect(self._on_open_session_requested)
        # A finding of the roadmap's check opens the decision or board it is about.
        self.roadmap.decision_requested.connect(self._on_open_decision_requested)
        self.roadmap.board_requested.connect(self._on_open_board_requested)
        # An open board gets the room of the wijk's key figures; they return with the list.
        self.boards.editor_opened.connect(self._on_boards_editor_opened)
        # Running a session, like an open board, gets the room of the wijk's key figures.
        self.sessions.running_changed.connect(self._on_sessions_running_changed)
        self.boards.editor_closed.connect(self._on_boards_editor_closed)
        self.tabs = _Tabs()
        self.tabs.setObjectName("wijkTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.roadmap, icon("roadmap"), self.tr("Roadmap"))
        self.tabs.addTab(self.sessions, icon("sessions"), self.tr("Sessions"))
        self.tabs.addTab(self.stakeholders, icon("stakeholders"), self.tr("Stakeholders"))
        self.tabs.addTab(self.boards, icon("boards"), self.tr("Boards"))
        self.tabs.addTab(self.koppelkansen, icon("koppelkansen"), self.tr("Koppelkansen"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        # The header names the next session: it follows sessions made or moved anywhere.
        watch_changes(workspace, self, ("session", "wijk"), self._on_sessions_changed)
        self._loaded: set[int] = set()

        self.head = QWidget()
        head = QHBoxLayout(self.head)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        self._running = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.head)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)

    def show_wijk(self, wijk: Wijk) -> None:
        """Show a wijk; each tab loads when first looked at (start-up stays quick)."""
        self.wijk_id = wijk.id
        self.update_header(wijk)
        self._loaded.clear()
        self._load(self.tabs.currentIndex())

    def update_header(self, wijk: Wijk) -> None:
        self.title.setText(wijk.name)
        parts = []
        if wijk.municipality:
            parts.append(self.tr("Municipality %1").replace("%1", escape(wijk.municipality)))
        if wijk.homes:
            parts.append(self.tr("%1 homes").replace("%1", f"{wijk.homes:,}".replace(",", ".")))
        if wijk.ownership_total_pct:
            parts.append(
                self.tr("social rent %1%, private rent %2%, owner-occupied %3%")
                .replace("%1", str(wijk.social_rent_pct))
                .replace("%2", str(wijk.private_rent_pct))
                .replace("%3", str(wijk.owner_occupied_pct))
            )
        if wijk.vve_pct:
            parts.append(self.tr("%1% in a VvE").replace("%1", str(wijk.vve_pct)))
        if wijk.vulnerable:
            parts.append(self.tr("vulnerable neighbourhood"))
        text = " · ".join(parts)
        coming = self._next_session(wijk.id)
        if coming:
            text += "<br>" + coming
        if wijk.description:
            short = wijk.description
            if len(short) > 240:
                short = short[:240].rsplit(" ", 1)[0] + " …"
            text += f"<br><span style='color:#546E7A'>{escape(short)}</span>"
        self.facts.setText(text)
        self.facts.setToolTip(wijk.description)

    def _next_session(self, wijk_id: str) -> str:
        """The next planned session of the wijk, as a line of the header ("" for none)."""
        now = datetime.now()
        planned = [
            s.session
            for s in self._workspace.sessions.summaries(wijk_id)
            if s.session.status is SessionStatus.PLANNED
            and s.session.starts_at is not None
            and s.session.starts_at >= now
        ]
        if not planned:
            return ""
        first = min(planned, key=lambda s: s.starts_at or now)
        when = first.starts_at.strftime("%d-%m-%Y %H:%M") if first.starts_at else ""
        return (
            self.tr("Next session: %1, %2")
            .replace("%1", escape(when))
            .replace("%2", f"<b>{escape(first.title)}</b>")
        )

    def _on_sessions_changed(self, _changes: Changes) -> None:
        if self.wijk_id is None:
            return
        try:
            wijk = self._workspace.wijken.get(self.wijk_id)
        except NotFoundError:
            return  # the wijk is gone; the window goes back to the list of wijken
        self.update_header(wijk)

    def _on_boards_editor_opened(self, _editor: object) -> None:
        self.facts.hide()

    def _on_boards_editor_closed(self) -> None:
        self.facts.show()

    def _on_sessions_running_changed(self, running: bool) -> None:
        # The hall gets the room: the run mode names the session and has its way back, so
        # the wijk's name, figures and tabs step aside (the tool bar still has the views).
        self._running = running
        self.facts.setVisible(not running)
        self._fit_to_running()

    @property
    def in_hall(self) -> bool:
        """A session's run mode is in front."""
        return self._running and self.tabs.currentWidget() is self.sessions

    def _fit_to_running(self) -> None:
        hall = self.in_hall
        if self.head.isHidden() == hall:
            return
        self.head.setVisible(not hall)
        self.tabs.tabBar().setVisible(not hall)
        self.hall_changed.emit()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _on_open_step_requested(self, _model_id: str, step_id: str) -> None:
        self.show_tab(self.ROADMAP)
        self.roadmap.show_step(step_id)

    def _on_open_session_requested(self, session_id: str) -> None:
        self.show_tab(self.SESSIONS)
        self.sessions.select_session(session_id)

    def _on_open_decision_requested(self, session_id: str, decision_id: str) -> None:
        self._on_open_session_requested(session_id)
        self.sessions.show_decision(decision_id)

    def _on_open_board_requested(self, board_id: str) -> None:
        self.show_tab(self.BOARDS)
        self.boards.open_board(board_id)

    def _load(self, index: int) -> None:
        if self.wijk_id is None or index in self._loaded or index < 0:
            return
        views = (self.roadmap, self.sessions, self.stakeholders, self.boards, self.koppelkansen)
        views[index].load(self.wijk_id)
        self._loaded.add(index)

    def _on_tabs_current_changed(self, index: int) -> None:
        self._load(index)
        self._fit_to_running()


class _Tabs(QTabWidget):
    """Tabs whose bar, when hidden, takes no room in the window's minimum height either
    (QTabWidget counts it hidden or not)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        bar = self.tabBar()
        if bar.isHidden():
            hint.setHeight(hint.height() - bar.minimumSizeHint().height())
        return hint


class RoadmapTab(QWidget):
    """Holds the roadmap editor of the wijk being shown (made anew for each wijk)."""

    editor_opened = Signal(object)  # the RoadmapEditorWidget, for the window's undo group
    # A session made for a step in the step panel, or one a finding of the check is about:
    # the wijk page opens it in Sessies.
    session_made = Signal(str)
    decision_requested = Signal(str, str)  # session id, decision id
    board_requested = Signal(str)

    def __init__(self, workspace: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang = lang
        self.editor: RoadmapEditorWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.none = QLabel(self.tr("This wijk has no roadmap yet."))
        self._layout.addWidget(self.none)

    def load(self, wijk_id: str) -> None:
        from sec_workshop.gui.roadmap.editor import RoadmapEditorWidget

        if self.editor is not None:
            self.editor.setParent(None)
            self.editor.deleteLater()
            self.editor = None
        model = self._workspace.models.roadmap_of(wijk_id)
        self.none.setVisible(model is None)
        if model is None:
            return
        self.editor = RoadmapEditorWidget(self._workspace, model.id, self._lang)
        self._layout.addWidget(self.editor)
        self.editor.editor.session_made.connect(self.session_made)
        self.editor.session_requested.connect(self.session_made)
        self.editor.decision_requested.connect(self.decision_requested)
        self.editor.board_requested.connect(self.board_requested)
        self.editor_opened.emit(self.editor)

    def show_step(self, step_id: str) -> None:
        """Select a step's card, bring it into view, and show it in the step panel."""
        if self.editor is not None:
            self.editor.show_step(step_id)
