"""Which days a log covers, as the station counts them: local days (the station's time zone,
Asia/Shanghai by default) turned into the UTC instants the records are stored in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.station import station_zone as station_zone  # re-exported for this package

MAX_DAYS = 400  # a range longer than about a year is a different report (and a long wait)


@dataclass(frozen=True)
class Period:
    first_day: date
    last_day: date
    zone: ZoneInfo
    start: datetime  # UTC, local midnight starting first_day
    end: datetime  # UTC, local midnight after last_day (exclusive)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


def parse_day(text: str | date, field: str = "date") -> date:
    """A day from 2026-11-20 (also 2026/11/20, 20261120); a clear sentence for anything else."""
    if isinstance(text, date):
        return text
    raw = text.strip().replace("/", "-").replace(".", "-")
    try:
        if len(raw) == 8 and raw.isdigit():
            return date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "\u201c{text}\u201d is not a date. Write dates as year-month-day, e.g. 2026-11-20."),
            field=field, text=text.strip() or " ") from None


def check_range(first_day: date, last_day: date) -> None:
    if first_day > last_day:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "The first day ({first}) is after the last day ({last}). Swap the two dates."),
            field="from", first=first_day.isoformat(), last=last_day.isoformat())
    if (last_day - first_day).days + 1 > MAX_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "A log covers at most {days} days. Choose a shorter range, or export one year at a time."),
            field="from", days=MAX_DAYS)




def make_period(zone: ZoneInfo, first_day: date, last_day: date) -> Period:
    check_range(first_day, last_day)
    start = datetime.combine(first_day, time(), zone).astimezone(timezone.utc)
    end = datetime.combine(last_day + timedelta(days=1), time(), zone).astimezone(timezone.utc)
    return Period(first_day, last_day, zone, start, end)


def period_for(session: Session, station_id: int, first_day: date, last_day: date) -> Period:
    return make_period(station_zone(session, station_id), first_day, last_day)
