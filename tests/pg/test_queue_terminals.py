"""Twenty OS processes on one PostgreSQL database, issuing and calling at once (the 20-window hall)."""

from __future__ import annotations

import os

import pytest

from desk.bench.queue_terminals import check, run_terminals, set_up_hall
from desk.services.context import Desk
from desk.store.engine import Database
from tests.conftest import PG_ENV, PG_SKIP_REASON

pytestmark = [pytest.mark.pg, pytest.mark.slow]


@pytest.fixture
def hall_url(request: pytest.FixtureRequest) -> str:
    if not os.environ.get(PG_ENV) and os.environ.get("GRID_DESK_REQUIRE_PG") != "1":
        pytest.skip(PG_SKIP_REASON)
    return str(request.getfixturevalue("pg_url"))


def test_twenty_terminals_on_postgresql(hall_url: str) -> None:
    db = Database(hall_url)
    service_ids = set_up_hall(Desk(db), 20)
    results = run_terminals(hall_url, processes=20, rounds=20, service_ids=service_ids)
    report = check(db, results)
    db.dispose()
    assert report.errors == 0, report.first_error
    assert report.tickets == 20 * (20 + 1)  # one warm-up round each
    assert (report.duplicates, report.lost, report.served_twice) == (0, 0, 0)
    assert sum(len(r.served) for r in results) > 0
