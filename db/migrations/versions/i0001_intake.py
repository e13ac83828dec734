"""intake: catalogue, applicants, cases, consultations, ratings and the working-day calendar;
seeds the starter catalogue (db/seed/service_catalog_zh_CN.json) and the official holiday calendar
(db/seed/holidays_cn.json)

Revision ID: i0001
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

import desk.store.models.base
from desk.core.pinyin import search_keys

revision: str = "i0001"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = ("intake",)
depends_on: str | Sequence[str] | None = None

SEED = Path(__file__).resolve().parents[2] / "seed"
KINDS = {"即办件": "instant", "承诺件": "promised"}


def upgrade() -> None:
    op.create_table('applicant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('uscc', sa.String(length=18), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('legal_representative', sa.String(length=60), nullable=False),
    sa.Column('contact_name', sa.String(length=60), nullable=False),
    sa.Column('created_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applicant')),
    sa.UniqueConstraint('id_number', name=op.f('uq_applicant_id_number')),
    sa.UniqueConstraint('uscc', name=op.f('uq_applicant_uscc'))
    )
    with op.batch_alter_table('applicant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applicant_phone'), ['phone'], unique=False)

    op.create_table('calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=4), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_day'))
    )
    op.create_table('calendar_year',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('available', sa.Boolean(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('updated_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_calendar_year'))
    )
    op.create_table('intake_counter',
    sa.Column('station_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('station_id', 'day', name=op.f('pk_intake_counter'))
    )
    op.create_table('service_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_category')),
    sa.UniqueConstraint('code', name=op.f('uq_service_category_code'))
    )
    op.create_table('applicant_key',
    sa.Column('key', sa.String(length=120).with_variant(sa.String(length=120, collation='C'), 'postgresql'), nullable=False),
    sa.Column('applicant_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['applicant_id'], ['applicant.id'], name=op.f('fk_applicant_key_applicant_id_applicant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', 'applicant_id', name=op.f('pk_applicant_key'))
    )
    with op.batch_alter_table('applicant_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applicant_key_applicant_id'), ['applicant_id'], unique=False)

    op.create_table('service_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('promised_days', sa.Integer(), nullable=True),
    sa.Column('statutory_days', sa.Integer(), nullable=True),
    sa.Column('statutory_note', sa.Text(), nullable=False),
    sa.Column('tags', sa.String(length=100), nullable=False),
    sa.Column('fee', sa.String(length=200), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=False),
    sa.Column('delivery', sa.String(length=200), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('name_pinyin', sa.String(length=400), nullable=False),
    sa.Column('name_initials', sa.String(length=120), nullable=False),
    sa.Column('updated_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['service_category.id'], name=op.f('fk_service_item_category_id_service_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_item')),
    sa.UniqueConstraint('code', name=op.f('uq_service_item_code'))
    )
    with op.batch_alter_table('service_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_item_category_id'), ['category_id'], unique=False)

    op.create_table('consultation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('topic', sa.String(length=100), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('caller_name', sa.String(length=60), nullable=False),
    sa.Column('caller_phone', sa.String(length=40), nullable=False),
    sa.Column('answered_by_id', sa.Integer(), nullable=True),
    sa.Column('answered_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['answered_by_id'], ['app_user.id'], name=op.f('fk_consultation_answered_by_id_app_user')),
    sa.ForeignKeyConstraint(['item_id'], ['service_item.id'], name=op.f('fk_consultation_item_id_service_item')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_consultation_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation'))
    )
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_at'), ['at'], unique=False)

    op.create_table('intake_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_no', sa.String(length=24), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('applicant_id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('item_name', sa.String(length=100), nullable=False),
    sa.Column('item_kind', sa.String(length=10), nullable=False),
    sa.Column('promised_days', sa.Integer(), nullable=True),
    sa.Column('statutory_days', sa.Integer(), nullable=True),
    sa.Column('delivery', sa.String(length=200), nullable=False),
    sa.Column('first_clerk_id', sa.Integer(), nullable=True),
    sa.Column('handler_id', sa.Integer(), nullable=True),
    sa.Column('registered_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('clock_start', sa.Date(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('statutory_deadline', sa.Date(), nullable=True),
    sa.Column('deadline_missing_year', sa.Integer(), nullable=True),
    sa.Column('materials_due', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('proxy_name', sa.String(length=60), nullable=False),
    sa.Column('proxy_id_number', sa.String(length=18), nullable=False),
    sa.Column('proxy_relation', sa.String(length=30), nullable=False),
    sa.Column('proxy_phone', sa.String(length=40), nullable=False),
    sa.Column('envelope_in_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('envelope_out_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('completed_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('delivered_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['applicant_id'], ['applicant.id'], name=op.f('fk_intake_case_applicant_id_applicant')),
    sa.ForeignKeyConstraint(['first_clerk_id'], ['app_user.id'], name=op.f('fk_intake_case_first_clerk_id_app_user')),
    sa.ForeignKeyConstraint(['handler_id'], ['app_user.id'], name=op.f('fk_intake_case_handler_id_app_user')),
    sa.ForeignKeyConstraint(['item_id'], ['service_item.id'], name=op.f('fk_intake_case_item_id_service_item')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_intake_case_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_case')),
    sa.UniqueConstraint('receipt_no', name=op.f('uq_intake_case_receipt_no'))
    )
    with op.batch_alter_table('intake_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_case_applicant_id'), ['applicant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_handler_id'), ['handler_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_case_registered_at'), ['registered_at'], unique=False)
        batch_op.create_index('ix_intake_case_status_deadline', ['status', 'deadline'], unique=False)

    op.create_table('service_material',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('form', sa.String(length=20), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['service_item.id'], name=op.f('fk_service_material_item_id_service_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_material'))
    )
    with op.batch_alter_table('service_material', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_material_item_id'), ['item_id'], unique=False)

    op.create_table('intake_case_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_name', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=False),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['intake_case.id'], name=op.f('fk_intake_case_event_case_id_intake_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_case_event'))
    )
    with op.batch_alter_table('intake_case_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_case_event_case_id'), ['case_id'], unique=False)

    op.create_table('intake_case_material',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('form', sa.String(length=20), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('received_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['intake_case.id'], name=op.f('fk_intake_case_material_case_id_intake_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_case_material'))
    )
    with op.batch_alter_table('intake_case_material', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_case_material_case_id'), ['case_id'], unique=False)

    op.create_table('rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('level', sa.SmallInteger(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('ticket_id', sa.Integer(), nullable=True),
    sa.Column('clerk_id', sa.Integer(), nullable=True),
    sa.Column('clerk_name', sa.String(length=60), nullable=False),
    sa.Column('follow_up_status', sa.String(length=10), nullable=False),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('follow_up_missing_year', sa.Integer(), nullable=True),
    sa.Column('follow_up_outcome', sa.Text(), nullable=False),
    sa.Column('follow_up_by', sa.String(length=60), nullable=False),
    sa.Column('follow_up_at', desk.store.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['intake_case.id'], name=op.f('fk_rating_case_id_intake_case')),
    sa.ForeignKeyConstraint(['clerk_id'], ['app_user.id'], name=op.f('fk_rating_clerk_id_app_user')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_rating_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating')),
    sa.UniqueConstraint('case_id', name=op.f('uq_rating_case_id'))
    )
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rating_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_rating_follow_up_status'), ['follow_up_status'], unique=False)

    _seed_catalogue()
    _seed_calendar()


def _load(name: str) -> Any:
    return json.loads((SEED / name).read_text(encoding="utf-8"))


def _table(name: str, *columns: sa.Column) -> sa.TableClause:
    return sa.table(name, *columns)


def _seed_catalogue() -> None:
    data = _load("service_catalog_zh_CN.json")
    categories = _table("service_category", sa.column("id", sa.Integer), sa.column("code", sa.String),
                        sa.column("name", sa.String), sa.column("position", sa.Integer))
    by_name = {}
    rows = []
    for position, category in enumerate(data["categories"], start=1):
        by_name[category["name"]] = position
        rows.append({"id": position, "code": category["code"], "name": category["name"], "position": position})
    op.bulk_insert(categories, rows)
    items = _table(
        "service_item", *(sa.column(c, sa.String) for c in (
            "code", "name", "kind", "statutory_note", "tags", "fee", "conditions", "delivery", "legal_basis",
            "notes", "name_pinyin", "name_initials")),
        sa.column("id", sa.Integer), sa.column("category_id", sa.Integer), sa.column("promised_days", sa.Integer),
        sa.column("statutory_days", sa.Integer), sa.column("active", sa.Boolean),
        sa.column("updated_at", desk.store.models.base.UTCDateTime()))
    materials = _table(
        "service_material", sa.column("item_id", sa.Integer), sa.column("position", sa.Integer),
        sa.column("name", sa.String), sa.column("form", sa.String), sa.column("copies", sa.Integer),
        sa.column("required", sa.Boolean), sa.column("note", sa.String))
    now = datetime(2026, 11, 21, tzinfo=timezone.utc)
    item_rows, material_rows = [], []
    for item_id, item in enumerate(data["items"], start=1):
        full, initials = search_keys(item["name"], surname_first=False)
        kind = KINDS[item["kind"]]
        item_rows.append({
            "id": item_id, "code": item["code"], "name": item["name"], "category_id": by_name[item["category"]],
            "kind": kind, "promised_days": item["promised_working_days"],
            "statutory_days": item["statutory_working_days"], "statutory_note": item.get("statutory_note") or "",
            "tags": ",".join(item.get("tags") or ()), "fee": item.get("fee") or "", "conditions": "",
            "delivery": "当场领取" if kind == "instant" else "办结后电话通知，凭受理回执到窗口领取",
            "legal_basis": "\n".join(item.get("sources") or ()), "notes": item.get("notes") or "",
            "active": True, "name_pinyin": full, "name_initials": initials, "updated_at": now,
        })
        for position, material in enumerate(item.get("materials") or (), start=1):
            material_rows.append({
                "item_id": item_id, "position": position, "name": material["name"],
                "form": material.get("original_or_copy") or "原件", "copies": material.get("copies") or 1,
                "required": bool(material.get("required", True)), "note": material.get("note") or "",
            })
    op.bulk_insert(items, item_rows)
    op.bulk_insert(materials, material_rows)
    _reset_sequence("service_category")
    _reset_sequence("service_item")


def _reset_sequence(table: str) -> None:
    # Explicit ids were inserted; PostgreSQL's serial sequence must continue after them.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")


def _seed_calendar() -> None:
    data = _load("holidays_cn.json")
    years = _table("calendar_year", sa.column("year", sa.Integer), sa.column("available", sa.Boolean),
                   sa.column("source", sa.String), sa.column("updated_at", desk.store.models.base.UTCDateTime()))
    days = _table("calendar_day", sa.column("day", sa.Date), sa.column("kind", sa.String),
                  sa.column("name", sa.String))
    now = datetime(2026, 11, 21, tzinfo=timezone.utc)
    year_rows, day_rows = [], []
    for year, entry in sorted(data["years"].items()):
        year_rows.append({"year": int(year), "available": True, "source": "\n".join(entry.get("notices") or ()),
                          "updated_at": now})
        for kind in ("off", "work"):
            for day in entry.get(kind) or ():
                day_rows.append({"day": date.fromisoformat(day["date"]), "kind": kind, "name": day.get("name", "")})
    missing = data.get("year_2027") or {}
    year_rows.append({"year": 2027, "available": False, "source": missing.get("note", ""), "updated_at": now})
    op.bulk_insert(years, year_rows)
    op.bulk_insert(days, day_rows)


def downgrade() -> None:
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rating_follow_up_status'))
        batch_op.drop_index(batch_op.f('ix_rating_at'))

    op.drop_table('rating')
    with op.batch_alter_table('intake_case_material', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_case_material_case_id'))

    op.drop_table('intake_case_material')
    with op.batch_alter_table('intake_case_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_case_event_case_id'))

    op.drop_table('intake_case_event')
    with op.batch_alter_table('service_material', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_material_item_id'))

    op.drop_table('service_material')
    with op.batch_alter_table('intake_case', schema=None) as batch_op:
        batch_op.drop_index('ix_intake_case_status_deadline')
        batch_op.drop_index(batch_op.f('ix_intake_case_registered_at'))
        batch_op.drop_index(batch_op.f('ix_intake_case_item_id'))
        batch_op.drop_index(batch_op.f('ix_intake_case_handler_id'))
        batch_op.drop_index(batch_op.f('ix_intake_case_applicant_id'))

    op.drop_table('intake_case')
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_at'))

    op.drop_table('consultation')
    with op.batch_alter_table('service_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_item_category_id'))

    op.drop_table('service_item')
    with op.batch_alter_table('applicant_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applicant_key_applicant_id'))

    op.drop_table('applicant_key')
    op.drop_table('service_category')
    op.drop_table('intake_counter')
    op.drop_table('calendar_year')
    op.drop_table('calendar_day')
    with op.batch_alter_table('applicant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applicant_phone'))

    op.drop_table('applicant')
