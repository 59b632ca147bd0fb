"""The session timer: a countdown read from a clock the test moves by hand, its display with
the alarm at zero, and its controls and overlay in the board editor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sec_workshop.gui.board.editor import BoardEditorWidget
from sec_workshop.gui.board.timer import (
    SessionTimer,
    TimerState,
    TimerWidget,
    format_seconds,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(qapp: QApplication, clock: FakeClock) -> Iterator[SessionTimer]:
    made = SessionTimer(clock)
    yield made
    made.reset()
    made.deleteLater()


def test_format_is_minutes_and_seconds() -> None:
    assert format_seconds(0) == "00:00"
    assert format_seconds(65) == "01:05"
    assert format_seconds(20 * 60) == "20:00"
    assert format_seconds(-3) == "00:00"


def test_counts_down_by_the_clock(timer: SessionTimer, clock: FakeClock) -> None:
    ticks: list[int] = []
    timer.ticked.connect(ticks.append)
    timer.set_minutes(3)
    assert timer.remaining == 180 and timer.state is TimerState.IDLE
    assert ticks == [180]  # a new length shows at once
    ticks.clear()
    timer.start()
    clock.now += 0.4
    timer.check()
    assert timer.remaining == 180  # rounded up: a second is shown until it is over
    clock.now += 1.0
    timer.check()
    assert timer.remaining == 179
    clock.now += 58.6
    timer.check()
    assert timer.remaining == 120
    assert ticks == [179, 120]  # only when the shown number changes


def test_pause_stops_the_countdown_and_resume_goes_on(
    timer: SessionTimer, clock: FakeClock
) -> None:
    timer.set_minutes(5)
    timer.start()
    clock.now += 10
    timer.pause()
    assert timer.state is TimerState.PAUSED and timer.remaining == 290
    clock.now += 120  # the break: nothing counts
    timer.check()
    assert timer.remaining == 290
    timer.resume()
    clock.now += 30
    timer.check()
    assert timer.remaining == 260
    timer.toggle()
    assert timer.state is TimerState.PAUSED
    timer.toggle()
    assert timer.state is TimerState.RUNNING


def test_add_minute_adds_sixty_seconds_running_paused_and_idle(
    timer: SessionTimer, clock: FakeClock
) -> None:
    timer.set_minutes(3)
    timer.add_minute()
    assert timer.remaining == 240 and timer.length == 240
    timer.start()
    clock.now += 100
    timer.add_minute()
    assert timer.remaining == 200
    timer.pause()
    timer.add_minute()
    assert timer.remaining == 260


def test_finished_fires_once_at_zero_and_the_display_alarms(
    qtbot: QtBot, timer: SessionTimer, clock: FakeClock
) -> None:
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    finished: list[bool] = []
    timer.finished.connect(lambda: finished.append(True))
    timer.set_minutes(3)
    timer.start()
    clock.now += 179.5
    timer.check()
    assert widget.text() == "00:01" and not widget.alarm
    clock.now += 0.5
    timer.check()
    clock.now += 10
    timer.check()
    assert finished == [True]
    assert timer.state is TimerState.FINISHED and timer.remaining == 0
    assert widget.text() == "00:00"
    assert widget.alarm and widget.blinking()
    assert "#C62828" in widget.styleSheet()  # red

    # One more minute after the alarm: counting again, the alarm off.
    timer.add_minute()
    assert timer.state is TimerState.RUNNING and timer.remaining == 60
    assert not widget.alarm and not widget.blinking()
    assert widget.text() == "01:00"
    timer.reset()
    assert timer.state is TimerState.IDLE and widget.text() == "03:00"


def test_the_qtimer_reads_the_clock_by_itself(
    qtbot: QtBot, timer: SessionTimer, clock: FakeClock
) -> None:
    timer.set_minutes(3)
    timer.start()
    clock.now += 2.5
    with qtbot.waitSignal(timer.ticked, timeout=3000) as blocker:
        pass
    assert blocker.args == [178]


# --- in the board editor -------------------------------------------------------------------
def test_toolbar_controls_drive_the_timer_docked_beside_the_board(
    editor: BoardEditorWidget, clock: FakeClock
) -> None:
    from mouse_gestures import point
    from PySide6.QtCore import QPoint, QPointF, QRect, Qt
    from PySide6.QtTest import QTest

    from sec_workshop.domain.enums import NOTE_COLOR_HEX, NoteColor

    timer = editor.session_timer
    timer._clock = clock  # the test's clock, not the wall clock
    display = editor.timer_display
    assert display.isVisible() and display.text() == "05:00"  # the length, before it runs

    editor.timer_length_actions[10].trigger()
    assert timer.remaining == 600 and display.text() == "10:00"
    start = editor.session_bar.widgetForAction(editor.timer_start_action)
    QTest.mouseClick(start, Qt.MouseButton.LeftButton)
    assert timer.state is TimerState.RUNNING
    assert editor.timer_start_action.text() == "Pauze"

    # In the session bar, never over the board: a note in the board's top-right corner,
    # where a corner overlay would sit, shows whole.
    viewport = editor.view.viewport()
    corner = editor.view.mapToScene(QPoint(viewport.width() - 100, 60))
    note = editor.add_note(QPointF(corner.x(), corner.y()), text="", centred=False)
    assert note is not None
    editor.view.stop_editing()
    QApplication.processEvents()
    on_screen = QRect(display.mapToGlobal(QPoint(0, 0)), display.size())
    board = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
    assert not on_screen.intersects(board)
    seen = (
        viewport.grab().toImage().pixelColor(point(editor.view, QPointF(note.x + 40, note.y + 40)))
    )
    assert seen.name() == NOTE_COLOR_HEX[NoteColor.YELLOW].lower()

    editor.timer_minute_action.trigger()
    assert timer.remaining == 660
    clock.now += 60
    timer.check()
    assert display.text() == "10:00"
    QTest.mouseClick(start, Qt.MouseButton.LeftButton)
    assert timer.state is TimerState.PAUSED
    assert editor.timer_start_action.text() == "Verder"
    editor.timer_reset_action.trigger()
    assert timer.state is TimerState.IDLE and display.isVisible()
    assert display.text() == "10:00" and not display.alarm

    # At zero it alarms where the facilitator looks: the session bar.
    timer.start()
    clock.now += 600
    timer.check()
    assert display.alarm and display.blinking()
