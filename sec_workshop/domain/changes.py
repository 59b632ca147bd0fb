"""A change notice: what one committed write changed, by record kind and id.

Every write through a service ends in one notice (storage collects it while the transaction
runs); the window hands it to every open document and view, and each reloads only what
concerns it. ``origin`` is whoever asked for the write (a document), so that it can pass
over its own notice: it has already taken the change in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    by_kind: Mapping[str, frozenset[str]] = field(default_factory=dict)
    everything: bool = False  # a restored backup: reload all
    origin: object | None = None

    @classmethod
    def of(
        cls,
        collected: Mapping[str, Iterable[str]],
        origin: object | None = None,
        everything: bool = False,
    ) -> Changes:
        return cls(
            {kind: frozenset(ids) for kind, ids in collected.items() if ids},
            everything=everything,
            origin=origin,
        )

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.by_kind)

    def touches(self, *kinds: str) -> bool:
        """Whether records of any of ``kinds`` changed (always, when everything did)."""
        return self.everything or any(kind in self.by_kind for kind in kinds)

    def ids(self, kind: str) -> frozenset[str]:
        return self.by_kind.get(kind, frozenset())

    def __bool__(self) -> bool:
        return self.everything or bool(self.by_kind)
