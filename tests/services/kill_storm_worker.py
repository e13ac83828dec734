"""One terminal in the kill -9 storm (tests/services/test_kill_storm.py): a kiosk and a window at once.

It writes a line to its acknowledgement file only after a service call returned, the moment a clerk
or a citizen would have seen the result. The test kills it at random with SIGKILL and starts it again;
whatever was acknowledged must be in the database afterwards, once, and never served twice.

    python -m tests.services.kill_storm_worker URL WINDOW ACK_FILE SERVICE_ID[,SERVICE_ID...]
"""

from __future__ import annotations

import sys

from desk.bench.queue_terminals import bench_actor, midday_clock
from desk.core.errors import DeskError
from desk.services.context import Desk
from desk.services.queue import calling, serving
from desk.services.queue.issuing import issue_ticket
from desk.store.engine import Database


def main(url: str, window: int, ack_path: str, service_ids: list[int]) -> None:
    desk = Desk(Database(url), clock=midday_clock())
    actor = bench_actor(f"storm{window}")
    with open(ack_path, "a", buffering=1, encoding="utf-8") as ack:  # line-buffered: one write per result
        try:  # a killed predecessor may have left this window serving a number
            done = serving.finish_service(desk, actor, window)
            ack.write(f"F {done.id}\n")
        except DeskError:
            pass
        for i in range(1_000_000):
            ticket = issue_ticket(desk, actor, service_ids[i % len(service_ids)], priority=i % 7 == 3).ticket
            ack.write(f"I {ticket.id} {ticket.number}\n")
            called = calling.call_next(desk, actor, window)
            if called is not None:
                ack.write(f"C {called.id}\n")
                done = serving.finish_service(desk, actor, window)
                ack.write(f"F {done.id}\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], [int(s) for s in sys.argv[4].split(",")])
