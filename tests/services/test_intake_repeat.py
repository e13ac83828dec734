"""A second decision for the same applicant and item on the same station day is refused by the
service unless the caller says the clerk confirmed it, so another terminal or a retry cannot save a
second case silently. The day is the station's local day from the desk's clock."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from desk.core.errors import Conflict
from desk.core.permissions import Role
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.intake import case_queries, cases
from tests.conftest import FakeClock, make_actor
from tests.services.intake_support import OTHER_ID, all_received, item_id, person, take_in


def _count(desk: Desk, actor: Actor) -> int:
    return len(case_queries.list_cases(desk, actor))


def test_a_second_accept_the_same_day_is_refused_without_confirmation(desk: Desk, clerk: Actor,
                                                                      clock: FakeClock) -> None:
    applicant = person(desk, clerk)
    first = take_in(desk, clerk, "CG-01", applicant.id)
    clock.advance(minutes=5)
    with pytest.raises(Conflict) as refused:
        take_in(desk, clerk, "CG-01", applicant.id)
    assert type(refused.value).__name__ == "RepeatIntake"  # a Conflict the intake screen answers with a question
    assert refused.value.params["receipt_no"] == first.row.receipt_no
    assert refused.value.params["status"] == "accepted"
    assert first.row.receipt_no in str(refused.value)
    assert _count(desk, clerk) == 1
    # The refused attempt used no receipt number: the confirmed one is the next in the day's series.
    second = take_in(desk, clerk, "CG-01", applicant.id, repeat_confirmed=True)
    assert second.row.receipt_no == "SL20261120-0002"
    assert _count(desk, clerk) == 2
    assert audit.verify(desk.db).ok


def test_refusing_after_a_notice_the_same_day_is_refused_without_confirmation(desk: Desk, clerk: Actor) -> None:
    applicant = person(desk, clerk)
    waiting = take_in(desk, clerk, "CG-01", applicant.id, "missing", received=(1,))
    with pytest.raises(Conflict) as refused:
        take_in(desk, clerk, "CG-01", applicant.id, "refuse", received=(), reason="不属于本站受理范围。")
    assert refused.value.params["receipt_no"] == waiting.row.receipt_no
    assert refused.value.params["status"] == "waiting_materials"
    assert [r.status for r in case_queries.list_cases(desk, clerk)] == ["waiting_materials"]


def test_another_clerk_at_another_terminal_is_refused_too(desk: Desk, clerk: Actor) -> None:
    applicant = person(desk, clerk)
    take_in(desk, clerk, "CG-01", applicant.id)
    colleague = make_actor(desk, "clerk2", Role.CLERK)
    with pytest.raises(Conflict):
        take_in(desk, colleague, "CG-01", applicant.id)
    assert _count(desk, clerk) == 1


def test_another_item_another_applicant_or_another_station_day_is_not_a_repeat(desk: Desk, clerk: Actor,
                                                                               clock: FakeClock) -> None:
    applicant = person(desk, clerk)
    take_in(desk, clerk, "CG-01", applicant.id)
    take_in(desk, clerk, "JY-01", applicant.id)  # another item
    take_in(desk, clerk, "CG-01", person(desk, clerk, "李四", OTHER_ID, "13900001111").id)  # another person
    # 23:59 in Shanghai is still Friday the 20th (15:59 UTC): a repeat.
    clock.now = datetime(2026, 11, 20, 15, 59, tzinfo=timezone.utc)
    with pytest.raises(Conflict):
        take_in(desk, clerk, "CG-01", applicant.id)
    # 00:01 in Shanghai is Saturday the 21st although UTC still says the 20th: a new station day.
    clock.now = datetime(2026, 11, 20, 16, 1, tzinfo=timezone.utc)
    assert take_in(desk, clerk, "CG-01", applicant.id).row.receipt_no == "SL20261121-0001"
    assert _count(desk, clerk) == 4


def test_a_case_from_the_day_before_in_station_time_is_not_a_repeat(desk: Desk, clerk: Actor,
                                                                    clock: FakeClock) -> None:
    applicant = person(desk, clerk)
    clock.now = datetime(2026, 11, 19, 15, 30, tzinfo=timezone.utc)  # 23:30 Thursday in Shanghai
    take_in(desk, clerk, "CG-01", applicant.id)
    clock.now = datetime(2026, 11, 19, 16, 30, tzinfo=timezone.utc)  # 00:30 Friday in Shanghai, same UTC day
    assert take_in(desk, clerk, "CG-01", applicant.id).row.receipt_no == "SL20261120-0001"


def test_terminals_racing_with_the_same_visit_save_it_once(desk: Desk, clerk: Actor) -> None:
    """Four terminals (or a retry) send the same visit at once: exactly one case, the rest are told."""
    applicant = person(desk, clerk)
    request = cases.IntakeRequest(item_id(desk, "CG-01"), applicant.id, all_received(desk, clerk, "CG-01"), "accept")

    def attempt(_n: int) -> str:
        try:
            return cases.take_in(desk, clerk, request).row.receipt_no
        except Conflict:
            return "refused"

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(attempt, range(8)))
    assert sorted(outcomes) == ["SL20261120-0001"] + ["refused"] * 7
    assert _count(desk, clerk) == 1
    confirmed = replace(request, repeat_confirmed=True)
    assert cases.take_in(desk, clerk, confirmed).row.receipt_no == "SL20261120-0002"
    assert audit.verify(desk.db).ok
