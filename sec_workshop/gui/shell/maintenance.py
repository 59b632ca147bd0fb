"""The window's care for the data: a backup at start, every half hour when something changed
and by hand; restoring one; checking the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sec_workshop.domain.base import DomainError

if TYPE_CHECKING:
    from sec_workshop.services.workspace import Workspace

BACKUP_INTERVAL_MS = 30 * 60 * 1000


class MaintenanceActions(QObject):
    """Backups, restoring one and the database check, with their messages; the timer of the
    automatic backup runs once a workspace is attached."""

    # A backup was restored: everything on screen and every undo step is of the old state.
    backup_restored = Signal()

    def __init__(
        self,
        window: QWidget,
        show_error: Callable[[DomainError], None],
        show_status: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._show_error = show_error
        self._show_status = show_status
        self.workspace: Workspace | None = None
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(self._on_backup_timer_timeout)

    @property
    def _ws(self) -> Workspace:
        assert self.workspace is not None, "no data folder opened yet"
        return self.workspace

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.backup_timer.start()

    def backup_at_start(self) -> None:
        try:
            self._ws.maintenance.backup_at_start()
        except DomainError as exc:
            self._show_error(exc)

    def _on_backup_timer_timeout(self) -> None:
        from sec_workshop.services.maintenance import Reason

        try:
            path = self._ws.maintenance.backup_if_changed(Reason.AUTOMATIC)
        except DomainError as exc:
            self._show_error(exc)
            return
        if path is not None:
            self._show_status(
                QCoreApplication.translate("MainWindow", "Automatic backup made: %1").replace(
                    "%1", path.name
                ),
                10_000,
            )

    def make_backup(self) -> None:
        from sec_workshop.services.maintenance import Reason

        try:
            path = self._ws.maintenance.backup(Reason.MANUAL)
        except DomainError as exc:
            self._show_error(exc)
            return
        QMessageBox.information(
            self._window,
            QCoreApplication.translate("MainWindow", "Backup made"),
            QCoreApplication.translate(
                "MainWindow", "The backup was written and verified:\n%1"
            ).replace("%1", str(path)),
        )

    def check_database(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problems = self._ws.maintenance.check()
        finally:
            QApplication.restoreOverrideCursor()
        title = QCoreApplication.translate("MainWindow", "Check database")
        if problems:
            QMessageBox.critical(
                self._window,
                title,
                QCoreApplication.translate(
                    "MainWindow",
                    "The database has problems:\n%1\n\nRestore a backup (File > Restore backup).",
                ).replace("%1", "\n".join(problems[:10])),
            )
        else:
            QMessageBox.information(
                self._window,
                title,
                QCoreApplication.translate(
                    "MainWindow", "The database is sound: integrity and references are in order."
                ),
            )

    def restore_backup(self) -> None:
        from sec_workshop.gui.shell.dialogs import RestoreBackupDialog

        dialog = RestoreBackupDialog(self._ws.maintenance.backups(), self._window)
        dialog.deleteLater()
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen_path()
        if chosen is None:
            return
        try:
            safety = self._ws.restore_backup(Path(chosen))
        except DomainError as exc:
            self._show_error(exc)
            return
        self.backup_restored.emit()
        QMessageBox.information(
            self._window,
            QCoreApplication.translate("MainWindow", "Backup restored"),
            QCoreApplication.translate(
                "MainWindow", "The backup was restored. The state before it was saved as:\n%1"
            ).replace("%1", safety.name),
        )
