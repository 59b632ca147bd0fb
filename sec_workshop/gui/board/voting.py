"""Dot voting on a board: rounds with a number of dots per participant (or table group),
dots placed and taken off by clicking, paper stickers counted in by hand, and the results
with the turnout. The rules (one open round, each participant's budget) are the service's;
the panel asks for what the facilitator does and shows the answer."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sec_workshop.domain.base import DomainError
from sec_workshop.domain.board import (
    DOTS_MAX,
    TALLY_MAX,
    BoardEdit,
    Cluster,
    Note,
    Vote,
    VoteRound,
    validate_round,
)
from sec_workshop.domain.enums import VoteRoundStatus
from sec_workshop.gui.board.commands import (
    EndRoundCommand,
    PlaceDotCommand,
    RemoveDotCommand,
    ResetRoundCommand,
    SetTallyCommand,
    StartRoundCommand,
)
from sec_workshop.gui.board.document import BoardDocument
from sec_workshop.gui.board.items import ClusterItem, NoteItem, participant_color
from sec_workshop.gui.board.scene import BoardScene
from sec_workshop.gui.common.commands import SafeCommand
from sec_workshop.gui.common.plain_text import plain
from sec_workshop.messages import describe

RESULTS_SHOWN = 200  # the top of the results; nobody reads further in the hall


def _dot_icon(color: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(color)
    return QIcon(pixmap)


class StartRoundDialog(QDialog):
    """A round's title, dots per participant, and (optionally) who votes."""

    def __init__(self, number: int, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("New voting round"))
        self.title = QLineEdit(self.tr("Round %1").replace("%1", str(number)))
        self.title.setMaxLength(200)
        self.dots = QSpinBox()
        self.dots.setRange(1, DOTS_MAX)
        self.dots.setValue(3)
        self.participants = QPlainTextEdit()
        self.participants.setObjectName("participantsEdit")
        self.participants.setPlaceholderText(
            self.tr("One name or table group per line. Leave empty for anonymous dots.")
        )
        self.participants.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Dots per participant"), self.dots)
        form.addRow(self.tr("Participants or groups"), self.participants)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.result_round: VoteRound | None = None
        self.board_id = ""

    def names(self) -> tuple[str, ...]:
        """One per line, spaces tidied, a name typed twice once; never cut short (too many
        or too long is refused with a message by the round's rules)."""
        seen: dict[str, str] = {}
        for line in self.participants.toPlainText().splitlines():
            name = " ".join(line.split())
            if name and name.casefold() not in seen:
                seen[name.casefold()] = name
        return tuple(seen.values())

    def accept(self) -> None:
        try:
            self.result_round = validate_round(
                VoteRound(
                    board_id=self.board_id,
                    title=self.title.text().strip(),
                    dots_per_participant=self.dots.value(),
                    participants=self.names(),
                )
            )
        except DomainError as error:
            QMessageBox.warning(self, self.windowTitle(), plain(describe(error, self.lang)))
            return
        super().accept()


class VotePanel(QWidget):
    """The *Stemmen* tab beside the board: always on the open round, unless the facilitator
    picks an ended one (to count paper dots into it)."""

    # The panel has something to say (a group out of dots, no round yet): show the tab.
    note_shown = Signal()

    def __init__(
        self,
        doc: BoardDocument,
        scene: BoardScene,
        push: Callable[[SafeCommand], bool],
        lang: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._scene = scene
        self._push = push
        self._lang = lang
        self._listed: set[str] = set()
        self._open_id: str | None = None  # the open round when the panel last looked
        # Tests answer here instead of the dialog.
        self.ask_round: Callable[[], VoteRound | None] = self._ask_round

        self.rounds = QComboBox()
        self.rounds.setObjectName("voteRounds")
        self.rounds.setAccessibleName(self.tr("Voting round"))
        # A long round title must not widen the panel (and narrow the board).
        self.rounds.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rounds.setMinimumContentsLength(8)
        self.rounds.currentIndexChanged.connect(self._on_rounds_current_index_changed)
        self.start_button = QPushButton(self.tr("New round…"))
        self.start_button.clicked.connect(self._on_start)
        self.end_button = QPushButton(self.tr("End round"))
        self.end_button.clicked.connect(self._on_end)
        self.reset_button = QPushButton(self.tr("Clear dots"))
        self.reset_button.setToolTip(self.tr("Take every dot of this round off the board"))
        self.reset_button.clicked.connect(self._on_reset)
        self.participant = QComboBox()
        self.participant.setObjectName("voteParticipant")
        self.participant.setAccessibleName(self.tr("Who places dots"))
        self.participant.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.participant.setMinimumContentsLength(8)
        self.participant.currentIndexChanged.connect(self._on_participant_changed)
        self.left = QLabel()
        self.left.setObjectName("dotsLeft")
        # Said in passing, in the panel: a vote in the hall must not wait for an OK button.
        self.note = QLabel()
        self.note.setObjectName("voteNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "#voteNote { background: #FFF8E1; border: 1px solid #FFA000; border-radius: 4px;"
            " padding: 4px; color: #3E2723; }"
        )
        self.note.hide()
        self.tally = QSpinBox()
        self.tally.setObjectName("tallySpin")
        self.tally.setRange(0, TALLY_MAX)
        self.tally.setAccessibleName(self.tr("Paper dots on the selection"))
        self.tally_button = QPushButton(self.tr("Count in"))
        self.tally_button.setObjectName("tallyButton")
        self.tally_button.clicked.connect(self._on_tally)
        # Dots by keyboard too: select a note (on the board or in the list), then + or -.
        self.dot_button = QPushButton(self.tr("Dot on the selection (+)"))
        self.dot_button.setObjectName("dotButton")
        self.dot_button.clicked.connect(self._on_dot_button)
        self.undot_button = QPushButton(self.tr("Take a dot off (−)"))
        self.undot_button.clicked.connect(self._on_undot_button)
        self.dot_action = QAction(self.tr("Place a dot on the selection"), self)
        self.dot_action.setShortcuts([QKeySequence("+"), QKeySequence("=")])
        self.dot_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.dot_action.triggered.connect(self._on_dot_button)
        self.undot_action = QAction(self.tr("Take a dot off the selection"), self)
        self.undot_action.setShortcut(QKeySequence("-"))
        self.undot_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undot_action.triggered.connect(self._on_undot_button)
        self.turnout = QLabel()
        self.turnout.setObjectName("voteTurnout")
        self.turnout.setWordWrap(True)
        self.results = QTreeWidget()
        self.results.setObjectName("voteResults")
        self.results.setAccessibleName(self.tr("Results, most dots first"))
        self.results.setHeaderLabels([self.tr("#"), self.tr("Note or cluster"), self.tr("Dots")])
        self.results.setRootIsDecorated(False)
        self.results.header().setStretchLastSection(False)
        self.results.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.hint = QLabel(
            self.tr(
                "Switch on “Place dots” (V), then click a note or cluster to place a dot; "
                "Shift+click or right-click takes one off."
            )
        )
        self.hint.setWordWrap(True)

        # Narrow rows: the panel shares a laptop's width with the board.
        round_row = QHBoxLayout()
        round_row.addWidget(self.rounds, 1)
        round_row.addWidget(self.start_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.reset_button)
        who = QHBoxLayout()
        who.addWidget(self.participant, 1)
        who.addWidget(self.left)
        dot_row = QHBoxLayout()
        dot_row.addWidget(self.dot_button)
        dot_row.addWidget(self.undot_button)
        tally_label = QLabel(self.tr("Paper dots on the selection:"))
        tally_label.setWordWrap(True)
        tally_label.setBuddy(self.tally)
        tally_row = QHBoxLayout()
        tally_row.addWidget(self.tally, 1)
        tally_row.addWidget(self.tally_button)
        layout = QVBoxLayout(self)
        layout.addLayout(round_row)
        layout.addLayout(buttons)
        layout.addLayout(who)
        layout.addWidget(self.note)
        layout.addLayout(dot_row)
        layout.addWidget(self.hint)
        layout.addWidget(tally_label)
        layout.addLayout(tally_row)
        layout.addWidget(self.turnout)
        layout.addWidget(self.results, 1)

        doc.changed.connect(self._on_doc_changed)
        scene.dot_requested.connect(self._on_scene_dot_requested)
        scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.refresh()

    # --- showing --------------------------------------------------------------------------
    def current_round(self) -> VoteRound | None:
        round_id = self.rounds.currentData()
        return self._doc.rounds.get(str(round_id)) if round_id else None

    def current_participant(self) -> str:
        value = self.participant.currentData()
        return "" if value is None else str(value)

    def refresh(self) -> None:
        """The rounds again. A round picked by hand stays picked, until another round opens
        or the open one ends: then the panel goes with the board to the round it shows."""
        chosen = self.current_round()
        active = self._doc.active_round()
        active_id = active.id if active is not None else None
        if active_id != self._open_id:
            self._open_id = active_id
            chosen = None
        shown = chosen if chosen is not None else self._doc.shown_round()
        rounds = sorted(self._doc.rounds.values(), key=lambda r: -r.position)
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in rounds:
            state = self.tr("open") if r.status is VoteRoundStatus.OPEN else self.tr("ended")
            self.rounds.addItem(f"{r.title} ({state})", r.id)
        if shown is not None:
            self.rounds.setCurrentIndex(max(0, self.rounds.findData(shown.id)))
        self.rounds.blockSignals(False)
        self._show_round()

    def _show_round(self) -> None:
        vote_round = self.current_round()
        is_open = vote_round is not None and vote_round.status is VoteRoundStatus.OPEN
        self.end_button.setEnabled(is_open)
        self.reset_button.setEnabled(
            vote_round is not None and bool(self._doc.votes_in(vote_round.id))
        )
        chosen = self.current_participant()
        self.participant.blockSignals(True)
        self.participant.clear()
        if vote_round is not None and vote_round.participants:
            for i, name in enumerate(vote_round.participants):
                self.participant.addItem(_dot_icon(participant_color(i)), name, name)
            self.participant.setCurrentIndex(max(0, self.participant.findData(chosen)))
        else:
            self.participant.addItem(self.tr("Anonymous dots"), "")
        self.participant.blockSignals(False)
        self.participant.setEnabled(is_open)
        self._show_left()
        self._show_results(vote_round)
        self._on_scene_selection_changed()

    def _show_left(self) -> None:
        vote_round = self.current_round()
        left = (
            None
            if vote_round is None
            else self._doc.dots_left(vote_round.id, self.current_participant())
        )
        self.left.setText("" if left is None else self.tr("%n dot(s) left", "", left))

    def _show_results(self, vote_round: VoteRound | None) -> None:
        self.results.clear()
        if vote_round is None:
            self.turnout.setText(self.tr("No voting round yet."))
            return
        rows = self._doc.results(vote_round.id)
        self._listed = {record.id for record, _ in rows[:RESULTS_SHOWN]}
        for rank, (record, count) in enumerate(rows[:RESULTS_SHOWN], start=1):
            if isinstance(record, Cluster):
                text = self.tr("Cluster: %1").replace("%1", record.title)
            else:
                text = record.text if isinstance(record, Note) else ""
            item = QTreeWidgetItem([str(rank), text.replace("\n", " "), str(count)])
            item.setData(0, Qt.ItemDataRole.UserRole, record.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            self.results.addTopLevelItem(item)
        if len(rows) > RESULTS_SHOWN:
            more = QTreeWidgetItem(
                ["", self.tr("… and %1 more").replace("%1", str(len(rows) - RESULTS_SHOWN)), ""]
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addTopLevelItem(more)
        self.results.resizeColumnToContents(0)
        self.results.resizeColumnToContents(2)
        votes = self._doc.votes_in(vote_round.id)
        placed = sum(v.count for v in votes)
        on_paper = sum(v.count for v in votes if v.is_paper_tally)
        turnout = self._doc.turnout(vote_round.id)
        if turnout is None:
            text = self.tr("%1 dots placed.").replace("%1", str(placed))
        else:
            used, available = turnout
            share = round(100 * used / available) if available else 0
            text = (
                self.tr("Turnout: %1 of %2 dots placed (%3%).")
                .replace("%1", str(used))
                .replace("%2", str(available))
                .replace("%3", str(share))
            )
            voters = {
                v.participant.casefold() for v in votes if v.participant and not v.is_paper_tally
            }
            text += " " + self.tr("%1 of %2 voted.").replace("%1", str(len(voters))).replace(
                "%2", str(len(vote_round.participants))
            )
        if on_paper:
            text += " " + self.tr("Counted on paper: %n dot(s).", "", on_paper)
        self.turnout.setText(text)

    def _on_doc_changed(self, edit: BoardEdit) -> None:
        for before, after in edit.changes:
            if isinstance(after or before, Vote | VoteRound):
                self.refresh()
                return
        # A note or cluster in the results was retyped or deleted: only then list them again
        # (typing in a note elsewhere must not rebuild the results at every key).
        if any((after or before).id in self._listed for before, after in edit.changes):  # type: ignore[union-attr]
            self._show_results(self.current_round())

    def _on_rounds_current_index_changed(self, _index: int) -> None:
        self._show_round()

    def _on_participant_changed(self, _index: int) -> None:
        self._show_left()

    def _on_scene_selection_changed(self) -> None:
        if not shiboken6.isValid(self._scene):
            return  # the scene tells of its last selection change while it is destroyed
        target = self._selected_target()
        vote_round = self.current_round()
        enabled = target is not None and vote_round is not None
        self.tally.setEnabled(enabled)
        self.tally_button.setEnabled(enabled)
        self.dot_button.setEnabled(target is not None)
        self.undot_button.setEnabled(target is not None)
        if enabled and target is not None and vote_round is not None:
            self.tally.setValue(self._doc.paper_dots(vote_round.id, target.id))

    def _on_results_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        record_id = str(item.data(0, Qt.ItemDataRole.UserRole))
        target = self._scene.notes.get(record_id) or self._scene.clusters.get(record_id)
        if target is not None:
            self._scene.clearSelection()
            target.setSelected(True)
            for view in self._scene.views():
                view.ensureVisible(target.area(), 60, 60)

    # --- telling --------------------------------------------------------------------------
    def tell(self, text: str) -> None:
        """Say something in the panel, where it stays in view until the next step."""
        self.note.setText(text)
        self.note.show()
        self.note_shown.emit()

    def clear_note(self) -> None:
        self.note.clear()
        self.note.hide()

    def explain(self, error: DomainError) -> bool:
        """Say a refused dot in the panel and go on with the next group that has dots;
        False for any other error (the editor tells those)."""
        if error.code != "vote.no_dots_left":
            return False
        name = str(error.params.get("name", ""))
        text = self.tr("%1 has no dots left in this round.").replace("%1", name)
        self.tell(self._with_next(text, name))
        return True

    def _with_next(self, text: str, name: str) -> str:
        """``text``, and who places dots now: the next group with dots, picked in the panel."""
        vote_round = self._doc.active_round()
        following = None if vote_round is None else self._doc.next_with_dots(vote_round.id, name)
        if following is None:
            return text + " " + self.tr("Everyone has placed all their dots.")
        self.participant.setCurrentIndex(max(0, self.participant.findData(following)))
        return text + " " + self.tr("Now placing dots for %1.").replace("%1", following)

    def _after_dot(self, round_id: str, participant: str) -> None:
        """A dot placed: when it was the group's last, the next group's turn comes."""
        if self._doc.dots_left(round_id, participant) == 0:
            text = self.tr("%1 has placed all their dots.").replace("%1", participant)
            self.tell(self._with_next(text, participant))
        else:
            self.clear_note()

    # --- acting ---------------------------------------------------------------------------
    def _ask_round(self) -> VoteRound | None:
        dialog = StartRoundDialog(len(self._doc.rounds) + 1, self._lang, self)
        dialog.board_id = self._doc.board_id
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_round

    def _on_start(self) -> None:
        vote_round = self.ask_round()
        if vote_round is not None and self._push(StartRoundCommand(self._doc, vote_round)):
            self.clear_note()

    def _on_end(self) -> None:
        vote_round = self.current_round()
        if vote_round is not None:
            self._push(EndRoundCommand(self._doc, vote_round))

    def _on_reset(self) -> None:
        vote_round = self.current_round()
        if vote_round is not None and self._doc.votes_in(vote_round.id):
            self._push(ResetRoundCommand(self._doc, vote_round))

    def _selected_target(self) -> Note | Cluster | None:
        selected = self._scene.selectedItems()
        if len(selected) != 1:
            return None
        item = selected[0]
        if isinstance(item, NoteItem):
            return item.note
        if isinstance(item, ClusterItem):
            return item.cluster
        return None

    def actions_for_window(self) -> list[QAction]:
        """The + and − keys, for the editor to add where its keys are heard."""
        return [self.dot_action, self.undot_action]

    def _on_dot_button(self) -> None:
        target = self._selected_target()
        if target is not None:
            self._on_scene_dot_requested(target.id, True)

    def _on_undot_button(self) -> None:
        target = self._selected_target()
        if target is not None:
            self._on_scene_dot_requested(target.id, False)

    def _on_tally(self) -> None:
        target = self._selected_target()
        vote_round = self.current_round()
        if target is None or vote_round is None:
            return
        self._push(SetTallyCommand(self._doc, vote_round.id, target.id, self.tally.value()))

    def _on_scene_dot_requested(self, target_id: str, add: bool) -> None:
        vote_round = self._doc.active_round()
        if vote_round is None:
            self.tell(self.tr("Start a voting round first (tab Voting, “New round…”)."))
            return
        current = self.current_round()
        if current is None or current.id != vote_round.id:
            self.rounds.setCurrentIndex(max(0, self.rounds.findData(vote_round.id)))
        participant = self.current_participant()
        if add:
            # A refusal (no dots left) comes back through the editor to ``explain``.
            if self._push(PlaceDotCommand(self._doc, vote_round.id, target_id, participant)):
                self._after_dot(vote_round.id, participant)
        else:
            self._push(RemoveDotCommand(self._doc, vote_round.id, target_id, participant))
