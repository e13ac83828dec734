"""Demo queue: five services, the six windows' assignments, weeks of realistic history and, during
opening hours, a live hall (numbers waiting, some at windows).

History is simulated minute by minute: arrivals peak from 9 to 11, dip at lunch (two windows take
their break in turns), and pick up again after 13:30; the three demo clerks staff windows 1-3 (they
swap windows from day to day) and the manager answers 调解咨询 at window 6. A few citizens miss
their call (过号) and a few are transferred. It is written in one transaction with one audit
record ("queue.demo_history"), as an import would be; today's live numbers go through the services.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desk.core.errors import DeskError
from desk.demo import YEAR_WINDOWS, DemoRun, queue_year
from desk.services import audit
from desk.services.context import Desk
from desk.services.queue import calling, serving
from desk.services.queue.config import ServiceInput, save_queue_settings, save_service, set_window_services
from desk.services.queue.issuing import format_number, issue_ticket
from desk.store.models import Counter
from desk.store.models.queue import QueueDayCounter, QueueTicket, QueueTicketEvent

ORDER = 20
TZ = ZoneInfo("Asia/Shanghai")
# prefix, name, opens, closes, daily cap, share of arrivals, service minutes (low, high)
SERVICES = [
    ("A", "综合受理", "08:30", "17:00", 0, 0.40, (4, 10)),
    ("B", "社保医保", "08:30", "17:00", 0, 0.25, (5, 12)),
    ("C", "民政救助", "08:30", "16:30", 40, 0.12, (8, 18)),
    ("D", "老年人服务", "08:30", "16:30", 0, 0.13, (4, 9)),
    ("E", "调解咨询", "09:00", "16:00", 20, 0.10, (10, 25)),
]
ASSIGNMENTS = {1: "ABD", 2: "BAC", 3: "CDA", 4: "DC", 5: "AB", 6: "EA"}
CLERKS = ["chuangkou1", "chuangkou2", "chuangkou3"]
LUNCH = {1: (time(12, 0), time(12, 45)), 2: (time(12, 45), time(13, 30)), 3: (time(12, 0), time(13, 0))}


def assignment(window: int) -> str:
    """The services a window calls: windows past 6 (the year's 20-window hall) repeat 1-6."""
    return ASSIGNMENTS[(window - 1) % len(ASSIGNMENTS) + 1]


def year_cap(prefix: str, busy: float) -> int:
    """The daily cap in a hall ``busy`` times the demo's: 调解咨询's cap follows its windows (6, 12 and
    18 in the year's hall), the others the crowd."""
    cap = next(s[4] for s in SERVICES if s[0] == prefix)
    return cap * 3 if prefix == "E" and busy > 1 else round(cap * busy)


def _rate(minute: int) -> float:
    """Citizens arriving per minute at local minute-of-day: morning peak, lunch dip."""
    if minute < 9 * 60:
        return 0.15
    if minute < 11 * 60:
        return 0.32
    if minute < 12 * 60:
        return 0.22
    if minute < 13 * 60 + 30:
        return 0.06
    if minute < 15 * 60 + 30:
        return 0.2
    return 0.12


def _poisson(rng: random.Random, lam: float) -> int:
    threshold, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= threshold:
            return k
        k += 1


@dataclass
class _Ticket:
    prefix: str
    serial: int
    issued: datetime
    priority: bool
    service: str
    issued_service: str
    events: list[tuple[str, datetime, int | None, int | None]] = field(default_factory=list)
    status: str = "waiting"
    counter: int | None = None
    clerk: int | None = None
    times: dict[str, datetime] = field(default_factory=dict)


def _simulate_day(rng: random.Random, day: date, staff: dict[int, int], busy: float = 1.0) -> list[_Ticket]:
    """``busy`` multiplies arrivals and daily caps (a 20-window hall's year has about 12.5 times the
    demo hall's citizens)."""
    specs = {s[0]: s for s in SERVICES}
    serials: dict[str, int] = {}
    waiting: list[_Ticket] = []
    tickets: list[_Ticket] = []
    free_at = {w: datetime.combine(day, time(8, 30), TZ) for w in staff}
    for minute in range(8 * 60 + 30, 24 * 60):  # the windows serve whoever took a number before closing
        if minute >= 17 * 60 and not waiting:
            break
        now = datetime.combine(day, time(minute // 60, minute % 60), TZ)
        for _ in range(_poisson(rng, _rate(minute) * busy) if minute < 16 * 60 + 45 else 0):
            prefix = rng.choices([s[0] for s in SERVICES], [s[5] for s in SERVICES])[0]
            opens, closes = specs[prefix][2], specs[prefix][3]
            cap = year_cap(prefix, busy)
            if not opens <= now.strftime("%H:%M") < closes or (cap and serials.get(prefix, 0) >= cap):
                continue
            serials[prefix] = serials.get(prefix, 0) + 1
            ticket = _Ticket(prefix, serials[prefix], now + timedelta(seconds=rng.randint(0, 59)),
                             rng.random() < 0.07, prefix, prefix)
            ticket.events.append(("issued", ticket.issued, None, None))
            tickets.append(ticket)
            waiting.append(ticket)
        for window, clerk in staff.items():
            lunch = LUNCH.get(window) if window <= 6 else LUNCH[(window - 1) % 3 + 1]
            if free_at[window] > now or (lunch and lunch[0] <= now.time() < lunch[1]):
                continue
            wanted = assignment(window)
            queue = sorted((t for t in waiting if t.service in wanted),
                           key=lambda t: (not t.priority, wanted.index(t.service), t.issued))
            if not queue:
                continue
            ticket = queue[0]
            waiting.remove(ticket)
            free_at[window] = _serve(rng, ticket, window, clerk, now, waiting)
    return tickets


def _serve(rng: random.Random, t: _Ticket, window: int, clerk: int, now: datetime, waiting: list[_Ticket]) -> datetime:
    # After the ticket's last event: one sent on by another window (transferred at the end of that
    # service, later than this minute) is not called before it arrives.
    called = max(now, t.events[-1][1]) + timedelta(seconds=rng.randint(5, 50))
    t.times.setdefault("called_at", called)
    t.events.append(("called", called, window, clerk))
    t.counter, t.clerk = window, clerk
    if rng.random() < 0.04:  # 过号
        t.status, t.times["no_show_at"] = "no_show", called + timedelta(minutes=2)
        t.events.append(("no_show", t.times["no_show_at"], window, clerk))
        return t.times["no_show_at"]
    started = called + timedelta(seconds=rng.randint(30, 90))
    low, high = next(s[6] for s in SERVICES if s[0] == t.service)
    finished = started + timedelta(minutes=rng.uniform(low, high))
    t.times.setdefault("started_at", started)
    t.events.append(("started", started, window, clerk))
    if t.service == "A" and t.service == t.issued_service and rng.random() < 0.04:  # sent on to 民政救助
        t.service, t.status, t.counter = "C", "waiting", None
        t.times["transferred_at"] = finished
        t.events.append(("transferred", finished, window, clerk))
        waiting.append(t)
        return finished
    t.status, t.times["finished_at"] = "done", finished
    t.events.append(("finished", finished, window, clerk))
    return finished


def _counters(session: Session, run: DemoRun) -> dict[int, int]:
    return dict(session.execute(select(Counter.number, Counter.id)
                                .where(Counter.station_id == run.actor.station_id)).all())


def _ticket_rows(run: DemoRun, ids: dict[str, int], counters: dict[int, int],
                 days: list[tuple[date, list[_Ticket]]]) -> tuple[list[dict[str, Any]], list[_Ticket]]:
    rows, all_tickets = [], []
    for day, tickets in days:
        for t in tickets:
            rows.append({"station_id": run.actor.station_id, "day": day, "prefix": t.prefix, "serial": t.serial,
                         "number": format_number(t.prefix, t.serial), "service_id": ids[t.service],
                         "issued_service_id": ids[t.issued_service], "priority": t.priority, "status": t.status,
                         "counter_id": counters.get(t.counter) if t.counter else None, "clerk_id": t.clerk,
                         "source": "kiosk", "citizen_name": "", "citizen_phone": "",
                         "call_count": sum(1 for e in t.events if e[0] == "called"), "issued_at": t.issued,
                         **{k: t.times.get(k) for k in ("called_at", "started_at", "finished_at", "no_show_at",
                                                        "transferred_at")}})
            all_tickets.append(t)
    return rows, all_tickets


def _day_serials(days: list[tuple[date, list[_Ticket]]]) -> dict[date, dict[str, int]]:
    result: dict[date, dict[str, int]] = {}
    for day, tickets in days:
        serials = result.setdefault(day, {})
        for t in tickets:
            serials[t.prefix] = max(serials.get(t.prefix, 0), t.serial)
    return result


def _write_history(session: Session, run: DemoRun, ids: dict[str, int], days: list[tuple[date, list[_Ticket]]]) -> int:
    counters = _counters(session, run)
    rows, all_tickets = _ticket_rows(run, ids, counters, days)
    for day, serials in _day_serials(days).items():
        for prefix, last in serials.items():
            session.add(QueueDayCounter(station_id=run.actor.station_id, day=day, prefix=prefix, last_serial=last))
    if not rows:
        return 0
    new_ids = session.scalars(insert(QueueTicket).returning(QueueTicket.id, sort_by_parameter_order=True), rows).all()
    events = [{"station_id": run.actor.station_id, "ticket_id": tid, "kind": kind, "at": at,
               "counter_id": counters.get(window) if window else None, "user_id": clerk,
               "service_id": ids[t.issued_service], "detail": ""}
              for tid, t in zip(new_ids, all_tickets, strict=True) for kind, at, window, clerk in t.events]
    session.execute(insert(QueueTicketEvent), events)
    audit.touch(session, "queue_ticket", ((tid,) for tid in new_ids))  # bulk-inserted: name them for the audit
    return len(rows)


def _history_days(run: DemoRun) -> Iterator[date]:
    for back in range(run.days, 0, -1):
        day = run.today - timedelta(days=back)
        if day.weekday() < 5:  # the hall is closed at weekends
            yield day


YEAR_BUSY = 12.5  # the demo hall sees ~95 citizens a day; a 20-window hall ~1,200 (300,000 a year)
YEAR_BATCH_DAYS = 10  # working days per transaction: memory stays bounded, transactions stay few


def populate(run: DemoRun) -> str:
    busy = YEAR_BUSY if run.year else 1.0
    ids = {}
    for order, (prefix, name, opens, closes, _cap, _share, _minutes) in enumerate(SERVICES, start=1):
        ids[prefix] = save_service(run.desk, run.actor, ServiceInput(prefix, name, year_cap(prefix, busy), opens,
                                                                     closes, True, order)).id
    for window in range(1, YEAR_WINDOWS + 1 if run.year else len(ASSIGNMENTS) + 1):
        set_window_services(run.desk, run.actor, window, [ids[p] for p in assignment(window)])
    save_queue_settings(run.desk, run.actor, 3, "请留意叫号，过号请到窗口重新排队。",
                        "欢迎来到幸福路社区综合网格工作站。请按号就座，留意叫号。办事请携带身份证原件。"
                        "绿色通道：老年人、残疾人、孕妇可优先办理。")
    if run.year:
        return _populate_year(run, ids) + _live_hall(run, ids)
    clerks = [run.users[name].user_id for name in CLERKS if name in run.users]
    manager = run.users["zhanzhang"].user_id if "zhanzhang" in run.users else None
    days = []
    for index, day in enumerate(_history_days(run)):
        staff = {w: clerks[(w - 1 + index) % len(clerks)] for w in (1, 2, 3)} if clerks else {}
        if manager:
            staff[6] = manager
        days.append((day, _simulate_day(run.rng, day, staff)))  # type: ignore[arg-type]

    def work(session: Session) -> int:
        count = _write_history(session, run, ids, days)
        audit.append(session, run.actor, run.desk.now(), "queue.demo_history", "queue_ticket", "", None,
                     {"days": len(days), "tickets": count})
        return count

    total = run.desk.db.transact(work)
    live = _live_hall(run, ids)
    return f"queue: 5 services, 6 windows assigned, {total} numbers over {len(days)} working days" + live


def _populate_year(run: DemoRun, ids: dict[str, int]) -> str:
    """Every window staffed by its own clerk (they rotate daily), written a few weeks per transaction
    with one audit record per ticket event (``desk.demo.queue_year``)."""
    clerks = [a.user_id for name, a in sorted(run.users.items()) if name.startswith("chuangkou")]
    all_days = list(_history_days(run))
    tickets = records = 0
    for first in range(0, len(all_days), YEAR_BATCH_DAYS):
        days = []
        for index, day in enumerate(all_days[first:first + YEAR_BATCH_DAYS], start=first):
            staff = {w: clerks[(w - 1 + index) % len(clerks)] for w in range(1, YEAR_WINDOWS + 1)}
            days.append((day, _simulate_day(run.rng, day, staff, YEAR_BUSY)))  # type: ignore[arg-type]

        def work(session: Session, days: list[tuple[date, list[_Ticket]]] = days) -> tuple[int, int]:
            counters = _counters(session, run)
            rows, batch = _ticket_rows(run, ids, counters, days)
            if not rows:
                return 0, 0
            return len(rows), queue_year.write_days(session, run, rows, batch, _day_serials(days), ids, counters)

        made, written = run.desk.db.transact(work)
        tickets, records = tickets + made, records + written
    return (f"queue: 5 services, {YEAR_WINDOWS} windows assigned, {tickets} numbers over {len(all_days)} working "
            f"days, {records} audit records")


def _live_hall(run: DemoRun, ids: dict[str, int]) -> str:
    """Today during opening hours: some numbers served, some at windows, a queue waiting."""
    now = run.desk.now().astimezone(TZ)
    if now.date() != run.today or not time(8, 40) <= now.time() < time(16, 30):
        return " (the live queue starts when the demo is made during opening hours)"
    # Never before the hall opens (a demo made at 08:45 starts at 08:31), in UTC like stored times.
    opened = datetime.combine(now.date(), time(8, 31), TZ)
    start = max(now - timedelta(minutes=50), opened).astimezone(timezone.utc)
    step = (now.astimezone(timezone.utc) - start) / 24
    clock = {"now": start}
    desk = Desk(run.desk.db, clock=lambda: clock["now"])
    for i in range(24):
        prefix = run.rng.choices("AABBCDE")[0]
        # A service closed at this hour (调解咨询 opens at 13:00) or full refuses, as in a real hall.
        with contextlib.suppress(DeskError):
            issue_ticket(desk, run.actor, ids[prefix], priority=i % 9 == 4)
        clock["now"] += step
    for number, username in zip((1, 2, 3), CLERKS, strict=True):
        actor = run.users.get(username, run.actor)
        for _ in range(2):
            if calling.call_next(desk, actor, number) is not None:
                serving.finish_service(desk, actor, number)
        calling.call_next(desk, actor, number)
    return ", and a live queue for today"
