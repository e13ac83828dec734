"""Limits in calendar days (日): 民法典 Art. 201/203 moves a period ending on a rest day to the next
working day. One implementation (WorkCalendar.calendar_days_end) serves intake items in 日 and the
30-day 司法确认 window, so both give the same day on every start day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk.core.mediation import judicial_last_day
from desk.core.workdays import CALENDAR, WORKING, DeadlineResult, WorkCalendar

CAL = WorkCalendar.from_packaged()
# 2027 as the State Council published it (国办发明电〔2026〕…): 元旦 1–3 January, 4 January a Monday.
WITH_2027 = WorkCalendar({**{y: {"off": d["off"], "work": d["work"]} for y, d in CAL.to_dicts().items()},
                          2027: {"off": ["2027-01-01", "2027-01-02", "2027-01-03"], "work": []}})


def test_judicial_window_from_2026_12_02_is_not_new_year_day() -> None:
    # 2026-12-02 + 30 days = 2027-01-01 (元旦): the window closes on the next working day.
    assert judicial_last_day(date(2026, 12, 2), WITH_2027) == (date(2027, 1, 4), False)


def test_judicial_window_into_a_year_not_entered_steps_over_new_year_and_is_provisional() -> None:
    day, provisional = judicial_last_day(date(2026, 12, 2), CAL)
    assert day != date(2027, 1, 1)
    assert day == date(2027, 1, 2) and provisional


def test_residence_permit_15_days_ends_before_15_working_days_every_day_2020_2026() -> None:
    """居住证暂行条例 §9: 15 日. Counted in 日, the day is never after the law's, never a rest day."""
    day = date(2020, 1, 1)
    while day < date(2026, 12, 1):
        in_days = CAL.add_days(day, 15, CALENDAR)
        assert in_days.deadline is not None and CAL.is_workday(in_days.deadline)
        assert in_days.deadline <= CAL.add_days(day, 15, WORKING).deadline  # type: ignore[operator]
        # Never later than needed: the plain 15th day, or the first working day after it.
        plain = day + timedelta(days=15)
        assert all(not CAL.is_workday(plain + timedelta(days=k)) for k in range((in_days.deadline - plain).days))
        day += timedelta(days=1)


@pytest.mark.parametrize(("start", "expected"), [
    (date(2026, 9, 16), date(2026, 10, 8)),   # 10-01 国庆 → after the 7-day holiday (10-08 a Thursday)
    (date(2026, 1, 1), date(2026, 1, 16)),    # a Friday, an ordinary working day
    (date(2026, 1, 2), date(2026, 1, 19)),    # Saturday 17th → Monday 19th
])
def test_calendar_days_move_off_rest_days(start: date, expected: date) -> None:
    assert CAL.add_days(start, 15, CALENDAR) == DeadlineResult(expected)
    assert judicial_last_day(start - timedelta(days=15), CAL) == (expected, False)
