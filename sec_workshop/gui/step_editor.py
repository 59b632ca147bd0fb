"""The side panel that edits one step: texts, status, owner, dates and instruments.

Every change is pushed as an ``EditStepCommand`` at once (typing in one field merges into
one undo step), so nothing waits for a Save button.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.process import Step
from sec_workshop.gui import labels
from sec_workshop.gui.model_commands import EditStepCommand
from sec_workshop.gui.model_document import ModelDocument

NO_DATE = QDate(2000, 1, 1)  # shown as "–": no date set


class StepEditorWidget(QWidget):
    def __init__(self, doc: ModelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._step_id: str | None = None
        self.empty = QLabel(
            self.tr("Select a step to edit it, or double-click an empty cell to add one.")
        )
        self.empty.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setObjectName("stepTitle")
        self.title.setMaxLength(200)
        self.status = QComboBox()
        for status in StepStatus:
            self.status.addItem(labels.step_status(status), status.value)
        self.owner = QLineEdit()
        self.owner.setMaxLength(200)
        self.owner.setPlaceholderText(self.tr("e.g. Creative producer"))
        self.start = self._date_edit()
        self.due = self._date_edit()
        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Owner"), self.owner)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.due)
        dates_label = QLabel(self.tr("&Dates"))
        dates_label.setBuddy(self.start)
        form.addRow(dates_label, dates)
        for name, label in (
            ("description", self.tr("Description")),
            ("goal", self.tr("Goal")),
            ("approach", self.tr("Approach")),
            ("tips", self.tr("Tips")),
        ):
            edit = QPlainTextEdit()
            edit.setObjectName(f"step_{name}")
            edit.setAccessibleName(label)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(80)
            edit.textChanged.connect(self._on_text_changed)
            self.texts[name] = edit
            form.addRow(label, edit)
        self.instruments = QListWidget()
        self.instruments.setAccessibleName(self.tr("Instruments of this step"))
        self.instruments.setFixedHeight(90)
        self.remove_instrument = QPushButton(self.tr("Remove instrument"))
        self.remove_instrument.clicked.connect(self._on_remove_instrument_clicked)
        form.addRow(self.tr("Instruments"), self.instruments)
        form.addRow("", self.remove_instrument)

        self.fields = QWidget()
        self.fields.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self._scroll = scroll

        self.title.textEdited.connect(self._on_title_text_edited)
        self.owner.textEdited.connect(self._on_owner_text_edited)
        self.status.activated.connect(self._on_status_activated)
        self.start.dateChanged.connect(self._on_date_changed)
        self.due.dateChanged.connect(self._on_date_changed)
        doc.step_changed.connect(self._on_doc_step_changed)
        doc.step_removed.connect(self._on_doc_step_removed)
        self.show_step(None)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("–")
        edit.setDate(NO_DATE)
        return edit

    @property
    def step_id(self) -> str | None:
        return self._step_id

    def show_step(self, step_id: str | None) -> None:
        step = self._doc.step(step_id) if step_id else None
        self._step_id = step.id if step else None
        self.empty.setVisible(step is None)
        self._scroll.setVisible(step is not None)
        if step is not None:
            self._fill(step)

    def _fill(self, step: Step) -> None:
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.title,
                self.owner,
                self.status,
                self.start,
                self.due,
                *self.texts.values(),
            )
        ]
        if self.title.text() != step.title:
            self.title.setText(step.title)
        if self.owner.text() != step.owner:
            self.owner.setText(step.owner)
        self.status.setCurrentIndex(self.status.findData(step.status.value))
        self.start.setDate(_qdate(step.start_date))
        self.due.setDate(_qdate(step.due_date))
        for name, edit in self.texts.items():
            if edit.toPlainText() != getattr(step, name):
                edit.setPlainText(getattr(step, name))
        del blockers
        self.instruments.clear()
        for link, instrument in zip(
            self._doc.instrument_links_of(step.id), self._doc.instruments_of(step.id), strict=False
        ):
            item = QListWidgetItem(instrument.name)
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            item.setToolTip(instrument.purpose)
            self.instruments.addItem(item)
        self.remove_instrument.setEnabled(self.instruments.count() > 0)

    def _push(self, after: Step, field: str) -> None:
        before = self._doc.step(after.id)
        if before is None or before == after:
            return
        self._doc.undo_stack.push(EditStepCommand(self._doc, before, after, field))

    def _current(self) -> Step | None:
        return self._doc.step(self._step_id) if self._step_id else None

    def _on_title_text_edited(self, text: str) -> None:
        step = self._current()
        if step is not None and text.strip():
            self._push(replace(step, title=text), "title")

    def _on_owner_text_edited(self, text: str) -> None:
        step = self._current()
        if step is not None:
            self._push(replace(step, owner=text), "owner")

    def _on_status_activated(self, index: int) -> None:
        step = self._current()
        if step is not None:
            self._push(replace(step, status=StepStatus(self.status.itemData(index))), "status")

    def _on_date_changed(self, _value: QDate) -> None:
        step = self._current()
        if step is None:
            return
        start, due = _pydate(self.start.date()), _pydate(self.due.date())
        if start and due and due < start:
            return  # an impossible pair is not saved; the user is still picking
        self._push(replace(step, start_date=start, due_date=due), "dates")

    def _on_text_changed(self) -> None:
        step = self._current()
        edit = self.sender()
        if step is None or not isinstance(edit, QPlainTextEdit):
            return
        name = edit.objectName().removeprefix("step_")
        changes: dict[str, Any] = {name: edit.toPlainText()}
        self._push(replace(step, **changes), name)

    def _on_remove_instrument_clicked(self) -> None:
        item = self.instruments.currentItem()
        if item is None:
            return
        from sec_workshop.gui.model_commands import DetachInstrumentCommand

        self._doc.undo_stack.push(
            DetachInstrumentCommand(self._doc, str(item.data(Qt.ItemDataRole.UserRole)))
        )

    def _on_doc_step_changed(self, step_id: str) -> None:
        if step_id == self._step_id:
            step = self._current()
            if step is not None:
                self._fill(step)

    def _on_doc_step_removed(self, step_id: str) -> None:
        if step_id == self._step_id:
            self.show_step(None)


def _qdate(value: date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date | None:
    if value <= NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())
