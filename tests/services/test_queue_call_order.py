"""The clerk's waiting list is the order "call next" really takes: a busy hall with two services, the
绿色通道 rule and a transfer to the window, then F1 pressed until nobody waits."""

from __future__ import annotations

import pytest

from desk.core.errors import ValidationError
from desk.services.context import Actor, Desk
from desk.services.queue.board import waiting_tickets
from desk.services.queue.calling import call_next
from desk.services.queue.config import save_queue_settings
from desk.services.queue.issuing import issue_ticket
from desk.services.queue.serving import finish_service, start_service, transfer, transfer_targets
from desk.services.queue.window_state import window_status
from tests.conftest import FakeClock
from tests.services.queue_setup import make_hall


def test_the_waiting_list_is_the_order_call_next_takes(desk: Desk, manager: Actor, clerk: Actor,
                                                       clock: FakeClock) -> None:
    hall = make_hall(desk, manager)
    save_queue_settings(desk, manager, 2, "", "")
    # B is issued first and waits longest, but window 1 prefers A; priority numbers come in between.
    for index in range(14):
        service = hall.b if index % 3 == 0 else hall.a
        issue_ticket(desk, clerk, service, priority=index in (2, 5, 6, 11))
        clock.advance(minutes=1)
    # A citizen served at window 2 is sent on to window 1: they come first there.
    call_next(desk, clerk, 2)
    transfer(desk, clerk, 2, to_window=1)
    status = window_status(desk, clerk, 1)
    listed = [t.number for t in waiting_tickets(desk, clerk.station_id, status.service_ids, window=1)]
    assert listed != sorted(listed, key=lambda n: (n[0] != "A", n))  # not simply by service and age
    called: list[str] = []
    while (ticket := call_next(desk, clerk, 1)) is not None:
        called.append(ticket.number)
        start_service(desk, clerk, 1)
        finish_service(desk, clerk, 1)
        # After every call the list still tells the rest of the truth.
        rest = [t.number for t in waiting_tickets(desk, clerk.station_id, status.service_ids, window=1)]
        assert rest == listed[len(called):]
    assert called == listed and len(called) == 14


def test_a_transfer_goes_only_to_a_window_that_will_call_the_citizen(desk: Desk, manager: Actor,
                                                                      clerk: Actor, clock: FakeClock) -> None:
    hall = make_hall(desk, manager)  # 1: A, B · 2: B, A · 3: C (C from 13:00)
    clock.advance(hours=4)  # 13:30 in Shanghai
    issue_ticket(desk, clerk, hall.a)
    issue_ticket(desk, clerk, hall.c)
    assert transfer_targets(desk, clerk, 1) == []  # nobody at window 1 yet: nothing to send on
    call_next(desk, clerk, 1)
    assert transfer_targets(desk, clerk, 1) == []  # window 2 serves A but has called nobody today
    call_next(desk, manager, 3)  # window 3 (C only) is staffed now
    assert [t.number for t in transfer_targets(desk, clerk, 1, hall.c)] == [3]
    assert transfer_targets(desk, clerk, 1, hall.a) == []
    with pytest.raises(ValidationError, match="does not serve") as refused:
        transfer(desk, clerk, 1, to_window=3)  # A at window 3: nobody there would ever call it
    assert refused.value.field == "window"
    assert window_status(desk, clerk, 1).current is not None  # nothing changed
    moved = transfer(desk, clerk, 1, to_service_id=hall.c, to_window=3)
    assert (moved.service_id, moved.target_window_number) == (hall.c, 3)
