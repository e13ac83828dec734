"""The manager's daily log: notes per day and the closed days (a frozen, signed snapshot of the figures).

Closing a day stores the figures as canonical JSON with its SHA-256; the unique (station, day)
constraint makes a second close impossible even when two managers press the button at once.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models.base import Base, UTCDateTime


class DailyNote(Base):
    """A note the manager writes into the day's log; editable until the day is closed."""

    __tablename__ = "daily_note"
    __table_args__ = (Index("ix_daily_note_station_day", "station_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    day: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    author: Mapped[str] = mapped_column(String(60))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReportDayClose(Base):
    """A closed day: the figures as they stood, signed with their SHA-256 by the manager who closed it."""

    __tablename__ = "report_day_close"
    __table_args__ = (UniqueConstraint("station_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    day: Mapped[date] = mapped_column(Date)
    snapshot_json: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    closed_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(60))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime())

