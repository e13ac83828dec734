"""一次性告知书 and 不予受理通知书: every missing material with its requirement, the legal basis and
the date, or the written reason."""

from __future__ import annotations

from desk.documents import StationHeader
from desk.documents.intake_notice import (
    LEGAL_BASIS,
    MissingNotice,
    RefusalNotice,
    render_missing_notice,
    render_refusal_notice,
)
from desk.documents.intake_samples import sample_missing_notice, sample_refusal_notice
from tests.documents.helpers import pdf_text, squash


def test_the_one_time_notice_lists_every_missing_material(header: StationHeader) -> None:
    notice = sample_missing_notice()
    pages = pdf_text(render_missing_notice(notice, header))
    assert len(pages) == 1
    text = squash(pages[0])
    for expected in ("一次性告知书", "编号：SL20261120-0008", "王芳", "310***********8887", "最低生活保障申请",
                     "一次性告知如下", *(m.name for m in notice.missing), *(m.requirement for m in notice.missing),
                     "请于2026年11月27日前携带上述材料", "承诺时限30个工作日", LEGAL_BASIS, "已收取的材料",
                     "居民身份证", "低保申请书", "经办人", "李晓梅", "13800000011", "申请人签收", "（盖章）"):
        assert squash(expected) in text, expected
    assert MissingNotice.from_payload(notice.to_payload()) == notice


def test_the_refusal_notice_gives_the_written_reason(header: StationHeader) -> None:
    notice = sample_refusal_notice()
    text = squash("".join(pdf_text(render_refusal_notice(notice, header))))
    for expected in ("不予受理通知书", "编号：SL20261120-0008", "决定不予受理", notice.reason, "行政复议",
                     "申请人签收"):
        assert squash(expected) in text, expected
    assert RefusalNotice.from_payload(notice.to_payload()) == notice


def test_text_that_looks_like_markup_prints_as_typed(header: StationHeader) -> None:
    notice = RefusalNotice(sample_refusal_notice().party, "材料<b>不全</b> & 其他原因")
    assert "材料<b>不全</b>&其他原因" in squash("".join(pdf_text(render_refusal_notice(notice, header))))
