"""The mediation figures count only the station's own cases: sessions, agreements and visits are read
by their date and matched to the station's cases afterwards (mediation_figures), so another station's
mediation on the same day must change nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select

from desk.services.context import Actor, Desk
from desk.services.report.log import daily_log
from desk.store.models import Station
from desk.store.models.mediation_case import MedAgreement, MedCase, MedFollowUp, MedSession
from tests.conftest import FakeClock
from tests.services.report_support import DAY, local, make_busy_day


def _other_station_mediates_on(desk: Desk) -> None:
    with desk.db.engine.begin() as conn:
        # an explicit id: the first station was inserted with its id, so PostgreSQL's sequence is still at 1
        station = conn.execute(select(func.max(Station.id))).scalar_one() + 1
        conn.execute(insert(Station).values(id=station, name="示范市幸福家园社区网格工作站（第二网格）",
                                            created_at=local(DAY, "08:00")))
        case = conn.execute(insert(MedCase).values(
            station_id=station, year=DAY.year, serial=1, number=f"调字〔{DAY.year}〕第1号", source="application",
            dispute_type="物业纠纷", title="示范市幸福家园物业管理有限公司物业费纠纷", status="closed",
            accepted_on=DAY, registered_by="调解员", registered_at=local(DAY, "09:30"), outcome="success", closed_on=DAY).returning(MedCase.id)).scalar_one()
        conn.execute(insert(MedSession).values(case_id=case, kind="session", held_at=local(DAY, "10:00"),
                                               place="调解室", record="记录", created_by="med"))
        agreement = conn.execute(insert(MedAgreement).values(
            case_id=case, number="协1", kind="written", effective_on=DAY).returning(MedAgreement.id)).scalar_one()
        conn.execute(insert(MedFollowUp).values(agreement_id=agreement, visited_on=DAY, party_name="张三",
                                                method="phone", performance="full", notes="已履行", visitor="调解员"))


def test_another_stations_mediation_changes_none_of_the_figures(desk: Desk, admin: Actor, manager: Actor,
                                                                clerk: Actor, mediator: Actor, clock: FakeClock) -> None:
    make_busy_day(desk, admin, manager, clerk, mediator, clock)
    tables: Any = ("mediation.by_type", "mediation.rooms")
    before = [daily_log(desk, manager, DAY).figures.table(key) for key in tables]
    sessions = before[0].total.values[1] if before[0].total is not None else None
    assert isinstance(sessions, int) and sessions > 0  # the day has its own sessions to keep apart
    _other_station_mediates_on(desk)
    assert [daily_log(desk, manager, DAY).figures.table(key) for key in tables] == before
