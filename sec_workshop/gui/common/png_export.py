"""Saving a drawing (a board, the roadmap, the invloed-belangmatrix) as a PNG where the user
chose: through the guard that keeps outputs off data folders and databases, checked before
the drawing (which takes a while), written whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sec_workshop import labels
from sec_workshop.domain.base import DomainError
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.messages import describe
from sec_workshop.services.outputs import OutputService


def file_safe(title: str, fallback: str) -> str:
    """A file name from a title: no path separators or characters Windows refuses."""
    cleaned = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()
    return cleaned[:80] or fallback


def ask_png_path(parent: QWidget, caption: str, suggestion: str) -> str:
    """Where to save, asked with the system's dialog (which asks before replacing a file)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(Path.home() / suggestion),
        QCoreApplication.translate("PngExport", "PNG image (*.png)"),
    )
    return path


def save_png(
    parent: QWidget,
    outputs: OutputService,
    path: str,
    render: Callable[[], bytes | None],
    title: str,
    replace: bool = True,
) -> Path | None:
    """Draw and write a PNG at ``path`` (``.png`` added when missing); returns where it went,
    or ``None`` after telling the user (in a message box titled ``title``) why not."""
    if not path.lower().endswith(".png"):
        path += ".png"
    try:
        dest = outputs.path(path)
        outputs.check(dest, replace=replace)
        data = render()
        if data is None:
            raise ValueError(path)
        outputs.write(dest, data, replace=replace)
    except DomainError as error:
        QMessageBox.warning(parent, title, plain(describe(error, labels.language())))
        return None
    except ValueError:  # the drawing is too large to be made
        text = QCoreApplication.translate("PngExport", "The image could not be written to %1.")
        QMessageBox.warning(parent, title, plain(text.replace("%1", path)))
        return None
    return dest
