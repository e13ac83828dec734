from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from desk.documents import DEFAULT_TICKET_NOTICE, TicketSlip, render_ticket_slip
from desk.documents.samples import sample_ticket_slip
from tests.documents.helpers import dark_pixel_share, pdf_text, squash


def _page_size(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width), float(box.height)


@pytest.fixture
def slip() -> TicketSlip:
    return sample_ticket_slip()


def test_slip_carries_every_field(slip, header, system_fonts):
    pdf = render_ticket_slip(slip, header, fonts=system_fonts)
    pages = pdf_text(pdf)
    assert len(pages) == 1
    text = squash(pages[0])
    for expected in (
        header.name, header.committee_name, header.address, header.phone,
        "A012", "户籍业务", "您前面还有5人等候", "取号时间：2024-05-0609:11:07",  # 01:11 UTC in Shanghai
        squash(DEFAULT_TICKET_NOTICE), "扫码查看叫号进度",
    ):
        assert squash(expected) in text, expected


def test_slip_is_80_mm_wide_and_as_tall_as_its_content(slip, header, system_fonts):
    short = render_ticket_slip(replace(slip, qr_data=None), header, fonts=system_fonts)
    with_qr = render_ticket_slip(slip, header, fonts=system_fonts)
    long_notice = render_ticket_slip(replace(slip, notice="请留意叫号。" * 40), header, fonts=system_fonts)
    width, height = _page_size(short)
    assert width == pytest.approx(80 * mm)
    assert 50 * mm < height < 120 * mm
    assert _page_size(with_qr)[1] > height + 24 * mm  # the QR code and its caption
    assert _page_size(long_notice)[1] > height + 20 * mm
    for pdf in (short, with_qr, long_notice):
        assert len(pdf_text(pdf)) == 1  # auto height never spills onto a second slip


def test_slip_without_anyone_waiting_and_with_priority(slip, header, system_fonts):
    pdf = render_ticket_slip(replace(slip, waiting_ahead=0, priority_label="绿色通道", qr_data=None),
                             header, fonts=system_fonts)
    text = squash(pdf_text(pdf)[0])
    assert "您前面暂无人等候" in text and "【绿色通道】" in text
    assert "扫码" not in text


def test_naive_issue_time_is_printed_as_given(slip, header, system_fonts):
    naive = replace(slip, issued_at=datetime(2024, 5, 6, 14, 2, 3))
    pdf = render_ticket_slip(naive, header, fonts=system_fonts)
    assert "2024-05-0614:02:03" in squash(pdf_text(pdf)[0])


def test_reprinted_slip_is_stamped(slip, header, system_fonts):
    pdf = render_ticket_slip(slip, header, reprinted_at=datetime(2024, 5, 6, 2, 0, tzinfo=timezone.utc),
                             fonts=system_fonts)
    assert "补打2024-05-0610:00" in squash(pdf_text(pdf)[0])


def test_slip_renders_to_a_png_that_is_not_blank(slip, header, system_fonts, tmp_path):
    pdf = render_ticket_slip(slip, header, fonts=system_fonts)
    png = tmp_path / "slip.png"
    share = dark_pixel_share(pdf, png_path=str(png))
    assert png.stat().st_size > 1000
    assert 0.03 < share < 0.5  # ink: the big number and the QR code, but mostly white paper


def test_slip_with_cid_fallback_still_carries_the_number(slip, header, cid_fonts):
    text = squash(pdf_text(render_ticket_slip(slip, header, fonts=cid_fonts))[0])
    assert "A012" in text and "户籍业务" in text
