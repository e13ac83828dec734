"""Realistic mediation payloads for tests, the benchmark and a visual check.

    python -m desk.documents.mediation_samples /tmp/out   # agreement.pdf (4 parties), cover.pdf
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from desk.documents.mediation_agreement import AGREEMENT_TITLE, render_agreement
from desk.documents.mediation_file_cover import COVER_TITLE, render_file_cover
from desk.documents.model import DocumentMeta, StationHeader

SAMPLE_PRINTED = datetime(2026, 11, 20, 6, 30, tzinfo=timezone.utc)
_PARTIES: list[dict[str, Any]] = [
    {"side": "applicant", "kind": "person", "name": "张建华", "sex": "男", "ethnicity": "汉族", "age": 52,
     "occupation": "退休工人", "phone": "13812345678", "address": "示范市平安区幸福路12号3单元301室"},
    {"side": "applicant", "kind": "person", "name": "阿依古丽·买买提", "sex": "女", "ethnicity": "维吾尔族", "age": 47,
     "occupation": "个体经营", "phone": "13987654321", "address": "示范市平安区幸福路12号3单元302室"},
    {"side": "respondent", "kind": "person", "name": "李秀英", "sex": "女", "ethnicity": "汉族", "age": 38,
     "occupation": "教师", "phone": "021-55550102", "address": "示范市平安区幸福路12号3单元401室"},
    {"side": "respondent", "kind": "organisation", "name": "示范市安居物业服务有限公司", "phone": "021-55551234",
     "address": "示范市平安区幸福路1号", "legal_rep": "王国庆", "occupation": "总经理", "agent": "陈志强（项目经理）",
     "uscc": "91310000MA1FL8XQ4A"},
]
_TERMS = [
    "李秀英于2026年12月5日前自行委托有资质的施工单位修复其卫生间防水层，费用由李秀英承担。",
    "李秀英赔偿张建华天花板及墙面修复费用人民币壹仟伍佰元整（¥1,500.00）。",
    "李秀英赔偿阿依古丽·买买提橱柜损失人民币捌佰元整（¥800.00）。",
    "示范市安居物业服务有限公司于2026年11月30日前疏通3单元公共排水立管，并出具书面检查报告。",
    "物业公司承担公共立管疏通费用，并向张建华支付补偿款人民币伍佰元整（¥500.00）。",
    "施工期间，张建华、阿依古丽·买买提应为施工人员进入其住宅查看管道提供便利。",
    "各方同意修复完成后由物业公司组织闭水试验，各方当事人到场确认。",
    "上述款项以现金当面支付，收款人出具收条，收条归入调解卷宗。",
    "各方确认本纠纷就此了结，今后不再就本次漏水事项向对方主张其他权利。",
    "各方今后应互谅互让，和睦相处；再有漏水等情况应及时告知对方和物业公司。",
]


def sample_agreement_payload(parties: int = 4, terms: int = 10, effective: str | None = "2026-11-20") -> dict[str, Any]:
    return {
        "committee_name": "幸福路社区人民调解委员会",
        "parties": [dict(p) for p in _PARTIES[:parties]],
        "facts": "2026年10月起，李秀英家卫生间防水层老化漏水，加之3单元公共排水立管堵塞，致张建华、阿依古丽·"
                 "买买提两家天花板、墙面霉变，橱柜受损。双方多次协商未果，张建华于2026年11月16日申请调解。",
        "disputed": "漏水原因、维修责任的承担以及损失赔偿的数额。",
        "responsibilities": "李秀英对其卫生间防水层失修承担主要责任；物业公司对公共立管疏通不及时承担次要责任；"
                            "张建华、阿依古丽·买买提发现漏水后未及时告知，自行承担部分损失。",
        "terms": list(_TERMS[:terms]),
        "performance_method": "维修由责任方自行委托施工；赔偿款以现金当面支付并由收款人出具收条。",
        "performance_deadline": "2026-12-05",
        "mediator_name": "刘德明",
        "recorder_name": "赵淑芬",
        "effective_on": effective,
        "agreed_on": None,
    }


def sample_header() -> StationHeader:
    return StationHeader(name="幸福路社区综合网格工作站", committee_name="幸福路社区人民调解委员会",
                         address="示范市平安区幸福路88号", phone="021-55550101", seal_text="幸福路社区人民调解委员会")


def sample_agreement_meta() -> DocumentMeta:
    return DocumentMeta(title=AGREEMENT_TITLE, printed_at=SAMPLE_PRINTED, number="（2026）幸福路人调字第12号",
                        operator="刘德明")


def sample_cover_payload() -> dict[str, Any]:
    contents = [
        {"code": 1, "name": "人民调解申请书或人民调解受理登记表", "required": True, "present": True, "pages": 2, "note": "受理登记表"},
        {"code": 2, "name": "人民调解当事人权利义务告知书", "required": True, "present": True, "pages": 4, "note": ""},
        {"code": 3, "name": "当事人身份证明", "required": True, "present": False, "pages": None, "note": ""},
        {"code": 7, "name": "人民调解记录", "required": True, "present": True, "pages": 3, "note": "2 份"},
        {"code": 8, "name": "人民调解协议书", "required": True, "present": True, "pages": 2, "note": ""},
        {"code": 10, "name": "人民调解回访记录", "required": False, "present": True, "pages": 1, "note": ""},
        {"code": 13, "name": "封底", "required": True, "present": False, "pages": None, "note": ""},
    ]
    return {"committee_name": "幸福路社区人民调解委员会", "title": "张建华等与李秀英等漏水纠纷",
            "number": "（2026）幸福路人调字第12号", "mediators": "刘德明、赵淑芬", "started_on": "2026-11-16",
            "ended_on": "2026-11-20", "archivist": "赵淑芬", "archived_on": "2026-11-27", "retention": "长期",
            "remarks": "", "contents": contents}


def main(argv: list[str]) -> None:
    out = Path(argv[0] if argv else ".")
    out.mkdir(parents=True, exist_ok=True)
    (out / "agreement.pdf").write_bytes(render_agreement(sample_agreement_payload(), sample_agreement_meta(),
                                                         sample_header()))
    cover_meta = DocumentMeta(title=COVER_TITLE, printed_at=SAMPLE_PRINTED, number="（2026）幸福路人调字第12号")
    (out / "cover.pdf").write_bytes(render_file_cover(sample_cover_payload(), cover_meta, sample_header()))


if __name__ == "__main__":
    main(sys.argv[1:])
