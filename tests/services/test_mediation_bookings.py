"""Bookings: no overlap for a room or a person (half-open), opening hours, closure days, buffer, moves."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services.context import Actor, Desk
from desk.services.mediation import bookings, rooms_roster
from desk.store.models import AuditRecord
from tests.services.mediation_setup import MONDAY, Roster, at, make_roster


@pytest.fixture
def roster(desk: Desk, admin: Actor) -> Roster:
    return make_roster(desk, admin)


def book(desk: Desk, actor: Actor, room_id: int, start: str, end: str, staff: list[int], day=MONDAY, **kw):
    return bookings.create_booking(desk, actor, room_id, at(day, start), at(day, end), staff, **kw)


def test_overlap_for_the_same_room_is_refused(desk: Desk, clerk: Actor, roster: Roster) -> None:
    first = book(desk, clerk, roster.room.id, "09:00", "10:00", [roster.mediator.id], title="邻里漏水纠纷")
    assert first.staff_names == ("刘德明",)
    with pytest.raises(Conflict) as refused:
        book(desk, clerk, roster.room.id, "09:30", "10:30", [roster.lawyer.id])
    assert "调解室" in str(refused.value) and "09:00" in str(refused.value) and "邻里漏水纠纷" in str(refused.value)
    with pytest.raises(Conflict):  # contained inside
        book(desk, clerk, roster.room.id, "09:10", "09:20", [roster.lawyer.id])
    with pytest.raises(Conflict):  # containing
        book(desk, clerk, roster.room.id, "08:30", "11:00", [roster.lawyer.id])


def test_overlap_for_the_same_person_is_refused_in_another_room(desk: Desk, clerk: Actor, roster: Roster) -> None:
    book(desk, clerk, roster.room.id, "09:00", "10:00", [roster.mediator.id, roster.police.id])
    with pytest.raises(Conflict) as refused:
        book(desk, clerk, roster.room2.id, "09:59", "11:00", [roster.police.id])
    assert refused.value.field == "staff" and "周警官" in str(refused.value)
    other = book(desk, clerk, roster.room2.id, "09:30", "10:30", [roster.lawyer.id])  # other people: fine
    assert other.room_name == "三所联动室"


def test_back_to_back_bookings_are_allowed(desk: Desk, clerk: Actor, roster: Roster) -> None:
    book(desk, clerk, roster.room.id, "09:00", "10:00", [roster.mediator.id])
    second = book(desk, clerk, roster.room.id, "10:00", "11:00", [roster.mediator.id])
    third = book(desk, clerk, roster.room.id, "08:30", "09:00", [roster.mediator.id])
    assert second.start_at == at(MONDAY, "10:00") and third.end_at == at(MONDAY, "09:00")
    day = bookings.bookings_between(desk, clerk, at(MONDAY, "00:00"), at(MONDAY, "23:59"))
    assert [b.start_at for b in day] == [at(MONDAY, h) for h in ("08:30", "09:00", "10:00")]


def test_buffer_blocks_the_time_after_a_booking(desk: Desk, clerk: Actor, roster: Roster) -> None:
    book(desk, clerk, roster.room.id, "09:00", "10:00", [roster.mediator.id], buffer_min=15)
    with pytest.raises(Conflict):
        book(desk, clerk, roster.room.id, "10:10", "11:00", [roster.lawyer.id])
    assert book(desk, clerk, roster.room.id, "10:15", "11:00", [roster.lawyer.id]).id


def test_outside_opening_hours_weekdays_and_closure_days(desk: Desk, admin: Actor, clerk: Actor,
                                                        roster: Roster) -> None:
    with pytest.raises(Conflict) as early:
        book(desk, clerk, roster.room.id, "08:00", "09:00", [roster.mediator.id])
    assert "08:30" in str(early.value) and "17:30" in str(early.value)
    with pytest.raises(Conflict):
        book(desk, clerk, roster.room.id, "17:00", "18:00", [roster.mediator.id])
    saturday = MONDAY + timedelta(days=5)
    with pytest.raises(Conflict) as weekend:
        book(desk, clerk, roster.room.id, "09:00", "10:00", [roster.mediator.id], day=saturday)
    assert "2026-11-28" in str(weekend.value) and "周六" in str(weekend.value)
    rooms_roster.add_closure(desk, admin, roster.room.id, MONDAY + timedelta(days=1), "消防检查")
    with pytest.raises(Conflict) as closed:
        book(desk, clerk, roster.room.id, "09:00", "10:00", [roster.mediator.id], day=MONDAY + timedelta(days=1))
    assert "消防检查" in str(closed.value)


def test_bad_input_is_refused_before_anything_is_saved(desk: Desk, clerk: Actor, roster: Roster) -> None:
    with pytest.raises(ValidationError) as order:
        book(desk, clerk, roster.room.id, "10:00", "09:00", [roster.mediator.id])
    assert order.value.field == "end"
    with pytest.raises(ValidationError) as nobody:
        book(desk, clerk, roster.room.id, "09:00", "10:00", [])
    assert nobody.value.field == "staff"
    with pytest.raises(ValidationError):
        book(desk, clerk, roster.room.id, "09:00", "10:00", [roster.mediator.id], title="会议😀")
    assert bookings.bookings_between(desk, clerk, at(MONDAY, "00:00"), at(MONDAY, "23:59")) == []


def test_move_checks_the_new_slot_and_ignores_itself(desk: Desk, clerk: Actor, roster: Roster) -> None:
    first = book(desk, clerk, roster.room.id, "09:00", "10:00", [roster.mediator.id])
    book(desk, clerk, roster.room.id, "11:00", "12:00", [roster.lawyer.id])
    moved = bookings.move_booking(desk, clerk, first.id, roster.room.id, at(MONDAY, "09:30"), at(MONDAY, "10:30"))
    assert moved.start_at == at(MONDAY, "09:30")
    with pytest.raises(Conflict):
        bookings.move_booking(desk, clerk, first.id, roster.room.id, at(MONDAY, "10:30"), at(MONDAY, "11:30"))
    with pytest.raises(Conflict):  # the person is busy in the other booking
        bookings.move_booking(desk, clerk, first.id, roster.room2.id, at(MONDAY, "11:00"), at(MONDAY, "11:30"),
                              [roster.lawyer.id])
    swapped = bookings.move_booking(desk, clerk, first.id, roster.room2.id, at(MONDAY, "11:00"),
                                    at(MONDAY, "11:30"), [roster.police.id])
    assert swapped.room_name == "三所联动室" and swapped.staff_names == ("周警官",)


def test_cancelled_booking_frees_the_slot(desk: Desk, clerk: Actor, roster: Roster) -> None:
    first = book(desk, clerk, roster.room.id, "09:00", "10:00", [roster.mediator.id])
    with pytest.raises(ValidationError):
        bookings.cancel_booking(desk, clerk, first.id, "  ")
    cancelled = bookings.cancel_booking(desk, clerk, first.id, "当事人改期")
    assert cancelled.cancelled
    assert book(desk, clerk, roster.room.id, "09:00", "10:00", [roster.mediator.id]).id != first.id
    with pytest.raises(Conflict):
        bookings.move_booking(desk, clerk, first.id, roster.room.id, at(MONDAY, "14:00"), at(MONDAY, "15:00"))
    with desk.db.reading() as session:
        actions = session.execute(select(AuditRecord.action).where(AuditRecord.entity == "med_booking")).scalars().all()
    assert actions == ["mediation.booking.create", "mediation.booking.cancel", "mediation.booking.create"]


def test_permissions(desk: Desk, clerk: Actor, mediator: Actor, roster: Roster) -> None:
    with pytest.raises(PermissionDenied):
        rooms_roster.save_room(desk, clerk, None, name="新调解室")
    with pytest.raises(PermissionDenied):
        rooms_roster.save_staff(desk, mediator, None, name="新人", kind="mediator")
    assert book(desk, mediator, roster.room.id, "09:00", "10:00", [roster.mediator.id]).created_by == "mediator1"
