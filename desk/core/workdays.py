"""The official working-day calendar (法定节假日 and 调休 make-up workdays) and deadlines on it.

A day is a working day if it is on the year's ``work`` list (调休上班, usually a Saturday or
Sunday); else not if it is on the ``off`` list; else Monday to Friday are and weekends are not.

The State Council publishes each year's arrangement only in the autumn before. A year without
data is never guessed from Monday to Friday: a deadline that needs such a year comes back as
unknown (``deadline is None``) with the reason, so the screen can say "enter the calendar" instead
of showing a date that may be wrong by a week.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from desk.core.errors import QT_TRANSLATE_NOOP, DeskError, ValidationError

DeadlineState = Literal["overdue", "due_soon", "ok", "unknown"]
# The unit of a time limit: 工作日 (行政许可法 Art. 82) or 日, calendar days (e.g. 居住证暂行条例 §9).
DayUnit = Literal["working", "calendar"]
WORKING: DayUnit = "working"
CALENDAR: DayUnit = "calendar"
DAY_UNITS: tuple[DayUnit, ...] = (WORKING, CALENDAR)
# Holidays on fixed dates by law (全国年节及纪念日放假办法, as amended 2024): 元旦, 劳动节 (two days),
# 国庆节 (three days). They are known before the State Council publishes a year's arrangement.
FIXED_DATE_HOLIDAYS = ((1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3))

MSG_YEAR_MISSING = QT_TRANSLATE_NOOP(
    "DeskError",
    "The working-day calendar has no data for {year}. Ask the station manager to enter the official "
    "holiday arrangement for {year}; until then deadlines that reach {year} cannot be worked out.",
)
MSG_BAD_ENTRY = QT_TRANSLATE_NOOP(
    "DeskError",
    "The calendar for {year} has an entry \u201c{value}\u201d that is not a date of {year} "
    "(YYYY-MM-DD). Correct it in the working-day calendar.",
)


class CalendarYearMissing(DeskError):
    """The calendar has no data for ``year``, so working days in it are unknown."""

    def __init__(self, year: int) -> None:
        super().__init__(MSG_YEAR_MISSING, year=year)
        self.year = year


@dataclass(frozen=True)
class DeadlineResult:
    """A deadline, or why it is unknown.

    ``reason`` is a translatable template (context "DeskError") with the parameter ``{year}``;
    ``missing_year`` is that year. Both are None when the deadline is known.
    """

    deadline: date | None
    missing_year: int | None = None
    reason: str | None = None

    @property
    def known(self) -> bool:
        return self.deadline is not None

    @classmethod
    def unknown(cls, year: int) -> DeadlineResult:
        return cls(None, missing_year=year, reason=MSG_YEAR_MISSING)


def _entry_date(entry: date | str | Mapping[str, Any], year: int) -> date:
    """Entries may be dates, ISO strings or dicts with a "date" key (the JSON file's form)."""
    raw = entry.get("date") if isinstance(entry, Mapping) else entry
    try:
        day = raw if isinstance(raw, date) else date.fromisoformat(str(raw))
    except ValueError:
        day = None
    # Entries are grouped by the calendar year of the date itself. A date filed under another
    # year is a data-entry slip; refusing it keeps that year from looking half-covered.
    if day is None or day.year != year:
        raise ValidationError(MSG_BAD_ENTRY, field="calendar", year=year, value=str(raw))
    return day


def _iso_days(days: Iterable[date], year: int) -> list[str]:
    return sorted(d.isoformat() for d in days if d.year == year)


class WorkCalendar:
    """Working days for the years it has data for. Immutable; share one instance freely."""

    def __init__(self, years: Mapping[Any, Mapping[str, Any]]) -> None:
        """``years`` maps a year (int or str) to ``{"off": [...], "work": [...]}``.

        A year counts as covered only if its ``off`` list is non-empty and it is not marked
        ``"available": false``: every real arrangement has holidays (元旦, 春节, 国庆...), so an
        empty list means "not entered yet", not "no holidays".
        """
        self._years: set[int] = set()
        self._off: set[date] = set()
        self._work: set[date] = set()
        for key, data in years.items():
            year = int(key)
            if data.get("available", True) is False or not data.get("off"):
                continue
            self._years.add(year)
            self._off.update(_entry_date(e, year) for e in data.get("off") or ())
            self._work.update(_entry_date(e, year) for e in data.get("work") or ())

    @classmethod
    def from_json_data(cls, data: Mapping[str, Any]) -> WorkCalendar:
        """Build from the shape of ``holidays_cn.json`` (a top-level ``years`` mapping)."""
        return cls(data["years"])

    @classmethod
    def from_packaged(cls) -> WorkCalendar:
        """The calendar shipped in ``db/seed/holidays_cn.json``."""
        return _packaged_calendar()

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted(self._years))

    def to_dicts(self) -> dict[int, dict[str, list[str]]]:
        """The constructor's input shape with ISO dates, e.g. to seed the database from the file."""
        return {
            year: {"off": _iso_days(self._off, year), "work": _iso_days(self._work, year)}
            for year in self.years
        }

    def covers(self, year: int) -> bool:
        return year in self._years

    def is_workday(self, day: date) -> bool:
        """Raise CalendarYearMissing for a year without data."""
        if day.year not in self._years:
            raise CalendarYearMissing(day.year)
        if day in self._work:
            return True
        if day in self._off:
            return False
        return day.isoweekday() <= 5

    def add_working_days(self, accepted: date, n: int) -> DeadlineResult:
        """The n-th working day after ``accepted`` (受理当日不计入, day 1 = next working day).

        ``n == 0`` gives ``accepted`` itself (an on-the-spot item, 即办件). The acceptance day may
        fall on a holiday or in a year without data: it is not counted, so it need not be known.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        day, counted = accepted, 0
        while counted < n:
            day += timedelta(days=1)
            if not self.covers(day.year):
                return DeadlineResult.unknown(day.year)
            counted += self.is_workday(day)
        return DeadlineResult(day)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days d with start < d <= end (negative if end is before start).

        Same convention as :meth:`add_working_days`: ``working_days_between(a,
        add_working_days(a, n).deadline) == n``. Raises CalendarYearMissing if the span needs a
        year without data.
        """
        if end < start:
            return -self.working_days_between(end, start)
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_workday(day)
        return count

    def deadline_state(self, deadline: date | None, today: date, soon_days: int = 2) -> DeadlineState:
        """Classify a deadline for lists and the daily log.

        "overdue" after the deadline day; "due_soon" on it or when at most ``soon_days`` working
        days remain; "ok" otherwise; "unknown" without a deadline or without calendar data.
        """
        if deadline is None:
            return "unknown"
        if today > deadline:
            return "overdue"
        # Count only as far as needed, so a far deadline does not need every year in between.
        remaining, day = 0, today
        while day < deadline:
            day += timedelta(days=1)
            if not self.covers(day.year):
                return "unknown"
            remaining += self.is_workday(day)
            if remaining > soon_days:
                return "ok"
        return "due_soon"

    def add_calendar_days(self, accepted: date, days: int) -> DeadlineResult:
        """A limit in calendar days (日), e.g. 居住证 issued within 15 日 (居住证暂行条例 §9).

        Per 民法典 §201 the start day is not counted; per §203 a period ending on a statutory
        rest day ends on the first day after the rest instead, and with 调休 that is the next
        working day. The last day's status must be known; the days in between need not be.
        """
        day, missing_year = self.calendar_days_end(accepted, days)
        return DeadlineResult(day) if missing_year is None else DeadlineResult.unknown(missing_year)

    def calendar_days_end(self, start: date, days: int) -> tuple[date, int | None]:
        """The last day of a period of ``days`` calendar days after ``start``, moved off rest days
        (民法典 Art. 201, 203), and the year whose arrangement is missing (None when the day is sure).

        The one implementation of that rule: intake limits in 日 and the 司法确认 window both use it.
        Where the last day reaches a year not entered yet, only the holidays fixed by date (元旦,
        劳动节, 国庆节) are stepped over, and no further (a weekend may be a 调休 working day): the
        earliest day the period can end, never a day after it ended, flagged as not sure.
        """
        if days < 0:
            raise ValueError("days must not be negative")
        day = start + timedelta(days=days)
        while self.covers(day.year):
            if self.is_workday(day):
                return day, None
            day += timedelta(days=1)
        missing_year = day.year
        while (day.month, day.day) in FIXED_DATE_HOLIDAYS:
            day += timedelta(days=1)
        return day, missing_year

    def add_days(self, start: date, n: int, unit: DayUnit | str) -> DeadlineResult:
        """``n`` working days or ``n`` calendar days (moved off a rest day) after ``start``."""
        if unit not in DAY_UNITS:
            raise ValueError(f"unknown unit of days: {unit!r}")
        return self.add_working_days(start, n) if unit == WORKING else self.add_calendar_days(start, n)


def _seed_file_text() -> str:
    # importlib.resources finds the file in a checkout, an installed wheel and a zipped app alike;
    # the path fallback covers running from a source tree where ``db`` is not importable.
    try:
        return resources.files("db").joinpath("seed").joinpath("holidays_cn.json").read_text(encoding="utf-8")
    except ModuleNotFoundError:
        path = Path(__file__).resolve().parents[2] / "db" / "seed" / "holidays_cn.json"
        return path.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _packaged_calendar() -> WorkCalendar:
    return WorkCalendar.from_json_data(json.loads(_seed_file_text()))
