"""The home page's day for each role: the clerk's window and due applications, the mediator's sessions,
unsigned agreements and closing 司法确认 windows, the manager's live figures — all on the desk's clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

from desk.services import home
from desk.services.context import Actor, Desk
from desk.services.mediation import agreements, bookings, cases, rooms_roster
from desk.services.queue import calling
from desk.services.queue.issuing import issue_ticket
from tests.conftest import FakeClock
from tests.services.intake_support import person, take_in
from tests.services.mediation_setup import at, make_roster, sample_agreement, sample_case, sample_parties
from tests.services.queue_setup import make_hall


def figures(day: home.MyDay) -> dict[str, int]:
    return {f.key: f.value for f in day.figures}


def test_the_clerk_sees_their_window_and_their_applications_due(desk: Desk, manager: Actor, clerk: Actor,
                                                                clock: FakeClock) -> None:
    hall = make_hall(desk, manager)
    clock.advance(hours=5)  # 14:30: service C takes numbers in the afternoon only
    for service in (hall.a, hall.a, hall.b, hall.c):  # C is served at window 3 only
        issue_ticket(desk, clerk, service)
    calling.call_next(desk, clerk, 1)
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id).row
    assert case.deadline is not None

    day = home.my_day(desk, clerk, 1)
    assert figures(day)["window_waiting"] == 2  # A and B tickets left; the called one and C are not
    assert figures(day)["my_running"] == 1 and figures(day)["my_overdue"] == 0
    assert "issued_today" not in figures(day)  # station figures are the manager's
    assert "sessions_today" not in figures(day)

    clock.now = datetime.combine(case.deadline, datetime.min.time(), timezone.utc).replace(hour=2)
    due = home.my_day(desk, clerk, 1)
    assert figures(due)["my_due_soon"] == 1 and figures(due)["window_waiting"] == 0  # a new day: no tickets
    line = next(line for line in due.lines if line.key == "my_case")
    assert line.text.startswith(case.receipt_no) and line.when == case.deadline.isoformat()
    clock.advance(days=1)
    later = home.my_day(desk, clerk, 1)
    # The day after the deadline it is overdue (or still due if that day is not a working day).
    assert figures(later)["my_overdue"] + figures(later)["my_due_soon"] == 1


def test_a_window_number_the_station_does_not_have_shows_no_window_figures(desk: Desk, clerk: Actor) -> None:
    assert "window_waiting" not in figures(home.my_day(desk, clerk, 9))


def test_the_mediator_sees_sessions_unsigned_agreements_and_closing_windows(
        desk: Desk, admin: Actor, mediator: Actor, clerk: Actor, clock: FakeClock) -> None:
    roster = make_roster(desk, admin)
    me = rooms_roster.save_staff(desk, admin, roster.mediator.id, name=roster.mediator.name, kind="mediator",
                                 user_id=mediator.user_id)
    clock.now = at(date(2026, 12, 1), "08:00")  # a Tuesday
    long_company = "示范市幸福家园物业管理有限公司第一分公司"
    parties = [*sample_parties(), replace(sample_parties()[1], name=long_company, kind="organisation", sex="",
                                          ethnicity="", age=None, legal_rep="王建国", occupation="总经理")]
    unsigned = cases.register_case(desk, clerk, replace(sample_case(), mediator_staff_id=me.id), parties)
    agreements.save_agreement(desk, mediator, unsigned.id, sample_agreement())
    signed = cases.register_case(desk, clerk, replace(sample_case(), title="车位纠纷", mediator_staff_id=me.id),
                                 sample_parties())
    agreements.save_agreement(desk, mediator, signed.id, sample_agreement())
    agreements.record_signed(desk, mediator, signed.id, date(2026, 11, 5), all_parties_signed=True,
                             mediator_signed=True, seal_affixed=True)
    bookings.create_booking(desk, mediator, roster.room.id, at(date(2026, 12, 1), "14:00"),
                            at(date(2026, 12, 1), "15:30"), [me.id], case_id=unsigned.id, title="第一次调解")
    bookings.create_booking(desk, mediator, roster.room.id, at(date(2026, 12, 2), "09:00"),
                            at(date(2026, 12, 2), "10:00"), [me.id], title="明天的")

    day = home.my_day(desk, mediator)
    assert figures(day) == {"sessions_today": 1, "unsigned": 1, "judicial_closing": 1}
    session = next(line for line in day.lines if line.key == "session")
    assert session.when == "14:00–15:30" and unsigned.number in session.text
    assert [line.text for line in day.lines if line.key == "unsigned"] == [f"{unsigned.number} 楼上漏水纠纷"]
    judicial = next(line for line in day.lines if line.key == "judicial")
    assert judicial.when == "2026-12-07"  # 30 days after 11-05 is Saturday 12-05: the next working day
    assert long_company not in " ".join(line.text for line in day.lines)  # numbers and subjects, no names

    agreements.record_judicial_application(desk, mediator, signed.id, date(2026, 12, 1), court="示范市平安区人民法院")
    assert figures(home.my_day(desk, mediator))["judicial_closing"] == 0


def test_the_manager_sees_the_station_live_and_what_is_late(desk: Desk, manager: Actor, clerk: Actor,
                                                          clock: FakeClock) -> None:
    hall = make_hall(desk, manager)
    for service in (hall.a, hall.b, hall.b):
        issue_ticket(desk, clerk, service)
    calling.call_next(desk, clerk, 1)
    from desk.services.queue.serving import finish_service, start_service

    start_service(desk, clerk, 1)
    finish_service(desk, clerk, 1)
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id).row
    day = figures(home.my_day(desk, manager))
    assert (day["issued_today"], day["waiting_now"], day["served_today"], day["registered_today"]) == (3, 2, 1, 1)
    assert day["overdue_cases"] == 0 and day["open_bad_ratings"] == 0

    assert case.deadline is not None
    clock.now = datetime.combine(case.deadline, datetime.min.time(), timezone.utc).replace(hour=2)
    clock.advance(days=7)
    assert figures(home.my_day(desk, manager))["overdue_cases"] == 1


def test_the_year_end_day_is_the_station_day_not_the_utc_day(desk: Desk, manager: Actor, clerk: Actor,
                                                            clock: FakeClock) -> None:
    """23:30 UTC on 31 December is already 1 January in Shanghai: today's figures are the new year's."""
    hall = make_hall(desk, manager)
    clock.now = datetime(2026, 12, 31, 1, 0, tzinfo=timezone.utc)
    issue_ticket(desk, clerk, hall.a)
    clock.now = datetime(2026, 12, 31, 23, 30, tzinfo=timezone.utc)
    day = home.my_day(desk, manager)
    assert day.day == date(2027, 1, 1) and figures(day)["issued_today"] == 0
