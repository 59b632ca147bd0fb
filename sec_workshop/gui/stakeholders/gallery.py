"""The stakeholders of a wijk as cards: filtered by quadrant, type, attitude, koppelkans and
text, sorted as chosen, walked through with the keyboard; Enter or a double-click opens one."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.enums import Attitude, ParticipationLevel
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.icons import icon, type_icon
from sec_workshop.gui.stakeholders.card import CARD_HEIGHT, CARD_WIDTH, facts_of, paint_card
from sec_workshop.gui.stakeholders.document import StakeholdersDocument

ID_ROLE = Qt.ItemDataRole.UserRole
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
_QUADRANTS = ("key_player", "context_setter", "subject", "crowd")
_RUNGS = list(ParticipationLevel)
_ATTITUDES = list(Attitude)
Index = QModelIndex | QPersistentModelIndex


class Sort(IntEnum):
    WEIGHT = 0  # influence and interest, highest first
    NAME = 1
    TYPE = 2
    ATTITUDE = 3
    PARTICIPATION = 4
    LINKS = 5


class StakeholderListModel(QAbstractListModel):
    """The document's stakeholders, one row each; follows the document's changes."""

    def __init__(self, doc: StakeholdersDocument) -> None:
        super().__init__()
        self._doc = doc
        self._ids: list[str] = [p.id for p in doc.ordered()]
        doc.changed.connect(self._on_doc_changed)
        doc.reset.connect(self._on_doc_reset)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        person = self._doc.people.get(self._ids[index.row()])
        if person is None:
            return None
        if role == ID_ROLE:
            return person.id
        if role == PERSON_ROLE:
            return person
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{person.name}, {self._doc.type_name(person.type_key)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return None  # the card says it all
        return None

    def row_of(self, stakeholder_id: str) -> int:
        try:
            return self._ids.index(stakeholder_id)
        except ValueError:
            return -1

    def _on_doc_changed(self, ids: list[str]) -> None:
        for stakeholder_id in ids:
            row = self.row_of(stakeholder_id)
            here = stakeholder_id in self._doc.people
            if row >= 0 and here:
                index = self.index(row)
                self.dataChanged.emit(index, index)
            elif row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
            elif here:
                self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids))
                self._ids.append(stakeholder_id)
                self.endInsertRows()

    def _on_doc_reset(self) -> None:
        self.beginResetModel()
        self._ids = [p.id for p in self._doc.ordered()]
        self.endResetModel()


class StakeholderFilter(QSortFilterProxyModel):
    """What the filter bar asks for, and the chosen order."""

    def __init__(self, doc: StakeholdersDocument) -> None:
        super().__init__()
        self._doc = doc
        self.quadrant: str | None = None
        self.type_key: str | None = None
        self.attitude: Attitude | None = None
        self.koppelkans: str | None = None
        self.text = ""
        self.sort_by = Sort.WEIGHT
        self.setDynamicSortFilter(True)

    def refresh(self) -> None:
        self.invalidate()
        self.sort(0)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        person = self.sourceModel().index(row, 0, parent).data(PERSON_ROLE)
        if not isinstance(person, Stakeholder):
            return False
        if self.quadrant and person.quadrant != self.quadrant:
            return False
        if self.type_key and person.type_key != self.type_key:
            return False
        if self.attitude and person.attitude != self.attitude:
            return False
        if self.koppelkans and self.koppelkans not in {t.casefold() for t in person.koppelkansen}:
            return False
        return not self.text or self.text in self._searchable(person)

    def _searchable(self, person: Stakeholder) -> str:
        # Personal data is not searched: the gallery never shows it.
        parts = (
            person.name,
            person.organisation,
            self._doc.type_name(person.type_key),
            person.interests,
            person.concerns,
            person.needs,
            person.barriers,
            person.opportunities,
            " ".join(person.koppelkansen),
        )
        return " ".join(parts).casefold()

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(PERSON_ROLE), right.data(PERSON_ROLE)
        if not isinstance(a, Stakeholder) or not isinstance(b, Stakeholder):
            return False
        return self._key(a) < self._key(b)

    def _key(self, p: Stakeholder) -> tuple[Any, ...]:
        name = p.name.casefold()
        if self.sort_by == Sort.NAME:
            return (name,)
        if self.sort_by == Sort.TYPE:
            return (self._doc.type_name(p.type_key).casefold(), name)
        if self.sort_by == Sort.ATTITUDE:
            return (_ATTITUDES.index(p.attitude), name)
        if self.sort_by == Sort.PARTICIPATION:
            return (-_RUNGS.index(p.participation), name)
        if self.sort_by == Sort.LINKS:
            links = self._doc.links_of(p.id)
            return (-(len(links.steps) + len(links.sessions)), name)
        return (-p.influence, -p.interest, name)


class CardDelegate(QStyledItemDelegate):
    def __init__(self, doc: StakeholdersDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(int(CARD_WIDTH), int(CARD_HEIGHT))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        person = index.data(PERSON_ROLE)
        if not isinstance(person, Stakeholder):
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = QRectF(option.rect).adjusted(2, 2, -2, -2)
        paint_card(painter, rect, facts_of(self._doc, person), selected)


class StakeholderGallery(QWidget):
    """Cards with a filter bar; tells which card is current and which one to open."""

    current_changed = Signal(str)  # stakeholder id ("" for none)
    open_requested = Signal(str)

    def __init__(self, doc: StakeholdersDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.model = StakeholderListModel(doc)
        self.proxy = StakeholderFilter(doc)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)

        self.search = QLineEdit()
        self.search.setObjectName("stakeholderSearch")
        self.search.setPlaceholderText(self.tr("Search name, organisation, interests…"))
        self.search.setAccessibleName(self.tr("Search stakeholders"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.quadrant = self._combo("filterQuadrant", self.tr("All quadrants"))
        for key in _QUADRANTS:
            self.quadrant.addItem(labels.quadrant_group(key), key)
        self.type = self._combo("filterType", self.tr("All types"))
        for kind in doc.types.values():
            self.type.addItem(type_icon(kind.key), kind.name, kind.key)
        self.attitude = self._combo("filterAttitude", self.tr("All attitudes"))
        for value in Attitude:
            self.attitude.addItem(labels.attitude(value), value.value)
        self.koppelkans = self._combo("filterKoppelkans", self.tr("All linking opportunities"))
        self.sort = QComboBox()
        self.sort.setObjectName("sortStakeholders")
        self.sort.setAccessibleName(self.tr("Sort by"))
        for text in (
            self.tr("Influence and interest"),
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Attitude"),
            self.tr("Participation"),
            self.tr("Most linked"),
        ):
            self.sort.addItem(text)
        self.sort.currentIndexChanged.connect(self._on_filter_changed)
        self.count = QLabel()
        self.count.setObjectName("stakeholderCount")

        self.view = QListView()
        self.view.setObjectName("stakeholderCards")
        self.view.setAccessibleName(self.tr("Stakeholder cards"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(6)
        self.view.setWrapping(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setItemDelegate(CardDelegate(doc, self.view))
        self.view.setModel(self.proxy)
        self.view.activated.connect(self._on_view_activated)
        self.view.doubleClicked.connect(self._on_view_activated)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

        bar = QHBoxLayout()
        self.search.setMinimumWidth(120)
        bar.addWidget(self.search, 1)
        for combo in (self.quadrant, self.type, self.attitude, self.koppelkans, self.sort):
            # Shown whole where there is room, cut short where the screen is 1366 pixels.
            combo.setMinimumWidth(84)
        for combo in (self.quadrant, self.type, self.attitude, self.koppelkans):
            bar.addWidget(combo)
        bar.addWidget(QLabel(self.tr("Sort:")))
        bar.addWidget(self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        doc.changed.connect(self._on_doc_changed)
        doc.reset.connect(self._on_doc_changed)
        self._fill_koppelkansen()
        self._update_count()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # Long names are cut in the closed box, not allowed to squeeze the search field.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.setAccessibleName(everything)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self._on_filter_changed)
        return combo

    # --- selection ---------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        return [str(i.data(ID_ROLE)) for i in self.view.selectionModel().selectedIndexes()]

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def select(self, stakeholder_id: str) -> None:
        row = self.model.row_of(stakeholder_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():  # filtered out: show everything again
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.quadrant, self.type, self.attitude, self.koppelkans):
            combo.setCurrentIndex(0)

    # --- following the filter bar and the document ------------------------------------------
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.text = text.strip().casefold()
        self._apply()

    def _on_filter_changed(self, _index: int = 0) -> None:
        attitude = self.attitude.currentData()
        koppelkans = self.koppelkans.currentData()
        self.proxy.quadrant = self.quadrant.currentData()
        self.proxy.type_key = self.type.currentData()
        self.proxy.attitude = Attitude(attitude) if attitude else None
        self.proxy.koppelkans = str(koppelkans).casefold() if koppelkans else None
        self.proxy.sort_by = Sort(max(self.sort.currentIndex(), 0))
        self._apply()

    def _apply(self) -> None:
        self.proxy.refresh()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n stakeholder(s)", None, total)
        else:
            text = self.tr("%1 of %2 stakeholders").replace("%1", str(shown))
            text = text.replace("%2", str(total))
        self.count.setText(text)

    def _fill_koppelkansen(self) -> None:
        chosen = self.koppelkans.currentData()
        self.koppelkans.blockSignals(True)
        while self.koppelkans.count() > 1:
            self.koppelkans.removeItem(1)
        for tag in self._doc.koppelkansen():
            self.koppelkans.addItem(labels.koppelkansen([tag]), tag)
        index = self.koppelkans.findData(chosen) if chosen else 0
        self.koppelkans.setCurrentIndex(max(index, 0))
        self.koppelkans.blockSignals(False)

    def _on_doc_changed(self, *_: object) -> None:
        self._fill_koppelkansen()
        self._apply()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(str(current.data(ID_ROLE)) if current.isValid() else "")

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(str(index.data(ID_ROLE)))
