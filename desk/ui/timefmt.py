"""Show stored UTC times in the station's local time."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo


def local(value: datetime | None, tz: str = "Asia/Shanghai", seconds: bool = False) -> str:
    if value is None:
        return ""
    return value.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def station_today(tz: str = "Asia/Shanghai") -> date:
    """The station's local date — not the PC's, whose clock or zone may be set differently."""
    return datetime.now(ZoneInfo(tz)).date()
