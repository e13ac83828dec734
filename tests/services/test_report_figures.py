"""Every figure of the daily log agrees with the records: the test recomputes each one from the raw
rows with plain Python (its own percentile, its own local-day arithmetic) and compares."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import text

from desk.core.errors import PermissionDenied, ValidationError
from desk.services.context import Actor, Desk
from desk.services.intake import cases
from desk.services.report.log import daily_log
from desk.services.report.model import FigureTable
from tests.conftest import FakeClock
from tests.services.report_support import DAY, SHANGHAI, local, make_busy_day


@pytest.fixture
def busy(desk: Desk, admin: Actor, manager: Actor, clerk: Actor, mediator: Actor, clock: FakeClock) -> Any:
    return make_busy_day(desk, admin, manager, clerk, mediator, clock)


def _rows(desk: Desk, sql: str, **params: Any) -> list[Any]:
    with desk.db.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def _aware(value: Any) -> datetime | None:
    """Raw SELECTs give SQLite's naive UTC text/datetimes and PostgreSQL's aware ones; make both aware UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _stats(values: list[float]) -> tuple[Any, Any, Any]:
    if not values:
        return None, None, None
    s = sorted(values)
    n = len(s)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return round(sum(s) / n, 1), round(median, 1), round(s[math.ceil(n * 9 / 10) - 1], 1)


def _check(table: FigureTable, expected: dict[str, dict[str, Any]]) -> None:
    assert {r.name for r in table.rows} == set(expected) - {"total"}
    for row, columns in expected.items():
        for column, value in columns.items():
            assert table.value(row, column) == value, (table.key, row, column)


def test_queue_figures_agree_with_the_tickets(desk: Desk, manager: Actor, busy: Any) -> None:
    tickets = _rows(desk, "SELECT t.id, s.prefix || ' ' || s.name AS service, t.status, t.counter_id, t.clerk_id, "
                          "t.issued_at, t.called_at, t.started_at, t.finished_at, t.no_show_at, t.transferred_at "
                          "FROM queue_ticket t JOIN queue_service s ON s.id = t.issued_service_id WHERE t.day = :d",
                    d=DAY)
    first_call: dict[int, tuple[int, int]] = {}
    for e in _rows(desk, "SELECT ticket_id, counter_id, user_id FROM queue_ticket_event WHERE kind = 'called' "
                         "ORDER BY id"):
        first_call.setdefault(e.ticket_id, (e.counter_id, e.user_id))
    windows = {r.id: f"{r.number}号窗口" for r in _rows(desk, "SELECT id, number FROM counter")}
    clerks = {r.id: r.display_name for r in _rows(desk, "SELECT id, display_name FROM app_user")}
    log = daily_log(desk, manager, DAY)

    by_service: dict[str, dict[str, Any]] = defaultdict(lambda: Counter())  # type: ignore[arg-type]
    waits: dict[str, list[float]] = defaultdict(list)
    services: dict[str, list[float]] = defaultdict(list)
    places: dict[str, dict[str, Any]] = {"window": defaultdict(Counter), "clerk": defaultdict(Counter)}
    place_waits: dict[tuple[str, str], list[float]] = defaultdict(list)
    place_services: dict[tuple[str, str], list[float]] = defaultdict(list)
    hours: dict[str, Counter[str]] = defaultdict(Counter)
    hour_waits: dict[str, list[float]] = defaultdict(list)
    for t in tickets:
        issued, called = _aware(t.issued_at), _aware(t.called_at)
        for key in (t.service, "total"):
            row = by_service[key]
            row["issued"] += 1
            row["served"] += t.status == "done"
            row["no_show"] += t.status == "no_show"
            row["open"] += t.status in ("waiting", "called", "serving")
            row["transferred"] += t.transferred_at is not None
        hour = f"{issued.astimezone(SHANGHAI).hour:02d}:00"  # type: ignore[union-attr]
        hours[hour]["issued"] += 1
        if called is not None:
            wait = (called - issued).total_seconds()  # type: ignore[operator]
            waits[t.service].append(wait)
            waits["total"].append(wait)
            hour_waits[hour].append(wait)
            counter, user = first_call[t.id]
            for kind, name in (("window", windows[counter]), ("clerk", clerks[user])):
                places[kind][name]["called"] += 1
                place_waits[(kind, name)].append(wait)
        if t.status == "done":
            span = (_aware(t.finished_at) - _aware(t.started_at)).total_seconds()  # type: ignore[operator]
            services[t.service].append(span)
            services["total"].append(span)
            hours[f"{_aware(t.finished_at).astimezone(SHANGHAI).hour:02d}:00"]["served"] += 1  # type: ignore[union-attr]
            for kind, name in (("window", windows[t.counter_id]), ("clerk", clerks[t.clerk_id])):
                places[kind][name]["served"] += 1
                place_services[(kind, name)].append(span)
        if t.status == "no_show":
            hours[f"{_aware(t.no_show_at).astimezone(SHANGHAI).hour:02d}:00"]["no_show"] += 1  # type: ignore[union-attr]
            for kind, name in (("window", windows[t.counter_id]), ("clerk", clerks[t.clerk_id])):
                places[kind][name]["no_show"] += 1

    expected = {}
    for name, counts in by_service.items():
        w, s = _stats(waits[name]), _stats(services[name])
        expected[name] = {**counts, "wait_mean": w[0], "wait_median": w[1], "wait_p90": w[2],
                          "service_mean": s[0], "service_median": s[1], "service_p90": s[2]}
    _check(log.figures.table("queue.by_service"), expected)
    assert expected["total"]["issued"] == 10 and expected["total"]["no_show"] == 1

    for kind, key in (("window", "queue.by_window"), ("clerk", "queue.by_clerk")):
        expected = {}
        for name, counts in places[kind].items():
            w, s = _stats(place_waits[(kind, name)]), _stats(place_services[(kind, name)])
            expected[name] = {"called": counts["called"], "served": counts["served"], "no_show": counts["no_show"],
                              "wait_mean": w[0], "wait_median": w[1], "wait_p90": w[2],
                              "service_mean": s[0], "service_median": s[1], "service_p90": s[2]}
        _check(log.figures.table(key), expected)

    table = log.figures.table("queue.by_hour")
    first, last = min(hours), max(hours)
    expected = {f"{h:02d}:00": {"issued": hours[f"{h:02d}:00"]["issued"], "served": hours[f"{h:02d}:00"]["served"],
                                "no_show": hours[f"{h:02d}:00"]["no_show"],
                                "wait_mean": _stats(hour_waits[f"{h:02d}:00"])[0],
                                "wait_p90": _stats(hour_waits[f"{h:02d}:00"])[2]}
                for h in range(int(first[:2]), int(last[:2]) + 1)}
    _check(table, expected)
    assert sum(table.column("issued").values()) == 10  # type: ignore[arg-type]


def test_intake_figures_agree_with_the_cases(desk: Desk, manager: Actor, busy: Any) -> None:
    start = datetime.combine(DAY, time(), SHANGHAI)
    end = start + timedelta(days=1)
    items = {r.id: r.name for r in _rows(desk, "SELECT id, name FROM service_item")}
    expected: dict[str, Counter[str]] = defaultdict(Counter)
    cases = _rows(desk, "SELECT id, item_id, status, registered_at, clock_start, materials_due, completed_at, "
                        "deadline FROM intake_case")
    for c in cases:
        name = items[c.item_id]
        if start <= _aware(c.registered_at) < end:  # type: ignore[operator]
            expected[name]["registered"] += 1
            expected[name]["accepted"] += c.clock_start is not None and _day(c.clock_start) <= DAY
            expected[name]["missing"] += c.materials_due is not None
            expected[name]["refused"] += c.status == "refused"
        if c.completed_at is not None and start <= _aware(c.completed_at) < end:  # type: ignore[operator]
            expected[name]["completed"] += 1
        if c.status in ("accepted", "in_progress") and c.deadline is not None:
            deadline = _day(c.deadline)
            if deadline < DAY:
                expected[name]["overdue"] += 1
            elif deadline <= date(2026, 11, 24):  # Fri 20 -> Mon 23, Tue 24: two working days
                expected[name]["due_soon"] += 1
    expected["total"] = sum(expected.values(), Counter())
    log = daily_log(desk, manager, DAY)
    _check(log.figures.table("intake.by_item"), {k: dict(v) for k, v in expected.items()})
    assert expected["total"]["overdue"] == 1 and expected["total"]["due_soon"] == 1
    assert expected["total"]["completed"] == 2

    consult = Counter(r.channel for r in _rows(desk, "SELECT channel, at FROM consultation")
                      if start <= _aware(r.at) < end)  # type: ignore[operator]
    assert log.figures.table("intake.consultations").value("total", "walk_in") == consult["walk_in"] == 2
    assert log.figures.table("intake.consultations").value("total", "hotline") == consult["hotline"] == 1

    ratings = _rows(desk, "SELECT level, at, follow_up_status, follow_up_at FROM rating")
    today = [r for r in ratings if start <= _aware(r.at) < end]  # type: ignore[operator]
    levels = Counter(r.level for r in today)
    table = log.figures.table("intake.ratings")
    for row in table.rows:
        assert row.values[0] == levels[int(row.name[0])]
    assert table.value("total", "ratings") == len(today) == 3
    follow = log.figures.table("intake.rating_follow_ups")
    bad = [r for r in ratings if r.level <= 2]
    assert follow.rows[0].values == (
        sum(1 for r in today if r.level <= 2),
        sum(1 for r in bad if r.follow_up_at is not None and start <= _aware(r.follow_up_at) < end),  # type: ignore[operator]
        sum(1 for r in bad if _aware(r.at) < end and (r.follow_up_status == "open" or  # type: ignore[operator]
                                                       _aware(r.follow_up_at) >= end)),  # type: ignore[operator]
        0,
    ) == (1, 1, 1, 0)


def test_mediation_figures_agree_with_the_cases(desk: Desk, manager: Actor, busy: Any) -> None:
    start = datetime.combine(DAY, time(), SHANGHAI)
    end = start + timedelta(days=1)
    log = daily_log(desk, manager, DAY)
    cases = _rows(desk, "SELECT id, dispute_type, accepted_on, outcome, closed_on FROM med_case")
    kind = {c.id: c.dispute_type for c in cases}
    expected: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cases:
        expected[c.dispute_type]["registered"] += _day(c.accepted_on) == DAY
        if c.closed_on is not None and _day(c.closed_on) == DAY:
            expected[c.dispute_type][c.outcome] += 1
    sessions = [s for s in _rows(desk, "SELECT case_id, kind, held_at FROM med_session")
                if s.kind == "session" and start <= _aware(s.held_at) < end]  # type: ignore[operator]
    for s in sessions:
        expected[kind[s.case_id]]["sessions"] += 1
    for case_id in {s.case_id for s in sessions}:
        expected[kind[case_id]]["cases_heard"] += 1
    agreements = _rows(desk, "SELECT id, case_id, effective_on, performance_deadline FROM med_agreement")
    for a in agreements:
        if a.effective_on is not None and _day(a.effective_on) == DAY:
            expected[kind[a.case_id]]["agreements"] += 1
    expected["total"] = sum(expected.values(), Counter())
    _check(log.figures.table("mediation.by_type"), {k: dict(v) for k, v in expected.items()})
    assert expected["total"]["success"] == 1 and expected["total"]["agreements"] == 1

    bookings = [b for b in _rows(desk, "SELECT cancelled, start_at FROM med_booking")
                if start <= _aware(b.start_at) < end]  # type: ignore[operator]
    visits = _rows(desk, "SELECT agreement_id, visited_on FROM med_followup")
    terms = _rows(desk, "SELECT agreement_id, deadline FROM med_agreement_term")

    def term_due(a: Any, t: Any) -> date | None:
        own = t.deadline or a.performance_deadline
        return None if own is None else _day(own)

    due = [a for a in agreements if a.effective_on is not None and _day(a.effective_on) <= DAY and any(
        t.agreement_id == a.id and (d := term_due(a, t)) is not None and d <= DAY and not any(
            v.agreement_id == a.id and d <= _day(v.visited_on) <= DAY for v in visits) for t in terms)]
    rooms = log.figures.table("mediation.rooms")
    assert rooms.rows[0].values == (sum(not b.cancelled for b in bookings), sum(bool(b.cancelled) for b in bookings),
                                    sum(_day(v.visited_on) == DAY for v in visits), len(due)) == (1, 1, 0, 1)


def test_a_past_day_keeps_the_deadlines_it_had_at_midnight(desk: Desk, manager: Actor, clerk: Actor,
                                                            clock: FakeClock, busy: Any) -> None:
    """Overdue / due soon of a past day are read back from the case history, not from today's state."""
    that_day = daily_log(desk, manager, DAY).figures.table("intake.by_item")
    clock.now = local(date(2026, 11, 23), "10:00")
    cases.complete(desk, clerk, busy.overdue_case, "迟办结")
    cases.withdraw(desk, clerk, busy.open_case, "申请人撤回")
    later = daily_log(desk, manager, DAY).figures.table("intake.by_item")
    assert later.total == that_day.total
    assert later.value("total", "overdue") == 1
    monday = daily_log(desk, manager, date(2026, 11, 23)).figures.table("intake.by_item")
    assert monday.value("total", "overdue") == 0  # completed this morning
    assert monday.value("total", "due_soon") == 2  # due today (23rd) and on Wednesday (25th)
    assert monday.value("total", "completed") == 1


def test_a_range_adds_up_its_days(desk: Desk, manager: Actor, busy: Any) -> None:
    week = daily_log(desk, manager, date(2026, 11, 16), date(2026, 11, 20))
    day = daily_log(desk, manager, DAY)
    assert week.figures.table("queue.by_service").total == day.figures.table("queue.by_service").total
    # Three cases registered earlier in the week, plus the day's four.
    assert week.figures.table("intake.by_item").value("total", "registered") == 4 + 2


def test_only_report_readers_may_read_the_log(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    for actor in (clerk, mediator):
        with pytest.raises(PermissionDenied):
            daily_log(desk, actor, DAY)


@pytest.mark.parametrize(("first", "last", "words"), [
    ("2026-11-21", "2026-11-20", "after the last day"),
    ("2026-13-01", None, "is not a date"),
    ("yesterday", None, "is not a date"),
    ("2020-01-01", "2026-01-01", "at most"),
])
def test_bad_dates_are_refused_with_a_sentence(desk: Desk, manager: Actor, first: str, last: str | None,
                                               words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        daily_log(desk, manager, first, last)
    assert words in caught.value.render()
