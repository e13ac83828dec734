from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A5
from reportlab.platypus import Paragraph

from desk.documents import DocumentMeta, PageFormat, render_a4, render_a5, render_document, render_slip
from desk.documents.cjk_wrap import cannot_start_line
from desk.documents.samples import (
    SAMPLE_DAY,
    SAMPLE_LONG_TEXT,
    render_sample_register,
    render_sample_signature_page,
    sample_ticket_slip,
)
from desk.documents.styles import styles_for
from desk.documents.ticket_slip import render_ticket_slip
from tests.documents.helpers import char_boxes, dark_pixel_share, pdf_text, squash

REPRINT = datetime(2024, 6, 1, 1, 5, tzinfo=timezone.utc)  # 09:05 in Shanghai


def _meta(**kw) -> DocumentMeta:
    return DocumentMeta(**{"title": "测试文书", "printed_at": SAMPLE_DAY, "number": "T-001",
                           "operator": "王小红", **kw})


# --- determinism --------------------------------------------------------------------------

@pytest.mark.parametrize("fonts_fixture", ["system_fonts", "cid_fonts"])
def test_same_input_gives_identical_bytes(request, fonts_fixture, header):
    fonts = request.getfixturevalue(fonts_fixture)
    slip = sample_ticket_slip()
    assert render_ticket_slip(slip, header, fonts=fonts) == render_ticket_slip(slip, header, fonts=fonts)
    assert render_sample_register(fonts=fonts) == render_sample_register(fonts=fonts)
    # ...also after other documents were rendered in between (no state leaks between renders).
    first = render_sample_signature_page(fonts=fonts, reprinted_at=REPRINT)
    render_sample_register(fonts=fonts)
    assert render_sample_signature_page(fonts=fonts, reprinted_at=REPRINT) == first


def test_creation_date_comes_from_the_print_time(header, system_fonts):
    pdf = render_a4(_meta(), header, lambda kit: [kit.text("内容")], fonts=system_fonts)
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    assert info.creation_date == datetime(2024, 5, 6, 8, 30, tzinfo=timezone(timedelta(hours=8)))
    assert info.title == "测试文书" and info.author == header.name


def test_different_print_time_gives_different_bytes(header, system_fonts):
    def build(kit):
        return [kit.text("内容")]

    a = render_a4(_meta(), header, build, fonts=system_fonts)
    b = render_a4(_meta(printed_at=SAMPLE_DAY + timedelta(minutes=1)), header, build, fonts=system_fonts)
    assert a != b


# --- reprint, footer, formats ------------------------------------------------------------

def test_reprint_stamp_on_every_page(system_fonts):
    pages = [squash(p) for p in pdf_text(render_sample_register(fonts=system_fonts, reprinted_at=REPRINT))]
    assert len(pages) == 2
    assert all("补打2024-06-0109:05" in page for page in pages)
    original = "".join(pdf_text(render_sample_register(fonts=system_fonts)))
    assert "补打" not in original


def test_a5_and_a4_page_sizes(header, system_fonts):
    def build(kit):
        return [kit.text("内容")]

    for render, size in ((render_a4, A4), (render_a5, A5)):
        box = PdfReader(io.BytesIO(render(_meta(), header, build, fonts=system_fonts))).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size)


def test_slip_footer_shows_print_time_and_operator(header, system_fonts):
    pdf = render_slip(_meta(), header, lambda kit: [kit.text("收据内容")], fonts=system_fonts)
    text = squash(pdf_text(pdf)[0])
    assert "打印时间：2024-05-0608:30" in text and "经办人：王小红" in text and "编号：T-001" in text


def test_heading_can_be_left_out(header, system_fonts):
    pdf = render_document(_meta(), header, lambda kit: [kit.text("只有正文")], heading=False,
                          page_format=PageFormat.A5, fonts=system_fonts)
    text = squash(pdf_text(pdf)[0])
    assert "只有正文" in text and header.name not in text


def test_user_text_is_escaped_not_parsed_as_markup(header, system_fonts):
    nasty = "张三 <b>李四</b> & 王五 <br/> 5 > 3"
    pdf = render_a4(_meta(title="<标题&>"), header, lambda kit: [
        kit.text(nasty), kit.fields([("姓名", nasty)]), kit.table(["备注"], [[nasty + "很长" * 30]]),
    ], fonts=system_fonts)
    text = squash(pdf_text(pdf)[0])
    assert squash("<标题&>") in text
    assert text.count(squash(nasty)) == 3


def test_aware_times_are_shown_in_station_time():
    meta = _meta(printed_at=datetime(2024, 1, 1, 16, 30, tzinfo=timezone.utc))
    assert meta.format_time(meta.printed_at) == "2024-01-02 00:30"
    assert meta.format_time(datetime(2024, 1, 1, 16, 30)) == "2024-01-01 16:30"
    utc = _meta(timezone="UTC", reprinted_at=datetime(2024, 1, 1, 16, 30, tzinfo=timezone.utc))
    assert utc.reprint_label == "补打 2024-01-01 16:30"


# --- layout: nothing outside the frame, pages not blank -----------------------------------

@pytest.mark.parametrize("which", ["slip", "register", "signature"])
def test_every_character_lies_inside_the_margins(which, header, system_fonts):
    pdf = {
        "slip": lambda: render_ticket_slip(sample_ticket_slip(), header, fonts=system_fonts,
                                           reprinted_at=REPRINT),
        "register": lambda: render_sample_register(fonts=system_fonts, reprinted_at=REPRINT),
        "signature": lambda: render_sample_signature_page(fonts=system_fonts, reprinted_at=REPRINT),
    }[which]()
    page_format = PageFormat.SLIP_80MM if which == "slip" else PageFormat.A4
    left, right, _top, _bottom = page_format.margins
    for (width, height), boxes in char_boxes(pdf):
        assert boxes
        for box in boxes:
            # Closing punctuation may hang into the margin (标点悬挂) instead of starting a line.
            hang = 13 if cannot_start_line(box.char) else 0.5
            assert left - 0.5 <= box.left and box.right <= width - right + hang, box
            assert box.bottom >= 0 and box.top <= height, box


@pytest.mark.parametrize("line_break", [False, True])  # one text run, and several (other code path)
def test_no_line_starts_with_chinese_closing_punctuation(system_fonts, line_break):
    text = "一二三四五六七八九十" * 3 + "，" + "一二三四五六七八九十" * 3 + "；完。"
    style = styles_for(system_fonts, PageFormat.A4).text
    markup = ("开头<br/>" + text) if line_break else text
    for width in range(100, 400, 3):  # many widths, so each mark lands at every line position
        para = Paragraph(markup, style)
        para.wrap(width, 10_000)
        lines = para.blPara.lines
        starts = [("".join(line[1]) if isinstance(line, tuple) else "".join(w.text for w in line.words))[:1]
                  for line in lines]
        assert not any(ch in "，；。" for ch in starts), (width, starts)


def test_long_text_wraps_inside_the_frame_and_loses_nothing(system_fonts):
    pdf = render_sample_signature_page(fonts=system_fonts)
    assert squash(SAMPLE_LONG_TEXT) in squash(pdf_text(pdf)[0])
    (_width, _height), boxes = char_boxes(pdf)[0]
    # The paragraph runs over several lines: its characters sit on more than 3 distinct baselines.
    start = "".join(b.char for b in boxes).index("经核对")
    lines = {round(b.bottom) for b in boxes[start : start + len(squash(SAMPLE_LONG_TEXT))]}
    assert len(lines) > 3


def test_signature_page_carries_fingerprint_boxes_and_seal(system_fonts, tmp_path):
    pdf = render_sample_signature_page(fonts=system_fonts)
    pages = [squash(p) for p in pdf_text(pdf)]
    assert len(pages) == 1
    text = pages[0]
    assert text.count("按手印日期：") == 2  # one box per citizen signer, none for the clerk
    for expected in ("领取人（签名）：", "代领人（签名）：", "经办人（签名）：", "（盖章）", "第1页共1页"):
        assert expected in text, expected
    assert dark_pixel_share(pdf, 0, str(tmp_path / "signature.png")) > 0.01


def test_rendering_from_several_threads_gives_the_same_bytes(system_fonts):
    # The GUI renders in a thread pool; reportlab's per-document font state must not mix.
    expected = render_sample_register(fonts=system_fonts)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: render_sample_register(fonts=system_fonts), range(12)))
    assert all(pdf == expected for pdf in results)
