"""limits in calendar days (日); Art. 42 extensions and Art. 45 pauses of a case's clock

Revision ID: i0006
Revises: i0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk.store.models.base

revision: str = "i0006"
down_revision: str | Sequence[str] | None = "i0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("service_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("days_unit", sa.String(length=10), nullable=False, server_default="working"))
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("days_unit", sa.String(length=10), nullable=False, server_default="working"))
        batch_op.add_column(sa.Column("paused_since", sa.Date(), nullable=True))
    op.create_table(
        "intake_case_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("cause", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("expected_end", sa.Date(), nullable=True),
        sa.Column("old_deadline", sa.Date(), nullable=True),
        sa.Column("new_deadline", sa.Date(), nullable=True),
        sa.Column("at", desk.store.models.base.UTCDateTime(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("by_name", sa.String(length=60), nullable=False),
        sa.Column("ended_at", desk.store.models.base.UTCDateTime(), nullable=True),
        sa.Column("ended_by_name", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["intake_case.id"], name=op.f("fk_intake_case_clock_case_id_intake_case"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_case_clock")),
    )
    with op.batch_alter_table("intake_case_clock", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intake_case_clock_case_id"), ["case_id"], unique=False)
    # 居住证暂行条例 §9: the permit is issued within 15 日 (calendar days), not 15 working days. The
    # shipped item said 15 working days, later than the law allows on every acceptance day; a station
    # that kept the shipped wording gets the law's unit and limit.
    op.execute(sa.text(
        "UPDATE service_item SET days_unit = 'calendar', statutory_days = 15 "
        "WHERE code = 'HJ-01' AND promised_days = 15 AND statutory_note LIKE '%自然日%'"))


def downgrade() -> None:
    with op.batch_alter_table("intake_case_clock", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_case_clock_case_id"))
    op.drop_table("intake_case_clock")
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.drop_column("paused_since")
        batch_op.drop_column("days_unit")
    with op.batch_alter_table("service_item", schema=None) as batch_op:
        batch_op.drop_column("days_unit")
