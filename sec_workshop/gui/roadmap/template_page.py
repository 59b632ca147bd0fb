"""Editing a process model template in its own mode: changes never touch wijken's roadmaps
(each roadmap is a copy) and shape the roadmaps of wijken made after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from sec_workshop.gui.common.icons import icon

if TYPE_CHECKING:
    from sec_workshop.gui.roadmap.editor import RoadmapEditorWidget
    from sec_workshop.services.workspace import Workspace


class TemplatePageWidget(QWidget):
    back_requested = Signal()
    editor_opened = Signal(object)

    def __init__(self, workspace: Workspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang = lang
        self.editor: RoadmapEditorWidget | None = None
        back = QToolButton()
        back.setIcon(icon("back"))
        back.setText(self.tr("All wijken"))
        back.setAccessibleName(self.tr("Back to all wijken"))
        back.setAutoRaise(True)
        back.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        explain = QLabel(
            self.tr(
                "You are editing a template. Wijken that already have a roadmap keep theirs; "
                "new wijken start from the template as it is then."
            )
        )
        explain.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(back)
        head.addWidget(self.title, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.addLayout(head)
        self._layout.addWidget(explain)

    def show_template(self, model_id: str) -> None:
        from sec_workshop.gui.roadmap.editor import RoadmapEditorWidget

        if self.editor is not None:
            self.editor.setParent(None)
            self.editor.deleteLater()
        model = self._workspace.models.model_for(model_id)
        self.title.setText(self.tr("Template: %1").replace("%1", model.name))
        self.editor = RoadmapEditorWidget(self._workspace, model.id, self._lang)
        self._layout.addWidget(self.editor, 1)
        self.editor_opened.emit(self.editor)
