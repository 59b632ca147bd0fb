"""What a session decided and who does what next: its decisions and action items (added by
typing, edited as you type, reordered, ticked off, deleted, all undoable), and a bar that
marks the session held and moves the roadmap step it serves on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from sec_workshop import labels as shared_labels
from sec_workshop.domain.base import DomainError
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.session import TITLE_MAX, ActionItem, Decision
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.typed_fields import TypedFields
from sec_workshop.gui.sessions import document as session_document
from sec_workshop.gui.sessions.document import SessionDocument
from sec_workshop.gui.sessions.held_bar import HeldBar, StepStatusCommand
from sec_workshop.gui.sessions.record_list import (
    DONE_COLOR,
    OVERDUE_COLOR,
    ListButtons,
    OptionalDateEdit,
    RecordList,
    is_overdue,
    one_line,
    short_date,
)
from sec_workshop.messages import describe


class DecisionsSection(QGroupBox):
    """The decisions of the session: the list, a line to add one, and the chosen one's text
    and rationale, saved as typed."""

    def __init__(self, panel: RecordsPanel) -> None:
        super().__init__()
        self.setTitle(self.tr("Decisions"))
        self.setObjectName("decisionsSection")
        self._panel = panel
        self._doc = panel.doc
        self._shown: str | None = None
        self.typed = TypedFields(self, self._on_typed)

        self.list = RecordList(
            [self.tr("Decision"), self.tr("Rationale"), self.tr("Step")],
            self.tr("Decisions of the session"),
        )
        self.list.setObjectName("decisionsList")
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.list.setColumnWidth(2, 150)
        self._step_titles: dict[str, str] = {}  # the roadmap's steps, for the list
        self.new = QLineEdit()
        self.new.setObjectName("newDecision")
        self.new.setAccessibleName(self.tr("New decision"))
        self.new.setPlaceholderText(self.tr("New decision: type it and press Enter"))
        self.new.returnPressed.connect(self._on_new_return_pressed)
        self.text = QPlainTextEdit()
        self.text.setObjectName("decisionText")
        self.text.setAccessibleName(self.tr("Decision"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(60)
        self.typed.add("text", self.text)
        self.rationale = QPlainTextEdit()
        self.rationale.setObjectName("decisionRationale")
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setPlaceholderText(self.tr("Why: what weighed, who agreed"))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(60)
        self.typed.add("rationale", self.rationale)
        # The roadmap step a decision is about: the roadmap's check holds it to that step.
        self.step = QComboBox()
        self.step.setObjectName("decisionStep")
        self.step.setToolTip(
            self.tr("The roadmap step this decision is about; the roadmap's check uses it")
        )
        self.step.activated.connect(self._on_step_activated)
        # Step names are long: the box is cut short, its list opens as wide as they are.
        self.step.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.step.setMinimumContentsLength(16)
        self._steps_of: str | None = None  # the roadmap the step list was filled from
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Decision"), self.text)
        form.addRow(self.tr("&Rationale"), self.rationale)
        self.buttons = ListButtons(self.list, self.tr("Delete decision"))
        # Beside the list's buttons, so that the form takes no more height than before.
        step_label = QLabel(self.tr("About &step"))
        step_label.setBuddy(self.step)
        self.buttons.row.addWidget(step_label)
        self.buttons.row.addWidget(self.step, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new)
        layout.addLayout(self.buttons.row)
        layout.addWidget(self.form)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.move_requested.connect(self._on_list_move_requested)
        self.list.delete_requested.connect(self._on_list_delete_requested)

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        decisions = self._doc.decisions
        if self._steps_of is None:
            self.fill_steps()
        self.list.fill([(d.id, _decision_row(d, self._step_titles)) for d in decisions])
        self._show(self.list.current_id())
        self.buttons.update_enabled()

    def _current(self) -> Decision | None:
        return next((d for d in self._doc.decisions if d.id == self._shown), None)

    def _show(self, record_id: str | None) -> None:
        if record_id != self._shown:
            self.typed.finish_all()  # saved, trimmed, for the one shown before
            self.typed.forget_typing()
            self._shown = record_id
        decision = self._current()
        self.form.setEnabled(decision is not None)
        self.step.setEnabled(decision is not None)
        self.typed.fill(
            {"text": decision.text if decision else "", "rationale": _rationale(decision)}
        )
        step_id = decision.step_id if decision else None
        self.step.setCurrentIndex(max(self.step.findData(step_id or ""), 0))

    def fill_steps(self) -> None:
        """The wijk's roadmap steps in roadmap order, each with its phase."""
        ws = self._doc.workspace
        model = ws.models.roadmap_of(self._doc.session.wijk_id)
        self._steps_of = model.id if model is not None else ""
        self.step.blockSignals(True)
        try:
            self.step.clear()
            self._step_titles = {}
            self.step.addItem(self.tr("(no step)"), "")
            if model is not None:
                content = ws.models.content(model.id)
                phases = {p.id: p for p in content.phases}
                lanes = {ln.id: ln.position for ln in content.lanes}
                ordered = sorted(
                    content.steps,
                    key=lambda st: (
                        phases[st.phase_id].position if st.phase_id in phases else 0,
                        lanes.get(st.lane_id, 0),
                        st.position,
                    ),
                )
                self._step_titles = {st.id: st.title for st in content.steps}
                for st in ordered:
                    # The title first, so that typing a step's name finds it.
                    phase = phases.get(st.phase_id)
                    self.step.addItem(f"{st.title} ({phase.name})" if phase else st.title, st.id)
        finally:
            self.step.blockSignals(False)
        view = self.step.view()
        view.setMinimumWidth(
            view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width()
        )
        self._show(self._shown)

    def _on_step_activated(self, index: int) -> None:
        decision = self._current()
        if decision is None:
            return
        after = replace(decision, step_id=str(self.step.itemData(index)) or None)
        if after != decision:
            # Browsing the list by keyboard chooses as it goes: one undo step for it all.
            self._panel.push(
                self.tr("Edit decision"), lambda: self._doc.change(after), (decision.id, "step")
            )

    # --- saving --------------------------------------------------------------------------
    def _on_new_return_pressed(self) -> None:
        text = self.new.text().strip()
        if not text:
            return
        decision = Decision(
            session_id=self._doc.session_id, position=len(self._doc.decisions), text=text
        )
        self._panel.push(self.tr("Add decision"), lambda: self._doc.add(decision))
        self.new.clear()
        self.list.select_id(decision.id)

    def _on_typed(self, name: str, text: str, finished: bool) -> None:
        decision = self._current()
        if decision is None:
            return
        if name == "text" and not text.strip():
            if finished:
                self.typed.fill({"text": decision.text})  # a decision says something
            return
        after = (
            replace(decision, text=text) if name == "text" else replace(decision, rationale=text)
        )
        if after != decision:
            self._panel.push(
                self.tr("Edit decision"), lambda: self._doc.change(after), (decision.id, name)
            )

    def _on_list_current_item_changed(self, *_items: object) -> None:
        self._show(self.list.current_id())
        self.buttons.update_enabled()

    def _on_list_move_requested(self, record_id: str, position: int) -> None:
        self._panel.push(
            self.tr("Move decision"), lambda: self._doc.move(Decision, record_id, position)
        )
        self.list.select_id(record_id)

    def _on_list_delete_requested(self, record_id: str) -> None:
        row = self.list.record_ids().index(record_id)
        self._panel.push(self.tr("Delete decision"), lambda: self._doc.remove(Decision, record_id))
        ids = self.list.record_ids()
        self.list.select_id(ids[min(row, len(ids) - 1)] if ids else None)


def _rationale(decision: Decision | None) -> str:
    return decision.rationale if decision else ""


def _decision_row(
    decision: Decision, step_titles: dict[str, str]
) -> Callable[[QTreeWidgetItem], None]:
    step = step_titles.get(decision.step_id or "", "")

    def draw(item: QTreeWidgetItem) -> None:
        item.setText(0, one_line(decision.text))
        item.setText(1, one_line(decision.rationale))
        item.setText(2, step)
        item.setToolTip(0, decision.text)
        item.setToolTip(1, decision.rationale)
        item.setToolTip(2, step)

    return draw


# --- action items --------------------------------------------------------------------------
class ActionsSection(QGroupBox):
    """The action items of the session: what, who, by when, done; a line to add one; and
    the chosen one's fields, saved as typed. Open actions whose date has passed are red."""

    def __init__(self, panel: RecordsPanel) -> None:
        super().__init__()
        self.setTitle(self.tr("Action items"))
        self.setObjectName("actionsSection")
        self._panel = panel
        self._doc = panel.doc
        self._shown: str | None = None
        self.typed = TypedFields(self, self._on_typed)

        self.list = RecordList(
            [self.tr("What"), self.tr("Who"), self.tr("By")],
            self.tr("Action items of the session"),
        )
        self.list.setObjectName("actionsList")
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.new = QLineEdit()
        self.new.setObjectName("newAction")
        self.new.setAccessibleName(self.tr("New action item"))
        self.new.setPlaceholderText(self.tr("New action: type it and press Enter"))
        self.new.returnPressed.connect(self._on_new_return_pressed)

        self.what = QLineEdit()
        self.what.setObjectName("actionText")
        self.what.setAccessibleName(self.tr("What"))
        self.typed.add("text", self.what)
        self.owner = QLineEdit()
        self.owner.setObjectName("actionOwner")
        self.owner.setAccessibleName(self.tr("Who"))
        self.owner.setMaxLength(TITLE_MAX)
        self.owner.setPlaceholderText(self.tr("Name or organisation"))
        self.typed.add("owner", self.owner)
        self.due = OptionalDateEdit()
        self.due.setObjectName("actionDue")
        self.due.setAccessibleName(self.tr("By when"))
        self.due.edited.connect(self._on_due_edited)
        self.no_due = QToolButton()
        self.no_due.setObjectName("actionNoDue")
        clear = QStyle.StandardPixmap.SP_LineEditClearButton
        self.no_due.setIcon(self.style().standardIcon(clear))
        self.no_due.setToolTip(self.tr("No date"))
        self.no_due.setAccessibleName(self.tr("No date"))
        self.no_due.clicked.connect(self._on_no_due_clicked)
        self.late = QLabel()
        self.late.setObjectName("actionLate")
        self.late.setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;")
        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.due)
        due_row.addWidget(self.no_due)
        due_row.addWidget(self.late)
        due_row.addStretch(1)
        self.done = QCheckBox(self.tr("Done"))
        self.done.setObjectName("actionDone")
        self.done.clicked.connect(self._on_done_clicked)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&What"), self.what)
        form.addRow(self.tr("W&ho"), self.owner)
        due_label = QLabel(self.tr("&By when"))
        due_label.setBuddy(self.due)
        form.addRow(due_label, due_row)
        form.addRow("", self.done)
        self.buttons = ListButtons(self.list, self.tr("Delete action item"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new)
        layout.addLayout(self.buttons.row)
        layout.addWidget(self.form)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.move_requested.connect(self._on_list_move_requested)
        self.list.delete_requested.connect(self._on_list_delete_requested)
        self.list.checked.connect(self._on_list_checked)

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        today = session_document.today()
        late = self.tr("overdue")
        self.list.fill([(a.id, _action_row(a, today, late)) for a in self._doc.actions])
        self._show(self.list.current_id())
        self.buttons.update_enabled()

    def _current(self) -> ActionItem | None:
        return next((a for a in self._doc.actions if a.id == self._shown), None)

    def _show(self, record_id: str | None) -> None:
        if record_id != self._shown:
            self.typed.finish_all()
            self.typed.forget_typing()
            self._shown = record_id
        action = self._current()
        self.form.setEnabled(action is not None)
        self.typed.fill(
            {"text": action.text if action else "", "owner": action.owner if action else ""}
        )
        due = action.due_date if action else None
        if self.due.value() != due:
            self.due.set_value(due)
        self.done.setChecked(bool(action and action.done))
        overdue = action is not None and is_overdue(action, session_document.today())
        self.late.setText(self.tr("overdue") if overdue else "")

    # --- saving --------------------------------------------------------------------------
    def _push_change(self, after: ActionItem, text: str, field: str | None = None) -> None:
        before = self._find(after.id)
        if before is None or before == after:
            return
        key = (after.id, field) if field else None
        self._panel.push(text, lambda: self._doc.change(after), key)

    def _find(self, record_id: str) -> ActionItem | None:
        return next((a for a in self._doc.actions if a.id == record_id), None)

    def _on_new_return_pressed(self) -> None:
        text = self.new.text().strip()
        if not text:
            return
        action = ActionItem(
            session_id=self._doc.session_id, position=len(self._doc.actions), text=text
        )
        self._panel.push(self.tr("Add action item"), lambda: self._doc.add(action))
        self.new.clear()
        self.list.select_id(action.id)

    def _on_typed(self, name: str, text: str, finished: bool) -> None:
        action = self._current()
        if action is None:
            return
        if name == "text" and not text.strip():
            if finished:
                self.typed.fill({"text": action.text})
            return
        after = replace(action, text=text) if name == "text" else replace(action, owner=text)
        self._push_change(after, self.tr("Edit action item"), name)

    def _on_due_edited(self) -> None:
        action = self._current()
        if action is not None:
            after = replace(action, due_date=self.due.value())
            self._push_change(after, self.tr("Change the date of an action item"), "due_date")

    def _on_no_due_clicked(self) -> None:
        action = self._current()
        if action is not None:
            self.due.set_value(None)
            after = replace(action, due_date=None)
            self._push_change(after, self.tr("Change the date of an action item"))

    def _on_done_clicked(self, ticked: bool) -> None:
        action = self._current()
        if action is not None:
            self._tick(action, ticked)

    def _on_list_checked(self, record_id: str, ticked: bool) -> None:
        action = self._find(record_id)
        if action is not None:
            self._tick(action, ticked)

    def _tick(self, action: ActionItem, ticked: bool) -> None:
        text = self.tr("Tick off action item") if ticked else self.tr("Reopen action item")
        self._push_change(replace(action, done=ticked), text)

    def _on_list_current_item_changed(self, *_items: object) -> None:
        self._show(self.list.current_id())
        self.buttons.update_enabled()

    def _on_list_move_requested(self, record_id: str, position: int) -> None:
        self._panel.push(
            self.tr("Move action item"), lambda: self._doc.move(ActionItem, record_id, position)
        )
        self.list.select_id(record_id)

    def _on_list_delete_requested(self, record_id: str) -> None:
        row = self.list.record_ids().index(record_id)
        self._panel.push(
            self.tr("Delete action item"), lambda: self._doc.remove(ActionItem, record_id)
        )
        ids = self.list.record_ids()
        self.list.select_id(ids[min(row, len(ids) - 1)] if ids else None)


def _action_row(action: ActionItem, today: date, late: str) -> Callable[[QTreeWidgetItem], None]:
    def draw(item: QTreeWidgetItem) -> None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked)
        item.setText(0, one_line(action.text))
        item.setToolTip(0, action.text)
        item.setText(1, action.owner)
        overdue = is_overdue(action, today)
        due = short_date(action.due_date)
        item.setText(2, f"{due} · {late}" if overdue else due)
        font = QFont(item.font(0))
        font.setStrikeOut(action.done)
        bold = QFont(item.font(2))
        bold.setBold(overdue)
        item.setFont(0, font)
        item.setFont(2, bold)
        grey = QBrush(QColor(DONE_COLOR)) if action.done else QBrush()
        for column in (0, 1):
            item.setForeground(column, grey)
        item.setForeground(2, QBrush(QColor(OVERDUE_COLOR)) if overdue else grey)

    return draw


class RecordsPanel(QWidget):
    """The session's decisions and action items, and the bar that marks it held. Every
    change is one undo command on the document's stack; the panel follows ``doc.changed``."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordsPanel")
        self.doc = doc
        self.bar = HeldBar(self)
        self.decisions_section = DecisionsSection(self)
        self.actions_section = ActionsSection(self)
        self.decisions_section.buttons.set_texts(
            self.tr("Move up (Ctrl+Up)"), self.tr("Move down (Ctrl+Down)")
        )
        self.actions_section.buttons.set_texts(
            self.tr("Move up (Ctrl+Up)"), self.tr("Move down (Ctrl+Down)")
        )
        self.problem = QLabel()
        self.problem.setObjectName("recordsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {OVERDUE_COLOR};")
        self.problem.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.decisions_section)
        splitter.addWidget(self.actions_section)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self._step_id = doc.session.step_id
        doc.changed.connect(self._on_doc_changed)
        doc.error_raised.connect(self._on_doc_error_raised)
        doc.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        # The served step changes in the roadmap too (its editor, another window's undo).
        watch_changes(doc.workspace, self, ("step", "lane", "phase"), self._on_roadmap_changed)
        self.bar.refresh_session()
        self.bar.refresh_step()
        for section in (self.decisions_section, self.actions_section):
            section.refresh()
            ids = section.list.record_ids()
            section.list.select_id(ids[0] if ids else None)  # the form shows something

    def push(self, text: str, intent: Callable[[], Edit[Any]], key: Any = None) -> None:
        self.problem.hide()
        self.doc.undo_stack.push(EditCommand(self.doc, text, intent, key))

    def finish_typing(self) -> None:
        """Save what is being typed, trimmed (the panel is about to be left)."""
        self.decisions_section.typed.finish_all()
        self.actions_section.typed.finish_all()

    def _on_doc_changed(self) -> None:
        self.bar.refresh_session()
        if self.doc.session.step_id != self._step_id:
            self._step_id = self.doc.session.step_id
            self.bar.refresh_step()
        self.decisions_section.refresh()
        self.actions_section.refresh()

    def _on_undo_stack_index_changed(self, index: int) -> None:
        # A step moved on (or back) from here shows its status at once; the roadmap's
        # notice follows after the event.
        stack = self.doc.undo_stack
        if not isValid(stack):
            return  # the document is going away with its history
        if any(isinstance(stack.command(i), StepStatusCommand) for i in (index - 1, index)):
            self.bar.refresh_step()

    def _on_roadmap_changed(self, _changes: Changes) -> None:
        self.bar.refresh_step()
        self.decisions_section.fill_steps()
        self.decisions_section.refresh()  # a renamed step, renamed in the list

    def _on_doc_error_raised(self, error: object) -> None:
        if isinstance(error, DomainError):
            self.problem.setText(describe(error, shared_labels.language()))
            self.problem.show()
