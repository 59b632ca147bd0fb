"""Dialogs: a new wijk, choosing a backup to restore, and About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sec_workshop import __version__
from sec_workshop.domain.base import DomainError
from sec_workshop.domain.process import ProcessModel
from sec_workshop.domain.wijk import Wijk, clean_name, validate_wijk
from sec_workshop.gui.forms.ui_about_dialog import Ui_AboutDialog
from sec_workshop.gui.forms.ui_new_wijk_dialog import Ui_NewWijkDialog
from sec_workshop.messages import describe
from sec_workshop.services.maintenance import BackupInfo, Reason


class NewWijkDialog(QDialog):
    """Asks for a new wijk's name, municipality, size and the template of its roadmap."""

    def __init__(
        self, templates: list[ProcessModel], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewWijkDialog()
        self.ui.setupUi(self)
        self._lang = lang
        self.ui.templateCombo.addItem(self.tr("No roadmap yet"), None)
        for template in templates:
            self.ui.templateCombo.addItem(template.name, template.id)
        if templates:
            self.ui.templateCombo.setCurrentIndex(1)
        self._templates = templates
        self.ui.vulnerableCheck.toggled.connect(self._on_vulnerable_check_toggled)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.result_wijk: Wijk | None = None

    def _on_vulnerable_check_toggled(self, checked: bool) -> None:
        # The vulnerable-neighbourhood variant adds the koppelkansen lane.
        for i, template in enumerate(self._templates, start=1):
            if (template.builtin_key == "sec-kwetsbare-wijken") == checked:
                self.ui.templateCombo.setCurrentIndex(i)
                break

    def template_id(self) -> str | None:
        value = self.ui.templateCombo.currentData()
        return None if value is None else str(value)

    def accept(self) -> None:
        try:
            wijk = Wijk(
                name=clean_name(self.ui.nameEdit.text()),
                municipality=self.ui.municipalityEdit.text().strip(),
                homes=self.ui.homesSpin.value(),
                vulnerable=self.ui.vulnerableCheck.isChecked(),
                description=self.ui.descriptionEdit.toPlainText().strip(),
            )
            self.result_wijk = validate_wijk(wijk)
        except DomainError as exc:
            self.ui.errorLabel.setText(describe(exc, self._lang))
            self.ui.nameEdit.setFocus()
            return
        super().accept()


class RestoreBackupDialog(QDialog):
    """Lists the backups, newest first, so the user can pick one to restore."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore backup"))
        self.resize(520, 400)
        explain = QLabel(
            self.tr(
                "Choose the backup to go back to. The current state is backed up first, "
                "so this step can itself be undone by restoring that backup."
            )
        )
        explain.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        reasons: dict[str, str] = {
            Reason.START: self.tr("at start"),
            Reason.AUTOMATIC: self.tr("automatic (every 30 minutes)"),
            Reason.MANUAL: self.tr("made by hand"),
            Reason.MIGRATION: self.tr("before an upgrade"),
            Reason.IMPORT: self.tr("before an import"),
            Reason.RESTORE: self.tr("before a restore"),
            Reason.DAMAGED: self.tr("copy of a damaged state"),
        }
        for b in backups:
            label = (
                f"{b.made_at.strftime('%d-%m-%Y %H:%M:%S')}  ·  "
                f"{reasons.get(b.reason, b.reason)}  ·  {b.size // 1024} kB"
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Restore"))
        ok.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self._on_list_item_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen_path(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self.accept()


class AboutDialog(QDialog):
    def __init__(self, data_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.versionLabel.setText(self.tr("Version %1").replace("%1", __version__))
        self.ui.folderLabel.setText(self.tr("Data folder: %1").replace("%1", data_folder))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
