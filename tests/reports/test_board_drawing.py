"""The board as a vector picture: many notes, user text printed literally, hidden notes left
out, notes far apart drawn at once to the same picture."""

from __future__ import annotations

import dataclasses
import time

import pypdfium2 as pdfium
import pytest

from sec_workshop.domain.board import Board, Note, NoteLink, Vote
from sec_workshop.domain.enums import NoteColor, NoteKind
from sec_workshop.domain.views import BoardContent
from sec_workshop.reports import board_drawing as board_drawing_module
from sec_workshop.reports.base import PAGE_SIZES, PdfInfo, build_pdf
from sec_workshop.reports.board_drawing import BoardPicture, board_drawing, fitted
from sec_workshop.reports.data import BoardData


def _text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def _board(count: int) -> BoardData:
    board = Board(session_id="s", title="Bord")
    colors = list(NoteColor)
    notes = [
        Note(
            board_id=board.id,
            text=f"Briefje {i}: warmte en kosten",
            x=(i % 20) * 200.0,
            y=(i // 20) * 140.0,
            color=colors[i % len(colors)],
        )
        for i in range(count)
    ]
    special = Note(board_id=board.id, text="<b>&amp; x", x=0, y=-300)
    hidden = Note(
        board_id=board.id, text="Alleen voor de begeleider", x=400, y=-300, facilitator_only=True
    )
    notes += [special, hidden]
    links = (
        NoteLink(board_id=board.id, from_note_id=notes[0].id, to_note_id=notes[-3].id),
        NoteLink(board_id=board.id, from_note_id=special.id, to_note_id=hidden.id),
    )
    votes = (Vote(round_id="r", note_id=special.id, count=7),)
    content = BoardContent(board, tuple(notes), (), links, (), votes, ())
    return BoardData(content, None)


def test_a_board_of_200_notes_prints_its_text_literally_and_not_the_hidden_note() -> None:
    data = _board(200)
    size = PAGE_SIZES["A3-landscape"]
    started = time.perf_counter()
    drawing = board_drawing(data, 900)
    assert time.perf_counter() - started < 2.0
    assert drawing.width == 900
    assert drawing.height < size[1] - 100
    pdf = build_pdf([drawing], PdfInfo("Bord", "", "Wijk", "1 mei"), size)
    text = _text(pdf)
    assert "<b>&amp; x" in text
    assert "Briefje 199" in text
    assert "Alleen voor de begeleider" not in text
    assert "7" in text  # the dot badge


def test_a_note_without_dots_can_leave_them_out() -> None:
    data = _board(3)
    content = dataclasses.replace(data.content, votes=())
    drawing = board_drawing(BoardData(content, None), 500, show_dots=False)
    assert drawing.height > 0


def test_long_text_is_cut_to_the_note() -> None:
    size, lines = fitted("woord " * 500, 160, 100, (26.0, 10.0), "OpenSans")
    assert size == 10.0
    assert lines[-1].endswith("…")
    assert len(lines) <= 100 // (10 * 1.25) + 1


def test_the_report_picture_has_the_scaled_size_and_prints_the_notes() -> None:
    data = _board(40)
    picture = BoardPicture(data, 600)
    width, height = picture.wrap(800, 800)
    assert width == 600
    assert 0 < height < 600
    text = _text(build_pdf([picture], PdfInfo("Bord", "", "Wijk", "1 mei"), PAGE_SIZES["A4"]))
    assert "Briefje 39" in text
    assert "Alleen voor de begeleider" not in text


def _spaced_board() -> BoardData:
    """Notes of every colour and kind, some with dots, none near another."""
    board = Board(session_id="s", title="Bord")
    colors = list(NoteColor)
    texts = ["Warmte voor iedereen", "\nna een lege regel", "x" * 80, "ë € – 😀", "<b>&amp;</b>"]
    notes = [
        Note(
            board_id=board.id,
            text=f"{texts[i % len(texts)]} {i}",
            x=(i % 8) * 230.0,
            y=(i // 8) * 160.0,
            color=colors[i % len(colors)],
            kind=NoteKind.LABEL if i % 11 == 5 else NoteKind.NOTE,
            z=float(-i),
        )
        for i in range(48)
    ]
    votes = tuple(
        Vote(round_id="r", note_id=note.id, count=(1, 12, 1500)[i % 3])
        for i, note in enumerate(notes)
        if i % 2
    )
    return BoardData(BoardContent(board, tuple(notes), (), (), (), votes, ()), None)


def _pixels(pdf: bytes) -> bytes:
    doc = pdfium.PdfDocument(pdf)
    try:
        return bytes(doc[0].render(scale=3).to_pil().convert("RGB").tobytes())
    finally:
        doc.close()


def test_notes_apart_look_the_same_drawn_at_once_as_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _spaced_board()
    assert board_drawing_module._apart(board_drawing_module.visible_notes(data))
    info = PdfInfo("Bord", "", "Wijk", "1 mei")
    at_once = build_pdf([BoardPicture(data, 500)], info, PAGE_SIZES["A4"])
    monkeypatch.setattr(board_drawing_module, "_apart", lambda notes: False)
    one_by_one = build_pdf([BoardPicture(data, 500)], info, PAGE_SIZES["A4"])
    assert at_once != one_by_one  # drawn differently ...
    assert _pixels(at_once) == _pixels(one_by_one)  # ... to the same picture


def test_notes_that_touch_or_are_too_narrow_are_drawn_one_by_one() -> None:
    board = Board(session_id="s", title="Bord")
    first = Note(board_id=board.id, text="a", x=0, y=0)
    assert board_drawing_module._apart([first, dataclasses.replace(first, id="b", x=300)])
    near = dataclasses.replace(first, id="c", x=first.width + 10)  # the shadows would meet
    assert not board_drawing_module._apart([first, near])
    narrow = dataclasses.replace(first, id="d", x=900, width=40)
    assert not board_drawing_module._apart([first, narrow])


@pytest.mark.parametrize("at_once", [True, False])
def test_a_blank_first_line_takes_one_line_of_the_note(
    at_once: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not at_once:
        monkeypatch.setattr(board_drawing_module, "_apart", lambda notes: False)
    board = Board(session_id="s", title="Bord")
    notes = (
        Note(board_id=board.id, text="Eerst\nwoordje", x=0, y=0),
        Note(board_id=board.id, text="\nwoordje", x=400, y=0),
    )
    content = BoardContent(board, notes, (), (), (), (Vote(round_id="r", note_id=notes[0].id),), ())
    pdf = build_pdf(
        [BoardPicture(BoardData(content, None), 400)],
        PdfInfo("Bord", "", "Wijk", "1 mei"),
        PAGE_SIZES["A4"],
    )
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0].get_textpage()
        text = page.get_text_range()
        first = text.index("woordje")
        second = text.index("woordje", first + 1)
        tops = [page.get_charbox(index)[3] for index in (first, second)]
    finally:
        doc.close()
    assert abs(tops[0] - tops[1]) < 0.01
