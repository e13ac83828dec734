"""Issuing a case's document through the printing store: the right document for the state, every
field from the database, kept for exact reprints."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services import issued_documents
from desk.services.context import Actor, Desk
from desk.services.intake import case_documents, case_queries, cases
from tests.documents.helpers import pdf_text, squash
from tests.services.intake_support import (
    COURT,
    REFUSAL_BASIS,
    REVIEW_BODY,
    item_id,
    name_appeal_bodies,
    person,
    take_in,
)


def _text(pdf: bytes) -> str:
    return squash("".join(pdf_text(pdf)))


def test_receipt_of_an_accepted_case(desk: Desk, clerk: Actor, manager: Actor) -> None:
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id, ticket_id=7)
    issued = case_documents.issue_case_document(desk, clerk, case.row.id)
    assert issued.kind == "intake.receipt" and issued.number == case.row.receipt_no
    text = _text(issued.pdf)
    for expected in (case.row.receipt_no, "张三", "110***********0010", "限额以下小型工程（装修）施工备案",
                     "Clerk1", "5个工作日", "2026年11月27日前办结", *(m.name for m in case.materials)):
        assert expected in text, expected
    assert "110101198001010010" not in text
    stored = issued_documents.list_issued(desk, manager, entity="intake_case", entity_id=case.row.id)
    assert [d.id for d in stored] == [issued.id]
    assert issued_documents.original_pdf(desk, clerk, issued.id) == issued.pdf
    assert "补打" in _text(issued_documents.reprint(desk, clerk, issued.id))


def test_notice_while_materials_are_missing_and_after_refusal(desk: Desk, clerk: Actor) -> None:
    applicant = person(desk, clerk)
    waiting = take_in(desk, clerk, "CG-01", applicant.id, "missing", received=(1,))
    notice = case_documents.issue_case_document(desk, clerk, waiting.row.id)
    assert notice.kind == "intake.missing_notice"
    text = _text(notice.pdf)
    assert all(squash(m.name) in text for m in waiting.missing)
    assert "2026年11月27日前携带上述材料" in text
    refused = take_in(desk, clerk, "MZ-01", applicant.id, "refuse", received=(), reason="不属于本站受理范围。")
    assert "不属于本站受理范围。" in _text(case_documents.issue_case_document(desk, clerk, refused.row.id).pdf)
    withdrawn = cases.withdraw(desk, clerk, waiting.row.id, "申请人撤回")
    with pytest.raises(Conflict):
        case_documents.issue_case_document(desk, clerk, withdrawn.row.id)


def test_a_mediator_cannot_issue_intake_documents(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    case = take_in(desk, clerk, "JY-01", person(desk, clerk).id)
    with pytest.raises(PermissionDenied):
        case_documents.issue_case_document(desk, mediator, case.row.id)


def test_the_refusal_notice_has_its_legal_parts(desk: Desk, clerk: Actor, admin: Actor) -> None:
    """行政许可法 Art. 32: the basis, where to apply instead, the review body and the court by name, and
    both time limits (60 days, 行政复议法 Art. 20; 6 months, 行政诉讼法 Art. 46)."""
    applicant = person(desk, clerk)
    refused = take_in(desk, clerk, "MZ-01", applicant.id, "refuse", received=(), reason="申请人户籍不在本社区。",
                      refer_to="户籍地街道社区事务受理服务中心")
    text = _text(case_documents.issue_case_document(desk, clerk, refused.row.id).pdf)
    for part in ("申请人户籍不在本社区。", "依据：" + squash(REFUSAL_BASIS), "请向户籍地街道社区事务受理服务中心申请",
                 "六十日内向" + REVIEW_BODY + "申请行政复议", "行政复议法》第二十条",
                 "六个月内向" + COURT + "提起行政诉讼", "行政诉讼法》第四十六条"):
        assert squash(part) in text, part
    assert "可向本站提出，也可以依法申请" not in text  # the old sentence without bodies or limits


def test_a_refusal_needs_its_basis_and_the_stations_appeal_bodies(desk: Desk, clerk: Actor) -> None:
    applicant = person(desk, clerk)
    request = cases.IntakeRequest(item_id(desk, "MZ-01"), applicant.id, (), "refuse", reason="不符合条件。",
                                  legal_basis=REFUSAL_BASIS)
    with pytest.raises(ValidationError) as unnamed:
        cases.take_in(desk, clerk, request)
    assert "Station page" in str(unnamed.value)
    name_appeal_bodies(desk)
    with pytest.raises(ValidationError) as no_basis:
        cases.take_in(desk, clerk, replace(request, legal_basis="  "))
    assert no_basis.value.field == "legal_basis"
    assert case_queries.list_cases(desk, clerk) == []  # nothing saved half-way
    assert cases.take_in(desk, clerk, request).row.status == "refused"
