"""The koppelkansen register: each koppelkans of a wijk with its problem, trekker,
partners, combined budgets and indicator; its status over time; its links to roadmap steps
and stakeholders.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[str]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
    ]


def _fk(column: str, table: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "koppelkans",
        *_stamps(),
        sa.Column("wijk_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("problem", sa.String(length=500), nullable=False),
        sa.Column("lead", sa.String(length=500), nullable=False),
        sa.Column("partners", sa.Text(), nullable=False),
        sa.Column("budgets", sa.Text(), nullable=False),
        sa.Column("indicator", sa.String(length=500), nullable=False),
        sa.Column("baseline", sa.String(length=500), nullable=False),
        sa.Column("target", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        _fk("wijk_id", "koppelkans", "wijk"),
        sa.PrimaryKeyConstraint("id", name="pk_koppelkans"),
    )
    op.create_index("ix_koppelkans_wijk_id", "koppelkans", ["wijk_id"])
    op.create_table(
        "koppelkans_update",
        *_stamps(),
        sa.Column("koppelkans_id", sa.String(length=36), nullable=False),
        sa.Column("on", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("koppelkans_id", "koppelkans_update", "koppelkans"),
        sa.PrimaryKeyConstraint("id", name="pk_koppelkans_update"),
    )
    op.create_index(
        "ix_koppelkans_update_koppelkans_id", "koppelkans_update", ["koppelkans_id"]
    )
    for table, column, target in (
        ("koppelkans_step", "step_id", "step"),
        ("koppelkans_stakeholder", "stakeholder_id", "stakeholder"),
    ):
        op.create_table(
            table,
            *_stamps(),
            sa.Column("koppelkans_id", sa.String(length=36), nullable=False),
            sa.Column(column, sa.String(length=36), nullable=False),
            _fk("koppelkans_id", table, "koppelkans"),
            _fk(column, table, target),
            sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
            sa.UniqueConstraint("koppelkans_id", column, name=f"uq_{table}_koppelkans_id_{column}"),
        )
        op.create_index(f"ix_{table}_koppelkans_id", table, ["koppelkans_id"])
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table in ("koppelkans_stakeholder", "koppelkans_step", "koppelkans_update", "koppelkans"):
        op.drop_table(table)
