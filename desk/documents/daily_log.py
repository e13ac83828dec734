"""The manager's daily log on A4: key figures, two charts, the figure tables, corrections, notes,
signatures and the seal. Plain data in (the services layer fills ``DailyLogPrint``), PDF out.

Charts are reportlab.graphics drawings: volume by service (issued / served bars) and waits by
hour (mean and 90th percentile in minutes), side by side above the tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from desk.documents.fonts import DocumentFonts
from desk.documents.kit import DocumentKit
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.render import render_document
from desk.documents.table_report import TableReport, table_report_body

BLUE, ORANGE = colors.HexColor("#2f6db5"), colors.HexColor("#e08a2e")


@dataclass(frozen=True)
class ChartSeries:
    title: str  # printed above the chart
    labels: tuple[str, ...]  # categories along the bottom
    series: tuple[tuple[str, tuple[float, ...]], ...]  # (legend name, one value per label)
    unit: str = ""  # printed under the title, e.g. "单位：分钟"


@dataclass(frozen=True)
class DailyLogPrint:
    report: TableReport
    charts: tuple[ChartSeries, ...] = ()
    remark: str = ""  # small print under the key figures, e.g. that the figures are the frozen ones


def _chart(chart: ChartSeries, width: float, font: str) -> Drawing:
    height = 150.0
    drawing = Drawing(width, height)
    drawing.add(String(width / 2, height - 12, chart.title, fontName=font, fontSize=9, textAnchor="middle"))
    if chart.unit:
        drawing.add(String(width - 4, height - 24, chart.unit, fontName=font, fontSize=7, textAnchor="end"))
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 30, 38, width - 40, height - 70
    data = [list(values) or [0] for _name, values in chart.series] or [[0]]
    bars.data = data
    bars.categoryAxis.categoryNames = list(chart.labels) or [""]
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 6.5
    bars.categoryAxis.labels.angle = 30 if len(chart.labels) > 6 else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if len(chart.labels) > 6 else "n"
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    peak = max((v for values in data for v in values), default=0)
    bars.valueAxis.valueMax = max(1.0, peak * 1.15)
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    bars.barSpacing, bars.groupSpacing = 1, 6
    for index, colour in enumerate((BLUE, ORANGE)):
        if index < len(data):
            bars.bars[index].fillColor = colour
            bars.bars[index].strokeColor = colour
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = 32, 10
    legend.fontName, legend.fontSize = font, 7
    legend.alignment = "right"
    legend.columnMaximum, legend.deltax = 1, 70
    legend.colorNamePairs = [(colour, name) for colour, (name, _v) in zip((BLUE, ORANGE), chart.series,
                                                                          strict=False)]
    drawing.add(legend)
    return drawing


def _charts(kit: DocumentKit, charts: tuple[ChartSeries, ...]) -> list[Flowable]:
    if not charts:
        return []
    width = kit.width / len(charts) - 4
    row = [_chart(chart, width, kit.fonts.regular) for chart in charts]
    table = Table([row], colWidths=[kit.width / len(charts)] * len(charts))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, kit.space(2)]


def daily_log_body(kit: DocumentKit, doc: DailyLogPrint) -> list[Flowable]:
    body = table_report_body(kit, doc.report)
    # Key figures first, then the charts, then the tables.
    split = 2 if doc.report.summary else 0
    remark = [kit.small(doc.remark), kit.space(2)] if doc.remark else []
    return [*body[:split], *remark, *_charts(kit, doc.charts), *body[split:]]


def render_daily_log(doc: DailyLogPrint, meta: DocumentMeta, header: StationHeader, *,
                     fonts: DocumentFonts | None = None) -> bytes:
    return render_document(meta, header, lambda kit: daily_log_body(kit, doc), fonts=fonts)
