"""report: the manager's daily notes and closed days

Revision ID: r0001
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk.store.models.base

revision: str = "r0001"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = ("report",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "daily_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=60), nullable=False),
        sa.Column("written_at", desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["app_user.id"], name=op.f("fk_daily_note_author_id_app_user")),
        sa.ForeignKeyConstraint(["station_id"], ["station.id"], name=op.f("fk_daily_note_station_id_station")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_daily_note")),
    )
    with op.batch_alter_table("daily_note", schema=None) as batch_op:
        batch_op.create_index("ix_daily_note_station_day", ["station_id", "day"], unique=False)

    op.create_table(
        "report_day_close",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("snapshot_json", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("closed_by", sa.String(length=60), nullable=False),
        sa.Column("closed_at", desk.store.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["station_id"], ["station.id"], name=op.f("fk_report_day_close_station_id_station")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_day_close")),
        sa.UniqueConstraint("station_id", "day", name=op.f("uq_report_day_close_station_id_day")),
    )


def downgrade() -> None:
    op.drop_table("report_day_close")
    with op.batch_alter_table("daily_note", schema=None) as batch_op:
        batch_op.drop_index("ix_daily_note_station_day")
    op.drop_table("daily_note")
