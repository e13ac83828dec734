"""A read never holds the write lock: a kiosk issuing numbers on the year's station (``year_station``,
10% of the year unless told otherwise) while another terminal opens a big page over and over.

For each page, a kiosk process issues a number every 50 ms for ``SECONDS``, timing each
``issue_ticket`` call (its whole write transaction, lock wait included), while this process calls
the page's service (what the page runs when it opens, as a manager) as fast as it can.
``reads_<year>_kiosk_issue_ms_{p50,p95,max}_<page>``; ``..._alone`` is the kiosk with no reader.
Goal: the p95 with a reader stays close to the kiosk alone (no read waits for, or blocks, a write).
"""

from __future__ import annotations

import multiprocessing
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from desk.bench import year_station
from desk.bench.timing import percentile

SECONDS = 5.0
ISSUE_EVERY_S = 0.05


def _kiosk(url: str, ready: object, out: object) -> None:
    from desk.bench.queue_terminals import bench_actor, midday_clock
    from desk.services.context import Desk
    from desk.services.queue.config import list_services
    from desk.services.queue.issuing import issue_ticket
    from desk.store.engine import Database

    desk = Desk(Database(url), clock=midday_clock())
    actor = bench_actor("kiosk")
    services = [s.id for s in list_services(desk)][:2]  # 综合受理 and 社保医保: no daily cap
    issue_ticket(desk, actor, services[0])  # warm
    ready.set()  # type: ignore[attr-defined]
    samples: list[float] = []
    end = time.perf_counter() + SECONDS
    while time.perf_counter() < end:
        start = time.perf_counter()
        issue_ticket(desk, actor, services[len(samples) % 2])
        samples.append((time.perf_counter() - start) * 1000)
        time.sleep(ISSUE_EVERY_S)
    desk.db.dispose()
    out.put(samples)  # type: ignore[attr-defined]


def _pages(desk: object, actor: object) -> dict[str, Callable[[], object]]:
    from desk.services import audit, issued_documents
    from desk.services.access_log import list_access
    from desk.services.intake import case_queries, consultations, ratings
    from desk.services.mediation import cases as mediation_cases
    from desk.services.report.log import daily_log

    now = desk.now()  # type: ignore[attr-defined]
    week = now - timedelta(days=7)
    return {
        "mediation_cases": lambda: mediation_cases.list_cases(desk, actor),  # type: ignore[arg-type]
        "intake_cases": lambda: case_queries.list_cases(desk, actor),  # type: ignore[arg-type]
        "ratings": lambda: ratings.list_ratings(desk, actor),  # type: ignore[arg-type]
        "consultations": lambda: consultations.list_consultations(desk, actor),  # type: ignore[arg-type]
        "documents": lambda: issued_documents.list_issued(desk, actor, start=week, end=now),  # type: ignore[arg-type]
        "audit": lambda: audit.list_records(desk, actor, audit.AuditFilter(start=week, end=now), 200),  # type: ignore[arg-type]
        "access_log": lambda: list_access(desk, actor, start=week, end=now, limit=200),  # type: ignore[arg-type]
        "daily_log": lambda: daily_log(desk, actor, (now - timedelta(days=30)).date(), now.date()),  # type: ignore[arg-type]
    }


def _run(url: str, reader: Callable[[], object] | None) -> tuple[list[float], int]:
    spawn = multiprocessing.get_context("spawn")
    ready, out = spawn.Event(), spawn.Queue()
    kiosk = spawn.Process(target=_kiosk, args=(url, ready, out))
    kiosk.start()
    ready.wait(60)
    reads = 0
    end = time.perf_counter() + SECONDS
    while reader is not None and time.perf_counter() < end:
        reader()
        reads += 1
    samples = out.get(timeout=120)
    kiosk.join(30)
    return samples, reads


def measure() -> dict[str, object]:
    from sqlalchemy import select

    from desk.core.permissions import Role
    from desk.services.context import Actor, Desk
    from desk.store.engine import Database
    from desk.store.models import User

    name = year_station.label()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = year_station.working_copy(Path(tmp))
        desk = Desk(Database(url))
        with desk.db.reading() as session:
            manager = session.execute(select(User).where(User.username == "zhanzhang")).scalar_one()
            actor = Actor(manager.id, manager.username, manager.display_name, Role.MANAGER, 1, "bench")
        for page, reader in [("alone", None), *_pages(desk, actor).items()]:
            samples, reads = _run(url, reader)
            prefix = f"reads_{name}_kiosk_issue_ms"
            results[f"{prefix}_p50_{page}"] = round(percentile(samples, 50), 1)
            results[f"{prefix}_p95_{page}"] = round(percentile(samples, 95), 1)
            results[f"{prefix}_max_{page}"] = round(max(samples), 1)
            if reader is not None:
                results[f"reads_{name}_page_reads_per_s_{page}"] = round(reads / SECONDS, 1)
        desk.db.dispose()
    return results
