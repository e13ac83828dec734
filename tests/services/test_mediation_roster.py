"""Duty roster: weekly shifts, days off and extra shifts; room settings are checked."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services.context import Actor, Desk
from desk.services.mediation import duty_roster, rooms_roster
from tests.services.mediation_setup import MONDAY, make_roster


def test_weekly_shifts_with_exceptions(desk: Desk, admin: Actor, clerk: Actor) -> None:
    roster = make_roster(desk, admin)
    duty_roster.add_shift(desk, admin, roster.mediator.id, 1, "08:30", "17:30", MONDAY - timedelta(days=7))
    duty_roster.add_shift(desk, admin, roster.police.id, 2, "14:00", "17:30", MONDAY,
                          valid_to=MONDAY + timedelta(days=6), note="警务室")
    duty_roster.add_exception(desk, admin, roster.mediator.id, MONDAY + timedelta(days=7), "off", note="调休")
    duty_roster.add_exception(desk, admin, roster.lawyer.id, MONDAY + timedelta(days=3), "extra", "09:00", "12:00")
    slots = duty_roster.duty_roster(desk, clerk, MONDAY, MONDAY + timedelta(days=13))
    seen = [(s.day - MONDAY).days for s in slots]
    assert seen == [0, 1, 3]  # Monday; police Tuesday (first week only); lawyer extra; next Monday (7) off
    assert [s.extra for s in slots] == [False, False, True]
    assert slots[1].note == "警务室"


def test_roster_input_checks(desk: Desk, admin: Actor, mediator: Actor) -> None:
    roster = make_roster(desk, admin)
    with pytest.raises(ValidationError) as bad_time:
        duty_roster.add_shift(desk, admin, roster.mediator.id, 1, "8点", "17:30", MONDAY)
    assert bad_time.value.field == "start"
    with pytest.raises(ValidationError) as reversed_times:
        duty_roster.add_shift(desk, admin, roster.mediator.id, 1, "17:30", "08:30", MONDAY)
    assert reversed_times.value.field == "end"
    with pytest.raises(ValidationError):
        duty_roster.add_exception(desk, admin, roster.mediator.id, MONDAY, "holiday")
    with pytest.raises(PermissionDenied):
        duty_roster.add_shift(desk, mediator, roster.mediator.id, 1, "08:30", "17:30", MONDAY)
    with pytest.raises(ValidationError) as same_name:
        rooms_roster.save_room(desk, admin, None, name="调解室")
    assert same_name.value.field == "name"
    with pytest.raises(ValidationError):
        rooms_roster.save_room(desk, admin, None, name="新室", weekdays="")
    rooms_roster.add_closure(desk, admin, roster.room.id, MONDAY, "检修")
    with pytest.raises(Conflict):
        rooms_roster.add_closure(desk, admin, roster.room.id, MONDAY, "又检修")
    closure = rooms_roster.list_closures(desk, admin, MONDAY, MONDAY)[0]
    rooms_roster.remove_closure(desk, admin, closure.id)
    assert rooms_roster.list_closures(desk, admin, MONDAY, MONDAY) == []


def test_shifts_and_days_off_are_removed_audited(desk: Desk, admin: Actor, manager: Actor, mediator: Actor) -> None:
    from desk.services import audit

    roster = make_roster(desk, admin)
    shift = duty_roster.add_shift(desk, manager, roster.mediator.id, 1, "08:30", "17:30", MONDAY)
    day_off = duty_roster.add_exception(desk, manager, roster.mediator.id, MONDAY, "off", note="调休")
    assert duty_roster.duty_roster(desk, manager, MONDAY, MONDAY) == []
    assert [e.id for e in duty_roster.list_exceptions(desk, mediator, MONDAY, MONDAY)] == [day_off]
    with pytest.raises(PermissionDenied):
        duty_roster.remove_exception(desk, mediator, day_off)
    duty_roster.remove_exception(desk, manager, day_off)
    assert [s.start_min for s in duty_roster.duty_roster(desk, manager, MONDAY, MONDAY)] == [8 * 60 + 30]
    with pytest.raises(PermissionDenied):
        duty_roster.remove_shift(desk, mediator, shift.id)
    duty_roster.remove_shift(desk, manager, shift.id)
    assert duty_roster.duty_roster(desk, manager, MONDAY, MONDAY) == []
    assert audit.verify(desk.db).ok
