"""The intake demo: weeks of cases through the real services, nothing dated after now, all audited."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import func, select

from desk.cli.common import cli_actor
from desk.core.idnumbers import is_valid_resident_id
from desk.demo import DemoRun, station_and_users
from desk.demo import intake as demo_intake
from desk.services import audit
from desk.services.context import Desk
from desk.store.models.intake import Applicant, CaseEvent, Consultation, IntakeCase, Rating
from tests.conftest import FakeClock


def test_the_demo_fills_weeks_of_intake(sqlite_desk: Desk, clock: FakeClock) -> None:
    clock.now = datetime(2026, 11, 20, 2, 15, tzinfo=timezone.utc)  # Friday 10:15 in Shanghai
    run = DemoRun(sqlite_desk, cli_actor(), date(2026, 11, 20), days=15)
    station_and_users.populate(run)
    summary = demo_intake.populate(run)
    assert summary.startswith("intake: 93 applicants")
    with sqlite_desk.db.reading() as session:
        statuses = dict(session.execute(select(IntakeCase.status, func.count()).group_by(IntakeCase.status)).all())
        assert statuses["delivered"] + statuses["completed"] > 5 and statuses["waiting_materials"] >= 1 and statuses.get("accepted", 0) >= 1
        assert session.execute(select(func.max(CaseEvent.at))).scalar_one() <= clock.now
        numbers = session.execute(select(Applicant.id_number).where(Applicant.kind == "person")).scalars().all()
        assert all(is_valid_resident_id(n, today=date(2026, 11, 20)) for n in numbers)
        assert session.execute(select(func.count(Rating.id))).scalar_one() > 10
        assert session.execute(select(func.count(Consultation.id))).scalar_one() > 5
    assert audit.verify(sqlite_desk.db).ok
