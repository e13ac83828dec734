"""queue: who staffs each window today, and the kiosk's calls for staff

Revision ID: q0003
Revises: q0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk.store.models.base

revision: str = 'q0003'
down_revision: str | Sequence[str] | None = 'q0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('queue_window_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('staffed_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('staffed_at', desk.store.models.base.UTCDateTime(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_queue_window_state_staffed_by_id_app_user'), 'app_user',
                                    ['staffed_by_id'], ['id'])
    op.create_table('queue_help_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('terminal', sa.String(length=60), nullable=False),
    sa.Column('asked_at', desk.store.models.base.UTCDateTime(), nullable=False),
    sa.Column('answered_at', desk.store.models.base.UTCDateTime(), nullable=True),
    sa.Column('answered_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_queue_help_request_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_help_request'))
    )
    op.create_index('ix_queue_help_request_open', 'queue_help_request', ['station_id', 'answered_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_queue_help_request_open', table_name='queue_help_request')
    op.drop_table('queue_help_request')
    with op.batch_alter_table('queue_window_state', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_queue_window_state_staffed_by_id_app_user'), type_='foreignkey')
        batch_op.drop_column('staffed_at')
        batch_op.drop_column('staffed_by_id')
