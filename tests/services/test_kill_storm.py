"""The kill -9 storm: terminals issuing, calling and finishing numbers on one database while they
are killed with SIGKILL at random and started again. Whatever a terminal acknowledged (a number on a
slip, a call on the display, a finished service) must be in the database, exactly once: no lost
ticket, no number issued twice, no ticket called or finished twice. Runs on SQLite (one file, several
processes) and on PostgreSQL."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.bench.queue_terminals import set_up_hall
from desk.services.context import Desk
from desk.store.engine import Database
from desk.store.models.queue import QueueTicket, QueueTicketEvent

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class StormFigures:
    processes: int
    kills: int
    acknowledged: int
    stored: int
    lost: int
    duplicates: int
    called_twice: int
    finished_twice: int
    crashed: list[str]


def _start(url: str, window: int, ack: Path, service_ids: list[int], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as stderr:  # the child keeps its own descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "tests.services.kill_storm_worker", url, str(window), str(ack),
             ",".join(map(str, service_ids))],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _issued_lines(acks: dict[int, Path]) -> int:
    return sum(p.read_text(encoding="utf-8").count("I ") for p in acks.values() if p.exists())


def storm(url: str, folder: Path, processes: int, kills_wanted: int = 20, acks_wanted: int = 60,
          max_seconds: float = 150, seed: int = 7) -> StormFigures:
    """Kill until ``kills_wanted`` kills and ``acks_wanted`` acknowledged tickets, however slow the
    machine (a loaded CI machine takes seconds to start each terminal), up to ``max_seconds``."""
    db = Database(url)
    service_ids = set_up_hall(Desk(db), processes)
    rng = random.Random(seed)
    acks = {w: folder / f"ack{w}.txt" for w in range(1, processes + 1)}
    logs = {w: folder / f"stderr{w}.txt" for w in range(1, processes + 1)}
    running = {w: _start(url, w, acks[w], service_ids, logs[w]) for w in acks}
    started_at = {w: _size(acks[w]) for w in acks}
    kills, crashed = 0, []
    deadline = time.monotonic() + max_seconds
    try:
        while time.monotonic() < deadline and (kills < kills_wanted or _issued_lines(acks) < acks_wanted):
            time.sleep(rng.uniform(0.1, 0.5))
            for window, process in running.items():
                if process.poll() is not None and process.returncode != -signal.SIGKILL:
                    # died on its own: an error reached a terminal
                    crashed.append(f"window {window} exited {process.returncode}: {logs[window].read_text()[-2000:]}")
                    running[window] = _start(url, window, acks[window], service_ids, logs[window])
            # Mostly kill terminals in the middle of their work (they have acknowledged something since
            # they started, on a loaded machine start-up alone can take seconds); now and then one
            # that is still starting.
            working = [w for w in running if _size(acks[w]) > started_at[w]]
            victims = working if rng.random() < 0.9 else list(running)
            if not victims:
                continue
            window = rng.choice(victims)
            os.kill(running[window].pid, signal.SIGKILL)
            running[window].wait()
            kills += 1
            started_at[window] = _size(acks[window])
            running[window] = _start(url, window, acks[window], service_ids, logs[window])
    finally:
        for process in running.values():
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
            process.wait()

    issued: dict[int, str] = {}
    told_numbers: list[str] = []
    called: list[int] = []
    finished: list[int] = []
    for path in acks.values():
        for line in (path.read_text(encoding="utf-8") if path.exists() else "").splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "I":  # a killed writer may leave a torn last line
                issued[int(parts[1])] = parts[2]
                told_numbers.append(parts[2])
            elif len(parts) == 2 and parts[0] == "C":
                called.append(int(parts[1]))
            elif len(parts) == 2 and parts[0] == "F":
                finished.append(int(parts[1]))
    with db.reading() as session:
        stored = dict(session.execute(select(QueueTicket.id, QueueTicket.number)).all())
        distinct = session.execute(select(func.count()).select_from(
            select(QueueTicket.day, QueueTicket.number).distinct().subquery())).scalar_one()
        events = Counter((kind, ticket) for ticket, kind in session.execute(
            select(QueueTicketEvent.ticket_id, QueueTicketEvent.kind)
            .where(QueueTicketEvent.kind.in_(("called", "finished")))).all())
        done = set(session.execute(select(QueueTicket.id).where(QueueTicket.finished_at.is_not(None))).scalars())
    db.dispose()
    lost = sum(1 for ticket_id, number in issued.items() if stored.get(ticket_id) != number)
    lost += sum(1 for ticket_id in finished if ticket_id not in done)
    duplicates = (len(told_numbers) - len(set(told_numbers))) + (len(stored) - int(distinct))
    called_twice = sum(1 for (kind, _t), n in events.items() if kind == "called" and n > 1)
    called_twice += len(called) - len(set(called))
    finished_twice = sum(1 for (kind, _t), n in events.items() if kind == "finished" and n > 1)
    finished_twice += len(finished) - len(set(finished))
    return StormFigures(processes, kills, len(issued), len(stored), lost, duplicates, called_twice,
                        finished_twice, crashed)


def _assert_held(figures: StormFigures) -> None:
    print(f"\nkill -9 storm: {figures}")
    assert figures.crashed == []
    assert figures.kills >= 20, "the storm must really kill terminals"
    assert figures.acknowledged >= 30, "terminals must get work done between kills"
    assert (figures.lost, figures.duplicates, figures.called_twice, figures.finished_twice) == (0, 0, 0, 0)


def test_kill_storm_on_one_sqlite_file(sqlite_url: str, tmp_path: Path) -> None:
    _assert_held(storm(sqlite_url, tmp_path, processes=5))


@pytest.mark.pg
def test_kill_storm_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    _assert_held(storm(pg_url, tmp_path, processes=8))
