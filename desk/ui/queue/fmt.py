"""Small display helpers shared by the queue screens."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.services.queue.rows import STATUS_LABELS, TicketStatus

_MINUTES = QT_TRANSLATE_NOOP("QueueText", "{0} min")


def minutes_between(start: datetime | None, end: datetime) -> int:
    if start is None:
        return 0
    return max(0, int((end - start).total_seconds() // 60))


def waited(start: datetime | None, now: datetime) -> str:
    if start is None:
        return ""
    return QCoreApplication.translate("QueueText", _MINUTES).format(minutes_between(start, now))


def clock_time(value: datetime | None, tz: str = "Asia/Shanghai") -> str:
    return value.astimezone(ZoneInfo(tz)).strftime("%H:%M") if value else ""


def status_label(status: str) -> str:
    try:
        return QCoreApplication.translate("TicketStatus", STATUS_LABELS[TicketStatus(status)])
    except ValueError:
        return status


def spoken_call(number: str, window: int) -> str:
    """What the hall hears: 请 A012 号到 3 号窗口办理 (Chinese whatever the screen language: it is the hall's)."""
    return f"请 {number} 号到 {window} 号窗口办理"
