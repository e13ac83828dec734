"""index cases by completion time for the daily log

Revision ID: i0002
Revises: i0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk.store.models.base

revision: str = "i0002"
down_revision: str | Sequence[str] | None = "i0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intake_case_completed_at"), ["completed_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_case_completed_at"))
