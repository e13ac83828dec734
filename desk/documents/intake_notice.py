"""一次性告知书 (every missing material at once, with its requirement, the legal basis and a date to
bring them) and 不予受理通知书 (the written reason for a refusal). Kinds ``intake.missing_notice``
and ``intake.refusal_notice`` in the document registry, so both can be reprinted exactly."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from reportlab.platypus import Flowable

from desk.core.permissions import Permission
from desk.documents.intake_receipt import ReceivedMaterial, chinese_date, days_text, signing_block
from desk.documents.kit import DocumentKit
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.registry import decode_time, encode_time, register
from desk.documents.render import render_a4

MISSING_KIND = "intake.missing_notice"
MISSING_TITLE = "一次性告知书"
REFUSAL_KIND = "intake.refusal_notice"
REFUSAL_TITLE = "不予受理通知书"
LEGAL_BASIS = ("《中华人民共和国行政许可法》第三十二条：申请材料不齐全或者不符合法定形式的，应当当场或者在五日内"
               "一次告知申请人需要补正的全部内容；以及本站一次性告知制度。")
# Notices issued before the legal parts were added reprint with the words they had (补打 is exact).
OLD_REFUSAL_RIGHTS = "如对本决定有异议，可向本站提出，也可以依法申请行政复议或者提起行政诉讼。"


def refusal_rights(review_body: str, court: str) -> str:
    """行政许可法 Art. 32 (the right to a review or a suit) with the bodies and the time limits named:
    60 days for 行政复议 (行政复议法 Art. 20) and 6 months for 行政诉讼 (行政诉讼法 Art. 46). A notice
    that leaves a limit out lengthens the time in which the station can be sued."""
    return (f"如不服本决定，可以自收到本通知书之日起六十日内向{review_body}申请行政复议（《中华人民共和国行政复议法》"
            f"第二十条），或者自收到本通知书之日起六个月内向{court}提起行政诉讼（《中华人民共和国行政诉讼法》"
            "第四十六条）。")


@dataclass(frozen=True)
class MissingMaterial:
    name: str
    requirement: str  # 原件/复印件, copies and the catalogue's note, in one sentence


@dataclass(frozen=True)
class NoticeParty:
    """Who the notice is for and about (shared by both notices)."""

    receipt_no: str
    registered_at: datetime
    applicant_name: str
    applicant_number: str  # masked ID or USCC
    item_name: str
    clerk_name: str
    clerk_phone: str

    def fields(self, kit: DocumentKit) -> Flowable:
        return kit.fields([("申请人", self.applicant_name), ("证件号码", self.applicant_number),
                           ("申请事项", self.item_name), ("申请时间", kit.meta.format_time(self.registered_at))],
                          columns=2)

    def opening(self, kit: DocumentKit) -> str:
        day = kit.meta.local(self.registered_at).date()
        return f"{self.applicant_name}：\n　　您于{chinese_date(day)}申请办理的“{self.item_name}”事项"


@dataclass(frozen=True)
class MissingNotice:
    party: NoticeParty
    missing: tuple[MissingMaterial, ...]
    bring_by: date | None  # None only for a case saved without one: the line is left to fill in by hand
    promised_days: int | None
    received: tuple[ReceivedMaterial, ...] = field(default=())
    legal_basis: str = LEGAL_BASIS
    days_unit: str = "working"  # "calendar": the promised limit is in 日

    def to_payload(self) -> dict[str, Any]:
        data = asdict(self)
        data["party"]["registered_at"] = encode_time(self.party.registered_at)
        data["bring_by"] = self.bring_by.isoformat() if self.bring_by else None
        return data

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> MissingNotice:
        party = dict(payload["party"], registered_at=decode_time(payload["party"]["registered_at"]))
        return cls(NoticeParty(**party), tuple(MissingMaterial(**m) for m in payload["missing"]),
                   date.fromisoformat(payload["bring_by"]) if payload.get("bring_by") else None,
                   payload.get("promised_days"),
                   tuple(ReceivedMaterial(**m) for m in payload.get("received") or ()), payload["legal_basis"],
                   payload.get("days_unit", "working"))


@dataclass(frozen=True)
class RefusalNotice:
    party: NoticeParty
    reason: str
    legal_basis: str | None = None  # None only in notices issued before these parts were printed
    refer_to: str = ""  # outside the station's competence: where to apply instead
    review_body: str = ""
    court: str = ""

    def to_payload(self) -> dict[str, Any]:
        data = asdict(self)
        data["party"]["registered_at"] = encode_time(self.party.registered_at)
        return data

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> RefusalNotice:
        party = dict(payload["party"], registered_at=decode_time(payload["party"]["registered_at"]))
        return cls(NoticeParty(**party), payload["reason"], payload.get("legal_basis"), payload.get("refer_to", ""),
                   payload.get("review_body", ""), payload.get("court", ""))


def _closing(kit: DocumentKit, party: NoticeParty, on: date) -> Flowable:
    return kit.keep_together([
        kit.fields([("经办人", party.clerk_name), ("咨询电话", party.clerk_phone)], columns=2),
        kit.space(2),
        signing_block(kit, ["申请人签收"], on, date_line=True),
    ])


def missing_body(kit: DocumentKit, notice: MissingNotice) -> Iterable[Flowable]:
    party = notice.party
    yield party.fields(kit)
    yield kit.space(2)
    yield from kit.body(party.opening(kit) + "，经审查，申请材料尚不齐全。现将需要补正的全部材料一次性告知如下：")
    rows = [(str(i), m.name, m.requirement) for i, m in enumerate(notice.missing, 1)]
    yield kit.table(["序号", "需补正的材料", "要求"], rows, widths=[0.6, 2.4, 3.6], align=["center", "left", "left"])
    yield kit.space(2)
    limit = f"承诺时限 {days_text(notice.promised_days, unit=notice.days_unit)}" if notice.promised_days else "办理时限"
    yield from kit.body(
        f"请于{chinese_date(notice.bring_by) if notice.bring_by else '　　　　年　　月　　日'}前携带上述材料和本告知书，到本窗口补正。材料补齐之日起开始计算"
        f"{limit}（受理当日不计入）。本告知书已列明全部需补正的内容，窗口不再要求本告知书以外的材料。")
    if notice.received:
        yield kit.heading("已收取的材料")
        yield kit.table(["序号", "材料名称", "原件/复印件", "份数"],
                        [(str(i), m.name, m.form, str(m.copies)) for i, m in enumerate(notice.received, 1)],
                        widths=[0.6, 3.6, 1.3, 0.7], align=["center", "left", "center", "center"])
    yield kit.heading("告知依据")
    yield kit.text(notice.legal_basis)
    yield kit.space(4)
    yield _closing(kit, party, kit.meta.local(party.registered_at).date())


def refusal_body(kit: DocumentKit, notice: RefusalNotice) -> Iterable[Flowable]:
    party = notice.party
    yield party.fields(kit)
    yield kit.space(2)
    yield from kit.body(party.opening(kit) + "，经审查，决定不予受理。理由如下：")
    yield from kit.body(notice.reason)
    if notice.legal_basis is None:
        yield from kit.body(OLD_REFUSAL_RIGHTS)
    else:
        if notice.legal_basis:
            yield from kit.body(f"依据：{notice.legal_basis.rstrip('。')}。")
        if notice.refer_to:
            yield from kit.body(f"该申请事项不属于本站职权范围，请向{notice.refer_to}申请。")
        yield from kit.body(refusal_rights(notice.review_body, notice.court))
    yield kit.space(4)
    yield _closing(kit, party, kit.meta.local(party.registered_at).date())


@register(MISSING_KIND, label=MISSING_TITLE, permission=Permission.INTAKE_VIEW)
def render_missing_payload(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    notice = MissingNotice.from_payload(payload)
    return render_a4(meta, header, lambda kit: missing_body(kit, notice))


@register(REFUSAL_KIND, label=REFUSAL_TITLE, permission=Permission.INTAKE_VIEW)
def render_refusal_payload(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    notice = RefusalNotice.from_payload(payload)
    return render_a4(meta, header, lambda kit: refusal_body(kit, notice))


def _meta(title: str, party: NoticeParty) -> DocumentMeta:
    return DocumentMeta(title=title, printed_at=party.registered_at, number=party.receipt_no,
                        operator=party.clerk_name)


def render_missing_notice(notice: MissingNotice, header: StationHeader) -> bytes:
    return render_missing_payload(notice.to_payload(), _meta(MISSING_TITLE, notice.party), header)


def render_refusal_notice(notice: RefusalNotice, header: StationHeader) -> bytes:
    return render_refusal_payload(notice.to_payload(), _meta(REFUSAL_TITLE, notice.party), header)
