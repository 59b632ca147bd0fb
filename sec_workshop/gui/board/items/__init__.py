"""The things on a sticky-note board as graphics items: notes and labels, clusters, arrows,
photos and the far-out overview. Items only draw what the document says; gestures are
handled by the scene, which items reach only through ``BoardHost``.

Painting is the hot path on a board of thousands of notes: below a readable zoom a note is
one filled rectangle, and a note's text is laid out once (``QStaticText``) and kept.
"""

from __future__ import annotations

from sec_workshop.gui.board.items.base import (
    OVERVIEW_ZOOM,
    READABLE_LOD,
    Audience,
    BoardHost,
    board_font,
    participant_color,
)
from sec_workshop.gui.board.items.cluster import ClusterItem
from sec_workshop.gui.board.items.link import LinkItem
from sec_workshop.gui.board.items.note import NoteItem
from sec_workshop.gui.board.items.overview import OverviewItem
from sec_workshop.gui.board.items.photo import PhotoItem


def id_of_item(item: object) -> str:
    """The id of the note, cluster or photo an item draws ("" for anything else)."""
    if isinstance(item, NoteItem):
        return item.note_id
    if isinstance(item, ClusterItem):
        return item.cluster_id
    if isinstance(item, PhotoItem):
        return item.photo.id
    return ""


__all__ = [
    "OVERVIEW_ZOOM",
    "READABLE_LOD",
    "Audience",
    "BoardHost",
    "ClusterItem",
    "LinkItem",
    "NoteItem",
    "OverviewItem",
    "PhotoItem",
    "board_font",
    "id_of_item",
    "participant_color",
]
