"""Opening a data folder in the window under real faults: only a damaged database is called
damaged and offered a backup; a busy, read-only or full one is named and left as it is."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from real_faults import database_held_by_another_program, fill, remount_read_only, tmpfs

from sec_workshop.gui.app import start
from sec_workshop.gui.board.editor import BoardEditorWidget
from sec_workshop.services.workspace import Workspace
from sec_workshop.storage.backup import Reason
from sec_workshop.storage.location import DB_NAME, LOCK_NAME


class Boxes:
    """The message boxes the window shows, answered as the test says."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.critical: list[str] = []
        self.questions: list[str] = []

        def critical(_parent: object, _title: str, text: str, *_a: object) -> object:
            self.critical.append(text)
            return QMessageBox.StandardButton.Ok

        def question(_parent: object, _title: str, text: str, *_a: object) -> object:
            self.questions.append(text)
            return answer

        monkeypatch.setattr(QMessageBox, "critical", critical)
        monkeypatch.setattr(QMessageBox, "question", question)


def _demo(folder: Path) -> str:
    with Workspace.open(folder) as ws:
        ws.demo.add()
        ws.maintenance.backup(Reason.MANUAL)
    return hashlib.sha256((folder / DB_NAME).read_bytes()).hexdigest()


def _digest(folder: Path) -> str:
    return hashlib.sha256((folder / DB_NAME).read_bytes()).hexdigest()


def _refused(qapp: QApplication, folder: Path, boxes: Boxes) -> str:
    shell = start(folder, "nl")
    qapp.processEvents()
    assert shell is None
    assert not boxes.questions, "a sound database must never be offered a restore"
    assert len(boxes.critical) == 1
    return boxes.critical[0]


def test_a_busy_database_is_not_offered_a_restore(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _demo(data_dir)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    with database_held_by_another_program(data_dir / DB_NAME):
        text = _refused(qapp, data_dir, boxes)
    assert "bezet door een ander programma" in text and "niet beschadigd" in text
    assert _digest(data_dir) == before
    assert not list(data_dir.glob("*beschadigd*"))


def test_a_read_only_stick_is_not_offered_a_restore(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tmpfs(tmp_path / "stick") as stick:
        folder = stick / "data"
        before = _demo(folder)
        remount_read_only(stick)
        boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
        text = _refused(qapp, folder, boxes)
        assert "alleen gelezen" in text
        assert _digest(folder) == before


def test_a_full_disk_is_not_offered_a_restore(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tmpfs(tmp_path / "schijf", size="4m") as disk:
        folder = disk / "data"
        before = _demo(folder)
        fill(disk)
        (folder / LOCK_NAME).unlink()
        boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
        text = _refused(qapp, folder, boxes)
        assert "is vol" in text
        assert _digest(folder) == before
        assert not list(folder.glob("*beschadigd*"))


def test_an_emptied_database_is_offered_the_newest_backup(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _demo(data_dir)
    (data_dir / DB_NAME).write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (data_dir / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    shell = start(data_dir, "nl")
    assert shell is not None
    try:
        assert len(boxes.questions) == 1 and "leeg (0 bytes)" in boxes.questions[0]
        assert [w.name for w in shell.workspace.wijken.list()] == ["Vogelwijk-Oost"]
        assert list(data_dir.glob("sec-workshop-beschadigd-*.sqlite"))  # the empty file kept
    finally:
        shell.window.close()
        shell.window.deleteLater()
        qapp.processEvents()
        shell.workspace.close()


def test_the_board_export_never_writes_into_the_data_folder(
    editor: BoardEditorWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = editor.doc.workspace.maintenance.database_file
    before = database.read_bytes()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(str(a[2])))
    editor.choose_save_file = lambda *_: str(database)
    editor.export_action.trigger()
    assert database.read_bytes() == before
    assert len(said) == 1 and "gegevensmap" in said[0]
    assert not list(database.parent.glob("*.png"))
