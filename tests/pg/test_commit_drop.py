"""One press saves one record, even when the connection drops after the server committed.

Every service call goes through a loopback proxy that loses the reply to every 4th COMMIT (see
``commit_drop_proxy``). The server has saved the work; the desk only sees the line go dead. It must
neither save it again (a second ticket, a second receipt number) nor tell the clerk it failed (a
booking "refused" because it overlaps itself). Set-up and counting use a direct connection.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from stdnum.cn import ric

from desk.core.errors import DeskError, OutcomeUnknown
from desk.core.permissions import Role
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.intake import applicants, cases, catalogue
from desk.services.mediation import agreements, bookings
from desk.services.mediation import cases as med_cases
from desk.services.queue.issuing import issue_ticket
from desk.store import engine
from desk.store.engine import Database
from desk.store.models import AuditRecord
from desk.store.models.intake import IntakeCase, ServiceItem
from desk.store.models.mediation import MedBooking
from desk.store.models.mediation_case import MedAgreement
from desk.store.models.queue import QueueTicket
from tests.conftest import FakeClock, admin_actor, make_actor
from tests.pg.commit_drop_proxy import CommitDroppingProxy
from tests.services.mediation_setup import (
    MONDAY,
    at,
    make_roster,
    sample_agreement,
    sample_case,
    sample_parties,
)
from tests.services.queue_setup import make_hall

pytestmark = pytest.mark.pg


@dataclass
class Station:
    direct: Desk  # set-up and counting
    proxied: Desk  # the presses, through the proxy
    proxy: CommitDroppingProxy
    actors: dict[str, Actor] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def press(self, action: Callable[[Desk], object]) -> None:
        """One press of a button; an error shown to the clerk is counted, not raised."""
        try:
            action(self.proxied)
        except (DeskError, DBAPIError) as exc:
            self.errors.append(f"{type(exc).__name__}: {exc}")

    def count(self, model: type, *where: object) -> int:
        with self.direct.db.reading() as session:
            return int(session.execute(select(func.count()).select_from(model).where(*where)).scalar_one())

    def audited(self, action: str) -> int:
        return self.count(AuditRecord, AuditRecord.action == action)


@pytest.fixture
def station(pg_url: str) -> Iterator[Station]:
    clock = FakeClock()
    direct = Desk(Database(pg_url), clock=clock)
    admin_actor(direct)
    actors = {"manager": make_actor(direct, "manager1", Role.MANAGER),
              "clerk": make_actor(direct, "clerk1", Role.CLERK),
              "mediator": make_actor(direct, "mediator1", Role.MEDIATOR)}
    url = direct.db.url
    proxy = CommitDroppingProxy((url.host or "127.0.0.1", url.port or 5432), every=4)
    proxied = Desk(Database(proxy.url_for(pg_url)), clock=clock)
    yield Station(direct, proxied, proxy, actors)
    proxied.db.dispose()
    proxy.close()
    direct.db.dispose()


def _report(st: Station, presses: int, saved: int) -> str:
    return (f"{presses} presses -> {saved} records, {len(st.errors)} errors shown "
            f"({st.proxy.dropped} of {st.proxy.commits} COMMIT replies dropped); first: {st.errors[:1]}")


def test_tickets(station: Station) -> None:
    hall = make_hall(station.direct, station.actors["manager"])
    clerk = station.actors["clerk"]
    presses = 60
    for _ in range(presses):
        station.press(lambda desk: issue_ticket(desk, clerk, hall.a))
    tickets = station.count(QueueTicket)
    assert station.proxy.dropped >= 10
    assert (tickets, station.errors) == (presses, []), _report(station, presses, tickets)
    assert station.audited("queue.issue") == presses
    assert audit.verify(station.direct.db).ok


def test_intake_registrations(station: Station) -> None:
    clerk = station.actors["clerk"]
    with station.direct.db.reading() as session:
        item = session.execute(select(ServiceItem.id).where(ServiceItem.code == "CG-01")).scalar_one()
    received = tuple(range(1, len(catalogue.get_item(station.direct, clerk, item).materials) + 1))
    people = []
    for n in range(30):  # one applicant each, so a "same applicant, same item today" check cannot interfere
        body = f"11010119800101{n:03d}"
        people.append(applicants.save_applicant(station.direct, clerk, applicants.ApplicantInput(
            "person", f"申请人{n}", id_number=body + ric.calc_check_digit(body + "0"), phone="13812345678",
            address="示范市平安区幸福路1号")).id)
    for person in people:
        station.press(lambda desk, person=person: cases.take_in(
            desk, clerk, cases.IntakeRequest(item, person, received, "accept")))
    registered = station.count(IntakeCase)
    assert station.proxy.dropped >= 5
    assert (registered, station.errors) == (len(people), []), _report(station, len(people), registered)
    with station.direct.db.reading() as session:
        receipts = session.execute(select(IntakeCase.applicant_id, IntakeCase.receipt_no)).all()
    assert sorted(applicant for applicant, _ in receipts) == sorted(people)  # one receipt number each
    assert audit.verify(station.direct.db).ok


def test_mediation_bookings(station: Station) -> None:
    roster = make_roster(station.direct, admin_actor(station.direct))
    clerk = station.actors["clerk"]
    slots = [(MONDAY + timedelta(days=d), f"{h:02d}:00", f"{h + 1:02d}:00") for d in range(2) for h in range(9, 21)]
    for day, start, end in slots:  # room2 is open 09:00-21:00 every day: back-to-back hours
        station.press(lambda desk, day=day, start=start, end=end: bookings.create_booking(
            desk, clerk, roster.room2.id, at(day, start), at(day, end), [roster.mediator.id], title="邻里纠纷"))
    booked = station.count(MedBooking)
    assert station.proxy.dropped >= 4
    assert (booked, station.errors) == (len(slots), []), _report(station, len(slots), booked)
    assert station.audited("mediation.booking.create") == len(slots)
    assert audit.verify(station.direct.db).ok


def test_agreements(station: Station) -> None:
    mediator = station.actors["mediator"]
    case_ids = [med_cases.register_case(station.direct, mediator, sample_case(), sample_parties()).id
                for _ in range(20)]
    for case_id in case_ids:
        station.press(lambda desk, case_id=case_id: agreements.save_agreement(desk, mediator, case_id,
                                                                              sample_agreement()))
    for case_id in case_ids:
        station.press(lambda desk, case_id=case_id: agreements.record_signed(
            desk, mediator, case_id, date(2026, 11, 20), all_parties_signed=True, mediator_signed=True,
            seal_affixed=True))
    presses = 2 * len(case_ids)
    saved, signed = station.audited("mediation.agreement.save"), station.audited("mediation.agreement.signed")
    assert station.proxy.dropped >= 8
    assert (saved, signed, station.errors) == (len(case_ids), len(case_ids), []), (
        f"saved {saved}, signed {signed}: " + _report(station, presses, saved + signed))
    assert station.count(MedAgreement, MedAgreement.effective_on.is_not(None)) == len(case_ids)
    assert audit.verify(station.direct.db).ok


@pytest.mark.parametrize("outage_s", [0.6, 30.0])
def test_a_lost_commit_reply_then_an_outage(pg_url: str, monkeypatch: pytest.MonkeyPatch, outage_s: float) -> None:
    """The reply to COMMIT is lost and the server stays unreachable for a while. A short outage: the
    press waits and returns its ticket. A long one: it says it cannot tell, never "nothing was saved"."""
    monkeypatch.setattr(engine, "IN_DOUBT_WAIT_S", 3.0)
    clock = FakeClock()
    direct = Desk(Database(pg_url), clock=clock)
    hall = make_hall(direct, make_actor(direct, "manager1", Role.MANAGER))
    clerk = make_actor(direct, "clerk1", Role.CLERK)
    url = direct.db.url
    proxy = CommitDroppingProxy((url.host or "127.0.0.1", url.port or 5432), every=1, max_drops=1,
                                outage_s=outage_s)
    proxied = Desk(Database(proxy.url_for(pg_url)), clock=clock)
    try:
        if outage_s < engine.IN_DOUBT_WAIT_S:
            issued = issue_ticket(proxied, clerk, hall.a)
            assert issued.ticket.number == "A001"
        else:
            with pytest.raises(OutcomeUnknown, match="look for it in the list before you enter it again"):
                issue_ticket(proxied, clerk, hall.a)
        assert proxy.dropped == 1
        with direct.db.reading() as session:
            assert session.execute(select(QueueTicket.number)).scalars().all() == ["A001"]
    finally:
        proxied.db.dispose()
        proxy.close()
        direct.db.dispose()


@pytest.mark.parametrize("hold_s", [1.5, 30.0])
def test_a_lost_commit_on_a_line_the_server_keeps_open(pg_url: str, monkeypatch: pytest.MonkeyPatch,
                                                       hold_s: float) -> None:
    """The COMMIT never reached the server, whose side stays open in its transaction. The retry must
    not guess: it waits for that transaction to end (then saves once), or says it cannot tell."""
    monkeypatch.setattr(engine, "IN_DOUBT_WAIT_S", 5.0)
    clock = FakeClock()
    direct = Desk(Database(pg_url), clock=clock)
    hall = make_hall(direct, make_actor(direct, "manager1", Role.MANAGER))
    clerk = make_actor(direct, "clerk1", Role.CLERK)
    url = direct.db.url
    proxy = CommitDroppingProxy((url.host or "127.0.0.1", url.port or 5432), every=1, max_drops=1,
                                lose="request", hold_s=hold_s)
    proxied = Desk(Database(proxy.url_for(pg_url)), clock=clock)
    began = time.monotonic()
    try:
        if hold_s < engine.IN_DOUBT_WAIT_S:
            assert issue_ticket(proxied, clerk, hall.a).ticket.number == "A001"
            assert time.monotonic() - began >= hold_s  # it waited for the open transaction to end
        else:
            with pytest.raises(OutcomeUnknown):
                issue_ticket(proxied, clerk, hall.a)
            assert time.monotonic() - began < engine.IN_DOUBT_WAIT_S + 5
        assert proxy.dropped == 1
    finally:
        proxied.db.dispose()
        proxy.close()  # the server's side closes: the first attempt is rolled back
    with direct.db.reading() as session:
        numbers = session.execute(select(QueueTicket.number)).scalars().all()
    assert numbers == (["A001"] if hold_s < engine.IN_DOUBT_WAIT_S else [])
    direct.db.dispose()
