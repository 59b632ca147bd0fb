"""The bar that marks a session as held and moves the roadmap step it serves on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from sec_workshop.domain.base import DomainError, Record
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.enums import SessionStatus, StepStatus
from sec_workshop.domain.process import Step
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.sessions.document import SessionDocument

if TYPE_CHECKING:
    from sec_workshop.gui.sessions.records import RecordsPanel


@dataclass(frozen=True, slots=True)
class ServedStep:
    """The roadmap step a session serves, with where it stands on the roadmap."""

    step: Step
    lane: str
    phase: str


class StepStatusCommand(SafeCommand):
    """Move the served step to another status. Saved as the roadmap saves it, so that the
    roadmap's history has the line (and, on undo or redo, a line that says so)."""

    def __init__(self, doc: SessionDocument, step: Step, status: StepStatus, text: str) -> None:
        super().__init__(text)
        self._session_doc = doc  # not ``_doc``: this write is the roadmap's, every view hears
        self._after = replace(step, status=status)
        self.edit: Edit[Record] | None = None

    def redo(self) -> None:
        editing = self._session_doc.workspace.editing

        def run() -> None:
            if self.edit is None:
                self.edit = editing.update_step(self._after)
                if not self.edit:
                    self.setObsolete(True)
            else:
                editing.replay(self._after.model_id, self.edit)

        self._run(run)

    def undo(self) -> None:
        edit = self.edit
        if edit is not None:
            editing = self._session_doc.workspace.editing
            self._run(lambda: editing.replay(self._after.model_id, edit.inverted()))

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except DomainError as exc:
            self.error = exc
            self.setObsolete(True)
            self._session_doc.error_raised.emit(exc)


class HeldBar(QFrame):
    """*Sessie gehouden*, and the roadmap step the session serves with its status, which
    can be moved on from here."""

    def __init__(self, panel: RecordsPanel) -> None:
        super().__init__()
        self.setObjectName("heldBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._panel = panel
        self._doc = panel.doc
        self.served: ServedStep | None = None

        self.session_status = QLabel()
        self.session_status.setObjectName("sessionStatus")
        self.held = QPushButton(icon("sessions"), self.tr("Session held"))
        self.held.setObjectName("sessionHeld")
        self.held.setToolTip(self.tr("Mark the session as held"))
        self.held.clicked.connect(self._on_held_clicked)
        self.step_label = QLabel()
        self.step_label.setObjectName("servedStep")
        self.step_label.setWordWrap(True)
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.step_status = QComboBox()
        self.step_status.setObjectName("servedStepStatus")
        self.step_status.setAccessibleName(self.tr("Status of the roadmap step"))
        for status in StepStatus:
            mark = labels.STEP_STATUS_MARK[status]
            self.step_status.addItem(f"{mark}  {labels.step_status(status)}", status.value)
        self.step_status.activated.connect(self._on_step_status_activated)
        self.status_caption = QLabel(self.tr("Step status:"))

        top = QHBoxLayout()
        top.addWidget(self.session_status)
        top.addStretch(1)
        top.addWidget(self.held)
        step_row = QHBoxLayout()
        step_icon = QLabel()
        step_icon.setPixmap(icon("roadmap").pixmap(18, 18))
        step_row.addWidget(step_icon, 0, Qt.AlignmentFlag.AlignTop)
        step_row.addWidget(self.step_label, 1)
        step_row.addWidget(self.status_caption)
        step_row.addWidget(self.step_status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(step_row)

    def refresh_session(self) -> None:
        session = self._doc.session
        status = labels.session_status(session.status)
        self.session_status.setText(self.tr("Session status: %1").replace("%1", status))
        held = session.status is SessionStatus.HELD
        self.held.setEnabled(not held)
        self.held.setToolTip(
            self.tr("The session is marked as held")
            if held
            else self.tr("Mark the session as held")
        )

    def refresh_step(self) -> None:
        self.served = self._read_step()
        served = self.served
        self.step_status.setVisible(served is not None)
        self.status_caption.setVisible(served is not None)
        if served is None:
            self.step_label.setText(self.tr("This session serves no step of the roadmap."))
            return
        step = served.step
        self.step_label.setText(
            self.tr("Serves the roadmap step “%1” (%2 · %3)")
            .replace("%1", step.title)
            .replace("%2", served.lane)
            .replace("%3", served.phase)
        )
        self.step_label.setToolTip(step.goal or step.description)
        blocker = QSignalBlocker(self.step_status)
        self.step_status.setCurrentIndex(self.step_status.findData(step.status.value))
        del blocker
        color = labels.STEP_STATUS_COLOR[step.status]
        self.step_status.setStyleSheet(f"QComboBox {{ color: {color}; font-weight: bold; }}")

    def _read_step(self) -> ServedStep | None:
        session = self._doc.session
        if session.step_id is None:
            return None
        workspace = self._doc.workspace
        model = workspace.models.roadmap_of(session.wijk_id)
        if model is None:
            return None
        content = workspace.models.content(model.id)
        step = next((s for s in content.steps if s.id == session.step_id), None)
        if step is None:
            return None
        lane = next((lane.name for lane in content.lanes if lane.id == step.lane_id), "")
        phase = next((p.name for p in content.phases if p.id == step.phase_id), "")
        return ServedStep(step, lane, phase)

    def _on_held_clicked(self) -> None:
        session = self._doc.session
        if session.status is SessionStatus.HELD:
            return
        after = replace(session, status=SessionStatus.HELD)
        self._panel.push(self.tr("Mark the session as held"), lambda: self._doc.update(after))

    def _on_step_status_activated(self, index: int) -> None:
        served = self.served
        if served is None:
            return
        status = StepStatus(self.step_status.itemData(index))
        if status is served.step.status:
            return
        text = (
            self.tr("Step “%1”: %2")
            .replace("%1", served.step.title)
            .replace("%2", labels.step_status(status))
        )
        command = StepStatusCommand(self._doc, served.step, status, text)
        self._doc.undo_stack.push(command)
        self.refresh_step()


# --- the panel -----------------------------------------------------------------------------
