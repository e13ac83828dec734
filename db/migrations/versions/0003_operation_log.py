"""operation log: an operation id per write transaction, so a retry after a lost COMMIT reply is safe

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk.store.models.base

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "operation_log",
        sa.Column("op_id", sa.Uuid(), nullable=False),
        sa.Column("committed_at", desk.store.models.base.UTCDateTime(timezone=True),
                  server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_operation_log")),
    )


def downgrade() -> None:
    op.drop_table("operation_log")
