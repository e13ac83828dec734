"""Every query of the daily log that filters by a date reads through an index on that date, so a day
costs the same after five years of history (issue 14). Checked with SQLite's EXPLAIN QUERY PLAN on
the statements the daily log really sends, for a day still running and for a past day (which reads
the cases' history at midnight)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Date, DateTime, event

from desk.core.permissions import Role
from desk.services.context import Desk
from desk.services.report.log import daily_log
from desk.store.models import Base
from tests.conftest import FakeClock, admin_actor, make_actor
from tests.services.report_support import DAY, make_busy_day

# table -> its date and time columns, from the models (a new one is checked without a change here)
DATES = {table.name: {c.name for c in table.columns if isinstance(getattr(c.type, "impl", c.type), (Date, DateTime))}
         for table in Base.metadata.sorted_tables}
COMPARED = re.compile(r"\b(\w+)\.(\w+) (?:>=|<=|<|>) \?")
SEARCH = re.compile(r"SEARCH (\w+) USING (?:COVERING )?INDEX \w+ \((.*)\)")
# Statements whose date filter is not what finds their rows, and why.
NOT_BY_DATE = {
    "med_agreement_term": "follow-ups due: every agreement in force by the last day, as the figure is defined",
    "FROM intake_case_event": "the history of the cases running at the end, read by case id",
}


def _statements(desk: Desk, clock: FakeClock) -> list[tuple[str, Any]]:
    admin = admin_actor(desk)
    manager = make_actor(desk, "manager1", Role.MANAGER)
    make_busy_day(desk, admin, manager, make_actor(desk, "clerk1", Role.CLERK),
                  make_actor(desk, "mediator1", Role.MEDIATOR), clock)
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((" ".join(statement.split()), parameters))

    event.listen(desk.db.engine, "before_cursor_execute", grab)
    try:
        daily_log(desk, manager, DAY)  # the day still running (17:30)
        clock.advance(days=2)
        daily_log(desk, manager, DAY)  # the same day once over: its state at midnight
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", grab)
    return seen


def test_every_date_filter_of_the_daily_log_reads_through_an_index(sqlite_desk: Desk, clock: FakeClock) -> None:
    statements = _statements(sqlite_desk, clock)
    checked, unindexed = set(), []
    with sqlite_desk.db.engine.connect() as conn:
        for statement, parameters in statements:
            dated: dict[str, set[str]] = {}
            for table, column in COMPARED.findall(statement):
                if column in DATES.get(table, ()):
                    dated.setdefault(table, set()).add(column)
            if not dated or any(marker in statement for marker in NOT_BY_DATE):
                continue
            plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            for table, columns in dated.items():
                searched = [m.group(2) for m in map(SEARCH.match, plan) if m and m.group(1) == table]
                if not any(re.search(rf"\b{c}[<>=]", used) for c in columns for used in searched):
                    unindexed.append(f"{table} by {sorted(columns)}: {plan}\n  {statement[:200]}")
                checked.add((table, *sorted(columns)))
    assert not unindexed, "\n".join(unindexed)
    # the figures of each kind were all among those checked (the test did not pass by seeing none)
    for table in ("queue_ticket", "intake_case", "consultation", "rating", "med_case", "med_session",
                  "med_agreement", "med_followup", "med_booking", "daily_note", "report_day_close"):
        assert any(key[0] == table for key in checked), table
