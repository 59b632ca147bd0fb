"""Starting the window: Qt application, fonts, style, language, opening the data folder."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from sec_workshop import resources
from sec_workshop.domain.base import DomainError
from sec_workshop.gui.common import i18n
from sec_workshop.gui.common.fonts import FONT_FAMILY
from sec_workshop.gui.shell.main_window import MainWindow, settings
from sec_workshop.messages import describe

if TYPE_CHECKING:
    from sec_workshop.services.workspace import Workspace

BACKUP_DELAY_MS = 1500


def application() -> QApplication:
    """The QApplication with our fonts and style (made once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    if app.property("sec_workshop_ready"):
        return app
    app.setProperty("sec_workshop_ready", True)
    app.setApplicationName("SEC Workshop")
    app.setOrganizationName("SEC Workshop")
    register_fonts()
    app.setFont(QFont(FONT_FAMILY, 10))
    app.setStyleSheet(resources.path("style.qss").read_text(encoding="utf-8"))
    return app


def register_fonts() -> list[str]:
    families: list[str] = []
    for font in sorted(resources.path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def open_workspace(folder: Path, lang: str) -> Workspace | None:
    """Open the data folder, telling the user in plain words what stands in the way."""
    from sec_workshop.services.recovery import candidate_backups, restore_newest_backup
    from sec_workshop.services.workspace import DatabaseDamagedError, Workspace

    try:
        return Workspace.open(folder)
    except DatabaseDamagedError as exc:
        if not candidate_backups(folder):
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "SEC Workshop"), describe(exc, lang)
            )
            return None
        answer = QMessageBox.question(
            None,
            QCoreApplication.translate("App", "SEC Workshop"),
            describe(exc, lang)
            + "\n\n"
            + QCoreApplication.translate(
                "App", "Restore the newest backup? The damaged file is kept beside it."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            restore_newest_backup(folder)
        except DomainError as error:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "SEC Workshop"), describe(error, lang)
            )
            return None
        return open_workspace(folder, lang)
    except DomainError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "SEC Workshop"), describe(exc, lang)
        )
        return None


class Shell:
    """Owns the window; rebuilds it when the language changes (all state is in the database)."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        self.workspace = workspace
        self.lang = window.lang
        self.window = window
        window.language_change_requested.connect(self._on_window_language_change_requested)

    def _on_window_language_change_requested(self, lang: str) -> None:
        old = self.window
        settings(self.workspace.folder).setValue("language", lang)
        self.lang = i18n.install(lang)
        wijk_id = old.wijk_page.wijk_id if old.pages.currentWidget() is old.wijk_page else None
        tab = old.wijk_page.tabs.currentIndex()
        board = old.wijk_page.boards.editor
        board_id = board.doc.board_id if board is not None else None
        self.window = MainWindow(self.lang)
        # The document moves to the new window, so undo and redo survive the switch.
        self.window.attach(self.workspace, old.wijken)
        self.window.language_change_requested.connect(self._on_window_language_change_requested)
        self.window.setGeometry(old.geometry())
        if wijk_id:
            # Back where the user was: the same tab, and the board that was open.
            self.window.open_wijk(wijk_id)
            self.window.wijk_page.show_tab(tab)
            if board_id is not None:
                self.window.wijk_page.boards.open_board(board_id)
        self.window.show()
        old.backup_timer.stop()
        old.hide()
        old.deleteLater()


def start(folder: Path, lang: str | None = None) -> Shell | None:
    """Show the main window, then open the data folder into it (without the event loop).

    The window is painted before the database layer and icon fonts load, so it appears at
    once; ``None`` when the folder cannot be opened (the user has been told why).
    """
    app = application()
    chosen = lang or str(settings(folder).value("language", i18n.DEFAULT))
    chosen = i18n.install(chosen)
    window = MainWindow(chosen)
    window.show()
    app.processEvents()
    workspace = open_workspace(folder, chosen)
    if workspace is None:
        window.close()
        window.deleteLater()
        return None
    window.attach(workspace)
    # The start-up backup waits until the window is on screen and settled.
    QTimer.singleShot(BACKUP_DELAY_MS, window, window.backup_at_start)
    return Shell(window, workspace)


def run(folder: Path, lang: str | None = None) -> int:
    app = application()
    _install_excepthook(folder)
    shell = start(folder, lang)
    if shell is None:
        return 1
    try:
        return app.exec()
    finally:
        shell.workspace.close()


def _install_excepthook(folder: Path) -> None:
    """An unexpected error is logged and reported in one sentence; the app keeps running."""
    from sec_workshop.errorlog import log_exception

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log = log_exception(folder, (kind, value, tb))
        if log is None:
            text = QCoreApplication.translate(
                "App",
                "Something unexpected went wrong: %1\n\nYour saved work is safe. The details "
                "could not be written to the error log (is the disk full?).",
            )
        else:
            text = QCoreApplication.translate(
                "App",
                "Something unexpected went wrong: %1\n\nYour saved work is safe. Details are "
                "in %2.",
            ).replace("%2", str(log))
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "SEC Workshop"),
            text.replace("%1", str(value) or kind.__name__),
        )

    sys.excepthook = hook
