"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('instrument',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('routes', sa.Text(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('procedure', sa.Text(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('group_min', sa.Integer(), nullable=False),
    sa.Column('group_max', sa.Integer(), nullable=False),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('builtin_key', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_instrument')),
    sa.UniqueConstraint('builtin_key', name=op.f('uq_instrument_builtin_key'))
    )
    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_meta'))
    )
    op.create_table('tombstone',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_tombstone'))
    )
    op.create_table('wijk',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('municipality', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('homes', sa.Integer(), nullable=False),
    sa.Column('social_rent_pct', sa.Integer(), nullable=False),
    sa.Column('private_rent_pct', sa.Integer(), nullable=False),
    sa.Column('owner_occupied_pct', sa.Integer(), nullable=False),
    sa.Column('vve_pct', sa.Integer(), nullable=False),
    sa.Column('vulnerable', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wijk'))
    )
    op.create_table('process_model',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('wijk_id', sa.String(length=36), nullable=True),
    sa.Column('source_template_id', sa.String(length=36), nullable=True),
    sa.Column('builtin_key', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['source_template_id'], ['process_model.id'], name=op.f('fk_process_model_source_template_id_process_model'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['wijk_id'], ['wijk.id'], name=op.f('fk_process_model_wijk_id_wijk'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_process_model')),
    sa.UniqueConstraint('builtin_key', name=op.f('uq_process_model_builtin_key'))
    )
    with op.batch_alter_table('process_model', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_model_wijk_id'), ['wijk_id'], unique=False)

    op.create_table('stakeholder',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('wijk_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('type_key', sa.String(length=64), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('interests', sa.Text(), nullable=False),
    sa.Column('concerns', sa.Text(), nullable=False),
    sa.Column('needs', sa.Text(), nullable=False),
    sa.Column('barriers', sa.Text(), nullable=False),
    sa.Column('opportunities', sa.Text(), nullable=False),
    sa.Column('influence', sa.Integer(), nullable=False),
    sa.Column('interest', sa.Integer(), nullable=False),
    sa.Column('attitude', sa.String(length=24), nullable=False),
    sa.Column('participation', sa.String(length=24), nullable=False),
    sa.Column('koppelkansen', sa.Text(), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('contact_role', sa.String(length=200), nullable=False),
    sa.Column('contact_email', sa.String(length=200), nullable=False),
    sa.Column('contact_phone', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['wijk_id'], ['wijk.id'], name=op.f('fk_stakeholder_wijk_id_wijk'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholder'))
    )
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholder_wijk_id'), ['wijk_id'], unique=False)

    op.create_table('lane',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('route', sa.String(length=24), nullable=False),
    sa.Column('color', sa.String(length=7), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_model.id'], name=op.f('fk_lane_model_id_process_model'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lane'))
    )
    with op.batch_alter_table('lane', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lane_model_id'), ['model_id'], unique=False)

    op.create_table('phase',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_model.id'], name=op.f('fk_phase_model_id_process_model'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phase'))
    )
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phase_model_id'), ['model_id'], unique=False)

    op.create_table('roadmap_change',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('summary', sa.String(length=500), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_model.id'], name=op.f('fk_roadmap_change_model_id_process_model'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roadmap_change'))
    )
    with op.batch_alter_table('roadmap_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roadmap_change_model_id'), ['model_id'], unique=False)

    op.create_table('step',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('lane_id', sa.String(length=36), nullable=False),
    sa.Column('phase_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('approach', sa.Text(), nullable=False),
    sa.Column('tips', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.String(length=10), nullable=True),
    sa.Column('due_date', sa.String(length=10), nullable=True),
    sa.ForeignKeyConstraint(['lane_id'], ['lane.id'], name=op.f('fk_step_lane_id_lane'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['model_id'], ['process_model.id'], name=op.f('fk_step_model_id_process_model'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['phase_id'], ['phase.id'], name=op.f('fk_step_phase_id_phase'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step'))
    )
    with op.batch_alter_table('step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_lane_id'), ['lane_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_model_id'), ['model_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_phase_id'), ['phase_id'], unique=False)

    op.create_table('session',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('wijk_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('starts_at', sa.String(length=19), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('step_id', sa.String(length=36), nullable=True),
    sa.Column('participant_count', sa.Integer(), nullable=False),
    sa.Column('facilitator_notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['step_id'], ['step.id'], name=op.f('fk_session_step_id_step'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['wijk_id'], ['wijk.id'], name=op.f('fk_session_wijk_id_wijk'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session'))
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_step_id'), ['step_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_wijk_id'), ['wijk_id'], unique=False)

    op.create_table('step_dependency',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('from_step_id', sa.String(length=36), nullable=False),
    sa.Column('to_step_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['from_step_id'], ['step.id'], name=op.f('fk_step_dependency_from_step_id_step'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['model_id'], ['process_model.id'], name=op.f('fk_step_dependency_model_id_process_model'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_step_id'], ['step.id'], name=op.f('fk_step_dependency_to_step_id_step'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_dependency')),
    sa.UniqueConstraint('from_step_id', 'to_step_id', name=op.f('uq_step_dependency_from_step_id_to_step_id'))
    )
    with op.batch_alter_table('step_dependency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_dependency_from_step_id'), ['from_step_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_dependency_model_id'), ['model_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_dependency_to_step_id'), ['to_step_id'], unique=False)

    op.create_table('step_instrument',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('step_id', sa.String(length=36), nullable=False),
    sa.Column('instrument_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['instrument_id'], ['instrument.id'], name=op.f('fk_step_instrument_instrument_id_instrument'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['step_id'], ['step.id'], name=op.f('fk_step_instrument_step_id_step'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_instrument'))
    )
    with op.batch_alter_table('step_instrument', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_instrument_instrument_id'), ['instrument_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_instrument_step_id'), ['step_id'], unique=False)

    op.create_table('step_stakeholder',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('step_id', sa.String(length=36), nullable=False),
    sa.Column('stakeholder_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_step_stakeholder_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['step_id'], ['step.id'], name=op.f('fk_step_stakeholder_step_id_step'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_stakeholder')),
    sa.UniqueConstraint('step_id', 'stakeholder_id', name=op.f('uq_step_stakeholder_step_id_stakeholder_id'))
    )
    with op.batch_alter_table('step_stakeholder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_stakeholder_stakeholder_id'), ['stakeholder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_stakeholder_step_id'), ['step_id'], unique=False)

    op.create_table('action_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_date', sa.String(length=10), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_action_item_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_session_id'), ['session_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('instrument_id', sa.String(length=36), nullable=True),
    sa.Column('facilitator', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['instrument_id'], ['instrument.id'], name=op.f('fk_agenda_item_instrument_id_instrument'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_agenda_item_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_session_id'), ['session_id'], unique=False)

    op.create_table('board',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('template_key', sa.String(length=64), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_board_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board'))
    )
    with op.batch_alter_table('board', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_board_session_id'), ['session_id'], unique=False)

    op.create_table('decision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_decision_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_session_id'), ['session_id'], unique=False)

    op.create_table('session_stakeholder',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('stakeholder_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_session_stakeholder_session_id_session'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_session_stakeholder_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_stakeholder')),
    sa.UniqueConstraint('session_id', 'stakeholder_id', name=op.f('uq_session_stakeholder_session_id_stakeholder_id'))
    )
    with op.batch_alter_table('session_stakeholder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_stakeholder_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_stakeholder_stakeholder_id'), ['stakeholder_id'], unique=False)

    op.create_table('step_session',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('step_id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_step_session_session_id_session'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['step_id'], ['step.id'], name=op.f('fk_step_session_step_id_step'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_session')),
    sa.UniqueConstraint('step_id', 'session_id', name=op.f('uq_step_session_step_id_session_id'))
    )
    with op.batch_alter_table('step_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_session_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_step_session_step_id'), ['step_id'], unique=False)

    op.create_table('cluster',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('board_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('width', sa.Float(), nullable=False),
    sa.Column('height', sa.Float(), nullable=False),
    sa.Column('collapsed', sa.Boolean(), nullable=False),
    sa.Column('color', sa.String(length=7), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_cluster_board_id_board'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cluster'))
    )
    with op.batch_alter_table('cluster', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cluster_board_id'), ['board_id'], unique=False)

    op.create_table('photo',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('board_id', sa.String(length=36), nullable=False),
    sa.Column('caption', sa.String(length=200), nullable=False),
    sa.Column('mime_type', sa.String(length=40), nullable=False),
    sa.Column('width_px', sa.Integer(), nullable=False),
    sa.Column('height_px', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('scale', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_photo_board_id_board'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photo'))
    )
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photo_board_id'), ['board_id'], unique=False)

    op.create_table('vote_round',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('board_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('dots_per_participant', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_vote_round_board_id_board'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote_round'))
    )
    with op.batch_alter_table('vote_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_round_board_id'), ['board_id'], unique=False)

    op.create_table('note',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('board_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('width', sa.Float(), nullable=False),
    sa.Column('height', sa.Float(), nullable=False),
    sa.Column('z', sa.Float(), nullable=False),
    sa.Column('color', sa.String(length=24), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('cluster_id', sa.String(length=36), nullable=True),
    sa.Column('facilitator_only', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_note_board_id_board'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_note_cluster_id_cluster'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note'))
    )
    op.create_table('note_link',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('board_id', sa.String(length=36), nullable=False),
    sa.Column('from_note_id', sa.String(length=36), nullable=False),
    sa.Column('to_note_id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_note_link_board_id_board'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['from_note_id'], ['note.id'], name=op.f('fk_note_link_from_note_id_note'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_note_id'], ['note.id'], name=op.f('fk_note_link_to_note_id_note'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_link'))
    )
    with op.batch_alter_table('note_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_link_board_id'), ['board_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_link_from_note_id'), ['from_note_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_link_to_note_id'), ['to_note_id'], unique=False)

    op.create_table('vote',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('note_id', sa.String(length=36), nullable=True),
    sa.Column('cluster_id', sa.String(length=36), nullable=True),
    sa.Column('participant', sa.String(length=60), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_vote_cluster_id_cluster'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_vote_note_id_note'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['vote_round.id'], name=op.f('fk_vote_round_id_vote_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote'))
    )
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_cluster_id'), ['cluster_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_cluster_id'))

    op.drop_table('vote')
    with op.batch_alter_table('note_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_link_to_note_id'))
        batch_op.drop_index(batch_op.f('ix_note_link_from_note_id'))
        batch_op.drop_index(batch_op.f('ix_note_link_board_id'))

    op.drop_table('note_link')
    op.drop_table('note')
    with op.batch_alter_table('vote_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_round_board_id'))

    op.drop_table('vote_round')
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photo_board_id'))

    op.drop_table('photo')
    with op.batch_alter_table('cluster', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cluster_board_id'))

    op.drop_table('cluster')
    with op.batch_alter_table('step_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_session_step_id'))
        batch_op.drop_index(batch_op.f('ix_step_session_session_id'))

    op.drop_table('step_session')
    with op.batch_alter_table('session_stakeholder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_stakeholder_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_session_stakeholder_session_id'))

    op.drop_table('session_stakeholder')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_session_id'))

    op.drop_table('decision')
    with op.batch_alter_table('board', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_board_session_id'))

    op.drop_table('board')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_session_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_session_id'))

    op.drop_table('action_item')
    with op.batch_alter_table('step_stakeholder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_stakeholder_step_id'))
        batch_op.drop_index(batch_op.f('ix_step_stakeholder_stakeholder_id'))

    op.drop_table('step_stakeholder')
    with op.batch_alter_table('step_instrument', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_instrument_step_id'))
        batch_op.drop_index(batch_op.f('ix_step_instrument_instrument_id'))

    op.drop_table('step_instrument')
    with op.batch_alter_table('step_dependency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_dependency_to_step_id'))
        batch_op.drop_index(batch_op.f('ix_step_dependency_model_id'))
        batch_op.drop_index(batch_op.f('ix_step_dependency_from_step_id'))

    op.drop_table('step_dependency')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_wijk_id'))
        batch_op.drop_index(batch_op.f('ix_session_step_id'))

    op.drop_table('session')
    with op.batch_alter_table('step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_phase_id'))
        batch_op.drop_index(batch_op.f('ix_step_model_id'))
        batch_op.drop_index(batch_op.f('ix_step_lane_id'))

    op.drop_table('step')
    with op.batch_alter_table('roadmap_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roadmap_change_model_id'))

    op.drop_table('roadmap_change')
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phase_model_id'))

    op.drop_table('phase')
    with op.batch_alter_table('lane', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lane_model_id'))

    op.drop_table('lane')
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholder_wijk_id'))

    op.drop_table('stakeholder')
    with op.batch_alter_table('process_model', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_process_model_wijk_id'))

    op.drop_table('process_model')
    op.drop_table('wijk')
    op.drop_table('tombstone')
    op.drop_table('meta')
    op.drop_table('instrument')
