"""Many terminals at once: OS processes issuing and calling numbers on one database.

Used by the benchmark (20 processes on PostgreSQL) and by the tests (several processes on one
SQLite file, 20 on PostgreSQL). Each process is a kiosk and a window at the same time: it takes a
number, then calls the next one for its window and finishes it, as fast as it can. Afterwards
``check`` compares what every process was told with what the database holds.
"""

from __future__ import annotations

import multiprocessing
import random
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from desk.core.errors import ConfigurationError
from desk.core.permissions import Role
from desk.services import windows
from desk.services.context import Actor, Desk
from desk.services.queue import calling, serving
from desk.services.queue.config import ServiceInput, save_service, set_window_services
from desk.services.queue.issuing import issue_ticket
from desk.store.engine import Database
from desk.store.models.queue import QueueTicket, QueueTicketEvent

PREFIXES = ("A", "B", "C")
T = TypeVar("T")


def bench_actor(name: str, role: Role = Role.MANAGER) -> Actor:
    return Actor(None, name, name, role, 1, f"{name}@bench")


def midday_clock() -> Any:
    """Real time passing, but on today's station day at 10:00, so opening hours never get in the way."""
    local = datetime.now(ZoneInfo("Asia/Shanghai")).replace(hour=10, minute=0, second=0, microsecond=0)
    base, start = local.astimezone(timezone.utc), time.perf_counter()
    return lambda: base + timedelta(seconds=time.perf_counter() - start)


def set_up_hall(desk: Desk, window_count: int) -> list[int]:
    actor = bench_actor("setup", Role.ADMIN)
    ids = [save_service(desk, actor, ServiceInput(p, f"业务{p}", opens="00:00", closes="23:59")).id for p in PREFIXES]
    for number in range(1, window_count + 1):
        windows.add_window(desk, actor, number, "")
        shift = number % len(ids)
        set_window_services(desk, actor, number, ids[shift:] + ids[:shift])
    return ids


@dataclass
class TerminalResult:
    window: int
    issued: list[tuple[int, str]] = field(default_factory=list)  # (ticket id, number) as the kiosk was told
    served: list[int] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _open(url: str) -> Database:
    # Processes started in the same instant can trip over each other's write probe in the SQLite
    # folder check (desk.store.engine._prepare_sqlite_folder uses one probe file name); a second try
    # is enough. This is start-up only: every transaction afterwards counts.
    for attempt in range(5):
        try:
            return Database(url)
        except ConfigurationError:
            if attempt == 4:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def run_terminal(url: str, window: int, rounds: int, service_ids: list[int], start_at: float,
                 think_ms: float = 0.0) -> TerminalResult:
    """One OS process: ``rounds`` times take a number, call the next for ``window`` and finish it,
    pausing about ``think_ms`` between steps (0: as fast as it can, a stress test)."""
    result = TerminalResult(window)
    rng = random.Random(window)

    def pause() -> None:
        if think_ms:
            time.sleep(think_ms * rng.uniform(0.5, 1.5) / 1000)

    desk = Desk(_open(url), clock=midday_clock())
    actor = bench_actor(f"terminal{window}")
    try:
        desk.db.check_connection()
        for i in range(rounds + 1):
            if i == 1:  # round 0 warmed the connection and statement caches, as on a terminal open all day
                result.latencies_ms.clear()
                time.sleep(max(0.0, start_at - time.time()))
            service, priority = service_ids[(window + i) % len(service_ids)], i % 7 == 3
            issued = _timed(result, lambda s=service, p=priority: issue_ticket(desk, actor, s, priority=p))
            if issued is not None:
                result.issued.append((issued.ticket.id, issued.ticket.number))
            pause()
            called = _timed(result, lambda: calling.call_next(desk, actor, window))
            pause()
            if called is not None and _timed(result, lambda: serving.finish_service(desk, actor, window)):
                result.served.append(called.id)
            pause()
    finally:
        desk.db.dispose()
    return result


def _timed(result: TerminalResult, step: Callable[[], T]) -> T | None:
    began = time.perf_counter()
    try:
        return step()
    except Exception:  # noqa: BLE001 - counted: the point is that none reaches a clerk
        result.errors.append(traceback.format_exc(limit=4))
        return None
    finally:
        result.latencies_ms.append((time.perf_counter() - began) * 1000)


def _run_one(args: tuple[str, int, int, list[int], float, float]) -> TerminalResult:
    return run_terminal(*args)


def run_terminals(url: str, processes: int, rounds: int, service_ids: list[int],
                  think_ms: float = 0.0) -> list[TerminalResult]:
    """Start ``processes`` fresh interpreters (spawn: nothing shared), all beginning at the same instant."""
    start_at = time.time() + 1.5 + processes * 0.1
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes) as pool:
        jobs = [(url, w, rounds, service_ids, start_at, think_ms) for w in range(1, processes + 1)]
        return pool.map(_run_one, jobs)


@dataclass(frozen=True)
class TerminalsReport:
    processes: int
    tickets: int
    duplicates: int
    lost: int
    served_twice: int
    errors: int
    p95_ms: float
    first_error: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"processes": self.processes, "tickets": self.tickets, "duplicates": self.duplicates,
                "lost": self.lost, "served_twice": self.served_twice, "errors": self.errors,
                "p95_ms": round(self.p95_ms, 2)}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def check(db: Database, results: list[TerminalResult]) -> TerminalsReport:
    told = [pair for r in results for pair in r.issued]
    served = [ticket for r in results for ticket in r.served]
    with db.reading() as session:
        stored = dict(session.execute(select(QueueTicket.id, QueueTicket.number)).all())
        distinct = session.execute(select(func.count()).select_from(
            select(QueueTicket.day, QueueTicket.number).distinct().subquery())).scalar_one()
        called_twice = session.execute(select(func.count()).select_from(
            select(QueueTicketEvent.ticket_id).where(QueueTicketEvent.kind == "called")
            .group_by(QueueTicketEvent.ticket_id).having(func.count() > 1).subquery())).scalar_one()
    numbers_told = [number for _id, number in told]
    duplicates = (len(numbers_told) - len(set(numbers_told))) + (len(stored) - int(distinct))
    lost = sum(1 for ticket_id, number in told if stored.get(ticket_id) != number)
    served_twice = (len(served) - len(set(served))) + int(called_twice)
    errors = [e for r in results for e in r.errors]
    return TerminalsReport(len(results), len(told), duplicates, lost, served_twice, len(errors),
                           percentile([ms for r in results for ms in r.latencies_ms], 0.95),
                           errors[0] if errors else "")
