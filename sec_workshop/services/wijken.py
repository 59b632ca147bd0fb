"""Use cases on wijken: list, create with a roadmap, rename, change, delete and bring back."""

from __future__ import annotations

from dataclasses import replace

from sec_workshop.domain.base import DomainError, NotFoundError
from sec_workshop.domain.bundle import WijkBundle
from sec_workshop.domain.enums import ModelKind
from sec_workshop.domain.process import ProcessModel
from sec_workshop.domain.wijk import Wijk, clean_name, validate_wijk
from sec_workshop.services.builder import copy_model
from sec_workshop.services.bundles import delete_bundle, insert_bundle, read_bundle
from sec_workshop.services.models import history_entry, read_content
from sec_workshop.storage import store
from sec_workshop.storage.database import Database


class WijkService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[Wijk]:
        with self._db.read() as conn:
            wijken = store.list_where(conn, Wijk)
        return sorted(wijken, key=lambda w: w.name.casefold())

    def get(self, wijk_id: str) -> Wijk:
        with self._db.read() as conn:
            wijk = store.find(conn, Wijk, wijk_id)
        if wijk is None:
            raise NotFoundError("wijk.not_found", id=wijk_id)
        return wijk

    def create(self, wijk: Wijk, template_id: str | None = None) -> WijkBundle:
        """Store a new wijk and, when a template is given, its own roadmap copied from it."""
        wijk = validate_wijk(replace(wijk, name=clean_name(wijk.name)))
        with self._db.write() as conn:
            store.insert_record(conn, wijk)
            if template_id is not None:
                template = store.get(conn, ProcessModel, template_id)
                content = read_content(conn, template.id)
                model, records, _ids = copy_model(
                    content,
                    name=f"Routekaart {wijk.name}",
                    kind=ModelKind.ROADMAP,
                    wijk_id=wijk.id,
                )
                records.append(
                    history_entry(model.id, "roadmap.created", {"template": template.name})
                )
                store.insert_records(conn, records)
            return read_bundle(conn, wijk.id)

    def rename(self, wijk_id: str, name: str) -> Wijk:
        name = clean_name(name)
        with self._db.write() as conn:
            store.update_fields(conn, Wijk, wijk_id, name=name)
            return store.get(conn, Wijk, wijk_id)

    def update(self, wijk: Wijk) -> Wijk:
        wijk = validate_wijk(replace(wijk, name=clean_name(wijk.name)))
        with self._db.write() as conn:
            return store.save_record(conn, wijk)

    def delete(self, wijk_id: str) -> WijkBundle:
        """Delete a wijk with everything under it; the returned bundle can restore it."""
        with self._db.write() as conn:
            bundle = read_bundle(conn, wijk_id)
            delete_bundle(conn, bundle)
            return bundle

    def restore(self, bundle: WijkBundle) -> None:
        """Put a deleted wijk back with the same ids (undo of a delete)."""
        with self._db.write() as conn:
            if store.find(conn, Wijk, bundle.wijk.id) is not None:
                raise DomainError("wijk.already_exists", name=bundle.wijk.name)
            insert_bundle(conn, bundle)

    def bundle(self, wijk_id: str) -> WijkBundle:
        with self._db.read() as conn:
            return read_bundle(conn, wijk_id)
