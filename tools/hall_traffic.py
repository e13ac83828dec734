"""Keep a hall busy for a long-running check of the hall display or the desk (issue 10, item 1).

Every few seconds a citizen takes a number and one window moves on: finishes its number, calls the
next and starts serving it (now and then it recalls or marks a no-show), all through the services,
exactly as a kiosk and the windows' desks would from other terminals. Runs until stopped (or for
``--minutes``) against the database a display shows:

    python tools/hall_traffic.py --db sqlite:////tmp/soak/x.sqlite3 --every 3
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk.core.errors import DeskError  # noqa: E402
from desk.core.permissions import Role  # noqa: E402
from desk.services.context import Actor, Desk  # noqa: E402
from desk.services.queue import calling, serving  # noqa: E402
from desk.services.queue.config import list_services, window_services  # noqa: E402
from desk.services.queue.issuing import issue_ticket  # noqa: E402
from desk.store.engine import Database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, metavar="URL")
    parser.add_argument("--every", type=float, default=3.0, help="seconds between steps")
    parser.add_argument("--minutes", type=float, default=0.0, help="stop after this long (0 = run until killed)")
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    db = Database(args.db)
    desk = Desk(db)
    kiosk = Actor(None, "traffic-kiosk", "取号机 (traffic)", Role.CLERK, 1, "traffic")
    clerk = Actor(None, "traffic-clerk", "窗口 (traffic)", Role.MANAGER, 1, "traffic")
    services = [s.id for s in list_services(desk, active_only=True)]
    windows = sorted(window_services(desk))
    stop_at = time.monotonic() + args.minutes * 60 if args.minutes else None
    counts = {"issued": 0, "called": 0, "finished": 0, "refused": 0}
    while stop_at is None or time.monotonic() < stop_at:
        try:
            issue_ticket(desk, kiosk, rng.choice(services))
            counts["issued"] += 1
        except DeskError:
            counts["refused"] += 1  # a daily cap or closing time: a kiosk would say so
        window = rng.choice(windows)
        for step in (serving.finish_service, calling.call_next, serving.start_service):
            try:
                if step is serving.start_service and rng.random() < 0.1:
                    (calling.recall if rng.random() < 0.5 else serving.mark_no_show)(desk, clerk, window)
                    break
                row = step(desk, clerk, window)
                if step is serving.finish_service:
                    counts["finished"] += 1
                if step is calling.call_next and row is not None:
                    counts["called"] += 1
            except DeskError:
                pass  # nothing to finish, nobody waiting, on a break: the next window goes on
        print(time.strftime("%H:%M:%S"), counts, flush=True)
        time.sleep(args.every)
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
