"""How the board editor makes an action: its icon, its shortcut (active while the editor or a
child has focus, and named in the tooltip), and the bar that shows it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from sec_workshop.gui.common.icons import icon

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def editor_action(
    owner: QWidget,
    name: str,
    text: str,
    slot: Callable[..., object],
    shortcut: Shortcut | None = None,
    checkable: bool = False,
    bar: QToolBar | None = None,
) -> QAction:
    """An action of ``owner`` (so that its shortcut works there), on ``bar`` if given; a
    checkable one calls ``slot`` when toggled, another when triggered."""
    action = QAction(icon(name) if name else QIcon(), text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
    action.setCheckable(checkable)
    if checkable:
        action.toggled.connect(slot)
    else:
        action.triggered.connect(slot)
    owner.addAction(action)
    if bar is not None:
        bar.addAction(action)
    return action
