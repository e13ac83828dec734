"""The documents a case hands to the applicant, issued through the printing store so each can be
reprinted exactly (补打): 受理回执 once accepted, 一次性告知书 while materials are missing,
不予受理通知书 after a refusal. Each function returns the issued document with its PDF bytes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict
from desk.core.permissions import Permission
from desk.documents.intake_notice import (
    MISSING_KIND,
    MISSING_TITLE,
    REFUSAL_KIND,
    REFUSAL_TITLE,
    MissingMaterial,
    MissingNotice,
    NoticeParty,
    RefusalNotice,
)
from desk.documents.intake_receipt import (
    RECEIPT_KIND,
    RECEIPT_TITLE,
    IntakeReceipt,
    ReceivedMaterial,
    chinese_date,
    days_text,
)
from desk.services import issued_documents
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, require
from desk.services.entry import entry
from desk.services.intake.case_queries import CaseDetail, MaterialRow, detail_in
from desk.services.intake.clock_documents import CAUSES_ZH
from desk.services.intake.common import (
    ACCEPTED,
    COMPLETED,
    DELIVERED,
    IN_PROGRESS,
    KIND_ZH,
    REFUSED,
    WAITING,
    appeal_bodies,
    local_day,
)
from desk.services.issued_documents import IssuedDocument
from desk.services.station import load_station, read_setting
from desk.store.models.intake import IntakeCase, ServiceItem

PROGRESS_SETTING = "intake.progress_text"  # e.g. "关注“XX街道”公众号，输入受理编号查询"
QR_SETTING = "intake.progress_url"  # e.g. "https://example.gov.cn/progress?no={receipt_no}"


def _received(materials: tuple[MaterialRow, ...]) -> tuple[ReceivedMaterial, ...]:
    return tuple(ReceivedMaterial(m.name, m.form, m.copies) for m in materials if m.received)


def _requirement(m: MaterialRow) -> str:
    parts = [m.form, f"{m.copies} 份"] + ([m.note] if m.note else [])
    return "；".join(["，".join(parts[:2]), *parts[2:]])


def _proxy(detail: CaseDetail) -> str:
    if not detail.proxy_name:
        return ""
    return f"{detail.proxy_name}（{detail.proxy_relation}，{detail.proxy_id_masked}）"


def _deadline_note(detail: CaseDetail) -> str:
    if detail.paused_since is not None:
        return _paused_text(detail)
    if detail.row.deadline_missing_year is not None:
        return (f"{detail.row.deadline_missing_year}年节假日安排尚未公布，办结日期确定后电话告知"
                f"（承诺 {days_text(detail.promised_days, unit=detail.days_unit)}）")
    return "" if detail.promised_days is not None else "无固定时限，办结后电话告知"


def _paused_text(detail: CaseDetail) -> str:
    pause = next((c for c in reversed(detail.clock_changes) if c.kind == "pause" and c.end_on is None), None)
    cause = CAUSES_ZH.get(pause.cause, "") if pause else ""
    since = chinese_date(detail.paused_since) if detail.paused_since else ""
    return (f"暂停计时：自{since}起{cause}所需时间依《中华人民共和国行政许可法》第四十五条不计算在办理期限内，"
            "恢复后相应顺延并另行告知")


def _adjustment(detail: CaseDetail) -> str:
    """What moved the printed deadline: an approved extension, days not counted for a 听证/检验/…"""
    if detail.paused_since is not None:
        return _paused_text(detail)
    parts = []
    if detail.extension is not None and detail.extension.old_deadline is not None:
        parts.append(f"经负责人批准延期，原办结期限{chinese_date(detail.extension.old_deadline)}，"
                     "《中华人民共和国行政许可法》第四十二条")
    paused = [c for c in detail.clock_changes if c.kind == "pause" and c.days]
    if paused:
        unit = "日" if detail.days_unit == "calendar" else "个工作日"
        causes = "、".join(dict.fromkeys(CAUSES_ZH.get(c.cause, c.cause) for c in paused))
        parts.append(f"{causes}所需 {sum(c.days or 0 for c in paused)} {unit}不计入，已顺延")
    return "；".join(parts)


def receipt_for(session: Session, detail: CaseDetail, station_id: int) -> IntakeReceipt:
    station = load_station(session, station_id)
    item = session.get(ServiceItem, detail.item_id)
    # The station's number, not the clerk's own phone: a citizen's paper never carries staff's private
    # numbers (the clerk is named; the station puts the call through). Only a station without one falls back.
    phone = station.phone or detail.first_clerk_phone
    progress = read_setting(session, PROGRESS_SETTING, station_id) or (
        f"凭受理编号到本站窗口查询，或拨打 {station.phone or phone} 查询办理进度")
    qr_template = read_setting(session, QR_SETTING, station_id) or "{receipt_no}"
    return IntakeReceipt(
        receipt_no=detail.row.receipt_no, accepted_at=detail.row.registered_at, applicant_name=detail.applicant.name,
        applicant_number=detail.applicant.id_masked, applicant_phone=detail.applicant.phone,
        item_code=item.code if item else "", item_name=detail.row.item_name,
        item_kind=KIND_ZH.get(detail.row.item_kind, detail.row.item_kind), clerk_name=detail.first_clerk_name,
        clerk_phone=phone, promised_days=detail.promised_days, statutory_days=detail.statutory_days,
        deadline=detail.row.deadline, deadline_note=_deadline_note(detail), progress=progress,
        delivery=detail.delivery, qr_data=str(qr_template).replace("{receipt_no}", detail.row.receipt_no),
        materials=_received(detail.materials), statutory_note=item.statutory_note if item else "",
        proxy=_proxy(detail), fee=item.fee if item else "", days_unit=detail.days_unit,
        adjustment=_adjustment(detail),
    )


def _party(session: Session, detail: CaseDetail, station_id: int) -> NoticeParty:
    station = load_station(session, station_id)
    return NoticeParty(receipt_no=detail.row.receipt_no, registered_at=detail.row.registered_at,
                       applicant_name=detail.applicant.name, applicant_number=detail.applicant.id_masked,
                       item_name=detail.row.item_name, clerk_name=detail.first_clerk_name,
                       clerk_phone=station.phone or detail.first_clerk_phone)


def _wrong_state(detail: CaseDetail) -> Conflict:
    return Conflict(QT_TRANSLATE_NOOP(
        "DeskError", "Case {receipt_no} has no document for its current state; refresh the case."),
        receipt_no=detail.row.receipt_no)


@entry
def document_for_case(desk: Desk, actor: Actor, case_id: int) -> tuple[str, str, dict[str, object]]:
    """(kind, title, payload) of the document the case's state calls for."""

    def work(session: Session) -> tuple[str, str, dict[str, object]]:
        detail = detail_in(session, case_id, local_day(session, actor.station_id, desk.now()))
        status = detail.row.status
        if status in (ACCEPTED, IN_PROGRESS, COMPLETED, DELIVERED):
            return RECEIPT_KIND, RECEIPT_TITLE, receipt_for(session, detail, actor.station_id).to_payload()
        if status == WAITING:  # always printable: a case saved without a date gets a line to fill in
            missing = tuple(MissingMaterial(m.name, _requirement(m)) for m in detail.missing)
            notice = MissingNotice(_party(session, detail, actor.station_id), missing, detail.row.materials_due,
                                   detail.promised_days, _received(detail.materials), days_unit=detail.days_unit)
            return MISSING_KIND, MISSING_TITLE, notice.to_payload()
        if status == REFUSED:
            review_body, court = appeal_bodies(session, actor.station_id)  # named on the notice, from settings
            basis, refer_to = session.execute(select(IntakeCase.refusal_basis, IntakeCase.refer_to)
                                              .where(IntakeCase.id == case_id)).one()
            return REFUSAL_KIND, REFUSAL_TITLE, RefusalNotice(
                _party(session, detail, actor.station_id), detail.reason, basis, refer_to, review_body,
                court).to_payload()
        raise _wrong_state(detail)

    return read_personal(desk, actor, Permission.INTAKE_VIEW, work, action="case.document", subject="intake_case",
                         seen=lambda _document: [case_id])


@entry
def issue_case_document(desk: Desk, actor: Actor, case_id: int) -> IssuedDocument:
    """Issue (draw, store, audit) the receipt or notice for the case's state; returns it with its PDF."""
    require(actor, Permission.INTAKE_ACCEPT)
    kind, title, payload = document_for_case(desk, actor, case_id)
    number = str(payload.get("receipt_no") or payload["party"]["receipt_no"])  # type: ignore[index]
    return issued_documents.issue(desk, actor, kind, number, title, dict(payload), "intake_case", case_id)
