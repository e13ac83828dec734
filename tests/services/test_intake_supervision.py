"""督办: the manager's list of overdue and due-soon cases (a station setting says how soon), and a
reminder that the handling clerk sees on the case."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from desk.core.errors import Conflict, PermissionDenied
from desk.services import station
from desk.services.context import Actor, Desk
from desk.services.intake import case_queries, cases, supervision
from desk.services.intake import clock as clock_service
from tests.conftest import FakeClock
from tests.services.intake_support import OTHER_ID, person, take_in


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, tzinfo=timezone.utc)


def test_list_holds_overdue_and_due_soon_cases_and_a_reminder_reaches_the_clerk(
        desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    first = take_in(desk, clerk, "CG-01", person(desk, clerk).id)  # Fri 11-20 → Fri 11-27
    clock.now = _at(date(2026, 11, 24))
    second = take_in(desk, clerk, "CG-01", person(desk, clerk, "李四", OTHER_ID).id)  # Tue 11-24 → Tue 12-01
    paused = take_in(desk, clerk, "WS-01", person(desk, clerk, "王五", "11010519491231002X").id)
    clock_service.pause_clock(desk, clerk, paused.row.id, "inspection", "送检")
    clock.now = _at(date(2026, 11, 30))  # Monday: first overdue by 1 working day, second due tomorrow
    with pytest.raises(PermissionDenied):
        supervision.supervision_list(desk, clerk)
    rows = supervision.supervision_list(desk, manager)
    assert [(r.receipt_no, r.state, r.working_days_left) for r in rows] == [
        (first.row.receipt_no, "overdue", -1), (second.row.receipt_no, "due_soon", 1)]
    assert rows[0].handler_name == "Clerk1" and "*" in rows[0].applicant_masked
    station.set_settings(desk, manager, {"intake.supervision_soon_days": 1})
    clock.now = _at(date(2026, 11, 27))  # Friday: first due today, second in 2 working days
    assert [r.id for r in supervision.supervision_list(desk, manager)] == [first.row.id]
    supervision.remind(desk, manager, first.row.id, "请今天联系申请人")
    with pytest.raises(PermissionDenied):
        supervision.remind(desk, clerk, first.row.id)
    seen = case_queries.get_case(desk, clerk, first.row.id)
    reminder = [e for e in seen.events if e.action == "reminded"]
    assert len(reminder) == 1 and "请今天联系申请人" in reminder[0].note and reminder[0].user_name == "Manager1"
    assert supervision.supervision_list(desk, manager)[0].reminders == 1
    cases.complete(desk, clerk, first.row.id, "已备案")
    with pytest.raises(Conflict):
        supervision.remind(desk, manager, first.row.id)
    assert supervision.supervision_list(desk, manager) == []
