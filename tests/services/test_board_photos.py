"""Photos of paper walls on a board: stored in one transaction, image data read on demand."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from sec_workshop.domain.base import NotFoundError, ValidationError
from sec_workshop.exchange.images import JPEG, PreparedPhoto, read_photo
from sec_workshop.services.workspace import Workspace


def _board(ws: Workspace) -> str:
    wijk_id = ws.demo.add().wijk_id
    return ws.boards.summaries(wijk_id)[0].board.id


def _prepared(tmp_path: Path) -> PreparedPhoto:
    buffer = io.BytesIO()
    Image.new("RGB", (3000, 2000), (200, 40, 40)).save(buffer, "JPEG")
    file = tmp_path / "Wand kansen.jpg"
    file.write_bytes(buffer.getvalue())
    return read_photo(file)


def test_a_photo_is_stored_and_its_data_read_back(workspace: Workspace, tmp_path: Path) -> None:
    board_id = _board(workspace)
    prepared = _prepared(tmp_path)
    before = len(workspace.boards.content(board_id).photos)

    photo = prepared.to_photo(board_id, 120.0, 340.0)
    workspace.board_editing.apply(board_id, [photo])

    assert photo.board_id == board_id
    assert (photo.x, photo.y, photo.scale) == (120.0, 340.0, 1.0)
    assert photo.caption == "Wand kansen"
    assert (photo.mime_type, photo.width_px, photo.height_px) == (JPEG, 2048, 1365)
    photos = workspace.boards.content(board_id).photos
    assert len(photos) == before + 1
    stored = next(p for p in photos if p.id == photo.id)
    # The board's content stays light; the image comes separately.
    assert stored.data == b""
    assert stored.caption == "Wand kansen" and stored.width_px == 2048
    data = workspace.boards.photo_data(photo.id)
    assert data == prepared.data
    assert Image.open(io.BytesIO(data)).size == (2048, 1365)


def test_a_photo_for_a_missing_board_stores_nothing(workspace: Workspace, tmp_path: Path) -> None:
    wijk_id = workspace.demo.add().wijk_id

    def all_photos() -> int:
        boards = workspace.boards.summaries(wijk_id)
        return sum(len(workspace.boards.content(b.board.id).photos) for b in boards)

    before = all_photos()
    with pytest.raises(NotFoundError) as caught:
        photo = _prepared(tmp_path).to_photo("no-such-board", 0.0, 0.0)
        workspace.board_editing.apply("no-such-board", [photo])
    assert caught.value.code == "board.not_found"
    assert all_photos() == before


def test_the_data_of_a_missing_photo_is_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError) as caught:
        workspace.boards.photo_data("no-such-photo")
    assert caught.value.code == "photo.not_found"


def test_a_prepared_photo_cannot_carry_an_overlong_caption() -> None:
    with pytest.raises(ValidationError) as caught:
        PreparedPhoto(mime_type=JPEG, width_px=10, height_px=10, data=b"x", caption="x" * 201)
    assert caught.value.code == "value.too_long"
