"""The details of one session: title, date and time, length, place, goal, status and the
roadmap step it serves; who leads it and in what role; how many people of each group are
expected (counts, never names); which stakeholders are invited; and the agenda for the
invitation (on the clipboard for an e-mail, or as a calendar file). Every change is saved at
once and is one undo step (typing in one field is one step)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTime
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop import labels as shared_labels
from sec_workshop.domain.base import DomainError
from sec_workshop.domain.enums import ParticipantGroup, SessionStatus
from sec_workshop.domain.session import TITLE_MAX
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.date_edit import DateEdit
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.icons import icon, type_icon
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.gui.common.png_export import file_safe
from sec_workshop.gui.common.typed_fields import TypedFields
from sec_workshop.gui.sessions.document import SessionDocument
from sec_workshop.gui.sessions.facilitators import FacilitatorsBox
from sec_workshop.messages import describe

ID_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_START = QTime(19, 30)  # an evening in the buurthuis


class SessionEditor(QScrollArea):
    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._shown_people: object = None
        self._shown_steps: object = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.typed = TypedFields(self, self._on_typed)
        body = QWidget()
        self.setWidget(body)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        about = QGroupBox(self.tr("Session"))
        form = QFormLayout(about)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = self._line("title", self.tr("Title"))
        form.addRow(self.tr("&Title"), self.title)
        self.date = DateEdit()
        self.date.setObjectName("session_date")
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setKeyboardTracking(False)
        self.date.dateChanged.connect(self._on_when_changed)
        self.start = QTimeEdit(DEFAULT_START)
        self.start.setObjectName("session_start")
        self.start.setAccessibleName(self.tr("Start time"))
        self.start.setDisplayFormat("HH:mm")
        self.start.setKeyboardTracking(False)
        self.start.timeChanged.connect(self._on_when_changed)
        self.duration = self._spin("duration_minutes", self.tr("Length in minutes"), 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.no_date = QToolButton()
        self.no_date.setObjectName("session_no_date")
        self.no_date.setText("×")
        self.no_date.setToolTip(self.tr("No date yet"))
        self.no_date.setAccessibleName(self.tr("No date yet"))
        self.no_date.setAutoRaise(True)
        self.no_date.clicked.connect(self._on_no_date_clicked)
        when = QHBoxLayout()
        when.addWidget(self.date, 2)
        when.addWidget(self.no_date)
        start_label = QLabel(self.tr("&from"))
        start_label.setBuddy(self.start)
        when.addWidget(start_label)
        when.addWidget(self.start, 1)
        length_label = QLabel(self.tr("&lasting"))
        length_label.setBuddy(self.duration)
        when.addWidget(length_label)
        when.addWidget(self.duration, 1)
        date_label = QLabel(self.tr("&Date"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, when)
        self.location = self._line("location", self.tr("Location"))
        self.location.setPlaceholderText(self.tr("e.g. Buurthuis De Kroon, Merelstraat 4"))
        form.addRow(self.tr("&Location"), self.location)
        self.goal = QPlainTextEdit()
        self.goal.setObjectName("session_goal")
        self.goal.setAccessibleName(self.tr("Goal"))
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(72)
        self.typed.add("goal", self.goal)
        form.addRow(self.tr("&Goal"), self.goal)
        self.status = QComboBox()
        self.status.setObjectName("session_status")
        self.status.setAccessibleName(self.tr("Status"))
        for value in SessionStatus:
            self.status.addItem(labels.session_status(value), value.value)
        self.status.activated.connect(self._on_status_activated)
        form.addRow(self.tr("&Status"), self.status)
        self.step = QComboBox()
        self.step.setObjectName("session_step")
        self.step.setAccessibleName(self.tr("Roadmap step this session serves"))
        self.step.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.step.setMinimumContentsLength(20)
        self.step.setMaxVisibleItems(24)
        self.step.activated.connect(self._on_step_activated)
        form.addRow(self.tr("Serves &step"), self.step)
        left.addWidget(about)

        invitation = QGroupBox(self.tr("Invitation"))
        buttons = QHBoxLayout(invitation)
        self.copy_button = QPushButton(icon("export"), self.tr("Copy agenda"))
        self.copy_button.setObjectName("copyAgenda")
        self.copy_button.setToolTip(self.tr("The agenda as text for an e-mail, on the clipboard"))
        self.copy_button.clicked.connect(self.copy_agenda)
        self.ics_button = QPushButton(icon("sessions"), self.tr("Agenda as calendar file (.ics)…"))
        self.ics_button.setObjectName("saveAgendaIcs")
        self.ics_button.clicked.connect(self._on_ics_clicked)
        self.invite_note = QLabel()
        self.invite_note.setObjectName("invitationNote")
        self.invite_note.setWordWrap(True)
        self.invite_note.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.ics_button)
        buttons.addStretch(1)
        left.addWidget(invitation)
        left.addWidget(self.invite_note)
        left.addStretch(1)

        self.facilitators = FacilitatorsBox(doc)
        right.addWidget(self.facilitators)
        right.addWidget(self._build_expected())
        right.addWidget(self._build_invited(), 1)

        doc.changed.connect(self._on_doc_changed)
        self._fill_steps()
        self._fill()

    # --- building --------------------------------------------------------------------------
    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"session_{name}")
        edit.setAccessibleName(accessible)
        edit.setMaxLength(TITLE_MAX)
        self.typed.add(name, edit)
        return edit

    def _spin(self, name: str, accessible: str, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(f"session_{name}")
        spin.setAccessibleName(accessible)
        spin.setRange(0, high)
        spin.setKeyboardTracking(False)  # typing "24" is one change, not one per digit
        spin.valueChanged.connect(lambda value, n=name: self._push({n: value}, n))
        return spin

    def _tool(self, name: str, icon_name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        if icon_name:
            button.setIcon(icon(icon_name))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def _build_expected(self) -> QGroupBox:
        box = QGroupBox(self.tr("Expected participants"))
        self.expected_box = box
        grid = QGridLayout(box)
        names = {
            ParticipantGroup.RESIDENTS: self.tr("&Residents"),
            ParticipantGroup.TENANTS: self.tr("&Tenants"),
            ParticipantGroup.OWNERS: self.tr("&Owners"),
            ParticipantGroup.PROFESSIONALS: self.tr("&Professionals"),
        }
        self.expected: dict[ParticipantGroup, QSpinBox] = {}
        for n, (group, name) in enumerate(names.items()):
            spin = self._spin(f"expected_{group.value}", name.replace("&", ""), 100_000)
            label = QLabel(name)
            label.setBuddy(spin)
            spin.setMaximumWidth(110)
            grid.addWidget(label, n // 2, (n % 2) * 3)
            grid.addWidget(spin, n // 2, (n % 2) * 3 + 1)
            self.expected[group] = spin
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(5, 1)
        return box

    def _build_invited(self) -> QGroupBox:
        box = QGroupBox(self.tr("Invited stakeholders"))
        self.invited = QListWidget()
        self.invited.setObjectName("sessionInvited")
        self.invited.setAccessibleName(self.tr("Invited stakeholders"))
        self.invited.setMinimumHeight(120)
        self.invited.itemChanged.connect(self._on_invited_item_changed)
        layout = QVBoxLayout(box)
        layout.addWidget(self.invited)
        return box

    # --- showing ---------------------------------------------------------------------------
    def release(self) -> None:
        """Before it goes: what is being typed is saved, and the session is no longer followed."""
        self.typed.finish_all()
        self._doc.changed.disconnect(self._on_doc_changed)

    def _on_doc_changed(self) -> None:
        self._fill()

    def _fill(self) -> None:
        s = self._doc.session
        self.typed.fill({"title": s.title, "location": s.location, "goal": s.goal})
        fields = (self.date, self.start, self.duration, self.status, self.step)
        for widget in fields:
            widget.blockSignals(True)
        try:
            self.date.set_value(s.starts_at.date() if s.starts_at else None)
            if s.starts_at is not None:
                self.start.setTime(QTime(s.starts_at.hour, s.starts_at.minute))
            self.duration.setValue(s.duration_minutes)
            self.status.setCurrentIndex(self.status.findData(s.status.value))
            self.step.setCurrentIndex(max(self.step.findData(s.step_id or ""), 0))
        finally:
            for widget in fields:
                widget.blockSignals(False)
        self.start.setEnabled(s.starts_at is not None)
        self.no_date.setEnabled(s.starts_at is not None)
        for group, spin in self.expected.items():
            with QSignalBlocker(spin):
                spin.setValue(s.expected(group))
        total = self.tr("Expected participants: %n in all", None, s.expected_total)
        self.expected_box.setTitle(total)
        self.ics_button.setEnabled(s.starts_at is not None)
        self.ics_button.setToolTip(
            self.tr("A calendar file to send with the invitation")
            if s.starts_at
            else self.tr("Give the session a date first.")
        )
        self.facilitators.fill()
        self._fill_invited()

    def _fill_steps(self) -> None:
        """The wijk's roadmap steps, lane by lane and phase by phase, to choose from."""
        self.step.clear()
        self.step.addItem(self.tr("(none)"), "")
        workspace = self._doc.workspace
        model = workspace.models.roadmap_of(self._doc.session.wijk_id)
        if model is None:
            return
        content = workspace.models.content(model.id)
        items = self.step.model()
        assert isinstance(items, QStandardItemModel)
        bold = self.step.font()
        bold.setBold(True)
        for lane in sorted(content.lanes, key=lambda x: x.position):
            self.step.addItem(lane.name, None)
            header = items.item(self.step.count() - 1)
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a step to choose
            header.setFont(bold)
            for phase in sorted(content.phases, key=lambda x: x.position):
                for found in content.steps_in(lane.id, phase.id):
                    self.step.addItem(f"    {phase.name} · {found.title}", found.id)
                    where = f"{lane.name}\n{phase.name}"
                    self.step.setItemData(self.step.count() - 1, where, Qt.ItemDataRole.ToolTipRole)

    def _fill_invited(self) -> None:
        people = self._doc.wijk_stakeholders()
        invited = self._doc.invited
        shown = ([(p.id, p.name, p.type_key, p.quadrant) for p in people], invited)
        if shown == self._shown_people:
            return
        self._shown_people = shown
        with QSignalBlocker(self.invited):
            self.invited.clear()
            for person in sorted(people, key=lambda p: p.name.casefold()):
                where = labels.quadrant(person.quadrant)
                item = QListWidgetItem(type_icon(person.type_key), f"{person.name} — {where}")
                item.setData(ID_ROLE, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = person.id in invited
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.invited.addItem(item)

    # --- saving the session ----------------------------------------------------------------
    def _push(self, changes: dict[str, Any], field: str | None) -> None:
        session = self._doc.session
        after = replace(session, **changes)
        if after == session:
            return
        text = self.tr("Edit session “%1”").replace("%1", after.title.strip() or session.title)
        key = (session.id, field) if field else None
        doc = self._doc
        doc.undo_stack.push(EditCommand(doc, text, lambda: doc.update(after), key))

    def _on_typed(self, name: str, text: str, finished: bool) -> None:
        if name == "title" and not text.strip():
            if finished:
                self.typed.fill({"title": self._doc.session.title})  # a title is never empty
            return
        self._push({name: text}, name)

    def _on_when_changed(self, *_: object) -> None:
        day = self.date.value()
        if day is not None and self._doc.session.starts_at is None:
            with QSignalBlocker(self.start):
                self.start.setTime(DEFAULT_START)
        at = self.start.time()
        starts_at = datetime.combine(day, time(at.hour(), at.minute())) if day else None
        self.start.setEnabled(day is not None)
        self._push({"starts_at": starts_at}, "starts_at")

    def _on_no_date_clicked(self) -> None:
        self.date.set_value(None)  # saved through _on_when_changed

    def _on_status_activated(self, index: int) -> None:
        self._push({"status": SessionStatus(self.status.itemData(index))}, None)

    def _on_step_activated(self, index: int) -> None:
        step_id = self.step.itemData(index) or None
        doc = self._doc
        if step_id == doc.session.step_id:
            return
        text = self.tr("Change the step “%1” serves").replace("%1", doc.session.title)
        doc.undo_stack.push(EditCommand(doc, text, lambda: doc.serve_step(step_id)))

    # --- invitations -----------------------------------------------------------------------
    def _on_invited_item_changed(self, item: QListWidgetItem) -> None:
        person_id = str(item.data(ID_ROLE))
        on = item.checkState() == Qt.CheckState.Checked
        if on == (person_id in self._doc.invited):
            return
        name = item.text().split(" — ")[0]
        text = (
            self.tr("Invite “%1”").replace("%1", name)
            if on
            else self.tr("Do not invite “%1”").replace("%1", name)
        )
        doc = self._doc
        doc.undo_stack.push(EditCommand(doc, text, lambda: doc.invite(person_id, on)))

    def agenda_text(self) -> str:
        from sec_workshop.reports.calendar import agenda_text

        return agenda_text(self._doc.session, self._doc.agenda, shared_labels.language())

    def copy_agenda(self) -> None:
        QGuiApplication.clipboard().setText(self.agenda_text())
        self.invite_note.setText(
            self.tr("The agenda is on the clipboard: paste it into the e-mail.")
        )

    def _on_ics_clicked(self) -> None:
        session = self._doc.session
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the agenda as a calendar file"),
            str(Path.home() / f"{file_safe(session.title, 'sessie')}.ics"),
            self.tr("Calendar file (*.ics)"),
        )
        if path:
            self.save_ics(path)

    def save_ics(self, path: str) -> Path | None:
        from sec_workshop.reports.calendar import session_ics

        if not path.lower().endswith(".ics"):
            path += ".ics"
        doc = self._doc
        outputs = doc.workspace.outputs
        try:
            dest = outputs.path(path)
            outputs.check(dest)
            wijk = doc.workspace.wijken.get(doc.session.wijk_id)
            data = session_ics(doc.session, doc.agenda, wijk.name, shared_labels.language())
            outputs.write(dest, data)
        except DomainError as error:
            text = describe(error, shared_labels.language())
            QMessageBox.warning(self, self.tr("Calendar file not saved"), plain(text))
            return None
        self.invite_note.setText(self.tr("Saved as %1.").replace("%1", str(dest)))
        return dest
