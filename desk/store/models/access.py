"""Access records: who looked at whose personal data, and when (个人信息保护法 Art. 51, GB/T 35273 §7).

Kept apart from the audit chain on purpose. The chain records changes, and its head is the change
counter every terminal polls: a read that appended to it would take the write lock for the whole
read and make every other terminal reload its pages. An access record is written after the read, in
its own short transaction, and moves nothing that terminals watch.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models.base import Base, UTCDateTime


class AccessRecord(Base):
    __tablename__ = "access_record"
    __table_args__ = (
        Index("ix_access_record_at", "at"),
        Index("ix_access_record_subject", "subject", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(60))
    terminal: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(60))       # e.g. "applicant.search", "mediation.case.read"
    subject: Mapped[str] = mapped_column(String(40))      # whose data: "applicant", "med_case", "user"…
    # The ids seen, as ",3,17,42," so "who looked at applicant 17" is one LIKE '%,17,%' away; a list
    # page refreshed by another terminal's change writes one record, not one per row.
    subject_ids: Mapped[str] = mapped_column(Text, default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str] = mapped_column(String(200), default="")  # what was shown, never the value itself
