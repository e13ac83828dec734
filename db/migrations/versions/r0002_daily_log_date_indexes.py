"""index every date the daily log's mediation and rating figures read

Revision ID: r0002
Revises: r0001
Create Date: 2026-12-02

Without them each figure of a day read every mediation case, session, agreement and follow-up
(and every closed rating follow-up) the station ever had: the daily log over five years took
1.6-2.6x the empty station's time. The tables belong to the mediation and intake branches, so
this migration depends on their heads.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "r0002"
down_revision: str | Sequence[str] | None = "r0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = ("m0002", "i0007")

INDEXES = (
    ("ix_med_case_station_accepted", "med_case", ["station_id", "accepted_on"]),
    ("ix_med_case_station_closed", "med_case", ["station_id", "closed_on"]),
    ("ix_med_session_held_at", "med_session", ["held_at"]),
    ("ix_med_agreement_effective_on", "med_agreement", ["effective_on"]),
    ("ix_med_followup_visited_on", "med_followup", ["visited_on"]),
    ("ix_rating_follow_up_closed", "rating", ["follow_up_status", "follow_up_at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
