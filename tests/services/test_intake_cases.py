"""The intake flow: accept, materials missing (clock starts with the last one), refuse, 即办件 on the
spot, every later step with its history, AB岗, 帮办代办, lists and permissions."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.intake import case_queries, cases, proxies
from desk.services.intake.case_queries import CaseFilter
from tests.conftest import FakeClock
from tests.services.intake_support import OTHER_ID, person, take_in

# The fake clock starts on Friday 2026-11-20, 09:30 in Shanghai.
FRIDAY = date(2026, 11, 20)


def test_accept_a_promised_item_counts_working_days_from_tomorrow(desk: Desk, clerk: Actor) -> None:
    applicant = person(desk, clerk)
    case = take_in(desk, clerk, "CG-01", applicant.id, ticket_id=42)  # 装修备案, 5 working days
    assert case.row.status == "accepted"
    assert case.row.receipt_no == "SL20261120-0001"
    assert case.clock_start == FRIDAY
    assert case.row.deadline == date(2026, 11, 27)  # Mon..Fri of the next week
    assert case.row.deadline_state == "ok" and case.row.ticket_id == 42
    assert case.first_clerk_name == "Clerk1" and case.row.handler_name == "Clerk1"
    assert all(m.received for m in case.materials)
    assert [e.action for e in case.events] == ["accepted"]
    second = take_in(desk, clerk, "CG-01", applicant.id, repeat_confirmed=True)  # a second application, confirmed
    assert second.row.receipt_no == "SL20261120-0002"
    assert audit.verify(desk.db).ok


def test_an_instant_item_is_completed_on_the_spot(desk: Desk, clerk: Actor) -> None:
    case = take_in(desk, clerk, "JY-01", person(desk, clerk).id)
    assert case.row.status == "completed"
    assert case.row.deadline == FRIDAY
    assert [(e.action, e.to_status) for e in case.events] == [("accepted", "accepted"), ("completed", "completed")]


def test_missing_materials_wait_and_the_clock_starts_with_the_last_one(desk: Desk, clerk: Actor,
                                                                        clock: FakeClock) -> None:
    applicant = person(desk, clerk)
    case = take_in(desk, clerk, "CG-01", applicant.id, "missing", received=(1, 2))
    assert case.row.status == "waiting_materials"
    assert case.row.deadline is None and case.clock_start is None
    assert case.row.materials_due == date(2026, 11, 27)  # 5 working days to bring them, by default
    missing = [m for m in case.materials if not m.received and m.required]
    assert len(missing) >= 2
    clock.advance(days=3)  # Monday 23 November
    partly = cases.receive_materials(desk, clerk, case.row.id, (missing[0].id,))
    assert partly.row.status == "waiting_materials" and partly.row.deadline is None
    clock.advance(days=1)  # Tuesday: the last one arrives
    done = cases.receive_materials(desk, clerk, case.row.id, tuple(m.id for m in missing[1:]))
    assert done.row.status == "accepted"
    assert done.clock_start == date(2026, 11, 24)
    assert done.row.deadline == date(2026, 12, 1)
    assert [e.action for e in done.events] == ["materials_missing", "materials_received", "materials_received",
                                               "clock_started"]


def test_accept_with_a_required_material_missing_is_refused(desk: Desk, clerk: Actor) -> None:
    applicant = person(desk, clerk)
    with pytest.raises(ValidationError) as caught:
        take_in(desk, clerk, "CG-01", applicant.id, received=(1,))
    assert caught.value.field == "materials"
    with pytest.raises(ValidationError):
        take_in(desk, clerk, "CG-01", applicant.id, "missing")  # nothing is missing
    assert case_queries.list_cases(desk, clerk) == []


def test_refusal_needs_a_written_reason(desk: Desk, clerk: Actor) -> None:
    applicant = person(desk, clerk)
    with pytest.raises(ValidationError) as caught:
        take_in(desk, clerk, "MZ-01", applicant.id, "refuse", received=(), reason="   ")
    assert caught.value.field == "reason"
    case = take_in(desk, clerk, "MZ-01", applicant.id, "refuse", received=(), reason="申请人户籍不在本社区，请到户籍地申请。")
    assert case.row.status == "refused" and case.reason.startswith("申请人户籍")
    assert case.row.deadline is None


def test_later_steps_follow_the_status_rules(desk: Desk, clerk: Actor) -> None:
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)
    case_id = case.row.id
    assert cases.start_processing(desk, clerk, case_id).row.status == "in_progress"
    with pytest.raises(Conflict):
        cases.start_processing(desk, clerk, case_id)
    with pytest.raises(ValidationError):
        cases.complete(desk, clerk, case_id, "")
    assert cases.complete(desk, clerk, case_id, "备案完成").row.status == "completed"
    with pytest.raises(Conflict):
        cases.withdraw(desk, clerk, case_id, "不办了")
    detail = cases.deliver(desk, clerk, case_id, "窗口当面领取")
    assert detail.row.status == "delivered" and detail.delivered_at is not None
    assert [e.action for e in detail.events] == ["accepted", "started", "completed", "delivered"]
    assert detail.events[-1].note == "窗口当面领取"


def test_withdrawal_keeps_the_reason(desk: Desk, clerk: Actor) -> None:
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id, "missing", received=(1,))
    detail = cases.withdraw(desk, clerk, case.row.id, "申请人决定暂不装修")
    assert detail.row.status == "withdrawn" and detail.reason == "申请人决定暂不装修"
    assert detail.events[-1].from_status == "waiting_materials"


def test_hand_over_to_a_colleague_with_a_reason(desk: Desk, clerk: Actor, manager: Actor, mediator: Actor) -> None:
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)
    with pytest.raises(ValidationError) as caught:
        cases.hand_over(desk, clerk, case.row.id, manager.user_id or 0, "")
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError) as caught:
        cases.hand_over(desk, clerk, case.row.id, mediator.user_id or 0, "休假")  # does not handle applications
    assert caught.value.field == "colleague"
    detail = cases.hand_over(desk, clerk, case.row.id, manager.user_id or 0, "年休假，AB岗顶岗")
    assert detail.row.handler_name == "Manager1" and detail.first_clerk_name == "Clerk1"
    assert detail.events[-1].action == "handed_over" and "AB岗" in detail.events[-1].note
    mine = case_queries.list_cases(desk, manager, CaseFilter(handler_id=manager.user_id))
    assert [r.id for r in mine] == [case.row.id]


def test_proxy_and_sealed_envelope_times(desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    applicant = person(desk, clerk)
    proxy = cases.ProxyInput("李四", OTHER_ID, "网格员帮办", "13900000001")
    with pytest.raises(ValidationError) as caught:
        take_in(desk, clerk, "CG-01", applicant.id, proxy=cases.ProxyInput("李四", "310106200002298880", "女儿"))
    assert caught.value.field == "proxy_id_number"
    case = take_in(desk, clerk, "CG-01", applicant.id, proxy=proxy)
    assert case.proxy_name == "李四" and case.proxy_id_masked == "310***********8887"
    with pytest.raises(Conflict):
        proxies.record_envelope(desk, clerk, take_in(desk, clerk, "CG-01", applicant.id,
                                                     repeat_confirmed=True).row.id, "in")
    inside = proxies.record_envelope(desk, clerk, case.row.id, "in")
    assert inside.envelope_in_at == datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc)
    with pytest.raises(Conflict):
        proxies.record_envelope(desk, clerk, case.row.id, "in")
    clock.advance(days=5)
    assert proxies.record_envelope(desk, clerk, case.row.id, "out").envelope_out_at == clock.now
    with pytest.raises(PermissionDenied):
        proxies.reveal_proxy_id(desk, clerk, case.row.id)
    assert proxies.reveal_proxy_id(desk, manager, case.row.id) == OTHER_ID


def test_lists_filter_and_flag_overdue_and_due_soon(desk: Desk, clerk: Actor, clock: FakeClock) -> None:
    applicant = person(desk, clerk)
    early = take_in(desk, clerk, "CG-01", applicant.id)  # deadline Fri 27 Nov
    clock.advance(days=4)  # Tue 24 Nov
    later = take_in(desk, clerk, "CG-01", applicant.id)  # deadline Tue 1 Dec
    take_in(desk, clerk, "MZ-01", applicant.id, "missing", received=())
    clock.advance(days=2)  # Thu 26 Nov: the first is due tomorrow, the second in 3 working days
    states = {r.id: r.deadline_state for r in case_queries.list_cases(desk, clerk)}
    assert states[early.row.id] == "due_soon" and states[later.row.id] == "ok"
    clock.advance(days=2)  # Sat 28 Nov: the first is overdue
    overdue = case_queries.list_cases(desk, clerk, CaseFilter(due="overdue"))
    assert [r.id for r in overdue] == [early.row.id] and overdue[0].deadline_state == "overdue"
    assert [r.id for r in case_queries.list_cases(desk, clerk, CaseFilter(due="due_soon"))] == [later.row.id]
    assert len(case_queries.list_cases(desk, clerk, CaseFilter(statuses=("waiting_materials",)))) == 1
    assert [r.id for r in case_queries.list_cases(desk, clerk, CaseFilter(text=later.row.receipt_no))] == [later.row.id]
    assert len(case_queries.list_cases(desk, clerk, CaseFilter(text="张"))) == 3
    assert len(case_queries.list_cases(desk, clerk, CaseFilter(registered_from=date(2026, 11, 24),
                                                               registered_to=date(2026, 11, 24)))) == 2
    summary = case_queries.deadline_summary(desk, clerk)
    assert (summary.running, summary.overdue, summary.waiting_materials) == (2, 1, 1)
    assert case_queries.find_by_receipt(desk, clerk, " sl20261120-0001 ").row.id == early.row.id


def test_a_deadline_in_a_year_without_calendar_is_flagged_not_guessed(desk: Desk, clerk: Actor,
                                                                       clock: FakeClock) -> None:
    clock.now = datetime(2026, 12, 28, 2, 0, tzinfo=timezone.utc)  # Monday
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)  # 5 working days reach 2027
    assert case.row.deadline is None
    assert case.row.deadline_missing_year == 2027 and case.row.deadline_state == "unknown"
    assert [r.id for r in case_queries.list_cases(desk, clerk, CaseFilter(due="unknown"))] == [case.row.id]


def test_roles_without_intake_rights_are_refused(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    applicant = person(desk, clerk)
    with pytest.raises(PermissionDenied):
        take_in(desk, mediator, "CG-01", applicant.id)
    with pytest.raises(PermissionDenied):
        case_queries.list_cases(desk, mediator)


def test_terminals_accepting_at_the_same_moment_get_different_receipt_numbers(desk: Desk, clerk: Actor) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from tests.services.intake_support import all_received, item_id

    applicant = person(desk, clerk)
    # Twelve confirmed applications (a repeat unconfirmed is refused: tests/services/test_intake_repeat.py).
    request = cases.IntakeRequest(item_id(desk, "CG-01"), applicant.id, all_received(desk, clerk, "CG-01"), "accept",
                                  repeat_confirmed=True)
    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = list(pool.map(lambda _n: cases.take_in(desk, clerk, request).row.receipt_no, range(12)))
    assert sorted(numbers) == [f"SL20261120-{n:04d}" for n in range(1, 13)]
    assert audit.verify(desk.db).ok
