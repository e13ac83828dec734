"""The two charts of the daily log (QtCharts): volume by service and waits by hour."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desk.services.report.model import Figures

BLUE, ORANGE = "#2f6db5", "#e08a2e"


def _bar_chart(title: str, categories: Sequence[str], series: Sequence[tuple[str, str, Sequence[float]]],
               axis_title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    bars = QBarSeries()
    peak = 0.0
    for name, colour, values in series:
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        for value in values:
            bar_set.append(value)
            peak = max(peak, value)
        bars.append(bar_set)
    chart.addSeries(bars)
    x_axis = QBarCategoryAxis()
    x_axis.append(list(categories) or [""])
    y_axis = QValueAxis()
    y_axis.setRange(0, max(1.0, peak * 1.1))
    y_axis.applyNiceNumbers()  # 0, 10, 20… rather than 0, 11.5, 23…
    y_axis.setLabelFormat("%.0f")
    y_axis.setTitleText(axis_title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x_axis)
    bars.attachAxis(y_axis)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class ReportCharts(QWidget):
    """Both charts side by side; ``show_figures`` replaces their contents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.volume = QChartView(self)
        self.waits = QChartView(self)
        for view in (self.volume, self.waits):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(240)
            layout.addWidget(view)

    def show_figures(self, figures: Figures) -> None:
        services = figures.table("queue.by_service")
        names = [row.name for row in services.rows]
        self.volume.setChart(_bar_chart(self.tr("Volume by service"), names, [
            (self.tr("Issued"), BLUE, [float(v or 0) for v in services.column("issued").values()]),
            (self.tr("Served"), ORANGE, [float(v or 0) for v in services.column("served").values()]),
        ], self.tr("tickets")))
        hours = figures.table("queue.by_hour")
        self.waits.setChart(_bar_chart(self.tr("Waits by hour"), [row.name[:2] for row in hours.rows], [
            (self.tr("Mean wait"), BLUE, [float(v or 0) / 60 for v in hours.column("wait_mean").values()]),
            (self.tr("90th percentile"), ORANGE, [float(v or 0) / 60 for v in hours.column("wait_p90").values()]),
        ], self.tr("minutes")))
