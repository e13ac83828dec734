"""Several OS processes on one SQLite file, issuing and calling at once: no duplicate number, no lost
ticket, no ticket served twice, and no error ("database is locked") reaches anybody."""

from __future__ import annotations

import pytest

from desk.bench.queue_terminals import check, run_terminals, set_up_hall
from desk.services.context import Desk
from desk.store.engine import Database

pytestmark = pytest.mark.slow


def test_six_processes_share_one_sqlite_file(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    service_ids = set_up_hall(Desk(db), 6)
    results = run_terminals(sqlite_url, processes=6, rounds=25, service_ids=service_ids)
    report = check(db, results)
    db.dispose()
    assert report.errors == 0, report.first_error
    assert report.tickets == 6 * (25 + 1)  # one warm-up round each
    assert (report.duplicates, report.lost, report.served_twice) == (0, 0, 0)
    assert sum(len(r.served) for r in results) > 0
