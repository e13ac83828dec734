"""容缺受理通知书 (the application is accepted while 容缺 materials are missing; the clock runs; bring
them by a date) and 容缺受理承诺书 (the applicant's signed promise to bring them, and the consequence if
not: the acceptance may be revoked). Kinds ``intake.pledge_notice`` and ``intake.pledge_letter`` in the
document registry, so both can be reprinted exactly (补打).

The promise, the signature lines and the date are kept on one page: a signature alone on a page
certifies nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from desk.core.permissions import Permission
from desk.documents.intake_notice import MissingMaterial, NoticeParty
from desk.documents.intake_receipt import (
    ReceivedMaterial,
    chinese_date,
    counting_rule,
    days_text,
    signing_block,
)
from desk.documents.kit import DocumentKit
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.registry import decode_time, encode_time, register
from desk.documents.render import render_a4

NOTICE_KIND = "intake.pledge_notice"
NOTICE_TITLE = "容缺受理通知书"
LETTER_KIND = "intake.pledge_letter"
LETTER_TITLE = "容缺受理承诺书"
REVOCATION = "逾期未补交，或者补交的材料与承诺不符的，本站可以撤销本次受理决定"


@dataclass(frozen=True)
class PledgeNotice:
    party: NoticeParty
    pledged: tuple[MissingMaterial, ...]  # the 容缺 materials still to be brought
    due: date  # bring them by
    promised_days: int | None
    deadline: date | None  # the case's own deadline, counted from acceptance
    deadline_note: str  # why there is no deadline date (no limit, or the calendar year is missing)
    received: tuple[ReceivedMaterial, ...] = field(default=())
    days_unit: str = "working"  # "calendar": the case's limit is in 日 (居住证暂行条例 §9), not 工作日
    adjustment: str = ""  # an Art. 42 extension or an Art. 45 pause that moved or stopped the deadline

    def to_payload(self) -> dict[str, Any]:
        data = asdict(self)
        data["party"]["registered_at"] = encode_time(self.party.registered_at)
        data["due"] = self.due.isoformat()
        data["deadline"] = self.deadline.isoformat() if self.deadline else None
        return data

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> PledgeNotice:
        party = dict(payload["party"], registered_at=decode_time(payload["party"]["registered_at"]))
        return cls(NoticeParty(**party), tuple(MissingMaterial(**m) for m in payload["pledged"]),
                   date.fromisoformat(payload["due"]), payload.get("promised_days"),
                   date.fromisoformat(payload["deadline"]) if payload.get("deadline") else None,
                   payload.get("deadline_note", ""), tuple(ReceivedMaterial(**m) for m in payload.get("received") or ()),
                   payload.get("days_unit", "working"), payload.get("adjustment", ""))


@dataclass(frozen=True)
class PledgeLetter:
    party: NoticeParty
    organisation: bool  # a company or other organisation promises, sealed, through its legal representative
    legal_representative: str
    proxy: str  # 代办人: name (relation, document masked), or ""
    pledged: tuple[MissingMaterial, ...]
    due: date

    def to_payload(self) -> dict[str, Any]:
        data = asdict(self)
        data["party"]["registered_at"] = encode_time(self.party.registered_at)
        data["due"] = self.due.isoformat()
        return data

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> PledgeLetter:
        party = dict(payload["party"], registered_at=decode_time(payload["party"]["registered_at"]))
        return cls(NoticeParty(**party), bool(payload["organisation"]), payload.get("legal_representative", ""),
                   payload.get("proxy", ""), tuple(MissingMaterial(**m) for m in payload["pledged"]),
                   date.fromisoformat(payload["due"]))


def _pledged_table(kit: DocumentKit, pledged: tuple[MissingMaterial, ...]) -> Flowable:
    rows = [(str(i), m.name, m.requirement) for i, m in enumerate(pledged, 1)]
    return kit.table(["序号", "暂缺材料（容缺）", "要求"], rows, widths=[0.6, 2.6, 3.4], align=["center", "left", "left"])


def notice_body(kit: DocumentKit, notice: PledgeNotice) -> Iterable[Flowable]:
    party = notice.party
    yield party.fields(kit)
    yield kit.space(2)
    yield from kit.body(party.opening(kit) + "，经审查，主要申请材料齐全、符合法定形式，下列次要材料暂缺。"
                        "根据您签署的《容缺受理承诺书》，本站决定予以容缺受理，办理时限自受理之日起计算。")
    yield _pledged_table(kit, notice.pledged)
    yield kit.space(2)
    yield from kit.body(f"请于{chinese_date(notice.due)}前携带上述材料和本通知书，到本窗口补交。{REVOCATION}。")
    yield kit.heading("办理时限")
    if notice.deadline and notice.promised_days == 0:  # a 即办件 is completed on the spot, 容缺 or not
        deadline = chinese_date(notice.deadline) + "（当场办结）"
    elif notice.deadline:
        deadline = chinese_date(notice.deadline) + "前办结" + (f"（{notice.adjustment}）" if notice.adjustment else "")
    else:
        deadline = notice.deadline_note or "无固定时限"
    yield kit.fields([("受理编号", party.receipt_no), ("承诺时限", days_text(notice.promised_days, unit=notice.days_unit)),
                      ("办结期限", deadline)], label_chars=5)
    yield kit.small(counting_rule(notice.days_unit))
    if notice.received:
        yield kit.heading("已收取的材料")
        yield kit.table(["序号", "材料名称", "原件/复印件", "份数"],
                        [(str(i), m.name, m.form, str(m.copies)) for i, m in enumerate(notice.received, 1)],
                        widths=[0.6, 3.6, 1.3, 0.7], align=["center", "left", "center", "center"])
    yield kit.space(4)
    yield kit.keep_together([
        kit.fields([("经办人", party.clerk_name), ("咨询电话", party.clerk_phone)], columns=2),
        kit.space(2),
        signing_block(kit, ["申请人签收"], kit.meta.local(party.registered_at).date(), date_line=True),
    ])


def letter_body(kit: DocumentKit, letter: PledgeLetter) -> Iterable[Flowable]:
    party, station = letter.party, kit.header.name
    who = "本单位" if letter.organisation else "本人"
    pairs: list[tuple[str, object]] = [("承诺单位" if letter.organisation else "承诺人", party.applicant_name)]
    if letter.organisation:
        pairs += [("统一社会信用代码", party.applicant_number), ("法定代表人", letter.legal_representative)]
    else:
        pairs.append(("证件号码", party.applicant_number))
    if letter.proxy:
        pairs.append(("代办人", letter.proxy))
    pairs += [("申请事项", party.item_name), ("受理编号", party.receipt_no)]
    yield kit.fields(pairs, label_chars=9 if letter.organisation else 5)
    yield kit.space(2)
    yield from kit.body(f"{who}向{station}申请办理“{party.item_name}”事项。因下列材料暂时无法提供，{who}申请容缺受理：")
    yield _pledged_table(kit, letter.pledged)
    yield kit.space(2)
    roles = ["承诺单位（盖章）", "法定代表人（签名）"] if letter.organisation else ["承诺人（签名）"]
    prints = [False, True] if letter.organisation else [True]
    if letter.proxy:
        roles.append("代办人（签名）")
        prints.append(True)
    # The promise, the consequence, the signatures and the date on one page: what is signed stands with the
    # signatures (the table of materials above may run over pages; it is named in the promise).
    yield kit.keep_together([
        *kit.body(f"{who}郑重承诺："),
        *kit.body("一、已提交的申请材料真实、合法、有效，上述暂缺材料确实存在且符合办理要求。"),
        *kit.body(f"二、于{chinese_date(letter.due)}前向{station}补交上述全部材料。"),
        *kit.body(f"三、{REVOCATION.replace('本站', station)}（已作出办理结果的，依法处理），由此产生的法律责任和"
                  f"后果由{who}承担。"),
        *kit.body(f"本承诺书一式两份，{who}和{station}各执一份。"),
        kit.space(4),
        kit.signatures(roles, fingerprint=prints, date_line=True),
    ])


@register(NOTICE_KIND, label=NOTICE_TITLE, permission=Permission.INTAKE_VIEW)
def render_notice_payload(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    notice = PledgeNotice.from_payload(payload)
    return render_a4(meta, header, lambda kit: notice_body(kit, notice))


@register(LETTER_KIND, label=LETTER_TITLE, permission=Permission.INTAKE_VIEW)
def render_letter_payload(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    letter = PledgeLetter.from_payload(payload)
    return render_a4(meta, header, lambda kit: letter_body(kit, letter))


def _meta(title: str, party: NoticeParty) -> DocumentMeta:
    return DocumentMeta(title=title, printed_at=party.registered_at, number=party.receipt_no,
                        operator=party.clerk_name)


def render_pledge_notice(notice: PledgeNotice, header: StationHeader) -> bytes:
    return render_notice_payload(notice.to_payload(), _meta(NOTICE_TITLE, notice.party), header)


def render_pledge_letter(letter: PledgeLetter, header: StationHeader) -> bytes:
    return render_letter_payload(letter.to_payload(), _meta(LETTER_TITLE, letter.party), header)
