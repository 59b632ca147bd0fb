"""The schema as SQLAlchemy Core tables; column names equal the domain field names.

Core rather than ORM keeps start-up light and makes each edit one plain statement.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from sec_workshop.domain.enums import (
    Attitude,
    KoppelkansStatus,
    ModelKind,
    NoteColor,
    NoteKind,
    ParticipantGroup,
    ParticipationLevel,
    Route,
    SessionStatus,
    StepStatus,
    VoteRoundStatus,
)
from sec_workshop.storage.types import (
    EnumText,
    IsoDate,
    LocalDateTime,
    StringTuple,
    UtcDateTime,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _record(name: str, *columns: Column[object] | UniqueConstraint) -> Table:
    return Table(
        name,
        metadata,
        Column("id", String(36), primary_key=True),
        Column("created_at", UtcDateTime(), nullable=False),
        Column("updated_at", UtcDateTime(), nullable=False),
        *columns,
    )


def _fk(target: str, ondelete: str = "CASCADE") -> ForeignKey:
    return ForeignKey(f"{target}.id", ondelete=ondelete)


meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

wijk = _record(
    "wijk",
    Column("name", String(120), nullable=False),
    Column("municipality", String(120), nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
    Column("homes", Integer, nullable=False, default=0),
    Column("social_rent_pct", Integer, nullable=False, default=0),
    Column("private_rent_pct", Integer, nullable=False, default=0),
    Column("owner_occupied_pct", Integer, nullable=False, default=0),
    Column("vve_pct", Integer, nullable=False, default=0),
    Column("vulnerable", Boolean, nullable=False, default=False),
)

process_model = _record(
    "process_model",
    Column("name", String(200), nullable=False),
    Column("kind", EnumText(ModelKind), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("wijk_id", String(36), _fk("wijk"), nullable=True, index=True),
    Column("source_template_id", String(36), _fk("process_model", "SET NULL"), nullable=True),
    Column("builtin_key", String(64), nullable=True, unique=True),
)

lane = _record(
    "lane",
    Column("model_id", String(36), _fk("process_model"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("route", EnumText(Route), nullable=False),
    Column("color", String(7), nullable=False),
    Column("position", Integer, nullable=False),
)

phase = _record(
    "phase",
    Column("model_id", String(36), _fk("process_model"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("position", Integer, nullable=False),
    Column("description", Text, nullable=False, default=""),
)

step = _record(
    "step",
    Column("model_id", String(36), _fk("process_model"), nullable=False, index=True),
    Column("lane_id", String(36), _fk("lane"), nullable=False, index=True),
    Column("phase_id", String(36), _fk("phase"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("title", String(200), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("goal", Text, nullable=False, default=""),
    Column("approach", Text, nullable=False, default=""),
    Column("tips", Text, nullable=False, default=""),
    Column("status", EnumText(StepStatus), nullable=False),
    Column("owner", String(200), nullable=False, default=""),
    Column("start_date", IsoDate(), nullable=True),
    Column("due_date", IsoDate(), nullable=True),
)

step_dependency = _record(
    "step_dependency",
    Column("model_id", String(36), _fk("process_model"), nullable=False, index=True),
    Column("from_step_id", String(36), _fk("step"), nullable=False, index=True),
    Column("to_step_id", String(36), _fk("step"), nullable=False, index=True),
    UniqueConstraint("from_step_id", "to_step_id"),
)

instrument = _record(
    "instrument",
    Column("name", String(200), nullable=False),
    Column("category", String(60), nullable=False, default=""),
    Column("routes", StringTuple(), nullable=False),
    Column("purpose", Text, nullable=False, default=""),
    Column("procedure", Text, nullable=False, default=""),
    Column("duration_minutes", Integer, nullable=False, default=0),
    Column("group_min", Integer, nullable=False, default=0),
    Column("group_max", Integer, nullable=False, default=0),
    Column("materials", Text, nullable=False, default=""),
    Column("outcome", Text, nullable=False, default=""),
    Column("builtin_key", String(64), nullable=True, unique=True),
)

step_instrument = _record(
    "step_instrument",
    Column("step_id", String(36), _fk("step"), nullable=False, index=True),
    Column("instrument_id", String(36), _fk("instrument"), nullable=False, index=True),
    Column("position", Integer, nullable=False, default=0),
)


class _Params(TypeDecorator[dict[str, Any]]):
    """A history entry's parameters (names, titles, lists of fields) as a JSON object."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Mapping[str, Any] | None, dialect: Dialect) -> str:
        return json.dumps(dict(value or {}), ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value: str | None, dialect: Dialect) -> dict[str, Any]:
        try:
            loaded: Any = json.loads(value or "{}")
        except ValueError:
            return {}  # the entry still shows, from its stored summary or with "?" filled in
        return loaded if isinstance(loaded, dict) else {}


roadmap_change = _record(
    "roadmap_change",
    Column("model_id", String(36), _fk("process_model"), nullable=False, index=True),
    Column("at", UtcDateTime(), nullable=False),
    Column("summary", String(500), nullable=False),
    Column("detail", Text, nullable=False, default=""),
    Column("code", String(64), nullable=False, default=""),  # schema 0004
    Column("params", _Params(), nullable=False),  # schema 0004
)

stakeholder = _record(
    "stakeholder",
    Column("wijk_id", String(36), _fk("wijk"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("type_key", String(64), nullable=False),
    Column("organisation", String(200), nullable=False, default=""),
    Column("interests", Text, nullable=False, default=""),
    Column("concerns", Text, nullable=False, default=""),
    Column("needs", Text, nullable=False, default=""),
    Column("barriers", Text, nullable=False, default=""),
    Column("opportunities", Text, nullable=False, default=""),
    Column("influence", Integer, nullable=False),
    Column("interest", Integer, nullable=False),
    Column("attitude", EnumText(Attitude), nullable=False),
    Column("participation", EnumText(ParticipationLevel), nullable=False),
    Column("koppelkansen", StringTuple(), nullable=False),
    Column("contact_name", String(200), nullable=False, default=""),
    Column("contact_role", String(200), nullable=False, default=""),
    Column("contact_email", String(200), nullable=False, default=""),
    Column("contact_phone", String(200), nullable=False, default=""),
)

session = _record(
    "session",
    Column("wijk_id", String(36), _fk("wijk"), nullable=False, index=True),
    Column("title", String(200), nullable=False),
    Column("starts_at", LocalDateTime(), nullable=True),
    Column("duration_minutes", Integer, nullable=False),
    Column("location", String(200), nullable=False, default=""),
    Column("goal", Text, nullable=False, default=""),
    Column("status", EnumText(SessionStatus), nullable=False),
    Column("step_id", String(36), _fk("step", "SET NULL"), nullable=True, index=True),
    Column("participant_count", Integer, nullable=False, default=0),
    Column("facilitator_notes", Text, nullable=False, default=""),
    # schema 0005: who is expected and who came, per group; what is packed
    *cast(
        "list[Column[object]]",
        [
            Column(f"{kind}_{group.value}", Integer, nullable=False, default=0)
            for kind in ("expected", "present")
            for group in ParticipantGroup
        ],
    ),
    Column("packed", StringTuple(), nullable=False, default="[]"),
)

session_facilitator = _record(  # schema 0005
    "session_facilitator",
    Column("session_id", String(36), _fk("session"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", String(200), nullable=False),
    Column("role", String(200), nullable=False, default=""),
)

session_stakeholder = _record(
    "session_stakeholder",
    Column("session_id", String(36), _fk("session"), nullable=False, index=True),
    Column("stakeholder_id", String(36), _fk("stakeholder"), nullable=False, index=True),
    UniqueConstraint("session_id", "stakeholder_id"),
)

step_stakeholder = _record(
    "step_stakeholder",
    Column("step_id", String(36), _fk("step"), nullable=False, index=True),
    Column("stakeholder_id", String(36), _fk("stakeholder"), nullable=False, index=True),
    UniqueConstraint("step_id", "stakeholder_id"),
)

step_session = _record(
    "step_session",
    Column("step_id", String(36), _fk("step"), nullable=False, index=True),
    Column("session_id", String(36), _fk("session"), nullable=False, index=True),
    UniqueConstraint("step_id", "session_id"),
)

agenda_item = _record(
    "agenda_item",
    Column("session_id", String(36), _fk("session"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("title", String(200), nullable=False),
    Column("duration_minutes", Integer, nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("instrument_id", String(36), _fk("instrument", "SET NULL"), nullable=True),
    Column("facilitator", String(200), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),  # schema 0005, and the three below
    Column("is_break", Boolean, nullable=False, default=False),
    Column("board_id", String(36), _fk("board", "SET NULL"), nullable=True, index=True),
    Column("held_minutes", Integer, nullable=True),
)

decision = _record(
    "decision",
    Column("session_id", String(36), _fk("session"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("rationale", Text, nullable=False, default=""),
    Column("step_id", String(36), _fk("step", "SET NULL"), nullable=True),  # schema 0005
)

action_item = _record(
    "action_item",
    Column("session_id", String(36), _fk("session"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("owner", String(200), nullable=False, default=""),
    Column("due_date", IsoDate(), nullable=True),
    Column("done", Boolean, nullable=False, default=False),
)

board = _record(
    "board",
    Column("session_id", String(36), _fk("session"), nullable=False, index=True),
    Column("title", String(200), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("template_key", String(64), nullable=False),
    Column("description", Text, nullable=False, default=""),
)

cluster = _record(
    "cluster",
    Column("board_id", String(36), _fk("board"), nullable=False, index=True),
    Column("title", String(200), nullable=False),
    Column("x", Float, nullable=False),
    Column("y", Float, nullable=False),
    Column("width", Float, nullable=False),
    Column("height", Float, nullable=False),
    Column("collapsed", Boolean, nullable=False, default=False),
    Column("color", String(7), nullable=False, default=""),
)

note = _record(
    "note",
    Column("board_id", String(36), _fk("board"), nullable=False),
    Column("text", Text, nullable=False),
    Column("x", Float, nullable=False),
    Column("y", Float, nullable=False),
    Column("width", Float, nullable=False),
    Column("height", Float, nullable=False),
    Column("z", Float, nullable=False, default=0.0),
    Column("color", EnumText(NoteColor), nullable=False),
    Column("kind", EnumText(NoteKind), nullable=False),
    Column("cluster_id", String(36), _fk("cluster", "SET NULL"), nullable=True),
    Column("facilitator_only", Boolean, nullable=False, default=False),
)

note_link = _record(
    "note_link",
    Column("board_id", String(36), _fk("board"), nullable=False, index=True),
    Column("from_note_id", String(36), _fk("note"), nullable=False, index=True),
    Column("to_note_id", String(36), _fk("note"), nullable=False, index=True),
    Column("label", String(200), nullable=False, default=""),
)

photo = _record(
    "photo",
    Column("board_id", String(36), _fk("board"), nullable=False, index=True),
    Column("caption", String(200), nullable=False, default=""),
    Column("mime_type", String(40), nullable=False),
    Column("width_px", Integer, nullable=False),
    Column("height_px", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("x", Float, nullable=False, default=0.0),
    Column("y", Float, nullable=False, default=0.0),
    Column("scale", Float, nullable=False, default=1.0),
)

vote_round = _record(
    "vote_round",
    Column("board_id", String(36), _fk("board"), nullable=False, index=True),
    Column("title", String(200), nullable=False),
    Column("dots_per_participant", Integer, nullable=False),
    Column("status", EnumText(VoteRoundStatus), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("participants", StringTuple(), nullable=False, default="[]"),  # schema 0003
)

vote = _record(
    "vote",
    Column("round_id", String(36), _fk("vote_round"), nullable=False),
    Column("note_id", String(36), _fk("note"), nullable=True),
    Column("cluster_id", String(36), _fk("cluster"), nullable=True, index=True),
    Column("participant", String(60), nullable=False, default=""),
    Column("count", Integer, nullable=False, default=1),
)

# schema 0006: the koppelkansen register
koppelkans = _record(
    "koppelkans",
    Column("wijk_id", String(36), _fk("wijk"), nullable=False, index=True),
    Column("title", String(200), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("problem", String(500), nullable=False, default=""),
    Column("lead", String(500), nullable=False, default=""),
    Column("partners", StringTuple(), nullable=False, default="[]"),
    Column("budgets", Text, nullable=False, default=""),
    Column("indicator", String(500), nullable=False, default=""),
    Column("baseline", String(500), nullable=False, default=""),
    Column("target", String(500), nullable=False, default=""),
    Column("status", EnumText(KoppelkansStatus), nullable=False),
    Column("notes", Text, nullable=False, default=""),
)

koppelkans_update = _record(
    "koppelkans_update",
    Column("koppelkans_id", String(36), _fk("koppelkans"), nullable=False, index=True),
    Column("on", IsoDate(), nullable=False),
    Column("status", EnumText(KoppelkansStatus), nullable=False),
    Column("note", Text, nullable=False, default=""),
)

koppelkans_step = _record(
    "koppelkans_step",
    Column("koppelkans_id", String(36), _fk("koppelkans"), nullable=False, index=True),
    Column("step_id", String(36), _fk("step"), nullable=False, index=True),
    UniqueConstraint("koppelkans_id", "step_id"),
)

koppelkans_stakeholder = _record(
    "koppelkans_stakeholder",
    Column("koppelkans_id", String(36), _fk("koppelkans"), nullable=False, index=True),
    Column("stakeholder_id", String(36), _fk("stakeholder"), nullable=False, index=True),
    UniqueConstraint("koppelkans_id", "stakeholder_id"),
)

tombstone = Table(
    "tombstone",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("deleted_at", UtcDateTime(), nullable=False),
)

# Added in schema 0002: lookups that large boards (thousands of notes) depend on.
Index("ix_note_board_id", note.c.board_id)
Index("ix_note_cluster_id", note.c.cluster_id)
Index("ix_vote_round_id", vote.c.round_id)
Index("ix_vote_note_id", vote.c.note_id)
