"""The typeface the app ships and draws with (registered at start-up in ``gui.app``)."""

from __future__ import annotations

from PySide6.QtGui import QFont

FONT_FAMILY = "Open Sans"


def pixel_font(pixels: float, bold: bool = False) -> QFont:
    """The shipped typeface at a size in pixels (scene units), so drawings scale exactly."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(round(pixels), 1))
    font.setBold(bold)
    return font
