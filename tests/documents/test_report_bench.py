"""The daily-log benchmark runs and reports its three figures (here on a short history, for speed)."""

from __future__ import annotations

from desk.bench import report


def test_the_report_benchmark_reports_its_figures() -> None:
    results = report.measure(iterations=1, history_days=14)
    for key in ("daily_log_ms_empty_history", "daily_log_ms_5y_history", "report_pdf_ms"):
        assert isinstance(results[key], float) and results[key] > 0
