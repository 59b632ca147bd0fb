"""Sessions prepared and held: expected and present counts per group, packed materials,
facilitators with their role; agenda items with notes for the facilitators, breaks, the
board they work on and the time they took; decisions about a roadmap step.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_GROUPS = ("residents", "tenants", "owners", "professionals")


def upgrade() -> None:
    with op.batch_alter_table("session", schema=None) as batch_op:
        for kind in ("expected", "present"):
            for group in _GROUPS:
                batch_op.add_column(
                    sa.Column(f"{kind}_{group}", sa.Integer(), nullable=False, server_default="0")
                )
        batch_op.add_column(sa.Column("packed", sa.Text(), nullable=False, server_default="[]"))
    op.create_table(
        "session_facilitator",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column(
            "session_id",
            sa.String(length=36),
            sa.ForeignKey("session.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False, server_default=""),
    )
    op.create_index("ix_session_facilitator_session_id", "session_facilitator", ["session_id"])
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("is_break", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("board_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("held_minutes", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_agenda_item_board_id_board", "board", ["board_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_index("ix_agenda_item_board_id", ["board_id"])
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("step_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            "fk_decision_step_id_step", "step", ["step_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_constraint("fk_decision_step_id_step", type_="foreignkey")
        batch_op.drop_column("step_id")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_item_board_id")
        batch_op.drop_constraint("fk_agenda_item_board_id_board", type_="foreignkey")
        for name in ("held_minutes", "board_id", "is_break", "notes"):
            batch_op.drop_column(name)
    op.drop_index("ix_session_facilitator_session_id", table_name="session_facilitator")
    op.drop_table("session_facilitator")
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_column("packed")
        for kind in ("expected", "present"):
            for group in _GROUPS:
                batch_op.drop_column(f"{kind}_{group}")
