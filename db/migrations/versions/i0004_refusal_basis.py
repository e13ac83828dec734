"""a refusal's legal basis and where to apply instead (行政许可法 Art. 32, printed on the notice)

Revision ID: i0004
Revises: i0003
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i0004"
down_revision: str | Sequence[str] | None = "i0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("refusal_basis", sa.String(length=300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("refer_to", sa.String(length=200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.drop_column("refer_to")
        batch_op.drop_column("refusal_basis")
