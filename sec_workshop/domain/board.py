"""Boards of a session: sticky notes, clusters, arrows, photos and dot voting."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sec_workshop.domain.base import Record, ValidationError, limit_text, require_text
from sec_workshop.domain.edits import Edit
from sec_workshop.domain.enums import NoteColor, NoteKind, VoteRoundStatus

TITLE_MAX = 200
NOTE_TEXT_MAX = 2_000
NOTE_WIDTH = 180.0
NOTE_HEIGHT = 120.0
CLUSTER_HEADER = 50.0  # the title band at the top of a cluster; its notes sit below it

# Who placed the dots counted in from a paper wall: a key, not a name (the window shows it
# in the reader's language). No participant may be called so.
PAPER_TALLY = "@paper"
# What boards saved before the key existed wrote instead; read as the key.
LEGACY_PAPER_TALLY = "papier"


@dataclass(frozen=True, kw_only=True, slots=True)
class Board(Record):
    session_id: str
    title: str
    position: int = 0
    template_key: str = "leeg"
    description: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Cluster(Record):
    board_id: str
    title: str
    x: float = 0.0
    y: float = 0.0
    width: float = 400.0
    height: float = 300.0
    collapsed: bool = False
    color: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Note(Record):
    board_id: str
    text: str
    x: float = 0.0
    y: float = 0.0
    width: float = NOTE_WIDTH
    height: float = NOTE_HEIGHT
    z: float = 0.0
    color: NoteColor = NoteColor.YELLOW
    kind: NoteKind = NoteKind.NOTE
    cluster_id: str | None = None
    facilitator_only: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class NoteLink(Record):
    """An arrow from one note to another on the same board."""

    board_id: str
    from_note_id: str
    to_note_id: str
    label: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Photo(Record):
    """A photo of a paper wall or flipchart, stored in the database (at most 2048 px)."""

    board_id: str
    caption: str
    mime_type: str
    width_px: int
    height_px: int
    data: bytes = b""
    x: float = 0.0
    y: float = 0.0
    scale: float = 1.0


@dataclass(frozen=True, kw_only=True, slots=True)
class VoteRound(Record):
    board_id: str
    title: str
    dots_per_participant: int = 3
    status: VoteRoundStatus = VoteRoundStatus.OPEN
    position: int = 0
    # Who votes (people or table groups); their place in this list picks their dot colour.
    # Empty: anonymous dots, with the turnout unknown.
    participants: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Vote(Record):
    """Dots on a note or a cluster; ``count`` > 1 records a tally of paper stickers.

    ``participant`` is a name of the round's list, empty for an anonymous dot, or
    ``PAPER_TALLY`` for the paper stickers counted in by hand."""

    round_id: str
    note_id: str | None = None
    cluster_id: str | None = None
    participant: str = ""
    count: int = 1

    def __post_init__(self) -> None:
        # Rounds never allowed a participant by the legacy name, so it can only be a tally.
        if self.participant == LEGACY_PAPER_TALLY:
            object.__setattr__(self, "participant", PAPER_TALLY)

    @property
    def is_paper_tally(self) -> bool:
        return self.participant == PAPER_TALLY

    @property
    def target_id(self) -> str:
        return self.note_id or self.cluster_id or ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Zone:
    """A background area of a board template (e.g. the *Kansen* column)."""

    key: str
    title: str
    x: float
    y: float
    width: float
    height: float
    color: str


@dataclass(frozen=True, kw_only=True, slots=True)
class BoardTemplate:
    key: str
    name: str
    description: str
    width: float
    height: float
    zones: tuple[Zone, ...] = ()


def validate_note(note: Note) -> Note:
    limit_text(note.text, "text", NOTE_TEXT_MAX)
    if note.width <= 0 or note.height <= 0:
        raise ValidationError("value.out_of_range", field="size", low=1, high=100_000)
    return note


def validate_board(board: Board) -> Board:
    require_text(board.title, "title", TITLE_MAX)
    return board


def validate_cluster(cluster: Cluster) -> Cluster:
    limit_text(cluster.title, "title", TITLE_MAX)
    return cluster


def vote_total(votes: list[Vote]) -> int:
    return sum(v.count for v in votes)


LINK_LABEL_MAX = 200
PARTICIPANT_MAX = 60
PARTICIPANTS_MAX = 200
DOTS_MAX = 99
TALLY_MAX = 9_999


def validate_link(link: NoteLink) -> NoteLink:
    if link.from_note_id == link.to_note_id:
        raise ValidationError("link.same_note")
    limit_text(link.label, "label", LINK_LABEL_MAX)
    return link


def validate_round(vote_round: VoteRound) -> VoteRound:
    require_text(vote_round.title, "title", TITLE_MAX)
    if not 0 <= vote_round.dots_per_participant <= DOTS_MAX:
        raise ValidationError("value.out_of_range", field="dots", low=0, high=DOTS_MAX)
    if len(vote_round.participants) > PARTICIPANTS_MAX:
        raise ValidationError("value.too_long", field="participants", max=PARTICIPANTS_MAX)
    for name in vote_round.participants:
        require_text(name, "participant", PARTICIPANT_MAX)
    if len({n.casefold() for n in vote_round.participants}) != len(vote_round.participants):
        raise ValidationError("vote.participant_twice")
    for name in vote_round.participants:
        if name.casefold() in _RESERVED_NAMES:
            raise ValidationError("vote.participant_reserved", name=name)
    return vote_round


_RESERVED_NAMES = frozenset({PAPER_TALLY, LEGACY_PAPER_TALLY})


def is_tally_round(vote_round: VoteRound) -> bool:
    """The round that holds paper dots counted in from a file: nobody places dots in it."""
    return vote_round.dots_per_participant == 0 and not vote_round.participants


def listed_participant(vote_round: VoteRound, participant: str) -> str:
    """Who places a dot, as the round lists them (any case); anonymous (empty) only in a
    round without a list."""
    key = participant.strip().casefold()
    if not vote_round.participants and not key:
        return ""
    for name in vote_round.participants:
        if name.casefold() == key:
            return name
    raise ValidationError("vote.unknown_participant", name=participant)


def dots_left(vote_round: VoteRound, votes: Iterable[Vote], participant: str) -> int | None:
    """The dots a participant still has in a round; ``None`` when nobody counts them (an
    anonymous dot, a round without a budget, or the paper stickers)."""
    if not participant or participant == PAPER_TALLY or vote_round.dots_per_participant == 0:
        return None
    key = participant.casefold()
    used = sum(
        v.count for v in votes if v.round_id == vote_round.id and v.participant.casefold() == key
    )
    return vote_round.dots_per_participant - used


def next_with_dots(vote_round: VoteRound, votes: Iterable[Vote], after: str) -> str | None:
    """The first participant listed after ``after`` (going round) who still has dots."""
    names = list(vote_round.participants)
    if not names:
        return None
    votes = list(votes)
    keys = [n.casefold() for n in names]
    start = keys.index(after.casefold()) + 1 if after.casefold() in keys else 0
    for i in range(len(names)):
        name = names[(start + i) % len(names)]
        left = dots_left(vote_round, votes, name)
        if left is not None and left > 0:
            return name
    return None


def validate_vote(vote: Vote) -> Vote:
    if (vote.note_id is None) == (vote.cluster_id is None):
        raise ValidationError("vote.target")
    if not 0 < vote.count <= TALLY_MAX:
        raise ValidationError("value.out_of_range", field="count", low=1, high=TALLY_MAX)
    limit_text(vote.participant, "participant", PARTICIPANT_MAX)
    return vote


def validate_photo(photo: Photo) -> Photo:
    limit_text(photo.caption, "caption", TITLE_MAX)
    if not 0.01 <= photo.scale <= 100:
        raise ValidationError("value.out_of_range", field="scale", low=1, high=100)
    return photo


BoardRecord = Cluster | Note | NoteLink | Photo | VoteRound | Vote


# What one action on a board changed: every touched record before and after it. Undo
# applies the inverse; redo applies the edit again.
BoardEdit = Edit[BoardRecord]
