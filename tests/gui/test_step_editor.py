"""Editing a step in the side panel: typed at once into the database, one undo per field."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QListWidget
from pytestqt.qtbot import QtBot

from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.process import Step
from sec_workshop.domain.wijk import Wijk
from sec_workshop.exchange.process_model_file import parse_bytes
from sec_workshop.gui.roadmap.document import ModelDocument
from sec_workshop.gui.roadmap.step_editor import StepEditorWidget
from sec_workshop.services.workspace import Workspace


@pytest.fixture
def doc(qapp: QApplication, workspace: Workspace) -> ModelDocument:
    template = next(t for t in workspace.models.templates() if t.builtin_key == "sec-standaard")
    wijk = workspace.wijken.create(Wijk(name="Lombok"), template.id).wijk
    model = workspace.models.roadmap_of(wijk.id)
    assert model is not None
    return ModelDocument(workspace, model.id)


def _saved(doc: ModelDocument, step_id: str):  # type: ignore[no-untyped-def]
    return next(s for s in doc.workspace.models.content(doc.model.id).steps if s.id == step_id)


def test_typing_saves_at_once_and_undoes_per_field(qtbot: QtBot, doc: ModelDocument) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    step = doc.steps()[0]
    editor.show_step(step.id)
    assert editor.title.text() == step.title
    editor.texts["goal"].clear()
    qtbot.keyClicks(editor.texts["goal"], "Bewoners kennen het plan")
    assert _saved(doc, step.id).goal == "Bewoners kennen het plan"
    qtbot.keyClicks(editor.owner, " (team)")
    assert _saved(doc, step.id).owner == step.owner + " (team)"
    editor.status.setCurrentIndex(editor.status.findData(StepStatus.DONE.value))
    editor.status.activated.emit(editor.status.currentIndex())
    assert _saved(doc, step.id).status is StepStatus.DONE
    # goal (clear + typing), owner, status: each field is one undo step
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _saved(doc, step.id).goal == step.goal
    assert editor.texts["goal"].toPlainText() == step.goal  # the panel follows the undo


def test_dates_and_an_impossible_pair(qtbot: QtBot, doc: ModelDocument) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    step = doc.steps()[1]
    editor.show_step(step.id)
    editor.start.setDate(QDate(2026, 3, 2))
    editor.due.setDate(QDate(2026, 4, 15))
    saved = _saved(doc, step.id)
    assert (saved.start_date.isoformat(), saved.due_date.isoformat()) == (
        "2026-03-02",
        "2026-04-15",
    )  # type: ignore[union-attr]
    editor.due.setDate(QDate(2026, 2, 1))
    assert _saved(doc, step.id).due_date.isoformat() == "2026-04-15"  # type: ignore[union-attr]


def test_a_refused_due_date_is_saved_once_the_start_allows_it(
    qtbot: QtBot, doc: ModelDocument
) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    step = doc.steps()[1]
    editor.show_step(step.id)
    editor.start.setDate(QDate(2026, 3, 2))
    editor.due.setDate(QDate(2026, 2, 1))  # before the start: the user is still picking
    assert _saved(doc, step.id).due_date is None
    assert editor.due.date() == QDate(2026, 2, 1)
    editor.start.setDate(QDate(2026, 1, 5))
    saved = _saved(doc, step.id)
    assert (saved.start_date, saved.due_date) == (date(2026, 1, 5), date(2026, 2, 1))
    assert editor.due.date() == QDate(2026, 2, 1)


def _imported_roadmap(workspace: Workspace, start: str, due: str) -> tuple[ModelDocument, Step]:
    """A wijk whose roadmap comes from a model file in which the first step has these dates."""
    template = next(t for t in workspace.models.templates() if t.builtin_key == "sec-standaard")
    data = json.loads(workspace.models.export_bytes(template.id))
    first = data["steps"][0]
    first["start_date"], first["due_date"] = start, due
    wijk = workspace.wijken.create(Wijk(name="Lombok"), template.id).wijk
    spec = parse_bytes(json.dumps(data).encode("utf-8"))
    model = workspace.models.import_roadmap(spec, wijk.id).model
    doc = ModelDocument(workspace, model.id)
    step = next(s for s in doc.steps() if s.title == first["title"])
    return doc, step


def _type_year(edit: QDateEdit, year: str) -> None:
    """Go to the year of a date field with the keyboard (Home, then Tab past day and month)
    and type over it, as a user would."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Home)
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.lineEdit().selectedText() == edit.text()[-4:]
    QTest.keyClicks(edit, year)
    QTest.keyClick(edit, Qt.Key.Key_Return)  # typing ends: the date is saved


def test_a_start_before_2000_is_shown_and_kept_when_the_due_date_changes(
    qtbot: QtBot, workspace: Workspace
) -> None:
    doc, step = _imported_roadmap(workspace, "1998-05-01", "1998-09-30")
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_step(step.id)
    assert (editor.start.text(), editor.due.text()) == ("01-05-1998", "30-09-1998")

    _type_year(editor.due, "1999")
    saved = _saved(doc, step.id)
    assert (saved.start_date, saved.due_date) == (date(1998, 5, 1), date(1999, 9, 30))
    assert doc.step(step.id) == saved
    assert (editor.start.text(), editor.due.text()) == ("01-05-1998", "30-09-1999")
    doc.undo_stack.undo()
    saved = _saved(doc, step.id)
    assert (saved.start_date, saved.due_date) == (date(1998, 5, 1), date(1998, 9, 30))
    assert editor.due.text() == "30-09-1998"


def test_a_stored_date_the_field_cannot_show_is_kept(qtbot: QtBot, workspace: Workspace) -> None:
    doc, step = _imported_roadmap(workspace, "0050-01-01", "2026-04-15")
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_step(step.id)  # year 50 is below what a QDateEdit holds
    assert (editor.start.text(), editor.due.text()) == ("–", "15-04-2026")
    assert doc.undo_stack.count() == 0  # showing the step saved nothing
    assert _saved(doc, step.id).start_date == date(50, 1, 1)

    _type_year(editor.due, "2027")
    saved = _saved(doc, step.id)
    assert (saved.start_date, saved.due_date) == (date(50, 1, 1), date(2027, 4, 15))
    assert doc.step(step.id) == saved
    assert (editor.start.text(), editor.due.text()) == ("–", "15-04-2027")


def test_an_empty_title_is_not_saved(qtbot: QtBot, doc: ModelDocument) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    step = doc.steps()[2]
    editor.show_step(step.id)
    editor.title.selectAll()
    qtbot.keyClick(editor.title, "\b")
    assert _saved(doc, step.id).title == step.title


def _tick(qtbot: QtBot, widget: QListWidget, text: str) -> None:
    """Check or uncheck a row with the keyboard, as a user would (arrow to it, Space)."""
    row = next(i for i in range(widget.count()) if widget.item(i).text().endswith(text))
    widget.setFocus()
    widget.setCurrentRow(row)
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def test_tick_stakeholders_and_sessions_of_the_wijk(qtbot: QtBot, workspace: Workspace) -> None:
    model = workspace.models.roadmap_of(workspace.demo.add().wijk_id)
    assert model is not None
    doc = ModelDocument(workspace, model.id)
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    editor.show()
    step = next(
        s for s in doc.steps() if not doc.stakeholder_links_of(s.id) + doc.session_links_of(s.id)
    )
    editor.show_step(step.id)
    names = [editor.stakeholders.item(i).text() for i in range(editor.stakeholders.count())]
    assert "Woonstichting Dalmonde" in names and len(names) == 17
    assert editor.stakeholders_label.text() == "Stakeholders (0)"

    _tick(qtbot, editor.stakeholders, "Woonstichting Dalmonde")
    _tick(qtbot, editor.sessions, "Bewonersavond: warmtestrategieën getoetst")
    links = workspace.editing.step_links(model.id)
    person = next(s for s in links.stakeholders if s.name == "Woonstichting Dalmonde")
    session = next(s for s in links.sessions if s.title.endswith("warmtestrategieën getoetst"))
    assert (step.id, person.id) in {(x.step_id, x.stakeholder_id) for x in links.step_stakeholders}
    assert (step.id, session.id) in {(x.step_id, x.session_id) for x in links.step_sessions}
    assert editor.stakeholders_label.text() == "Stakeholders (1)"
    assert (
        doc.undo_stack.undoText()
        == "“Bewonersavond: warmtestrategieën getoetst” aan een stap koppelen"
    )
    assert workspace.models.history(model.id)[0].summary.startswith("Sessie 'Bewonersavond")

    doc.undo_stack.undo()  # the session link goes, and the panel shows it
    row = next(
        i
        for i in range(editor.sessions.count())
        if editor.sessions.item(i).text().endswith("warmtestrategieën getoetst")
    )
    assert editor.sessions.item(row).checkState() == Qt.CheckState.Unchecked
    assert (step.id, session.id) not in {
        (x.step_id, x.session_id) for x in workspace.editing.step_links(model.id).step_sessions
    }

    _tick(qtbot, editor.stakeholders, "Woonstichting Dalmonde")  # untick: unlinked
    linked = workspace.editing.step_links(model.id).step_stakeholders
    assert step.id not in {x.step_id for x in linked}
    assert editor.stakeholders_label.text() == "Stakeholders (0)"


def test_a_template_explains_why_it_has_no_stakeholders(qtbot: QtBot, workspace: Workspace) -> None:
    template = next(t for t in workspace.models.templates() if t.builtin_key == "sec-standaard")
    doc = ModelDocument(workspace, template.id)
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_step(doc.steps()[0].id)
    assert not editor.stakeholders.isVisible() and not editor.sessions.isVisible()
    assert editor.links_note.isVisible()
    assert "sjabloon hoort bij geen wijk" in editor.links_note.text()


def test_a_wijk_without_stakeholders_or_sessions_says_so(qtbot: QtBot, doc: ModelDocument) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_step(doc.steps()[0].id)
    assert editor.stakeholders.item(0).text() == "Deze wijk heeft nog geen stakeholders."
    assert editor.sessions.item(0).text() == "Deze wijk heeft nog geen sessies."
    assert editor.stakeholders.count() == editor.sessions.count() == 1
    assert not editor.links_note.isVisible()


def test_a_failed_save_is_told_and_the_field_shows_what_is_stored(
    qtbot: QtBot, doc: ModelDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sec_workshop.storage.database import StorageError

    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    told: list[str] = []
    doc.error_raised.connect(lambda error: told.append(error.code))
    step = doc.steps()[0]
    editor.show_step(step.id)

    def full(*_args: object) -> object:
        raise StorageError("db.write_failed", reason="disk_full", detail="")

    monkeypatch.setattr(doc.workspace.editing, "update_step", full)
    qtbot.keyClicks(editor.title, "!")
    assert told == ["db.write_failed"]
    assert editor.title.text() == step.title  # nothing typed looks saved when it is not
    assert _saved(doc, step.id).title == step.title
    assert doc.undo_stack.count() == 0


def test_the_calendar_of_an_empty_date_opens_at_today(qtbot: QtBot, doc: ModelDocument) -> None:
    """The empty date ("–") lies in the year 100 so that every real date fits; the calendar
    must still open where a coach picks dates, and a pick there is saved."""
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    editor.show()
    step = next(s for s in doc.steps() if s.start_date is None)
    editor.show_step(step.id)
    assert editor.start.text() == "–"
    arrow = QPoint(editor.start.width() - 6, editor.start.height() // 2)
    QTest.mouseClick(editor.start, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, arrow)
    calendar = editor.start.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    picked = QDate(today.year(), today.month(), 15)
    calendar.setSelectedDate(picked)
    calendar.activated.emit(picked)
    assert _saved(doc, step.id).start_date == date(today.year(), today.month(), 15)


def _shown(editor: StepEditorWidget, qtbot: QtBot) -> None:
    """The panel in an active window: typing and leaving fields need real focus."""
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)


def _history(doc: ModelDocument, lang: str = "nl") -> list[str]:
    from sec_workshop.history_texts import change_text

    return [change_text(c, lang) for c in doc.workspace.models.history(doc.model.id)]


def test_a_title_typed_key_by_key_keeps_its_spaces_and_is_trimmed_when_typing_ends(
    qtbot: QtBot, doc: ModelDocument
) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    _shown(editor, qtbot)
    step = doc.steps()[0]
    editor.show_step(step.id)
    history_before = len(_history(doc))
    editor.title.setFocus()
    QTest.keyClick(editor.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.title, "  Warmtenet-avond ")
    # While typing, what is stored is what was typed, spaces and all.
    assert _saved(doc, step.id).title == "  Warmtenet-avond "
    QTest.keyClicks(editor.title, "met bewoners ")
    assert editor.title.text() == "  Warmtenet-avond met bewoners "
    assert _saved(doc, step.id).title == "  Warmtenet-avond met bewoners "

    QTest.keyClick(editor.title, Qt.Key.Key_Tab)  # on to the next field: typing has ended
    assert not editor.title.hasFocus()
    assert _saved(doc, step.id).title == "Warmtenet-avond met bewoners"
    assert doc.step(step.id) == _saved(doc, step.id)
    assert editor.title.text() == "Warmtenet-avond met bewoners"
    # The typing and its trim are one undo step and one line of history.
    assert doc.undo_stack.count() == 1
    history = _history(doc)
    assert len(history) == history_before + 1
    assert history[0] == "Stap 'Warmtenet-avond met bewoners' bijgewerkt: titel"
    doc.undo_stack.undo()
    assert _saved(doc, step.id).title == step.title == editor.title.text()
    doc.undo_stack.redo()
    assert _saved(doc, step.id).title == "Warmtenet-avond met bewoners" == editor.title.text()


def test_enter_ends_typing_in_the_owner_and_leaving_a_text_ends_it_there(
    qtbot: QtBot, doc: ModelDocument
) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    _shown(editor, qtbot)
    step = doc.steps()[1]
    editor.show_step(step.id)
    editor.owner.setFocus()
    QTest.keyClick(editor.owner, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.owner, "Gemeente en corporatie ")
    assert _saved(doc, step.id).owner == "Gemeente en corporatie "
    QTest.keyClick(editor.owner, Qt.Key.Key_Return)
    assert _saved(doc, step.id).owner == "Gemeente en corporatie"
    assert editor.owner.text() == "Gemeente en corporatie"

    tips = editor.texts["tips"]
    tips.setFocus()
    QTest.keyClick(tips, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(tips, "Koffie en thee ")
    QTest.keyClick(tips, Qt.Key.Key_Return)
    assert _saved(doc, step.id).tips == "Koffie en thee \n"  # a new line is being started
    QTest.keyClick(tips, Qt.Key.Key_Tab)  # Tab leaves a text field
    assert not tips.hasFocus()
    assert _saved(doc, step.id).tips == "Koffie en thee" == tips.toPlainText()
    assert doc.undo_stack.count() == 2  # owner, tips
    # One spell of editing one step is one line, naming what changed.
    assert _history(doc)[0] == f"Stap '{step.title}' bijgewerkt: eigenaar en tips"
    doc.undo_stack.undo()
    assert _saved(doc, step.id).tips == step.tips == tips.toPlainText()


def test_switching_step_ends_the_typing_in_the_one_shown(qtbot: QtBot, doc: ModelDocument) -> None:
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    _shown(editor, qtbot)
    first, second = doc.steps()[0], doc.steps()[1]
    editor.show_step(first.id)
    editor.title.setFocus()
    QTest.keyClick(editor.title, Qt.Key.Key_End)
    QTest.keyClicks(editor.title, " (uitgesteld) ")
    editor.show_step(second.id)  # another card selected, the field still has the focus
    assert _saved(doc, first.id).title == f"{first.title} (uitgesteld)"
    assert editor.title.text() == second.title
    assert doc.undo_stack.count() == 1
    QTest.keyClick(editor.title, Qt.Key.Key_Tab)  # leaving the field changes nothing more
    assert _saved(doc, second.id).title == second.title
    assert doc.undo_stack.count() == 1


def test_passing_through_a_field_changes_nothing(qtbot: QtBot, doc: ModelDocument) -> None:
    """A text stored with spaces around it (from an imported file) stays as it is when the
    user only passes through its field."""
    step = doc.steps()[0]
    doc.workspace.editing.update_step(replace(step, goal="  Bewoners kennen het plan \n"))
    doc = ModelDocument(doc.workspace, doc.model.id)
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    _shown(editor, qtbot)
    editor.show_step(step.id)
    editor.texts["goal"].setFocus()
    QTest.keyClick(editor.texts["goal"], Qt.Key.Key_Tab)
    editor.show_step(doc.steps()[1].id)
    assert _saved(doc, step.id).goal == "  Bewoners kennen het plan \n"
    assert doc.undo_stack.count() == 0


def test_a_date_typed_key_by_key_is_saved_once_when_typing_ends(
    qtbot: QtBot, doc: ModelDocument
) -> None:
    """Typing 01022027 over the start date saves 1 February 2027 once (not each date the
    digits pass through); a start typed after the end is not saved, and the panel says so."""
    editor = StepEditorWidget(doc)
    qtbot.addWidget(editor)
    editor.show()
    step = doc.steps()[1]
    editor.show_step(step.id)
    editor.start.setDate(QDate(2027, 1, 26))
    editor.due.setDate(QDate(2027, 3, 2))

    def type_date(edit: QDateEdit, digits: str) -> None:
        edit.setFocus()
        edit.setSelectedSection(QDateEdit.Section.DaySection)  # as a click on the day does
        before = _saved(doc, step.id)
        for digit in digits:
            QTest.keyClick(edit, digit)
            assert _saved(doc, step.id) == before  # nothing half-typed is saved
        QTest.keyClick(edit, Qt.Key.Key_Return)  # typing ends

    type_date(editor.start, "01022027")
    assert _saved(doc, step.id).start_date == date(2027, 2, 1)
    assert not editor.dates_note.isVisible()

    type_date(editor.start, "01042027")  # after the end
    assert editor.start.date() == QDate(2027, 4, 1)
    assert _saved(doc, step.id).start_date == date(2027, 2, 1)  # kept as it was
    assert editor.dates_note.isVisible()
    assert "niet opgeslagen" in editor.dates_note.text() or "not saved" in editor.dates_note.text()
    type_date(editor.due, "30042027")  # the end moves too: now the pair is saved
    saved = _saved(doc, step.id)
    assert (saved.start_date, saved.due_date) == (date(2027, 4, 1), date(2027, 4, 30))
    assert not editor.dates_note.isVisible()
