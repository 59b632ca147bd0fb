"""The editor of one koppelkans: its fields saved as typed, its status over time, and the
roadmap steps and stakeholders it is linked to (ticked in two lists)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
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

from sec_workshop import labels
from sec_workshop.domain.enums import KoppelkansStatus
from sec_workshop.domain.koppelkans import (
    FIELD_MAX,
    PROBLEMS,
    TITLE_MAX,
    Koppelkans,
    KoppelkansUpdate,
)
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.typed_fields import TypedFields
from sec_workshop.gui.koppelkansen.document import KoppelkansenDocument

ID_ROLE = Qt.ItemDataRole.UserRole
LINES = ("title", "problem", "lead", "indicator", "baseline", "target")


def partners_of(text: str) -> tuple[str, ...]:
    """Partners typed one per line (a name may hold a comma)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class KoppelkansEditor(QScrollArea):
    """Shows the koppelkans chosen in the table; every change is an undo step on the
    document (typing in one field is one step)."""

    title_committed = Signal()

    def __init__(self, doc: KoppelkansenDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._id: str | None = None
        self._filling = False
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(420)
        self.typed = TypedFields(self, self._on_typed)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.empty = QLabel(self.tr("Choose a koppelkans to see and edit it."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.form = QWidget()
        layout.addWidget(self.form)
        layout.addStretch(1)
        outer = QVBoxLayout(self.form)
        outer.setContentsMargins(0, 0, 0, 0)

        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lines: dict[str, QLineEdit] = {}
        captions = {
            "title": self.tr("&Koppelkans"),
            "problem": self.tr("&Problem it links"),
            "lead": self.tr("&Trekker"),
            "indicator": self.tr("&Indicator"),
            "baseline": self.tr("&Baseline"),
            "target": self.tr("Tar&get"),
        }
        for name in LINES:
            line = QLineEdit()
            line.setMaxLength(TITLE_MAX if name == "title" else FIELD_MAX)
            line.setObjectName(f"koppelkans_{name}")
            self.lines[name] = line
            self.typed.add(name, line)
        self.lines["title"].returnPressed.connect(self.title_committed)
        problems = QCompleter([labels.koppelkans(p) for p in PROBLEMS], self)
        problems.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.lines["problem"].setCompleter(problems)
        self.lines["problem"].setPlaceholderText(self.tr("e.g. energy poverty, health, work"))
        self.lines["indicator"].setPlaceholderText(self.tr("What is measured"))
        self.status = QComboBox()
        self.status.setObjectName("koppelkans_status")
        for status in KoppelkansStatus:
            self.status.addItem(labels.koppelkans_status(status), status.value)
        self.status.activated.connect(self._on_status_activated)
        self.partners = QPlainTextEdit()
        self.partners.setObjectName("koppelkans_partners")
        self.partners.setPlaceholderText(self.tr("One partner per line"))
        self.partners.setFixedHeight(70)
        self.typed.add("partners", self.partners, on_finish_only=True)
        self.budgets = QPlainTextEdit()
        self.budgets.setObjectName("koppelkans_budgets")
        self.budgets.setPlaceholderText(
            self.tr("Which budgets are combined: who puts in what (fusion of interests)")
        )
        self.budgets.setFixedHeight(70)
        self.typed.add("budgets", self.budgets)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("koppelkans_notes")
        self.notes.setFixedHeight(60)
        self.typed.add("notes", self.notes)
        fields.addRow(captions["title"], self.lines["title"])
        fields.addRow(captions["problem"], self.lines["problem"])
        fields.addRow(captions["lead"], self.lines["lead"])
        fields.addRow(self.tr("P&artners"), self.partners)
        fields.addRow(self.tr("B&udgets"), self.budgets)
        fields.addRow(captions["indicator"], self.lines["indicator"])
        fields.addRow(captions["baseline"], self.lines["baseline"])
        fields.addRow(captions["target"], self.lines["target"])
        fields.addRow(self.tr("&Status"), self.status)
        fields.addRow(self.tr("&Notes"), self.notes)
        for row in range(fields.rowCount()):
            label = fields.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = fields.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())  # type: ignore[union-attr]
        outer.addLayout(fields)

        history = QGroupBox(self.tr("Status over time"))
        box = QVBoxLayout(history)
        self.history = QListWidget()
        self.history.setObjectName("koppelkansHistory")
        self.history.setAccessibleName(self.tr("Status over time"))
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(120)
        box.addWidget(self.history)
        entry = QHBoxLayout()
        self.update_date = QDateEdit()
        self.update_date.setCalendarPopup(True)
        self.update_date.setDisplayFormat("dd-MM-yyyy")
        self.update_date.setDate(QDate.currentDate())
        self.update_status = QComboBox()
        for status in KoppelkansStatus:
            self.update_status.addItem(labels.koppelkans_status(status), status.value)
        self.update_note = QLineEdit()
        self.update_note.setPlaceholderText(self.tr("What was measured or agreed"))
        self.update_note.returnPressed.connect(self._on_add_update)
        self.add_update = QPushButton(self.tr("Add"))
        self.add_update.clicked.connect(self._on_add_update)
        self.remove_update = QPushButton(self.tr("Remove"))
        self.remove_update.setToolTip(self.tr("Remove the chosen moment from the history"))
        self.remove_update.clicked.connect(self._on_remove_update)
        entry.addWidget(self.update_date)
        entry.addWidget(self.update_status, 1)
        entry.addWidget(self.remove_update)
        box.addLayout(entry)
        note = QHBoxLayout()
        note.addWidget(self.update_note, 1)
        note.addWidget(self.add_update)
        box.addLayout(note)
        outer.addWidget(history)

        links = QGroupBox(self.tr("Linked to"))
        columns = QHBoxLayout(links)
        self.steps = QListWidget()
        self.steps.setObjectName("koppelkansSteps")
        self.steps.setAccessibleName(self.tr("Roadmap steps of this koppelkans"))
        self.stakeholders = QListWidget()
        self.stakeholders.setObjectName("koppelkansStakeholders")
        self.stakeholders.setAccessibleName(self.tr("Stakeholders of this koppelkans"))
        for caption, widget in (
            (self.tr("Roadmap steps"), self.steps),
            (self.tr("Stakeholders"), self.stakeholders),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(caption))
            widget.setMinimumHeight(160)
            column.addWidget(widget)
            columns.addLayout(column)
        self.steps.itemChanged.connect(self._on_step_item_changed)
        self.stakeholders.itemChanged.connect(self._on_stakeholder_item_changed)
        outer.addWidget(links)

        doc.changed.connect(self.refresh)
        self.show_koppelkans(None)

    # --- showing ---------------------------------------------------------------------------
    def show_koppelkans(self, koppelkans_id: str | None) -> None:
        if koppelkans_id != self._id:
            self.typed.finish_all()
            self.typed.forget_typing()
        self._id = koppelkans_id
        self.refresh()

    def current(self) -> Koppelkans | None:
        return self._doc.koppelkans(self._id) if self._id else None

    def refresh(self) -> None:
        k = self.current()
        self.empty.setVisible(k is None)
        self.form.setVisible(k is not None)
        if k is None:
            return
        self._filling = True
        try:
            values = {name: getattr(k, name) for name in LINES}
            values["partners"] = "\n".join(k.partners)
            values["budgets"] = k.budgets
            values["notes"] = k.notes
            self.typed.fill(values)
            self.status.setCurrentIndex(self.status.findData(k.status.value))
            self.update_status.setCurrentIndex(self.update_status.findData(k.status.value))
            self.history.clear()
            for u in self._doc.register.history(k.id):
                text = f"{u.on.strftime('%d-%m-%Y')}  {labels.koppelkans_status(u.status)}"
                item = QListWidgetItem(f"{text}: {u.note}" if u.note else text)
                item.setData(ID_ROLE, u.id)
                self.history.addItem(item)
            linked = set(self._doc.register.step_ids(k.id))
            self._fill_checks(
                self.steps,
                [(s.id, f"{s.title}  ({where})") for s, where in self._doc.steps],
                linked,
            )
            people = set(self._doc.register.stakeholder_ids(k.id))
            self._fill_checks(
                self.stakeholders, [(p.id, p.name) for p in self._doc.stakeholders], people
            )
        finally:
            self._filling = False

    def _fill_checks(
        self, widget: QListWidget, entries: list[tuple[str, str]], ticked: set[str]
    ) -> None:
        """Linked ones first, then the rest in their order; the scroll place is kept."""
        bar = widget.verticalScrollBar().value()
        widget.clear()
        ordered = [e for e in entries if e[0] in ticked] + [
            e for e in entries if e[0] not in ticked
        ]
        for record_id, text in ordered:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if record_id in ticked else Qt.CheckState.Unchecked
            )
            widget.addItem(item)
        widget.verticalScrollBar().setValue(bar)

    # --- changing --------------------------------------------------------------------------
    def _push(self, changes: dict[str, Any], field: str | None) -> None:
        k = self.current()
        if k is None:
            return
        after = replace(k, **changes)
        if after == k:
            return
        text = self.tr("Edit koppelkans “%1”").replace("%1", after.title)
        key = (k.id, field) if field else None
        self._doc.undo_stack.push(
            EditCommand(self._doc, text, lambda: self._doc.update(after), key)
        )

    def _on_typed(self, name: str, text: str, finished: bool) -> None:
        k = self.current()
        if k is None:
            return
        if name == "partners":
            self._push({"partners": partners_of(text)}, None)
            return
        if name == "title" and not text.strip():
            if finished:
                self.typed.fill({"title": k.title})  # a title left empty is not saved
            return
        self._push({name: text}, name)

    def _on_status_activated(self, index: int) -> None:
        self._push({"status": KoppelkansStatus(self.status.itemData(index))}, None)

    def _on_add_update(self) -> None:
        k = self.current()
        if k is None:
            return
        day = self.update_date.date()
        update = KoppelkansUpdate(
            koppelkans_id=k.id,
            on=date(day.year(), day.month(), day.day()),
            status=KoppelkansStatus(self.update_status.currentData()),
            note=self.update_note.text(),
        )
        text = self.tr("Add to the history of “%1”").replace("%1", k.title)
        command = EditCommand(self._doc, text, lambda: self._doc.add_update(update))
        self._doc.undo_stack.push(command)
        if command.error is None:
            self.update_note.clear()

    def _on_remove_update(self) -> None:
        k = self.current()
        item = self.history.currentItem()
        if k is None or item is None:
            return
        update_id = str(item.data(ID_ROLE))
        text = self.tr("Remove from the history of “%1”").replace("%1", k.title)
        self._doc.undo_stack.push(
            EditCommand(self._doc, text, lambda: self._doc.remove_update(update_id))
        )

    def _on_step_item_changed(self, item: QListWidgetItem) -> None:
        self._link(item, self._doc.link_step, self.tr("Change the steps of “%1”"))

    def _on_stakeholder_item_changed(self, item: QListWidgetItem) -> None:
        self._link(item, self._doc.link_stakeholder, self.tr("Change the stakeholders of “%1”"))

    def _link(self, item: QListWidgetItem, link: Any, text: str) -> None:
        k = self.current()
        if self._filling or k is None:
            return
        record_id = str(item.data(ID_ROLE))
        linked = item.checkState() == Qt.CheckState.Checked
        koppelkans_id = k.id
        self._doc.undo_stack.push(
            EditCommand(
                self._doc,
                text.replace("%1", k.title),
                lambda: link(koppelkans_id, record_id, linked),
            )
        )
