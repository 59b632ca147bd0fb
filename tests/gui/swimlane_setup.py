"""A swimlane on screen for the scene tests: the standard roadmap of a new wijk (``doc``), its
scene in a view at half size (``view``), and what the tests do with them: collect what a
signal says, read a step back from the database. (Mouse gestures: ``mouse_gestures``.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sec_workshop.domain.process import Step
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.roadmap.document import ModelDocument
from sec_workshop.gui.roadmap.scene import SwimlaneScene
from sec_workshop.gui.roadmap.view import SwimlaneView
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def doc(qapp: QApplication, workspace: Workspace) -> ModelDocument:
    template = next(t for t in workspace.models.templates() if t.builtin_key == "sec-standaard")
    wijk = workspace.wijken.create(Wijk(name="Lombok"), template.id).wijk
    model = workspace.models.roadmap_of(wijk.id)
    assert model is not None
    return ModelDocument(workspace, model.id)


@pytest.fixture
def view(qtbot: QtBot, doc: ModelDocument) -> Iterator[SwimlaneView]:
    scene = SwimlaneScene(doc)
    shown = SwimlaneView(scene)
    qtbot.addWidget(shown)
    shown.resize(1400, 1000)
    shown.show()
    qtbot.waitExposed(shown)
    # Half size: the whole standard model fits, so every drag stays inside the viewport.
    shown.set_zoom(0.5)
    shown.horizontalScrollBar().setValue(0)
    shown.verticalScrollBar().setValue(0)
    yield shown
    shown.close()
    shown.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def scene_of(view: SwimlaneView) -> SwimlaneScene:
    scene = view.scene()
    assert isinstance(scene, SwimlaneScene)
    return scene


def collect(signal: object) -> list[tuple[object, ...]]:
    seen: list[tuple[object, ...]] = []

    def keep(*args: object) -> None:
        seen.append(args)

    signal.connect(keep)  # type: ignore[attr-defined]
    return seen


def db_step(doc: ModelDocument, step_id: str) -> Step:
    return next(s for s in doc.workspace.models.content(doc.model.id).steps if s.id == step_id)
