"""Run mode's counter at the door and the bar that captures decisions and actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.enums import ParticipantGroup
from sec_workshop.domain.session import TEXT_MAX, TITLE_MAX, Session
from sec_workshop.gui.sessions.run_parts import (
    NOTICE_MS,
    ElidedLabel,
    group_name,
    restyle,
)


class DoorCounter(QFrame):
    """Four big buttons, one click a person, each with a small "−" to correct; the total."""

    count_requested = Signal(object, int)  # ParticipantGroup, +1 or -1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runDoor")
        heading = QLabel(QCoreApplication.translate("RunModeWidget", "At the door"))
        heading.setObjectName("runDoorHeading")
        self.total = QLabel()
        self.total.setObjectName("runDoorTotal")
        self.buttons: dict[ParticipantGroup, QPushButton] = {}
        self.minus: dict[ParticipantGroup, QToolButton] = {}
        self._counts: dict[ParticipantGroup, QLabel] = {}
        self._expected: dict[ParticipantGroup, QLabel] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for row, group in enumerate(ParticipantGroup):
            button = QPushButton()
            button.setObjectName(f"count_{group.value}")
            button.setAccessibleName(group_name(group))
            button.setToolTip(
                QCoreApplication.translate("RunModeWidget", "One more: %1").replace(
                    "%1", group_name(group)
                )
            )
            button.setMinimumHeight(72)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            name = QLabel(group_name(group))
            name.setObjectName("runDoorName")
            expected = QLabel()
            expected.setObjectName("runDoorExpected")
            count = QLabel("0")
            count.setObjectName("runDoorCount")
            for label in (name, expected, count):
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            texts = QVBoxLayout()
            texts.setSpacing(0)
            texts.addWidget(name)
            texts.addWidget(expected)
            inside = QHBoxLayout(button)
            inside.setContentsMargins(14, 6, 14, 6)
            inside.addLayout(texts, 1)
            inside.addWidget(count)
            button.clicked.connect(self._on_button_clicked)
            minus = QToolButton()
            minus.setObjectName(f"uncount_{group.value}")
            minus.setText("−")
            minus.setAccessibleName(
                QCoreApplication.translate("RunModeWidget", "One fewer: %1").replace(
                    "%1", group_name(group)
                )
            )
            minus.setToolTip(minus.accessibleName())
            minus.setMinimumSize(40, 40)
            minus.clicked.connect(self._on_minus_clicked)
            grid.addWidget(button, row, 0)
            grid.addWidget(minus, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.buttons[group] = button
            self.minus[group] = minus
            self._counts[group] = count
            self._expected[group] = expected
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.total)
        layout.addStretch(1)

    def show_counts(self, session: Session) -> None:
        for group in ParticipantGroup:
            present = session.present(group)
            self._counts[group].setText(str(present))
            expected = session.expected(group)
            self._expected[group].setText(
                QCoreApplication.translate("RunModeWidget", "of %1 expected").replace(
                    "%1", str(expected)
                )
                if expected
                else ""
            )
            self._expected[group].setVisible(bool(expected))
            self.minus[group].setEnabled(present > 0)
        self.total.setText(
            QCoreApplication.translate("RunModeWidget", "Present: %1").replace(
                "%1", str(session.participant_count)
            )
        )

    def count_text(self, group: ParticipantGroup) -> str:
        return self._counts[group].text()

    def _on_button_clicked(self) -> None:
        for group, button in self.buttons.items():
            if button is self.sender():
                self.count_requested.emit(group, 1)

    def _on_minus_clicked(self) -> None:
        for group, button in self.minus.items():
            if button is self.sender():
                self.count_requested.emit(group, -1)


# --- quick capture ------------------------------------------------------------------------
class CaptureBar(QFrame):
    """A line for a decision, a line for an action with who takes it, and a word about what
    was saved (with a way to take it back). Enter saves; the owner decides what saving is."""

    decision_entered = Signal(str)
    action_entered = Signal(str, str)  # the action, who takes it
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runCapture")
        self.decision = QLineEdit()
        self.decision.setObjectName("captureDecision")
        self.decision.setPlaceholderText(QCoreApplication.translate("RunModeWidget", "Decision…"))
        self.decision.setAccessibleName(QCoreApplication.translate("RunModeWidget", "Decision"))
        self.decision.setMaxLength(TEXT_MAX)
        self.action = QLineEdit()
        self.action.setObjectName("captureAction")
        self.action.setPlaceholderText(QCoreApplication.translate("RunModeWidget", "Action…"))
        self.action.setAccessibleName(QCoreApplication.translate("RunModeWidget", "Action"))
        self.action.setMaxLength(TEXT_MAX)
        self.owner = QLineEdit()
        self.owner.setObjectName("captureOwner")
        self.owner.setPlaceholderText(QCoreApplication.translate("RunModeWidget", "who"))
        self.owner.setAccessibleName(
            QCoreApplication.translate("RunModeWidget", "Who takes the action")
        )
        self.owner.setMaxLength(TITLE_MAX)
        self.notice = ElidedLabel()
        self.notice.setObjectName("captureNotice")
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("captureUndo")
        self.undo_button.setText(QCoreApplication.translate("RunModeWidget", "Undo"))
        self.undo_button.setAutoRaise(True)
        self.undo_button.clicked.connect(self.undo_requested)
        # Coming and going, the button moves nothing: the lines keep their place.
        policy = self.undo_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.undo_button.setSizePolicy(policy)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(NOTICE_MS)
        self._hide_timer.timeout.connect(self._on_hide_timer_timeout)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.decision, 3)
        layout.addSpacing(12)
        layout.addWidget(self.action, 3)
        layout.addWidget(self.owner, 1)
        layout.addSpacing(12)
        layout.addWidget(self.notice, 3)
        layout.addWidget(self.undo_button)
        self.decision.returnPressed.connect(self._on_decision_return_pressed)
        self.action.returnPressed.connect(self._on_action_return_pressed)
        self.owner.returnPressed.connect(self._on_action_return_pressed)
        self._on_hide_timer_timeout()

    def say(self, text: str, undoable: bool = False, warning: bool = False) -> None:
        self.notice.set_full_text(text)
        restyle(self.notice, "warning", warning)
        self.undo_button.setVisible(undoable)
        self._hide_timer.start()

    def _on_hide_timer_timeout(self) -> None:
        self.notice.set_full_text("")
        self.undo_button.hide()

    def _on_decision_return_pressed(self) -> None:
        text = self.decision.text().strip()
        if text:
            self.decision_entered.emit(text)

    def _on_action_return_pressed(self) -> None:
        text = self.action.text().strip()
        if text:
            self.action_entered.emit(text, self.owner.text().strip())
        elif self.sender() is self.owner:
            self.action.setFocus(Qt.FocusReason.OtherFocusReason)  # who, but what?


# --- the item shown -----------------------------------------------------------------------
