"""The side panel that edits one step: texts, status, owner, dates, instruments, and the
stakeholders and sessions of the wijk linked to it.

Every change is pushed as an ``EditStepCommand`` at once (typing in one field merges into
one undo step), so nothing waits for a Save button. What is typed is saved as it stands,
spaces and all; when typing ends (the field is left, Enter, another step is shown) the
text is trimmed, within the same undo step. Ticking a stakeholder or session links it at
once (``LinkToStepCommand``); unticking unlinks it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
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
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.process import Step, StepSession, StepStakeholder
from sec_workshop.domain.session import Session
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.gui.roadmap.commands import (
    DetachInstrumentCommand,
    EditStepCommand,
    LinkToStepCommand,
    ModelEditCommand,
    UnlinkFromStepCommand,
)
from sec_workshop.gui.roadmap.document import ModelDocument

# The lowest date a QDateEdit can hold, shown as "–" (no date); real dates start a day later.
# Stored dates at or below it cannot be shown and are kept as they are (see _date_picked).
NO_DATE = QDate(100, 1, 1)
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a linked item's name, for the undo text
StepLink = StepStakeholder | StepSession


class StepEditorWidget(QWidget):
    session_made = Signal(str)  # a session made for the shown step, to prepare in Sessies

    def __init__(self, doc: ModelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._step_id: str | None = None
        # Dates picked in the fields but not saved yet, because with the other stored date
        # they made an impossible pair; saved as soon as a later pick makes the pair possible.
        self._picked: dict[str, date | None] = {}
        # Fields typed in since the step was shown or their typing last ended: only these
        # are trimmed when typing ends (a text stored with spaces around it is not touched
        # by merely passing through its field).
        self._typed_in: set[str] = set()
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
        # Said when the end comes before the start: that pair is not saved until one moves.
        self.dates_note = QLabel(
            self.tr(
                "The end date is before the start date; the dates are not saved until one of them changes."
            )
        )
        self.dates_note.setObjectName("stepDatesNote")
        self.dates_note.setWordWrap(True)
        self.dates_note.setStyleSheet("color: #B71C1C;")
        self.dates_note.hide()
        form.addRow("", self.dates_note)
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
            edit.installEventFilter(self)  # leaving the field ends the typing
            self.texts[name] = edit
            form.addRow(label, edit)
        self.instruments = QListWidget()
        self.instruments.setAccessibleName(self.tr("Instruments of this step"))
        self.instruments.setFixedHeight(90)
        self.remove_instrument = QPushButton(self.tr("Remove instrument"))
        self.remove_instrument.clicked.connect(self._on_remove_instrument_clicked)
        form.addRow(self.tr("Instruments"), self.instruments)
        form.addRow("", self.remove_instrument)
        self._add_link_rows(form)

        self.fields = QWidget()
        fields_layout = QVBoxLayout(self.fields)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)  # rows stay together at the top when there is room to spare
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self._scroll = scroll

        self.title.textEdited.connect(self._on_title_text_edited)
        self.title.editingFinished.connect(self._on_title_editing_finished)
        self.owner.textEdited.connect(self._on_owner_text_edited)
        self.owner.editingFinished.connect(self._on_owner_editing_finished)
        self.status.activated.connect(self._on_status_activated)
        self.start.dateChanged.connect(self._on_start_date_changed)
        self.due.dateChanged.connect(self._on_due_date_changed)
        doc.step_changed.connect(self._on_doc_step_changed)
        doc.links_changed.connect(self._on_doc_links_changed)
        doc.step_removed.connect(self._on_doc_step_removed)
        doc.error_raised.connect(self._on_doc_error_raised)
        self.show_step(None)

    def _date_edit(self) -> QDateEdit:
        edit = DateEdit()
        edit.setKeyboardTracking(False)  # a typed date is saved once, when typing ends
        return edit

    @property
    def step_id(self) -> str | None:
        return self._step_id

    def show_step(self, step_id: str | None) -> None:
        if step_id != self._step_id:
            self.finish_typing()
            self._typed_in.clear()
        step = self._doc.step(step_id) if step_id else None
        self._step_id = step.id if step else None
        self.empty.setVisible(step is None)
        self._scroll.setVisible(step is not None)
        if step is not None:
            self._fill(step)

    def _fill(self, step: Step) -> None:
        self._picked.clear()  # the fields show what is stored again
        self.dates_note.hide()
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
            item.setToolTip(plain(instrument.purpose))
            self.instruments.addItem(item)
        self.remove_instrument.setEnabled(self.instruments.count() > 0)
        self._fill_links(step)

    def _push(self, after: Step, field: str) -> None:
        before = self._doc.step(after.id)
        if before is None or before == after:
            return
        self._push_command(EditStepCommand(self._doc, before, after, field))

    def _push_command(self, command: ModelEditCommand) -> None:
        self._doc.undo_stack.push(command)

    def _on_new_session_clicked(self) -> None:
        step = self._current()
        if step is None:
            return
        doc = self._doc
        text = self.tr("New session for “%1”").replace("%1", step.title)
        command = ModelEditCommand(doc, text, lambda: doc.new_session(step.id, step.title))
        self._push_command(command)
        made = next(
            (
                a.id
                for _b, a in (command.edit.changes if command.edit else ())
                if isinstance(a, Session)
            ),
            None,
        )
        if made is not None:
            self.session_made.emit(made)

    def _on_doc_error_raised(self, _error: DomainError) -> None:
        """A change was refused or could not be saved (the roadmap editor tells the user):
        the fields show again what is stored, so that nothing typed looks saved when it is
        not."""
        step = self._current()
        if step is not None:
            self._fill(step)

    def _current(self) -> Step | None:
        return self._doc.step(self._step_id) if self._step_id else None

    def _on_title_text_edited(self, text: str) -> None:
        self._typed_in.add("title")
        step = self._current()
        if step is not None and text.strip():
            self._push(replace(step, title=text), "title")

    def _on_owner_text_edited(self, text: str) -> None:
        self._typed_in.add("owner")
        step = self._current()
        if step is not None:
            self._push(replace(step, owner=text), "owner")

    def _on_title_editing_finished(self) -> None:
        self._finish_field("title")

    def _on_owner_editing_finished(self) -> None:
        self._finish_field("owner")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.PopupFocusReason  # its context menu
            and isinstance(watched, QPlainTextEdit)
        ):
            self._finish_field(watched.objectName().removeprefix("step_"))
        return super().eventFilter(watched, event)

    def finish_typing(self) -> None:
        """Typing in the shown step has ended: trim what was typed, field by field."""
        for name in ("title", "owner", *self.texts):
            self._finish_field(name)

    def _finish_field(self, name: str) -> None:
        """Save the field trimmed, merged into the undo step of its typing. A title left
        empty is not saved; the field shows the stored title again."""
        if name not in self._typed_in:
            return
        self._typed_in.discard(name)
        step = self._current()
        if step is None:
            return
        text = self._typed(name).strip()
        if name == "title" and not text:
            self._fill(step)
            return
        changes: dict[str, Any] = {name: text}
        self._push(replace(step, **changes), name)

    def _typed(self, name: str) -> str:
        if name == "title":
            return self.title.text()
        if name == "owner":
            return self.owner.text()
        return self.texts[name].toPlainText()

    def _on_status_activated(self, index: int) -> None:
        step = self._current()
        if step is not None:
            self._push(replace(step, status=StepStatus(self.status.itemData(index))), "status")

    def _on_start_date_changed(self, value: QDate) -> None:
        self._date_picked("start_date", value)

    def _on_due_date_changed(self, value: QDate) -> None:
        self._date_picked("due_date", value)

    def _date_picked(self, name: str, value: QDate) -> None:
        step = self._current()
        if step is None:
            return
        # The other date is the stored one (or a pick still waiting for a possible pair),
        # never what its field shows: a field cannot show every stored date (year 50 shows
        # as "–"), and saving what it shows would erase a date the user never touched.
        self._picked[name] = _pydate(value)
        start = self._picked.get("start_date", step.start_date)
        due = self._picked.get("due_date", step.due_date)
        impossible = bool(start and due and due < start)
        self.dates_note.setVisible(impossible)
        if impossible:
            return  # not saved; the user is told and may still move the other date
        self._picked.clear()
        self._push(replace(step, start_date=start, due_date=due), "dates")

    def _on_text_changed(self) -> None:
        step = self._current()
        edit = self.sender()
        if step is None or not isinstance(edit, QPlainTextEdit):
            return
        name = edit.objectName().removeprefix("step_")
        self._typed_in.add(name)
        changes: dict[str, Any] = {name: edit.toPlainText()}
        self._push(replace(step, **changes), name)

    def _on_remove_instrument_clicked(self) -> None:
        item = self.instruments.currentItem()
        if item is None:
            return
        self._push_command(
            DetachInstrumentCommand(self._doc, str(item.data(Qt.ItemDataRole.UserRole)))
        )

    # --- stakeholders and sessions ------------------------------------------------------
    def _add_link_rows(self, form: QFormLayout) -> None:
        self.stakeholders = self._link_list(
            "stepStakeholders", self.tr("Stakeholders linked to this step"), 150
        )
        self.sessions = self._link_list("stepSessions", self.tr("Sessions linked to this step"), 96)
        self.stakeholders_label = QLabel()
        self.stakeholders_label.setBuddy(self.stakeholders)
        self.sessions_label = QLabel()
        self.sessions_label.setBuddy(self.sessions)
        self.new_session = QPushButton(self.tr("New session for this step"))
        self.new_session.setObjectName("newSessionForStep")
        self.new_session.setToolTip(
            self.tr("Make a session that serves this step, and prepare it in Sessions")
        )
        self.new_session.clicked.connect(self._on_new_session_clicked)
        # The koppelkansen that name this step (they are linked in the Koppelkansen tab).
        self.koppelkansen = QLabel()
        self.koppelkansen.setObjectName("stepKoppelkansen")
        self.koppelkansen.setWordWrap(True)
        self.koppelkansen.setTextFormat(Qt.TextFormat.PlainText)
        self.links_note = QLabel(
            self.tr(
                "A template belongs to no wijk, so it has no stakeholders or sessions. "
                "Link them to steps in a wijk's roadmap."
            )
        )
        self.links_note.setObjectName("linksNote")
        self.links_note.setWordWrap(True)
        self.links_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.links_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # Full width: names of stakeholders and titles of sessions are long.
        for widget in (
            self.stakeholders_label,
            self.stakeholders,
            self.sessions_label,
            self.sessions,
            self.new_session,
            self.koppelkansen,
            self.links_note,
        ):
            form.addRow(widget)
        has_wijk = self._doc.has_wijk
        for widget in (
            self.stakeholders_label,
            self.stakeholders,
            self.sessions_label,
            self.sessions,
            self.new_session,
            self.koppelkansen,
        ):
            form.setRowVisible(widget, has_wijk)
        form.setRowVisible(self.links_note, not has_wijk)
        if not has_wijk:
            return
        self._list_link_choices()
        self.stakeholders.itemChanged.connect(self._on_links_item_changed)
        self.sessions.itemChanged.connect(self._on_links_item_changed)

    def _list_link_choices(self) -> None:
        """The wijk's stakeholders and sessions as the lists to tick (again, when they
        changed elsewhere)."""
        blockers = [QSignalBlocker(self.stakeholders), QSignalBlocker(self.sessions)]
        self.stakeholders.clear()
        self.sessions.clear()
        types = self._doc.workspace.library.stakeholder_type_names()
        for person in self._doc.wijk_stakeholders():
            kind = types.get(person.type_key, "")
            detail = " · ".join(x for x in (kind, person.organisation) if x)
            tooltip = "\n".join(x for x in (person.name, detail) if x)
            self._add_link_item(self.stakeholders, person.id, person.name, person.name, tooltip)
        for session in self._doc.wijk_sessions():
            when = (
                session.starts_at.strftime("%d-%m-%Y")
                if session.starts_at
                else self.tr("not planned yet")
            )
            tooltip = "\n".join(x for x in (session.title, session.goal) if x)
            self._add_link_item(
                self.sessions, session.id, f"{when}  {session.title}", session.title, tooltip
            )
        for widget, empty in (
            (self.stakeholders, self.tr("This wijk has no stakeholders yet.")),
            (self.sessions, self.tr("This wijk has no sessions yet.")),
        ):
            if widget.count() == 0:
                item = QListWidgetItem(empty)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(item)
        del blockers

    def _link_list(self, name: str, accessible: str, height: int) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setFixedHeight(height)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        return widget

    def _add_link_item(
        self, widget: QListWidget, record_id: str, text: str, name: str, tooltip: str
    ) -> None:
        item = QListWidgetItem(text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        item.setData(NAME_ROLE, name)
        item.setToolTip(plain(tooltip))
        widget.addItem(item)

    def _fill_links(self, step: Step) -> None:
        if not self._doc.has_wijk:
            return
        for widget, label, text in (
            (self.stakeholders, self.stakeholders_label, self.tr("Stakeholders (%1)")),
            (self.sessions, self.sessions_label, self.tr("Sessions (%1)")),
        ):
            linked = self._linked(step.id, widget)
            blocker = QSignalBlocker(widget)
            for row in range(widget.count()):
                item = widget.item(row)
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    on = item.data(Qt.ItemDataRole.UserRole) in linked
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            del blocker
            label.setText(text.replace("%1", str(len(linked))))
        titles = self._doc.koppelkansen_of(step.id)
        self.koppelkansen.setText(
            self.tr("Koppelkansen: %1").replace("%1", "; ".join(titles))
            if titles
            else self.tr("No koppelkans names this step.")
        )

    def _linked(self, step_id: str, widget: QListWidget) -> dict[str, StepLink]:
        """The links of a step to what ``widget`` lists (stakeholders or sessions), by the
        id of what they link to."""
        if widget is self.stakeholders:
            return {x.stakeholder_id: x for x in self._doc.stakeholder_links_of(step_id)}
        return {x.session_id: x for x in self._doc.session_links_of(step_id)}

    def _on_links_item_changed(self, item: QListWidgetItem) -> None:
        """A stakeholder or session ticked (link it to the step) or unticked (unlink it)."""
        step = self._current()
        widget = item.listWidget()
        if step is None or widget is None:
            return
        record_id = str(item.data(Qt.ItemDataRole.UserRole))
        name = str(item.data(NAME_ROLE))
        link = self._linked(step.id, widget).get(record_id)
        if item.checkState() == Qt.CheckState.Checked and link is None:
            new: StepLink = (
                StepStakeholder(step_id=step.id, stakeholder_id=record_id)
                if widget is self.stakeholders
                else StepSession(step_id=step.id, session_id=record_id)
            )
            self._push_command(LinkToStepCommand(self._doc, new, name))
        elif item.checkState() == Qt.CheckState.Unchecked and link is not None:
            self._push_command(UnlinkFromStepCommand(self._doc, link, name))
        self._fill_links(step)  # also when saving failed: show what is stored

    def _on_doc_step_changed(self, step_id: str) -> None:
        if step_id == self._step_id:
            step = self._current()
            if step is not None:
                self._fill(step)

    def _on_doc_links_changed(self) -> None:
        if not self._doc.has_wijk:
            return
        self._list_link_choices()
        step = self._current()
        if step is not None:
            self._fill_links(step)

    def _on_doc_step_removed(self, step_id: str) -> None:
        if step_id == self._step_id:
            self.show_step(None)


def _qdate(value: date | None) -> QDate:
    if value is None:
        return NO_DATE
    shown = QDate(value.year, value.month, value.day)
    return shown if shown > NO_DATE else NO_DATE


def _pydate(value: QDate) -> date | None:
    if value <= NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date field that may be empty ("–"). Its "no date" is the lowest date Qt holds, so
    that every real date can be shown; the calendar of an empty field opens at today's
    month, not in the year 100."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("–")
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.date() <= NO_DATE:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
