"""Records by id that also know which ids share a key (the steps of one cell, the instrument
links of one step), so that a document answers those questions without scanning them all."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

from sec_workshop.domain.base import Record

R = TypeVar("R", bound=Record)
K = TypeVar("K", bound=Hashable)

_MISSING: Any = object()


class IndexedRecords(dict[str, R], Generic[R, K]):
    """A dict of records by id whose every write also updates an index by ``key(record)``.

    Written to like any dict (``[id] = record``, ``pop``, ``del``); ``ids_with(key)`` gives the
    ids of the records that have that key now.
    """

    def __init__(self, key: Callable[[R], K], records: Iterable[R] = ()) -> None:
        super().__init__()
        self._key = key
        self._index: dict[K, set[str]] = {}
        for record in records:
            self[record.id] = record

    def ids_with(self, key: K) -> set[str]:
        return self._index.get(key, set())

    def __setitem__(self, record_id: str, record: R) -> None:
        old = super().get(record_id)
        if old is not None:
            self._unindex(record_id, old)
        super().__setitem__(record_id, record)
        self._index.setdefault(self._key(record), set()).add(record_id)

    def __delitem__(self, record_id: str) -> None:
        self._unindex(record_id, self[record_id])
        super().__delitem__(record_id)

    def pop(self, record_id: str, default: Any = _MISSING) -> Any:
        if record_id in self:
            record = self[record_id]
            del self[record_id]
            return record
        if default is _MISSING:
            raise KeyError(record_id)
        return default

    def clear(self) -> None:
        super().clear()
        self._index.clear()

    def setdefault(self, record_id: str, record: R) -> R:
        if record_id not in self:
            self[record_id] = record
        return self[record_id]

    def update(self, *args: Any, **kwargs: Any) -> None:
        for record_id, record in dict(*args, **kwargs).items():
            self[record_id] = record

    def popitem(self) -> tuple[str, R]:
        record_id, record = super().popitem()
        self._unindex(record_id, record)
        return record_id, record

    def _unindex(self, record_id: str, record: R) -> None:
        key = self._key(record)
        ids = self._index.get(key)
        if ids is not None:
            ids.discard(record_id)
            if not ids:
                del self._index[key]
