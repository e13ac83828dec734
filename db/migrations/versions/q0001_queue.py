"""queue: services, window assignments, day counters, tickets and their events

Revision ID: q0001
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk.store.models.base

revision: str = 'q0001'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = ('queue',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('queue_day_counter',
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('prefix', sa.String(length=2), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_queue_day_counter_station_id_station')),
    sa.PrimaryKeyConstraint('station_id', 'day', 'prefix', name=op.f('pk_queue_day_counter'))
    )
    op.create_table('queue_service',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('prefix', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('daily_cap', sa.Integer(), nullable=False),
    sa.Column('opens_minute', sa.Integer(), nullable=False),
    sa.Column('closes_minute', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_queue_service_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_service')),
    sa.UniqueConstraint('station_id', 'prefix', name=op.f('uq_queue_service_station_id_prefix'))
    )
    op.create_table('queue_ticket',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('prefix', sa.String(length=2), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=8), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('issued_service_id', sa.Integer(), nullable=False),
    sa.Column('priority', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('target_counter_id', sa.Integer(), nullable=True),
    sa.Column('clerk_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('citizen_name', sa.String(length=40), nullable=False),
    sa.Column('citizen_phone', sa.String(length=20), nullable=False),
    sa.Column('call_count', sa.Integer(), nullable=False),
    sa.Column('issued_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('called_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('started_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('finished_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('no_show_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('transferred_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['clerk_id'], ['app_user.id'], name=op.f('fk_queue_ticket_clerk_id_app_user')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_queue_ticket_counter_id_counter')),
    sa.ForeignKeyConstraint(['issued_service_id'], ['queue_service.id'], name=op.f('fk_queue_ticket_issued_service_id_queue_service')),
    sa.ForeignKeyConstraint(['service_id'], ['queue_service.id'], name=op.f('fk_queue_ticket_service_id_queue_service')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_queue_ticket_station_id_station')),
    sa.ForeignKeyConstraint(['target_counter_id'], ['counter.id'], name=op.f('fk_queue_ticket_target_counter_id_counter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_ticket')),
    sa.UniqueConstraint('station_id', 'day', 'prefix', 'serial', name=op.f('uq_queue_ticket_station_id_day_prefix_serial'))
    )
    with op.batch_alter_table('queue_ticket', schema=None) as batch_op:
        batch_op.create_index('ix_queue_ticket_counter', ['counter_id', 'status'], unique=False)
        batch_op.create_index('ix_queue_ticket_pick', ['station_id', 'day', 'status', 'service_id', 'issued_at'], unique=False)

    op.create_table('queue_window_service',
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_queue_window_service_counter_id_counter')),
    sa.ForeignKeyConstraint(['service_id'], ['queue_service.id'], name=op.f('fk_queue_window_service_service_id_queue_service')),
    sa.PrimaryKeyConstraint('counter_id', 'service_id', name=op.f('pk_queue_window_service'))
    )
    op.create_table('queue_window_state',
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('paused_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('normal_since_priority', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_queue_window_state_counter_id_counter')),
    sa.PrimaryKeyConstraint('counter_id', name=op.f('pk_queue_window_state'))
    )
    op.create_table('queue_ticket_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('service_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_queue_ticket_event_counter_id_counter')),
    sa.ForeignKeyConstraint(['service_id'], ['queue_service.id'], name=op.f('fk_queue_ticket_event_service_id_queue_service')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_queue_ticket_event_station_id_station')),
    sa.ForeignKeyConstraint(['ticket_id'], ['queue_ticket.id'], name=op.f('fk_queue_ticket_event_ticket_id_queue_ticket')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_queue_ticket_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_ticket_event'))
    )
    with op.batch_alter_table('queue_ticket_event', schema=None) as batch_op:
        batch_op.create_index('ix_queue_ticket_event_station_at', ['station_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_queue_ticket_event_ticket_id'), ['ticket_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('queue_ticket_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_queue_ticket_event_ticket_id'))
        batch_op.drop_index('ix_queue_ticket_event_station_at')

    op.drop_table('queue_ticket_event')
    op.drop_table('queue_window_state')
    op.drop_table('queue_window_service')
    with op.batch_alter_table('queue_ticket', schema=None) as batch_op:
        batch_op.drop_index('ix_queue_ticket_pick')
        batch_op.drop_index('ix_queue_ticket_counter')

    op.drop_table('queue_ticket')
    op.drop_table('queue_service')
    op.drop_table('queue_day_counter')
