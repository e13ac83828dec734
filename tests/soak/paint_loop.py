"""The soak run itself, started by ``test_paint_soak.py`` in a child process (issue 10, item 1).

It builds the real hall display (``HallDisplay``) and a clerk's desk (``MainWindow`` on the queue
workbench) over a fresh migrated SQLite database with the tests' fake clock, then repaints both
again and again while tickets flow: a kiosk issues numbers, the workbench calls, starts and
finishes them, another window does the same through the services, and both screens pick the
changes up through their change watchers. Every paint event Qt delivers is counted.

PySide6 6.12.0 on Python < 3.12 drops one reference to None in each void QPainter call; the count
falls until CPython aborts with ``Fatal Python error: none_dealloc``. So this runs in its own
process: the test checks that it exits normally, and reads the figures it prints as JSON lines:

    {"phase": "start", "python": "3.11.7", "pyside6": "6.11.3", "none_refs": 65102}
    {"phase": "progress", "paints": 10597, "python_paints": 562, "paint_drift": 6, ...}
    {"phase": "end", "paints": 30365, "python_paints": 1606, "paint_drift": 6, "tickets": 30, ...}

``paints`` counts every paint event the two screens' widgets get; ``python_paints`` those drawn by
Python code (the marquee, the tables' item delegate), where the leak happens. ``paint_drift`` is
how far ``sys.getrefcount(None)`` moved while screens with unchanged data were repainted (from
Python 3.12 None is immortal and the count is a constant).

    python -m tests.soak.paint_loop --paints 30000 --workdir /tmp/soak-run
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import time
from pathlib import Path


def emit(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def none_refs() -> int:
    gc.collect()
    return sys.getrefcount(None)


def main() -> int:
    parser = argparse.ArgumentParser(description="repaint the hall display and the workbench with tickets flowing")
    parser.add_argument("--paints", type=int, default=40_000, help="stop after this many paint events")
    parser.add_argument("--workdir", required=True, type=Path, help="an empty folder for the database and settings")
    parser.add_argument("--seconds", type=float, default=200.0, help="stop after this long whatever the count")
    parser.add_argument("--repaints", type=int, default=10, help="repaints of both screens between two ticket steps")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    os.environ["GRID_DESK_DATA_DIR"] = str(args.workdir / "data")
    os.environ["GRID_DESK_SETTINGS"] = str(args.workdir / "terminal.ini")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import PySide6
    from argon2 import PasswordHasher
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from desk.core.errors import DeskError
    from desk.core.permissions import Role
    from desk.services import passwords
    from desk.services.context import Desk
    from desk.services.queue import calling, serving
    from desk.services.queue.issuing import issue_ticket
    from desk.store import migrate
    from desk.store.engine import Database
    from desk.ui.main_window import MainWindow
    from desk.ui.queue.announcer import Speaker
    from desk.ui.queue.display import HallDisplay
    from desk.ui.queue.marquee import Marquee
    from desk.ui.queue.workbench import QueueWorkbench
    from desk.ui.worker import wait_for_all
    from tests.conftest import FakeClock, make_actor
    from tests.services.queue_setup import make_hall
    from tests.ui.conftest import ui_context

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.paints = 0
            self.python_paints = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
                # paints whose QPainter calls come from Python: the marquee, and the tables' item
                # delegate (ColourTextDelegate) painting into their viewports
                if isinstance(watched, Marquee) or isinstance(watched.parent(), QAbstractItemView):
                    self.python_paints += 1
            return False

    passwords.hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # as in the tests
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db_path = args.workdir / "data" / "grid-desk.sqlite3"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = Database("sqlite:///" + db_path.as_posix())
    migrate.upgrade(db)
    clock = FakeClock()  # 2026-11-20 09:30 in Shanghai; it moves 20 s per round below
    desk = Desk(db, clock=clock)
    manager = make_actor(desk, "boss", Role.MANAGER)
    other_clerk = make_actor(desk, "clerk2", Role.CLERK)
    hall = make_hall(desk, manager)  # windows 1-3; services A, B (all day) and C (afternoons)

    display = HallDisplay(desk, speaker=Speaker())  # as ``main.py display --silent``
    display.resize(1280, 800)
    display.show()
    context = ui_context(desk, make_actor(desk, "clerk1", Role.CLERK))
    context.settings.window_number = 1
    desk_window = MainWindow(context)
    desk_window.resize(1280, 800)
    desk_window.show()
    workbench = desk_window.open_page("queue")
    assert isinstance(workbench, QueueWorkbench)
    context.changes.start()

    counter = PaintCounter()
    app.installEventFilter(counter)
    rng = random.Random(10)
    tickets = calls = refusals = 0
    emit(phase="start", python=sys.version.split()[0], pyside6=PySide6.__version__, none_refs=none_refs())

    def flow() -> None:
        """One step of a busy hall: a number taken, window 1 (this desk) and window 2 (elsewhere) move on."""
        nonlocal tickets, calls, refusals
        clock.advance(seconds=20)
        try:
            issue_ticket(desk, manager, rng.choice([hall.a, hall.b, hall.c]))
            tickets += 1
        except DeskError:
            refusals += 1  # C opens at 13:00: before that the kiosk refuses, as it should
        # this desk's own buttons, in a clerk's order (a refusal shows as a sentence on the page)
        (workbench.call_next, workbench.start, workbench.finish)[rounds % 3]()
        for action in (serving.finish_service, calling.call_next):
            try:
                action(desk, other_clerk, 2)
                calls += action is calling.call_next
            except DeskError:
                pass
        display.changes.poll()
        context.changes.poll()

    def repaint_both() -> None:
        display.repaint()
        desk_window.repaint()
        app.processEvents()  # the marquee's 30 ms timer, the change watchers' own polls

    # Each round: tickets move and both screens rebuild what changed; one repaint shows the new rows
    # (with PySide6 6.11 every QLabel made and deleted leaves None's count ~16 higher: harmless, a
    # count that rises never reaches zero, so that repaint is not measured); then the screens
    # are painted over and over with nothing changing, and None's count must not move at all. Only
    # those settled paints are summed into ``paint_drift``. PySide6 6.12.0 on Python < 3.12 loses a
    # reference in every void QPainter call, so there it falls by several per Python-drawn paint.
    started = time.monotonic()
    paint_drift = rounds = rising_rounds = 0
    lowest = first = none_refs()
    next_report = 10_000
    while counter.paints < args.paints and time.monotonic() - started < args.seconds:
        flow()
        app.processEvents()
        # Pages read their rows off the GUI thread (desk.ui.worker): let this round's reads land and
        # their rows be built before the settled paints are measured, as a clerk's screen settles.
        wait_for_all()
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop would: old rows' labels go
        repaint_both()
        # A layout settles over a second pass (a page's scroll bar appears when the new rows made it
        # taller): let it, so the measured paints are of a screen that no longer changes.
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        repaint_both()
        before = none_refs()
        for _ in range(args.repaints):
            repaint_both()
        after = none_refs()
        paint_drift += after - before
        if os.environ.get("GRID_DESK_SOAK_TRACE"):
            emit(phase="round", round=rounds, drift=after - before)
        rising_rounds += after > before
        lowest = min(lowest, after)
        rounds += 1
        if counter.paints >= next_report:
            emit(phase="progress", paints=counter.paints, python_paints=counter.python_paints,
                 paint_drift=paint_drift, none_refs=after, seconds=round(time.monotonic() - started, 1))
            next_report += 10_000
    last = none_refs()
    emit(phase="end", paints=counter.paints, python_paints=counter.python_paints, rounds=rounds,
         paint_drift=paint_drift, rising_rounds=rising_rounds, none_refs_first=first, none_refs_lowest=lowest, none_refs_last=last,
         tickets=tickets, calls=calls, refusals=refusals, seconds=round(time.monotonic() - started, 1))
    app.removeEventFilter(counter)
    context.changes.stop()
    desk_window.close()
    display.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
