"""Change notices from the workspace to every open view and document.

Storage tells the workspace what each committed write changed; the relay queues the notice
and hands it on once the current event is done (so an undo command has finished before
anything reloads). A view watches the kinds it shows: when a notice touches them it
reloads at once if it is on screen, or when it is next shown. Whoever asked for the write
(``Changes.origin``, a document) has already taken it in and is passed over.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer

from sec_workshop.domain.changes import Changes
from sec_workshop.services.workspace import Workspace

Reload = Callable[[Changes], None]


class ChangeWatch(QObject):
    """One view's interest in some kinds of records."""

    def __init__(
        self,
        target: QObject,
        kinds: Iterable[str],
        reload: Reload,
        origin: object | None = None,
    ) -> None:
        super().__init__(target)  # goes with the view it watches for
        self.kinds = frozenset(kinds)
        self.origin = origin
        self._reload = reload
        self._target = target
        self._pending: Changes | None = None
        # A view (a widget) reloads when on screen, or when next shown; a document at once.
        self._is_view = callable(getattr(target, "isVisible", None))
        if self._is_view:
            target.installEventFilter(self)

    def notice(self, changes: Changes) -> None:
        if changes.origin is not None and changes.origin is self.origin:
            return
        if not changes.touches(*self.kinds):
            return
        if self._is_view and not self._target.isVisible():  # type: ignore[attr-defined]
            # Hidden views catch up when shown; a later notice may only add to the reload.
            self._pending = changes if self._pending is None else Changes(everything=True)
            return
        self._reload(changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() == QEvent.Type.Show and self._pending:
            pending, self._pending = self._pending, None
            self._reload(pending)
        return False


class ChangeRelay(QObject):
    """The one relay of a workspace (see ``relay_for``)."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._queue: list[Changes] = []
        self._watches: list[weakref.ref[ChangeWatch]] = []
        self._unsubscribe = workspace.subscribe(self._on_workspace_changed)

    def watch(
        self,
        target: QObject,
        kinds: Iterable[str],
        reload: Reload,
        origin: object | None = None,
    ) -> ChangeWatch:
        """Let ``reload`` follow the changes of ``kinds`` for as long as ``target`` lives."""
        watch = ChangeWatch(target, kinds, reload, origin)
        self._watches.append(weakref.ref(watch))
        return watch

    def deliver(self) -> None:
        """Hand on every queued notice now (the event loop does this by itself)."""
        pending, self._queue = self._queue, []
        for changes in pending:
            for ref in list(self._watches):
                watch = ref()
                if watch is None or not _alive(watch):
                    self._watches.remove(ref)
                    continue
                watch.notice(changes)

    def close(self) -> None:
        self._unsubscribe()

    def _on_workspace_changed(self, changes: Changes) -> None:
        self._queue.append(changes)
        if len(self._queue) == 1:
            QTimer.singleShot(0, self, self.deliver)


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:  # its C++ side is gone with the view
        return False
    return True


_RELAYS: weakref.WeakKeyDictionary[Workspace, ChangeRelay] = weakref.WeakKeyDictionary()


def relay_for(workspace: Workspace) -> ChangeRelay:
    """The relay of ``workspace``, made on first use; every view of it uses the same one."""
    relay = _RELAYS.get(workspace)
    if relay is None:
        relay = _RELAYS[workspace] = ChangeRelay(workspace)
    return relay


def watch_changes(
    workspace: Workspace,
    target: QObject,
    kinds: Iterable[str],
    reload: Reload,
    origin: object | None = None,
) -> ChangeWatch:
    """Shorthand for ``relay_for(workspace).watch(...)``."""
    return relay_for(workspace).watch(target, kinds, reload, origin)
