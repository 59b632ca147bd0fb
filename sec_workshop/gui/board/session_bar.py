"""The session bar of the board editor: aids for running the session in the room, the
countdown timer and the projector view. They change nothing on the board and nothing of them
is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from sec_workshop.gui.board.actions import editor_action
from sec_workshop.gui.board.projector import ProjectorWindow
from sec_workshop.gui.board.timer import (
    DEFAULT_MINUTES,
    MINUTE_CHOICES,
    SessionTimer,
    TimerState,
    TimerWidget,
)
from sec_workshop.gui.board.view import BoardView
from sec_workshop.gui.common.icons import icon

TIMER_PIXELS = 20  # the timer's digits in the session bar: as tall as the bar allows


class SessionBar(QToolBar):
    """The timer (length, start and pause, a minute more, reset) and the projector (open,
    frozen, high contrast) of one board editor, ``editor``, whose keys reach the actions."""

    def __init__(self, editor: QWidget, view: BoardView) -> None:
        super().__init__(QCoreApplication.translate("BoardEditorWidget", "Session"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._editor = editor
        self._view = view
        self.session_timer = SessionTimer(parent=editor)
        # Docked in the session bar, never over the board: a countdown must not hide notes.
        self.timer_display = TimerWidget(self.session_timer, TIMER_PIXELS)
        self.timer_button = QToolButton()
        self.timer_button.setObjectName("timerButton")
        self.timer_button.setIcon(icon("timer"))
        self.timer_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.timer_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.timer_button.setAccessibleName(
            QCoreApplication.translate("BoardEditorWidget", "Timer")
        )
        self.timer_button.setToolTip(
            QCoreApplication.translate(
                "BoardEditorWidget", "Timer: choose how long the countdown runs"
            )
        )
        timer_menu = QMenu(self.timer_button)
        lengths = QActionGroup(self)
        self.timer_length_actions: dict[int, QAction] = {}
        for minutes in MINUTE_CHOICES:
            action = timer_menu.addAction(
                QCoreApplication.translate("BoardEditorWidget", "%1 minutes").replace(
                    "%1", str(minutes)
                )
            )
            action.setCheckable(True)
            action.setData(minutes)
            action.triggered.connect(self._on_timer_length_action)
            lengths.addAction(action)
            self.timer_length_actions[minutes] = action
        self.timer_length_actions[DEFAULT_MINUTES].setChecked(True)
        timer_menu.addSeparator()
        self.timer_reset_action = timer_menu.addAction(
            icon("timer"), QCoreApplication.translate("BoardEditorWidget", "Reset timer")
        )
        self.timer_reset_action.triggered.connect(self._on_timer_reset)
        self.timer_button.setMenu(timer_menu)
        self.addWidget(self.timer_button)
        self.addWidget(self.timer_display)
        self.timer_start_action = editor_action(
            editor,
            "play",
            QCoreApplication.translate("BoardEditorWidget", "Start"),
            self._on_timer_start,
            bar=self,
        )
        self.timer_minute_action = editor_action(
            editor,
            "add_minute",
            QCoreApplication.translate("BoardEditorWidget", "+1 minute"),
            self._on_timer_add_minute,
            bar=self,
        )
        self.addSeparator()
        self.projector: ProjectorWindow | None = None
        self.projector_action = self._projector_option(
            "projector",
            QCoreApplication.translate("BoardEditorWidget", "Projector view"),
            self._on_projector_toggled,
            QCoreApplication.translate(
                "BoardEditorWidget",
                "Show the board to the room in a second window, full screen on the beamer;"
                " facilitator-only notes stay hidden",
            ),
        )
        self.freeze_action = self._projector_option(
            "freeze",
            QCoreApplication.translate("BoardEditorWidget", "Freeze"),
            self._on_projector_freeze_toggled,
            QCoreApplication.translate(
                "BoardEditorWidget",
                "Freeze: the projector keeps showing what it shows now while you work"
                " elsewhere; off, it follows your view",
            ),
        )
        self.contrast_action = self._projector_option(
            "contrast",
            QCoreApplication.translate("BoardEditorWidget", "High contrast"),
            self._on_projector_contrast_toggled,
            QCoreApplication.translate(
                "BoardEditorWidget",
                "High contrast on the projector: black borders on a dark background",
            ),
        )
        self.session_timer.state_changed.connect(self._on_session_timer_state_changed)
        self._on_session_timer_state_changed(self.session_timer.state)

    # --- the timer ------------------------------------------------------------------------
    def _on_timer_length_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.session_timer.set_minutes(int(action.data()))

    def _on_timer_start(self) -> None:
        self.session_timer.toggle()

    def _on_timer_add_minute(self) -> None:
        self.session_timer.add_minute()

    def _on_timer_reset(self) -> None:
        self.session_timer.reset()

    def _on_session_timer_state_changed(self, state: TimerState) -> None:
        if state is TimerState.RUNNING:
            self.timer_start_action.setIcon(icon("pause"))
            self.timer_start_action.setText(
                QCoreApplication.translate("BoardEditorWidget", "Pause")
            )
        elif state is TimerState.PAUSED:
            self.timer_start_action.setIcon(icon("play"))
            self.timer_start_action.setText(
                QCoreApplication.translate("BoardEditorWidget", "Resume")
            )
        else:
            self.timer_start_action.setIcon(icon("play"))
            self.timer_start_action.setText(
                QCoreApplication.translate("BoardEditorWidget", "Start")
            )
        self.timer_reset_action.setEnabled(state is not TimerState.IDLE)

    # --- the projector --------------------------------------------------------------------
    def _projector_option(
        self, name: str, text: str, slot: Callable[[bool], None], tip: str
    ) -> QAction:
        """A toggle in the bar, with a tooltip that says what it does."""
        action = editor_action(self._editor, name, text, slot, checkable=True, bar=self)
        action.setToolTip(tip)
        return action

    def open_projector(self) -> ProjectorWindow:
        """The projector window (opened on the beamer if there is a second screen)."""
        if self.projector is None:
            projector = ProjectorWindow(
                self._view.board_scene,
                self._view,
                self.session_timer,
                self._editor,
                high_contrast=self.contrast_action.isChecked(),
                following=not self.freeze_action.isChecked(),
            )
            projector.closed.connect(self._on_projector_closed)
            self.projector = projector
            projector.present(self._editor.window().screen())
        if not self.projector_action.isChecked():
            self.projector_action.setChecked(True)
        return self.projector

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()  # its closed signal clears self.projector

    def _on_projector_toggled(self, on: bool) -> None:
        if on:
            self.open_projector()
        else:
            self.close_projector()

    def _on_projector_closed(self) -> None:
        self.projector = None
        self.projector_action.setChecked(False)

    def _on_projector_freeze_toggled(self, frozen: bool) -> None:
        if self.projector is not None:
            self.projector.set_following(not frozen)

    def _on_projector_contrast_toggled(self, on: bool) -> None:
        if self.projector is not None:
            self.projector.set_high_contrast(on)
