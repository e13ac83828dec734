"""受理回执: what the applicant takes home when the window accepts an application.

It names the receipt number (also as a QR code), the applicant (ID masked), the item, the materials
received, the accepting clerk (首问负责人) and a phone number, the promised and statutory time
limits in working days, the deadline date, how to check progress and how the result is delivered,
and ends with signature lines. Registered as document kind ``intake.receipt`` so the printing
store can reprint it exactly (补打).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from desk.core.permissions import Permission
from desk.documents.kit import DocumentKit
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.registry import decode_time, encode_time, register
from desk.documents.render import render_a4
from desk.documents.signatures import signature_rows

RECEIPT_KIND = "intake.receipt"
RECEIPT_TITLE = "受理回执"


@dataclass(frozen=True)
class ReceivedMaterial:
    name: str
    form: str  # 原件 / 复印件 / 原件+复印件
    copies: int


@dataclass(frozen=True)
class IntakeReceipt:
    receipt_no: str
    accepted_at: datetime
    applicant_name: str
    applicant_number: str  # ID masked (first 3 + last 4), or the organisation's USCC
    applicant_phone: str
    item_code: str
    item_name: str
    item_kind: str  # 即办件 / 承诺件
    clerk_name: str  # 首问负责人
    clerk_phone: str
    promised_days: int | None
    statutory_days: int | None
    deadline: date | None
    deadline_note: str  # why there is no date (no time limit, or the calendar year is missing)
    progress: str  # how to check progress
    delivery: str  # how the result is delivered
    qr_data: str
    materials: tuple[ReceivedMaterial, ...] = field(default=())
    statutory_note: str = ""
    proxy: str = ""  # 代办人: name (relation, ID masked)
    fee: str = ""
    days_unit: str = "working"  # "calendar": the limits are 日 (居住证暂行条例 §9), not 工作日
    adjustment: str = ""  # an Art. 42 extension or an Art. 45 pause that moved or stopped the deadline

    def to_payload(self) -> dict[str, Any]:
        data = asdict(self)
        data["accepted_at"] = encode_time(self.accepted_at)
        data["deadline"] = self.deadline.isoformat() if self.deadline else None
        return data

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> IntakeReceipt:
        data = dict(payload)
        data["accepted_at"] = decode_time(data["accepted_at"])
        data["deadline"] = date.fromisoformat(data["deadline"]) if data.get("deadline") else None
        data["materials"] = tuple(ReceivedMaterial(**m) for m in data.get("materials") or ())
        return cls(**data)


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def days_text(days: int | None, note: str = "", unit: str = "working") -> str:
    if days is None:
        return note or "无固定时限"
    return "当场办结" if days == 0 else f"{days} {'日' if unit == 'calendar' else '个工作日'}"


def counting_rule(unit: str) -> str:
    """How the limit is counted, in the words of 民法典 Art. 201/203 for 日 and of the receipt for 工作日."""
    if unit == "calendar":
        return ("时限按日（自然日）计算，受理当日不计入；期限的最后一日是法定节假日或休息日的，以其后的第一个工作日"
                "为期限的最后一日。")
    return "时限按工作日计算，受理当日不计入，法定节假日不计，调休上班日计入。"


def _deadline_text(receipt: IntakeReceipt) -> str:
    if receipt.deadline is None:
        return receipt.deadline_note or "无固定时限"
    text = chinese_date(receipt.deadline) + ("（当场办结）" if receipt.promised_days == 0 else "前办结")
    return text + (f"（{receipt.adjustment}）" if receipt.adjustment else "")


def receipt_body(kit: DocumentKit, receipt: IntakeReceipt) -> Iterable[Flowable]:
    accepted = kit.meta.local(receipt.accepted_at)
    pairs: list[tuple[str, object]] = [
        ("申请人", receipt.applicant_name), ("证件号码", receipt.applicant_number),
        ("联系电话", receipt.applicant_phone), ("受理时间", accepted.strftime("%Y-%m-%d %H:%M")),
    ]
    yield kit.fields(pairs, columns=2)
    item: list[tuple[str, object]] = [("办理事项", f"{receipt.item_name}（{receipt.item_code}，{receipt.item_kind}）")]
    if receipt.proxy:
        item.append(("代办人", receipt.proxy))
    yield kit.fields(item, label_chars=5)
    yield kit.heading("一、已收取的申请材料")
    rows = [(str(i), m.name, m.form, str(m.copies)) for i, m in enumerate(receipt.materials, 1)]
    yield kit.table(["序号", "材料名称", "原件/复印件", "份数"], rows or [("—", "本事项无需提交材料", "", "")],
                    widths=[0.6, 3.6, 1.3, 0.7], align=["center", "left", "center", "center"])
    yield kit.heading("二、办理时限")
    limits: list[tuple[str, object]] = [
        ("承诺时限", days_text(receipt.promised_days, unit=receipt.days_unit)),
        ("法定时限", days_text(receipt.statutory_days, "见说明" if receipt.statutory_note else "", receipt.days_unit)),
        ("办结期限", _deadline_text(receipt)),
    ]
    if receipt.statutory_note:
        limits.append(("时限说明", receipt.statutory_note))
    if receipt.fee:
        limits.append(("收费标准", receipt.fee))
    yield kit.fields(limits)
    yield kit.small(counting_rule(receipt.days_unit))
    yield kit.heading("三、进度查询与结果送达")
    yield _progress_block(kit, receipt)
    yield kit.fields([("首问负责人", receipt.clerk_name), ("联系电话", receipt.clerk_phone)], columns=2)
    yield kit.space(3)
    yield signing_block(kit, ["申请人（签名）", "受理人（签名）"], accepted.date())


def signing_block(kit: DocumentKit, roles: list[str], on: date, *, date_line: bool = False) -> Flowable:
    """Signature lines on the left, the seal area beside them (one table row: never split)."""
    seal_width = 52 * 72 / 25.4
    slots = signature_rows(roles, kit.styles, kit.width - seal_width - 6, date_line=date_line)
    # The station itself accepts applications, so its own name goes in the seal area (the configured
    # seal text is usually the mediation committee's, which does not accept applications).
    table = Table([[slots, kit.seal(kit.header.name, on=on)]],
                  colWidths=[kit.width - seal_width, seal_width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _progress_block(kit: DocumentKit, receipt: IntakeReceipt) -> Flowable:
    text = [kit.fields([("进度查询", receipt.progress), ("结果送达", receipt.delivery or "窗口领取"),
                        ("受理编号", receipt.receipt_no)], label_chars=5)]
    qr = [kit.qr(receipt.qr_data, size_mm=24), kit.small("扫码获取受理编号", align="center")]
    side = 30 * 72 / 25.4
    table = Table([[text, qr]], colWidths=[kit.width - side, side], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


@register(RECEIPT_KIND, label=RECEIPT_TITLE, permission=Permission.INTAKE_VIEW)
def render_receipt_payload(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    receipt = IntakeReceipt.from_payload(payload)
    return render_a4(meta, header, lambda kit: receipt_body(kit, receipt))


def render_intake_receipt(receipt: IntakeReceipt, header: StationHeader, meta: DocumentMeta | None = None) -> bytes:
    """The receipt as PDF bytes (outside the printing store: previews, tests, the benchmark)."""
    meta = meta or DocumentMeta(title=RECEIPT_TITLE, printed_at=receipt.accepted_at, number=receipt.receipt_no,
                                operator=receipt.clerk_name)
    return render_receipt_payload(receipt.to_payload(), meta, header)
