"""The start page: the list of wijken, and the demo on offer when there are none."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.gui.common.icons import icon
from sec_workshop.gui.shell.documents import WijkListDocument


class StartPageWidget(QWidget):
    """Lists the wijken; double-click or Enter opens one."""

    open_requested = Signal(str)
    new_requested = Signal()
    rename_requested = Signal(str)
    delete_requested = Signal(str)
    demo_requested = Signal()

    def __init__(self, doc: WijkListDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.setObjectName("startPage")

        title = QLabel(self.tr("Wijken"))
        title.setObjectName("pageTitle")
        # "Wijk" stays the word in English too (the programme, its reports and the command
        # line all say wijk); the English text says once what it is.
        intro = QLabel(
            self.tr(
                "A wijk is a neighbourhood on its way off natural gas. Each wijk has its own "
                "roadmap, sessions, stakeholders and boards; open one to look through them."
            )
        )
        intro.setWordWrap(True)

        self.list = QListWidget()
        self.list.setObjectName("wijkList")
        self.list.setAccessibleName(self.tr("Wijken"))
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

        self.open_button = QPushButton(icon("open"), self.tr("&Open"))
        self.new_button = QPushButton(icon("new"), self.tr("&New wijk…"))
        self.rename_button = QPushButton(icon("rename"), self.tr("&Rename…"))
        self.delete_button = QPushButton(icon("delete"), self.tr("&Delete…"))
        for button, name in (
            (self.open_button, self.tr("Open wijk")),
            (self.new_button, self.tr("New wijk")),
            (self.rename_button, self.tr("Rename wijk")),
            (self.delete_button, self.tr("Delete wijk")),
        ):
            button.setAccessibleName(name)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.new_button.clicked.connect(self.new_requested)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        filled = QWidget()
        filled_layout = QVBoxLayout(filled)
        filled_layout.setContentsMargins(0, 0, 0, 0)
        filled_layout.addWidget(self.list, 1)
        filled_layout.addLayout(buttons)

        # Empty database: say what the app is for and offer the demo.
        empty = QFrame()
        empty.setObjectName("emptyState")
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        welcome = QLabel(self.tr("Welcome to SEC Workshop"))
        welcome.setObjectName("welcome")
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explain = QLabel(
            self.tr(
                "There is no wijk yet. Look around in a demo wijk with a roadmap, "
                "sessions, stakeholders and boards, or start with your own wijk."
            )
        )
        explain.setWordWrap(True)
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(icon("demo", "#FFFFFF"), self.tr("Open the &demo wijk"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setAccessibleName(self.tr("Open the demo wijk"))
        self.demo_button.clicked.connect(self.demo_requested)
        self.empty_new_button = QPushButton(icon("new"), self.tr("Start a &new wijk…"))
        self.empty_new_button.setAccessibleName(self.tr("New wijk"))
        self.empty_new_button.clicked.connect(self.new_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.demo_button)
        row.addWidget(self.empty_new_button)
        row.addStretch(1)
        empty_layout.addWidget(welcome)
        empty_layout.addWidget(explain)
        empty_layout.addSpacing(16)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(filled)
        self.stack.addWidget(empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)

        doc.wijk_added.connect(self._on_doc_wijk_added)
        doc.wijk_removed.connect(self._on_doc_changed)
        doc.wijk_changed.connect(self._on_doc_changed)
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        current = select_id or self.current_wijk_id()
        self.list.clear()
        for wijk in self._doc.wijken():
            parts = [wijk.name]
            if wijk.municipality:
                parts.append(wijk.municipality)
            item = QListWidgetItem(icon("wijk"), "  ·  ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, wijk.id)
            self.list.addItem(item)
            if wijk.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.stack.setCurrentIndex(0 if self.list.count() else 1)
        self._update_buttons()

    def current_wijk_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        has = self.current_wijk_id() is not None
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(has)

    def _on_doc_wijk_added(self, wijk_id: str) -> None:
        self.refresh(select_id=wijk_id)

    def _on_doc_changed(self, _wijk_id: str) -> None:
        self.refresh()

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_list_current_item_changed(self, *_: object) -> None:
        self._update_buttons()

    def _on_open_button_clicked(self) -> None:
        wijk_id = self.current_wijk_id()
        if wijk_id:
            self.open_requested.emit(wijk_id)

    def _on_rename_button_clicked(self) -> None:
        wijk_id = self.current_wijk_id()
        if wijk_id:
            self.rename_requested.emit(wijk_id)

    def _on_delete_button_clicked(self) -> None:
        wijk_id = self.current_wijk_id()
        if wijk_id:
            self.delete_requested.emit(wijk_id)
