"""``audit verify`` on a station with N audit records: the full check against the daily check.

The station is a migrated SQLite database whose chain gets N records (GRID_DESK_BENCH_AUDIT_RECORDS,
default 100,000) written by ``audit.append`` itself, as a busy desk writes them: each with its hash
link, a ticket-sized after-image and the row image of the row it names. A full check runs (and
records its end as the proved point), then a day's worth of records is appended (``DAY_RECORDS``) and
the daily check runs from the proved point. Keys name N exactly, e.g.
``audit_verify_full_s_100000_records`` and ``audit_verify_daily_s_100000_records_2000_new``.
Each check is timed ``RUNS`` times (median), the full one with ``full=True`` so it never shortcuts.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy.orm import Session

from desk.core.permissions import Role
from desk.services import audit, audit_since
from desk.services.audit import ChainReport
from desk.services.context import Actor
from desk.store import migrate
from desk.store.engine import Database

DAY_RECORDS = 2000  # a busy day: numbers issued and called, cases taken in, sign-ins
BATCH = 1000
RUNS = 3
START = datetime(2026, 1, 5, 1, 0, tzinfo=timezone.utc)


def records() -> int:
    return int(os.environ.get("GRID_DESK_BENCH_AUDIT_RECORDS", "100000"))


def _append(db: Database, count: int, first: int) -> None:
    actor = Actor(None, "bench", "bench", Role.CLERK, 1, "window-07@bench")

    def batch(start: int, size: int) -> None:
        def work(session: Session) -> None:
            for i in range(start, start + size):
                audit.touch(session, "station", [(1,)])
                after = {"number": f"A{i % 1000:03d}", "service": "综合受理", "window": 7, "status": "called",
                         "citizen": "示范市幸福家园物业管理有限公司", "phone": "139****5678"}
                audit.append(session, actor, START + timedelta(seconds=20 * i), "queue.called", "queue_ticket",
                             i, {"status": "waiting"}, after)
        db.transact(work)

    for start in range(first, first + count, BATCH):
        batch(start, min(BATCH, first + count - start))


def _timed(check: Callable[[], ChainReport], walks: int) -> float:
    started = time.perf_counter()
    report = check()
    elapsed = time.perf_counter() - started
    assert report.ok and report.checked == walks, report  # a bench on a broken chain measures nothing
    return elapsed


def measure(n: int | None = None, day: int = DAY_RECORDS) -> dict[str, object]:
    n = records() if n is None else n
    with tempfile.TemporaryDirectory() as tmp:
        db = Database("sqlite:///" + (Path(tmp) / "audit.sqlite3").as_posix())
        try:
            migrate.upgrade(db)
            have = audit.head(db)[0]
            _append(db, n - have, have + 1)
            assert audit.head(db)[0] == n
            at = START + timedelta(days=365)
            full = [_timed(lambda: audit_since.check(db, at, full=True), n) for _ in range(RUNS)]
            daily = []
            for _ in range(RUNS):  # each run: a new day's records on top of the last proved point
                end = audit.head(db)[0]
                _append(db, day, end + 1)
                daily.append(_timed(lambda: audit_since.check(db, at), day))
        finally:
            db.dispose()
    return {f"audit_verify_full_s_{n}_records": round(statistics.median(full), 3),
            f"audit_verify_daily_s_{n}_records_{day}_new": round(statistics.median(daily), 3)}
