"""audit records carry digests of the business rows they leave behind

Revision ID: a0001
Revises: 0002
Create Date: 2026-12-02

The rows that exist when this runs get one baseline record, written by ``desk.store.migrate``
after every upgrade that applied a revision (see ``desk.store.audit_chain.baseline``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a0001"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = ("audit",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("images_json", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.drop_column("images_json")
