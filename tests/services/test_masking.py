"""Phones are masked like ID numbers on screens, lists and receipts, and the kiosk and the hall
display never receive an unmasked name or phone (the services mask before anything leaves them)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desk.core.idnumbers import mask_name, mask_phone
from desk.core.permissions import Permission, Role
from desk.services.context import Actor, Desk
from desk.services.intake import applicants, case_documents, case_queries, consultations
from desk.services.mediation import cases as mediation_cases
from desk.services.queue import board, window_state
from desk.services.queue.calling import call_next
from desk.services.queue.issuing import issue_ticket
from desk.store.models import AuditRecord
from desk.store.models.access import AccessRecord
from tests.documents.helpers import pdf_text, squash
from tests.services.intake_support import PERSON_ID, person, take_in
from tests.services.mediation_setup import sample_case, sample_parties
from tests.services.queue_setup import make_hall

FULL_PHONE, FULL_NAME = "13812345678", "张三华"
KIOSK = frozenset({Permission.QUEUE_ISSUE})


def device(kind: str, only: frozenset[Permission]) -> Actor:
    return Actor(None, kind, kind, Role.CLERK, 1, f"{kind}@test", only=only)


@pytest.mark.parametrize(("phone", "shown"), [
    ("13812345678", "138****5678"), ("021-12341234", "021-****1234"), ("0571-8888888", "0571-***8888"),
    ("0571-8888888-123", "0571-***8888"), ("12345", "12345"), ("400-123-4567", "400-123-4567"),
    ("", ""), ("123", "***"),
])
def test_one_phone_rule(phone: str, shown: str) -> None:
    assert mask_phone(phone) == shown


@pytest.mark.parametrize(("name", "shown"), [("张三华", "张*华"), ("张三", "张*"), ("欧阳娜娜", "欧**娜"), ("张", "*"), ("", "")])
def test_one_name_rule(name: str, shown: str) -> None:
    assert mask_name(name) == shown


def test_the_board_and_the_kiosk_never_get_a_full_name_or_phone(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    issue_ticket(desk, clerk, hall.a, citizen_name=FULL_NAME, citizen_phone=FULL_PHONE, source="window")
    kiosk = issue_ticket(desk, device("kiosk", KIOSK), hall.a, citizen_name="李四光", citizen_phone="13987654321")
    assert (kiosk.ticket.citizen_name, kiosk.ticket.citizen_phone) == ("李*光", "139****4321")
    rows = board.waiting_tickets(desk, 1)
    assert len(rows) == 2
    dumped = repr(rows) + repr(board.hall_board(desk))
    for secret in (FULL_NAME, FULL_PHONE, "李四光", "13987654321"):
        assert secret not in dumped
    assert {(r.citizen_name, r.citizen_phone) for r in rows} == {("张*华", "138****5678"), ("李*光", "139****4321")}


def test_window_status_is_whole_for_the_serving_clerk_only(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    issue_ticket(desk, clerk, hall.a, citizen_name=FULL_NAME, citizen_phone=FULL_PHONE, source="window")
    call_next(desk, clerk, 1)
    mine = window_state.window_status(desk, clerk, 1).current
    assert mine is not None and (mine.citizen_name, mine.citizen_phone) == (FULL_NAME, FULL_PHONE)
    for watcher in (device("display", frozenset()), device("kiosk", KIOSK)):
        seen = window_state.window_status(desk, watcher, 1)
        assert FULL_NAME not in repr(seen) and FULL_PHONE not in repr(seen)


def test_applicant_lists_receipts_and_the_audit_trail_show_masked_phones(desk: Desk, clerk: Actor,
                                                                          manager: Actor) -> None:
    applicant = person(desk, clerk, phone=FULL_PHONE)
    assert applicant.phone == "138****5678"
    found = applicants.search_applicants(desk, clerk, "张三")
    assert [a.phone for a in found] == ["138****5678"]
    case = take_in(desk, clerk, "CG-01", applicant.id)
    detail = case_queries.get_case(desk, clerk, case.row.id)
    assert detail.applicant.phone == "138****5678"
    issued = case_documents.issue_case_document(desk, clerk, case.row.id)
    text = squash("".join(pdf_text(issued.pdf)))
    assert "138****5678" in text and FULL_PHONE not in text
    with desk.db.reading() as session:
        trail = " ".join(str(r.after_json) for r in session.execute(select(AuditRecord)).scalars())
    assert FULL_PHONE not in trail


def test_an_unchanged_masked_phone_keeps_the_number_and_reveal_is_audited(desk: Desk, clerk: Actor) -> None:
    applicant = person(desk, clerk, phone=FULL_PHONE)
    form = applicants.applicant_input(desk, clerk, applicant.id)
    assert form.phone == "138****5678" and PERSON_ID not in repr(form)
    applicants.update_applicant(desk, clerk, applicant.id, replace(form, address="新地址1号"))
    assert applicants.reveal_phone(desk, clerk, applicant.id) == FULL_PHONE
    applicants.update_applicant(desk, clerk, applicant.id, replace(form, phone="13900001111"))
    assert applicants.reveal_phone(desk, clerk, applicant.id) == "13900001111"
    with desk.db.reading() as session:  # reads leave access records (they move no change counter)
        actions = list(session.execute(select(AccessRecord.action)).scalars())
    assert actions.count("applicant.view_full_phone") == 2


def test_consultation_lists_show_masked_phones(desk: Desk, clerk: Actor) -> None:
    consultations.log_consultation(desk, clerk, consultations.ConsultationInput(
        channel="walk_in", topic="社保", question="怎么办", answer="带身份证", caller_name="王五",
        caller_phone=FULL_PHONE))
    rows = consultations.list_consultations(desk, clerk)
    assert [r.caller_phone for r in rows] == ["138****5678"]


def test_mediation_parties_are_masked_for_roles_without_full_id_rights(desk: Desk, clerk: Actor,
                                                                       mediator: Actor, manager: Actor) -> None:
    parties = [replace(p, id_number="110101198001010010") if i == 0 else p for i, p in enumerate(sample_parties())]
    registered = mediation_cases.register_case(desk, clerk, sample_case(), parties)
    whole = mediation_cases.get_case(desk, mediator, registered.id)
    assert [p.phone for p in whole.parties] == ["13812345678", "021-55550102"]
    assert whole.parties[0].id_number == "110101198001010010"
    # A reader without ID_VIEW_FULL (a manager's rights narrowed, as a device or a future role would be).
    reader = replace(manager, only=frozenset({Permission.MEDIATION_READ}))
    masked = mediation_cases.get_case(desk, reader, registered.id)
    assert [p.phone for p in masked.parties] == ["138****5678", "021-****0102"]
    assert masked.parties[0].id_number == "110***********0010"
    assert "13812345678" not in repr(masked) and "110101198001010010" not in repr(masked)
