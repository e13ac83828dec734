"""The case file cover (卷宗封面) and contents list (卷内目录), with missing required documents marked."""

from __future__ import annotations

from desk.documents.mediation_file_cover import MISSING_NOTE, page_ranges, render_file_cover
from desk.documents.mediation_samples import SAMPLE_PRINTED, sample_cover_payload, sample_header
from desk.documents.model import DocumentMeta
from tests.documents.helpers import pdf_text, squash


def test_cover_and_contents() -> None:
    payload = sample_cover_payload()
    pdf = render_file_cover(payload, DocumentMeta(title="人民调解卷宗", printed_at=SAMPLE_PRINTED,
                                                  number=payload["number"]), sample_header())
    cover, contents = (squash(t) for t in pdf_text(pdf))
    assert "幸福路社区人民调解委员会" in cover and "调解卷宗" in cover
    for label, value in (("卷名", payload["title"]), ("卷号", payload["number"]), ("人民调解员", "刘德明、赵淑芬"),
                         ("调解日期", "2026年11月16日至2026年11月20日"), ("立卷人", "赵淑芬"),
                         ("立卷日期", "2026年11月27日"), ("保管期限", "长期"), ("备注", "")):
        assert label in cover and squash(value) in cover
    assert "卷内目录" in contents and "序号文书名称页号备注" in contents
    assert contents.count(MISSING_NOTE) == 2
    assert "尚缺必须归档的材料：当事人身份证明、封底" in contents


def test_page_numbers_run_on_until_one_is_unknown() -> None:
    entries = [{"present": True, "pages": 2}, {"present": False}, {"present": True, "pages": 1},
               {"present": True, "pages": None}, {"present": True, "pages": 3}]
    assert page_ranges(entries) == ["1-2", "", "3", "", ""]
