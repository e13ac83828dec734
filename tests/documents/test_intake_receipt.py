"""受理回执: every required field is on the page (read back with pypdf), the ID only masked, the
payload round trip that exact reprints rely on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desk.documents import DocumentMeta, StationHeader
from desk.documents.intake_receipt import (
    RECEIPT_KIND,
    IntakeReceipt,
    render_intake_receipt,
    render_receipt_payload,
)
from desk.documents.intake_samples import sample_receipt
from desk.documents.registry import lookup
from tests.documents.helpers import dark_pixel_share, pdf_text, squash


def _text(pdf: bytes) -> str:
    return squash("".join(pdf_text(pdf)))


def test_the_receipt_carries_every_required_field(header: StationHeader) -> None:
    receipt = sample_receipt()
    pdf = render_intake_receipt(receipt, header)
    pages = pdf_text(pdf)
    assert len(pages) == 1  # one sheet to hand over
    text = squash(pages[0])
    for expected in (
        "受理回执", "编号：SL20261120-0007", header.name,
        "申请人", "张三", "110***********0010", "13812345678", "受理时间", "2026-11-2009:42",
        "限额以下小型工程（装修）施工备案", "CG-01", "承诺件", "代办人", "李四（网格员帮办，310***********8887）",
        "已收取的申请材料", "居民身份证", "房屋产权证明或租赁合同", "原件+复印件", "装修施工方案及平面图",
        "施工单位营业执照及资质证书",
        "首问负责人", "李晓梅", "13800000011",
        "承诺时限", "5个工作日", "法定时限", "办结期限", "2026年11月27日前办结", "受理当日不计入",
        "进度查询", squash(receipt.progress), "结果送达", squash(receipt.delivery), "扫码获取受理编号",
        "申请人（签名）", "受理人（签名）", "（盖章）",
    ):
        assert squash(expected) in text, expected
    assert "110101198001010010" not in text


def test_the_qr_code_holds_the_receipt_number(header: StationHeader) -> None:
    receipt = sample_receipt()
    same = render_intake_receipt(receipt, header)
    other = render_intake_receipt(replace(receipt, qr_data="SL20261120-0099"), header)
    assert same != other and same == render_intake_receipt(receipt, header)
    assert dark_pixel_share(same) > 0.01


def test_no_deadline_date_is_invented(header: StationHeader) -> None:
    flagged = replace(sample_receipt(), deadline=None,
                      deadline_note="2027年节假日安排尚未公布，办结日期确定后电话告知（承诺 5 个工作日）")
    text = _text(render_intake_receipt(flagged, header))
    assert "2027年节假日安排尚未公布" in text and "前办结" not in text
    instant = replace(sample_receipt(), promised_days=0, deadline=date(2026, 11, 20), item_kind="即办件")
    assert "当场办结" in _text(render_intake_receipt(instant, header))


def test_payload_round_trip_gives_the_same_bytes(header: StationHeader) -> None:
    receipt = sample_receipt()
    payload = receipt.to_payload()
    assert IntakeReceipt.from_payload(payload) == receipt
    meta = DocumentMeta(title="受理回执", printed_at=receipt.accepted_at, number=receipt.receipt_no)
    assert lookup(RECEIPT_KIND).render(payload, meta, header) == render_receipt_payload(payload, meta, header)
    reprint = render_receipt_payload(payload, replace(meta, reprinted_at=receipt.accepted_at), header)
    assert "补打" in _text(reprint)


def test_long_values_wrap_instead_of_spilling(header: StationHeader) -> None:
    long = replace(sample_receipt(), item_name="很长的事项名称" * 10,
                   materials=sample_receipt().materials * 6, statutory_note="说明" * 200)
    pages = pdf_text(render_intake_receipt(long, header))
    assert len(pages) >= 2 and "受理人（签名）" in squash(pages[-1])
