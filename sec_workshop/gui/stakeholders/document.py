"""The stakeholders of one wijk opened for editing: the copy every stakeholder view shows (the
card gallery, the invloed-belangmatrix, the editor), one undo stack, and one signal that
says exactly what changed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from sec_workshop.domain.base import Record
from sec_workshop.domain.changes import Changes
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.stakeholder import Stakeholder, StakeholderType
from sec_workshop.exchange.stakeholders_file import StakeholderSheet
from sec_workshop.gui.common.change_relay import watch_changes
from sec_workshop.gui.common.document import Document
from sec_workshop.services.stakeholders import Forgotten, StakeholderLinks
from sec_workshop.services.workspace import Workspace

# What other views change that the cards show: the stakeholders themselves, their links to
# steps and sessions, and the titles of those steps and sessions.
WATCHED = ("stakeholder", "step_stakeholder", "session_stakeholder", "step", "session")


class StakeholdersDocument(Document):
    """Every change goes through ``StakeholderService`` (one transaction) and then updates
    this copy and emits ``changed`` with the ids of the stakeholders it touched; a change
    made elsewhere (another tab, an import) reloads the copy and emits ``reset``."""

    changed = Signal(list)  # ids of stakeholders added, changed or removed
    reset = Signal()

    def __init__(self, workspace: Workspace, wijk_id: str, parent: QObject | None = None) -> None:
        super().__init__(workspace, parent)
        self.wijk_id = wijk_id
        self.people: dict[str, Stakeholder] = {}
        self._links: dict[str, StakeholderLinks] | None = None  # read when first asked
        self.types: dict[str, StakeholderType] = {
            t.key: t for t in workspace.library.stakeholder_types()
        }
        self._load()
        watch_changes(workspace, self, WATCHED, self._on_workspace_changed, origin=self)

    # --- reading ---------------------------------------------------------------------------
    def ordered(self) -> list[Stakeholder]:
        """Most influential and interested first, then by name."""
        return sorted(
            self.people.values(), key=lambda s: (-s.influence, -s.interest, s.name.casefold())
        )

    def links_of(self, stakeholder_id: str) -> StakeholderLinks:
        """The steps and sessions a stakeholder is linked to (read from the database when
        first asked for: the matrix never needs them)."""
        if self._links is None:
            self._links = self.workspace.stakeholders.links(self.wijk_id)
        return self._links.get(stakeholder_id, StakeholderLinks())

    def type_name(self, type_key: str) -> str:
        kind = self.types.get(type_key)
        return kind.name if kind is not None else type_key

    def koppelkansen(self) -> list[str]:
        """Every koppelkans tag used in the wijk, as typed first, in alphabetical order."""
        tags: dict[str, str] = {}
        for person in self.people.values():
            for tag in person.koppelkansen:
                tags.setdefault(tag.casefold(), tag)
        return sorted(tags.values(), key=str.casefold)

    # --- changing (called by undo commands) ------------------------------------------------
    def add(self, person: Stakeholder) -> Edit[Record]:
        return self._take(self.workspace.stakeholders.add(person))

    def update(self, person: Stakeholder) -> Edit[Record]:
        return self._take(self.workspace.stakeholders.update(person))

    def place(self, stakeholder_id: str, influence: int, interest: int) -> Edit[Record]:
        return self._take(self.workspace.stakeholders.place(stakeholder_id, influence, interest))

    def delete(self, stakeholder_ids: Sequence[str]) -> Edit[Record]:
        edit = self._take(self.workspace.stakeholders.delete(stakeholder_ids))
        self._reload_links()
        return edit

    def import_sheet(self, sheet: StakeholderSheet) -> Edit[Record]:
        return self._take(self.workspace.stakeholders.import_sheet(self.wijk_id, sheet))

    def replay(self, edit: Edit[Record]) -> Edit[Record]:
        done = self._take(self.workspace.stakeholders.replay(edit))
        if any(not isinstance(r, Stakeholder) for pair in done.changes for r in pair if r):
            self._reload_links()
        return done

    def forget_personal_data(self, stakeholder_id: str) -> Forgotten:
        """Not undoable: the undo history loses every step that still holds the person's
        data (all of this document's), so that nothing in memory can bring it back."""
        forgotten = self.workspace.stakeholders.forget_personal_data(stakeholder_id)
        self.undo_stack.clear()
        self.people[stakeholder_id] = forgotten.stakeholder
        self.changed.emit([stakeholder_id])
        return forgotten

    # --- internals -------------------------------------------------------------------------
    def _take(self, edit: Edit[Record]) -> Edit[Record]:
        touched: list[str] = []
        for before, after in edit.changes:
            if isinstance(after, Stakeholder):
                self.people[after.id] = after
                touched.append(after.id)
            elif isinstance(before, Stakeholder):
                self.people.pop(before.id, None)
                touched.append(before.id)
        if touched:
            self.changed.emit(touched)
        return edit

    def _load(self) -> None:
        self.people = {p.id: p for p in self.workspace.stakeholders.list(self.wijk_id)}
        self._links = None

    def _reload_links(self) -> None:
        self._links = None

    def _on_workspace_changed(self, _changes: Changes) -> None:
        self._load()
        self.reset.emit()
