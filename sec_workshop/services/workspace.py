"""An open data folder with its services: what the window and the command line work on."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from sec_workshop.domain.changes import Changes
from sec_workshop.services.board_editing import BoardEditService
from sec_workshop.services.boards import BoardService
from sec_workshop.services.demo import DemoService
from sec_workshop.services.koppelkansen import KoppelkansService
from sec_workshop.services.library import LibraryService
from sec_workshop.services.maintenance import MaintenanceService
from sec_workshop.services.model_editing import ModelEditService
from sec_workshop.services.models import ModelService
from sec_workshop.services.outputs import OutputService
from sec_workshop.services.reports import ReportService
from sec_workshop.services.roadmap_check import RoadmapCheckService
from sec_workshop.services.session_editing import SessionEditService
from sec_workshop.services.sessions import SessionService
from sec_workshop.services.stakeholders import StakeholderService
from sec_workshop.services.wijken import WijkService
from sec_workshop.storage.database import DatabaseDamagedError as DatabaseDamagedError
from sec_workshop.storage.database import SchemaTooNewError as SchemaTooNewError
from sec_workshop.storage.lock import LockedError as LockedError
from sec_workshop.storage.opening import OpenedStore, open_store


class Workspace:
    def __init__(self, store: OpenedStore) -> None:
        self._store = store
        db = store.db
        self.library = LibraryService(db)
        self.wijken = WijkService(db)
        self.models = ModelService(db)
        self.editing = ModelEditService(db)
        self.sessions = SessionService(db)
        self.session_editing = SessionEditService(db)
        self.stakeholders = StakeholderService(db, self.library)
        self.boards = BoardService(db)
        self.board_editing = BoardEditService(db)
        self.demo = DemoService(db, self.library)
        self.reports = ReportService(db, self.library)
        self.check = RoadmapCheckService(db)
        self.koppelkansen = KoppelkansService(db)
        self.maintenance = MaintenanceService(store)
        self.outputs = OutputService(store.folder)

    @classmethod
    def open(cls, folder: Path) -> Workspace:
        """Lock, check, migrate and seed the shipped library; see ``open_store``."""
        store = open_store(folder)
        try:
            workspace = cls(store)
            workspace.library.ensure_shipped_content()
        except BaseException:
            store.close()
            raise
        return workspace

    def restore_backup(self, source: Path) -> Path:
        """Restore a backup (see ``MaintenanceService.restore``); shipped content it lacks
        (an older backup) is added again. Returns the backup of the state before. Every
        view is told that everything changed."""
        safety = self.maintenance.restore(source)
        self.library.ensure_shipped_content(force=True)
        self._store.db.publish(Changes(everything=True))
        return safety

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Be told what every committed write changed (see ``domain.changes``); returns the
        call that ends it."""
        return self._store.db.subscribe(listener)

    def acting_for(self, origin: object) -> AbstractContextManager[None]:
        """Mark the writes inside as asked for by ``origin`` (a document), which then passes
        over their change notices."""
        return self._store.db.acting_for(origin)

    @property
    def folder(self) -> Path:
        return self._store.folder

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
