"""masked ID numbers kept beside the full ones (applicant.id_masked, intake_case.proxy_id_masked)

Screens, lists and receipts read the masked column, so a login that may not read the full ID number
(a clerk's, on PostgreSQL) still sees who is who.

Revision ID: i0003
Revises: i0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desk.core.idnumbers import mask_id

revision: str = "i0003"
down_revision: str | Sequence[str] | None = "i0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("id_masked", sa.String(length=18), nullable=False, server_default=""))
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("proxy_id_masked", sa.String(length=18), nullable=False, server_default=""))
    conn = op.get_bind()
    for table, key, full, masked in (("applicant", "id", "id_number", "id_masked"),
                                     ("intake_case", "id", "proxy_id_number", "proxy_id_masked")):
        rows = conn.execute(sa.text(f"SELECT {key}, {full} FROM {table} WHERE {full} IS NOT NULL AND {full} <> ''"))
        for row_id, number in rows.all():
            conn.execute(sa.text(f"UPDATE {table} SET {masked} = :m WHERE {key} = :k"),
                         {"m": mask_id(number), "k": row_id})


def downgrade() -> None:
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.drop_column("proxy_id_masked")
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.drop_column("id_masked")
