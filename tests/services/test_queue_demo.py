"""The demo queue: services, window assignments and a believable history, all audited."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select

from desk.cli import build_parser
from desk.cli.common import cli_actor
from desk.demo import DemoRun, station_and_users
from desk.demo import queue as demo_queue
from desk.services import audit
from desk.services.context import Desk
from desk.services.queue.config import list_services, window_services
from desk.store.models.queue import QueueTicket, QueueTicketEvent
from tests.conftest import FakeClock


def test_the_demo_builds_a_hall_with_weeks_of_history(sqlite_desk: Desk, clock: FakeClock) -> None:
    clock.now = datetime(2026, 11, 20, 2, 15, tzinfo=timezone.utc)  # Friday 10:15 in Shanghai
    run = DemoRun(sqlite_desk, cli_actor(), date(2026, 11, 20), days=14)
    station_and_users.populate(run)
    summary = demo_queue.populate(run)
    assert "10 working days" in summary and "live queue" in summary
    assert [s.prefix for s in list_services(sqlite_desk)] == ["A", "B", "C", "D", "E"]
    assert set(window_services(sqlite_desk)) == {1, 2, 3, 4, 5, 6}
    with sqlite_desk.db.reading() as session:
        past = select(QueueTicket).where(QueueTicket.day < date(2026, 11, 20))
        statuses = dict(session.execute(select(QueueTicket.status, func.count()).where(
            QueueTicket.day < date(2026, 11, 20)).group_by(QueueTicket.status)).all())
        assert set(statuses) <= {"done", "no_show"} and statuses["done"] > 500  # nobody left waiting overnight
        clerks = set(session.execute(select(QueueTicket.clerk_id).where(QueueTicket.day < date(2026, 11, 20))).scalars())
        assert {run.users[name].user_id for name in ("chuangkou1", "chuangkou2", "chuangkou3")} <= clerks
        one = session.execute(past.limit(1)).scalar_one()
        assert one.called_at is not None and one.issued_at <= one.called_at
        assert session.execute(select(func.count()).select_from(QueueTicketEvent)).scalar_one() > 2000
        today = session.execute(select(QueueTicket.status).where(QueueTicket.day == date(2026, 11, 20))).scalars().all()
        assert "waiting" in today and "called" in today
    assert audit.verify(sqlite_desk.db).ok


def test_the_queue_commands_parse() -> None:
    args = build_parser().parse_args(["kiosk", "--db", "sqlite:///x.sqlite3", "--screen", "1", "--windowed"])
    assert (args.screen, args.windowed, args.db) == (1, True, "sqlite:///x.sqlite3")
    args = build_parser().parse_args(["display", "--silent"])
    assert args.silent and args.screen is None and not args.windowed


@pytest.mark.parametrize("utc_hour_minute", [(0, 45), (4, 0), (8, 20), (12, 0)])  # 08:45, 12:00, 16:20, 20:00 local
def test_the_demo_can_be_made_at_any_hour(sqlite_desk: Desk, clock: FakeClock,
                                          utc_hour_minute: tuple[int, int]) -> None:
    """start.sh makes the demo on first start, whatever the time: services closed then must not break it."""
    hour, minute = utc_hour_minute
    clock.now = datetime(2026, 11, 22, hour, minute, tzinfo=timezone.utc)  # a Sunday in Shanghai
    run = DemoRun(sqlite_desk, cli_actor(), date(2026, 11, 22), days=3)
    station_and_users.populate(run)
    assert "services" in demo_queue.populate(run)
    assert audit.verify(sqlite_desk.db).ok
