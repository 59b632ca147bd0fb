"""Regression test for the PySide6 6.12.0 ``None`` refcount bug (Python 3.11).

In PySide6 6.12.0 every call of a wrapped C++ method that returns nothing
(``QGraphicsRectItem.setPos``, ``setBrush``, ...) gave back one reference to ``None`` too
many. On Python 3.11, where ``None`` still has a real reference count, the count runs down
with every call, and after some thousands of calls (a board with a few hundred notes being
laid out) the interpreter aborts with "none_dealloc" and the window is gone, unsaved work
with it. pyproject.toml pins ``PySide6-Essentials>=6.11,<6.12`` for this reason.

What a maintainer checks here after changing the PySide6 pin:

* 100 000 calls each of ``setPos`` and ``setBrush`` leave ``sys.getrefcount(None)`` where it
  was, and the process survives them (the loop runs in a child process, so a crash shows
  as a failed test with the child's exit code, not as a dead test run);
* a few hundred calls in this process do not lower the count either (a quick sign that
  needs no child);
* the installed PySide6 is not 6.12.0.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import PySide6
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene

CALLS = 100_000
MARGIN = 1000  # refcount of None may wander a little; the bug drops it by CALLS per method

CHILD = textwrap.dedent(
    f"""
    import json
    import sys

    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene

    app = QApplication.instance() or QApplication([])
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0, 0, 160, 100)
    scene.addItem(item)
    brush = QBrush(QColor("#fff176"))
    before = sys.getrefcount(None)
    for i in range({CALLS}):
        item.setPos(i, i)
    after_set_pos = sys.getrefcount(None)
    for _ in range({CALLS}):
        item.setBrush(brush)
    after_set_brush = sys.getrefcount(None)
    print(json.dumps({{
        "before": before,
        "after_set_pos": after_set_pos,
        "after_set_brush": after_set_brush,
        "pos": [item.pos().x(), item.pos().y()],
    }}))
    """
)


def test_many_calls_returning_nothing_keep_none_alive() -> None:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, (
        f"the child died after {CALLS} setPos/setBrush calls (exit {proc.returncode}; "
        f"negative = killed by that signal, -6 = abort, as with the PySide6 6.12.0 "
        f"none_dealloc bug). PySide6 {PySide6.__version__}.\n"
        f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    before = result["before"]
    assert result["pos"] == [CALLS - 1, CALLS - 1], "the loop did not run to the end"
    assert result["after_set_pos"] >= before - MARGIN, (
        f"setPos lowered the refcount of None from {before} to {result['after_set_pos']} "
        f"(PySide6 {PySide6.__version__}): the 6.12.0 bug"
    )
    assert result["after_set_brush"] >= before - MARGIN, (
        f"setBrush lowered the refcount of None from {before} to "
        f"{result['after_set_brush']} (PySide6 {PySide6.__version__}): the 6.12.0 bug"
    )


def test_a_few_calls_in_process_keep_none_refcount(qapp: QApplication) -> None:
    # Few enough calls that even the buggy version would not bring None near zero here.
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0, 0, 160, 100)
    scene.addItem(item)
    brush = QBrush(QColor("#fff176"))
    before = sys.getrefcount(None)
    for i in range(300):
        item.setPos(i, i)
        item.setBrush(brush)
    after = sys.getrefcount(None)
    assert after >= before - 50, (
        f"600 calls that return nothing lowered the refcount of None from {before} to "
        f"{after} (PySide6 {PySide6.__version__}): the 6.12.0 bug"
    )


def test_installed_pyside6_is_not_6_12_0() -> None:
    assert PySide6.__version__ != "6.12.0", (
        "PySide6 6.12.0 is installed. On Python 3.11 every call of a method that returns "
        "nothing (setPos, setBrush, ...) drops a reference to None, and the app aborts "
        "(none_dealloc) after some thousands of such calls. Keep the pin "
        "'PySide6-Essentials>=6.11,<6.12' in pyproject.toml and reinstall."
    )
