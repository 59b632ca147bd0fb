"""Editing a step in the side panel: typed at once into the database, one undo per field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.model_document import ModelDocument
from sec_workshop.gui.step_editor import StepEditorWidget
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def doc(qapp: QApplication, workspace: Workspace) -> ModelDocument:
    template = next(t for t in workspace.models.templates() if t.builtin_key == "sec-standaard")
    wijk = workspace.wijken.create(Wijk(name="Lombok"), template.id).wijk
    model = workspace.models.roadmap_of(wijk.id)
    assert model is not None
    return ModelDocument(workspace, model.id)


def _saved(doc: ModelDocument, step_id: str):  # type: ignore[no-untyped-def]
    return next(s for s in doc.workspace.models.content(doc.model.id).steps if s.id == step_id)


def test_typing_saves_at_once_and_undoes_per_field(qtbot: QtBot, doc: ModelDocument) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    step = doc.steps()[0]
    editor.show_step(step.id)
    assert editor.title.text() == step.title
    editor.texts["goal"].clear()
    qtbot.keyClicks(editor.texts["goal"], "Bewoners kennen het plan")
    assert _saved(doc, step.id).goal == "Bewoners kennen het plan"
    qtbot.keyClicks(editor.owner, " (team)")
    assert _saved(doc, step.id).owner == step.owner + " (team)"
    editor.status.setCurrentIndex(editor.status.findData(StepStatus.DONE.value))
    editor.status.activated.emit(editor.status.currentIndex())
    assert _saved(doc, step.id).status is StepStatus.DONE
    # goal (clear + typing), owner, status: each field is one undo step
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _saved(doc, step.id).goal == step.goal
    assert editor.texts["goal"].toPlainText() == step.goal  # the panel follows the undo


def test_dates_and_an_impossible_pair(qtbot: QtBot, doc: ModelDocument) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    step = doc.steps()[1]
    editor.show_step(step.id)
    editor.start.setDate(QDate(2026, 3, 2))
    editor.due.setDate(QDate(2026, 4, 15))
    saved = _saved(doc, step.id)
    assert (saved.start_date.isoformat(), saved.due_date.isoformat()) == (
        "2026-03-02",
        "2026-04-15",
    )  # type: ignore[union-attr]
    editor.due.setDate(QDate(2026, 2, 1))
    assert _saved(doc, step.id).due_date.isoformat() == "2026-04-15"  # type: ignore[union-attr]


def test_an_empty_title_is_not_saved(qtbot: QtBot, doc: ModelDocument) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    step = doc.steps()[2]
    editor.show_step(step.id)
    editor.title.selectAll()
    qtbot.keyClick(editor.title, "\b")
    assert _saved(doc, step.id).title == step.title
