"""Deadlines on the calendar kept in the database: every worked case of deadline_cases.json, the
manager's edits, and flagged deadlines that become known once the year is entered."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from desk.core.errors import PermissionDenied, ValidationError
from desk.core.workdays import WorkCalendar
from desk.services.context import Actor, Desk
from desk.services.intake import calendar, case_queries, catalogue
from desk.services.intake.catalogue import ItemInput, MaterialSpec
from tests.conftest import FakeClock
from tests.services.intake_support import person, take_in

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parents[1] / "data" / "deadline_cases.json").read_text(encoding="utf-8"))["cases"]
SEED = json.loads((Path(__file__).parents[2] / "db" / "seed" / "holidays_cn.json").read_text(encoding="utf-8"))


def test_the_database_calendar_gives_every_worked_deadline(desk: Desk) -> None:
    db_calendar = calendar.current_calendar(desk)
    assert db_calendar.years == (2020, 2021, 2022, 2023, 2024, 2025, 2026)
    assert db_calendar.to_dicts() == WorkCalendar.from_json_data(SEED).to_dicts()
    for case in CASES:
        result = db_calendar.add_working_days(date.fromisoformat(case["accepted"]), case["working_days"])
        expected = date.fromisoformat(case["deadline"]) if case["deadline"] else None
        assert result.deadline == expected, case["why"]
        assert (result.missing_year is None) == (expected is not None)


@pytest.mark.parametrize("case", [c for c in CASES if c["accepted"].startswith("2026")] + [CASES[-1]],
                         ids=lambda c: f'{c["accepted"]}+{c["working_days"]}')
def test_worked_deadlines_through_the_intake_flow(desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock,
                                                  case: dict[str, Any]) -> None:
    catalogue.save_item(desk, manager, ItemInput(
        "T-01", "测试事项", "ZX", "promised", case["working_days"], materials=(MaterialSpec("申请表"),)))
    accepted = date.fromisoformat(case["accepted"])
    clock.now = datetime(accepted.year, accepted.month, accepted.day, 2, 0, tzinfo=timezone.utc)
    result = take_in(desk, clerk, "T-01", person(desk, clerk).id)
    expected = date.fromisoformat(case["deadline"]) if case["deadline"] else None
    assert result.row.deadline == expected
    assert (result.row.deadline_missing_year is not None) == (expected is None)


def test_entering_a_new_year_works_out_flagged_deadlines(desk: Desk, clerk: Actor, manager: Actor,
                                                         clock: FakeClock) -> None:
    clock.now = datetime(2026, 12, 28, 2, 0, tzinfo=timezone.utc)
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)
    assert case.row.deadline_missing_year == 2027
    with pytest.raises(PermissionDenied):
        calendar.set_day(desk, clerk, date(2027, 1, 1), "off", "元旦")
    with pytest.raises(ValidationError) as caught:
        calendar.set_year(desk, manager, 2027, True)  # no holidays entered yet
    assert caught.value.field == "available"
    calendar.set_day(desk, manager, date(2027, 1, 1), "off", "元旦")
    assert case_queries.get_case(desk, clerk, case.row.id).row.deadline is None  # year not complete yet
    calendar.set_year(desk, manager, 2027, True, "国务院办公厅关于2027年部分节假日安排的通知")
    refreshed = case_queries.get_case(desk, clerk, case.row.id)
    assert refreshed.row.deadline == date(2027, 1, 5)  # 29, 30, 31 Dec, (1 Jan off), 4, 5 Jan
    assert refreshed.row.deadline_missing_year is None
    years = {y.year: y for y in calendar.list_years(desk, manager)}
    assert years[2027].available and years[2027].off_days == 1
    assert [d.name for d in calendar.list_days(desk, manager, 2027)] == ["元旦"]


def test_a_make_up_workday_and_clearing_a_day(desk: Desk, manager: Actor) -> None:
    saturday = date(2026, 11, 28)
    assert not calendar.current_calendar(desk).is_workday(saturday)
    calendar.set_day(desk, manager, saturday, "work", "调休")
    assert calendar.current_calendar(desk).is_workday(saturday)
    calendar.set_day(desk, manager, saturday, None)
    assert not calendar.current_calendar(desk).is_workday(saturday)
    with pytest.raises(ValidationError):
        calendar.set_day(desk, manager, saturday, "off", "假日🎉")
    with pytest.raises(ValidationError):
        calendar.set_day(desk, manager, date(1999, 1, 1), "off")
