"""人民调解调查记录, 人民调解记录 and 人民调解回访记录 (reference §§ 4, 5, 8): one document per record."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.platypus import Flowable

from desk.core.permissions import Permission
from desk.documents.kit import DocumentKit
from desk.documents.mediation_forms.common import (
    BLANK,
    committee,
    day,
    filled,
    heading,
    names,
    party_signatures,
    text_or_lines,
)
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.registry import register
from desk.documents.render import render_a4

INVESTIGATION_KIND, INVESTIGATION_TITLE = "mediation.investigation_record", "人民调解调查记录"
SESSION_KIND, SESSION_TITLE = "mediation.session_record", "人民调解记录"
FOLLOWUP_KIND, FOLLOWUP_TITLE = "mediation.followup_record", "人民调解回访记录"


def _named(role: str, name: str | None, how: str = "（签名）") -> str:
    """"记录人 赵淑芬（签名）": the name typed in the case, or just the role when none was kept."""
    return f"{role} {name}{how}" if name else f"{role}{how}"


def _staff(kit: DocumentKit, roles: list[str]) -> Flowable:
    return kit.signatures(roles, columns=2, date_line=False)


def investigation_body(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    record = data["record"]
    yield from heading(kit, data, number=True)
    yield kit.fields(filled([("时间", record.get("held_at", "")), ("地点", record.get("place", "")),
                             ("参加人", record.get("participants", "")), ("被调查人", record.get("subject", ""))]),
                     label_chars=5)
    yield kit.heading("记录")
    written = text_or_lines(kit, record.get("record", ""), 10)
    yield from written[:-1]
    subject = record.get("subject") or ""  # 被调查人: name and basic details, as typed
    yield kit.keep_together([
        written[-1],
        kit.text("以上记录已经被调查人阅读（或向其宣读），确认无误。", style="body"), kit.space(2),
        kit.signatures([_named("被调查人", subject, "（签名盖章或按指印）")], fingerprint=True, date_line=False),
        _staff(kit, ["调查人（签名）", _named("记录人", record.get("recorder"))]),
    ])


def session_body(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    record = data["record"]
    yield from heading(kit, data, number=True)
    yield kit.fields(filled([("时间", record.get("held_at", "")), ("地点", record.get("place", "")),
                             ("事由", data.get("title", "")), ("参加人", record.get("participants", "")),
                             ("当事人", names(data["parties"]))]), label_chars=5)
    yield kit.heading("调解记录")
    yield from text_or_lines(kit, record.get("record", ""), 10)
    mediator = data.get("mediator") or ""
    # The result stays on the page the parties sign: a signature block never stands apart from what it certifies.
    yield kit.keep_together([
        kit.heading("调解结果"), *text_or_lines(kit, record.get("result", ""), 3),
        kit.text("以上记录已经当事人校阅（或向当事人宣读），确认无误。", style="body"), kit.space(2),
        party_signatures(kit, data["parties"]),
        _staff(kit, [_named("人民调解员", mediator), _named("记录人", record.get("recorder"))]),
    ])


def followup_body(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    visit = data["followup"]
    yield from heading(kit, data)
    yield kit.fields(filled([("当事人", visit.get("party_name", "")), ("调解协议编号", data.get("agreement_number", "")),
                             ("回访事由", data.get("title", "")), ("回访时间", day(visit.get("visited_on"))),
                             ("回访方式", visit.get("method_text", ""))]), label_chars=6)
    yield kit.heading("回访情况")
    yield kit.text(f"协议履行情况：{visit.get('performance_text') or BLANK}", style="body")
    yield kit.text(f"当事人对处理结果是否满意：{'满意' if visit.get('satisfied') else '不满意'}", style="body")
    yield from text_or_lines(kit, visit.get("notes", ""), 5)
    yield kit.keep_together([
        kit.heading("已采取的措施"), *text_or_lines(kit, visit.get("measures", ""), 3),
        kit.space(2),
        kit.signatures([_named("回访人", visit.get("visitor"))]),
        kit.space(2),
        kit.seal(committee(kit, data), on=None),
    ])


@register(INVESTIGATION_KIND, label=INVESTIGATION_TITLE, permission=Permission.MEDIATION_READ)
def render_investigation(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return render_a4(meta, header, lambda kit: investigation_body(kit, payload), heading=False)


@register(SESSION_KIND, label=SESSION_TITLE, permission=Permission.MEDIATION_READ)
def render_session(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return render_a4(meta, header, lambda kit: session_body(kit, payload), heading=False)


@register(FOLLOWUP_KIND, label=FOLLOWUP_TITLE, permission=Permission.MEDIATION_READ)
def render_followup(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return render_a4(meta, header, lambda kit: followup_body(kit, payload), heading=False)
