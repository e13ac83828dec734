"""sign-in lock-out that grows and expires: when the last wrong password was typed, how many waits

Revision ID: si0001
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk.store.models.base

revision: str = "si0001"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = ("signin",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_failed_at", desk.store.models.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("lockouts", sa.Integer(), server_default=sa.text("0"), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("lockouts")
        batch_op.drop_column("last_failed_at")
