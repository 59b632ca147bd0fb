"""The main window's menu bar and tool bar: which actions stand where, the short words the
tool bar keeps for undo and redo, and the question before a language switch would end
what can still be undone. The actions themselves are made by the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox, QToolBar, QToolButton

from sec_workshop.gui.common.plain_text import plain

if TYPE_CHECKING:
    from sec_workshop.gui.shell.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """File, Edit, View, Language and Help, in the menu bar."""
    bar = window.menuBar()
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for action in (window.new_action, window.demo_action, None, window.print_action):
        _add(menu, action)
    for action in (window.export_model_action, window.import_model_action, None):
        _add(menu, action)
    for action in (window.backup_action, window.restore_action, window.check_action, None):
        _add(menu, action)
    menu.addAction(window.quit_action)
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for action in (window.undo_action, window.redo_action, None):
        _add(menu, action)
    menu.addAction(window.rename_action)
    menu.addAction(window.delete_action)
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for action in (window.home_action, window.templates_action, None, *window.tab_actions):
        _add(menu, action)
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    for code, name in (("nl", "Nederlands"), ("en", "English")):
        choice = QAction(name, window)
        choice.setObjectName(f"language_{code}")
        choice.setCheckable(True)
        choice.setChecked(code == window.lang)
        choice.setData(code)
        choice.triggered.connect(window.on_language_chosen)
        group.addAction(choice)
        menu.addAction(choice)
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    menu.addAction(window.about_action)


def _add(menu: object, action: QAction | None) -> None:
    if action is None:
        menu.addSeparator()  # type: ignore[attr-defined]
    else:
        menu.addAction(action)  # type: ignore[attr-defined]


def build_toolbar(window: MainWindow) -> QToolBar:
    """Home, new, undo and redo, then the wijk's views; every button named for screen
    readers after its action, not its icon."""
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (window.home_action, window.new_action, window.undo_action, window.redo_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in window.tab_actions:
        toolbar.addAction(action)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator():
            button.setAccessibleName(action.text().replace("&", ""))
    return toolbar


def show_undo_texts(undo: QAction, redo: QAction, toolbar: QToolBar | None) -> None:
    """Undo and redo name what they would undo (a title a user typed): their tooltips
    show it as typed, while the tool bar keeps the short word, so that a long title does
    not push the views' buttons off it."""
    for action, short in (
        (undo, QCoreApplication.translate("MainWindow", "&Undo")),
        (redo, QCoreApplication.translate("MainWindow", "&Redo")),
    ):
        tip = plain(action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
        if action.toolTip() != tip:
            action.setToolTip(tip)
        button = toolbar.widgetForAction(action) if toolbar is not None else None
        if isinstance(button, QToolButton):
            button.setText(short.replace("&", ""))


def may_switch_language(window: MainWindow, choice: QAction) -> bool:
    """Whether to make the window anew in the language of ``choice``. Only the wijk list's
    undo history comes along; everything is saved, so the user decides whether undo may
    start afresh. When not, the current language stays ticked."""
    kept = window.wijken.undo_stack
    stacks = window.undo_group.stacks()
    if not any(s is not kept and (s.canUndo() or s.canRedo()) for s in stacks):
        return True
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("MainWindow", "Switch language"),
        QCoreApplication.translate(
            "MainWindow",
            "After switching the language, what you did in this wijk can no longer "
            "be undone; everything stays saved. Switch anyway?",
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        return True
    group = choice.actionGroup()
    for other in group.actions() if group is not None else ():
        other.setChecked(other.data() == window.lang)
    return False
