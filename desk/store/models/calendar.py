"""The official working-day calendar, editable by the station manager.

One row per year says whether that year's State Council arrangement has been entered; one row per
special day says it is a holiday (``off``) or an adjusted weekend workday (``work``, 调休上班).
Ordinary weekdays and weekends are not stored: the rule in ``desk.core.workdays`` derives them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models.base import Base, UTCDateTime, utcnow


class CalendarYear(Base):
    __tablename__ = "calendar_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # False until the arrangement is entered completely: deadlines in the year stay "unknown".
    available: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(Text, default="")  # the notice(s) the dates come from
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CalendarDay(Base):
    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(4))  # "off" (放假) or "work" (调休上班)
    name: Mapped[str] = mapped_column(String(40), default="")  # 春节, 国庆节...
