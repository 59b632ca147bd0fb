"""*Briefjes importeren* in the board editor: the file is previewed, a bad file names its
line and adds nothing, and the import is one undo step (checked in the database)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from sec_workshop.gui.board.editor import BoardEditorWidget
from sec_workshop.gui.board.import_dialog import BoardImportDialog

CSV = (
    "tekst;kleur;cluster;stemmen\n"
    "Wie betaalt dat?;roze;Kosten;3\n"
    "<b>markup</b> & zo;geel;;\n"
    "Subsidie aanvragen;groen;kosten;2\n"
    "Tocht bij de ramen;;Comfort;\n"
)


def _db(editor: BoardEditorWidget):  # type: ignore[no-untyped-def]
    return editor.doc.workspace.boards.content(editor.doc.board_id)


def _cells(dialog: BoardImportDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole)) for c in range(4)]
        for r in range(model.rowCount())
    ]


def _import(
    editor: BoardEditorWidget, path: Path, monkeypatch: pytest.MonkeyPatch, accept: bool = True
) -> list[BoardImportDialog]:
    seen: list[BoardImportDialog] = []

    def run(dialog: BoardImportDialog) -> int:
        seen.append(dialog)
        if accept and dialog.import_button.isEnabled():
            dialog.import_button.click()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(BoardImportDialog, "exec", run)
    editor.choose_open_file = lambda caption, filters: str(path)
    editor.import_action.trigger()
    return seen


def test_the_preview_shows_a_csv_and_importing_is_one_undo_step(
    editor: BoardEditorWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "briefjes.csv"
    path.write_text(CSV, encoding="utf-8")
    existing = editor.add_note(QPointF(100, 100), text="Er was al iets")
    assert existing is not None
    before = _db(editor)

    (dialog,) = _import(editor, path, monkeypatch)
    assert dialog.summary.text() == "4 plakbriefjes, 2 clusters, 5 papieren stippen"
    assert _cells(dialog) == [
        ["Wie betaalt dat?", "Roze: zorg", "Kosten", "3"],
        ["<b>markup</b> & zo", "Geel: idee", "", ""],
        ["Subsidie aanvragen", "Groen: kans", "kosten", "2"],
        ["Tocht bij de ramen", "Geel: idee", "Comfort", ""],
    ]
    after = _db(editor)
    assert len(after.notes) == len(before.notes) + 4
    assert {c.title for c in after.clusters} == {"Kosten", "Comfort"}
    assert sum(v.count for v in after.votes) == 5
    markup = next(n for n in after.notes if n.text.startswith("<b>"))
    # Shown literally in the list too.
    assert editor.list_panel._rows[markup.id].text() == "<b>markup</b> & zo"
    assert editor.list_panel.count_label.text() == "5 plakbriefjes in 2 clusters"

    editor.doc.undo_stack.undo()  # all of it in one step
    undone = _db(editor)
    assert [n.id for n in undone.notes] == [existing.id]
    assert undone.clusters == () and undone.votes == ()
    assert editor.list_panel.count_label.text() == "1 plakbriefje in 0 clusters"
    editor.doc.undo_stack.redo()
    assert len(_db(editor).notes) == 5


def test_a_broken_csv_names_its_line_and_changes_nothing(
    editor: BoardEditorWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kapot.csv"
    path.write_text("tekst,kleur\nGoed,geel\nFout,turquoise\n", encoding="utf-8")
    (dialog,) = _import(editor, path, monkeypatch)
    assert dialog.notes == []
    assert "Regel 3" in dialog.summary.text() and "turquoise" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert _db(editor).notes == ()
    assert editor.doc.undo_stack.count() == 0


def test_a_binary_file_is_refused(
    editor: BoardEditorWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "foto.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (dialog,) = _import(editor, path, monkeypatch)
    assert dialog.summary.text() == "Dit is geen tekstbestand."
    assert _db(editor).notes == ()


def test_a_huge_file_is_refused_before_it_is_read(
    editor: BoardEditorWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "groot.txt"
    with path.open("wb") as fh:
        fh.truncate(6 * 1024 * 1024)
    (dialog,) = _import(editor, path, monkeypatch)
    assert "te groot" in dialog.summary.text()
    assert _db(editor).notes == ()


def test_cancelling_imports_nothing(
    editor: BoardEditorWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "briefjes.txt"
    path.write_text("Een\n\nTwee\n", encoding="utf-8")
    (dialog,) = _import(editor, path, monkeypatch, accept=False)
    assert dialog.summary.text() == "2 plakbriefjes, 0 clusters, 0 papieren stippen"
    assert _db(editor).notes == ()


def test_many_imported_notes_rebuild_the_list_in_one_go(
    editor: BoardEditorWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "veel.csv"
    rows = [f"Briefje {i};{'Cluster ' + str(i % 7) if i % 3 else ''}" for i in range(2000)]
    path.write_text("text;cluster\n" + "\n".join(rows), encoding="utf-8")
    _import(editor, path, monkeypatch)
    panel = editor.list_panel
    assert panel.count_label.text() == "2000 plakbriefjes in 7 clusters"
    assert len(panel._rows) == 2000 + 7 + 2
    editor.doc.undo_stack.undo()
    assert panel.count_label.text() == "0 plakbriefjes in 0 clusters"
    assert len(panel._rows) == 2
