"""The roadmap editor: swimlanes in the middle, step editor, instruments and history beside.

It turns what the user does on the canvas (the scene's *requests*) into undo commands on
the ``ModelDocument``; the scene redraws from the document's signals.
"""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.enums import Route
from sec_workshop.domain.process import Lane, Phase, Step, StepDependency
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.instrument_library import INSTRUMENT_MIME, InstrumentLibraryWidget
from sec_workshop.gui.common.png_export import ask_png_path, file_safe, save_png
from sec_workshop.gui.roadmap.check_panel import CheckButton, CheckPanel, RoadmapCheck
from sec_workshop.gui.roadmap.commands import (
    AddDependencyCommand,
    AddLaneCommand,
    AddPhaseCommand,
    AddStepCommand,
    AttachInstrumentCommand,
    DeleteDependencyCommand,
    DeleteLaneCommand,
    DeletePhaseCommand,
    DeleteStepsCommand,
    EditLaneCommand,
    EditPhaseCommand,
    ModelEditCommand,
    MoveLaneCommand,
    MovePhaseCommand,
    MoveStepsCommand,
)
from sec_workshop.gui.roadmap.document import ModelDocument
from sec_workshop.gui.roadmap.items import StepCardItem
from sec_workshop.gui.roadmap.panels import HistoryWidget
from sec_workshop.gui.roadmap.scene import SwimlaneScene
from sec_workshop.gui.roadmap.step_editor import StepEditorWidget
from sec_workshop.gui.roadmap.view import SwimlaneView
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace

ROUTE_COLORS = {
    Route.SOCIAL: "#2E8B57",
    Route.TECHNICAL: "#1F5FAD",
    Route.PROCESS: "#6B6B7B",
    Route.KOPPELKANSEN: "#C2185B",
    Route.OTHER: "#8D6E63",
}


class RoadmapEditorWidget(QWidget):
    session_requested = Signal(str)  # a finding of the check opens its session in Sessies
    decision_requested = Signal(str, str)  # ... or a decision of a session (session, decision)
    board_requested = Signal(str)  # ... or the board whose dots it counts

    def __init__(
        self,
        workspace: Workspace,
        model_id: str,
        lang: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.doc = ModelDocument(workspace, model_id, self)
        self.scene = SwimlaneScene(self.doc)
        self.view = SwimlaneView(self.scene)
        self.view.setObjectName("swimlaneView")
        self.view.setAccessibleName(self.tr("Roadmap as swimlanes"))
        self.view.viewport().setAcceptDrops(True)
        self.view.viewport().installEventFilter(self)
        self._clipboard: list[Step] = []
        self._shown = False

        self.editor = StepEditorWidget(self.doc)
        self.library = InstrumentLibraryWidget(workspace.library.instruments())
        self.history = HistoryWidget(self.doc, lang)
        self.check = RoadmapCheck(workspace, model_id, self)
        self.check_panel = CheckPanel(self.check, lang)
        self.check_panel.step_requested.connect(self.show_step)
        self.check_panel.session_requested.connect(self.session_requested)
        self.check_panel.decision_requested.connect(self.decision_requested)
        self.check_panel.board_requested.connect(self.board_requested)
        self.side = QTabWidget()
        self.side.addTab(self.editor, self.tr("Step"))
        self.side.addTab(self.library, self.tr("Instruments"))
        self.side.addTab(self.history, self.tr("History"))
        self.side.addTab(self.check_panel, self.tr("Check"))
        # Four tabs: the panel is as wide as their names, so that none is cut or out of sight.
        self.side.setUsesScrollButtons(False)
        self.side.setElideMode(Qt.TextElideMode.ElideNone)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The check's count comes first: it must stay in sight however narrow the window.
        self.check_button = CheckButton(self.check, lang)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.toolbar.addWidget(self.check_button)
        self.toolbar.addSeparator()
        self._add_action(self.tr("Add lane"), self._on_add_lane)
        self._add_action(self.tr("Rename lane"), self._on_rename_lane)
        self._add_action(self.tr("Lane colour"), self._on_recolour_lane)
        self._add_action(self.tr("Delete lane"), self._on_delete_lane)
        self.toolbar.addSeparator()
        self._add_action(self.tr("Add phase"), self._on_add_phase)
        self._add_action(self.tr("Rename phase"), self._on_rename_phase)
        self._add_action(self.tr("Delete phase"), self._on_delete_phase)
        self.toolbar.addSeparator()
        self.fit_action = self._add_action(self.tr("Fit to window"), self.view.fit_all)
        self.export_action = self._add_action(self.tr("Export PNG…"), self._on_export_png)
        self.toolbar.addSeparator()
        self.route_filter = QComboBox()
        self.route_filter.setAccessibleName(self.tr("Highlight a route"))
        self.route_filter.addItem(self.tr("All routes"), "")
        for route in Route:
            self.route_filter.addItem(labels.route(route), route.value)
        self.route_filter.currentIndexChanged.connect(self._on_route_filter_changed)
        self.toolbar.addWidget(self.route_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a step"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.toolbar.addWidget(self.search)
        self.found = QLabel()
        self.toolbar.addWidget(self.found)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        # However a command was pushed (a gesture, a key, the step panel), a failure is told.
        self.doc.error_raised.connect(self._on_doc_error_raised)
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.scene.move_requested.connect(self._on_scene_move_requested)
        self.scene.dependency_requested.connect(self._on_scene_dependency_requested)
        self.scene.add_step_requested.connect(self._on_scene_add_step_requested)
        self.scene.edit_requested.connect(self._on_scene_edit_requested)
        self.scene.lane_header_moved.connect(self._on_scene_lane_header_moved)
        self.scene.phase_header_moved.connect(self._on_scene_phase_header_moved)
        self.view.edit_requested.connect(self._on_scene_edit_requested)
        self.view.delete_requested.connect(self._on_view_delete_requested)
        self.view.copy_requested.connect(self._on_view_copy_requested)
        self.view.paste_requested.connect(self._on_view_paste_requested)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            QTimer.singleShot(0, self.view, self.view.fit_width)  # not after the view is gone

    def show_step(self, step_id: str) -> None:
        """Select a step's card and bring it into view (the side panel stays as it is)."""
        if self.doc.step(step_id) is None:
            return
        self.scene.select_steps([step_id])
        self.view.centerOn(self.scene.card_rect(step_id).center())

    def _on_check_button_clicked(self) -> None:
        self.check.run()
        self.side.setCurrentWidget(self.check_panel)

    # --- plumbing ------------------------------------------------------------------------
    def _add_action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _push(self, command: ModelEditCommand) -> bool:
        """Push an undo command; whether it was done (a failure is told by the document)."""
        self.doc.undo_stack.push(command)
        return command.error is None

    def _on_doc_error_raised(self, error: DomainError) -> None:
        self._show_error(error)

    def _show_error(self, error: DomainError) -> None:
        QMessageBox.warning(self, self.tr("Roadmap"), describe(error, self._lang))

    def selected_step_ids(self) -> list[str]:
        return [i.step_id for i in self.scene.selectedItems() if isinstance(i, StepCardItem)]

    def _current_lane(self) -> Lane | None:
        ids = self.selected_step_ids()
        step = self.doc.step(ids[0]) if ids else None
        if step is not None:
            return self.doc.lane(step.lane_id)
        return None

    def _current_phase(self) -> Phase | None:
        ids = self.selected_step_ids()
        step = self.doc.step(ids[0]) if ids else None
        if step is not None:
            return self.doc.phase(step.phase_id)
        return None

    def _need_selection(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Roadmap"),
            self.tr("Select a step in the lane or phase you mean first."),
        )

    # --- scene requests ------------------------------------------------------------------
    def _on_scene_selection_changed(self) -> None:
        if not shiboken6.isValid(self.scene):
            return  # the scene lets go of its items while it is being deleted
        ids = self.selected_step_ids()
        self.editor.show_step(ids[0] if len(ids) == 1 else None)

    def _on_scene_move_requested(self, moves: list[tuple[str, str, str, int]]) -> None:
        self._push(MoveStepsCommand(self.doc, [tuple(m) for m in moves]))  # type: ignore[misc]

    def _on_scene_dependency_requested(self, from_id: str, to_id: str) -> None:
        self._push(
            AddDependencyCommand(
                self.doc,
                StepDependency(model_id=self.doc.model.id, from_step_id=from_id, to_step_id=to_id),
            )
        )

    def _on_scene_add_step_requested(self, lane_id: str, phase_id: str) -> None:
        step = Step(
            model_id=self.doc.model.id,
            lane_id=lane_id,
            phase_id=phase_id,
            position=len(self.doc.steps_in(lane_id, phase_id)),
            title=self.tr("New step"),
        )
        if self._push(AddStepCommand(self.doc, step)):
            self.scene.select_steps([step.id])
            self._on_scene_edit_requested(step.id)

    def _on_scene_edit_requested(self, step_id: str) -> None:
        self.scene.select_steps([step_id])
        self.editor.show_step(step_id)
        self.side.setCurrentWidget(self.editor)
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def _on_scene_lane_header_moved(self, lane_id: str, position: int) -> None:
        self._push(MoveLaneCommand(self.doc, lane_id, position))

    def _on_scene_phase_header_moved(self, phase_id: str, position: int) -> None:
        self._push(MovePhaseCommand(self.doc, phase_id, position))

    def _on_view_delete_requested(self, step_ids: list[str], dep_ids: list[str]) -> None:
        if not step_ids and not dep_ids:
            return
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Delete"))
        gone = set(step_ids)
        for dep_id in dep_ids:
            dep = self.doc.dependency(dep_id)
            if dep is not None and not {dep.from_step_id, dep.to_step_id} & gone:
                self._push(DeleteDependencyCommand(self.doc, dep_id))
        if step_ids:
            self._push(DeleteStepsCommand(self.doc, step_ids))
        stack.endMacro()

    def _on_view_copy_requested(self, step_ids: list[str]) -> None:
        self._clipboard = [s for s in (self.doc.step(i) for i in step_ids) if s is not None]

    def _on_view_paste_requested(self) -> None:
        if not self._clipboard:
            return
        target = self._current_lane(), self._current_phase()
        stack = self.doc.undo_stack
        count = len(self._clipboard)
        stack.beginMacro(self.tr("Paste %n step(s)", "", count))
        new_ids = []
        from sec_workshop.domain.base import new_id, utc_now

        for source in self._clipboard:
            lane = target[0] or self.doc.lane(source.lane_id)
            phase = target[1] or self.doc.phase(source.phase_id)
            if lane is None or phase is None:
                continue
            copy = replace(
                source,
                id=new_id(),
                model_id=self.doc.model.id,
                lane_id=lane.id,
                phase_id=phase.id,
                position=len(self.doc.steps_in(lane.id, phase.id)),
                created_at=utc_now(),
                updated_at=utc_now(),
            )
            if self._push(AddStepCommand(self.doc, copy)):
                new_ids.append(copy.id)
        stack.endMacro()
        self.scene.select_steps(new_ids)

    # --- drops of instruments on cards ---------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport():
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                assert isinstance(event, QDragEnterEvent | QDropEvent)
                if event.mimeData().hasFormat(INSTRUMENT_MIME):
                    event.acceptProposedAction()
                    return True
            elif event.type() == QEvent.Type.Drop:
                assert isinstance(event, QDropEvent)
                if event.mimeData().hasFormat(INSTRUMENT_MIME):
                    step_id = self._card_at(event.position().toPoint())
                    instrument_id = bytes(event.mimeData().data(INSTRUMENT_MIME).data()).decode()
                    if step_id:
                        self._push(AttachInstrumentCommand(self.doc, step_id, instrument_id))
                        event.acceptProposedAction()
                    return True
        return super().eventFilter(watched, event)

    def _card_at(self, viewport_pos: object) -> str | None:
        for item in self.view.items(viewport_pos):  # type: ignore[call-overload]
            while item is not None and not isinstance(item, StepCardItem):
                item = item.parentItem()
            if isinstance(item, StepCardItem):
                return item.step_id
        return None

    def attach_instrument(self, step_id: str, instrument_id: str) -> bool:
        """What a drop of an instrument on a step does (also for keyboard users)."""
        return self._push(AttachInstrumentCommand(self.doc, step_id, instrument_id))

    # --- lanes and phases ----------------------------------------------------------------
    def _on_add_lane(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add lane"), self.tr("Name of the lane:"))
        if not ok or not name.strip():
            return
        routes = [labels.route(r) for r in Route]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Add lane"), self.tr("Route:"), routes, 0, False
        )
        if not ok:
            return
        route = list(Route)[routes.index(choice)]
        lane = Lane(
            model_id=self.doc.model.id,
            name=name.strip(),
            route=route,
            color=ROUTE_COLORS[route],
            position=len(self.doc.lanes()),
        )
        self._push(AddLaneCommand(self.doc, lane))

    def _on_rename_lane(self) -> None:
        lane = self._current_lane()
        if lane is None:
            self._need_selection()
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename lane"),
            self.tr("Name of the lane:"),
            QLineEdit.EchoMode.Normal,
            lane.name,
        )
        if ok and name.strip() and name.strip() != lane.name:
            self._push(EditLaneCommand(self.doc, lane, replace(lane, name=name.strip())))

    def _on_recolour_lane(self) -> None:
        lane = self._current_lane()
        if lane is None:
            self._need_selection()
            return
        color = QColorDialog.getColor(QColor(lane.color), self, self.tr("Lane colour"))
        if color.isValid():
            hex_color = color.name().upper()
            if hex_color != lane.color:
                self._push(EditLaneCommand(self.doc, lane, replace(lane, color=hex_color)))

    def _on_delete_lane(self) -> None:
        lane = self._current_lane()
        if lane is None:
            self._need_selection()
            return
        count = len([s for s in self.doc.steps() if s.lane_id == lane.id])
        answer = QMessageBox.question(
            self,
            self.tr("Delete lane"),
            self.tr("Delete the lane “%1” with its %2 steps? You can undo this.")
            .replace("%1", lane.name)
            .replace("%2", str(count)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(DeleteLaneCommand(self.doc, lane.id))

    def _on_add_phase(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add phase"), self.tr("Name of the phase:"))
        if ok and name.strip():
            phase = Phase(
                model_id=self.doc.model.id, name=name.strip(), position=len(self.doc.phases())
            )
            self._push(AddPhaseCommand(self.doc, phase))

    def _on_rename_phase(self) -> None:
        phase = self._current_phase()
        if phase is None:
            self._need_selection()
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename phase"),
            self.tr("Name of the phase:"),
            QLineEdit.EchoMode.Normal,
            phase.name,
        )
        if ok and name.strip() and name.strip() != phase.name:
            self._push(EditPhaseCommand(self.doc, phase, replace(phase, name=name.strip())))

    def _on_delete_phase(self) -> None:
        phase = self._current_phase()
        if phase is None:
            self._need_selection()
            return
        count = len([s for s in self.doc.steps() if s.phase_id == phase.id])
        answer = QMessageBox.question(
            self,
            self.tr("Delete phase"),
            self.tr("Delete the phase “%1” with its %2 steps? You can undo this.")
            .replace("%1", phase.name)
            .replace("%2", str(count)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(DeletePhaseCommand(self.doc, phase.id))

    # --- view ----------------------------------------------------------------------------
    def _on_route_filter_changed(self, index: int) -> None:
        value = self.route_filter.itemData(index)
        self.scene.highlight_route(value or None)

    def _on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        found = self.scene.find(text) if text else []
        self.found.setText(self.tr("%1 found").replace("%1", str(len(found))) if text else "")
        if found:
            self.view.centerOn(self.scene.card_rect(found[0]).center())

    def _on_export_png(self) -> None:
        suggestion = f"{file_safe(self.doc.model.name, 'routekaart')}.png"
        path = ask_png_path(self, self.tr("Export roadmap as PNG"), suggestion)
        if path:
            self.export_png_to(path)

    def export_png_to(self, path: str) -> bool:
        """Write the whole roadmap as a PNG where the user chose (through the guard that
        keeps outputs off the data folder); the user is told where it went, or what went
        wrong."""
        dest = save_png(
            self, self.doc.workspace.outputs, path, self.view.png_bytes, self.tr("Roadmap")
        )
        if dest is None:
            return False
        window = self.window()
        if isinstance(window, QMainWindow):
            text = self.tr("Roadmap exported as an image: %1").replace("%1", str(dest))
            window.statusBar().showMessage(text, 15_000)
        return True
