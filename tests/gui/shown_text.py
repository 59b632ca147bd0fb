"""Reading text as a user sees it in a message box or tooltip."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtGui import QTextDocumentFragment


def as_shown(text: str) -> str:
    """What a user reads given ``text``: Qt shows it as markup when it looks like markup."""
    # QtGui's Qt namespace has the function; QtCore's has it only once QtGui filled it in.
    if QtGui.Qt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text
