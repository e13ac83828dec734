"""The year's demo (``python main.py demo --year --scale F``): a 20-window hall's daily volume, bulk
queue history with the audit chain the services would have written, and a chain that verifies."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from itertools import pairwise

from sqlalchemy import func, select

from desk.cli import build_parser
from desk.cli.common import cli_actor
from desk.demo import DemoRun, populate
from desk.services import audit
from desk.services.context import Desk
from desk.store.models import AuditRecord, Counter
from desk.store.models.intake import IntakeCase
from desk.store.models.mediation_case import MedCase
from desk.store.models.queue import QueueTicket, QueueTicketEvent
from tests.conftest import FakeClock


def test_one_percent_of_the_year_has_a_busy_halls_days_and_a_chain_that_verifies(desk: Desk,
                                                                                  clock: FakeClock) -> None:
    clock.now = datetime(2026, 12, 31, 11, 0, tzinfo=timezone.utc)  # year end, 19:00 in Shanghai: hall closed
    run = DemoRun(desk, cli_actor(), date(2026, 12, 31), days=4, scale=0.01)  # 4 calendar days, as --scale 0.01
    populate(run)
    with desk.db.reading() as session:
        assert session.execute(select(func.count(Counter.id))).scalar_one() == 20
        days = session.execute(select(QueueTicket.day, func.count()).group_by(QueueTicket.day)).all()
        assert days and all(1000 <= n <= 1400 for _day, n in days)  # ~300,000 over ~250 working days
        statuses = set(session.execute(select(QueueTicket.status).distinct()).scalars())
        assert statuses == {"done", "no_show"}  # nobody left waiting overnight
        tickets = sum(n for _day, n in days)
        records = session.execute(select(func.count(AuditRecord.seq))
                                  .where(AuditRecord.entity == "queue_ticket")).scalar_one()
        assert records >= 4 * tickets  # issue, call, start, finish (or no-show), as the services write
        cases = session.execute(select(func.count(IntakeCase.id))).scalar_one()
        assert 180 * len(days) <= cases <= 300 * len(days)  # ~60,000 a year
        assert session.execute(select(func.count(MedCase.id))).scalar_one() == 50  # 1% of 5,000
        one = session.execute(select(QueueTicket.id).where(QueueTicket.status == "done").limit(1)).scalar_one()
        trail = session.execute(select(AuditRecord.action, AuditRecord.before_json, AuditRecord.after_json,
                                       AuditRecord.username).where(
            AuditRecord.entity == "queue_ticket", AuditRecord.entity_id == str(one)).order_by(AuditRecord.seq)).all()
        events = session.execute(select(QueueTicketEvent.ticket_id, QueueTicketEvent.at)
                                 .order_by(QueueTicketEvent.ticket_id, QueueTicketEvent.id)).all()
    assert all(a.at <= b.at for a, b in pairwise(events) if a.ticket_id == b.ticket_id)  # in order
    assert [t.action for t in trail][:1] == ["queue.issue"] and trail[0].username == "kiosk"
    assert [t.action for t in trail][-3:] == ["queue.called", "queue.started", "queue.finished"]
    assert json.loads(trail[-1].before_json)["status"] == "serving" and json.loads(trail[-1].after_json)["status"] == "done"
    assert trail[-1].username.startswith("chuangkou")
    report = audit.verify(desk.db)
    assert report.ok, report.problem


def test_the_year_options_parse() -> None:
    args = build_parser().parse_args(["demo", "--year", "--scale", "0.1"])
    assert args.year and args.scale == 0.1
