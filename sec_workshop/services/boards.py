"""Use cases on boards: summaries, content, importing typed-in notes, and the layout rules
of a board (where notes go in a cluster, which cluster a note is in), free of any window."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sec_workshop.domain.base import NotFoundError, Record
from sec_workshop.domain.board import (
    CLUSTER_HEADER,
    NOTE_HEIGHT,
    NOTE_WIDTH,
    PAPER_TALLY,
    Board,
    Cluster,
    Note,
    NoteLink,
    Photo,
    Vote,
    VoteRound,
    is_tally_round,
)
from sec_workshop.domain.enums import NoteColor, VoteRoundStatus
from sec_workshop.domain.session import Session
from sec_workshop.domain.views import BoardContent, BoardSummary
from sec_workshop.exchange.notes_file import ImportedNote
from sec_workshop.storage import store
from sec_workshop.storage.database import Database, Tx

GAP = 20.0
GRID = 20.0  # the board's snapping grid; reading order rounds to it
COLUMNS = 8
CLUSTER_COLUMNS = 3
CLUSTER_PADDING = 20.0
ARRANGE_COLUMNS = 4  # a cluster laid out tidily is at most this many notes wide
LOOSE_COLUMNS = 6
# The title of the round that imported paper dots go to, when the caller gives none (the
# command line, whose default language is Dutch). The round is found by its kind, never
# by this title.
TALLY_ROUND_TITLE = "Papieren stippen"


class BoardService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def summaries(self, wijk_id: str) -> list[BoardSummary]:
        with self._db.read() as conn:
            sessions = {s.id: s for s in store.list_where(conn, Session, wijk_id=wijk_id)}
            boards = store.list_where(conn, Board, session_id=list(sessions))
            ids = [b.id for b in boards]
            notes = store.count_grouped(conn, Note, "board_id", board_id=ids)
            clusters = store.count_grouped(conn, Cluster, "board_id", board_id=ids)
            rounds = store.list_where(conn, VoteRound, board_id=ids)
            per_round = store.sum_grouped(
                conn, Vote, "round_id", "count", round_id=[r.id for r in rounds]
            )
        votes: dict[str, int] = {}
        for r in rounds:
            votes[r.board_id] = votes.get(r.board_id, 0) + per_round.get(r.id, 0)

        def order(b: Board) -> tuple[bool, str, int]:
            s = sessions[b.session_id]
            when = s.starts_at.isoformat() if s.starts_at else ""
            return (s.starts_at is None, when, b.position)

        return [
            BoardSummary(
                board=b,
                session_title=sessions[b.session_id].title,
                note_count=notes.get(b.id, 0),
                cluster_count=clusters.get(b.id, 0),
                vote_total=votes.get(b.id, 0),
            )
            for b in sorted(boards, key=order)
        ]

    def get(self, board_id: str) -> Board:
        with self._db.read() as conn:
            board = store.find(conn, Board, board_id)
        if board is None:
            raise NotFoundError("board.not_found", id=board_id)
        return board

    def content(self, board_id: str) -> BoardContent:
        with self._db.read() as conn:
            board = store.get(conn, Board, board_id)
            rounds = store.list_where(conn, VoteRound, order_by=("position",), board_id=board_id)
            return BoardContent(
                board=board,
                notes=tuple(store.list_where(conn, Note, order_by=("z",), board_id=board_id)),
                clusters=tuple(store.list_where(conn, Cluster, board_id=board_id)),
                links=tuple(store.list_where(conn, NoteLink, board_id=board_id)),
                vote_rounds=tuple(rounds),
                votes=tuple(store.list_where(conn, Vote, round_id=[r.id for r in rounds])),
                photos=tuple(store.list_where(conn, Photo, exclude=("data",), board_id=board_id)),
            )

    def import_notes(
        self, board_id: str, imported: list[ImportedNote], tally_title: str = TALLY_ROUND_TITLE
    ) -> int:
        """Add all notes in one transaction (all or nothing); returns how many were added.

        Notes that name a cluster join it (an existing one with the same title, or a new
        one); vote counts become a tally in the board's paper-dots round.
        """
        with self._db.write() as conn:
            if store.find(conn, Board, board_id) is None:
                raise NotFoundError("board.not_found", id=board_id)
            records, grown = layout_import(conn, board_id, imported, tally_title)
            for cluster in grown:
                store.save_record(conn, cluster)
            store.insert_records(conn, records)
        return len(imported)

    def photo_data(self, photo_id: str) -> bytes:
        """The encoded image of a photo (``content`` leaves it out to stay light)."""
        with self._db.read() as conn:
            photo = store.find(conn, Photo, photo_id)
        if photo is None:
            raise NotFoundError("photo.not_found", id=photo_id)
        return photo.data


def layout_import(
    conn: Tx, board_id: str, imported: list[ImportedNote], tally_title: str = TALLY_ROUND_TITLE
) -> tuple[list[Record], list[Cluster]]:
    """Place imported notes below what is on the board, without writing anything.

    Returns the new records (clusters, notes, a paper-dots round and its tallies) and the
    existing clusters that grow to hold the notes that join them.
    """
    existing_notes = store.list_where(conn, Note, board_id=board_id)
    existing_clusters = store.list_where(conn, Cluster, board_id=board_id)
    bottom = max(
        [n.y + n.height for n in existing_notes] + [c.y + c.height for c in existing_clusters],
        default=0.0,
    )
    top = bottom + (GAP * 3 if bottom else GAP)
    z = max((n.z for n in existing_notes), default=0.0)

    by_title = {c.title.casefold(): c for c in existing_clusters}
    # One group per cluster title, whatever its case ("Warmte" and "warmte" are one).
    groups: dict[str, list[ImportedNote]] = {}
    loose: list[ImportedNote] = []
    for item in imported:
        if item.cluster:
            title = (
                by_title[item.cluster.casefold()].title
                if item.cluster.casefold() in by_title
                else item.cluster
            )
            key = next((k for k in groups if k.casefold() == title.casefold()), title)
            groups.setdefault(key, []).append(item)
        else:
            loose.append(item)

    records: list[Record] = []
    grown: dict[str, Cluster] = {}
    notes: list[tuple[Note, int]] = []
    y = top
    for i, item in enumerate(loose):
        row, col = divmod(i, COLUMNS)
        z += 1
        note = Note(
            board_id=board_id,
            text=item.text,
            color=item.color or NoteColor.YELLOW,
            x=GAP + col * (NOTE_WIDTH + GAP),
            y=y + row * (NOTE_HEIGHT + GAP),
            z=z,
        )
        notes.append((note, item.votes))
    if loose:
        y += ((len(loose) - 1) // COLUMNS + 1) * (NOTE_HEIGHT + GAP) + GAP * 2

    x = GAP
    row_height = 0.0
    clusters_in_row = 0
    new_clusters: list[Cluster] = []
    for title, members in groups.items():
        cluster = by_title.get(title.casefold())
        cols = min(CLUSTER_COLUMNS, len(members))
        rows = (len(members) - 1) // CLUSTER_COLUMNS + 1
        width = CLUSTER_PADDING * 2 + cols * NOTE_WIDTH + (cols - 1) * GAP
        height = CLUSTER_HEADER + CLUSTER_PADDING + rows * (NOTE_HEIGHT + GAP)
        if cluster is None or cluster.id not in {c.id for c in existing_clusters}:
            if clusters_in_row == 3:
                x, y, clusters_in_row = GAP, y + row_height + GAP * 2, 0
                row_height = 0.0
            cluster = Cluster(board_id=board_id, title=title, x=x, y=y, width=width, height=height)
            new_clusters.append(cluster)
            by_title[title.casefold()] = cluster
            origin_x, origin_y = x, y
            x += width + GAP * 2
            clusters_in_row += 1
            row_height = max(row_height, height)
        else:
            # Joining an existing cluster: add below its current notes, and grow it.
            cluster = grown.get(cluster.id, cluster)
            origin_x, origin_y = cluster.x, cluster.y + cluster.height - CLUSTER_HEADER
        for i, item in enumerate(members):
            row, col = divmod(i, CLUSTER_COLUMNS)
            z += 1
            note = Note(
                board_id=board_id,
                text=item.text,
                color=item.color or NoteColor.YELLOW,
                x=origin_x + CLUSTER_PADDING + col * (NOTE_WIDTH + GAP),
                y=origin_y + CLUSTER_HEADER + row * (NOTE_HEIGHT + GAP),
                z=z,
                cluster_id=cluster.id,
            )
            notes.append((note, item.votes))
        if cluster.id in {c.id for c in existing_clusters}:
            grown[cluster.id] = replace(
                cluster,
                height=cluster.height + rows * (NOTE_HEIGHT + GAP),
                width=max(cluster.width, width),
            )

    records.extend(new_clusters)
    records.extend(note for note, _ in notes)
    tallies = [(note, votes) for note, votes in notes if votes > 0]
    if tallies:
        rounds = [
            r
            for r in store.list_where(conn, VoteRound, order_by=("position",), board_id=board_id)
            if is_tally_round(r)
        ]
        if rounds:
            round_id = rounds[0].id
        else:
            tally_round = VoteRound(
                board_id=board_id,
                title=tally_title.strip() or TALLY_ROUND_TITLE,
                dots_per_participant=0,
                status=VoteRoundStatus.CLOSED,
                position=store.count_where(conn, VoteRound, board_id=board_id),
            )
            records.append(tally_round)
            round_id = tally_round.id
        records.extend(
            Vote(round_id=round_id, note_id=note.id, participant=PAPER_TALLY, count=votes)
            for note, votes in tallies
        )
    return records, list(grown.values())


# --- layout rules ---------------------------------------------------------------------------
def reading_order(record: Note | Cluster | Photo) -> tuple[float, float]:
    """Top to bottom, then left to right, as a person reads the board."""
    return (round(record.y / GRID), record.x)


def centre_of(note: Note) -> tuple[float, float]:
    return note.x + note.width / 2, note.y + note.height / 2


def cluster_at(clusters: Iterable[Cluster], x: float, y: float) -> Cluster | None:
    """The cluster a note whose centre is at (x, y) belongs to: an open (not folded) cluster
    under that point; the smallest one where clusters lie on each other."""
    under = [
        c
        for c in clusters
        if not c.collapsed and c.x <= x <= c.x + c.width and c.y <= y <= c.y + c.height
    ]
    return min(under, key=lambda c: (c.width * c.height, c.id), default=None)


def settle_notes(
    notes: Sequence[Note], clusters: Sequence[Cluster]
) -> tuple[list[Note], list[Cluster]]:
    """Notes put down on a board: each in the open cluster under its centre (or in none),
    and the clusters that grow to hold them."""
    joined: dict[str, list[Note]] = {}
    placed = []
    for note in notes:
        cluster = cluster_at(clusters, *centre_of(note))
        note = replace(note, cluster_id=cluster.id if cluster is not None else None)
        placed.append(note)
        if cluster is not None:
            joined.setdefault(cluster.id, []).append(note)
    by_id = {c.id: c for c in clusters}
    grown = [grown_to_hold(by_id[i], members) for i, members in joined.items()]
    return placed, [c for c in grown if c != by_id[c.id]]


def grown_to_hold(cluster: Cluster, notes: Iterable[Note]) -> Cluster:
    """A cluster grown to hold its notes with a margin (a note dropped on its edge)."""
    left, top = cluster.x, cluster.y
    right, bottom = cluster.x + cluster.width, cluster.y + cluster.height
    for note in notes:
        left = min(left, note.x - GRID)
        top = min(top, note.y - CLUSTER_HEADER)
        right = max(right, note.x + note.width + GRID)
        bottom = max(bottom, note.y + note.height + GRID)
    if (left, top, right, bottom) == (
        cluster.x,
        cluster.y,
        cluster.x + cluster.width,
        cluster.y + cluster.height,
    ):
        return cluster
    return replace(cluster, x=left, y=top, width=right - left, height=bottom - top)


def arrange_in_cluster(
    cluster: Cluster, notes: Sequence[Note], x: float, y: float
) -> tuple[Cluster, list[Note]]:
    """Notes in a tidy grid inside the cluster (in reading order), and the cluster sized to
    hold them, its top-left at (x, y) and unfolded."""
    ordered = sorted(notes, key=reading_order)
    columns = max(1, min(ARRANGE_COLUMNS, math.ceil(math.sqrt(len(ordered)))))
    width = max((n.width for n in ordered), default=NOTE_WIDTH)
    height = max((n.height for n in ordered), default=NOTE_HEIGHT)
    placed = []
    for i, note in enumerate(ordered):
        row, col = divmod(i, columns)
        placed.append(
            replace(
                note,
                x=x + CLUSTER_PADDING + col * (width + GAP),
                y=y + CLUSTER_HEADER + CLUSTER_PADDING / 2 + row * (height + GAP),
                cluster_id=cluster.id,
            )
        )
    rows = max(1, (len(ordered) - 1) // columns + 1)
    sized = replace(
        cluster,
        x=x,
        y=y,
        width=2 * CLUSTER_PADDING + columns * width + (columns - 1) * GAP,
        height=CLUSTER_HEADER + CLUSTER_PADDING + rows * (height + GAP),
        collapsed=False,
    )
    return sized, placed


def top_left_for_cluster(notes: Sequence[Note]) -> tuple[float, float]:
    """Where a cluster made of these notes starts: above the first of them, room for its title."""
    return min(n.x for n in notes), min(n.y for n in notes) - CLUSTER_HEADER


def in_rows(notes: Sequence[Note], x: float, y: float) -> list[Note]:
    """Notes in a square-ish grid, in reading order, from (x, y); clusters stay as they are."""
    ordered = sorted(notes, key=reading_order)
    columns = max(1, math.ceil(math.sqrt(len(ordered))))
    width = max(n.width for n in ordered)
    height = max(n.height for n in ordered)
    return [
        replace(n, x=x + (i % columns) * (width + GAP), y=y + (i // columns) * (height + GAP))
        for i, n in enumerate(ordered)
    ]


def placed_in_cluster(
    cluster: Cluster, members: Sequence[Note], notes: Sequence[Note]
) -> tuple[Cluster, list[Note]]:
    """Notes put into a cluster: in rows below its members from the left edge, and the
    cluster grown to hold them (with the margin the board keeps when a note is dropped)."""
    left = cluster.x + CLUSTER_PADDING
    right_edge = cluster.x + cluster.width - CLUSTER_PADDING
    y = max((m.y + m.height for m in members), default=cluster.y + CLUSTER_HEADER - GAP) + GAP
    x, row_height = left, 0.0
    placed: list[Note] = []
    for note in notes:
        if x > left and x + note.width > right_edge:
            x, y, row_height = left, y + row_height + GAP, 0.0
        placed.append(replace(note, x=x, y=y, cluster_id=cluster.id))
        x += note.width + GAP
        row_height = max(row_height, note.height)
    right = max(cluster.x + cluster.width, max(n.x + n.width for n in placed) + GRID)
    bottom = max(cluster.y + cluster.height, max(n.y + n.height for n in placed) + GRID)
    return replace(cluster, width=right - cluster.x, height=bottom - cluster.y), placed


def placed_loose(notes: Sequence[Note], left: float, top: float) -> list[Note]:
    """Notes taken out of their cluster, in rows from (left, top)."""
    placed = []
    for i, note in enumerate(notes):
        row, col = divmod(i, LOOSE_COLUMNS)
        placed.append(
            replace(
                note,
                x=left + col * (note.width + GAP),
                y=top + row * (note.height + GAP),
                cluster_id=None,
            )
        )
    return placed
