from __future__ import annotations

import pytest

from desk.documents import (
    DocumentMeta,
    PageFormat,
    ReportColumn,
    ReportSection,
    TableReport,
    render_table_report,
)
from desk.documents.samples import SAMPLE_DAY, render_sample_register, sample_header, sample_register
from tests.documents.helpers import dark_pixel_share, pdf_text, squash


@pytest.fixture(scope="module")
def register_pages(system_fonts) -> list[str]:
    return [squash(page) for page in pdf_text(render_sample_register(fonts=system_fonts))]


def test_register_spans_two_numbered_pages(register_pages):
    assert len(register_pages) == 2
    assert "第1页共2页" in register_pages[0]
    assert "第2页共2页" in register_pages[1]


def test_register_header_row_repeats_on_page_two(register_pages):
    header_row = "序号号码业务办事人取号窗口经办人状态备注"
    assert header_row in register_pages[0]
    assert header_row in register_pages[1]


def test_register_carries_every_row_and_field(register_pages):
    report, meta = sample_register()
    text = "".join(register_pages)
    station = sample_header()
    for expected in (station.name, station.committee_name, station.address, station.phone,
                     meta.title, f"编号：{meta.number}", "日期：2024年5月6日", "来访人数：44人"):
        assert squash(str(expected)) in text, expected
    for row in report.sections[0].rows:
        assert squash("".join(row)) in text, row  # every cell of every row, in order
    # The footer is on both pages: print time in Shanghai time, operator, number.
    for page in register_pages:
        assert "打印时间：2024-05-0617:35" in page and "经办人：王小红" in page and meta.number in page


def test_register_ends_with_notes_signatures_and_seal(register_pages):
    last = register_pages[-1]
    for expected in ("二、当日情况说明", "制表人：", "审核人：", "站长：", "和平里社区居民委员会（盖章）"):
        assert expected in last, expected
    assert "制表人：" not in register_pages[0]


def test_register_pages_are_not_blank(system_fonts, tmp_path):
    pdf = render_sample_register(fonts=system_fonts)
    for index in (0, 1):
        assert dark_pixel_share(pdf, index, str(tmp_path / f"page{index}.png")) > 0.02


def test_sections_with_totals_and_empty_sections(header, system_fonts):
    columns = (ReportColumn("业务"), ReportColumn("件数", align="right"))
    report = TableReport(
        sections=(
            ReportSection(columns, (("户籍业务", 12), ("社保医保", 7)), heading="一、按业务", totals=("合计", 19)),
            ReportSection(columns, (), heading="二、超期件"),
        ),
        signatures=("制表人",),
    )
    meta = DocumentMeta(title="工作日志", printed_at=SAMPLE_DAY)
    for page_format in (PageFormat.A4, PageFormat.A5):
        text = squash("".join(pdf_text(render_table_report(report, meta, header, page_format=page_format,
                                                           fonts=system_fonts))))
        assert "一、按业务业务件数户籍业务12社保医保7合计19" in text
        assert "二、超期件（无记录）" in text
        assert "第1页共1页" in text


def test_signatures_on_new_page(header, system_fonts):
    columns = (ReportColumn("项目"), ReportColumn("内容"))
    report = TableReport(sections=(ReportSection(columns, (("a", "b"),)),), signatures=("制表人", "站长"),
                         seal=True, signatures_on_new_page=True)
    pages = [squash(p) for p in pdf_text(render_table_report(
        report, DocumentMeta(title="签字页", printed_at=SAMPLE_DAY), header, fonts=system_fonts))]
    assert len(pages) == 2
    assert "制表人：" in pages[1] and "（盖章）" in pages[1] and "制表人：" not in pages[0]
