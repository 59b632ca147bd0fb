"""Indexes for large boards: notes by board and cluster, votes by round and note.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index("ix_note_board_id", ["board_id"], unique=False)
        batch_op.create_index("ix_note_cluster_id", ["cluster_id"], unique=False)
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.create_index("ix_vote_round_id", ["round_id"], unique=False)
        batch_op.create_index("ix_vote_note_id", ["note_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_index("ix_vote_note_id")
        batch_op.drop_index("ix_vote_round_id")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index("ix_note_cluster_id")
        batch_op.drop_index("ix_note_board_id")
