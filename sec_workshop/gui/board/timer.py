"""The session timer of the board editor: a countdown model (``SessionTimer``) and the
mm:ss display (``TimerWidget``) shown in the editor's session bar and, large, on the
projector; never over the board, where it would hide notes.

The countdown is a live aid in the room, not data about the session: it is kept in memory
only and starts afresh whenever a board is opened.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

DEFAULT_MINUTES = 5
MINUTE_CHOICES = (3, 5, 10, 15, 20)
MAX_SECONDS = 180 * 60
ALARM_BLINKS = 20  # half-second steps of blinking at zero (ten seconds), then steady red
BLINK_MS = 500

Clock = Callable[[], float]


class TimerState(Enum):
    IDLE = "idle"  # set to a length, not started (or reset)
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached zero; shows the alarm until reset or restarted


def format_seconds(seconds: int) -> str:
    """``mm:ss``; minutes go past 59 rather than adding hours (a session round is short)."""
    seconds = max(0, seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class SessionTimer(QObject):
    """A countdown for a round of a session (*five minutes to write notes*).

    Time is read from ``clock`` (``time.monotonic`` unless a test passes its own), so a
    busy GUI thread or a late timer event never makes the countdown drift: the QTimer only
    says *look at the clock now*, at the moment the shown second is due to change.
    ``check()`` does that looking; tests call it after moving their clock.

    Kept in memory only: the timer is not saved with the board or the session.
    """

    ticked = Signal(int)  # the whole seconds left (rounded up), whenever that number changes
    finished = Signal()  # once, when a running countdown reaches zero
    state_changed = Signal(object)  # TimerState

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._length = DEFAULT_MINUTES * 60.0
        self._left = self._length  # seconds left when not running
        self._deadline = 0.0  # clock value at zero, while running
        self._state = TimerState.IDLE
        self._shown = self.remaining
        self._qtimer = QTimer(self)
        self._qtimer.setSingleShot(True)
        self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
        self._qtimer.timeout.connect(self.check)

    # --- reading -------------------------------------------------------------------------
    @property
    def state(self) -> TimerState:
        return self._state

    @property
    def length(self) -> int:
        """The length in seconds the countdown starts from."""
        return round(self._length)

    def seconds_left(self) -> float:
        if self._state is TimerState.RUNNING:
            return max(0.0, self._deadline - self._clock())
        return self._left

    @property
    def remaining(self) -> int:
        """Whole seconds left, rounded up: 00:00 shows only when the time is really up."""
        return math.ceil(self.seconds_left() - 1e-9)

    def is_active(self) -> bool:
        """Started and not reset: running, paused, or showing that the time is up."""
        return self._state is not TimerState.IDLE

    # --- controls ------------------------------------------------------------------------
    def set_minutes(self, minutes: int) -> None:
        """A new length; stops any countdown and waits for ``start``."""
        self._length = float(max(1, min(minutes * 60, MAX_SECONDS)))
        self.reset()

    def start(self) -> None:
        """Starts (or resumes after a pause, or starts again after the time was up)."""
        if self._state is TimerState.RUNNING:
            return
        if self._state is TimerState.FINISHED or self._left <= 0:
            self._left = self._length
        self._deadline = self._clock() + self._left
        self._set_state(TimerState.RUNNING)
        self._announce()
        self._arm()

    def resume(self) -> None:
        if self._state is TimerState.PAUSED:
            self.start()

    def pause(self) -> None:
        if self._state is not TimerState.RUNNING:
            return
        self._left = self.seconds_left()
        self._qtimer.stop()
        self._set_state(TimerState.PAUSED)
        self._announce()

    def toggle(self) -> None:
        """The start/pause button."""
        if self._state is TimerState.RUNNING:
            self.pause()
        else:
            self.start()

    def add_minute(self) -> None:
        """One more minute: on the clock while counting; after zero, a new minute runs."""
        if self._state is TimerState.IDLE:
            self._length = min(self._length + 60, MAX_SECONDS)
            self._left = self._length
        elif self._state is TimerState.RUNNING:
            self._deadline = min(self._deadline + 60, self._clock() + MAX_SECONDS)
            self._arm()
        elif self._state is TimerState.PAUSED:
            self._left = min(self._left + 60, MAX_SECONDS)
        else:  # finished: one extra minute, counting at once
            self._left = 60.0
            self._deadline = self._clock() + self._left
            self._set_state(TimerState.RUNNING)
            self._arm()
        self._announce()

    def reset(self) -> None:
        self._qtimer.stop()
        self._left = self._length
        self._set_state(TimerState.IDLE)
        self._announce()

    # --- time passing --------------------------------------------------------------------
    def check(self) -> None:
        """Read the clock: tell the new number of seconds, and the end when it is there."""
        if self._state is not TimerState.RUNNING:
            return
        left = self.seconds_left()
        if left <= 0:
            self._left = 0.0
            self._set_state(TimerState.FINISHED)
            self._announce()
            self.finished.emit()
            return
        self._announce()
        self._arm()

    def _arm(self) -> None:
        """Wake up just after the shown second changes (1-s resolution, no drift)."""
        left = self.seconds_left()
        fraction = left - math.floor(left) if left > 0 else 0.0
        self._qtimer.start(max(1, int(fraction * 1000) + 5) if fraction > 1e-6 else 1000)

    def _announce(self) -> None:
        shown = self.remaining
        if shown != self._shown:
            self._shown = shown
            self.ticked.emit(shown)

    def _set_state(self, state: TimerState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)


class TimerWidget(QWidget):
    """The countdown in large type, to be read from the back of a hall.

    At zero the display turns red and blinks for ten seconds, then stays red until the
    timer is reset or started again. There is deliberately no sound: the facilitator
    announces the end, and a beep from laptop speakers is lost in a full room (or startles
    it); the red display is the signal for everyone watching the board or the beamer.
    """

    def __init__(
        self, timer: SessionTimer, pixel_size: int = 44, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.timer = timer
        self.alarm = False  # the time is up (red), blinking or steady
        self._pixel_size = pixel_size
        self._blinks_left = 0
        self._blink_on = True
        self.setObjectName("sessionTimer")
        self.setAccessibleName(self.tr("Timer"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(format_seconds(timer.remaining))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.set_pixel_size(pixel_size)
        self._blinker = QTimer(self)
        self._blinker.setInterval(BLINK_MS)
        self._blinker.timeout.connect(self._on_blinker_timeout)
        timer.ticked.connect(self._on_timer_ticked)
        timer.state_changed.connect(self._on_timer_state_changed)
        timer.finished.connect(self._on_timer_finished)
        self._restyle()

    def text(self) -> str:
        return self.label.text()

    def set_pixel_size(self, pixel_size: int) -> None:
        font = QFont()
        font.setPixelSize(pixel_size)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        # Fixed-width digits: the display does not jitter as the seconds change.
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.label.setFont(font)
        self._pixel_size = pixel_size
        pad = max(4, pixel_size // 6)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(2 * pad, pad, 2 * pad, pad)
        self._restyle()
        self.adjustSize()

    def _on_timer_ticked(self, seconds: int) -> None:
        self.label.setText(format_seconds(seconds))

    def _on_timer_state_changed(self, state: TimerState) -> None:
        if state is not TimerState.FINISHED and self.alarm:
            self.alarm = False
            self._blinker.stop()
        self._blink_on = True
        self._restyle()

    def _on_timer_finished(self) -> None:
        self.alarm = True
        self._blinks_left = ALARM_BLINKS
        self._blink_on = True
        self._blinker.start()
        self._restyle()

    def _on_blinker_timeout(self) -> None:
        self._blinks_left -= 1
        if self._blinks_left <= 0:
            self._blinker.stop()
            self._blink_on = True
        else:
            self._blink_on = not self._blink_on
        self._restyle()

    def blinking(self) -> bool:
        return self._blinker.isActive()

    def _restyle(self) -> None:
        if self.alarm:
            background = "#C62828" if self._blink_on else "#FFFFFF"
            ink = "#FFFFFF" if self._blink_on else "#C62828"
            border = "#C62828"
        elif self.timer.state is TimerState.PAUSED:
            background, ink, border = "#FFF8E1", "#5D4037", "#FFA000"
        elif self.timer.state is TimerState.IDLE:
            # Set but not started: the length, quietly; a running countdown stands out.
            background, ink, border = "#ECEFF1", "#37474F", "#B0BEC5"
        else:
            background, ink, border = "#263238", "#FFFFFF", "#263238"
        border_width = max(1, min(3, self._pixel_size // 15))
        radius = max(4, min(10, self._pixel_size // 4))
        self.setStyleSheet(
            f"#sessionTimer {{ background: {background}; border: {border_width}px solid"
            f" {border}; border-radius: {radius}px; }}"
            f" #sessionTimer QLabel {{ color: {ink}; background: transparent; }}"
        )
