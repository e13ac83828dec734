"""Working-day calendar: the 25 worked deadline cases, the lookup rule, unknown years."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core.errors import ValidationError
from desk.core.workdays import MSG_YEAR_MISSING, CalendarYearMissing, DeadlineResult, WorkCalendar

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parents[1] / "data" / "deadline_cases.json").read_text(encoding="utf-8")
)["cases"]
CAL = WorkCalendar.from_packaged()
D = date.fromisoformat


@pytest.mark.parametrize("case", CASES, ids=[f"{c['accepted']}+{c['working_days']}" for c in CASES])
def test_deadline_cases(case: dict[str, Any]) -> None:
    accepted = D(case["accepted"])
    result = CAL.add_working_days(accepted, case["working_days"])
    if case["deadline"] is None:
        assert result == DeadlineResult(None, missing_year=2027, reason=MSG_YEAR_MISSING)
        assert not result.known
        return
    assert result.known
    assert result.deadline == D(case["deadline"])
    assert CAL.is_workday(D(case["deadline"]))
    # The inverse: counting the working days back gives n, with the acceptance day excluded.
    assert CAL.working_days_between(accepted, D(case["deadline"])) == case["working_days"]


def test_packaged_calendar_years_and_known_days() -> None:
    assert CAL.years == (2020, 2021, 2022, 2023, 2024, 2025, 2026)
    assert WorkCalendar.from_packaged() is CAL  # loaded once
    assert CAL.is_workday(D("2025-01-26"))  # Sunday, 调休上班
    assert not CAL.is_workday(D("2025-10-08"))  # Wednesday, 国庆 holiday
    assert not CAL.is_workday(D("2025-10-12"))  # plain Sunday
    assert CAL.is_workday(D("2025-10-13"))  # plain Monday
    assert not CAL.is_workday(D("2020-02-01"))  # make-up day cancelled by the 2020 extension
    assert not CAL.is_workday(D("2020-01-31"))  # extended Spring Festival
    assert CAL.is_workday(D("2020-02-03"))
    assert not CAL.is_workday(D("2022-12-31"))  # filed under 2022, set by the 2023 notice


def test_packaged_file_lists_the_years_it_covers() -> None:
    seed = Path(__file__).parents[2] / "db" / "seed" / "holidays_cn.json"
    data = json.loads(seed.read_text(encoding="utf-8"))
    assert tuple(data["available_years"]) == CAL.years
    assert data["year_2027"]["available"] is False


def test_work_list_beats_off_list_beats_weekday() -> None:
    cal = WorkCalendar(
        {
            2030: {
                "off": ["2030-01-01", "2030-01-05", "2030-01-07"],  # Tue, Sat, Mon
                "work": ["2030-01-05", "2030-01-06"],  # Sat also off: work wins; Sun
            }
        }
    )
    assert not cal.is_workday(date(2030, 1, 1))
    assert cal.is_workday(date(2030, 1, 2))
    assert cal.is_workday(date(2030, 1, 5))
    assert cal.is_workday(date(2030, 1, 6))
    assert not cal.is_workday(date(2030, 1, 7))
    assert not cal.is_workday(date(2030, 1, 12))  # Saturday
    assert not cal.is_workday(date(2030, 1, 13))  # Sunday


def test_plain_dicts_from_the_database() -> None:
    cal = WorkCalendar(
        {
            2030: {"off": [date(2030, 1, 1)], "work": []},
            "2031": {"off": [{"date": "2031-01-01", "name": "元旦"}], "work": [{"date": "2031-01-04"}]},
        }
    )
    assert cal.years == (2030, 2031)
    assert cal.covers(2031) and not cal.covers(2029)
    assert cal.is_workday(date(2031, 1, 4))  # a Saturday
    assert cal.to_dicts() == {
        2030: {"off": ["2030-01-01"], "work": []},
        2031: {"off": ["2031-01-01"], "work": ["2031-01-04"]},
    }
    assert WorkCalendar(cal.to_dicts()).to_dicts() == cal.to_dicts()


@pytest.mark.parametrize(
    "year_data",
    [{"off": [], "work": []}, {"work": ["2030-01-05"]}, {"available": False, "off": ["2030-01-01"]}, {}],
)
def test_a_year_without_holidays_is_not_covered(year_data: dict[str, Any]) -> None:
    cal = WorkCalendar({2030: year_data})
    assert not cal.covers(2030)
    with pytest.raises(CalendarYearMissing):
        cal.is_workday(date(2030, 1, 2))


@pytest.mark.parametrize("entry", ["2029-12-31", "2030-02-30", "not a date", {"name": "元旦"}])
def test_bad_calendar_entries_are_refused_with_a_message(entry: object) -> None:
    with pytest.raises(ValidationError) as caught:
        WorkCalendar({2030: {"off": ["2030-01-01", entry]}})
    assert caught.value.params["year"] == 2030
    assert caught.value.field == "calendar"


def test_uncovered_year_is_never_guessed() -> None:
    with pytest.raises(CalendarYearMissing) as caught:
        CAL.is_workday(date(2027, 1, 4))  # a Monday, still unknown
    assert caught.value.year == 2027
    assert "2027" in str(caught.value)
    with pytest.raises(CalendarYearMissing):
        CAL.working_days_between(date(2026, 12, 30), date(2027, 1, 5))
    assert CAL.add_working_days(date(2026, 12, 30), 1) == DeadlineResult(date(2026, 12, 31))
    assert CAL.add_working_days(date(2026, 12, 30), 2).missing_year == 2027


def test_acceptance_day_itself_need_not_be_covered() -> None:
    assert CAL.add_working_days(date(2019, 12, 31), 1).deadline == date(2020, 1, 2)
    assert CAL.add_working_days(date(2027, 3, 1), 0).deadline == date(2027, 3, 1)


def test_zero_and_negative_counts() -> None:
    assert CAL.add_working_days(date(2025, 10, 1), 0).deadline == date(2025, 10, 1)
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2025, 10, 1), -1)
    with pytest.raises(ValueError):
        CAL.add_calendar_days(date(2025, 10, 1), -1)


def test_working_days_between_is_antisymmetric() -> None:
    assert CAL.working_days_between(date(2025, 9, 30), date(2025, 10, 11)) == 3
    assert CAL.working_days_between(date(2025, 10, 11), date(2025, 9, 30)) == -3
    assert CAL.working_days_between(date(2025, 10, 1), date(2025, 10, 1)) == 0


@pytest.mark.parametrize(
    ("deadline", "today", "state"),
    [
        (None, "2025-06-02", "unknown"),
        ("2025-06-05", "2025-06-06", "overdue"),
        ("2025-06-05", "2025-06-05", "due_soon"),  # due today
        ("2025-06-05", "2025-06-04", "due_soon"),  # 1 working day left
        ("2025-06-05", "2025-06-03", "due_soon"),  # 2 working days left
        ("2025-06-05", "2025-06-02", "ok"),  # 3 working days left
        ("2025-10-09", "2025-09-30", "due_soon"),  # 9 calendar days, 1 working day (国庆)
        ("2025-10-11", "2025-09-30", "ok"),  # 10-09, 10-10, then the Saturday make-up day is the 3rd
        ("2025-06-09", "2025-06-06", "due_soon"),  # Friday -> Monday: 1 working day
        ("2025-06-08", "2025-06-06", "due_soon"),  # deadline on a Sunday, 0 working days between
        ("2027-01-10", "2026-12-31", "unknown"),  # runs into 2027 before deciding
        ("2027-06-01", "2026-06-01", "ok"),  # far enough: decided long before 2027
    ],
)
def test_deadline_state(deadline: str | None, today: str, state: str) -> None:
    assert CAL.deadline_state(D(deadline) if deadline else None, D(today)) == state


def test_deadline_state_soon_days() -> None:
    assert CAL.deadline_state(date(2025, 6, 5), date(2025, 6, 2), soon_days=3) == "due_soon"
    assert CAL.deadline_state(date(2025, 6, 5), date(2025, 6, 4), soon_days=0) == "ok"
    assert CAL.deadline_state(date(2025, 6, 5), date(2025, 6, 5), soon_days=0) == "due_soon"


@pytest.mark.parametrize(
    ("accepted", "days", "deadline"),
    [
        ("2025-03-03", 15, "2025-03-18"),  # ends on a Tuesday
        ("2025-09-16", 15, "2025-10-09"),  # ends on 10-01: first working day after 国庆
        ("2025-09-13", 15, "2025-09-28"),  # ends on a Sunday make-up workday: stays
        ("2025-06-06", 15, "2025-06-23"),  # ends on Saturday 06-21 -> Monday
        ("2026-12-15", 15, "2026-12-30"),
        ("2025-02-14", 15, "2025-03-03"),  # ends 03-01 Saturday -> Monday
        ("2024-02-14", 15, "2024-02-29"),  # leap day
    ],
)
def test_calendar_day_limits(accepted: str, days: int, deadline: str) -> None:
    assert CAL.add_calendar_days(D(accepted), days) == DeadlineResult(D(deadline))


def test_calendar_day_limit_ending_in_an_uncovered_year_is_unknown() -> None:
    assert CAL.add_calendar_days(date(2026, 12, 20), 15) == DeadlineResult.unknown(2027)
    # ...but a limit that ends in a covered year does not need the days in between.
    assert CAL.add_calendar_days(date(2019, 12, 1), 40).deadline == date(2020, 1, 10)


@given(
    st.dates(min_value=date(2019, 12, 31), max_value=date(2026, 12, 31)),
    st.integers(min_value=0, max_value=40),
)
def test_deadline_properties(accepted: date, n: int) -> None:
    result = CAL.add_working_days(accepted, n)
    if not result.known:
        assert result.missing_year == 2027 and result.reason == MSG_YEAR_MISSING
        assert CAL.add_working_days(accepted, n + 1).deadline is None
        return
    assert result.deadline is not None
    assert result.deadline >= accepted
    assert CAL.working_days_between(accepted, result.deadline) == n
    if n:
        assert CAL.is_workday(result.deadline)
        # The deadline is the first day reaching n: the day before it has counted only n - 1.
        assert CAL.working_days_between(accepted, result.deadline - timedelta(days=1)) == n - 1
        longer = CAL.add_working_days(accepted, n + 1).deadline
        assert longer is None or longer > result.deadline
