"""Reads of personal data are audited the same way everywhere (access records: who looked at which
applicant, party, user or document, when) and never move the change counter other terminals poll."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import func, select

from desk.services import access_log, audit, issued_documents, users
from desk.services.changes import change_mark
from desk.services.context import Actor, Desk
from desk.services.intake import applicants, case_queries, consultations, ratings
from desk.services.mediation import bookings, cases
from desk.store.models.access import AccessRecord
from tests.services.intake_support import person, take_in
from tests.services.mediation_setup import sample_case, sample_parties

START, END = datetime(2000, 1, 1, tzinfo=timezone.utc), datetime(2100, 1, 1, tzinfo=timezone.utc)


def _records(desk: Desk) -> list[tuple[str, str, str, str]]:
    with desk.db.reading() as session:
        return [(r.username, r.action, r.subject, r.subject_ids) for r in
                session.execute(select(AccessRecord).order_by(AccessRecord.id)).scalars()]


def test_every_personal_read_leaves_an_access_record_and_moves_no_change_counter(
        desk: Desk, clerk: Actor, manager: Actor, mediator: Actor) -> None:
    applicant = person(desk, clerk)
    take_in(desk, clerk, "CG-01", applicant.id)
    case = cases.register_case(desk, clerk, sample_case(), sample_parties())
    mark = change_mark(desk)
    reads = [
        (clerk, lambda: applicants.search_applicants(desk, clerk, applicant.name[:1]), "applicant.search"),
        (clerk, lambda: applicants.get_applicant(desk, clerk, applicant.id), "applicant.read"),
        (manager, lambda: applicants.reveal_id_number(desk, manager, applicant.id), "applicant.view_full_id"),
        (clerk, lambda: case_queries.list_cases(desk, clerk), "case.list"),
        (mediator, lambda: cases.list_cases(desk, mediator), "mediation.case.list"),
        (mediator, lambda: cases.get_case(desk, mediator, case.id), "mediation.case.read"),
        (manager, lambda: users.list_users(desk, manager), "user.list"),
        (manager, lambda: audit.list_records(desk, manager, audit.AuditFilter()), "audit.list"),
    ]
    for actor, call, action in reads:
        before = len(_records(desk))
        call()
        added = _records(desk)[before:]
        assert [(a[0], a[1]) for a in added] == [(actor.username, action)], action
    assert change_mark(desk) == mark  # no terminal reloads its pages because somebody looked at something
    by_subject = {a[1]: a[3] for a in _records(desk)}
    assert by_subject["applicant.read"] == f",{applicant.id},"
    assert by_subject["mediation.case.read"] == f",{case.id},"


def test_empty_results_write_nothing_and_the_log_is_searchable(desk: Desk, clerk: Actor, manager: Actor) -> None:
    applicant = person(desk, clerk)
    assert applicants.search_applicants(desk, clerk, "不存在的名字") == []
    assert consultations.list_consultations(desk, clerk) == []
    assert ratings.list_ratings(desk, manager) == []
    assert issued_documents.list_issued(desk, clerk) == []
    assert bookings.bookings_between(desk, clerk, START, END) == []
    assert _records(desk) == []
    applicants.get_applicant(desk, clerk, applicant.id)
    applicants.get_applicant(desk, manager, applicant.id)
    rows, total = access_log.list_access(desk, manager, start=START, end=END, subject="applicant",
                                         subject_id=applicant.id)
    assert total == 2 and [r.username for r in rows] == [manager.username, clerk.username]  # newest first
    rows, total = access_log.list_access(desk, manager, start=START, end=END, subject_id=applicant.id + 1000)
    assert (rows, total) == ([], 0)
    # looking at the access log is itself recorded (when it showed something)
    with desk.db.reading() as session:
        assert session.execute(select(func.count()).where(AccessRecord.action == "access.list")).scalar_one() == 1
