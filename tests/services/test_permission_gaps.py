"""Gaps in the services' own permission checks that the UI used to paper over (issue 11, item 6)."""

from __future__ import annotations

import pytest

from desk.core.errors import PermissionDenied
from desk.core.permissions import Permission, Role
from desk.documents.intake_receipt import RECEIPT_KIND
from desk.documents.mediation_agreement import AGREEMENT_KIND
from desk.documents.mediation_samples import sample_agreement_payload
from desk.services import issued_documents
from desk.services.context import Actor, Desk
from desk.services.intake import applicants
from desk.services.mediation import bookings, cases
from tests.services.intake_support import person
from tests.services.mediation_setup import MONDAY, Roster, at, make_roster, sample_case, sample_parties

KIOSK = Actor(None, "kiosk", "取号机", Role.CLERK, 1, "kiosk@test", only=frozenset({Permission.QUEUE_ISSUE}))
DISPLAY = Actor(None, "display", "叫号屏", Role.CLERK, 1, "display@test", only=frozenset())


@pytest.fixture
def roster(desk: Desk, admin: Actor) -> Roster:
    return make_roster(desk, admin)


@pytest.mark.parametrize("device", [KIOSK, DISPLAY], ids=["kiosk", "display"])
@pytest.mark.parametrize("kind", [RECEIPT_KIND, AGREEMENT_KIND])
def test_a_device_never_issues_an_official_paper(desk: Desk, device: Actor, kind: str) -> None:
    with pytest.raises(PermissionDenied):
        issued_documents.issue(desk, device, kind, "X-1", "伪造", sample_agreement_payload(2, 1), "x", 1)
    assert issued_documents.list_issued(desk, Actor(None, "a", "a", Role.ADMIN, 1)) == []


def test_each_role_issues_only_its_own_papers(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    with pytest.raises(PermissionDenied):
        issued_documents.issue(desk, clerk, AGREEMENT_KIND, "X-1", "协议", sample_agreement_payload(2, 1), "x", 1)
    issued = issued_documents.issue(desk, mediator, AGREEMENT_KIND, "X-1", "协议", sample_agreement_payload(2, 1),
                                    "med_case", 1)
    assert issued.kind == AGREEMENT_KIND
    with pytest.raises(PermissionDenied):
        issued_documents.issue(desk, mediator, RECEIPT_KIND, "SL-1", "回执", {}, "intake_case", 1)


def test_a_mediator_cannot_read_an_applicants_full_id(desk: Desk, clerk: Actor, mediator: Actor,
                                                     manager: Actor) -> None:
    applicant = person(desk, clerk)
    with pytest.raises(PermissionDenied):
        applicants.reveal_id_number(desk, mediator, applicant.id)
    assert applicants.reveal_id_number(desk, manager, applicant.id).startswith("1")


def test_clerks_see_when_the_room_is_taken_but_not_by_whom(desk: Desk, clerk: Actor, mediator: Actor,
                                                          roster: Roster) -> None:
    case = cases.register_case(desk, clerk, sample_case(), sample_parties())
    session = bookings.create_booking(desk, mediator, roster.room.id, at(MONDAY, "09:00"), at(MONDAY, "10:00"),
                                      [roster.mediator.id], case_id=case.id, parties="张三、李四", note="带调解材料")
    own = bookings.create_booking(desk, clerk, roster.room.id, at(MONDAY, "11:00"), at(MONDAY, "12:00"),
                                  [roster.lawyer.id], title="法律咨询")
    seen = {r.id: r for r in bookings.bookings_between(desk, clerk, at(MONDAY, "00:00"), at(MONDAY, "23:59"))}
    hidden = seen[session.id]
    assert (hidden.title, hidden.parties, hidden.case_number, hidden.case_id, hidden.note) == ("调解", "", "", None, "")
    assert (hidden.start_at, hidden.room_id) == (session.start_at, session.room_id)  # still blocks the room
    assert seen[own.id].title == "法律咨询"
    full = {r.id: r for r in bookings.bookings_between(desk, mediator, at(MONDAY, "00:00"), at(MONDAY, "23:59"))}
    assert full[session.id].parties == "张三、李四" and full[session.id].case_number == case.number
    with pytest.raises(PermissionDenied):
        bookings.move_booking(desk, clerk, session.id, roster.room.id, at(MONDAY, "14:00"), at(MONDAY, "15:00"))
    with pytest.raises(PermissionDenied):
        bookings.cancel_booking(desk, clerk, session.id, "改期")
    moved = bookings.move_booking(desk, clerk, own.id, roster.room.id, at(MONDAY, "14:00"), at(MONDAY, "15:00"))
    assert moved.start_at == at(MONDAY, "14:00")
    assert bookings.cancel_booking(desk, mediator, session.id, "当事人改期").cancelled


def test_the_room_page_offers_a_clerk_no_change_to_a_case_session(desk: Desk, clerk: Actor, mediator: Actor,
                                                                 roster: Roster) -> None:
    case = cases.register_case(desk, clerk, sample_case(), sample_parties())
    bookings.create_booking(desk, mediator, roster.room.id, at(MONDAY, "09:00"), at(MONDAY, "10:00"),
                            [roster.mediator.id], case_id=case.id)
    bookings.create_booking(desk, clerk, roster.room.id, at(MONDAY, "11:00"), at(MONDAY, "12:00"),
                            [roster.lawyer.id], title="法律咨询")
    day = (at(MONDAY, "00:00"), at(MONDAY, "23:59"))
    assert [r.may_change for r in bookings.bookings_between(desk, clerk, *day)] == [False, True]
    assert [r.may_change for r in bookings.bookings_between(desk, mediator, *day)] == [True, True]
