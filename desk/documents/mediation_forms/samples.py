"""Payloads for every mediation form, with 2 to 5 parties, persons and organisations, names at their longest.

    python -m desk.documents.mediation_forms.samples /tmp/out [parties] [--longest]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from desk.documents.mediation_forms import intake_forms, record_forms
from desk.documents.mediation_samples import SAMPLE_PRINTED, sample_header
from desk.documents.model import DocumentMeta

NUMBER = "（2026）幸福路人调字第12号"
# Field limits of the case's party (desk.store.models.mediation_case.MedParty).
NAME_MAX, ADDRESS_MAX, PERSON_MAX = 100, 200, 60


def _long(text: str, limit: int) -> str:
    return (text * (limit // len(text) + 1))[:limit]


def sample_parties(count: int, *, longest: bool = False) -> list[dict[str, Any]]:
    """Alternating persons and organisations, applicants first; with ``longest`` every field is full."""
    out: list[dict[str, Any]] = []
    for n in range(count):
        side = "applicant" if n < (count + 1) // 2 else "respondent"
        if n % 2 == 1:
            name = "示范市幸福家园物业管理有限公司" + (f"第{n}分公司" if count > 2 else "")
            out.append({"side": side, "kind": "organisation", "name": _long(name, NAME_MAX) if longest else name,
                        "phone": "021-55551234", "address": _long("示范市平安区幸福路1号", ADDRESS_MAX) if longest
                        else "示范市平安区幸福路1号", "legal_rep": _long("王国庆", PERSON_MAX) if longest else "王国庆",
                        "occupation": "总经理", "agent": _long("陈志强（项目经理）", PERSON_MAX) if longest
                        else "陈志强（项目经理）", "uscc": "91310000MA1FL8XQ4A", "sex": "", "ethnicity": "", "age": None})
        else:
            name = ["张建华", "阿依古丽·买买提", "李秀英"][n // 2 % 3]
            out.append({"side": side, "kind": "person", "name": _long(name, NAME_MAX) if longest else name,
                        "sex": "男" if n % 4 == 0 else "女", "ethnicity": "汉族", "age": 52 - n,
                        "occupation": "退休工人", "phone": "13812345678",
                        "address": _long("示范市平安区幸福路12号3单元301室", ADDRESS_MAX) if longest
                        else "示范市平安区幸福路12号3单元301室", "legal_rep": "", "uscc": "",
                        "agent": "赵律师（委托代理人）" if n == 2 else ""})
    return out


def sample_case_payload(parties: int = 2, *, longest: bool = False) -> dict[str, Any]:
    return {
        "committee_name": "幸福路社区人民调解委员会", "number": NUMBER, "title": "楼上漏水纠纷",
        "dispute_type": "邻里纠纷", "source": "application", "source_text": "当事人申请", "referral_note": "",
        "accepted_on": "2026-11-16", "mediator": "刘德明",
        "facts": "2026年10月起，楼上卫生间防水层老化漏水，致楼下天花板、墙面霉变。双方多次协商未果。",
        "requests": "1. 修复漏水\n2. 赔偿损失1500元", "parties": sample_parties(parties, longest=longest),
    }


def sample_record(kind: str = "session") -> dict[str, Any]:
    return {"held_at": "2026年11月18日 9时30分", "place": "幸福路社区调解室",
            "participants": "周警官（平安派出所）" if kind == "session" else "刘德明、赵淑芬",
            "subject": "" if kind == "session" else "王大妈，女，67岁，3单元201室住户",
            "record": "调解员告知当事人权利义务及调解原则，双方分别陈述。\n双方同意由楼上修复防水层并赔偿损失。",
            "result": "" if kind == "investigation" else "达成协议，制作人民调解协议书。", "recorder": "赵淑芬"}


def sample_followup() -> dict[str, Any]:
    return {"visited_on": "2026-12-08", "party_name": "张建华", "method_text": "电话回访",
            "performance_text": "已全部履行", "satisfied": True, "notes": "防水层已修复，赔偿款已当面支付。", "measures": "",
            "visitor": "刘德明"}


def render_all(parties: int = 2, *, longest: bool = False) -> dict[str, bytes]:
    """Every form for one case, by kind."""
    data = sample_case_payload(parties, longest=longest)
    out = {}
    for kind, title, render, extra in (
        (intake_forms.APPLICATION_KIND, intake_forms.APPLICATION_TITLE, intake_forms.render_application, {}),
        (intake_forms.REGISTRATION_KIND, intake_forms.REGISTRATION_TITLE, intake_forms.render_registration, {}),
        (intake_forms.RIGHTS_KIND, intake_forms.RIGHTS_TITLE, intake_forms.render_rights_notice, {}),
        (record_forms.INVESTIGATION_KIND, record_forms.INVESTIGATION_TITLE, record_forms.render_investigation,
         {"record": sample_record("investigation")}),
        (record_forms.SESSION_KIND, record_forms.SESSION_TITLE, record_forms.render_session,
         {"record": sample_record()}),
        (record_forms.FOLLOWUP_KIND, record_forms.FOLLOWUP_TITLE, record_forms.render_followup,
         {"followup": sample_followup(), "agreement_number": NUMBER}),
    ):
        meta = DocumentMeta(title=title, printed_at=SAMPLE_PRINTED, number=NUMBER, operator="刘德明")
        out[kind] = render({**data, **extra}, meta, sample_header())
    return out


def main(argv: list[str]) -> None:
    out = Path(argv[0] if argv else ".")
    out.mkdir(parents=True, exist_ok=True)
    parties = int(argv[1]) if len(argv) > 1 else 2
    for kind, pdf in render_all(parties, longest="--longest" in argv).items():
        (out / f"{kind.split('.')[1]}.pdf").write_bytes(pdf)


if __name__ == "__main__":
    main(sys.argv[1:])
