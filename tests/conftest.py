"""Test set-up: Qt without a display, and a fresh migrated data folder for every test."""

from __future__ import annotations

import os

# Before any Qt import: no display needed, and never the user's real folders.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("SEC_WORKSHOP_DATA_DIR", None)

from collections.abc import Iterator
from pathlib import Path

import pytest

from sec_workshop.services.workspace import Workspace


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = Workspace.open(data_dir)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # platformdirs and QSettings would otherwise write into the real home folder.
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
