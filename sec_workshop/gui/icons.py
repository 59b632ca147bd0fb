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
    "export": "mdi6.file-export-outline",
    "import": "mdi6.file-import-outline",
}


@cache
def icon(name: str, color: str = "#37474F") -> QIcon:
    import qtawesome

    result: QIcon = qtawesome.icon(NAMES[name], color=color)
    return result
