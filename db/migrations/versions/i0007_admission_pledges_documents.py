"""容缺受理 (materials the catalogue lets the window accept without, under a signed 承诺书, and the
date they are promised by) and identity documents other than the 18-digit resident ID
(applicant.id_type, id_type_other, and the same for a case's proxy; the numbers and their masked
forms widened for passports and the like)

Revision ID: i0007
Revises: i0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desk.store.models.base import UTCDateTime

revision: str = "i0007"
down_revision: str | Sequence[str] | None = "i0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("service_material", schema=None) as batch_op:
        batch_op.add_column(sa.Column("may_defer", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("intake_case_material", schema=None) as batch_op:
        batch_op.add_column(sa.Column("may_defer", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pledge_status", sa.String(length=10), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("pledge_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("pledge_closed_at", UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_intake_case_pledge", ["pledge_status", "pledge_due"], unique=False)
        batch_op.add_column(sa.Column("proxy_id_type", sa.String(length=20), nullable=False,
                                      server_default="resident_id"))
        batch_op.add_column(sa.Column("proxy_id_type_other", sa.String(length=20), nullable=False, server_default=""))
        batch_op.alter_column("proxy_id_number", existing_type=sa.String(length=18), type_=sa.String(length=30),
                              existing_nullable=False)
        batch_op.alter_column("proxy_id_masked", existing_type=sa.String(length=18), type_=sa.String(length=30),
                              existing_nullable=False, existing_server_default="")
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("id_type", sa.String(length=20), nullable=False, server_default="resident_id"))
        batch_op.add_column(sa.Column("id_type_other", sa.String(length=20), nullable=False, server_default=""))
        batch_op.alter_column("id_number", existing_type=sa.String(length=18), type_=sa.String(length=30),
                              existing_nullable=True)
        batch_op.alter_column("id_masked", existing_type=sa.String(length=18), type_=sa.String(length=30),
                              existing_nullable=False, existing_server_default="")


def downgrade() -> None:
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.alter_column("id_masked", existing_type=sa.String(length=30), type_=sa.String(length=18),
                              existing_nullable=False, existing_server_default="")
        batch_op.alter_column("id_number", existing_type=sa.String(length=30), type_=sa.String(length=18),
                              existing_nullable=True)
        batch_op.drop_column("id_type_other")
        batch_op.drop_column("id_type")
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.alter_column("proxy_id_masked", existing_type=sa.String(length=30), type_=sa.String(length=18),
                              existing_nullable=False, existing_server_default="")
        batch_op.alter_column("proxy_id_number", existing_type=sa.String(length=30), type_=sa.String(length=18),
                              existing_nullable=False)
        batch_op.drop_column("proxy_id_type_other")
        batch_op.drop_column("proxy_id_type")
        batch_op.drop_index("ix_intake_case_pledge")
        batch_op.drop_column("pledge_closed_at")
        batch_op.drop_column("pledge_due")
        batch_op.drop_column("pledge_status")
    with op.batch_alter_table("intake_case_material", schema=None) as batch_op:
        batch_op.drop_column("may_defer")
    with op.batch_alter_table("service_material", schema=None) as batch_op:
        batch_op.drop_column("may_defer")
