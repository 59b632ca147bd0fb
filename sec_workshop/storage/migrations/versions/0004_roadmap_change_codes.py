"""History entries of a roadmap as a code with parameters, shown in the reader's language.

Entries written before keep their Dutch summary (an empty code) and are shown as they are.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("roadmap_change", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("code", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("params", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("roadmap_change", schema=None) as batch_op:
        batch_op.drop_column("params")
        batch_op.drop_column("code")
