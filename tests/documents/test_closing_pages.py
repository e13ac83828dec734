"""No page holds only signature lines or a seal: the engine keeps them with the content they certify
(issue 12, item 5). Agreements with 2, 3 and 5 parties, persons and organisations, names at the
longest the case file allows, 1 to 10 terms; and the engine itself with any amount of text."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.platypus import Flowable

from desk.documents import DocumentKit, DocumentMeta, StationHeader, render_a4, render_a5
from desk.documents.mediation_agreement import render_agreement, render_oral_agreement
from desk.documents.mediation_samples import SAMPLE_PRINTED, sample_agreement_meta, sample_agreement_payload
from tests.documents.helpers import closing_only_pages, pdf_text

COMPANY = "示范市幸福家园物业管理有限公司"
LONGEST_COMPANY = (COMPANY * 7)[:100]  # med_party.name holds 100 characters
LONGEST_PERSON = "欧阳诸葛司马上官慕容令狐端木东方独孤南宫"  # a long name; persons sign by hand
STAFF = ("刘德明", "赵淑芬")


def _party(index: int, organisation: bool) -> dict[str, Any]:
    side = "applicant" if index % 2 == 0 else "respondent"
    if organisation:
        return {"side": side, "kind": "organisation", "name": f"{LONGEST_COMPANY[:-1]}{index}", "phone": "021-55551234",
                "address": "示范市平安区幸福路街道幸福路88号幸福家园小区物业服务中心" * 3, "legal_rep": "王国庆",
                "occupation": "总经理", "agent": "陈志强（项目经理）", "uscc": "91310000MA1FL8XQ4A"}
    return {"side": side, "kind": "person", "name": f"{LONGEST_PERSON}{index}", "sex": "男", "ethnicity": "汉族",
            "age": 52, "occupation": "退休工人", "phone": "13812345678",
            "address": "示范市平安区幸福路街道幸福路12号3单元301室" * 4}


def _parties(count: int, mix: str) -> list[dict[str, Any]]:
    return [_party(i, mix == "organisations" or (mix == "mixed" and i % 2 == 1)) for i in range(count)]


def _names(payload: dict[str, Any], header: StationHeader) -> list[str]:
    return [*(p["name"] for p in payload["parties"]), *STAFF, payload["committee_name"], header.name,
            header.committee_name or "", header.seal_text or ""]


@pytest.mark.parametrize("count", [2, 3, 5])
@pytest.mark.parametrize("mix", ["persons", "organisations", "mixed"])
def test_no_agreement_page_holds_only_signatures(count: int, mix: str, header: StationHeader) -> None:
    for terms in range(1, 11):
        payload = sample_agreement_payload(terms=terms)
        payload["parties"] = _parties(count, mix)
        for render in (render_agreement, render_oral_agreement):
            data = dict(payload, agreed_on="2026-11-20") if render is render_oral_agreement else payload
            pdf = render(data, sample_agreement_meta(), header)
            assert closing_only_pages(pdf, _names(payload, header)) == [], (count, mix, terms, render.__name__)


def _filler(kit: DocumentKit, lines: int) -> list[Flowable]:
    return [kit.text(f"第{n}条　本条内容为测试正文，占满一行文字。") for n in range(1, lines + 1)]


@pytest.mark.parametrize("render", [render_a4, render_a5])
def test_the_engine_keeps_signatures_and_seal_with_the_text_before_them(render: Any, header: StationHeader) -> None:
    """Whatever the amount of text, the signatures and the seal share their page with some of it."""
    meta = DocumentMeta(title="告知书", printed_at=SAMPLE_PRINTED, number="T-1", operator="李晓梅")
    pages_seen = set()
    for lines in range(20, 75):
        def build(kit: DocumentKit, lines: int = lines) -> list[Flowable]:
            return [*_filler(kit, lines), kit.space(4), kit.signatures(["申请人（签名）"], fingerprint=render is render_a4),
                    kit.space(2), kit.seal()]

        pdf = render(meta, header, build)
        pages = pdf_text(pdf)
        pages_seen.add(len(pages))
        assert closing_only_pages(pdf, [header.name, header.seal_text or ""]) == [], lines
        assert "第1条" in pages[0] and "（盖章）" in pages[-1]
    assert len(pages_seen) >= 2  # the range crosses a page end


def test_a_page_of_signatures_alone_is_recognised(header: StationHeader) -> None:
    """The check itself: an explicit page break before the signatures gives such a page."""
    meta = DocumentMeta(title="告知书", printed_at=SAMPLE_PRINTED)
    pdf = render_a4(meta, header, lambda kit: [*_filler(kit, 3), kit.page_break(),
                                               kit.signatures(["申请人（签名）", "受理人（签名）"]), kit.seal()])
    assert closing_only_pages(pdf, [header.name, header.seal_text or ""]) == [2]
