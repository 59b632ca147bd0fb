"""The koppelkansen register of one wijk opened for editing: the copy the table and the
editor show, one undo stack, and a signal when it changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sec_workshop.domain.base import Record
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.koppelkans import Koppelkans, KoppelkansUpdate
from sec_workshop.domain.process import Step
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.document import Document
from sec_workshop.services.koppelkansen import Register
from sec_workshop.services.workspace import Workspace

# What the register shows: its own records, and the titles of the steps and the names of
# the stakeholders it links to.
WATCHED = (
    "koppelkans",
    "koppelkans_update",
    "koppelkans_step",
    "koppelkans_stakeholder",
    "step",
    "stakeholder",
    "process_model",
)


class KoppelkansenDocument(Document):
    """Every change goes through ``KoppelkansService`` (one transaction); the copy is read
    again and ``changed`` tells the views. A change made elsewhere does the same."""

    changed = Signal()

    def __init__(self, workspace: Workspace, wijk_id: str, parent: QObject | None = None) -> None:
        super().__init__(workspace, parent)
        self.wijk_id = wijk_id
        self.register = Register(())
        self.steps: list[tuple[Step, str]] = []  # in roadmap order, each with its place
        self.stakeholders: list[Stakeholder] = []
        self._load()
        watch_changes(workspace, self, WATCHED, self._on_workspace_changed, origin=self)

    def koppelkans(self, koppelkans_id: str) -> Koppelkans | None:
        return next((k for k in self.register.koppelkansen if k.id == koppelkans_id), None)

    # --- changing (called by undo commands) ------------------------------------------------
    def create(self, koppelkans: Koppelkans) -> Edit[Record]:
        return self._take(self.workspace.koppelkansen.create(koppelkans))

    def update(self, koppelkans: Koppelkans) -> Edit[Record]:
        return self._take(self.workspace.koppelkansen.update(koppelkans))

    def add_update(self, update: KoppelkansUpdate) -> Edit[Record]:
        return self._take(self.workspace.koppelkansen.add_update(update))

    def remove_update(self, update_id: str) -> Edit[Record]:
        return self._take(self.workspace.koppelkansen.remove_update(update_id))

    def delete(self, koppelkans_id: str) -> Edit[Record]:
        return self._take(self.workspace.koppelkansen.delete(koppelkans_id))

    def move(self, koppelkans_id: str, position: int) -> Edit[Record]:
        return self._take(self.workspace.koppelkansen.move(koppelkans_id, position))

    def link_step(self, koppelkans_id: str, step_id: str, linked: bool) -> Edit[Record]:
        return self._take(self.workspace.koppelkansen.link_step(koppelkans_id, step_id, linked))

    def link_stakeholder(
        self, koppelkans_id: str, stakeholder_id: str, linked: bool
    ) -> Edit[Record]:
        return self._take(
            self.workspace.koppelkansen.link_stakeholder(koppelkans_id, stakeholder_id, linked)
        )

    def replay(self, edit: Edit[Record]) -> Edit[Record]:
        return self._take(self.workspace.koppelkansen.replay(edit))

    # --- internals -------------------------------------------------------------------------
    def _take(self, edit: Edit[Record]) -> Edit[Record]:
        self.register = self.workspace.koppelkansen.register(self.wijk_id)
        self.changed.emit()
        return edit

    def _load(self) -> None:
        ws = self.workspace
        self.register = ws.koppelkansen.register(self.wijk_id)
        model = ws.models.roadmap_of(self.wijk_id)
        self.steps = []
        if model is not None:
            content = ws.models.content(model.id)
            phases = {p.id: p for p in content.phases}
            lanes = {ln.id: ln for ln in content.lanes}
            for step in sorted(
                content.steps,
                key=lambda s: (
                    phases[s.phase_id].position if s.phase_id in phases else 0,
                    lanes[s.lane_id].position if s.lane_id in lanes else 0,
                    s.position,
                ),
            ):
                phase = phases.get(step.phase_id)
                lane = lanes.get(step.lane_id)
                where = " · ".join(x.name for x in (phase, lane) if x is not None)
                self.steps.append((step, where))
        self.stakeholders = ws.stakeholders.list(self.wijk_id)

    def _on_workspace_changed(self, _changes: Changes) -> None:
        self._load()
        self.changed.emit()
