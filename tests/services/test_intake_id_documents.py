"""Applicants without an 18-digit number (issue 12, item 16): they register with the document type and
number, which is masked like an ID number wherever it is shown (lists, case list, documents, audit) and
found again by the clerk's search like an ID number."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desk.core.errors import Conflict, ValidationError
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.intake import applicants, case_documents, case_queries
from desk.services.intake.applicants import ApplicantInput
from desk.store.models import AuditRecord
from desk.store.models.intake import Applicant
from tests.documents.helpers import pdf_text, squash
from tests.services.intake_support import take_in

PASSPORT = "E12345678"
LONG_NAME = "玛丽亚·约瑟芬·冯·德·施泰因巴赫-洛伦佐尼"


def _register(desk: Desk, actor: Actor, id_type: str, number: str, name: str = LONG_NAME,
              phone: str = "13812345678", other: str = "") -> applicants.ApplicantRow:
    return applicants.save_applicant(desk, actor, ApplicantInput(
        "person", name, id_number=number, phone=phone, id_type=id_type, id_type_other=other))


def test_a_passport_holder_registers_and_is_masked_everywhere(desk: Desk, clerk: Actor) -> None:
    row = _register(desk, clerk, "passport", "e 1234 5678")
    assert (row.id_type, row.id_masked, row.document_number) == ("passport", "E*****678", "护照 E*****678")
    with desk.db.reading() as session:
        stored = session.execute(select(Applicant.id_number, Applicant.id_type)).one()
    assert tuple(stored) == (PASSPORT, "passport")
    case = take_in(desk, clerk, "CG-01", row.id)
    listed = case_queries.list_cases(desk, clerk)
    assert [r.applicant_masked for r in listed] == ["护照 E*****678"]
    text = squash("".join(pdf_text(case_documents.issue_case_document(desk, clerk, case.row.id).pdf)))
    assert "护照E*****678" in text and PASSPORT not in text
    with desk.db.reading() as session:
        trail = " ".join(f"{r.before_json} {r.after_json}" for r in session.execute(select(AuditRecord)).scalars())
    assert PASSPORT not in trail and "E*****678" in trail and "护照" in trail
    assert audit.verify(desk.db).ok


def test_the_clerk_finds_them_by_the_number_or_its_beginning(desk: Desk, clerk: Actor) -> None:
    passport = _register(desk, clerk, "passport", PASSPORT)
    permit = _register(desk, clerk, "hk_mo_permit", "H87654321", name="陈大文", phone="13900000001")
    taiwan = _register(desk, clerk, "tw_permit", "87654321", name="林志明", phone="13900000002")

    def ids(query: str) -> list[int]:
        return [r.id for r in applicants.search_applicants(desk, clerk, query)]

    assert ids(PASSPORT) == [passport.id]
    assert ids("e1234") == [passport.id]
    assert ids("H 8765 4321") == [permit.id]
    assert ids("87654321") == [taiwan.id]
    assert all("*" in r.id_masked for r in applicants.search_applicants(desk, clerk, "E123"))


def test_the_same_document_is_not_registered_twice(desk: Desk, clerk: Actor) -> None:
    _register(desk, clerk, "passport", PASSPORT)
    with pytest.raises(Conflict) as caught:
        _register(desk, clerk, "passport", "e12345678", name="Maria", phone="13900000003")
    assert caught.value.field == "id_number"


@pytest.mark.parametrize(("id_type", "number", "other", "field"), [
    ("passport", "ABCDEFGH", "", "id_number"),
    ("hk_mo_permit", "12345678", "", "id_number"),
    ("other", "A123456", "", "id_type_other"),
    ("other", "A123456", "军官证" * 7, "id_type_other"),  # 21 characters: one over
    ("driving_licence", "A123456", "", "id_type"),
    ("resident_id", "110101198001010011", "", "id_number"),  # the checksum rule is kept
])
def test_bad_documents_are_refused_at_the_field_and_nothing_is_saved(desk: Desk, clerk: Actor, id_type: str,
                                                                   number: str, other: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _register(desk, clerk, id_type, number, other=other)
    assert caught.value.field == field
    with desk.db.reading() as session:
        assert session.execute(select(Applicant.id)).first() is None


def test_another_document_is_named_as_typed(desk: Desk, clerk: Actor) -> None:
    row = _register(desk, clerk, "other", "NJ-2018-0012", other="军官证")
    assert row.document_number == "军官证 N********012"


def test_correcting_an_applicant_keeps_the_masked_number_but_not_across_a_type_change(
        desk: Desk, clerk: Actor, manager: Actor) -> None:
    row = _register(desk, clerk, "passport", PASSPORT)
    form = applicants.applicant_input(desk, clerk, row.id)
    assert (form.id_type, form.id_number) == ("passport", "E*****678")
    kept = applicants.update_applicant(desk, clerk, row.id, replace(form, address="示范市闵行区梅陇镇春申路1234弄"))
    assert kept.document_number == "护照 E*****678"
    with pytest.raises(ValidationError) as caught:
        applicants.update_applicant(desk, clerk, row.id, replace(form, id_type="hk_mo_permit"))
    assert caught.value.field == "id_number"
    moved = applicants.update_applicant(desk, clerk, row.id, replace(form, id_type="hk_mo_permit",
                                                                     id_number="H12345678"))
    assert moved.document_number == "港澳居民来往内地通行证 H*****678"
    assert applicants.reveal_id_number(desk, manager, row.id) == "H12345678"


def test_resident_id_applicants_read_as_before(desk: Desk, clerk: Actor) -> None:
    row = applicants.save_applicant(desk, clerk, ApplicantInput("person", "张三", id_number="110101198001010010",
                                                                phone="13812345678"))
    assert (row.id_type, row.document_number) == ("resident_id", "110***********0010")


def test_a_proxy_without_an_18_digit_number(desk: Desk, clerk: Actor) -> None:
    from desk.services.intake import proxies
    from desk.services.intake.cases import ProxyInput

    applicant = _register(desk, clerk, "passport", PASSPORT)
    with pytest.raises(ValidationError) as caught:
        take_in(desk, clerk, "CG-01", applicant.id, proxy=ProxyInput("陈大文", "12345678", "朋友", id_type="hk_mo_permit"))
    assert caught.value.field == "proxy_id_number"
    case = take_in(desk, clerk, "CG-01", applicant.id,
                   proxy=ProxyInput("陈大文", "h1234 5678", "朋友", id_type="hk_mo_permit"))
    assert case.proxy_document == "港澳居民来往内地通行证 H*****678" and case.proxy_id_masked == "H*****678"
    assert "H*****678" in case.events[-1].note and "H12345678" not in case.events[-1].note
    text = squash("".join(pdf_text(case_documents.issue_case_document(desk, clerk, case.row.id).pdf)))
    assert "陈大文（朋友，港澳居民来往内地通行证H*****678）" in text and "H12345678" not in text
    with pytest.raises(ValidationError) as caught:
        proxies.set_proxy(desk, clerk, case.row.id, ProxyInput("王五", "NJ-2018-0012", "同事", id_type="other"))
    assert caught.value.field == "proxy_id_type_other"
    moved = proxies.set_proxy(desk, clerk, case.row.id, ProxyInput("王五", "NJ-2018-0012", "同事", id_type="other",
                                                                     id_type_other="军官证"))
    assert moved.proxy_document == "军官证 N********012"
    resident = take_in(desk, clerk, "CG-01", applicant.id, repeat_confirmed=True,
                       proxy=ProxyInput("李四", "310106200002298887", "邻居"))
    assert resident.proxy_document == "310***********8887"  # the resident ID reads as before
