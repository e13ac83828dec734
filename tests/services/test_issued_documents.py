"""Issued documents: the original is kept byte for byte; a reprint (补打) is stamped, logged, audited."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from desk.core.errors import NotFound, PermissionDenied
from desk.core.permissions import ROLE_PERMISSIONS, Permission, Role
from desk.documents import registry
from desk.documents.fonts import NO_SYSTEM_FONT_ENV, document_fonts
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.render import render_a4
from desk.documents.samples import sample_ticket_slip
from desk.services import audit, issued_documents
from desk.services.audit import AuditFilter
from desk.services.context import Actor, Desk
from desk.services.station import update_station
from tests.conftest import FakeClock

NOTICE_KIND = "test.notice"


def _text(pdf: bytes) -> str:
    return "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def _render_notice(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    rows = [(str(i + 1), name, "原件") for i, name in enumerate(payload["materials"])]
    return render_a4(meta, header, lambda kit: [
        kit.fields([("申请人", payload["applicant"])]),
        kit.table(["序号", "材料", "要求"], rows, widths=[0.6, 3, 1.4]),
    ])


@pytest.fixture
def notice_kind() -> Iterator[str]:
    registry.register(NOTICE_KIND, _render_notice, label="一次性告知书", permission=Permission.INTAKE_VIEW)
    yield NOTICE_KIND
    registry.unregister(NOTICE_KIND)


def _issue_slip(desk: Desk, actor: Actor, number: str = "A012") -> issued_documents.IssuedDocument:
    slip = sample_ticket_slip()
    payload = registry.ticket_slip_payload(slip)
    payload["ticket_number"] = number
    return issued_documents.issue(desk, actor, registry.TICKET_SLIP_KIND, number, "排队取号凭条", payload,
                                  "queue_ticket", 17)


def _issue_notice(desk: Desk, actor: Actor, number: str = "HP-GZ-0001",
                  materials: int = 60) -> issued_documents.IssuedDocument:
    payload = {"applicant": "张*华", "materials": [f"材料{i}" for i in range(materials)]}
    return issued_documents.issue(desk, actor, NOTICE_KIND, number, "一次性告知书", payload, "intake_case", "c-9")


def test_issue_keeps_the_original_bytes_and_their_sha256(desk: Desk, clerk: Actor) -> None:
    issued = _issue_slip(desk, clerk)
    original = issued_documents.original_pdf(desk, clerk, issued.id)
    assert original == issued.pdf
    assert issued.sha256 == hashlib.sha256(original).hexdigest()
    assert "A012" in _text(original) and "补打" not in _text(original)
    [row] = issued_documents.list_issued(desk, clerk)
    assert (row.id, row.kind, row.number, row.entity, row.entity_id) == (
        issued.id, "queue.slip", "A012", "queue_ticket", "17")
    assert row.issued_by_name == clerk.display_name and row.reprint_count == 0 and row.size == len(original)


def test_issue_is_audited(desk: Desk, clerk: Actor, admin: Actor) -> None:
    issued = _issue_slip(desk, clerk)
    records, _ = audit.list_records(desk, admin, AuditFilter(action_prefix="document."))
    [record] = records
    assert (record.action, record.entity, record.entity_id, record.username) == (
        "document.issue", "issued_document", str(issued.id), clerk.username)
    assert issued.sha256 in record.after
    assert audit.verify(desk.db).ok


def test_reprint_is_stamped_with_its_time_and_leaves_the_original(desk: Desk, clerk: Actor, admin: Actor,
                                                                   clock: FakeClock,
                                                                   notice_kind: str) -> None:
    issued = _issue_notice(desk, clerk)
    assert len(PdfReader(io.BytesIO(issued.pdf)).pages) == 2
    clock.advance(days=3, hours=2)  # 2026-11-23 11:30 in Shanghai
    result = issued_documents.reprint_checked(desk, clerk, issued.id)
    assert result.check.exact
    assert result.pdf != issued.pdf
    text = _text(result.pdf)
    assert "补打2026-11-2311:30" in text
    assert "HP-GZ-0001" in text and "材料59" in text
    assert issued_documents.original_pdf(desk, clerk, issued.id) == issued.pdf

    [row] = issued_documents.list_issued(desk, clerk)
    assert row.reprint_count == 1 and row.last_reprinted_at == clock.now
    records, _ = audit.list_records(desk, admin, AuditFilter(action_prefix="document.reprint"))
    [record] = records
    assert record.entity_id == str(issued.id) and '"exact":true' in record.after
    assert audit.verify(desk.db).ok


def test_reprint_without_stamp_reproduces_the_original_even_after_the_station_changed(
        desk: Desk, clerk: Actor, admin: Actor, notice_kind: str) -> None:
    issued = _issue_notice(desk, clerk, materials=3)
    update_station(desk, admin, name="改名后的服务中心")
    check = issued_documents.check_reproduction(desk, clerk, issued.id)
    assert check.exact and not check.font_changed
    assert check.rendered_sha256 == check.stored_sha256 == issued.sha256
    reprinted = issued_documents.reprint(desk, clerk, issued.id)
    assert "改名后" not in _text(reprinted)


def test_a_changed_font_is_reported_and_the_original_is_still_handed_out(
        desk: Desk, clerk: Actor, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    if document_fonts(system_fonts=True).source == "cid":
        pytest.skip("needs a Chinese system font to compare with the built-in CID font")
    monkeypatch.setenv(NO_SYSTEM_FONT_ENV, "1")  # issued on a computer without a Chinese font
    issued = _issue_slip(desk, clerk)
    monkeypatch.delenv(NO_SYSTEM_FONT_ENV)
    check = issued_documents.check_reproduction(desk, clerk, issued.id)
    assert not check.exact and check.font_changed
    assert check.issued_font == "cid" and check.current_font.startswith("system:")
    result = issued_documents.reprint_checked(desk, clerk, issued.id)
    assert not result.check.exact and "补打" in _text(result.pdf)
    assert issued_documents.original_pdf(desk, clerk, issued.id) == issued.pdf
    records, _ = audit.list_records(desk, admin, AuditFilter(action_prefix="document.reprint"))
    assert '"exact":false' in records[0].after and "issued_font" in records[0].after


def test_without_the_reprint_permission_nothing_is_shown_or_reprinted(
        desk: Desk, clerk: Actor, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    issued = _issue_slip(desk, admin)
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.CLERK, ROLE_PERMISSIONS[Role.CLERK] - {Permission.DOCUMENT_REPRINT})
    for call in (issued_documents.reprint, issued_documents.original_pdf, issued_documents.check_reproduction):
        with pytest.raises(PermissionDenied):
            call(desk, clerk, issued.id)
    with pytest.raises(PermissionDenied):
        issued_documents.list_issued(desk, clerk)
    assert issued_documents.list_issued(desk, admin)[0].reprint_count == 0
    records, _ = audit.list_records(desk, admin, AuditFilter(action_prefix="document.reprint"))
    assert records == []


def test_kinds_a_role_may_not_see_are_hidden_and_refused(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    issued = _issue_slip(desk, clerk)  # slips need queue.issue, which mediators do not have
    assert issued_documents.list_issued(desk, mediator) == []
    with pytest.raises(PermissionDenied):
        issued_documents.reprint(desk, mediator, issued.id)
    with pytest.raises(PermissionDenied):
        issued_documents.original_pdf(desk, mediator, issued.id)


def test_list_filters_by_number_kind_record_and_time(desk: Desk, clerk: Actor, clock: FakeClock,
                                                     notice_kind: str) -> None:
    first = _issue_slip(desk, clerk, "A001")
    clock.advance(days=1)
    second = _issue_slip(desk, clerk, "B017")
    notice = _issue_notice(desk, clerk, "HP-GZ-0100", materials=2)
    ids = lambda rows: [r.id for r in rows]  # noqa: E731
    assert ids(issued_documents.list_issued(desk, clerk)) == [notice.id, second.id, first.id]
    assert ids(issued_documents.list_issued(desk, clerk, number="b01")) == [second.id]
    assert ids(issued_documents.list_issued(desk, clerk, number="%")) == []
    assert ids(issued_documents.list_issued(desk, clerk, kind=NOTICE_KIND)) == [notice.id]
    assert ids(issued_documents.list_issued(desk, clerk, entity="intake_case", entity_id="c-9")) == [notice.id]
    assert ids(issued_documents.list_issued(desk, clerk, start=clock.now - timedelta(hours=1))) == [
        notice.id, second.id]
    assert ids(issued_documents.list_issued(desk, clerk, end=clock.now - timedelta(hours=1))) == [first.id]


def test_unknown_kind_or_non_json_payload_stores_nothing(desk: Desk, clerk: Actor, admin: Actor) -> None:
    with pytest.raises(NotFound, match="cannot draw documents"):
        issued_documents.issue(desk, clerk, "nobody.draws.this", "X1", "?", {}, "x", 1)
    payload = registry.ticket_slip_payload(sample_ticket_slip())
    payload["issued_at"] = sample_ticket_slip().issued_at  # a datetime, not encode_time(...)
    with pytest.raises(ValueError, match="plain JSON"):
        issued_documents.issue(desk, clerk, registry.TICKET_SLIP_KIND, "A1", "凭条", payload, "queue_ticket", 1)
    assert issued_documents.list_issued(desk, admin) == []


def test_a_missing_document_is_a_sentence(desk: Desk, clerk: Actor) -> None:
    with pytest.raises(NotFound, match="Document 999 was not found"):
        issued_documents.reprint(desk, clerk, 999)


def test_issue_in_session_joins_the_callers_transaction(desk: Desk, clerk: Actor) -> None:
    payload = registry.ticket_slip_payload(sample_ticket_slip())

    def work(session: Any) -> int:
        doc = issued_documents.issue_in_session(session, clerk, desk.now(), registry.TICKET_SLIP_KIND, "A5",
                                                "凭条", payload, "queue_ticket", 5)
        raise RuntimeError(f"the caller fails after issuing {doc.id}")

    with pytest.raises(RuntimeError):
        desk.db.transact(work)
    assert issued_documents.list_issued(desk, clerk) == []
