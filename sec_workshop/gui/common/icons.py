"""Every qtawesome icon name the app uses, in one place."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

NAMES: dict[str, str] = {
    "new": "mdi6.home-plus-outline",
    "open": "mdi6.folder-open-outline",
    "rename": "mdi6.pencil-outline",
    "delete": "mdi6.trash-can-outline",
    "demo": "mdi6.star-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "back": "mdi6.arrow-left",
    "home": "mdi6.home-outline",
    "roadmap": "mdi6.map-marker-path",
    "sessions": "mdi6.calendar-account-outline",
    "stakeholders": "mdi6.account-group-outline",
    "boards": "mdi6.note-multiple-outline",
    "backup": "mdi6.content-save-move-outline",
    "restore": "mdi6.backup-restore",
    "check": "mdi6.database-check-outline",
    "language": "mdi6.translate",
    "about": "mdi6.information-outline",
    "quit": "mdi6.exit-to-app",
    "wijk": "mdi6.home-group",
    "personal": "mdi6.shield-account-outline",
    "note": "mdi6.note-plus-outline",
    "label": "mdi6.format-text",
    "cluster": "mdi6.group",
    "arrange": "mdi6.view-grid-outline",
    "collapse": "mdi6.arrow-collapse-vertical",
    "select": "mdi6.select-group",
    "align_left": "mdi6.align-horizontal-left",
    "align_top": "mdi6.align-vertical-top",
    "grid": "mdi6.grid",
    "arrow": "mdi6.arrow-top-right",
    "vote": "mdi6.circle-multiple",
    "hidden": "mdi6.eye-off-outline",
    "photo": "mdi6.image-plus",
    "export": "mdi6.file-export-outline",
    "fit": "mdi6.fit-to-screen-outline",
    "timer": "mdi6.timer-outline",
    "projector": "mdi6.projector",
    "play": "mdi6.play",
    "pause": "mdi6.pause",
    "add_minute": "mdi6.plus-circle-outline",
    "freeze": "mdi6.snowflake",
    "contrast": "mdi6.contrast-box",
    "import": "mdi6.file-import-outline",
}


@cache
def icon(name: str, color: str = "#37474F") -> QIcon:
    import qtawesome

    result: QIcon = qtawesome.icon(NAMES[name], color=color)
    return result
