"""Calling and serving: preference order, states and their times, no-shows, transfers, breaks, priority."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desk.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.queue.board import calls_since, hall_board, waiting_tickets
from desk.services.queue.calling import call_next, call_number, recall, recall_missed
from desk.services.queue.config import save_queue_settings
from desk.services.queue.issuing import issue_ticket
from desk.services.queue.serving import finish_service, mark_no_show, start_service, ticket_history, transfer
from desk.services.queue.window_state import pause_window, resume_window, window_status
from desk.store.models.queue import QueueTicketEvent
from tests.conftest import FakeClock
from tests.services.queue_setup import make_hall


def test_call_next_follows_each_window_s_preference(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    issue_ticket(desk, clerk, hall.b)
    issue_ticket(desk, clerk, hall.a)
    issue_ticket(desk, clerk, hall.b)
    first = call_next(desk, clerk, 1)  # window 1 prefers A although B001 is older
    second = call_next(desk, clerk, 2)  # window 2 prefers B
    assert first is not None and second is not None
    assert (first.number, first.window_number, second.number) == ("A001", 1, "B001")
    finish_service(desk, clerk, 1)
    third = call_next(desk, clerk, 1)  # no A left: window 1 takes its second service
    assert third is not None and third.number == "B002"
    assert call_next(desk, clerk, 3) is None  # window 3 serves C only; nobody waits


def test_a_ticket_goes_through_its_states_with_every_time_kept(desk: Desk, manager: Actor, clerk: Actor,
                                                               clock: FakeClock) -> None:
    hall = make_hall(desk, manager)
    issued = issue_ticket(desk, clerk, hall.a).ticket
    clock.advance(minutes=7)
    called = call_next(desk, clerk, 1)
    assert called is not None and called.status == "called" and called.call_count == 1
    with pytest.raises(Conflict, match="still has A001"):
        call_next(desk, clerk, 1)
    clock.advance(minutes=1)
    recalled = recall(desk, clerk, 1)
    assert recalled.call_count == 2
    clock.advance(minutes=1)
    started = start_service(desk, clerk, 1)
    with pytest.raises(Conflict, match="already being served"):
        recall(desk, clerk, 1)
    clock.advance(minutes=12)
    done = finish_service(desk, clerk, 1)
    assert done.status == "done"
    assert started.started_at is not None and done.finished_at is not None and done.called_at is not None
    assert (done.called_at - issued.issued_at).total_seconds() == 7 * 60
    assert (done.finished_at - started.started_at).total_seconds() == 12 * 60
    kinds = [kind for kind, _at, _window in ticket_history(desk, clerk, issued.id)]
    assert kinds == ["issued", "called", "recalled", "started", "finished"]
    assert window_status(desk, clerk, 1).served_today == 1
    assert audit.verify(desk.db).ok


def test_a_missed_number_can_be_called_back(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    issue_ticket(desk, clerk, hall.a)
    issue_ticket(desk, clerk, hall.a)
    call_next(desk, clerk, 1)
    missed = mark_no_show(desk, clerk, 1)
    assert missed.status == "no_show" and missed.no_show_at is not None
    status = window_status(desk, clerk, 1)
    assert status.current is None and [t.number for t in status.missed] == ["A001"]
    nxt = call_next(desk, clerk, 1)
    assert nxt is not None and nxt.number == "A002"  # the missed one does not come back by itself
    with pytest.raises(Conflict, match="still has A002"):
        recall_missed(desk, clerk, 1, "A001")
    finish_service(desk, clerk, 1)
    with pytest.raises(Conflict, match="was not missed"):
        recall_missed(desk, clerk, 1, "A002")
    with pytest.raises(Conflict, match="does not serve"):
        recall_missed(desk, clerk, 3, "A001")
    back = recall_missed(desk, clerk, 1, "a001")
    assert back.status == "called" and back.call_count == 2
    assert finish_service(desk, clerk, 1).status == "done"  # finishing straight from "called" starts it too


def test_calling_a_particular_number_needs_the_permission(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    for _ in range(3):
        issue_ticket(desk, clerk, hall.a)
    with pytest.raises(PermissionDenied):
        call_number(desk, clerk, 1, "A003")
    assert call_number(desk, manager, 2, "A003").window_number == 2
    with pytest.raises(NotFound) as unknown:
        call_number(desk, manager, 1, "Z999")
    assert unknown.value.field == "number"
    with pytest.raises(Conflict, match="already at a window"):
        call_number(desk, manager, 1, "A003")


def test_a_transfer_keeps_the_number_and_records_where_it_went(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    issue_ticket(desk, clerk, hall.a)
    issue_ticket(desk, clerk, hall.b)
    call_next(desk, clerk, 1)
    start_service(desk, clerk, 1)
    with pytest.raises(ValidationError):
        transfer(desk, clerk, 1)
    with pytest.raises(ValidationError):
        transfer(desk, clerk, 1, to_window=1)
    moved = transfer(desk, clerk, 1, to_service_id=hall.c, to_window=3, note="需要民政窗口核实")
    assert (moved.number, moved.status, moved.service_id, moved.target_window_number) == ("A001", "waiting", hall.c, 3)
    assert moved.transferred_at is not None
    assert [t.number for t in waiting_tickets(desk, service_ids=[hall.c], window=3)] == ["A001"]
    assert [t.number for t in waiting_tickets(desk, service_ids=[hall.b, hall.a], window=2)] == ["B001"]
    other = call_next(desk, clerk, 2)  # window 2 serves C? no, and A001 is meant for window 3 only
    assert other is not None and other.number == "B001"
    at_three = call_next(desk, clerk, 3)
    assert at_three is not None and at_three.number == "A001" and at_three.window_number == 3
    with desk.db.reading() as session:
        detail = session.execute(select(QueueTicketEvent.detail).where(QueueTicketEvent.kind == "transferred")).scalar_one()
    assert json.loads(detail) == {"from_service": hall.a, "to_service": hall.c, "from_window": 1, "to_window": 3,
                                  "note": "需要民政窗口核实"}


def test_a_window_on_a_break_calls_nobody(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    issue_ticket(desk, clerk, hall.a)
    call_next(desk, clerk, 1)
    with pytest.raises(Conflict, match="before taking a break"):
        pause_window(desk, clerk, 1)
    finish_service(desk, clerk, 1)
    issue_ticket(desk, clerk, hall.a)
    pause_window(desk, clerk, 1)
    with pytest.raises(Conflict, match="on a break"):
        call_next(desk, clerk, 1)
    board = hall_board(desk)
    assert [w.paused for w in board.windows] == [True, False, False]
    resume_window(desk, clerk, 1)
    called = call_next(desk, clerk, 1)
    assert called is not None and called.number == "A002"
    with pytest.raises(NotFound):
        call_next(desk, clerk, 9)


def test_priority_goes_first_but_never_starves_normal_numbers(desk: Desk, manager: Actor, clerk: Actor,
                                                              clock: FakeClock) -> None:
    hall = make_hall(desk, manager)
    save_queue_settings(desk, manager, 2, "请留意叫号", "")
    order = ["n", "n", "p", "n", "p", "n", "p", "n"]
    for kind in order:
        issue_ticket(desk, clerk, hall.a, priority=kind == "p")
        clock.advance(seconds=30)
    called = []
    while (ticket := call_next(desk, clerk, 1)) is not None:
        called.append(("p" if ticket.priority else "n") + ticket.number)
        finish_service(desk, clerk, 1)
    # first priority at once, then at most one priority per two normal numbers
    assert called == ["pA003", "nA001", "nA002", "pA005", "nA004", "nA006", "pA007", "nA008"]


def test_the_hall_board_and_announcements(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    for _ in range(3):
        issue_ticket(desk, clerk, hall.a)
    issue_ticket(desk, clerk, hall.b, priority=True)
    mark = hall_board(desk).last_event_id
    call_next(desk, clerk, 1)
    call_next(desk, clerk, 2)
    recall(desk, clerk, 1)
    issue_ticket(desk, clerk, hall.b, priority=True)
    board = hall_board(desk)
    # window 1 took the priority number B001 first (its rule allows one at once); window 2 then A001
    assert [(w.window, w.number) for w in board.windows] == [(1, "B001"), (2, "A001"), (3, None)]
    assert [c.number for c in board.recent] == ["B001", "A001", "B001"]
    queues = {q.prefix: q for q in board.services}
    assert (queues["A"].waiting, queues["B"].waiting, queues["B"].priority_waiting) == (2, 1, 1)
    assert queues["A"].oldest_issued_at is not None and queues["A"].oldest_issued_at.tzinfo is not None
    announced = calls_since(desk, mark)
    assert [(c.number, c.window, c.kind) for c in announced] == [("B001", 1, "called"), ("A001", 2, "called"),
                                                                ("B001", 1, "recalled")]
    assert calls_since(desk, announced[-1].event_id) == []
    assert [t.number for t in waiting_tickets(desk, service_ids=[hall.a])] == ["A002", "A003"]
