"""人民调解申请书, 人民调解受理登记表 and 人民调解当事人权利义务告知书 (reference §§ 1-3)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from reportlab.platypus import Flowable

from desk.core.mediation import chinese_number
from desk.core.permissions import Permission
from desk.documents.kit import DocumentKit
from desk.documents.mediation_forms.common import (
    BLANK,
    committee,
    date_line,
    day,
    heading,
    names,
    parties_of,
    party_block,
    party_signatures,
    text_or_lines,
)
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.registry import register
from desk.documents.render import render_a4

APPLICATION_KIND, APPLICATION_TITLE = "mediation.application", "人民调解申请书"
REGISTRATION_KIND, REGISTRATION_TITLE = "mediation.registration", "人民调解受理登记表"
RIGHTS_KIND, RIGHTS_TITLE = "mediation.rights_notice", "人民调解当事人权利义务告知书"
DECLARATION = "人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。"
_NUMBERED = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.、．)）]\s*")


def request_lines(requests: str) -> list[str]:
    """当事人申请事项 as the form numbers them (1、2、3……), whatever numbering the clerk typed."""
    items = [_NUMBERED.sub("", line).strip() for line in requests.splitlines()]
    return [f"{n}、{item}" for n, item in enumerate((i for i in items if i), start=1)]


def _sides(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    for side, label in (("applicant", "申请人"), ("respondent", "被申请人")):
        group = parties_of(data, side)
        for n, party in enumerate(group, start=1):
            yield from party_block(kit, party, f"{label}{chinese_number(n) if len(group) > 1 else ''}")


def application_body(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    yield from heading(kit, data)
    yield from _sides(kit, data)
    yield kit.heading("纠纷简要情况陈述")
    yield from text_or_lines(kit, data.get("facts", ""), 5)
    yield kit.heading("当事人申请事项")
    requests = request_lines(data.get("requests", ""))
    yield from ([kit.text(line, style="body") for line in requests] or text_or_lines(kit, "", 3))
    yield kit.keep_together([
        kit.text(DECLARATION, style="body"), kit.space(3),
        party_signatures(kit, parties_of(data, "applicant")), date_line(kit),
    ])


def _source_line(data: dict[str, Any]) -> str:
    # The form offers two sources; a referral (from a service window, a grid worker) is named beside ②.
    applied = data.get("source") == "application"
    bits = [b for b in (data.get("source_text") if data.get("source") not in ("application", "initiative") else "",
                        data.get("referral_note")) if b]
    why = f"（{'，'.join(bits)}）" if bits else ""
    return (f"案件来源：{'■' if applied else '□'}① 当事人申请　"
            f"{'□' if applied else '■'}② 人民调解委员会主动调解{'' if applied else why}")


def registration_body(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    name = committee(kit, data)
    yield from heading(kit, data, number=True)
    yield kit.text(f"{day(data.get('accepted_on'))}，本人民调解委员会经当事人同意，调解{names(data['parties'])}"
                   "之间的纠纷。", style="body")
    yield kit.fields([("纠纷名称", data.get("title") or BLANK), ("纠纷类型", data.get("dispute_type") or BLANK)],
                     columns=1, label_chars=5)
    yield kit.text(_source_line(data), style="text")
    yield kit.heading("当事人")
    for party in data["parties"]:
        side = "申请人" if party["side"] == "applicant" else "被申请人"
        extra = f"（法定代表人或负责人：{party.get('legal_rep') or BLANK}）" if party["kind"] == "organisation" else ""
        yield kit.text(f"{side}：{party['name']}{extra}", style="text")
    # The summary the parties sign for stays on their signatures' page.
    yield kit.keep_together([
        kit.heading("纠纷简要情况"), *text_or_lines(kit, data.get("facts", ""), 5),
        kit.space(2),
        party_signatures(kit, data["parties"], suffix="（签名）", fingerprint=False),
        kit.signatures(["登记人（签名）"], date_line=False),
        kit.space(2),
        kit.seal(name, on=None),
        kit.text("备注：此表由人民调解委员会填写。", style="small"),
    ])


RIGHTS_OPENING = ("根据有关法律、法规的要求，现将人民调解委员会的性质、调解原则和法律效果，以及在调解中各方当事人"
                  "享有的权利和应当承担的义务告知如下：")
RIGHTS_TEXT = (
    ("一、人民调解委员会是调解民间纠纷的群众性组织（《中华人民共和国人民调解法》第七条）。人民调解委员会调解民间纠纷，"
     "不收取任何费用（第四条）。"),
    ("二、人民调解委员会调解民间纠纷，遵循下列原则：在当事人自愿、平等的基础上进行调解；不违背法律、法规和国家政策；"
     "尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利（第三条）。"),
    ("三、经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行（第三十一条）。当事人认为"
     "有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认（第三十三条）。"),
    "四、当事人在人民调解活动中享有下列权利（第二十三条）：",
    "（一）选择或者接受人民调解员；",
    "（二）接受调解、拒绝调解或者要求终止调解；",
    "（三）要求调解公开进行或者不公开进行；",
    "（四）自主表达意愿、自愿达成调解协议。",
    "五、当事人在人民调解活动中履行下列义务（第二十四条）：",
    "（一）如实陈述纠纷事实；",
    "（二）遵守调解现场秩序，尊重人民调解员；",
    "（三）尊重对方当事人行使权利。",
)


def rights_body(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    yield from heading(kit, data)
    yield kit.text(f"{names(data['parties'])}：", style="text")
    yield kit.text(RIGHTS_OPENING, style="body")
    for line in RIGHTS_TEXT[:-4]:
        yield kit.text(line, style="body")
    yield kit.keep_together([  # the duties, read last, stand with the signatures acknowledging them
        *(kit.text(line, style="body") for line in RIGHTS_TEXT[-4:]),
        kit.text("以上内容，本人已知悉。", style="body"), kit.space(3), party_signatures(kit, data["parties"]),
        date_line(kit),
    ])


@register(APPLICATION_KIND, label=APPLICATION_TITLE, permission=Permission.MEDIATION_READ)
def render_application(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return render_a4(meta, header, lambda kit: application_body(kit, payload), heading=False)


@register(REGISTRATION_KIND, label=REGISTRATION_TITLE, permission=Permission.MEDIATION_READ)
def render_registration(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return render_a4(meta, header, lambda kit: registration_body(kit, payload), heading=False)


@register(RIGHTS_KIND, label=RIGHTS_TITLE, permission=Permission.MEDIATION_READ)
def render_rights_notice(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return render_a4(meta, header, lambda kit: rights_body(kit, payload), heading=False)
