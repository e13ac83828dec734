"""materials ticked not applicable for an applicant (never demanded on the one-time notice)

Revision ID: i0005
Revises: i0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i0005"
down_revision: str | Sequence[str] | None = "i0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("intake_case_material", schema=None) as batch_op:
        batch_op.add_column(sa.Column("not_applicable", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("intake_case_material", schema=None) as batch_op:
        batch_op.drop_column("not_applicable")
