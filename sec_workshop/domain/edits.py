"""An edit: what one action changed, as every touched record before and after it.

A service's intent method (add a step, place a dot) checks the rules, writes, and returns
the edit; undo brings the records to the edit's ``inverted()`` side, redo to the edit's own.
An edit may carry a note (a history code with its parameters) that names the adaptation in
words, so that an undo or redo can say which adaptation it took back or did again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sec_workshop.domain.base import Record

R = TypeVar("R", bound=Record)


@dataclass(frozen=True, slots=True)
class EditNote:
    """What an edit was, as a history entry: its code and parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


# No slots: a slotted frozen class cannot be made through its generic alias (``BoardEdit``).
@dataclass(frozen=True)
class Edit(Generic[R]):
    """Every touched record before and after one action (``None``: not there).

    ``undoing`` is set on the inverse of an edit: bringing it about takes back the
    adaptation that ``note`` names (inverting again gives the edit itself back).
    """

    changes: tuple[tuple[R | None, R | None], ...] = ()
    note: EditNote | None = None
    undoing: bool = False

    def inverted(self) -> Edit[R]:
        changes = tuple((after, before) for before, after in reversed(self.changes))
        return Edit(changes, self.note, not self.undoing)

    @property
    def upserts(self) -> list[R]:
        """The records as the edit leaves them (new or changed)."""
        return [after for _, after in self.changes if after is not None]

    @property
    def deletes(self) -> list[R]:
        """The records the edit takes away, as they were."""
        return [before for before, after in self.changes if after is None and before is not None]

    def then(self, later: Edit[R]) -> Edit[R]:
        """This edit and a later one as one: each record from its first ``before`` to its
        last ``after``; records that end as they began are left out. The later note names
        the whole (typing in a field: the latest text)."""
        first: dict[tuple[type, str], R | None] = {}
        last: dict[tuple[type, str], R | None] = {}
        for before, after in (*self.changes, *later.changes):
            record = before if before is not None else after
            if record is None:
                continue
            key = (type(record), record.id)
            first.setdefault(key, before)
            last[key] = after
        changes = tuple((first[k], last[k]) for k in first if not _same(first[k], last[k]))
        return Edit(changes, later.note or self.note, self.undoing)

    def __bool__(self) -> bool:
        return bool(self.changes)


def _same(before: Record | None, after: Record | None) -> bool:
    """Whether a record ends as it began (when it was last written does not count)."""
    if before is None or after is None:
        return before is after
    if type(before) is not type(after):
        return False
    return dataclasses.replace(before, updated_at=after.updated_at) == after
