"""Show stored UTC times in the station's local time."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo


def local(value: datetime | None, tz: str = "Asia/Shanghai", seconds: bool = False) -> str:
    if value is None:
        return ""
    return value.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")



def weekday_name(iso_weekday: int) -> str:
    """周一…周日 in Chinese, Mon…Sun in English: the language the desk runs in (1 = Monday)."""
    from PySide6.QtCore import QLocale

    return QLocale().dayName(iso_weekday, QLocale.FormatType.ShortFormat)


def day_label(day: date, with_year: bool = False) -> str:
    """A day as the room and roster tables head their columns: "11/20 周五" / "11/20 Fri"."""
    head = day.isoformat() if with_year else f"{day.month}/{day.day}"
    return f"{head} {weekday_name(day.isoweekday())}"
