"""Finding notes on a board: a search field, a colour to show, and whether the rest is dimmed.
The board draws the notes that match at full strength and the view goes to the first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from sec_workshop.gui.board.palette import color_names, swatch
from sec_workshop.gui.board.view import BoardView


class BoardFilter(QObject):
    """The search field, the colour filter and *Dim the rest* of a board editor, which lays
    them out."""

    def __init__(self, view: BoardView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.scene = view.board_scene
        self.doc = self.scene.doc
        self.search = QLineEdit()
        self.search.setObjectName("boardSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate("BoardEditorWidget", "Find notes…")
        )
        self.search.setAccessibleName(QCoreApplication.translate("BoardEditorWidget", "Find notes"))
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._on_filter_changed)
        self.only_matches = QCheckBox(
            QCoreApplication.translate("BoardEditorWidget", "Dim the rest")
        )
        self.only_matches.toggled.connect(self._on_filter_changed)
        self.color_filter = QComboBox()
        self.color_filter.setAccessibleName(
            QCoreApplication.translate("BoardEditorWidget", "Show colour")
        )
        self.color_filter.addItem(
            QCoreApplication.translate("BoardEditorWidget", "All colours"), None
        )
        for color, name in color_names().items():
            self.color_filter.addItem(swatch(color), name, color.value)
        self.color_filter.currentIndexChanged.connect(self._on_filter_changed)

    def _on_filter_changed(self, *_: object) -> None:
        text = self.search.text()
        matches = self.doc.matching(text)
        self.scene.match_ids = matches
        color = self.color_filter.currentData()
        keep: set[str] | None = None
        if color is not None:
            keep = {n.id for n in self.doc.notes.values() if n.color.value == color}
        if text.strip() and self.only_matches.isChecked():
            keep = matches if keep is None else keep & matches
        self.scene.filter_ids = keep
        self.scene.refresh_filter()
        if matches:
            first = self.scene.notes.get(next(iter(sorted(matches)))) or self.scene.clusters.get(
                next(iter(sorted(matches)))
            )
            if first is not None:
                self.view.ensureVisible(first.area(), 60, 60)
