"""人民调解协议书 and 人民调解口头协议登记表 (人民调解法 Art. 28-33; MOJ form fields).

Every element the law and the form ask for is printed: the number; each party's details (persons:
姓名 性别 民族 年龄 职业或职务 联系方式 单位或住址; organisations: 名称 住所 法定代表人或负责人); the
main facts, disputed matters and each party's responsibility; numbered agreed terms; how and by
when they are performed; "本协议一式N份" with N = parties + 1; a signature and fingerprint slot for
every party; the mediator's and the recorder's signatures; the committee's seal area with the
date; the note on joint judicial confirmation within 30 days (Art. 33).

The payload is plain JSON (see ``agreement_payload`` in the mediation services), so an issued
agreement can be printed again exactly (registry kind "mediation.agreement").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from reportlab.platypus import Flowable

from desk.core.mediation import JUDICIAL_CONFIRMATION_DAYS, agreement_copies, chinese_number
from desk.core.permissions import Permission
from desk.documents.kit import DocumentKit
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.registry import register
from desk.documents.render import render_a4
from desk.documents.signatures import format_date

AGREEMENT_KIND = "mediation.agreement"
ORAL_KIND = "mediation.oral_agreement"
AGREEMENT_TITLE = "人民调解协议书"
ORAL_TITLE = "人民调解口头协议登记表"
SIDES = {"applicant": "申请人", "respondent": "被申请人"}
EFFECT_NOTE = ("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效，"
               "具有法律约束力，当事人应当按照约定履行。")


def judicial_note(party_count: int) -> str:
    """人民调解法 Art. 33 in the agreement's words: "双方" reads wrong under three or four parties."""
    both, other = ("双方", "对方") if party_count <= 2 else ("各方", "其他")
    return (f"{both}当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认"
            "（《中华人民共和国人民调解法》第三十三条）；人民法院依法确认协议有效后，一方拒绝履行或者"
            f"未全部履行的，{other}当事人可以向人民法院申请强制执行。")

def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def party_fields(party: dict[str, Any]) -> list[tuple[str, str]]:
    """The form's rows for one party, person or organisation."""
    if party["kind"] == "organisation":
        pairs = [("名称", party["name"]), ("联系方式", party.get("phone") or ""),
                 ("住所", party.get("address") or ""), ("法定代表人或负责人", party.get("legal_rep") or "")]
        if party.get("occupation"):  # the representative's 职务 (an organisation keeps it in "occupation")
            pairs.append(("职务", party["occupation"]))
        if party.get("agent"):
            pairs.append(("参加调解的代表人", party["agent"]))
        if party.get("uscc"):
            pairs.append(("统一社会信用代码", party["uscc"]))
        return pairs
    age = party.get("age")
    pairs = [("姓名", party["name"]), ("性别", party.get("sex") or ""), ("民族", party.get("ethnicity") or ""),
             ("年龄", f"{age}岁" if age is not None else ""), ("职业或职务", party.get("occupation") or ""),
             ("联系方式", party.get("phone") or ""), ("单位或住址", party.get("address") or "")]
    if party.get("agent"):
        pairs.append(("委托代理人", party["agent"]))
    return pairs


def _heading(kit: DocumentKit, committee: str) -> list[Flowable]:
    # The committee, not the station, issues the agreement: its name heads the page.
    out: list[Flowable] = [kit.text(committee, style="station_name"), kit.text(kit.meta.title, style="title")]
    if kit.meta.number:
        out.append(kit.text(f"编号：{kit.meta.number}", style="number"))
    return out


def _parties(kit: DocumentKit, parties: list[dict[str, Any]]) -> Iterable[Flowable]:
    yield kit.heading("一、当事人基本情况")
    for n, party in enumerate(parties, start=1):
        yield kit.text(f"当事人{chinese_number(n)}（{SIDES.get(party['side'], '当事人')}）", style="text")
        yield kit.fields(party_fields(party), columns=2, label_chars=9)


def term_deadlines(data: dict[str, Any]) -> list[date | None]:
    """Each term's own deadline (None: the agreement's); payloads issued before terms had one have none."""
    own = [_day(d) for d in data.get("term_deadlines") or []]
    return (own + [None] * len(data["terms"]))[:len(data["terms"])]


def _terms(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    for n, (term, own) in enumerate(zip(data["terms"], term_deadlines(data), strict=True), start=1):
        lines = [line for line in term.splitlines() if line.strip()] or [""]
        if own is not None:  # the term's own deadline prints with it, where the parties read what they owe
            lines[-1] += f"（履行期限：{format_date(own)}前）"
        yield kit.text(f"{chinese_number(n)}、{lines[0]}", style="body")
        for line in lines[1:]:
            yield kit.text(line, style="body")


def _deadline_sentence(data: dict[str, Any]) -> str:
    deadline = _day(data.get("performance_deadline"))
    own = term_deadlines(data)
    dated = [chinese_number(n) for n, d in enumerate(own, start=1) if d is not None]
    if own and len(dated) == len(own):
        return "履行期限：各项协议内容按该项所列期限履行完毕。"
    if not deadline:
        return "履行期限："
    if dated:
        return f"履行期限：第{'、'.join(dated)}项按该项所列期限履行；其余各项于{format_date(deadline)}前履行完毕。"
    return f"履行期限：{format_date(deadline)}前履行完毕。"


def _performance(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    yield kit.text(f"履行方式：{data['performance_method']}", style="body")
    yield kit.text(_deadline_sentence(data), style="body")


def _signing(kit: DocumentKit, data: dict[str, Any], committee: str, signed_on: date | None,
             closing: list[Flowable]) -> Flowable:
    """The closing clauses, every party's signature and fingerprint slot, mediator, recorder and seal,
    kept on one page: a signature page must never stand apart from the agreement's text."""
    roles = [f"{SIDES.get(p['side'], '当事人')} {p['name']}"
             f"{'（盖章，代表人签名）' if p['kind'] == 'organisation' else '（签名）'}" for p in data["parties"]]
    staff = [f"人民调解员 {data['mediator_name']}（签名）", f"记录人 {data['recorder_name']}（签名）"]
    return kit.keep_together([
        *closing,
        kit.space(2),
        # A person signs and presses a fingerprint; an organisation seals, and has no finger to press.
        kit.signatures(roles, fingerprint=[p["kind"] != "organisation" for p in data["parties"]],
                       date_line=False),
        kit.space(2),
        kit.signatures(staff, columns=2, date_line=False),
        kit.space(3),
        kit.seal(committee or None, on=signed_on),
    ])


def agreement_body(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    committee = data.get("committee_name") or kit.header.committee_name or kit.header.name
    parties = data["parties"]
    copies = agreement_copies(len(parties))
    effective = _day(data.get("effective_on"))
    yield from _heading(kit, committee)
    yield from _parties(kit, parties)
    yield kit.heading("二、纠纷主要事实、争议事项及各方当事人的责任")
    yield kit.text(f"纠纷主要事实：{data['facts']}", style="body")
    yield kit.text(f"争议事项：{data['disputed']}", style="body")
    yield kit.text(f"各方当事人的责任：{data['responsibilities']}", style="body")
    yield kit.heading("三、经调解，自愿达成如下协议：")
    yield from _terms(kit, data)
    yield kit.heading("四、履行方式、时限")
    yield from _performance(kit, data)
    closing: list[Flowable] = [
        kit.heading("五、其他"),
        kit.text(f"本协议一式{chinese_number(copies)}份，当事人、人民调解委员会各持一份。", style="body"),
        kit.text(EFFECT_NOTE, style="body"),
        kit.text(judicial_note(len(parties)), style="body"),
    ]
    if effective is not None:
        # Agreements issued before the calendar moved the last day off holidays reprint as they were.
        last = _day(data.get("judicial_last_day")) or effective + timedelta(days=JUDICIAL_CONFIRMATION_DAYS)
        moves = ("（该年节假日安排公布后，期限末日如为休息日，顺延至其后第一个工作日）"
                 if data.get("judicial_last_day_provisional") else "")
        closing.append(kit.text(f"本协议于{format_date(effective)}生效；申请司法确认的期限至{format_date(last)}{moves}。",
                                style="body"))
    yield _signing(kit, data, committee, effective, closing)


def oral_body(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    committee = data.get("committee_name") or kit.header.committee_name or kit.header.name
    agreed = _day(data.get("agreed_on"))
    yield from _heading(kit, committee)
    yield from _parties(kit, data["parties"])
    yield kit.heading("二、纠纷简要情况（主要事实、争议事项）")
    yield kit.text(f"纠纷主要事实：{data['facts']}", style="body")
    yield kit.text(f"争议事项：{data['disputed']}", style="body")
    yield kit.heading("三、口头协议内容")
    yield from _terms(kit, data)
    yield kit.heading("四、履行方式、时限")
    yield from _performance(kit, data)
    note = kit.text("口头调解协议自各方当事人达成协议之日起生效（《中华人民共和国人民调解法》第三十条）。"
                    f"达成协议日期：{format_date(agreed)}。", style="body")
    yield _signing(kit, data, committee, agreed, [note])


@register(AGREEMENT_KIND, label=AGREEMENT_TITLE, permission=Permission.MEDIATION_READ)
def render_agreement(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return render_a4(meta, header, lambda kit: agreement_body(kit, payload), heading=False)


@register(ORAL_KIND, label=ORAL_TITLE, permission=Permission.MEDIATION_READ)
def render_oral_agreement(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return render_a4(meta, header, lambda kit: oral_body(kit, payload), heading=False)
