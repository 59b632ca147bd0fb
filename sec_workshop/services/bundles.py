"""Reading a whole wijk as a ``WijkBundle``, deleting it with tombstones, and putting it back."""

from __future__ import annotations

from sec_workshop.domain.base import Record, utc_now
from sec_workshop.domain.bundle import BUNDLE_PARTS, WijkBundle
from sec_workshop.domain.kinds import BUNDLE_KINDS
from sec_workshop.domain.wijk import Wijk
from sec_workshop.storage import store
from sec_workshop.storage.database import Tx


def read_bundle(conn: Tx, wijk_id: str) -> WijkBundle:
    """A wijk and everything under it, each kind read through the record it belongs to."""
    wijk = store.get(conn, Wijk, wijk_id)
    ids: dict[str, list[str]] = {"wijk": [wijk.id]}
    parts: dict[str, tuple[Record, ...]] = {}
    for kind in BUNDLE_KINDS:
        assert kind.part and kind.parent and kind.via
        records = store.list_where(conn, kind.cls, **{kind.via: ids.get(kind.parent, [])})
        parts[kind.part] = tuple(records)
        ids[kind.key] = [r.id for r in records]
    return WijkBundle(wijk=wijk, **parts)  # type: ignore[arg-type]


def bundle_records(bundle: WijkBundle) -> list[Record]:
    """All records of a bundle in insertion order: the wijk, then its parts parents first."""
    records: list[Record] = [bundle.wijk]
    for part in BUNDLE_PARTS:
        records.extend(getattr(bundle, part))
    return records


def delete_bundle(conn: Tx, bundle: WijkBundle) -> None:
    store.delete_records(conn, bundle_records(bundle), utc_now())


def insert_bundle(conn: Tx, bundle: WijkBundle) -> None:
    store.insert_records(conn, bundle_records(bundle))
