"""*Afdrukken en exporteren* (Ctrl+P): what is open decides what can be made; the first
pages show before saving; the PDF is built off the window's thread and can be stopped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from sec_workshop.domain.session import Session
from sec_workshop.gui.app import Shell
from sec_workshop.gui.reports.print_dialog import PrintDialog


def _open_dialog(shell: Shell, monkeypatch: pytest.MonkeyPatch) -> list[PrintDialog]:
    seen: list[PrintDialog] = []

    def keep(dialog: PrintDialog) -> int:
        seen.append(dialog)
        return 0

    monkeypatch.setattr(PrintDialog, "exec", keep)
    monkeypatch.setattr(PrintDialog, "deleteLater", lambda _self: None)
    return seen


def _choose_session(shell: Shell, chosen: Callable[[Session], bool]) -> None:
    """The demo open in *Sessies*, with the first session that ``chosen`` picks chosen."""
    window = shell.window
    window.open_demo()
    page = window.wijk_page
    page.show_tab(page.SESSIONS)
    summaries = shell.workspace.sessions.summaries(page.wijk_id or "")
    page.sessions.select_session(next(s.session.id for s in summaries if chosen(s.session)))


def _held(session: Session) -> bool:
    return session.status.value == "held"


def test_ctrl_p_on_a_session_previews_the_report_and_saves_it(
    qapp: QApplication, qtbot: QtBot, shell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shell.window
    window.resize(1400, 900)
    window.show()
    _choose_session(shell, _held)
    seen = _open_dialog(shell, monkeypatch)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+P opened no dialog"
    dialog = seen[0]
    keys = [k.key for k in dialog.kinds]
    assert keys[0] == "report" and {"cards", "roadmap-a3", "agenda", "script"} <= set(keys)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.list.horizontalScrollBar().isVisible()  # every title whole
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=60_000)
    previews = [w for w in dialog.preview.widget().findChildren(QLabel) if w.pixmap()]
    assert previews and previews[0].pixmap().width() > 300
    target = tmp_path / "verslag"
    dest = dialog.save_to(str(target))
    assert dest == tmp_path / "verslag.pdf"
    document = pypdfium2.PdfDocument(dest.read_bytes())
    assert len(document) >= 2
    document.close()
    assert dialog.folder_button.isEnabled()
    dialog.cancel()


def test_choosing_another_kind_while_one_is_made_keeps_only_the_last(
    qapp: QApplication, qtbot: QtBot, shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shell.window
    window.open_demo()
    seen = _open_dialog(shell, monkeypatch)
    window.print_and_export()
    dialog = seen[0]
    keys = [k.key for k in dialog.kinds]
    dialog.list.setCurrentRow(keys.index("roadmap-a3"))
    dialog.list.setCurrentRow(keys.index("cards"))
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=60_000)
    assert dialog.current_kind() is not None and dialog.current_kind().key == "cards"
    document = pypdfium2.PdfDocument(dialog.pdf)
    assert round(document[0].get_width()) == 595  # cards on A4, not the A3 poster
    document.close()
    dialog.cancel()


def test_sections_can_be_left_out_and_personal_data_put_in(
    qapp: QApplication, qtbot: QtBot, shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shell.window
    _choose_session(shell, _held)
    seen = _open_dialog(shell, monkeypatch)
    window.print_and_export()
    dialog = seen[0]
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=60_000)

    def text() -> str:
        assert dialog.pdf is not None
        document = pypdfium2.PdfDocument(dialog.pdf)
        try:
            return "".join(
                document[i].get_textpage().get_text_range() for i in range(len(document))
            )
        finally:
            document.close()

    assert "Besluiten" in text() and "@" not in text()
    dialog.section_boxes["decisions"].click()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=60_000)
    assert "Besluiten" not in text()
    dialog.personal.click()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=60_000)
    assert "@" in text()  # contact e-mail addresses, asked for
    dialog.cancel()


def test_annuleren_stops_the_pdf_being_made(
    qapp: QApplication, qtbot: QtBot, shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shell.window
    window.open_demo()
    seen = _open_dialog(shell, monkeypatch)
    window.print_and_export()
    dialog = seen[0]
    dialog.cancel()
    dialog.make()  # the chosen one, asked for again
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Gestopt.", timeout=10_000)
    assert dialog.pdf is None and not dialog.save_button.isEnabled()
    assert not dialog.cancel_button.isVisible()


def test_the_work_forms_of_the_session_print_as_sheets(
    qapp: QApplication, qtbot: QtBot, shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The session's agenda uses the Wijksafari: its sheet, with the observation sheet, is
    offered beside the session's reports and made from the dialog."""
    window = shell.window
    _choose_session(shell, lambda session: session.title.startswith("Wijksafari"))
    seen = _open_dialog(shell, monkeypatch)
    window.print_and_export()
    dialog = seen[0]
    titles = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    sheets = [t for t in titles if t.startswith("Werkvormblad: ")]
    assert "Werkvormblad: Wijksafari" in sheets
    assert len(sheets) == len(set(sheets))  # each work form once
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=60_000)
    dialog.list.setCurrentRow(titles.index("Werkvormblad: Wijksafari"))
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=60_000)
    document = pypdfium2.PdfDocument(dialog.pdf)
    try:
        text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()
    assert "Wijksafari" in text and "Zien" in text
    dialog.cancel()
