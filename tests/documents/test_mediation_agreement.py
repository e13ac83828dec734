"""The agreement PDF carries every element the law and the form require; copies = parties + 1."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from desk.core.mediation import chinese_number
from desk.documents import DocumentFonts, registry
from desk.documents.mediation_agreement import (
    AGREEMENT_KIND,
    ORAL_KIND,
    render_agreement,
    render_oral_agreement,
)
from desk.documents.mediation_samples import sample_agreement_meta, sample_agreement_payload, sample_header
from tests.documents.helpers import pdf_text, squash


def _text(pdf: bytes) -> str:
    return squash("".join(pdf_text(pdf)))


@pytest.fixture(scope="module")
def four_parties() -> bytes:
    return render_agreement(sample_agreement_payload(4, 10), sample_agreement_meta(), sample_header())


def test_every_required_element_is_printed(four_parties: bytes) -> None:
    text = _text(four_parties)
    payload = sample_agreement_payload(4, 10)
    assert "人民调解协议书" in text and "幸福路社区人民调解委员会" in text
    assert "编号：（2026）幸福路人调字第12号" in text
    for party in payload["parties"]:
        assert squash(party["name"]) in text and squash(party["address"]) in text and party["phone"] in text
    for label in ("姓名：", "性别：", "民族：", "年龄：", "职业或职务：", "联系方式：", "单位或住址：",
                  "住所：", "法定代表人或负责人：王国庆", "职务：总经理"):
        assert label in text
    assert "维吾尔族" in text and "52岁" in text and "退休工人" in text
    for heading in ("纠纷主要事实", "争议事项", "各方当事人的责任", "经调解，自愿达成如下协议", "履行方式", "履行期限"):
        assert heading in text
    assert squash(payload["facts"][:30]) in text and squash(payload["responsibilities"][:20]) in text
    for n, term in enumerate(payload["terms"], start=1):
        assert f"{chinese_number(n)}、{squash(term)[:12]}" in text
    assert "2026年12月5日前履行完毕" in text
    assert "人民调解员刘德明（签名）" in text and "记录人赵淑芬（签名）" in text
    assert text.count("按手印") == 3  # one fingerprint box per person; the company seals
    for role in ("申请人张建华（签名）", "被申请人李秀英（签名）", "被申请人示范市安居物业服务有限公司（盖章，代表人签名）"):
        assert role in text
    assert "（盖章）" in text  # the committee seal area
    assert "三十日内共同向人民法院申请司法确认" in text
    assert "本协议于2026年11月20日生效；申请司法确认的期限至2026年12月20日" in text


@pytest.mark.parametrize("parties", [2, 3, 4])
def test_copies_are_parties_plus_one(parties: int) -> None:
    pdf = render_agreement(sample_agreement_payload(parties, 3), sample_agreement_meta(), sample_header())
    text = _text(pdf)
    assert f"本协议一式{chinese_number(parties + 1)}份，当事人、人民调解委员会各持一份" in text
    people = sum(1 for p in sample_agreement_payload(parties, 3)["parties"] if p["kind"] == "person")
    assert text.count("按手印") == people  # an organisation seals instead


def test_a_draft_leaves_the_date_to_fill_in() -> None:
    pdf = render_agreement(sample_agreement_payload(2, 2, effective=None), sample_agreement_meta(), sample_header())
    text = _text(pdf)
    assert "生效；申请司法确认的期限至" not in text and "年月日" in text


def test_signatures_stay_with_the_closing_clauses(four_parties: bytes) -> None:
    pages = [squash(t) for t in pdf_text(four_parties)]
    last = pages[-1]
    assert "本协议一式五份" in last and "人民调解员刘德明（签名）" in last and "（盖章）" in last


def test_registered_for_exact_reprint(four_parties: bytes) -> None:
    again = registry.render(AGREEMENT_KIND, sample_agreement_payload(4, 10), sample_agreement_meta(),
                            sample_header())
    assert again == four_parties
    stamped = registry.render(AGREEMENT_KIND, sample_agreement_payload(4, 10),
                              replace(sample_agreement_meta(), reprinted_at=datetime(2026, 12, 1, tzinfo=timezone.utc)),
                              sample_header())
    assert "补打" in _text(stamped)


def test_oral_agreement_register() -> None:
    payload = {**sample_agreement_payload(2, 2, effective=None), "agreed_on": "2026-11-18"}
    pdf = render_oral_agreement(payload, replace(sample_agreement_meta(), title="人民调解口头协议登记表"),
                                sample_header())
    text = _text(pdf)
    assert "人民调解口头协议登记表" in text and "口头协议内容" in text and "达成协议日期：2026年11月18日" in text
    assert "第三十条" in text and text.count("按手印") == 2
    assert registry.lookup(ORAL_KIND).label == "人民调解口头协议登记表"


def test_cid_fallback_font_still_renders(cid_fonts: DocumentFonts) -> None:
    from desk.documents.mediation_agreement import agreement_body
    from desk.documents.render import render_a4

    pdf = render_a4(sample_agreement_meta(), sample_header(),
                    lambda kit: agreement_body(kit, sample_agreement_payload(4, 10)), fonts=cid_fonts, heading=False)
    assert "本协议一式五份" in _text(pdf)


COMPANY = "示范市幸福家园物业管理有限公司"  # 14 characters: an ordinary company name
LONGEST = "示范市" + "幸福家园" * 24 + "有限公司"  # 103 characters: past the 100 a party name may have


@pytest.mark.parametrize("name", [COMPANY, LONGEST[:100]], ids=["company", "longest-name"])
def test_long_party_names_wrap_on_the_agreement_and_the_oral_register(name: str) -> None:
    payload = sample_agreement_payload(4, 10)
    payload["parties"][3] = {**payload["parties"][3], "name": name}
    payload["parties"][0] = {**payload["parties"][0], "name": name[:60] + "&<代>"}
    text = _text(render_agreement(payload, sample_agreement_meta(), sample_header()))
    assert squash(name) in text and squash(name[:60] + "&<代>") in text
    oral = {**payload, "agreed_on": "2026-11-18"}
    text = _text(render_oral_agreement(oral, replace(sample_agreement_meta(), title="人民调解口头协议登记表"),
                                       sample_header()))
    assert squash(name) in text and text.count("按手印") == 3  # the company seals instead


@pytest.mark.parametrize("parties", [2, 3, 4])
def test_the_wording_fits_the_number_of_parties_and_what_each_can_sign_with(parties: int) -> None:
    payload = sample_agreement_payload(parties, 2)
    text = _text(render_agreement(payload, sample_agreement_meta(), sample_header()))
    people = sum(1 for p in payload["parties"] if p["kind"] == "person")
    assert text.count("按手印") == people  # no fingerprint box beside an organisation's seal line
    if parties == 2:
        assert "双方当事人认为有必要的" in text and "对方当事人可以向人民法院申请强制执行" in text
    else:
        assert "双方当事人" not in text
        assert "各方当事人认为有必要的" in text and "其他当事人可以向人民法院申请强制执行" in text
