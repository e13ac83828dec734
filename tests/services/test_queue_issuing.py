"""Taking numbers: prefix + serial per station-day, under a lock, refusals that save nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.queue.board import service_queues
from desk.services.queue.config import ServiceInput, save_service
from desk.services.queue.issuing import issue_ticket
from desk.store.engine import Database
from desk.store.models.queue import QueueDayCounter, QueueTicket, QueueTicketEvent
from tests.conftest import FakeClock
from tests.services.queue_setup import make_hall


def _count(desk: Desk, model: type) -> int:
    with desk.db.reading() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_numbers_run_per_prefix_and_count_who_waits_ahead(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    first = issue_ticket(desk, clerk, hall.a)
    second = issue_ticket(desk, clerk, hall.a, citizen_name=" 王  芳 ", citizen_phone="138 1234 5678", source="window")
    other = issue_ticket(desk, clerk, hall.b)
    assert [first.ticket.number, second.ticket.number, other.ticket.number] == ["A001", "A002", "B001"]
    assert (first.waiting_ahead, second.waiting_ahead, other.waiting_ahead) == (0, 1, 0)
    assert second.ticket.citizen_name == "王 芳" and second.ticket.citizen_phone == "13812345678"
    assert first.ticket.service_name == "综合受理" and first.station_name
    assert first.ticket.status == "waiting" and first.ticket.issued_at == desk.now()
    with desk.db.reading() as session:
        kinds = session.execute(select(QueueTicketEvent.kind)).scalars().all()
    assert kinds == ["issued"] * 3
    report = audit.verify(desk.db)
    assert report.ok and report.checked >= 3


def test_a_new_station_day_starts_again_and_keeps_history(desk: Desk, manager: Actor, clerk: Actor,
                                                          clock: FakeClock) -> None:
    hall = make_hall(desk, manager)
    allday = save_service(desk, manager, ServiceInput("N", "夜间", opens="00:00", closes="23:59"))
    issue_ticket(desk, clerk, hall.a)
    clock.advance(days=1)
    assert issue_ticket(desk, clerk, hall.a).ticket.number == "A001"
    assert _count(desk, QueueTicket) == 2  # yesterday's ticket is kept
    # The day is the station's local day: 23:50 and 00:10 Shanghai time are different days, although
    # both are the same UTC date.
    clock.now = clock.now.replace(hour=15, minute=50)  # 23:50 in Shanghai
    assert issue_ticket(desk, clerk, allday.id).ticket.number == "N001"
    clock.advance(minutes=20)  # 00:10 next local day, still the same UTC day
    assert issue_ticket(desk, clerk, allday.id).ticket.number == "N001"


def test_a_restart_mid_day_continues_the_series(desk: Desk, manager: Actor, clerk: Actor, clock: FakeClock) -> None:
    hall = make_hall(desk, manager)
    issue_ticket(desk, clerk, hall.a)
    issue_ticket(desk, clerk, hall.a)
    desk.db.dispose()
    reopened = Desk(Database(desk.db.url), clock=clock)
    assert issue_ticket(reopened, clerk, hall.a).ticket.number == "A003"
    reopened.db.dispose()


def test_closed_service_and_hours_are_refused_clearly(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    with pytest.raises(Conflict, match="13:00 to 17:00") as hours:  # 民政救助 opens at 13:00; it is 09:30
        issue_ticket(desk, clerk, hall.c)
    assert hours.value.field == "service"
    save_service(desk, manager, ServiceInput("A", "综合受理", active=False), service_id=hall.a)
    with pytest.raises(Conflict, match="not taking numbers"):
        issue_ticket(desk, clerk, hall.a)
    assert _count(desk, QueueTicket) == 0 and _count(desk, QueueDayCounter) == 0


def test_the_daily_cap_refuses_and_uses_no_number(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager, cap_b=2)
    issue_ticket(desk, clerk, hall.b)
    issue_ticket(desk, clerk, hall.b)
    with pytest.raises(Conflict, match="All 2 numbers"):
        issue_ticket(desk, clerk, hall.b)
    assert _count(desk, QueueTicket) == 2
    save_service(desk, manager, ServiceInput("B", "社保医保", daily_cap=3), service_id=hall.b)
    assert issue_ticket(desk, clerk, hall.b).ticket.number == "B003"  # the refusal did not use up B003
    queues = {q.prefix: q for q in service_queues(desk)}
    assert queues["B"].issued_today == 3 and queues["B"].waiting == 3 and queues["C"].open_now is False


def test_bad_input_is_refused_at_the_field_before_anything_is_saved(desk: Desk, manager: Actor,
                                                                    clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    with pytest.raises(ValidationError) as bad_phone:
        issue_ticket(desk, clerk, hall.a, citizen_phone="12")
    assert bad_phone.value.field == "citizen_phone"
    with pytest.raises(ValidationError) as long_name:
        issue_ticket(desk, clerk, hall.a, citizen_name="名" * 41)
    assert long_name.value.field == "citizen_name"
    assert _count(desk, QueueTicket) == 0


def test_a_mediator_may_not_issue_numbers(desk: Desk, manager: Actor, mediator: Actor) -> None:
    hall = make_hall(desk, manager)
    with pytest.raises(PermissionDenied):
        issue_ticket(desk, mediator, hall.a)


def test_the_database_itself_refuses_a_duplicate_number(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    issued = issue_ticket(desk, clerk, hall.a).ticket
    with pytest.raises(IntegrityError), desk.db.reading() as session:
        original = session.get(QueueTicket, issued.id)
        assert original is not None
        session.add(QueueTicket(station_id=1, day=original.day, prefix="A", serial=1, number="A001",
                                service_id=hall.a, issued_service_id=hall.a, status="waiting",
                                issued_at=original.issued_at))
        session.flush()
