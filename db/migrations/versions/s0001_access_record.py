"""security: access records (audited reads of personal data, apart from the change chain)

Revision ID: s0001
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk.store.models.base

revision: str = 's0001'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = ('security',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('access_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('terminal', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('subject', sa.String(length=40), nullable=False),
    sa.Column('subject_ids', sa.Text(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_record'))
    )
    with op.batch_alter_table('access_record', schema=None) as batch_op:
        batch_op.create_index('ix_access_record_at', ['at'], unique=False)
        batch_op.create_index('ix_access_record_subject', ['subject', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('access_record', schema=None) as batch_op:
        batch_op.drop_index('ix_access_record_subject')
        batch_op.drop_index('ix_access_record_at')
    op.drop_table('access_record')
