"""A started app (window on a fresh data folder) for the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from sec_workshop.gui.app import Shell, start


@pytest.fixture
def shell(qapp: QApplication, data_dir: Path) -> Iterator[Shell]:
    started = start(data_dir, "nl")
    assert started is not None
    try:
        yield started
    finally:
        # Delete the window inside Qt's event loop, not later in Python's garbage collector.
        started.window.close()
        started.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        started.workspace.close()
