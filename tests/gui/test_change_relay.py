"""The relay hands change notices to the views that show those kinds: at once when on
screen, when shown otherwise, never to whoever asked for the write, never to a view that is
gone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from sec_workshop.domain.changes import Changes
from sec_workshop.domain.wijk import Wijk
from sec_workshop.gui.common.change_relay import relay_for, watch_changes
from sec_workshop.services.workspace import Workspace


def test_views_reload_what_concerns_them(qapp: QApplication, workspace: Workspace) -> None:
    shown, hidden, other = QWidget(), QWidget(), QWidget()
    shown.show()
    reloads: dict[str, list[Changes]] = {"shown": [], "hidden": [], "other": []}
    watch_changes(workspace, shown, {"wijk"}, reloads["shown"].append)
    watch_changes(workspace, hidden, {"wijk"}, reloads["hidden"].append)
    watch_changes(workspace, other, {"stakeholder"}, reloads["other"].append)

    wijk = workspace.wijken.create(Wijk(name="Lombok")).wijk
    assert reloads["shown"] == []  # not inside the write: after the current event
    qapp.processEvents()
    assert [c.ids("wijk") for c in reloads["shown"]] == [{wijk.id}]
    assert reloads["hidden"] == [] and reloads["other"] == []
    hidden.show()
    assert len(reloads["hidden"]) == 1  # caught up when shown
    assert reloads["other"] == []
    shown.close()
    hidden.close()


def test_whoever_asked_is_passed_over(qapp: QApplication, workspace: Workspace) -> None:
    mine, theirs = QWidget(), QWidget()
    mine.show()
    theirs.show()
    document = object()
    heard: list[str] = []
    watch_changes(workspace, mine, {"wijk"}, lambda _c: heard.append("mine"), origin=document)
    watch_changes(workspace, theirs, {"wijk"}, lambda _c: heard.append("theirs"))
    with workspace.acting_for(document):
        workspace.wijken.create(Wijk(name="Lombok"))
    qapp.processEvents()
    assert heard == ["theirs"]
    mine.close()
    theirs.close()


def test_a_view_that_is_gone_is_forgotten(qapp: QApplication, workspace: Workspace) -> None:
    gone = QWidget()
    gone.show()
    heard: list[Changes] = []
    watch_changes(workspace, gone, {"wijk"}, heard.append)
    gone.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    workspace.wijken.create(Wijk(name="Lombok"))
    relay_for(workspace).deliver()
    assert heard == []
