"""*Routekaart controleren*: the roadmap's check, kept up to date while anyone edits.

``RoadmapCheck`` runs the check (``ws.check``) again shortly after any change to the steps,
their arrows, or the wijk's sessions, decisions, boards and dots, wherever it was made;
``CheckPanel`` lists its findings in the side panel, each one opening its step or session.
The count shows on the roadmap's tool bar (``CheckButton``). Findings are advice: nothing is
blocked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.check_texts import count_text, finding_text, severity_text
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.roadmap_check import Finding, FindingKind, Severity
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.icons import icon
from sec_workshop.services.workspace import Workspace

# What the check reads: a change to any of these, anywhere, may change a finding.
CHECKED_KINDS = (
    "step",
    "step_dependency",
    "session",
    "decision",
    "board",
    "vote_round",
    "vote",
)
# Typing in a step saves at every key: the check runs once the typing pauses.
SETTLE_MS = 150

FINDING_ROLE = Qt.ItemDataRole.UserRole
# Findings fixed in a session (its date, its decisions, its board's dots) open the session;
# the others open their step. The context menu offers both where a finding names both.
SESSION_FIRST = frozenset(
    {FindingKind.SESSION_OUTSIDE_STEP, FindingKind.DECISION_ON_DONE_STEP, FindingKind.TOO_MANY_DOTS}
)
PROBLEM_COLOR = "#C62828"
REMINDER_COLOR = "#EF6C00"
CLEAN_COLOR = "#2E7D32"


class RoadmapCheck(QObject):
    """The findings on one roadmap, checked again after every change that may touch them.

    ``watched`` is the view that shows them: while it is hidden, changes wait until it is
    shown again (see ``ChangeWatch``)."""

    changed = Signal()

    def __init__(self, workspace: Workspace, model_id: str, watched: QWidget) -> None:
        super().__init__(watched)
        self._workspace = workspace
        self._model_id = model_id
        self.findings: tuple[Finding, ...] = ()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.run)
        watch_changes(workspace, watched, CHECKED_KINDS, self._on_workspace_changed)
        self.run()

    def run(self) -> None:
        """Check now (also what a change leads to, after ``SETTLE_MS``)."""
        self._timer.stop()
        self.findings = self._workspace.check.check(self._model_id)
        self.changed.emit()

    @property
    def problems(self) -> int:
        return sum(1 for f in self.findings if f.severity == Severity.PROBLEM)

    def _on_workspace_changed(self, _changes: Changes) -> None:
        self._timer.start()


def _color(findings: tuple[Finding, ...], problems: int) -> str:
    if problems:
        return PROBLEM_COLOR
    return REMINDER_COLOR if findings else CLEAN_COLOR


class CheckButton(QToolButton):
    """The count on the roadmap's tool bar; a click shows the list."""

    def __init__(self, check: RoadmapCheck, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._lang = lang
        self.setObjectName("roadmapCheckButton")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        check.changed.connect(self._on_check_changed)
        self._on_check_changed()

    def _on_check_changed(self) -> None:
        findings, problems = self._check.findings, self._check.problems
        self.setText(count_text(findings, self._lang))
        name = "alert" if problems else ("reminder" if findings else "checked")
        self.setIcon(icon(name, _color(findings, problems)))
        self.setToolTip(self.tr("Check the roadmap: show what does not add up"))
        self.setAccessibleName(
            self.tr("Check the roadmap") + ": " + count_text(findings, self._lang)
        )


class CheckPanel(QWidget):
    """The findings as a list: problems first, then reminders. A click (or Enter) on one
    opens its step on the roadmap, or its session when it concerns a session alone."""

    step_requested = Signal(str)
    session_requested = Signal(str)
    decision_requested = Signal(str, str)  # session id, decision id
    board_requested = Signal(str)

    def __init__(self, check: RoadmapCheck, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._lang = lang
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("checkFindings")
        self.list.setAccessibleName(self.tr("Findings of the roadmap check"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemClicked.connect(self._on_item_activated)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.hint = QLabel(
            self.tr(
                "The check looks at the order of the steps and their dates, the sessions "
                "that serve them, decisions and the dots of vote rounds. Click a finding to "
                "open its step or session. Findings never stop you from editing."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        check.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        findings, problems = self._check.findings, self._check.problems
        self.summary.setText(count_text(findings, self._lang))
        self.summary.setStyleSheet(f"color: {_color(findings, problems)}; font-weight: 600;")
        self.list.clear()
        for finding in findings:
            problem = finding.severity == Severity.PROBLEM
            text = finding_text(finding, self._lang)
            item = QListWidgetItem(
                icon(
                    "alert" if problem else "reminder", PROBLEM_COLOR if problem else REMINDER_COLOR
                ),
                text,
            )
            item.setToolTip(f"{severity_text(finding.severity, self._lang)}: {text}")
            item.setData(FINDING_ROLE, finding)
            self.list.addItem(item)
        self.list.setVisible(bool(findings))

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if not isinstance(finding, Finding):
            return
        if finding.kind is FindingKind.TOO_MANY_DOTS and finding.board_id is not None:
            self.board_requested.emit(finding.board_id)  # the dots are counted on the board
        elif finding.decision_id is not None and finding.session_id is not None:
            self.decision_requested.emit(finding.session_id, finding.decision_id)
        elif finding.session_id is not None and (
            finding.kind in SESSION_FIRST or finding.step_id is None
        ):
            self.session_requested.emit(finding.session_id)
        elif finding.step_id is not None:
            self.step_requested.emit(finding.step_id)

    def _on_list_context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        finding = item.data(FINDING_ROLE) if item is not None else None
        if not isinstance(finding, Finding):
            return
        menu = QMenu(self)
        if finding.step_id is not None:
            step_id = finding.step_id
            menu.addAction(self.tr("Open the step")).triggered.connect(
                lambda: self.step_requested.emit(step_id)
            )
        if finding.session_id is not None:
            session_id = finding.session_id
            menu.addAction(self.tr("Open the session")).triggered.connect(
                lambda: self.session_requested.emit(session_id)
            )
        if finding.board_id is not None:
            board_id = finding.board_id
            menu.addAction(self.tr("Open the board")).triggered.connect(
                lambda: self.board_requested.emit(board_id)
            )
        menu.exec(self.list.viewport().mapToGlobal(pos))


__all__ = ["CheckButton", "CheckPanel", "RoadmapCheck"]
