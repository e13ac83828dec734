"""The daily log as an Excel workbook (openpyxl, no Qt): a summary sheet, one sheet per section
(叫号, 受理, 调解) with its tables one under the other, then corrections and notes. Counts are
numbers, durations are minutes (numbers with one decimal), so the district can add them up."""

from __future__ import annotations

import io
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk.services.report.chinese import minutes, row_name, zh
from desk.services.report.export import period_text, summary, title
from desk.services.report.model import SECONDS, DailyLog, FigureTable, Value

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEAD_FILL = PatternFill("solid", fgColor="DDE6F2")


def _cell(value: Value, kind: str) -> Value:
    return minutes(value) if kind == SECONDS else value


def _table(sheet: Worksheet, row: int, table: FigureTable) -> int:
    sheet.cell(row, 1, zh(table.title)).font = BOLD
    row += 1
    headers = [zh(table.name_title) or "项目"] + [zh(c.title) + ("(分)" if c.kind == SECONDS else "")
                                                for c in table.columns]
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row, column, text)
        cell.font, cell.fill = BOLD, HEAD_FILL
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    rows = [*table.rows, table.total] if table.total is not None else list(table.rows)
    if not table.rows:
        sheet.cell(row + 1, 1, "（无记录）")
        return row + 3
    for figure_row in rows:
        row += 1
        sheet.cell(row, 1, row_name(figure_row.name))
        for column, (value, spec) in enumerate(zip(figure_row.values, table.columns, strict=True), start=2):
            cell = sheet.cell(row, column, _cell(value, spec.kind))
            if spec.kind == SECONDS:
                cell.number_format = "0.0"
        if figure_row is table.total:
            for column in range(1, len(headers) + 1):
                sheet.cell(row, column).font = BOLD
    return row + 2


def _widths(sheet: Worksheet, first: int = 24, other: int = 11) -> None:
    sheet.column_dimensions["A"].width = first
    for column in range(2, sheet.max_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = other


def _summary(book: Workbook, log: DailyLog) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.title = "概况"
    sheet.cell(1, 1, f"{log.station_name} {title(log)}").font = TITLE
    for row, (label, value) in enumerate(summary(log), start=3):
        sheet.cell(row, 1, label).font = BOLD
        sheet.cell(row, 2, value)
    _widths(sheet, 22, 60)


def _corrections(book: Workbook, log: DailyLog) -> None:
    sheet = book.create_sheet("更正")
    headers = ("日期", "统计表", "项目", "指标", "关账时", "现在")
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(1, column, text)
        cell.font, cell.fill = BOLD, HEAD_FILL
    if not log.corrections:
        sheet.cell(2, 1, "关账后没有记录变动。" if log.closed else "所选日期尚未关账。")
    for row, c in enumerate(log.corrections, start=2):
        values = (c.day.isoformat(), zh(c.table_title), row_name(c.row), zh(c.column_title),
                  _cell(c.frozen, c.kind), _cell(c.now, c.kind))
        for column, value in enumerate(values, start=1):
            sheet.cell(row, column, value)
    _widths(sheet, 12, 18)


def _notes(book: Workbook, log: DailyLog) -> None:
    sheet = book.create_sheet("备注")
    for column, text in enumerate(("日期", "填写人", "时间", "内容"), start=1):
        cell = sheet.cell(1, column, text)
        cell.font, cell.fill = BOLD, HEAD_FILL
    for row, note in enumerate(log.notes, start=2):
        sheet.cell(row, 1, note.day.isoformat())
        sheet.cell(row, 2, note.author)
        sheet.cell(row, 3, f"{note.written_at.astimezone(ZoneInfo(log.zone)):%Y-%m-%d %H:%M}")
        sheet.cell(row, 4, note.text).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 12, 12
    sheet.column_dimensions["C"].width, sheet.column_dimensions["D"].width = 22, 80


def workbook_bytes(log: DailyLog) -> bytes:
    book = Workbook()
    _summary(book, log)
    for section in log.figures.sections:
        sheet = book.create_sheet(zh(section.title))
        sheet.cell(1, 1, f"{zh(section.title)}　{period_text(log)}").font = TITLE
        row = 3
        for table in section.tables:
            row = _table(sheet, row, table)
        _widths(sheet)
    _corrections(book, log)
    _notes(book, log)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
