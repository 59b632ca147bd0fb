"""Every qtawesome icon name the app uses, in one place."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QToolButton

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
    "search": "mdi6.magnify",
    "add_person": "mdi6.account-plus-outline",
    "forget": "mdi6.shield-remove-outline",
    "cards": "mdi6.cards-outline",
    "matrix": "mdi6.chart-scatter-plot",
    "alert": "mdi6.alert-outline",
    "reminder": "mdi6.bell-outline",
    "checked": "mdi6.map-check-outline",
    "koppelkansen": "mdi6.link-variant",
    # Stakeholder types (the shipped catalogue); an unknown type gets "type.overig".
    "type.huurder": "mdi6.account-key-outline",
    "type.eigenaar-bewoner": "mdi6.home-account",
    "type.vve": "mdi6.home-city-outline",
    "type.verhuurder": "mdi6.key-outline",
    "type.huurdersvereniging": "mdi6.account-multiple-outline",
    "type.woningcorporatie": "mdi6.office-building-outline",
    "type.gemeente": "mdi6.bank-outline",
    "type.netbeheerder": "mdi6.transmission-tower",
    "type.warmtebedrijf": "mdi6.fire",
    "type.energiecooperatie": "mdi6.solar-power",
    "type.bewonersinitiatief": "mdi6.sprout-outline",
    "type.wijkteam": "mdi6.hand-heart-outline",
    "type.welzijnsorganisatie": "mdi6.charity",
    "type.ggd": "mdi6.medical-bag",
    "type.schuldhulp": "mdi6.hand-coin-outline",
    "type.werkgeversservicepunt": "mdi6.briefcase-account-outline",
    "type.politie": "mdi6.police-badge-outline",
    "type.school": "mdi6.school-outline",
    "type.ondernemer": "mdi6.storefront-outline",
    "type.energieloket": "mdi6.lightbulb-on-outline",
    "type.buurthuis": "mdi6.home-heart",
    "type.sleutelfiguur": "mdi6.account-star-outline",
    "type.overig": "mdi6.account-outline",
}


def tool_button(name: str, icon_name: str, text: str) -> QToolButton:
    """A tool bar button with its icon and text beside it, named for tests and tools."""
    button = QToolButton()
    button.setObjectName(name)
    button.setIcon(icon(icon_name))
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


def type_icon(type_key: str, color: str = "#37474F") -> QIcon:
    """The icon of a stakeholder type."""
    name = f"type.{type_key}"
    return icon(name if name in NAMES else "type.overig", color)


@cache
def icon(name: str, color: str = "#37474F") -> QIcon:
    import qtawesome

    result: QIcon = qtawesome.icon(NAMES[name], color=color)
    return result
