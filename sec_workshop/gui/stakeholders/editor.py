"""The editor of one stakeholder: every field, saved as it is changed and undoable; personal
data in a marked section that stays closed until asked for (a projector may be on); the
steps and sessions it is linked to, each one click away."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.enums import Attitude, ParticipationLevel
from sec_workshop.domain.stakeholder import (
    NAME_MAX,
    PERSONAL_DATA_FIELDS,
    Stakeholder,
    parse_tags,
)
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.icons import icon, type_icon
from sec_workshop.gui.common.typed_fields import TypedFields
from sec_workshop.gui.stakeholders.document import StakeholdersDocument

TEXT_FIELDS = ("interests", "concerns", "needs", "barriers", "opportunities")
LINE_FIELDS = ("name", "organisation", *PERSONAL_DATA_FIELDS)


class StakeholderEditor(QScrollArea):
    """Shows the stakeholder chosen in the gallery or the matrix (``show_stakeholder``)."""

    open_step_requested = Signal(str, str)  # model id, step id
    open_session_requested = Signal(str)
    forget_requested = Signal(str)  # stakeholder id

    def __init__(self, doc: StakeholdersDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._id: str | None = None
        self.setObjectName("stakeholderEditor")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(320)
        self.typed = TypedFields(self, self._on_typed)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.empty = QLabel(self.tr("Choose a stakeholder to see and edit it."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.form = QWidget()
        layout.addWidget(self.form)
        layout.addStretch(1)
        form = QFormLayout(self.form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.name = self._line("name", self.tr("Name"))
        form.addRow(self.tr("&Name"), self.name)
        self.type = QComboBox()
        self.type.setObjectName("stakeholder_type")
        self.type.setAccessibleName(self.tr("Type"))
        for kind in doc.types.values():
            self.type.addItem(type_icon(kind.key), kind.name, kind.key)
        self.type.activated.connect(self._on_type_activated)
        form.addRow(self.tr("&Type"), self.type)
        self.organisation = self._line("organisation", self.tr("Organisation"))
        form.addRow(self.tr("&Organisation"), self.organisation)

        self.influence = self._score("influence", self.tr("Influence (1-5)"))
        form.addRow(self.tr("&Influence"), self.influence)
        self.interest = self._score("interest", self.tr("Interest (1-5)"))
        form.addRow(self.tr("I&nterest"), self.interest)
        self.quadrant = QLabel()
        self.quadrant.setObjectName("stakeholder_quadrant")
        self.quadrant.setWordWrap(True)
        form.addRow(self.tr("Quadrant"), self.quadrant)

        self.attitude = QComboBox()
        self.attitude.setObjectName("stakeholder_attitude")
        self.attitude.setAccessibleName(self.tr("Attitude"))
        for value in Attitude:
            self.attitude.addItem(labels.attitude(value), value.value)
        self.attitude.activated.connect(self._on_attitude_activated)
        form.addRow(self.tr("&Attitude"), self.attitude)
        self.participation = QComboBox()
        self.participation.setObjectName("stakeholder_participation")
        self.participation.setAccessibleName(self.tr("Participation"))
        ladder = {s.level: s for s in doc.workspace.library.participation_ladder()}
        for n, level in enumerate(ParticipationLevel, start=1):
            self.participation.addItem(f"{n}. {labels.participation(level)}", level.value)
        self._ladder = ladder
        self.participation.activated.connect(self._on_participation_activated)
        form.addRow(self.tr("&Participation"), self.participation)
        self.ladder_text = QLabel()
        self.ladder_text.setObjectName("stakeholder_ladder")
        self.ladder_text.setWordWrap(True)
        self.ladder_text.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.ladder_text)

        self.koppelkansen = QLineEdit()
        self.koppelkansen.setObjectName("stakeholder_koppelkansen")
        self.koppelkansen.setAccessibleName(self.tr("Linking opportunities"))
        self.koppelkansen.setPlaceholderText(self.tr("e.g. poverty, loneliness, housing"))
        self.typed.add("koppelkansen", self.koppelkansen, on_finish_only=True)
        form.addRow(self.tr("&Linking opportunities"), self.koppelkansen)

        titles = {
            "interests": self.tr("Interests"),
            "concerns": self.tr("Concerns"),
            "needs": self.tr("Needs"),
            "barriers": self.tr("Barriers"),
            "opportunities": self.tr("Opportunities"),
        }
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"stakeholder_{name}")
            edit.setAccessibleName(titles[name])
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            self.typed.add(name, edit)
            self.texts[name] = edit
            form.addRow(titles[name], edit)

        self.personal = QGroupBox(self.tr("Personal data (GDPR)"))
        self.personal.setObjectName("personalData")
        self.personal_toggle = QToolButton()
        self.personal_toggle.setObjectName("showPersonalData")
        self.personal_toggle.setIcon(icon("personal", "#E65100"))
        self.personal_toggle.setText(self.tr("Show personal data"))
        self.personal_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.personal_toggle.setCheckable(True)
        self.personal_toggle.toggled.connect(self._on_personal_toggled)
        form.addRow(self.personal_toggle)
        personal = QFormLayout(self.personal)
        note = QLabel(
            self.tr(
                "Only for getting in touch. Left out of exports and reports unless you "
                "choose to include it."
            )
        )
        note.setWordWrap(True)
        personal.addRow(note)
        self.contact_name = self._line("contact_name", self.tr("Contact name"))
        personal.addRow(self.tr("Contact"), self.contact_name)
        self.contact_role = self._line("contact_role", self.tr("Role"))
        personal.addRow(self.tr("Role"), self.contact_role)
        self.contact_email = self._line("contact_email", self.tr("E-mail"))
        personal.addRow(self.tr("E-mail"), self.contact_email)
        self.contact_phone = self._line("contact_phone", self.tr("Phone"))
        personal.addRow(self.tr("Phone"), self.contact_phone)
        self.forget = QPushButton(icon("forget", "#C62828"), self.tr("Remove personal data…"))
        self.forget.setObjectName("forgetPersonalData")
        self.forget.clicked.connect(self._on_forget_clicked)
        personal.addRow(self.forget)
        self.personal.setVisible(False)
        form.addRow(self.personal)

        self.linked_steps = QListWidget()
        self.linked_steps.setObjectName("linkedSteps")
        self.linked_steps.setAccessibleName(self.tr("Linked roadmap steps"))
        self.linked_steps.setMaximumHeight(110)
        self.linked_steps.itemActivated.connect(self._on_step_activated)
        form.addRow(self.tr("Roadmap steps"), self.linked_steps)
        self.linked_sessions = QListWidget()
        self.linked_sessions.setObjectName("linkedSessions")
        self.linked_sessions.setAccessibleName(self.tr("Sessions invited to"))
        self.linked_sessions.setMaximumHeight(110)
        self.linked_sessions.itemActivated.connect(self._on_session_activated)
        form.addRow(self.tr("Sessions"), self.linked_sessions)

        doc.changed.connect(self._on_doc_changed)
        doc.reset.connect(self._on_doc_reset)
        for combo in (self.type, self.attitude, self.participation):
            # Long names are cut in the closed box, not allowed to widen the panel.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.show_stakeholder(None)

    # --- building ----------------------------------------------------------------------
    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"stakeholder_{name}")
        edit.setAccessibleName(accessible)
        edit.setMaxLength(NAME_MAX)
        self.typed.add(name, edit)
        return edit

    def _score(self, name: str, accessible: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(f"stakeholder_{name}")
        spin.setAccessibleName(accessible)
        spin.setRange(1, 5)
        spin.setKeyboardTracking(False)  # typing "5" is one change, not a keystroke each
        spin.valueChanged.connect(lambda value, n=name: self._on_score_changed(n, value))
        return spin

    # --- showing -----------------------------------------------------------------------
    @property
    def stakeholder_id(self) -> str | None:
        return self._id

    def show_stakeholder(self, stakeholder_id: str | None) -> None:
        if stakeholder_id != self._id:
            self.typed.finish_all()  # what was typed in the one before is saved trimmed
            self.typed.forget_typing()
            self.personal_toggle.setChecked(False)  # another person: closed again
        self._id = stakeholder_id
        person = self._current()
        self.empty.setVisible(person is None)
        self.form.setVisible(person is not None)
        if person is None:
            return
        self._fill(person)

    def _current(self) -> Stakeholder | None:
        return self._doc.people.get(self._id) if self._id else None

    def _fill(self, person: Stakeholder) -> None:
        self.typed.fill(
            {
                **{name: str(getattr(person, name)) for name in (*LINE_FIELDS, *TEXT_FIELDS)},
                "koppelkansen": ", ".join(person.koppelkansen),
            }
        )
        for combo, value in (
            (self.type, person.type_key),
            (self.attitude, person.attitude.value),
            (self.participation, person.participation.value),
        ):
            index = combo.findData(value)
            if index < 0 and combo is self.type:  # a type the catalogue no longer has
                combo.addItem(type_icon(value), value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        for spin, score in ((self.influence, person.influence), (self.interest, person.interest)):
            spin.blockSignals(True)
            spin.setValue(score)
            spin.blockSignals(False)
        group = labels.quadrant_group(person.quadrant)
        self.quadrant.setText(f"{group}: {labels.quadrant_advice(person.quadrant).lower()}")
        rung = self._ladder.get(person.participation)
        self.ladder_text.setText(rung.description if rung else "")
        self.forget.setEnabled(person.has_personal_data)
        self._fill_links(person.id)

    def _fill_links(self, stakeholder_id: str) -> None:
        links = self._doc.links_of(stakeholder_id)
        self.linked_steps.clear()
        for step in links.steps:
            item = QListWidgetItem(icon("roadmap"), step.title)
            item.setData(Qt.ItemDataRole.UserRole, (step.model_id, step.id))
            item.setToolTip(self.tr("Open in the roadmap"))
            self.linked_steps.addItem(item)
        self.linked_sessions.clear()
        for session in links.sessions:
            when = session.starts_at.strftime("%d-%m-%Y") if session.starts_at else "–"
            item = QListWidgetItem(icon("sessions"), f"{when}  {session.title}")
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            item.setToolTip(self.tr("Open in the sessions"))
            self.linked_sessions.addItem(item)

    # --- saving ------------------------------------------------------------------------
    def _push(self, changes: dict[str, Any], field: str | None) -> None:
        person = self._current()
        if person is None:
            return
        after = replace(person, **changes)
        if after == person:
            return
        text = self.tr("Edit stakeholder “%1”").replace("%1", after.name)
        key = (person.id, field) if field else None
        self._doc.undo_stack.push(
            EditCommand(self._doc, text, lambda: self._doc.update(after), key)
        )

    def _on_typed(self, name: str, text: str, finished: bool) -> None:
        person = self._current()
        if person is None:
            return
        if name == "koppelkansen":
            self._push({"koppelkansen": parse_tags(text)}, None)
            self.typed.fill({"koppelkansen": ", ".join(self._current_tags())})
            return
        if name == "name" and not text.strip():
            if finished:
                self.typed.fill({"name": person.name})  # a name left empty is not saved
            return
        self._push({name: text}, name)

    def _current_tags(self) -> tuple[str, ...]:
        person = self._current()
        return person.koppelkansen if person else ()

    def _on_score_changed(self, name: str, value: int) -> None:
        self._push({name: value}, None)

    def _on_type_activated(self, index: int) -> None:
        self._push({"type_key": str(self.type.itemData(index))}, None)

    def _on_attitude_activated(self, index: int) -> None:
        self._push({"attitude": Attitude(self.attitude.itemData(index))}, None)

    def _on_participation_activated(self, index: int) -> None:
        level = ParticipationLevel(self.participation.itemData(index))
        self._push({"participation": level}, None)

    def _on_personal_toggled(self, shown: bool) -> None:
        self.personal.setVisible(shown)
        self.personal_toggle.setText(
            self.tr("Hide personal data") if shown else self.tr("Show personal data")
        )

    def _on_forget_clicked(self) -> None:
        if self._id is not None:
            self.forget_requested.emit(self._id)

    def _on_step_activated(self, item: QListWidgetItem) -> None:
        model_id, step_id = item.data(Qt.ItemDataRole.UserRole)
        self.open_step_requested.emit(model_id, step_id)

    def _on_session_activated(self, item: QListWidgetItem) -> None:
        self.open_session_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    # --- following the document --------------------------------------------------------
    def _on_doc_changed(self, ids: list[str]) -> None:
        if self._id in ids:
            self.show_stakeholder(self._id)

    def _on_doc_reset(self) -> None:
        self.show_stakeholder(self._id)
