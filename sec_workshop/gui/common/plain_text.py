"""Showing what users typed as they typed it, where Qt would guess at markup."""

from __future__ import annotations

from html import escape


def plain(text: str) -> str:
    """Text for a message box or tooltip that shows names as typed: Qt guesses whether such
    text is markup, so a name like ``<b>An</b>`` would be drawn bold. Escaped inside a
    paragraph, it is shown literally."""
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"
