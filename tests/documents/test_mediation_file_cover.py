"""The case file cover (卷宗封面) and contents list (卷内目录), with missing required documents marked."""

from __future__ import annotations

from desk.documents.mediation_file_cover import MISSING_NOTE, page_ranges, render_file_cover
from desk.documents.mediation_samples import SAMPLE_PRINTED, sample_cover_payload, sample_header
from desk.documents.model import DocumentMeta
from tests.documents.helpers import char_boxes, pdf_text, squash


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
    assert page_ranges(entries, first_page=2) == ["2-3", "", "4", "", ""]  # after a one-page contents list


def test_numbers_start_after_the_contents_list() -> None:
    payload = dict(sample_cover_payload(), contents_pages=1)
    pdf = render_file_cover(payload, DocumentMeta(title="人民调解卷宗", printed_at=SAMPLE_PRINTED,
                                                  number=payload["number"]), sample_header())
    contents = squash(pdf_text(pdf)[1])
    assert "1人民调解申请书或人民调解受理登记表2-3" in contents and "2人民调解当事人权利义务告知书4-7" in contents


def _one_line(boxes: list, text: str, wanted: str) -> bool:
    start = text.index(wanted)
    bottoms = [b.bottom for b in boxes[start:start + len(wanted)]]
    return max(bottoms) - min(bottoms) < 6  # glyphs of one line differ by a point or two


def test_the_agreement_number_stays_on_one_line() -> None:
    """The 备注 column is as wide as the agreement number (issue 12, item 9: it wrapped inside its cell)."""
    for number, name_too in (("（2026）幸福路人调字第12号", True), ("（2026）示范市平安区幸福路社区人调字第1234号", False)):
        payload = sample_cover_payload()
        payload["contents"] = [dict(e, note=f"编号 {number}") if e["code"] == 8 else e for e in payload["contents"]]
        pdf = render_file_cover(payload, DocumentMeta(title="人民调解卷宗", printed_at=SAMPLE_PRINTED, number=number),
                                sample_header())
        _size, boxes = char_boxes(pdf)[1]
        text = "".join(b.char for b in boxes)
        assert _one_line(boxes, text, "编号" + number), number
        # With a usual number the document names fit too; a very long one may make a name wrap instead.
        assert _one_line(boxes, text, "人民调解申请书或人民调解受理登记表") or not name_too
