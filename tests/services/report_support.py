"""A busy day for the daily-log tests, made through the real services: Friday 2026-11-20 in Shanghai,
with a few earlier days so that cases are overdue, due soon or completed late, and a follow-up is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from desk.core.permissions import Role
from desk.services.context import Actor, Desk
from desk.services.intake import cases, consultations, ratings
from desk.services.mediation import agreements, bookings
from desk.services.mediation import cases as med_cases
from desk.services.queue import calling, issuing, serving
from tests.conftest import FakeClock, make_actor
from tests.services.intake_support import OTHER_ID, X_ID, person, take_in
from tests.services.mediation_setup import make_roster, sample_agreement, sample_case, sample_parties
from tests.services.queue_setup import make_hall

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 20)


def local(day: date, hm: str) -> datetime:
    hour, minute = map(int, hm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI).astimezone(timezone.utc)


@dataclass
class BusyDay:
    day: date
    clerk2: Actor
    completed_late_case: int
    open_case: int
    overdue_case: int


def _earlier_days(desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> tuple[int, int]:
    clock.now = local(date(2026, 11, 10), "10:00")
    applicant = person(desk, clerk).id
    overdue = take_in(desk, clerk, "CG-01", applicant)  # deadline 11-17: overdue on the 20th
    late = take_in(desk, clerk, "CG-01", applicant, repeat_confirmed=True)  # completed on the 20th, late
    low = ratings.rate(desk, clerk, 1, "态度不好", case_id=overdue.row.id)
    assert low.follow_up_status == "open"
    clock.now = local(date(2026, 11, 16), "10:00")
    take_in(desk, clerk, "CG-01", applicant)  # deadline 11-23: due soon on the 20th
    clock.now = local(date(2026, 11, 18), "10:00")
    take_in(desk, clerk, "CG-01", applicant)  # deadline 11-25: fine
    return late.row.id, overdue.row.id


def _queue(desk: Desk, clerk: Actor, clerk2: Actor, manager: Actor, clock: FakeClock) -> None:
    hall = make_hall(desk, manager)
    clock.now = local(DAY, "09:00")
    for service in (hall.a, hall.a, hall.b, hall.a, hall.b, hall.a, hall.b, hall.a):
        issuing.issue_ticket(desk, clerk, service)
        clock.advance(minutes=3)
    clock.now = local(DAY, "09:40")
    for minutes, (actor, window) in enumerate([(clerk, 1), (clerk2, 2), (clerk, 1), (clerk2, 2)]):
        assert calling.call_next(desk, actor, window) is not None
        clock.advance(minutes=1 + minutes)
        serving.start_service(desk, actor, window)
        clock.advance(minutes=4 + 2 * minutes)
        if minutes == 1:  # one citizen is sent on to service B, keeping the number
            serving.transfer(desk, actor, window, to_service_id=hall.a)
        else:
            serving.finish_service(desk, actor, window)
    clock.now = local(DAY, "10:20")
    calling.call_next(desk, clerk, 1)
    clock.advance(minutes=2)
    serving.mark_no_show(desk, clerk, 1)  # missed
    clock.advance(minutes=1)
    calling.call_next(desk, clerk2, 2)
    clock.advance(minutes=1)
    serving.finish_service(desk, clerk2, 2)  # finished without F4: 0 min of service
    clock.now = local(DAY, "11:05")
    calling.call_next(desk, clerk, 1)
    clock.advance(minutes=9)
    serving.start_service(desk, clerk, 1)
    clock.advance(minutes=12)
    serving.finish_service(desk, clerk, 1)
    clock.now = local(DAY, "13:10")
    issuing.issue_ticket(desk, clerk, hall.c, priority=True)
    clock.advance(minutes=5)
    calling.call_next(desk, manager, 3)
    clock.advance(minutes=1)
    serving.start_service(desk, manager, 3)
    clock.advance(minutes=15)
    serving.finish_service(desk, manager, 3)
    clock.now = local(DAY, "14:30")
    issuing.issue_ticket(desk, clerk, hall.a)  # still waiting at the end of the day


def _intake(desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock, late_case: int) -> int:
    clock.now = local(DAY, "09:50")
    applicant = person(desk, clerk, "李四", OTHER_ID, "13900001111").id
    open_case = take_in(desk, clerk, "CG-01", applicant).row.id
    take_in(desk, clerk, "CG-01", applicant, "missing", received=(1,), repeat_confirmed=True)
    clock.advance(minutes=20)
    take_in(desk, clerk, "MZ-01", applicant, "refuse", received=(), reason="不符合申请条件")
    instant = take_in(desk, clerk, "LL-01", person(desk, clerk, "王五", X_ID, "13700002222").id)
    assert instant.row.status == "completed"
    clock.advance(minutes=30)
    cases.complete(desk, clerk, late_case, "已办结")
    for channel, topic in (("walk_in", "居住证怎么办"), ("walk_in", "低保条件"), ("hotline", "办公时间")):
        consultations.log_consultation(desk, clerk, consultations.ConsultationInput(channel, topic, "已解答"))
        clock.advance(minutes=7)
    ratings.rate(desk, clerk, 5, case_id=instant.row.id)
    ratings.rate(desk, clerk, 4)
    bad = ratings.rate(desk, clerk, 2, "等太久")
    clock.advance(minutes=40)
    ratings.record_follow_up(desk, manager, bad.id, "已电话致歉并说明原因")
    return open_case


def _mediation(desk: Desk, admin: Actor, mediator: Actor, clock: FakeClock) -> None:
    roster = make_roster(desk, admin)
    clock.now = local(date(2026, 11, 10), "11:00")
    old = med_cases.register_case(desk, mediator, sample_case(), sample_parties())
    agreements.save_agreement(desk, mediator, old.id, sample_agreement(performance_deadline="2026-11-18"))
    clock.now = local(date(2026, 11, 12), "11:00")
    agreements.record_signed(desk, mediator, old.id, "2026-11-12", all_parties_signed=True, mediator_signed=True,
                             seal_affixed=True)
    clock.now = local(DAY, "10:00")
    new = med_cases.register_case(desk, mediator, sample_case(), sample_parties())
    bookings.create_booking(desk, mediator, roster.room.id, local(DAY, "14:00"), local(DAY, "15:00"),
                            [roster.mediator.id], case_id=new.id)
    spare = bookings.create_booking(desk, mediator, roster.room.id, local(DAY, "16:00"), local(DAY, "17:00"),
                                    [roster.mediator.id], title="预约")
    bookings.cancel_booking(desk, mediator, spare.id, "当事人改期")
    clock.now = local(DAY, "15:10")
    med_cases.add_session(desk, mediator, new.id, kind="session", held_at=local(DAY, "14:00"), place="调解室",
                          record="双方陈述", result="达成一致", recorder="赵淑芬")
    agreements.save_agreement(desk, mediator, new.id, sample_agreement(performance_deadline="2026-12-05"))
    agreements.record_signed(desk, mediator, new.id, DAY, all_parties_signed=True, mediator_signed=True,
                             seal_affixed=True)
    med_cases.close_case(desk, mediator, new.id, "success")


def make_busy_day(desk: Desk, admin: Actor, manager: Actor, clerk: Actor, mediator: Actor,
                  clock: FakeClock) -> BusyDay:
    clerk2 = make_actor(desk, "clerk2", Role.CLERK)
    late, overdue = _earlier_days(desk, clerk, manager, clock)
    _queue(desk, clerk, clerk2, manager, clock)
    open_case = _intake(desk, clerk, manager, clock, late)
    _mediation(desk, admin, mediator, clock)
    clock.now = local(DAY, "17:30")
    return BusyDay(DAY, clerk2, late, open_case, overdue)
