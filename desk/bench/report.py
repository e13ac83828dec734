"""How long the manager waits for the daily log, and for its PDF.

Two temporary SQLite databases, migrated like a real one: both hold one busy day (1,000 tickets,
300 cases, 20 mediations), the second also five years of history before it (300 tickets, 90
cases, 2 mediations, 40 ratings and 15 consultations per working day), bulk-inserted with
SQLAlchemy Core. The figures must not grow with the history: goals <= 200 ms for the day and a
5-year / empty ratio <= 1.3. ``report_pdf_ms`` renders the day's log (fonts preloaded).

    python -m desk.bench.report
"""

from __future__ import annotations

import random
import statistics
import tempfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from desk.bench.timing import time_ms
from desk.core.permissions import Role
from desk.documents.fonts import preload
from desk.services.context import Actor, Desk
from desk.services.report import export
from desk.services.report.log import daily_log
from desk.store import migrate
from desk.store.engine import Database
from desk.store.models import Counter, User
from desk.store.models.intake import Applicant, Consultation, IntakeCase, Rating, ServiceItem
from desk.store.models.mediation import MedBooking, MedRoom
from desk.store.models.mediation_case import MedAgreement, MedCase, MedSession
from desk.store.models.queue import QueueService, QueueTicket, QueueTicketEvent

ZONE = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 20)
YEARS = 5
ITERATIONS = 15
DISPUTES = ("邻里纠纷", "婚姻家庭纠纷", "物业纠纷", "合同纠纷")


class _Ids:
    def __init__(self) -> None:
        self.ticket = self.event = self.case = self.med = 0


def _at(day: date, minute: float) -> datetime:
    return (datetime.combine(day, time(), ZONE) + timedelta(minutes=minute)).astimezone(timezone.utc)


def _setup(db: Database) -> dict[str, list[Any]]:
    with db.engine.begin() as conn:
        conn.execute(insert(Counter), [{"station_id": 1, "number": n, "name": f"{n}号窗口"} for n in range(1, 11)])
        conn.execute(insert(User), [{"station_id": 1, "username": f"clerk{n}", "display_name": f"窗口{n}",
                                     "role": "clerk", "password_hash": "x"} for n in range(1, 11)]
                     + [{"station_id": 1, "username": "boss", "display_name": "站长", "role": "manager",
                         "password_hash": "x"}])
        names = ("综合受理", "社保医保", "民政救助", "老龄服务", "就业创业")
        conn.execute(insert(QueueService), [{"station_id": 1, "prefix": p, "name": n, "sort_order": i}
                                            for i, (p, n) in enumerate(zip("ABCDE", names, strict=True))])
        conn.execute(insert(Applicant), [{"kind": "person", "name": "张三", "id_number": None}])
        conn.execute(insert(MedRoom), [{"station_id": 1, "name": "调解室"}, {"station_id": 1, "name": "三所联动室"}])
        return {
            "counters": list(conn.execute(select(Counter.id)).scalars()),
            "users": list(conn.execute(select(User.id).where(User.role == "clerk")).scalars()),
            "services": list(conn.execute(select(QueueService.id)).scalars()),
            "prefixes": [str(p) for p in conn.execute(select(QueueService.prefix)).scalars()],
            "items": list(conn.execute(select(ServiceItem.id).limit(20)).scalars()),
            "rooms": list(conn.execute(select(MedRoom.id)).scalars()),
        }


def _day_rows(day: date, tickets: int, cases: int, mediations: int, ref: dict[str, list[Any]], ids: _Ids,
              rng: random.Random) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
    ticket_rows, events = [], []
    serials = dict.fromkeys(ref["prefixes"], 0)
    for n in range(tickets):
        ids.ticket += 1
        k = rng.randrange(len(ref["services"]))
        prefix = ref["prefixes"][k]
        serials[prefix] += 1
        issued = 510 + 480 * n / tickets
        wait, service = rng.expovariate(1 / 12), rng.expovariate(1 / 8)
        window, clerk = rng.choice(ref["counters"]), rng.choice(ref["users"])
        status = "no_show" if rng.random() < 0.06 else "done"
        called = _at(day, issued + wait)
        ticket_rows.append({
            "id": ids.ticket, "station_id": 1, "day": day, "prefix": prefix, "serial": serials[prefix],
            "number": f"{prefix}{serials[prefix]:03d}", "service_id": ref["services"][k],
            "issued_service_id": ref["services"][k], "priority": False, "status": status, "counter_id": window,
            "clerk_id": clerk, "call_count": 1, "issued_at": _at(day, issued), "called_at": called,
            "started_at": called if status == "done" else None,
            "finished_at": _at(day, issued + wait + service) if status == "done" else None,
            "no_show_at": called if status == "no_show" else None})
        ids.event += 1
        events.append({"id": ids.event, "station_id": 1, "ticket_id": ids.ticket, "kind": "called", "at": called,
                       "counter_id": window, "user_id": clerk, "service_id": ref["services"][k]})
    yield QueueTicket, ticket_rows
    yield QueueTicketEvent, events
    case_rows = []
    for n in range(cases):
        ids.case += 1
        registered = _at(day, 520 + 470 * n / cases)
        done = rng.random() < 0.9 or day < DAY - timedelta(days=60)
        case_rows.append({
            "id": ids.case, "receipt_no": f"SL{day:%Y%m%d}-{n + 1:04d}", "station_id": 1,
            "item_id": rng.choice(ref["items"]), "applicant_id": 1, "status": "completed" if done else "accepted",
            "item_name": "事项", "item_kind": "promised", "registered_at": registered, "clock_start": day,
            "deadline": day + timedelta(days=7), "completed_at": registered + timedelta(days=rng.randrange(0, 6))
            if done else None})
    yield IntakeCase, case_rows
    yield Rating, [{"station_id": 1, "at": _at(day, 540 + 7 * n), "level": rng.choice((5, 5, 5, 4, 4, 3, 2)),
                    "follow_up_status": ""} for n in range(cases // 2)]
    yield Consultation, [{"station_id": 1, "at": _at(day, 540 + 20 * n), "channel": "walk_in", "topic": "咨询"}
                         for n in range(cases // 6)]
    med_rows, sessions, agreements, bookings = [], [], [], []
    for n in range(mediations):
        ids.med += 1
        success = rng.random() < 0.7
        med_rows.append({"id": ids.med, "station_id": 1, "year": day.year, "serial": ids.med,
                         "number": f"调字〔{day.year}〕第{ids.med}号", "source": "application",
                         "dispute_type": rng.choice(DISPUTES), "title": "纠纷", "status": "closed",
                         "accepted_on": day, "registered_by": "调解员", "registered_at": _at(day, 560 + n * 20),
                         "outcome": "success" if success else "failure", "closed_on": day})
        start = _at(day, 540 + 25 * n)
        sessions.append({"case_id": ids.med, "kind": "session", "held_at": start, "place": "调解室",
                         "record": "记录", "created_by": "med"})
        bookings.append({"station_id": 1, "room_id": ref["rooms"][n % 2], "case_id": ids.med, "start_at": start,
                         "end_at": start + timedelta(minutes=20), "block_end": start + timedelta(minutes=20),
                         "created_by": "med"})
        if success:
            agreements.append({"case_id": ids.med, "number": f"协{ids.med}", "kind": "written", "effective_on": day,
                               "performance_deadline": day + timedelta(days=30)})
    yield MedCase, med_rows
    yield MedSession, sessions
    yield MedAgreement, agreements
    yield MedBooking, bookings


def _fill(db: Database, history_days: int) -> None:
    ref, ids, rng = _setup(db), _Ids(), random.Random(7)
    days = []
    if history_days:
        day = DAY - timedelta(days=history_days)
        while day < DAY:
            if day.weekday() < 5:
                days.append((day, 300, 90, 2))
            day += timedelta(days=1)
    days.append((DAY, 1000, 300, 20))
    batches: dict[Any, list[dict[str, Any]]] = {}
    with db.engine.begin() as conn:
        for number, (day, tickets, cases, mediations) in enumerate(days, start=1):
            for model, rows in _day_rows(day, tickets, cases, mediations, ref, ids, rng):
                batches.setdefault(model, []).extend(rows)
            if number % 100 == 0 or number == len(days):
                for model, rows in batches.items():
                    if rows:
                        conn.execute(insert(model), rows)
                batches = {}


def _database(folder: Path, name: str, history_days: int) -> Database:
    db = Database("sqlite:///" + (folder / f"{name}.sqlite3").as_posix())
    migrate.upgrade(db)
    _fill(db, history_days)
    return db


def measure(iterations: int = ITERATIONS, history_days: int = 365 * YEARS) -> dict[str, object]:
    preload()
    now = _at(DAY, 17 * 60 + 30)
    manager = Actor(None, "boss", "站长", Role.MANAGER, 1, "bench")
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, history in (("empty", 0), ("5y", history_days)):
            db = _database(Path(folder), name, history)
            desk = Desk(db, clock=lambda: now)
            samples = time_ms(partial(daily_log, desk, manager, DAY), iterations)
            results[f"daily_log_ms_{'empty_history' if not history else '5y_history'}"] = round(
                statistics.median(samples), 1)
            if history:
                log = daily_log(desk, manager, DAY)
                pdf = time_ms(partial(export.export_pdf, desk, manager, log), max(3, iterations // 3))
                results["report_pdf_ms"] = round(statistics.median(pdf), 1)
            db.dispose()
    empty, full = results["daily_log_ms_empty_history"], results["daily_log_ms_5y_history"]
    results["daily_log_5y_empty_ratio"] = round(float(full) / float(empty), 2)  # type: ignore[arg-type]
    return results


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value}")
