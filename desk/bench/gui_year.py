"""GUI freezes in a busy hall: each list page of the year's station (``year_station``, 10% of the
year unless told otherwise) open in a manager's main window, while another process (a kiosk) issues
a number every 0.7 s, so the change watcher sees a change at nearly every poll.

A QTimer on the GUI thread ticks every 10 ms; a tick that comes late means the GUI thread was busy
(a frozen window). For each page, over ``SECONDS`` after a settling second:

- ``gui_<year>_stall_ms_max_<page>``: the longest gap between two ticks, minus the 10 ms interval;
- ``gui_<year>_frozen_pct_<page>``: the share of the time spent in gaps longer than 50 ms (what a
  clerk feels as a stutter), in percent.

Plus ``gui_<year>_stall_ms_max`` over all pages (goal: no stall over 100 ms), and
``gui_<year>_refresh_ms_<page>``: the median of 3 calls of the page's ``refresh()`` on the GUI thread,
what one change of the page's own data costs the GUI (a read handed to a pool thread counts only
its hand-over).
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import time
from pathlib import Path

from desk.bench import year_station

SECONDS = 6.0
TICK_MS = 10
FROZEN_GAP_MS = 50
ISSUE_EVERY_S = 0.7
PAGES = ("home", "intake_cases", "consultations", "ratings", "mediation_rooms", "mediation_cases", "audit",
         "access_log", "documents", "daily_log", "queue_setup", "users")


def _kiosk(url: str, stop: object) -> None:
    """Another terminal: a number every 0.7 s (services open: the kiosk's clock is today at 10:00)."""
    from desk.bench.queue_terminals import bench_actor, midday_clock
    from desk.services.context import Desk
    from desk.services.queue.config import list_services
    from desk.services.queue.issuing import issue_ticket
    from desk.store.engine import Database

    desk = Desk(Database(url), clock=midday_clock())
    actor = bench_actor("kiosk")
    services = [s.id for s in list_services(desk)][:4]  # not 调解咨询: its cap fills up
    n = 0
    while not stop.is_set():  # type: ignore[attr-defined]
        issue_ticket(desk, actor, services[n % len(services)])
        n += 1
        stop.wait(ISSUE_EVERY_S)  # type: ignore[attr-defined]
    desk.db.dispose()


def _refresh_ms(window: object, key: str) -> float | None:
    page = window.open_page(key)  # type: ignore[attr-defined]
    if not hasattr(page, "refresh"):
        return None
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        page.refresh()
        samples.append((time.perf_counter() - start) * 1000)
    return round(sorted(samples)[1], 1)


def _measure_page(app: object, window: object, key: str) -> tuple[float, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer

    window.open_page(key)  # type: ignore[attr-defined]
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    settle = time.perf_counter() + 1.0
    while time.perf_counter() < settle:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.005)
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    last[0] = clock.nsecsElapsed()
    timer.start()
    end = time.perf_counter() + SECONDS
    while time.perf_counter() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    timer.stop()
    stall = max((g - TICK_MS for g in gaps), default=0.0)
    frozen = sum(g for g in gaps if g > FROZEN_GAP_MS) / (SECONDS * 1000) * 100
    return round(max(0.0, stall), 1), round(frozen, 1)


def measure() -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from desk.core.permissions import Role
    from desk.services.context import Actor, Desk
    from desk.services.station import get_station
    from desk.store.engine import Database
    from desk.store.models import User
    from desk.ui.changes import ChangeWatcher
    from desk.ui.context import UiContext
    from desk.ui.main_window import MainWindow
    from desk.ui.terminal_settings import TerminalSettings
    from desk.ui.worker import wait_for_all

    name = year_station.label()
    app = QApplication.instance() or QApplication([])
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = year_station.working_copy(Path(tmp))
        desk = Desk(Database(url))
        with desk.db.reading() as session:
            manager = session.execute(select(User).where(User.username == "zhanzhang")).scalar_one()
            actor = Actor(manager.id, manager.username, manager.display_name, Role.MANAGER, 1, "bench")
        changes = ChangeWatcher(desk)
        window = MainWindow(UiContext(desk, actor, TerminalSettings(), get_station(desk), changes))
        window.resize(1366, 768)
        window.show()
        changes.start()
        stop = multiprocessing.get_context("spawn").Event()
        kiosk = multiprocessing.get_context("spawn").Process(target=_kiosk, args=(url, stop))
        kiosk.start()
        try:
            time.sleep(2.0)  # the kiosk process is up and issuing
            for key in PAGES:
                if key in window.page_keys():
                    stall, frozen = _measure_page(app, window, key)
                    results[f"gui_{name}_stall_ms_max_{key}"] = stall
                    results[f"gui_{name}_frozen_pct_{key}"] = frozen
                    results[f"gui_{name}_refresh_ms_{key}"] = _refresh_ms(window, key)
        finally:
            stop.set()
            kiosk.join(30)
            changes.stop()
            wait_for_all()
            window.close()
            desk.db.dispose()
    stalls = [v for k, v in results.items() if "_stall_ms_max_" in k]
    results[f"gui_{name}_stall_ms_max"] = max(stalls) if stalls else None  # type: ignore[type-var]
    return results
