"""Issue 13: bookings only from today to a year ahead, never on a public holiday, only for people on
duty when the roster keeps their duty; the room's turnover buffer is stated, not hidden in the times,
and a person needs none."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from desk.core.errors import Conflict, DeskError, ValidationError
from desk.services.context import Actor, Desk
from desk.services.intake import calendar
from desk.services.mediation import bookings, duty_roster, rooms_roster
from tests.conftest import FakeClock
from tests.services.mediation_setup import MONDAY, Roster, at, make_roster


@pytest.fixture
def roster(desk: Desk, admin: Actor) -> Roster:
    return make_roster(desk, admin)


def book(desk: Desk, actor: Actor, room_id: int, day: date, start: str, end: str, staff: list[int], **kw):
    return bookings.create_booking(desk, actor, room_id, at(day, start), at(day, end), staff, **kw)


def refusal(call, *args, **kw) -> DeskError:  # type: ignore[no-untyped-def]
    with pytest.raises(DeskError) as refused:
        call(*args, **kw)
    return refused.value


def test_only_from_today_to_a_year_ahead(desk: Desk, clerk: Actor, roster: Roster, clock: FakeClock) -> None:
    staff = [roster.mediator.id]
    for day in (date(2019, 11, 20), date(2026, 11, 19), date(2099, 11, 20), date(2027, 11, 22)):
        error = refusal(book, desk, clerk, roster.room2.id, day, "10:00", "11:00", staff)
        assert isinstance(error, ValidationError) and error.field == "start", day
    assert "2026-11-20" in str(refusal(book, desk, clerk, roster.room2.id, date(2019, 11, 20), "10:00", "11:00",
                                       staff))
    assert book(desk, clerk, roster.room2.id, date(2026, 11, 20), "14:00", "15:00", staff).id  # today
    assert book(desk, clerk, roster.room2.id, date(2027, 11, 20), "14:00", "15:00", staff).id  # a year ahead
    # year end by the desk's clock: 2026-12-31 evening, next year's calendar not entered yet
    clock.now = datetime(2026, 12, 31, 11, 0, tzinfo=timezone.utc)
    assert book(desk, clerk, roster.room2.id, date(2027, 1, 4), "10:00", "11:00", staff).id
    assert isinstance(refusal(book, desk, clerk, roster.room2.id, date(2026, 12, 30), "10:00", "11:00", staff),
                      ValidationError)


def test_not_on_a_public_holiday(desk: Desk, admin: Actor, clerk: Actor, roster: Roster, clock: FakeClock) -> None:
    clock.now = datetime(2026, 9, 28, 1, 0, tzinfo=timezone.utc)
    error = refusal(book, desk, clerk, roster.room2.id, date(2026, 10, 1), "10:00", "11:00", [roster.mediator.id])
    assert isinstance(error, Conflict) and error.field == "start" and "2026-10-01" in str(error)
    # 2027 not entered yet: 元旦 is a holiday by law all the same; 春节 is not known yet
    clock.now = datetime(2026, 12, 20, 1, 0, tzinfo=timezone.utc)
    error = refusal(book, desk, clerk, roster.room2.id, date(2027, 1, 1), "10:00", "11:00", [roster.mediator.id])
    assert isinstance(error, Conflict) and "元旦" in str(error)
    assert book(desk, clerk, roster.room2.id, date(2027, 2, 8), "14:00", "15:00", [roster.mediator.id]).id
    # a year the manager has entered counts as soon as it is available
    calendar.set_day(desk, admin, date(2027, 2, 8), "off", "春节")
    calendar.set_year(desk, admin, 2027, True, "国办发明电〔2026〕1号")
    error = refusal(book, desk, clerk, roster.room2.id, date(2027, 2, 8), "10:00", "11:00", [roster.mediator.id])
    assert isinstance(error, Conflict) and "春节" in str(error)


def test_only_people_on_duty(desk: Desk, admin: Actor, clerk: Actor, roster: Roster) -> None:
    # the police officer keeps Tuesday afternoons; the lawyer is not on the roster at all (called in)
    duty_roster.add_shift(desk, admin, roster.police.id, 2, "14:00", "17:30", MONDAY)
    tuesday, wednesday = date(2026, 11, 24), date(2026, 11, 25)
    error = refusal(book, desk, clerk, roster.room.id, wednesday, "14:00", "15:00", [roster.police.id])
    assert isinstance(error, Conflict) and error.field == "staff" and "周警官" in str(error)
    error = refusal(book, desk, clerk, roster.room.id, tuesday, "10:00", "11:00", [roster.police.id])
    assert "14:00–17:30" in str(error)
    assert refusal(book, desk, clerk, roster.room.id, tuesday, "17:00", "18:00", [roster.police.id, roster.lawyer.id])
    assert book(desk, clerk, roster.room.id, tuesday, "14:00", "15:00", [roster.police.id, roster.lawyer.id]).id
    duty_roster.add_exception(desk, admin, roster.police.id, date(2026, 12, 1), "off", note="调休")
    assert refusal(book, desk, clerk, roster.room.id, date(2026, 12, 1), "14:00", "15:00", [roster.police.id])
    duty_roster.add_exception(desk, admin, roster.police.id, wednesday, "extra", "09:00", "12:00")
    assert book(desk, clerk, roster.room.id, wednesday, "09:00", "10:00", [roster.police.id]).id


def test_the_turnover_is_stated_and_the_slot_before_is_free_for_people(desk: Desk, admin: Actor, clerk: Actor,
                                                                        roster: Roster) -> None:
    room = rooms_roster.save_room(desk, admin, roster.room.id, name="调解室", location="一楼东侧", opens="08:30",
                                  closes="17:30", weekdays="12345", buffer_min=10)
    book(desk, clerk, room.id, MONDAY, "10:00", "12:00", [roster.mediator.id], title="邻里漏水纠纷")
    overlap = refusal(book, desk, clerk, room.id, MONDAY, "11:00", "12:30", [roster.lawyer.id])
    assert "10:00" in str(overlap) and "12:00" in str(overlap) and "12:10" not in str(overlap)
    after = refusal(book, desk, clerk, room.id, MONDAY, "12:05", "13:00", [roster.lawyer.id])
    assert "12:00" in str(after) and "12:10" not in str(after) and "10" in str(after).replace("10:00", "")
    before = refusal(book, desk, clerk, room.id, MONDAY, "09:00", "10:00", [roster.lawyer.id])
    assert "needs 10 minutes" in str(before) and "12:10" not in str(before)
    assert book(desk, clerk, room.id, MONDAY, "08:50", "09:50", [roster.lawyer.id]).id  # leaves the turnover
    assert book(desk, clerk, room.id, MONDAY, "12:10", "13:00", [roster.lawyer.id]).id
    # the mediator needs no turnover: straight on to another room the minute the session ends
    assert book(desk, clerk, roster.room2.id, MONDAY, "12:00", "13:00", [roster.mediator.id]).id
    assert book(desk, clerk, roster.room2.id, MONDAY, "09:00", "10:00", [roster.mediator.id]).id
    person = refusal(book, desk, clerk, roster.room2.id, MONDAY, "11:30", "11:45", [roster.mediator.id])
    assert person.field == "staff" and "10:00" in str(person) and "12:00" in str(person)
