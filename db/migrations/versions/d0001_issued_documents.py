"""documents: issued documents and their reprints

Revision ID: d0001
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk.store.models.base

revision: str = 'd0001'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = ('documents',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('issued_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('issued_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('issued_by_name', sa.String(length=60), nullable=False),
    sa.Column('terminal', sa.String(length=80), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('header_json', sa.Text(), nullable=False),
    sa.Column('payload_json', sa.Text(), nullable=False),
    sa.Column('font', sa.String(length=300), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['issued_by_id'], ['app_user.id'], name=op.f('fk_issued_document_issued_by_id_app_user')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_issued_document_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_document'))
    )
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.create_index('ix_issued_document_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_issued_document_kind_number', ['kind', 'number'], unique=False)
        batch_op.create_index('ix_issued_document_station_issued_at', ['station_id', 'issued_at'], unique=False)

    op.create_table('issued_document_reprint',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('reprinted_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_name', sa.String(length=60), nullable=False),
    sa.Column('terminal', sa.String(length=80), nullable=False),
    sa.Column('exact', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['issued_document.id'], name=op.f('fk_issued_document_reprint_document_id_issued_document')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_issued_document_reprint_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_document_reprint'))
    )
    with op.batch_alter_table('issued_document_reprint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_document_reprint_document_id'), ['document_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('issued_document_reprint', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_document_reprint_document_id'))

    op.drop_table('issued_document_reprint')
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.drop_index('ix_issued_document_station_issued_at')
        batch_op.drop_index('ix_issued_document_kind_number')
        batch_op.drop_index('ix_issued_document_entity')

    op.drop_table('issued_document')
