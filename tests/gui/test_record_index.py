"""The document's records by id with an index by key (steps by cell, links by step)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sec_workshop.domain.process import Step
from sec_workshop.gui.common.record_index import IndexedRecords


def _step(lane: str, phase: str, position: int = 0) -> Step:
    return Step(model_id="m", lane_id=lane, phase_id=phase, position=position, title="t")


def _cell(step: Step) -> tuple[str, str]:
    return step.lane_id, step.phase_id


def test_every_way_of_writing_keeps_the_index_true() -> None:
    a, b, c = _step("l1", "p1"), _step("l1", "p1", 1), _step("l2", "p1")
    records = IndexedRecords(_cell, [a, b])
    records[c.id] = c
    assert records.ids_with(("l1", "p1")) == {a.id, b.id}
    records[a.id] = replace(a, lane_id="l2")  # moved to another cell
    assert records.ids_with(("l1", "p1")) == {b.id}
    assert records.ids_with(("l2", "p1")) == {a.id, c.id}
    assert records.pop(b.id) == b
    assert records.pop(b.id, None) is None
    with pytest.raises(KeyError):
        records.pop(b.id)
    assert records.ids_with(("l1", "p1")) == set()
    del records[c.id]
    records.update({b.id: b})
    records.setdefault(c.id, c)
    assert records.ids_with(("l2", "p1")) == {a.id, c.id}
    assert records.ids_with(("l1", "p1")) == {b.id}
    records.popitem()
    assert sum(len(records.ids_with(k)) for k in {_cell(s) for s in (a, b, c)}) == len(records)
    records.clear()
    assert records.ids_with(("l2", "p1")) == set()
    assert dict(records) == {}
