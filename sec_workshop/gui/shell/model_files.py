"""Process model files (JSON): the roadmap or template in front written to one, and one read
in as a new template or as the open wijk's roadmap, asking the user how and checking the
whole file before anything is stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from sec_workshop.domain.base import DomainError
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.messages import describe

if TYPE_CHECKING:
    from sec_workshop.domain.process import ProcessModel
    from sec_workshop.domain.wijk import Wijk
    from sec_workshop.services.models import LostLink
    from sec_workshop.services.workspace import Workspace

# Asks for a file: (parent, caption, suggested file name, filter) -> the chosen path, or "".
ChooseFile = Callable[[QWidget, str, str, str], str]

LINKS_NAMED = 3  # lost links named in the status bar
LINES_LISTED = 25  # lost links listed in the message after an import


@dataclass(frozen=True)
class ImportedModel:
    """What an import stored: a new template, or the roadmap of ``wijk`` replaced."""

    model: ProcessModel
    wijk: Wijk | None
    lost: tuple[LostLink, ...] = ()

    def lost_text(self) -> str:
        """Every link the import could not keep, one per line, for a message the user reads
        at leisure (the status bar names only the first few)."""
        words = {
            "stakeholder": QCoreApplication.translate("MainWindow", "Stakeholder"),
            "session": QCoreApplication.translate("MainWindow", "Session"),
            "koppelkans": QCoreApplication.translate("MainWindow", "Koppelkans"),
            "decision": QCoreApplication.translate("MainWindow", "Decision"),
        }
        line = QCoreApplication.translate("MainWindow", "• %1 “%2”: step “%3” (%4)")
        shown = self.lost[:LINES_LISTED]
        lines = [
            line.replace("%1", words.get(link.kind, link.kind))
            .replace("%2", link.name)
            .replace("%3", link.step_title)
            .replace("%4", link.lane_name)
            for link in shown
        ]
        if len(self.lost) > len(shown):
            lines.append(
                QCoreApplication.translate("MainWindow", "… and %1 more").replace(
                    "%1", str(len(self.lost) - len(shown))
                )
            )
        intro = QCoreApplication.translate(
            "MainWindow",
            "The new roadmap has no step of that title in a lane of that name for these links. "
            "Link them again to a step of the new roadmap where they belong.",
        )
        return plain(intro + "\n\n" + "\n".join(lines))

    def message(self) -> str:
        """What the status bar says about it, naming the first links that were lost."""
        if self.wijk is not None:
            message = QCoreApplication.translate(
                "MainWindow", "The roadmap of “%1” was replaced by “%2”."
            )
            message = message.replace("%1", self.wijk.name).replace("%2", self.model.name)
        else:
            message = QCoreApplication.translate(
                "MainWindow", "“%1” was added as a template."
            ).replace("%1", self.model.name)
        lost = self.lost
        if lost:
            names = "; ".join(f"{link.name} – {link.step_title}" for link in lost[:LINKS_NAMED])
            names += "; …" if len(lost) > LINKS_NAMED else ""
            count = len(lost)
            message += " " + QCoreApplication.translate(
                "MainWindow",
                "%n link(s) to stakeholders, sessions, koppelkansen or decisions could not be "
                "kept, for lack of a step of that title in a lane of that name: %1",
                None,
                count,
            ).replace("%1", names)
        return message


def export_model(
    parent: QWidget, workspace: Workspace, model: ProcessModel, choose_save_file: ChooseFile
) -> str:
    """Write ``model`` as a process model file where the user chooses; the path written, or
    "" when the user cancelled. A file that cannot be written raises ``DomainError``."""
    suggested = "".join("-" if c in '/\\:*?"<>|' else c for c in model.name).strip() or "model"
    path = choose_save_file(
        parent,
        QCoreApplication.translate("MainWindow", "Export process model"),
        f"{suggested}.json",
        QCoreApplication.translate("MainWindow", "Process models (*.json)"),
    )
    if not path:
        return ""
    if not path.lower().endswith(".json"):
        path += ".json"
    workspace.outputs.write(workspace.outputs.path(path), workspace.models.export_bytes(model.id))
    return path


def import_model(
    parent: QWidget,
    workspace: Workspace,
    lang: str,
    wijk: Wijk | None,
    choose_open_file: ChooseFile,
) -> ImportedModel | None:
    """Read a process model file: as a new template, or (when a wijk is open and the user
    says so) as that wijk's roadmap, after a backup. None when nothing was stored: the user
    cancelled, or the file was refused (told here). A failing import raises ``DomainError``."""
    from sec_workshop.exchange import process_model_file
    from sec_workshop.exchange.files import read_limited
    from sec_workshop.services.maintenance import Reason

    title = QCoreApplication.translate("MainWindow", "Import process model")
    path = choose_open_file(
        parent, title, "", QCoreApplication.translate("MainWindow", "Process models (*.json)")
    )
    if not path:
        return None
    try:
        spec = process_model_file.parse_bytes(
            read_limited(Path(path), process_model_file.MAX_BYTES)
        )
    except DomainError as exc:
        QMessageBox.warning(
            parent,
            title,
            plain(
                QCoreApplication.translate(
                    "MainWindow", "“%1” was not imported; nothing was changed.\n\n%2"
                )
                .replace("%1", Path(path).name)
                .replace("%2", describe(exc, lang))
            ),
        )
        return None
    if wijk is not None:
        choices = [
            QCoreApplication.translate("MainWindow", "As a new template"),
            QCoreApplication.translate(
                "MainWindow", "As the roadmap of “%1” (replaces the current one)"
            ).replace("%1", wijk.name),
        ]
        choice, ok = QInputDialog.getItem(
            parent,
            title,
            plain(
                QCoreApplication.translate("MainWindow", "How do you want to import “%1”?").replace(
                    "%1", spec.name
                )
            ),
            choices,
            0,
            False,
        )
        if not ok or choice not in choices:
            return None
        if choice == choices[0]:
            wijk = None
    if wijk is not None:
        answer = QMessageBox.question(
            parent,
            title,
            plain(
                QCoreApplication.translate(
                    "MainWindow",
                    "Replace the roadmap of “%1” with “%2” from the file?\n\n"
                    "The history of the old roadmap is kept, with a line about this import. "
                    "A backup is made first; Edit > Undo cannot take this back.",
                )
                .replace("%1", wijk.name)
                .replace("%2", spec.name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    with workspace.maintenance.backup_before(Reason.IMPORT):
        if wijk is not None:
            imported = workspace.models.import_roadmap(spec, wijk.id)
            return ImportedModel(imported.model, wijk, imported.lost)
        return ImportedModel(workspace.models.import_template(spec), None)
