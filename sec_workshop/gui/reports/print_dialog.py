"""*Afdrukken en exporteren* (Ctrl+P): pick what to make for what is open, see its first
pages before saving, save it as a PDF, open its folder. The PDF is built on another thread
from domain values read beforehand, with a progress bar and *Annuleren*; the preview is
the PDF itself rendered by pypdfium2, not a second drawing of our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sec_workshop import labels
from sec_workshop.domain.base import DomainError
from sec_workshop.gui.common.png_export import file_safe
from sec_workshop.gui.reports.kinds import Build, Context, Kind, Options, available
from sec_workshop.messages import describe
from sec_workshop.services.workspace import Workspace

PREVIEW_PAGES = 3
PREVIEW_WIDTH = 420  # pixels of one page in the preview


class _Builder(QObject):
    """Builds one PDF on its thread; asks ``cancelled`` between pages. Every signal carries
    the build's number, so that the dialog keeps only the result of the one asked last."""

    done = Signal(int, bytes)
    failed = Signal(int, str)
    page = Signal(int, int)

    def __init__(self, build: Build, data: Any, number: int) -> None:
        super().__init__()
        self._build = build
        self._data = data
        self.number = number
        self.cancel = False

    def run(self) -> None:
        from sec_workshop.reports.base import Cancelled

        number = self.number
        try:
            pdf = self._build(self._data, lambda p: self.page.emit(number, p), lambda: self.cancel)
        except Cancelled:
            self.failed.emit(number, "")
            return
        except DomainError as error:
            self.failed.emit(number, describe(error, labels.language()))
            return
        except Exception as error:  # told in the dialog, never as a traceback
            self.failed.emit(number, f"{type(error).__name__}: {error}")
            return
        self.done.emit(number, pdf)


def preview_images(
    pdf: bytes, pages: int = PREVIEW_PAGES, width: int = PREVIEW_WIDTH
) -> list[QImage]:
    """The first pages of a PDF as images ``width`` pixels wide."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for index in range(min(pages, len(document))):
            page = document[index]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # owns its pixels once ``data`` is gone
    finally:
        document.close()
    return images


def page_count(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


class PrintDialog(QDialog):
    def __init__(
        self, workspace: Workspace, context: Context, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print and export"))
        self.setObjectName("printDialog")
        self._ws = workspace
        self._context = context
        self._thread: QThread | None = None
        self._builder: _Builder | None = None
        self._number = 0  # of the PDF asked for last; results of earlier ones are dropped
        self.pdf: bytes | None = None
        self.saved: Path | None = None
        self.options = Options()
        self.kinds = available(workspace, context, self.options)

        self.list = QListWidget()
        self.list.setObjectName("printKinds")
        self.list.setAccessibleName(self.tr("What to make"))
        for kind in self.kinds:
            item = QListWidgetItem(kind.title)
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        # Every title whole, without a scroll bar underneath.
        scroll = self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumWidth(
            self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + scroll + 8
        )
        # What the session reports may leave out, and whether they show personal data.
        self.parts = QGroupBox(self.tr("Put in"))
        self.parts.setObjectName("printParts")
        parts = QVBoxLayout(self.parts)
        titles = {
            "agenda": self.tr("Agenda, planned and held"),
            "boards": self.tr("Boards and their notes"),
            "votes": self.tr("Vote results"),
            "decisions": self.tr("Decisions"),
            "actions": self.tr("Action items"),
            "photos": self.tr("Photos"),
            "stakeholders": self.tr("Stakeholders on the matrix"),
            "koppelkansen": self.tr("Koppelkansen register"),
            "roadmap": self.tr("Roadmap steps and what comes next"),
        }
        self.section_boxes: dict[str, QCheckBox] = {}
        for key, title in titles.items():
            box = QCheckBox(title)
            box.setObjectName(f"printPart_{key}")
            box.setChecked(True)
            box.toggled.connect(self._on_parts_toggled)
            parts.addWidget(box)
            self.section_boxes[key] = box
        self.personal = QCheckBox(self.tr("Personal data (contact name, e-mail, phone)"))
        self.personal.setObjectName("printPersonal")
        self.personal.toggled.connect(self._on_parts_toggled)
        parts.addWidget(self.personal)
        self.pages = QVBoxLayout()
        shown = QWidget()
        shown.setLayout(self.pages)
        self.preview = QScrollArea()
        self.preview.setObjectName("printPreview")
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(shown)
        self.preview.setMinimumWidth(PREVIEW_WIDTH + 40)
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("printCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("printSave")
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.setObjectName("printOpenFolder")
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.parts)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.preview, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.folder_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.resize(1000, 720)
        if not self.kinds:
            self.status.setText(self.tr("Open a wijk, a session or a board to print something."))
        else:
            self.list.setCurrentRow(0)

    # --- making ----------------------------------------------------------------------------
    def current_kind(self) -> Kind | None:
        row = self.list.currentRow()
        return self.kinds[row] if 0 <= row < len(self.kinds) else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        kind = self.current_kind()
        self.parts.setVisible(kind is not None and bool(kind.sections))
        for key, box in self.section_boxes.items():
            box.setVisible(kind is not None and key in kind.sections)
        self.personal.setVisible(kind is not None and kind.personal)
        self.make()

    def _on_parts_toggled(self, _on: bool) -> None:
        self.options.leave_out = {k for k, box in self.section_boxes.items() if not box.isChecked()}
        self.options.personal = self.personal.isChecked()
        self.make()

    def make(self) -> None:
        """Read what the chosen kind needs (here, on the window's thread) and build the PDF
        on another; the preview follows when it is done."""
        kind = self.current_kind()
        if kind is None:
            return
        self.cancel()
        self.pdf = None
        self.saved = None
        self.save_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self._clear_preview()
        try:
            data = kind.read(self._ws)
        except DomainError as error:
            self.status.setText(describe(error, labels.language()))
            return
        except Exception as error:  # told in the dialog, never as a traceback
            self.status.setText(
                self.tr("The PDF could not be made: %1").replace(
                    "%1", f"{type(error).__name__}: {error}"
                )
            )
            return
        self._number += 1
        builder = _Builder(kind.build, data, self._number)
        thread = QThread(self)
        builder.moveToThread(thread)
        thread.started.connect(builder.run)
        builder.done.connect(self._on_builder_done)
        builder.failed.connect(self._on_builder_failed)
        builder.page.connect(self._on_builder_page)
        builder.done.connect(thread.quit)
        builder.failed.connect(thread.quit)
        self._thread, self._builder = thread, builder
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.status.setText(self.tr("Making “%1”…").replace("%1", kind.title))
        thread.start()

    def cancel(self) -> None:
        """Stop the PDF being made (it is thrown away)."""
        if self._builder is not None:
            self._builder.cancel = True
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread = self._builder = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def wait(self, msecs: int = 60_000) -> bool:
        """Wait until the PDF being made is done (for tests and the command line)."""
        thread = self._thread
        return thread is None or thread.wait(msecs)

    def _on_builder_page(self, number: int, page: int) -> None:
        if number != self._number:
            return
        self.status.setText(self.tr("Page %1…").replace("%1", str(page)))

    def _on_builder_done(self, number: int, pdf: bytes) -> None:
        if number != self._number:
            return  # a PDF asked for before another was chosen
        self.pdf = pdf
        self._thread = self._builder = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for image in preview_images(pdf):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #B0BEC5; background: white;")
            self.pages.addWidget(label)
        self.pages.addStretch(1)
        pages = page_count(pdf)
        self.status.setText(self.tr("%n page(s), ready to save.", None, pages))
        self.save_button.setEnabled(True)

    def _on_builder_failed(self, number: int, message: str) -> None:
        if number != self._number:
            return
        self._thread = self._builder = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.status.setText(
            self.tr("Stopped.")
            if not message
            else self.tr("The PDF could not be made: %1").replace("%1", message)
        )

    def _clear_preview(self) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    # --- saving ----------------------------------------------------------------------------
    def choose_file(self, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path.home() / suggestion),
            self.tr("PDF document (*.pdf)"),
        )
        return path

    def _on_save_clicked(self) -> None:
        kind, pdf = self.current_kind(), self.pdf
        if kind is None or pdf is None:
            return
        name = kind.file_name
        if self._context.wijk_id:
            name += " " + self._ws.wijken.get(self._context.wijk_id).name
        path = self.choose_file(f"{file_safe(name, 'sec-workshop')}.pdf")
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> Path | None:
        """Write the PDF made to ``path`` through the output guard; says where it went."""
        if self.pdf is None:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        outputs = self._ws.outputs
        try:
            dest = outputs.path(path)
            outputs.check(dest, replace=True)
            outputs.write(dest, self.pdf, replace=True)
        except DomainError as error:
            self.status.setText(describe(error, labels.language()))
            return None
        self.saved = dest
        self.folder_button.setEnabled(True)
        self.status.setText(self.tr("Saved as %1").replace("%1", str(dest)))
        return dest

    def _on_folder_clicked(self) -> None:
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved.parent)))

    def done(self, result: int) -> None:
        self.cancel()
        super().done(result)
