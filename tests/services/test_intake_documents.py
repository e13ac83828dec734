"""Issuing a case's document through the printing store: the right document for the state, every
field from the database, kept for exact reprints."""

from __future__ import annotations

import pytest

from desk.core.errors import Conflict, PermissionDenied
from desk.services import issued_documents
from desk.services.context import Actor, Desk
from desk.services.intake import case_documents, cases
from tests.documents.helpers import pdf_text, squash
from tests.services.intake_support import person, take_in


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
