"""延期通知书 (行政许可法 Art. 42: the head approved more time) and 告知书 of time not counted
(Art. 45: 听证, 检验, 检测, 鉴定, 专家评审). Kinds ``intake.extension_notice`` and
``intake.pause_notice`` in the document registry, so both can be reprinted exactly (补打).

Both are addressed to the applicant, name the station, the case number and the item, state the
dates and the reason, and quote the article they rest on; the station's seal stands with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from desk.core.permissions import Permission
from desk.documents.intake_notice import NoticeParty
from desk.documents.intake_receipt import chinese_date, signing_block
from desk.documents.kit import DocumentKit
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.registry import decode_time, encode_time, register
from desk.documents.render import render_a4

EXTENSION_KIND = "intake.extension_notice"
EXTENSION_TITLE = "延期通知书"
PAUSE_KIND = "intake.pause_notice"
PAUSE_TITLE = "行政许可期限不计算时间告知书"
ART_42 = ("《中华人民共和国行政许可法》第四十二条：除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起"
          "二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的"
          "理由告知申请人。")
ART_45 = ("《中华人民共和国行政许可法》第四十五条：行政机关作出行政许可决定，依法需要听证、招标、拍卖、检验、检测、"
          "检疫、鉴定和专家评审的，所需时间不计算在本节规定的期限内。行政机关应当将所需时间书面告知申请人。")


def _party_payload(party: NoticeParty) -> dict[str, Any]:
    data = asdict(party)
    data["registered_at"] = encode_time(party.registered_at)
    return data


def _party(payload: dict[str, Any]) -> NoticeParty:
    return NoticeParty(**dict(payload, registered_at=decode_time(payload["registered_at"])))


@dataclass(frozen=True)
class ExtensionNotice:
    party: NoticeParty
    station_name: str
    old_deadline: date
    new_deadline: date
    reason: str
    approved_by: str  # the head who approved (负责人)
    issued_on: date

    def to_payload(self) -> dict[str, Any]:
        return {"party": _party_payload(self.party), "station_name": self.station_name,
                "old_deadline": self.old_deadline.isoformat(), "new_deadline": self.new_deadline.isoformat(),
                "reason": self.reason, "approved_by": self.approved_by, "issued_on": self.issued_on.isoformat()}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> ExtensionNotice:
        return cls(_party(payload["party"]), payload["station_name"], date.fromisoformat(payload["old_deadline"]),
                   date.fromisoformat(payload["new_deadline"]), payload["reason"], payload["approved_by"],
                   date.fromisoformat(payload["issued_on"]))


@dataclass(frozen=True)
class PauseNotice:
    party: NoticeParty
    station_name: str
    cause: str  # 听证 / 检验 / 检测 / 鉴定 / 专家评审
    reason: str
    paused_on: date
    expected_end: date | None
    deadline: date | None  # the deadline when the clock stopped
    days_unit_text: str  # 个工作日 / 日

    def to_payload(self) -> dict[str, Any]:
        return {"party": _party_payload(self.party), "station_name": self.station_name, "cause": self.cause,
                "reason": self.reason, "paused_on": self.paused_on.isoformat(),
                "expected_end": self.expected_end.isoformat() if self.expected_end else None,
                "deadline": self.deadline.isoformat() if self.deadline else None,
                "days_unit_text": self.days_unit_text}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> PauseNotice:
        def day(key: str) -> date | None:
            return date.fromisoformat(payload[key]) if payload.get(key) else None

        return cls(_party(payload["party"]), payload["station_name"], payload["cause"], payload["reason"],
                   date.fromisoformat(payload["paused_on"]), day("expected_end"), day("deadline"),
                   payload["days_unit_text"])


def _fields(kit: DocumentKit, party: NoticeParty, station_name: str) -> Flowable:
    return kit.fields([("受理编号", party.receipt_no), ("受理机构", station_name), ("申请人", party.applicant_name),
                       ("证件号码", party.applicant_number), ("申请事项", party.item_name),
                       ("申请时间", kit.meta.format_time(party.registered_at))], columns=2)


def _closing(kit: DocumentKit, party: NoticeParty, on: date) -> Flowable:
    return kit.keep_together([
        kit.fields([("经办人", party.clerk_name), ("咨询电话", party.clerk_phone)], columns=2),
        kit.space(2),
        signing_block(kit, ["申请人签收"], on, date_line=True),
    ])


def extension_body(kit: DocumentKit, notice: ExtensionNotice) -> Iterable[Flowable]:
    party = notice.party
    yield _fields(kit, party, notice.station_name)
    yield kit.space(2)
    yield from kit.body(
        f"{party.opening(kit)}（受理编号：{party.receipt_no}），原定于{chinese_date(notice.old_deadline)}前办结。"
        f"因{notice.reason.rstrip('。')}，不能在原定期限内作出决定，经本机关负责人批准，办理期限延长至"
        f"{chinese_date(notice.new_deadline)}。")
    yield kit.fields([("原办结期限", chinese_date(notice.old_deadline)),
                      ("延长后办结期限", chinese_date(notice.new_deadline)),
                      ("延期理由", notice.reason), ("批准人", notice.approved_by)], label_chars=7)
    yield kit.heading("法律依据")
    yield kit.text(ART_42)
    yield kit.space(4)
    yield _closing(kit, party, notice.issued_on)


def pause_body(kit: DocumentKit, notice: PauseNotice) -> Iterable[Flowable]:
    party = notice.party
    yield _fields(kit, party, notice.station_name)
    yield kit.space(2)
    expected = (f"预计所需时间至{chinese_date(notice.expected_end)}止" if notice.expected_end
                else "所需时间以实际为准")
    yield from kit.body(
        f"{party.opening(kit)}（受理编号：{party.receipt_no}），依法需要进行{notice.cause}"
        f"（{notice.reason.rstrip('。')}）。自{chinese_date(notice.paused_on)}起，{notice.cause}所需时间不计算在"
        f"办理期限内，{expected}。{notice.cause}结束后恢复计算办理期限，办结期限按不计算的时间相应顺延，"
        "届时另行告知。")
    yield kit.fields([("事由", f"{notice.cause}：{notice.reason}"),
                      ("停止计算期限之日", chinese_date(notice.paused_on)),
                      ("预计结束之日", chinese_date(notice.expected_end) if notice.expected_end else "以实际为准"),
                      ("暂停前办结期限", chinese_date(notice.deadline) if notice.deadline else "待定")],
                     label_chars=8)
    yield kit.heading("法律依据")
    yield kit.text(ART_45)
    yield kit.space(4)
    yield _closing(kit, party, notice.paused_on)


@register(EXTENSION_KIND, label=EXTENSION_TITLE, permission=Permission.INTAKE_VIEW)
def render_extension_payload(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    notice = ExtensionNotice.from_payload(payload)
    return render_a4(meta, header, lambda kit: extension_body(kit, notice))


@register(PAUSE_KIND, label=PAUSE_TITLE, permission=Permission.INTAKE_VIEW)
def render_pause_payload(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    notice = PauseNotice.from_payload(payload)
    return render_a4(meta, header, lambda kit: pause_body(kit, notice))
