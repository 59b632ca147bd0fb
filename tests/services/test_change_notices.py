"""Every committed write through a service tells what it changed, by kind and id; a write
that fails tells nothing; whoever asked is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.board import Board
from sec_workshop.domain.bundle import BUNDLE_PARTS, WijkBundle
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.kinds import BUNDLE_KINDS, KINDS
from sec_workshop.domain.session import Session
from sec_workshop.domain.wijk import Wijk
from sec_workshop.services.maintenance import Reason
from sec_workshop.services.workspace import Workspace
from sec_workshop.storage import store, tables


def _heard(workspace: Workspace) -> list[Changes]:
    heard: list[Changes] = []
    workspace.subscribe(heard.append)
    return heard


def test_a_new_board_with_its_session_names_both(workspace: Workspace) -> None:
    wijk = workspace.wijken.create(Wijk(name="Lombok")).wijk
    heard = _heard(workspace)
    session = Session(wijk_id=wijk.id, title="Bewonersavond")
    board = Board(session_id=session.id, title="Wensen")
    origin = object()
    with workspace.acting_for(origin):
        workspace.board_editing.create_board(board, session)
    assert len(heard) == 1
    notice = heard[0]
    assert notice.ids("session") == {session.id} and notice.ids("board") == {board.id}
    assert notice.origin is origin
    assert notice.touches("session") and not notice.touches("stakeholder")


def test_a_failed_write_tells_nothing_and_reads_tell_nothing(workspace: Workspace) -> None:
    heard = _heard(workspace)
    with pytest.raises(DomainError):
        workspace.wijken.create(Wijk(name=""))
    workspace.wijken.list()
    assert heard == []


def test_renames_moves_and_deletes_are_told(workspace: Workspace) -> None:
    wijk_id = workspace.demo.add().wijk_id
    heard = _heard(workspace)
    workspace.wijken.rename(wijk_id, "Vogelwijk")
    assert heard[-1].ids("wijk") == {wijk_id} and heard[-1].origin is None
    bundle = workspace.wijken.delete(wijk_id)
    deleted = heard[-1]
    assert deleted.ids("wijk") == {wijk_id}
    assert deleted.ids("note") == {n.id for n in bundle.notes}
    assert deleted.ids("step") == {s.id for s in bundle.steps}


def test_a_restored_backup_tells_that_everything_changed(workspace: Workspace) -> None:
    backup = workspace.maintenance.backup(Reason.MANUAL)
    workspace.demo.add()
    heard = _heard(workspace)
    workspace.restore_backup(backup)
    assert heard and heard[-1].everything and heard[-1].touches("session")


def test_one_list_of_kinds_gives_tables_and_bundles(data_dir: Path) -> None:
    assert {k.key for k in KINDS} == {t for t in tables.metadata.tables} - {
        "alembic_version",
        "meta",
        "tombstone",
    }
    assert set(store.TABLE_OF) == {k.cls for k in KINDS}
    fields = [f for f in WijkBundle.__dataclass_fields__ if f != "wijk"]
    assert list(BUNDLE_PARTS) == fields == [k.part for k in BUNDLE_KINDS]
    keys = [k.key for k in KINDS]
    for kind in BUNDLE_KINDS:  # parents come first, so a bundle inserts in this order
        assert kind.parent in keys and keys.index(kind.parent) < keys.index(kind.key)
        assert kind.via in kind.cls.__dataclass_fields__
