"""documents: slips kept as their payload (no PDF); the one seal text becomes the station's seal

Revision ID: d0002
Revises: d0001
Create Date: 2026-12-02

- ``issued_document.pdf`` may be NULL: the queue slip is kept as its payload only (the kiosk draws
  and prints it; the store draws the original again when it is opened or reprinted).
- ``station.seal_text`` was one seal for every paper. Station papers now carry the station's seal and
  mediation papers the committee's (station settings ``documents.station_seal`` and
  ``documents.committee_seal``; empty: the organisation's name). A seal text that named neither the
  station nor the committee was set on purpose for the papers that used it (the station's reports):
  it becomes the station's seal. The column stays (older versions still read it) and is no longer used.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'd0002'
down_revision: str | Sequence[str] | None = 'd0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATION_SEAL = "documents.station_seal"


def upgrade() -> None:
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.alter_column('pdf', existing_type=sa.LargeBinary(), nullable=True)
    bind = op.get_bind()
    stations = bind.execute(sa.text("SELECT id, name, committee_name, seal_text FROM station")).all()
    for station_id, name, committee, seal in stations:
        seal = (seal or "").strip()
        if not seal or seal in (name, committee):
            continue
        taken = bind.execute(sa.text("SELECT 1 FROM station_setting WHERE station_id = :s AND key = :k"),
                             {"s": station_id, "k": STATION_SEAL}).first()
        if taken is None:
            bind.execute(sa.text("INSERT INTO station_setting (station_id, key, value_json) VALUES (:s, :k, :v)"),
                         {"s": station_id, "k": STATION_SEAL, "v": json.dumps(seal, ensure_ascii=False)})


def downgrade() -> None:
    op.execute("DELETE FROM issued_document WHERE pdf IS NULL")
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.alter_column('pdf', existing_type=sa.LargeBinary(), nullable=False)
