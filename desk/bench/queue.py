"""How fast the queue is where a citizen or a clerk waits for it.

- ``ticket_issue_ms_p50/p95``: taking a number (service call: checks, counter upsert, ticket, event,
  audit record, commit with synchronous=FULL) on a SQLite file holding a year of history.
- ``sqlite_commit_baseline_ms_p50``: a raw sqlite3 INSERT + COMMIT with the same pragmas, same disk,
  same run: the floor set by the disk's fsync. Goal: issue p50 <= 3 x this, p95 <= 10 ms.
- ``call_next_ms_p95``: "call next" with 1,000 numbers waiting. Goal: <= 15 ms.
- ``pg_terminals``: 20 OS processes issuing and calling on PostgreSQL; 0 duplicates, 0 lost, p95 <= 25 ms.
  ``p95_ms`` is measured with each terminal stepping every ~0.5 s (``think_ms``); ``stress`` repeats the
  run with no pause at all (on a small machine the 20 processes then mostly wait for a CPU, not for the
  database); ``cpus`` and ``load_1min`` say how crowded the machine was.

    python -m desk.bench.queue
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, text

from desk.bench.queue_terminals import (
    bench_actor,
    check,
    midday_clock,
    percentile,
    run_terminals,
    set_up_hall,
)
from desk.services.context import Desk
from desk.services.queue import calling, serving
from desk.services.queue.issuing import format_number, issue_ticket
from desk.store import migrate
from desk.store.engine import BUSY_TIMEOUT_MS, Database
from desk.store.models.queue import QueueDayCounter, QueueTicket, QueueTicketEvent

ISSUES = 300
CALLS = 200
WAITING = 1000
HISTORY_DAYS = 365
PER_DAY = 250
PG_PROCESSES = 20
PG_ROUNDS = 25
# Each of the 20 terminals takes a step about every 0.5 s: some 40 steps a second for the hall, about
# twenty times a busy real hall (a clerk presses a key every half minute or so, the kiosk a little more).
THINK_MS = float(os.environ.get("GRID_DESK_BENCH_THINK_MS", "500"))
TZ = ZoneInfo("Asia/Shanghai")


def _history(db: Database, service_ids: list[int], today: date) -> int:
    """A year of finished tickets (with their events), written in bulk as an import would."""
    rng = random.Random(4)
    prefixes = ("A", "B", "C")
    total = 0
    for back in range(HISTORY_DAYS, 0, -1):
        day = today - timedelta(days=back)
        opening = datetime.combine(day, dtime(8, 30), TZ).astimezone(timezone.utc)
        tickets, serials = [], dict.fromkeys(prefixes, 0)
        for n in range(PER_DAY):
            k = n % 3
            serials[prefixes[k]] += 1
            issued = opening + timedelta(seconds=n * 110 + rng.randint(0, 100))
            called = issued + timedelta(minutes=rng.randint(1, 25))
            tickets.append({"station_id": 1, "day": day, "prefix": prefixes[k], "serial": serials[prefixes[k]],
                            "number": format_number(prefixes[k], serials[prefixes[k]]), "service_id": service_ids[k],
                            "issued_service_id": service_ids[k], "priority": False, "status": "done",
                            "counter_id": 1 + n % 6, "source": "kiosk", "citizen_name": "", "citizen_phone": "",
                            "call_count": 1, "issued_at": issued, "called_at": called,
                            "started_at": called + timedelta(seconds=40),
                            "finished_at": called + timedelta(minutes=rng.randint(3, 20))})

        def work(session: Any, rows: list[dict[str, Any]] = tickets, day: date = day,
                 serials: dict[str, int] = serials) -> None:
            ids = session.scalars(insert(QueueTicket).returning(QueueTicket.id, sort_by_parameter_order=True),
                                  rows).all()
            events = [{"station_id": 1, "ticket_id": tid, "kind": kind, "at": row[column],
                       "counter_id": row["counter_id"] if kind != "issued" else None, "service_id": row["service_id"],
                       "detail": ""}
                      for tid, row in zip(ids, rows, strict=True)
                      for kind, column in (("issued", "issued_at"), ("called", "called_at"),
                                           ("started", "started_at"), ("finished", "finished_at"))]
            session.execute(insert(QueueTicketEvent), events)
            for prefix, last in serials.items():
                session.add(QueueDayCounter(station_id=1, day=day, prefix=prefix, last_serial=last))

        db.transact(work)
        total += len(tickets)
    return total


def _timed(fn: Any) -> float:
    began = time.perf_counter()
    fn()
    return (time.perf_counter() - began) * 1000


def _sqlite_baseline(folder: Path, rounds: int = ISSUES) -> float:
    conn = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}", "synchronous=FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, number TEXT, at TEXT)")
    samples = []
    for n in range(rounds):
        began = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (number, at) VALUES (?, ?)", (f"A{n:03d}", datetime.now().isoformat()))
        conn.execute("COMMIT")
        samples.append((time.perf_counter() - began) * 1000)
    conn.close()
    return statistics.median(samples)


def _sqlite_figures() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="grid-desk-bench-", dir=os.environ.get("GRID_DESK_BENCH_DIR")) as tmp:
        folder = Path(tmp)
        db = Database("sqlite:///" + (folder / "queue.sqlite3").as_posix())
        migrate.upgrade(db)
        desk = Desk(db, clock=midday_clock())
        service_ids = set_up_hall(desk, 6)
        today = desk.now().astimezone(TZ).date()
        history = _history(db, service_ids, today)
        actor = bench_actor("kiosk")
        for _ in range(5):  # warm the caches (statements, first connection), as a running kiosk is
            issue_ticket(desk, actor, service_ids[0])
        issue = [_timed(lambda i=i: issue_ticket(desk, actor, service_ids[i % 3])) for i in range(ISSUES)]
        baseline = _sqlite_baseline(folder)
        for i in range(WAITING - ISSUES - 5 + CALLS):
            issue_ticket(desk, actor, service_ids[i % 3])
        calls = []
        for i in range(CALLS):
            window = 1 + i % 6
            calls.append(_timed(lambda w=window: calling.call_next(desk, actor, w)))
            serving.finish_service(desk, actor, window)
        db.dispose()
    return {
        "ticket_issue_ms_p50": round(statistics.median(issue), 3),
        "ticket_issue_ms_p95": round(percentile(issue, 0.95), 3),
        "sqlite_commit_baseline_ms_p50": round(baseline, 3),
        "call_next_ms_p95": round(percentile(calls, 0.95), 3),
        "queue_history_tickets": history,
    }


def pg_admin_url() -> str:
    return (os.environ.get("GRID_DESK_BENCH_PG_URL") or os.environ.get("GRID_DESK_TEST_PG_URL")
            or "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_terminals() -> dict[str, object]:
    admin = Database(pg_admin_url())
    try:
        admin.check_connection()
    except Exception as exc:  # noqa: BLE001 - reported, not raised: the other figures still count
        admin.dispose()
        return {"skipped": f"PostgreSQL not reachable at {admin.describe()}: {exc}"}
    name = f"grid_desk_bench_{uuid.uuid4().hex[:10]}"
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name)
    try:
        db = Database(url)
        migrate.upgrade(db)
        service_ids = set_up_hall(Desk(db), PG_PROCESSES)
        raw_url = url.render_as_string(hide_password=False)
        paced = check(db, run_terminals(raw_url, PG_PROCESSES, PG_ROUNDS, service_ids, THINK_MS))
        stress = check(db, run_terminals(raw_url, PG_PROCESSES, PG_ROUNDS, service_ids))
        db.dispose()
        report = paced.as_dict()
        report["think_ms"] = THINK_MS
        # Twenty terminal processes share this machine's CPUs with the server: say how busy it was.
        report["cpus"], report["load_1min"] = os.cpu_count(), round(os.getloadavg()[0], 1)
        report["stress"] = stress.as_dict()  # no pause at all: every process hammers the server
        return report
    finally:
        with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def measure() -> dict[str, object]:
    figures = _sqlite_figures()
    figures["pg_terminals"] = _pg_terminals()
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(measure(), indent=2, ensure_ascii=False))
