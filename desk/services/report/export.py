"""The printable daily log: figures (and corrections, notes) into the A4 document of desk.documents."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desk.core.permissions import Permission
from desk.documents import DocumentMeta, ReportColumn, ReportSection, StationHeader, TableReport
from desk.documents.daily_log import ChartSeries, DailyLogPrint, render_daily_log
from desk.services.context import Actor, Desk, require
from desk.services.document_header import document_header
from desk.services.entry import entry
from desk.services.report.chinese import NUMERALS, minutes, row_name, show, zh
from desk.services.report.model import SECONDS, DailyLog, FigureTable, Value

NAME_WEIGHT = 2.2


def title(log: DailyLog) -> str:
    return "工作日志" if log.single_day else "工作统计"


def period_text(log: DailyLog) -> str:
    f = log.figures
    return f.first_day.isoformat() if log.single_day else f"{f.first_day.isoformat()} 至 {f.last_day.isoformat()}"


def section_of(table: FigureTable, heading: str) -> ReportSection:
    columns = (ReportColumn(zh(table.name_title) or "项目", NAME_WEIGHT),
               *(ReportColumn(zh(c.title) + ("(分)" if c.kind == SECONDS else ""), 1.0, "right")
                 for c in table.columns))
    rows = tuple((row_name(r.name), *(show(v, c.kind) for v, c in zip(r.values, table.columns, strict=True)))
                 for r in table.rows)
    totals = None
    if table.total is not None:
        totals = ("合计", *(show(v, c.kind) for v, c in zip(table.total.values, table.columns, strict=True)))
    return ReportSection(columns, rows, heading, totals)


def summary(log: DailyLog) -> tuple[tuple[str, str], ...]:
    q = log.figures.table("queue.by_service")
    i = log.figures.table("intake.by_item")
    m = log.figures.table("mediation.by_type")
    r = log.figures.table("intake.ratings")
    good = sum(int(row.values[0] or 0) for row in r.rows if row.name[:1] in "345")
    rated = int(r.value("total", "ratings") or 0)
    closed = log.day_closed
    state = (f"已关账（{closed.closed_by} {closed.closed_at.astimezone(ZoneInfo(log.zone)):%Y-%m-%d %H:%M}）"
             if closed else f"其中 {len(log.closed)} 天已关账" if log.closed else "未关账")
    return (
        ("日期", period_text(log)), ("关账", state),
        ("取号 / 办结 / 过号", f"{q.value('total', 'issued')} / {q.value('total', 'served')} / "
                          f"{q.value('total', 'no_show')}"),
        ("平均 / 90%等候（分）", f"{show(q.value('total', 'wait_mean'), SECONDS)} / "
                           f"{show(q.value('total', 'wait_p90'), SECONDS)}"),
        ("登记 / 受理 / 办结", f"{i.value('total', 'registered')} / {i.value('total', 'accepted')} / "
                          f"{i.value('total', 'completed')}"),
        ("逾期 / 临期", f"{i.value('total', 'overdue')} / {i.value('total', 'due_soon')}"),
        ("调解 登记 / 成功", f"{m.value('total', 'registered')} / {m.value('total', 'success')}"),
        ("满意率", f"{good * 100 / rated:.1f}%（{good}/{rated}）" if rated else "—"),
    )


def remark(log: DailyLog) -> str:
    closed = log.day_closed
    if closed is None:
        return ""
    fixes = f"关账后记录有变动的 {len(log.corrections)} 个数字列在文末“更正”表中。" if log.corrections else "关账后记录没有变动。"
    anchor = ""
    if closed.audit_seq is not None:
        anchor = (f"审计链锚点（核对时输入 audit verify --anchor {closed.audit_seq}:哈希）：第 {closed.audit_seq} 条，"
                  f"哈希 {grouped(closed.audit_hash)}。")
    return f"本日志为关账时冻结的数字，关账签名（SHA-256）：{closed.sha256}。{anchor}{fixes}"


def grouped(digest: str) -> str:
    """A hash to be typed back from paper: groups of four."""
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def charts(log: DailyLog) -> tuple[ChartSeries, ...]:
    services = log.figures.table("queue.by_service")
    hours = log.figures.table("queue.by_hour")
    return (
        ChartSeries("按业务取号量", tuple(r.name for r in services.rows), (
            ("取号", tuple(float(v or 0) for v in services.column("issued").values())),
            ("办结", tuple(float(v or 0) for v in services.column("served").values())))),
        ChartSeries("按时段等候时间", tuple(r.name[:2] for r in hours.rows), (
            ("平均等候", tuple(minutes(v) or 0.0 for v in hours.column("wait_mean").values())),
            ("90%等候", tuple(minutes(v) or 0.0 for v in hours.column("wait_p90").values()))), "单位：分钟"),
    )


def changed(value: Value, kind: str) -> str:
    """A changed time may differ by seconds only: two decimals of a minute show the difference."""
    return f"{float(value) / 60:.2f}" if kind == SECONDS and value is not None else show(value, kind)


def corrections_section(log: DailyLog) -> ReportSection | None:
    if not log.corrections:
        return None
    columns = (ReportColumn("日期", 1.2), ReportColumn("统计表", 2), ReportColumn("项目", 2), ReportColumn("指标", 1.4),
               ReportColumn("关账时", 1, "right"), ReportColumn("现在", 1, "right"))
    rows = []
    for c in log.corrections:
        rows.append((c.day.isoformat(), zh(c.table_title), row_name(c.row), zh(c.column_title),
                     changed(c.frozen, c.kind), changed(c.now, c.kind)))
    return ReportSection(columns, tuple(rows), "更正：关账后记录有变动的数字",
                         note="关账时冻结的数字保持不变；此处列出按现有记录重新计算后不同的数字。")


def notes_text(log: DailyLog) -> str | None:
    if not log.notes:
        return None
    return "\n".join(f"{n.day.isoformat()} {n.author}：{n.text}" for n in log.notes)


def print_data(log: DailyLog) -> DailyLogPrint:
    sections = []
    number = 0
    for section in log.figures.sections:
        for table in section.tables:
            sections.append(section_of(table, f"{NUMERALS[number % 10]}、{zh(section.title)}：{zh(table.title)}"))
            number += 1
    fix = corrections_section(log)
    if fix is not None:
        sections.append(fix)
    report = TableReport(tuple(sections), summary(log), notes_text(log), "站长备注", ("制表人", "审核人", "站长"),
                         seal=True)
    return DailyLogPrint(report, charts(log), remark(log))


def pdf_bytes(log: DailyLog, header: StationHeader, operator: str, printed_at: datetime) -> bytes:
    meta = DocumentMeta(title=title(log), printed_at=printed_at, number=period_text(log),
                        operator=operator, timezone=log.zone)
    return render_daily_log(print_data(log), meta, header)


@entry
def station_header(desk: Desk, station_id: int) -> StationHeader:
    # The daily log is the station's paper: the station heads it and its seal goes on it.
    return desk.db.read(lambda session: document_header(session, station_id, "station"))


@entry(trusted=("log",))
def export_pdf(desk: Desk, actor: Actor, log: DailyLog) -> bytes:
    """The log already read with REPORT_VIEW, printed for ``actor`` (the operator in the footer)."""
    require(actor, Permission.REPORT_VIEW)
    return pdf_bytes(log, station_header(desk, actor.station_id), actor.display_name, desk.now())
