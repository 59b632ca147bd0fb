"""The agenda builder of a session: the items in time (start, title, work form, minutes, who
leads), made from the library of work forms by dragging or picking, breaks, reordering by
drag or Ctrl+Up/Down, the total against the time the session has with the items that run
over marked, and the selected item's notes for the facilitators and text for participants.
Every change is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.edits import Edit
from sec_workshop.domain.session import AgendaItem
from sec_workshop.gui.common.edit_command import EditCommand
from sec_workshop.gui.common.icons import tool_button
from sec_workshop.gui.common.instrument_library import InstrumentLibraryWidget
from sec_workshop.gui.common.typed_fields import TypedFields
from sec_workshop.gui.sessions.agenda_model import (
    OVER_COLOR,
    TITLE,
    AgendaDelegate,
    AgendaModel,
    agenda_table,
)
from sec_workshop.gui.sessions.document import SessionDocument, moved

BREAK_MINUTES = 15


class AgendaBuilder(QWidget):
    """The agenda of one session, built from the library of work forms."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._current: str | None = None
        self._refreshing = False
        self.model = AgendaModel(doc)
        self.model.edit_requested.connect(self._on_model_edit_requested)
        self.table = agenda_table(self.model)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setItemDelegate(AgendaDelegate(self._lead_names, self.table))
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.move_requested.connect(self.move_item)
        self.table.move_by_requested.connect(self._on_table_move_by_requested)
        self.table.dropped.connect(self._on_table_dropped)
        self.table.delete_requested.connect(self.remove_item)

        self.add_form_button = tool_button("addWorkForm", "note", self.tr("Add work form"))
        self.add_form_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_form_button.setToolTip(
            self.tr("Add a work form after the chosen item (or drag one from the library)")
        )
        menu = QMenu(self.add_form_button)
        for form in sorted(doc.instruments.values(), key=lambda i: i.name.casefold()):
            minutes = self.tr("%1 min").replace("%1", str(form.duration_minutes))
            action = menu.addAction(
                f"{form.name}\t{minutes}" if form.duration_minutes else form.name
            )
            action.setData(form.id)
        menu.triggered.connect(self._on_form_menu_triggered)
        self.add_form_button.setMenu(menu)
        self.add_item_button = tool_button("addAgendaItem", "label", self.tr("Item"))
        self.add_item_button.setToolTip(self.tr("Add an item of your own after the chosen one"))
        self.add_item_button.clicked.connect(self._on_add_item_clicked)
        self.break_button = tool_button("addBreak", "pause", self.tr("Break"))
        self.break_button.setToolTip(self.tr("Add a break of 15 minutes after the chosen item"))
        self.break_button.clicked.connect(self._on_break_clicked)
        self.delete_button = tool_button("removeAgendaItem", "delete", self.tr("Remove"))
        self.delete_button.setToolTip(self.tr("Remove the chosen item from the agenda (Delete)"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.total = QLabel()
        self.total.setObjectName("agendaTotal")
        self.total.setTextFormat(Qt.TextFormat.PlainText)

        self.library = InstrumentLibraryWidget(list(doc.instruments.values()))
        self.library.setObjectName("agendaLibrary")
        self.library.instrument_activated.connect(self._on_library_instrument_activated)

        self.typed = TypedFields(self, self._on_typed)
        self.notes = self._text_edit("notes", self.tr("Notes for the facilitators"))
        self.description = self._text_edit("description", self.tr("Text for the participants"))

        bar = QHBoxLayout()
        for button in (
            self.add_form_button,
            self.add_item_button,
            self.break_button,
            self.delete_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.total)
        texts = QHBoxLayout()
        self.captions: list[QLabel] = []
        for edit in (self.notes, self.description):
            column = QVBoxLayout()
            caption = QLabel()
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setBuddy(edit)
            column.addWidget(caption)
            column.addWidget(edit)
            texts.addLayout(column)
            self.captions.append(caption)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addLayout(texts, 1)
        self.parts = QSplitter(Qt.Orientation.Vertical)
        self.parts.addWidget(self.table)
        self.parts.addWidget(below)
        self.parts.setStretchFactor(0, 3)
        self.parts.setStretchFactor(1, 1)
        self.parts.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.parts, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.library)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([760, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        doc.changed.connect(self._on_doc_changed)
        self._show_total()
        self.select_item(self.model.item_id(0))  # the first item, its notes ready to read

    def _text_edit(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"agenda_{name}")
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(48)
        self.typed.add(name, edit)
        return edit

    # --- showing ---------------------------------------------------------------------------
    def release(self) -> None:
        """Before it goes: what is being typed is saved, and the session is no longer followed."""
        self.typed.finish_all()
        self._doc.changed.disconnect(self._on_doc_changed)

    def current_item(self) -> AgendaItem | None:
        return next((i for i in self._doc.agenda if i.id == self._current), None)

    def select_item(self, item_id: str | None) -> None:
        self.table.select_id(item_id, TITLE)
        self._on_table_selection_changed()

    def _on_doc_changed(self) -> None:
        self._refreshing = True  # a reset drops the selection: it is put back, not changed
        try:
            self.model.refresh()
            if self.table.current_id() != self._current:
                self.table.select_id(self._current, TITLE)
        finally:
            self._refreshing = False
        if self.table.current_id() != self._current:
            self._on_table_selection_changed()  # the item is gone
        self._show_total()
        self._show_chosen()

    def _show_total(self) -> None:
        plan = self._doc.schedule()
        text = self.tr("%1 of %2 minutes").replace("%1", str(plan.total))
        text = text.replace("%2", str(plan.available))
        if plan.breaks:
            text += " · " + self.tr("%1 min of breaks").replace("%1", str(plan.breaks))
        if plan.over_by:
            text += " · " + self.tr("runs %1 min over").replace("%1", str(plan.over_by))
        self.total.setText(text)
        color = OVER_COLOR.name() if plan.over_by else "palette(window-text)"
        self.total.setStyleSheet(f"color: {color}; font-weight: bold;")

    def _show_chosen(self) -> None:
        item = self.current_item()
        for edit in (self.notes, self.description):
            edit.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        notes, text = self.captions
        text.setText(self.tr("Text for the &participants (on their agenda)"))
        if item is None:
            notes.setText(self.tr("&Notes for the facilitators (choose an item)"))
            self.typed.fill({"notes": "", "description": ""})
            return
        title = item.title.replace("&", "&&")  # a title is no shortcut key
        notes.setText(self.tr("&Notes for the facilitators on “%1”").replace("%1", title))
        self.typed.fill({"notes": item.notes, "description": item.description})

    def _on_table_selection_changed(self, *_: object) -> None:
        chosen = self.table.current_id()
        if self._refreshing or chosen == self._current:
            return
        self.typed.finish_all()  # what was typed belongs to the item chosen before
        self.typed.forget_typing()
        self._current = chosen
        self._show_chosen()

    def _lead_names(self) -> list[str]:
        names = [f.name for f in self._doc.facilitators]
        names += [i.facilitator for i in self._doc.agenda if i.facilitator]
        return sorted(set(names), key=str.casefold)

    # --- changing --------------------------------------------------------------------------
    def _push(
        self, text: str, intent: Callable[[], Edit[Any]], key: object | None = None
    ) -> EditCommand:
        command = EditCommand(self._doc, text, intent, key)
        self._doc.undo_stack.push(command)
        return command

    def _insert_at(self) -> int:
        row = self.model.row_of(self._current)
        return row + 1 if row >= 0 else len(self.model.rows)

    def _select_added(self, command: EditCommand) -> None:
        edit = command.edit
        if command.error is not None or edit is None:
            return
        added = [a for b, a in edit.changes if b is None and isinstance(a, AgendaItem)]
        if added:
            self.select_item(added[0].id)

    def add_work_form(self, instrument_id: str, position: int | None = None) -> None:
        form = self._doc.instruments.get(instrument_id)
        if form is None:
            return
        at = self._insert_at() if position is None else position
        text = self.tr("Add “%1” to the agenda").replace("%1", form.name)
        doc = self._doc
        self._select_added(self._push(text, lambda: doc.add_work_form(instrument_id, at)))

    def add_item(self, item: AgendaItem) -> None:
        text = self.tr("Add “%1” to the agenda").replace("%1", item.title)
        doc = self._doc
        self._select_added(self._push(text, lambda: doc.add(item)))

    def move_item(self, item_id: str, position: int) -> None:
        item = next((i for i in self._doc.agenda if i.id == item_id), None)
        if item is None or item.position == position:
            return
        text = self.tr("Move “%1”").replace("%1", item.title)
        doc = self._doc
        self._push(text, lambda: doc.move(AgendaItem, item_id, position))
        self.select_item(item_id)

    def remove_item(self, item_id: str) -> None:
        item = next((i for i in self._doc.agenda if i.id == item_id), None)
        if item is None:
            return
        row = self.model.row_of(item_id)
        text = self.tr("Remove “%1” from the agenda").replace("%1", item.title)
        doc = self._doc
        self._push(text, lambda: doc.remove(AgendaItem, item_id))
        self.select_item(self.model.item_id(min(row, len(self.model.rows) - 1)))

    def change_item(self, item_id: str, field: str, value: object, typing: bool = False) -> None:
        item = next((i for i in self._doc.agenda if i.id == item_id), None)
        if item is None:
            return
        changes: dict[str, Any] = {field: value}
        after = replace(item, **changes)
        if after == item:
            return
        text = self.tr("Edit “%1”").replace("%1", after.title.strip() or item.title)
        doc = self._doc
        self._push(text, lambda: doc.change(after), (item_id, field) if typing else None)

    def _on_model_edit_requested(self, item_id: str, field: str, value: object) -> None:
        if field == "title":
            title = str(value).strip()
            if title:
                self.change_item(item_id, field, title)
        elif field == "duration_minutes":
            if isinstance(value, int):
                self.change_item(item_id, field, value)
        else:
            self.change_item(item_id, field, str(value).strip())

    def _on_typed(self, name: str, text: str, _finished: bool) -> None:
        if self._current is not None:
            self.change_item(self._current, name, text, typing=True)

    def _on_table_move_by_requested(self, item_id: str, offset: int) -> None:
        position = moved(self._doc.agenda, item_id, offset)
        if position is not None:
            self.move_item(item_id, position)

    def _on_table_dropped(self, _kind: str, instrument_id: str, position: int) -> None:
        self.add_work_form(instrument_id, position)

    def _on_form_menu_triggered(self, action: Any) -> None:
        self.add_work_form(str(action.data()))

    def _on_library_instrument_activated(self, instrument_id: str) -> None:
        self.add_work_form(instrument_id)

    def _on_add_item_clicked(self) -> None:
        item = AgendaItem(
            session_id=self._doc.session_id, position=self._insert_at(), title=self.tr("New item")
        )
        self.add_item(item)
        row = self.model.row_of(item.id)
        if row >= 0:
            self.table.setFocus()
            self.table.edit(self.model.index(row, TITLE))

    def _on_break_clicked(self) -> None:
        self.add_item(
            AgendaItem(
                session_id=self._doc.session_id,
                position=self._insert_at(),
                title=self.tr("Break"),
                duration_minutes=BREAK_MINUTES,
                is_break=True,
            )
        )

    def _on_delete_clicked(self) -> None:
        if self._current is not None:
            self.remove_item(self._current)
