"""What a Dutch user reads is Dutch.

The window is opened on the demo wijk in Dutch. Every tab, the roadmap editor with its step
panel, the board editor with its panels and projector, the template editor, our dialogs and
Qt's own (file dialog, message box, input dialog, context menu) are shown, and every text on
screen is compared with the translation file, not only the file with itself:

* a text that is an English source string of ``sec_workshop_nl.ts`` whose Dutch differs was
  shown untranslated (a missing ``tr()`` context, a ``tr()`` that lupdate never collected);
* a text with a word that only English has, or a plural written as "(s)" / "(en)", was never
  translated at all (no ``tr()``, or a Qt text that Qt's own Dutch lacks).

``packaging/translations.py check`` runs this file as well. The English window gets its own
test: the shipped catalogues (stakeholder types, board zones, koppelkansen) and plurals in
English.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QImage, QPainter, QStaticText, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from sec_workshop import resources
from sec_workshop.gui.app import Shell, start

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "sec_workshop_nl.ts"

# Words that only English has (or that Dutch never uses in this app), so a text on a Dutch
# screen with one of them never went through a translation.
_ENGLISH_WORDS = """
    the and with your yet items files folder directory look cancel yes save forward back
    modified untitled personal action actions new delete rename remove edit undo redo close
    quit about language step steps board boards note notes session sessions round votes vote
    voting dots colour color none from choose select show hide find roadmap template phase
    lane history all please which there this that what when where into
"""
ENGLISH_ONLY = frozenset(_ENGLISH_WORDS.split())
# Dutch words that are also English sources of ours translated otherwise: Qt's own Dutch
# file dialog calls its column "Type", where our tables say "Soort".
QT_DUTCH = frozenset({"Type"})
# A plural written out instead of chosen: "1 stap(pen)", "3 note(s)".
_PLURAL_HACK = re.compile(r"\w\((?:s|en|pen|ten|ën)\)")
_WORD = re.compile(r"[^\W\d_]+")
_PLACEHOLDER = re.compile(r"%(?:\d|n)")


@dataclass(frozen=True)
class Shown:
    where: str
    text: str


def plain(text: str) -> str:
    """The words as read: markup, shortcut letters (&) and menu shortcuts (tab) left out."""
    if Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = text.split("\t", 1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


# --- what the translation file says -------------------------------------------------------
@dataclass(frozen=True)
class Catalogue:
    untranslated: frozenset[str]  # English sources whose Dutch is another text
    dutch: frozenset[str]  # every Dutch translation
    patterns: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, str], ...]


def _pattern(text: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(plain(text))
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)


def read_catalogue(ts: Path = TS) -> Catalogue:
    pairs: list[tuple[str, list[str]]] = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        pairs.append((source, forms))
    dutch = {plain(f) for _s, forms in pairs for f in forms}
    sources = {plain(s) for s, forms in pairs if all(plain(f) != plain(s) for f in forms)}
    patterns = []
    for source, forms in pairs:
        literal = _PLACEHOLDER.sub("", plain(source))
        if _PLACEHOLDER.search(source) and len(_WORD.findall(literal)) >= 2:
            own = _pattern(forms[0]) if forms[0] else None
            patterns.append((_pattern(source), own, source))
    return Catalogue(frozenset(sources - dutch), frozenset(dutch), tuple(patterns))


def data_texts() -> frozenset[str]:
    """The texts of the demo wijk and the shipped Dutch content: a user's words, not ours."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.add(plain(value))
            found.update(plain(line) for line in value.splitlines())
        elif isinstance(value, dict):
            for key, item in value.items():
                if key != "en":
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in [
        resources.path("demo", "demo_wijk.json"),
        *resources.template_files(),
        *sorted(resources.root().glob("*.json")),
    ]:
        walk(json.loads(path.read_text(encoding="utf-8")))
    return frozenset(found)


def english_in(shown: Iterable[Shown], catalogue: Catalogue, data: frozenset[str]) -> list[str]:
    found = []
    for s in shown:
        text = plain(s.text)
        if not text or text in catalogue.dutch or text in QT_DUTCH:
            continue
        if text in catalogue.untranslated:
            found.append(f"{s.where}: {text!r} is an English source shown untranslated")
            continue
        if text in data:
            continue
        for source_pattern, own, source in catalogue.patterns:
            if source_pattern.fullmatch(text) and not (own and own.fullmatch(text)):
                found.append(f"{s.where}: {text!r} is {source!r} shown untranslated")
                break
        else:
            english = sorted({w for w in _WORD.findall(text.casefold()) if w in ENGLISH_ONLY})
            if english:
                found.append(f"{s.where}: {text!r} has English: {', '.join(english)}")
            elif _PLURAL_HACK.search(text):
                found.append(f"{s.where}: {text!r} writes a plural out instead of choosing it")
    return sorted(set(found))


# --- what a window shows --------------------------------------------------------------------
def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps its one column to itself, and has no children
        return 0 if parent.isValid() else 1


def _model_texts(model: QAbstractItemModel, where: str, limit: int = 3000) -> Iterator[Shown]:
    for column in range(_columns(model, QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            header = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(header, str):
                yield Shown(f"{where} header", header)
    stack = [QModelIndex()]
    seen = 0
    while stack and seen < limit:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                seen += 1
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield Shown(f"{where} row {row}", value)
            first = model.index(row, 0, parent)
            if _columns(model, first) and model.rowCount(first):
                stack.append(first)


def _action_texts(actions: Iterable[QAction], where: str, depth: int = 0) -> Iterator[Shown]:
    for action in actions:
        name = action.objectName() or plain(action.text())
        for text in (action.text(), action.toolTip(), action.statusTip(), action.iconText()):
            yield Shown(f"{where} action {name}", text)
        menu = action.menu()
        if isinstance(menu, QMenu) and depth < 4:
            yield Shown(f"{where} menu {name}", menu.title())
            yield from _action_texts(menu.actions(), f"{where} > {name}", depth + 1)


def widget_texts(root: QWidget, where: str) -> list[Shown]:
    """Every text of ``root`` and its children, shown now or when a tab or row is chosen."""
    out: list[Shown] = [Shown(where, root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        at = f"{where}/{type(w).__name__}:{w.objectName() or '-'}"
        for text in (w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName()):
            out.append(Shown(at, text))
        out.append(Shown(at, w.accessibleDescription()))
        if isinstance(w, QLabel | QAbstractButton):
            out.append(Shown(at, w.text()))
        if isinstance(w, QGroupBox):
            out.append(Shown(at, w.title()))
        if isinstance(w, QLineEdit):
            out.append(Shown(at, w.placeholderText()))
        if isinstance(w, QTextEdit | QPlainTextEdit):
            out.append(Shown(at, w.placeholderText()))
            if w.isReadOnly():
                out.extend(Shown(at, line) for line in w.toPlainText().splitlines())
        if isinstance(w, QComboBox):
            out.extend(Shown(at, w.itemText(i)) for i in range(w.count()))
            out.append(Shown(at, w.placeholderText()))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                out += [Shown(at, w.tabText(i)), Shown(at, w.tabToolTip(i))]
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                out += [Shown(at, w.tabText(i)), Shown(at, w.tabToolTip(i))]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            out.extend(_model_texts(w.model(), at))
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            out.extend(scene_texts(w.scene(), at))
        out.extend(_action_texts(w.actions(), at))
    return [s for s in out if s.text]


def scene_texts(scene: QGraphicsScene, where: str) -> list[Shown]:
    """Tooltips and texts of the items, and what their paint() draws as text."""
    out: list[Shown] = []
    for item in scene.items():
        out.append(Shown(f"{where} item", item.toolTip()))
        if isinstance(item, QGraphicsTextItem):
            out.append(Shown(f"{where} item", item.toPlainText()))
        if isinstance(item, QGraphicsSimpleTextItem):
            out.append(Shown(f"{where} item", item.text()))
    painted: list[str] = []
    with _recording_text(painted):
        rect = scene.itemsBoundingRect().united(scene.sceneRect())
        scale = min(1.0, 4000 / max(rect.width(), rect.height(), 1))
        image = QImage(
            max(1, int(rect.width() * scale)),
            max(1, int(rect.height() * scale)),
            QImage.Format.Format_ARGB32,
        )
        painter = QPainter(image)
        scene.render(painter, source=rect)
        painter.end()
    out.extend(Shown(f"{where} painted", text) for text in painted)
    return out


def painted_texts(widget: QWidget, where: str) -> list[Shown]:
    """What a widget's delegates and paint events draw as text (cards in a list)."""
    painted: list[str] = []
    with _recording_text(painted):
        widget.grab()
    return [Shown(f"{where} painted", text) for text in painted]


class _recording_text:
    """Records the text that Python paint() methods draw (they call QPainter from Python)."""

    def __init__(self, into: list[str]) -> None:
        self._into = into
        self._saved: dict[str, Callable[..., Any]] = {}

    def __enter__(self) -> None:
        into = self._into
        draw_text = QPainter.drawText
        draw_static = QPainter.drawStaticText
        self._saved = {"drawText": draw_text, "drawStaticText": draw_static}

        def recording_draw_text(painter: QPainter, *args: Any) -> Any:
            into.extend(a for a in args if isinstance(a, str))
            return draw_text(painter, *args)

        def recording_draw_static(painter: QPainter, *args: Any) -> Any:
            into.extend(a.text() for a in args if isinstance(a, QStaticText))
            return draw_static(painter, *args)

        QPainter.drawText = recording_draw_text  # type: ignore[method-assign]
        QPainter.drawStaticText = recording_draw_static  # type: ignore[method-assign]

    def __exit__(self, *_exc: object) -> None:
        for name, method in self._saved.items():
            setattr(QPainter, name, method)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def shown_dialog(dialog: QWidget, where: str, app: QApplication) -> list[Shown]:
    """A dialog shown without its own event loop (``show``, not ``exec``), read and closed."""
    dialog.show()
    settle(app)
    try:
        return widget_texts(dialog, where)
    finally:
        dialog.close()
        dialog.deleteLater()


def rows_visited(view: QAbstractItemView, read: Callable[[], list[Shown]]) -> list[Shown]:
    """Select each row in turn: details panes show what belongs to the selected row."""
    out: list[Shown] = []
    model = view.model()
    for row in range(model.rowCount(QModelIndex())):
        view.setCurrentIndex(model.index(row, 0))
        view.selectionModel().select(
            model.index(row, 0),
            view.selectionModel().SelectionFlag.ClearAndSelect
            | view.selectionModel().SelectionFlag.Rows,
        )
        out.extend(read())
    return out


# --- the app, as a user starts it ----------------------------------------------------------
@pytest.fixture
def shell(qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Shell]:
    def unexpected(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError(f"unexpected message box: {args[2] if len(args) > 2 else args}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    started = start(data_dir, "nl")
    assert started is not None
    try:
        yield started
    finally:
        started.window.close()
        started.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        started.workspace.close()
        from sec_workshop.gui.common import i18n

        i18n.install("nl")


def sweep(shell: Shell, app: QApplication, tmp_path: Path) -> list[Shown]:
    """Everything the Dutch window shows, place by place."""
    from sec_workshop.gui.board.boards_tab import NewBoardDialog
    from sec_workshop.gui.board.import_dialog import BoardImportDialog
    from sec_workshop.gui.board.list_panel import ClusterChoiceDialog
    from sec_workshop.gui.board.voting import StartRoundDialog
    from sec_workshop.gui.reports.kinds import Context
    from sec_workshop.gui.reports.print_dialog import PrintDialog
    from sec_workshop.gui.roadmap.commands import DeleteStepsCommand, MoveStepsCommand
    from sec_workshop.gui.shell.dialogs import AboutDialog, NewWijkDialog, RestoreBackupDialog
    from sec_workshop.services.maintenance import Reason

    window = shell.window
    ws = shell.workspace
    out: list[Shown] = []
    settle(app)
    out += widget_texts(window, "start (empty)")
    out += _action_texts(window.menuBar().actions(), "menu bar")

    window.open_demo()
    settle(app)
    page = window.wijk_page
    for index in range(page.tabs.count()):
        page.show_tab(index)
        settle(app)
        out += widget_texts(window, f"wijk tab {index}")
    sessions = page.sessions

    def session_pages() -> list[Shown]:
        seen: list[Shown] = []
        for index in range(sessions.tabs.count()):
            sessions.show_page(index)
            settle(app)
            seen += widget_texts(sessions.tabs, f"session page {index}")
        return seen

    out += rows_visited(sessions.table, session_pages)
    sessions.open_actions_button.click()
    settle(app)
    out += widget_texts(sessions.open_actions, "open actions")
    sessions.open_actions_button.click()
    sessions.run_session()
    settle(app)
    assert sessions.run_mode is not None
    out += widget_texts(sessions.run_mode, "run mode")
    sessions.run_mode.next_item()
    settle(app)
    out += widget_texts(sessions.run_mode, "run mode, first item")
    sessions.run_mode.stop()
    sessions.run_mode.closed.emit()
    settle(app)
    people = page.stakeholders
    assert people.gallery is not None and people.editor is not None and people.grid is not None
    people.editor.personal_toggle.click()  # its section too
    out += rows_visited(
        people.gallery.view, lambda: widget_texts(people.editor, "stakeholder editor")
    )
    out += painted_texts(people.gallery.view.viewport(), "stakeholder cards")
    people.show_page(1)
    settle(app)
    out += widget_texts(people.grid, "matrix")
    out += scene_texts(people.grid.scene, "matrix")
    people.show_page(0)
    out += rows_visited(page.boards.list.table, lambda: widget_texts(page.boards.list.tree, "tree"))

    # The roadmap editor, its step panel on a selected step and an instrument's details.
    page.show_tab(page.ROADMAP)
    editor = page.roadmap.editor
    assert editor is not None
    doc = editor.doc
    steps = doc.steps()
    linked = max(steps, key=lambda s: len(doc.instruments_of(s.id)))
    editor.scene.select_steps([linked.id])
    settle(app)
    for index in range(editor.side.count()):
        editor.side.setCurrentIndex(index)
        settle(app)
        out += widget_texts(editor, f"roadmap side {index}")
    editor.library.list.setCurrentRow(0)
    out += widget_texts(editor.library, "instrument library")
    for command in (
        MoveStepsCommand(doc, [(s.id, s.lane_id, s.phase_id, s.position) for s in steps[:1]]),
        MoveStepsCommand(doc, [(s.id, s.lane_id, s.phase_id, s.position) for s in steps[:3]]),
        DeleteStepsCommand(doc, [s.id for s in steps[:1]]),
        DeleteStepsCommand(doc, [s.id for s in steps[:2]]),
    ):
        out.append(Shown("undo text", command.text()))

    # A board in its editor, with every side tab, and the projector.
    page.show_tab(page.BOARDS)
    chosen = page.boards.selected_board()
    assert chosen is not None
    board = page.boards.open_board(chosen.id)
    settle(app)
    for index in range(board.side.count()):
        board.side.setCurrentIndex(index)
        settle(app)
        out += widget_texts(window, f"board side {index}")
    projector = board.open_projector()
    settle(app)
    out += widget_texts(projector, "projector")
    board.close_projector()

    # Our dialogs, shown without their own event loop.
    wijk_id = page.wijk_id
    assert wijk_id is not None
    ws.maintenance.backup(Reason.MANUAL)
    notes = tmp_path / "briefjes.csv"
    notes.write_text("tekst;kleur;cluster\nMeer groen;groen;Buiten\nfout;lila;\n", "utf-8")
    good = tmp_path / "briefjes.txt"
    good.write_text("Meer groen\nMinder verkeer\n", "utf-8")
    for dialog, where in (
        (NewWijkDialog(ws.models.templates(), "nl", window), "new wijk"),
        (RestoreBackupDialog(ws.maintenance.backups(), window), "restore backup"),
        (AboutDialog(str(ws.folder), window), "about"),
        (NewBoardDialog(ws, wijk_id, window), "new board"),
        (StartRoundDialog(1, "nl", window), "new voting round"),
        (ClusterChoiceDialog(["(geen)", "Buiten"], 0, window), "move to cluster"),
        (BoardImportDialog(notes, "nl", window), "import notes (a bad line)"),
        (BoardImportDialog(good, "nl", window), "import notes"),
        (
            PrintDialog(ws, Context(wijk_id, page.sessions.selected_session_id()), window),
            "print and export",
        ),
    ):
        out += shown_dialog(dialog, where, app)
    board.back_requested.emit()
    settle(app)

    # The template editor, its own mode.
    window.open_template(ws.models.templates()[0].id)
    settle(app)
    out += widget_texts(window, "template editor")
    window.show_start()
    settle(app)
    out += widget_texts(window, "start (with the demo)")

    # Qt's own dialogs and menus, as the app opens them, on a folder with a folder and a file.
    folder = tmp_path / "uitwisseling"
    (folder / "oud").mkdir(parents=True)
    (folder / "routekaart.json").write_text("{}", "utf-8")
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        files = QFileDialog(
            window, "Procesmodel exporteren", str(folder), "Procesmodellen (*.json)"
        )
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.setAcceptMode(mode)
        out += shown_dialog(files, f"file dialog {mode.name}", app)
    for buttons in (
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Close,
    ):
        box = QMessageBox(QMessageBox.Icon.Question, "SEC Workshop", "Doorgaan?", buttons, window)
        out += shown_dialog(box, "message box", app)
    ask = QInputDialog(window)
    ask.setComboBoxItems(["Als nieuw sjabloon", "Als routekaart"])
    out += shown_dialog(ask, "input dialog", app)
    ask = QInputDialog(window)
    ask.setLabelText("Nieuwe naam:")
    out += shown_dialog(ask, "input dialog (text)", app)
    field = QLineEdit(window)
    menu = field.createStandardContextMenu()
    out += _action_texts(menu.actions(), "text field context menu")
    menu.deleteLater()
    field.deleteLater()
    return out


def test_the_dutch_window_shows_no_english(
    shell: Shell, qapp: QApplication, tmp_path: Path, data_dir: Path
) -> None:
    shown = sweep(shell, qapp, tmp_path)
    seen = {plain(s.text) for s in shown}
    # The sweep got where it should: session and stakeholder details, the file dialog, the
    # board's zones, the step panel, the plural undo texts.
    assert {
        "Actiepunten",
        "Persoonsgegevens (AVG)",
        "Zoeken in:",
        "Bestandstype:",
        "Map",
        "Kansen",
        "Belemmeringen",
        "1 stap verplaatsen",
        "3 stappen verplaatsen",
    } <= seen
    assert len(shown) > 1000, "the sweep saw too little of the window"
    # The test's folders (in paths, and as names in the file dialog) are neither ours nor Dutch.
    shown = [
        Shown(s.where, s.text.replace(str(tmp_path), "…"))
        for s in shown
        if s.text not in tmp_path.parts
    ]
    problems = english_in(shown, read_catalogue(), data_texts())
    assert problems == [], "\n".join(problems)


def test_the_check_catches_a_text_shown_untranslated() -> None:
    catalogue = read_catalogue()
    shown = [
        Shown("details", "Action items"),
        Shown("undo", "Move 3 step(s)"),
        Shown("undo", "3 stap(pen) verplaatsen"),
        Shown("file dialog", "&Look in:"),
        Shown("menu", "&Bestand"),
        Shown("board", "Kansen"),
    ]
    problems = english_in(shown, catalogue, frozenset({"Kansen"}))
    assert [p.split(":")[0] for p in problems] == ["details", "file dialog", "undo", "undo"]


def test_plurals_are_chosen_not_written_out(shell: Shell) -> None:
    from sec_workshop.gui.roadmap.commands import DeleteStepsCommand, MoveStepsCommand

    shell.window.open_demo()
    editor = shell.window.wijk_page.roadmap.editor
    assert editor is not None
    doc = editor.doc
    steps = doc.steps()

    def texts() -> list[str]:
        moves = [(s.id, s.lane_id, s.phase_id, s.position) for s in steps]
        return [
            MoveStepsCommand(doc, moves[:1]).text(),
            MoveStepsCommand(doc, moves[:3]).text(),
            DeleteStepsCommand(doc, [s.id for s in steps[:1]]).text(),
            DeleteStepsCommand(doc, [s.id for s in steps[:2]]).text(),
        ]

    assert texts() == [
        "1 stap verplaatsen",
        "3 stappen verplaatsen",
        "1 stap verwijderen",
        "2 stappen verwijderen",
    ]
    english = shell.window.findChild(QAction, "language_en")
    english.trigger()
    assert texts() == ["Move 1 step", "Move 3 steps", "Delete 1 step", "Delete 2 steps"]


def test_qt_dialogs_speak_dutch(shell: Shell, qapp: QApplication, tmp_path: Path) -> None:
    files = QFileDialog(shell.window, "Openen", str(tmp_path), "Procesmodellen (*.json)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {plain(label.text()) for label in files.findChildren(QLabel)}
    assert {"Zoeken in:", "Bestandstype:", "Bestandsnaam:"} <= labels
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "SEC Workshop",
        "Doorgaan?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    assert {plain(b.text()) for b in box.buttons()} == {"Ja", "Annuleren"}
    files.deleteLater()
    box.deleteLater()


def test_the_english_window_shows_catalogues_and_plurals_in_english(
    shell: Shell, qapp: QApplication
) -> None:
    shell.window.open_demo()
    shell.window.findChild(QAction, "language_en").trigger()
    window = shell.window
    page = window.wijk_page
    page.show_tab(page.STAKEHOLDERS)
    settle(qapp)
    gallery = page.stakeholders.gallery
    assert gallery is not None
    cells = {s.text for s in painted_texts(gallery.view.viewport(), "cards")}
    assert {"Tenants", "Housing association", "Municipality"} & {
        part for text in cells for part in text.split(" · ")
    }
    assert not {"Huurders", "Woningcorporatie", "Gemeente"} & {
        part for text in cells for part in text.split(" · ")
    }
    assert {"loneliness", "poverty"} & cells  # koppelkansen chips
    page.show_tab(page.BOARDS)
    settle(qapp)
    boards = page.boards.list.table
    templates = {boards.item(r, 2).text() for r in range(boards.rowCount())}
    assert "Kansen en belemmeringen" not in templates
    chosen = next(r for r in range(boards.rowCount()) if boards.item(r, 2).text() != "Empty board")
    boards.selectRow(chosen)
    board = page.boards.selected_board()
    assert board is not None
    editor = page.boards.open_board(board.id)
    settle(qapp)
    zones = [z.title for z in editor.doc.template.zones] if editor.doc.template else []
    assert zones and all(z == z.encode("ascii", "ignore").decode() for z in zones), zones
    painted = {s.text for s in scene_texts(editor.scene, "board")}
    assert set(zones) <= painted
    # Chrome of the English window is English: no Dutch translation of ours shows there.
    catalogue = read_catalogue()
    dutch_only = catalogue.dutch - {plain(s) for s in catalogue.untranslated} - data_texts()
    sources = _all_sources()
    leaked = sorted(
        {
            f"{s.where}: {plain(s.text)!r}"
            for s in widget_texts(window, "english")
            if plain(s.text) in dutch_only
            and plain(s.text) not in sources
            and "row" not in s.where
            and "painted" not in s.where
            and "Browser" not in s.where
        }
    )
    assert leaked == []


def _all_sources() -> set[str]:
    return {plain(m.findtext("source") or "") for m in ET.parse(TS).getroot().iter("message")}


# --- the tooling: packaging/translations.py ---------------------------------------------------
def _tooling() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_check_finds_texts_that_lupdate_cannot_see() -> None:
    code = """
class SessionsView(QWidget):
    def show(self, steps):
        html = f"<h3>{escape(self.tr('Action items'))}</h3>"
        title = QCoreApplication.translate("Commands", "Move %n step(s)", None, len(steps))
        fine = self.tr("Decisions")
"""
    found = _tooling().texts_in(code, "views.py")
    assert found == {
        ("SessionsView", "Action items"): "views.py:4",
        ("Commands", "Move %n step(s)"): "views.py:5",
        ("SessionsView", "Decisions"): "views.py:6",
    }


def test_update_makes_every_n_text_a_plural_and_keeps_its_forms(tmp_path: Path) -> None:
    tooling = _tooling()
    ts = tmp_path / "x_nl.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ModelCommands</name>
    <message>
        <source>Move %n step(s)</source>
        <translation type="unfinished">%n stap verplaatsen</translation>
    </message>
    <message>
        <source>Delete %n step(s)</source>
        <translation>%n stap(pen) verwijderen</translation>
    </message>
    <message>
        <source>Connect steps</source>
        <translation>Stappen verbinden</translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    kept = {("ModelCommands", "Move %n step(s)"): ["%n stap verplaatsen", "%n stappen verplaatsen"]}
    tooling._mark_plurals(ts, kept, "nl")
    found = tooling.messages(ts)
    move = found[("ModelCommands", "Move %n step(s)")]
    assert move.numerus and move.kind is None
    assert move.forms == ["%n stap verplaatsen", "%n stappen verplaatsen"]
    delete = found[("ModelCommands", "Delete %n step(s)")]
    assert delete.numerus and delete.kind == "unfinished"  # its second form is to be written
    assert not found[("ModelCommands", "Connect steps")].numerus
    problems = tooling.problems_of("nl", ("ModelCommands", "Delete %n step(s)"), delete)
    assert problems and problems[0].startswith("unfinished")
    tooling._keep_only_plurals(ts)
    assert set(tooling.messages(ts)) == {
        ("ModelCommands", "Move %n step(s)"),
        ("ModelCommands", "Delete %n step(s)"),
    }


def test_a_translation_that_drops_a_placeholder_or_shortcut_is_a_problem() -> None:
    tooling = _tooling()
    message = tooling.Message("&Rename “%1”…", ["“%1” hernoemen…"], None, False)
    problems = tooling.problems_of("nl", ("X", message.source), message)
    assert len(problems) == 1 and "shortcut" in problems[0]
    message = tooling.Message("Version %1", ["Versie"], None, False)
    assert "drops %1" in tooling.problems_of("nl", ("X", message.source), message)[0]
