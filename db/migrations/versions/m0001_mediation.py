"""mediation: rooms, roster, duty shifts, bookings, cases, agreements, follow-ups, case file

On PostgreSQL two exclusion constraints (btree_gist) forbid overlapping live bookings of one room
or one staff member, half-open [start_at, block_end). Where btree_gist is not installable (some
PostgreSQL-compatible servers) they are left out; the booking service's locked check still holds.

Revision ID: m0001
Revises: 0002
Create Date: 2026-11-21 23:14:37.309702
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk.store.models.base

revision: str = 'm0001'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = ('mediation',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('med_case_counter',
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_med_case_counter_station_id_station')),
    sa.PrimaryKeyConstraint('station_id', 'year', name=op.f('pk_med_case_counter'))
    )
    op.create_table('med_room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('location', sa.String(length=120), nullable=False),
    sa.Column('opens_min', sa.Integer(), nullable=False),
    sa.Column('closes_min', sa.Integer(), nullable=False),
    sa.Column('weekdays', sa.String(length=7), nullable=False),
    sa.Column('buffer_min', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('opens_min >= 0 AND closes_min <= 1440 AND opens_min < closes_min', name=op.f('ck_med_room_hours')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_med_room_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_room')),
    sa.UniqueConstraint('station_id', 'name', name=op.f('uq_med_room_station_id_name'))
    )
    op.create_table('med_room_closure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['med_room.id'], name=op.f('fk_med_room_closure_room_id_med_room'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_room_closure')),
    sa.UniqueConstraint('room_id', 'day', name=op.f('uq_med_room_closure_room_id_day'))
    )
    op.create_table('med_staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('organisation', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_med_staff_station_id_station')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_med_staff_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_staff')),
    sa.UniqueConstraint('user_id', name=op.f('uq_med_staff_user_id'))
    )
    op.create_table('med_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('referral_note', sa.String(length=200), nullable=False),
    sa.Column('dispute_type', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('requests', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('mediator_staff_id', sa.Integer(), nullable=True),
    sa.Column('accepted_on', sa.Date(), nullable=False),
    sa.Column('registered_by', sa.String(length=60), nullable=False),
    sa.Column('registered_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('outcome_reason', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.CheckConstraint("outcome IS NULL OR outcome IN ('success', 'failure', 'terminated')", name=op.f('ck_med_case_outcome')),
    sa.ForeignKeyConstraint(['mediator_staff_id'], ['med_staff.id'], name=op.f('fk_med_case_mediator_staff_id_med_staff')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_med_case_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_case')),
    sa.UniqueConstraint('station_id', 'number', name=op.f('uq_med_case_station_id_number')),
    sa.UniqueConstraint('station_id', 'year', 'serial', name=op.f('uq_med_case_station_id_year_serial'))
    )
    op.create_table('med_shift',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_min', sa.Integer(), nullable=False),
    sa.Column('end_min', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=120), nullable=False),
    sa.CheckConstraint('start_min < end_min', name=op.f('ck_med_shift_times')),
    sa.CheckConstraint('weekday BETWEEN 1 AND 7', name=op.f('ck_med_shift_weekday')),
    sa.ForeignKeyConstraint(['staff_id'], ['med_staff.id'], name=op.f('fk_med_shift_staff_id_med_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_shift'))
    )
    with op.batch_alter_table('med_shift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_med_shift_staff_id'), ['staff_id'], unique=False)

    op.create_table('med_shift_exception',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('start_min', sa.Integer(), nullable=True),
    sa.Column('end_min', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=120), nullable=False),
    sa.CheckConstraint("kind IN ('off', 'extra')", name=op.f('ck_med_shift_exception_kind')),
    sa.ForeignKeyConstraint(['staff_id'], ['med_staff.id'], name=op.f('fk_med_shift_exception_staff_id_med_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_shift_exception'))
    )
    with op.batch_alter_table('med_shift_exception', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_med_shift_exception_staff_id'), ['staff_id'], unique=False)

    op.create_table('med_agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('disputed', sa.Text(), nullable=False),
    sa.Column('responsibilities', sa.Text(), nullable=False),
    sa.Column('performance_method', sa.Text(), nullable=False),
    sa.Column('performance_deadline', sa.Date(), nullable=True),
    sa.Column('mediator_name', sa.String(length=60), nullable=False),
    sa.Column('recorder_name', sa.String(length=60), nullable=False),
    sa.Column('agreed_on', sa.Date(), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('effective_recorded_by', sa.String(length=40), nullable=False),
    sa.Column('judicial_applied_on', sa.Date(), nullable=True),
    sa.Column('judicial_court', sa.String(length=120), nullable=False),
    sa.Column('updated_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('written', 'oral')", name=op.f('ck_med_agreement_kind')),
    sa.ForeignKeyConstraint(['case_id'], ['med_case.id'], name=op.f('fk_med_agreement_case_id_med_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_agreement')),
    sa.UniqueConstraint('case_id', name=op.f('uq_med_agreement_case_id'))
    )
    op.create_table('med_booking',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('parties', sa.String(length=300), nullable=False),
    sa.Column('start_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('end_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('block_end', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('cancel_reason', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=40), nullable=False),
    sa.Column('created_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('start_at < end_at AND end_at <= block_end', name=op.f('ck_med_booking_interval')),
    sa.ForeignKeyConstraint(['case_id'], ['med_case.id'], name=op.f('fk_med_booking_case_id_med_case')),
    sa.ForeignKeyConstraint(['room_id'], ['med_room.id'], name=op.f('fk_med_booking_room_id_med_room')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_med_booking_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_booking'))
    )
    with op.batch_alter_table('med_booking', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_med_booking_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_med_booking_room_time', ['room_id', 'start_at', 'block_end'], unique=False)

    op.create_table('med_file_item',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.Integer(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['med_case.id'], name=op.f('fk_med_file_item_case_id_med_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', 'code', name=op.f('pk_med_file_item'))
    )
    op.create_table('med_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=12), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sex', sa.String(length=2), nullable=False),
    sa.Column('ethnicity', sa.String(length=20), nullable=False),
    sa.Column('age', sa.Integer(), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('occupation', sa.String(length=60), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('uscc', sa.String(length=18), nullable=False),
    sa.Column('legal_rep', sa.String(length=60), nullable=False),
    sa.Column('agent', sa.String(length=60), nullable=False),
    sa.CheckConstraint("kind IN ('person', 'organisation')", name=op.f('ck_med_party_kind')),
    sa.CheckConstraint("side IN ('applicant', 'respondent')", name=op.f('ck_med_party_side')),
    sa.ForeignKeyConstraint(['case_id'], ['med_case.id'], name=op.f('fk_med_party_case_id_med_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_party'))
    )
    with op.batch_alter_table('med_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_med_party_case_id'), ['case_id'], unique=False)

    op.create_table('med_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('held_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=120), nullable=False),
    sa.Column('participants', sa.String(length=300), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('record', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('recorder', sa.String(length=60), nullable=False),
    sa.Column('created_by', sa.String(length=40), nullable=False),
    sa.CheckConstraint("kind IN ('session', 'investigation')", name=op.f('ck_med_session_kind')),
    sa.ForeignKeyConstraint(['case_id'], ['med_case.id'], name=op.f('fk_med_session_case_id_med_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_session'))
    )
    with op.batch_alter_table('med_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_med_session_case_id'), ['case_id'], unique=False)

    op.create_table('med_agreement_term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['med_agreement.id'], name=op.f('fk_med_agreement_term_agreement_id_med_agreement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_agreement_term')),
    sa.UniqueConstraint('agreement_id', 'position', name=op.f('uq_med_agreement_term_agreement_id_position'))
    )
    op.create_table('med_booking_staff',
    sa.Column('booking_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('start_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('block_end', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['booking_id'], ['med_booking.id'], name=op.f('fk_med_booking_staff_booking_id_med_booking'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['med_staff.id'], name=op.f('fk_med_booking_staff_staff_id_med_staff')),
    sa.PrimaryKeyConstraint('booking_id', 'staff_id', name=op.f('pk_med_booking_staff'))
    )
    with op.batch_alter_table('med_booking_staff', schema=None) as batch_op:
        batch_op.create_index('ix_med_booking_staff_time', ['staff_id', 'start_at', 'block_end'], unique=False)

    op.create_table('med_followup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('party_name', sa.String(length=100), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.Column('performance', sa.String(length=12), nullable=False),
    sa.Column('satisfied', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('visitor', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['med_agreement.id'], name=op.f('fk_med_followup_agreement_id_med_agreement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_med_followup'))
    )
    with op.batch_alter_table('med_followup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_med_followup_agreement_id'), ['agreement_id'], unique=False)

    _exclusion_constraints()


_EXCLUSIONS = (
    ("med_booking", "ex_med_booking_room_overlap", "room_id"),
    ("med_booking_staff", "ex_med_booking_staff_overlap", "staff_id"),
)


def _exclusion_constraints() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    available = bind.execute(sa.text(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gist'")).first()
    if available is None:
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    for table, name, key in _EXCLUSIONS:
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} EXCLUDE USING gist "
                   f"({key} WITH =, tstzrange(start_at, block_end, '[)') WITH &&) WHERE (NOT cancelled)")


def downgrade() -> None:
    with op.batch_alter_table('med_followup', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_med_followup_agreement_id'))

    op.drop_table('med_followup')
    with op.batch_alter_table('med_booking_staff', schema=None) as batch_op:
        batch_op.drop_index('ix_med_booking_staff_time')

    op.drop_table('med_booking_staff')
    op.drop_table('med_agreement_term')
    with op.batch_alter_table('med_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_med_session_case_id'))

    op.drop_table('med_session')
    with op.batch_alter_table('med_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_med_party_case_id'))

    op.drop_table('med_party')
    op.drop_table('med_file_item')
    with op.batch_alter_table('med_booking', schema=None) as batch_op:
        batch_op.drop_index('ix_med_booking_room_time')
        batch_op.drop_index(batch_op.f('ix_med_booking_case_id'))

    op.drop_table('med_booking')
    op.drop_table('med_agreement')
    with op.batch_alter_table('med_shift_exception', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_med_shift_exception_staff_id'))

    op.drop_table('med_shift_exception')
    with op.batch_alter_table('med_shift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_med_shift_staff_id'))

    op.drop_table('med_shift')
    op.drop_table('med_case')
    op.drop_table('med_staff')
    op.drop_table('med_room_closure')
    op.drop_table('med_room')
    op.drop_table('med_case_counter')
