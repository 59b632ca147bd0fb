"""The colours of the notes: what each stands for (as on a paper wall) and its swatch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap

from sec_workshop.domain.enums import NOTE_COLOR_HEX, NoteColor


def color_names() -> dict[NoteColor, str]:
    """The palette: each colour stands for a kind of remark, as on a paper wall."""
    return {
        NoteColor.YELLOW: QCoreApplication.translate("BoardEditor", "Yellow: idea"),
        NoteColor.PINK: QCoreApplication.translate("BoardEditor", "Pink: concern"),
        NoteColor.BLUE: QCoreApplication.translate("BoardEditor", "Blue: question"),
        NoteColor.GREEN: QCoreApplication.translate("BoardEditor", "Green: opportunity"),
        NoteColor.ORANGE: QCoreApplication.translate("BoardEditor", "Orange: action"),
        NoteColor.PURPLE: QCoreApplication.translate("BoardEditor", "Purple: other"),
    }


def swatch(color: NoteColor, size: int = 16) -> QIcon:
    """A square of the colour, ``size`` pixels wide."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(NOTE_COLOR_HEX[color]))
    return QIcon(pixmap)
