"""The printed daily log: key figures, tables, charts, corrections, notes and the signature are in the PDF."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader

from desk.documents import DocumentMeta, ReportColumn, ReportSection, StationHeader, TableReport
from desk.documents.daily_log import ChartSeries, DailyLogPrint, render_daily_log
from desk.services.context import Actor, Desk
from desk.services.queue import calling, serving
from desk.services.report import closing, excel, export
from desk.services.report.log import daily_log
from tests.conftest import FakeClock
from tests.documents.helpers import pdf_text, squash
from tests.services.report_support import DAY, local, make_busy_day


def test_a_daily_log_with_charts_renders_on_a4(header: StationHeader) -> None:
    doc = DailyLogPrint(
        TableReport((ReportSection((ReportColumn("业务", 2), ReportColumn("取号", 1, "right")),
                                   (("A 综合受理", "12"), ("B 社保医保", "7")), "一、按业务统计", ("合计", "19")),),
                    (("日期", "2026-11-20"),), "今日无异常。", signatures=("制表人", "站长"), seal=True),
        (ChartSeries("按业务取号量", ("A 综合受理", "B 社保医保"), (("取号", (12.0, 7.0)), ("办结", (10.0, 7.0)))),
         ChartSeries("按时段等候时间", ("09", "10"), (("平均等候", (3.5, 8.0)),), "单位：分钟")),
        "本日志为关账时冻结的数字。")
    meta = DocumentMeta("工作日志", datetime(2026, 11, 20, 10, tzinfo=timezone.utc), "2026-11-20", "站长甲")
    pdf = render_daily_log(doc, meta, header)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = squash("".join(pdf_text(pdf)))
    for words in ("工作日志", "按业务取号量", "按时段等候时间", "A综合受理", "合计19", "今日无异常", "关账时冻结"):
        assert words in text


def test_the_exported_log_carries_the_figures_corrections_and_notes(
        desk: Desk, admin: Actor, manager: Actor, clerk: Actor, mediator: Actor, clock: FakeClock) -> None:
    make_busy_day(desk, admin, manager, clerk, mediator, clock)
    closing.add_note(desk, manager, DAY, "下午系统断网十分钟。")
    closed = closing.close_day(desk, manager, DAY)
    clock.now = local(DAY, "18:10")
    calling.call_next(desk, clerk, 1)
    serving.finish_service(desk, clerk, 1)
    log = daily_log(desk, manager, DAY)
    q = log.figures.table("queue.by_service")
    text = squash("".join(pdf_text(export.export_pdf(desk, manager, log))))
    expected: list[Any] = [
        "工作日志", "2026-11-20", f"取号/办结/过号：{q.value('total', 'issued')}/{q.value('total', 'served')}/"
                               f"{q.value('total', 'no_show')}",
        "按业务统计取号", "A综合受理", "限额以下小型工程", "邻里纠纷", "好差评", "更正", "下午系统断网十分钟",
        closed.sha256[:20], "制表人", "站长",
    ]
    for words in expected:
        assert str(words) in text, words
    workbook = load_workbook(io.BytesIO(excel.workbook_bytes(log)))
    assert workbook.sheetnames == ["概况", "叫号", "受理", "调解", "更正", "备注"]
    queue = workbook["叫号"]
    cells = [[c.value for c in row] for row in queue.iter_rows()]
    total_row = next(r for r in cells if r[0] == "合计")
    assert total_row[1:4] == [q.value("total", "issued"), q.value("total", "served"), q.value("total", "no_show")]
    assert workbook["更正"].max_row == len(log.corrections) + 1
    assert workbook["备注"]["D2"].value == "下午系统断网十分钟。"
