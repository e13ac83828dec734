"""The intake benchmark runs end to end (on a small applicant table) and reports every figure."""

from __future__ import annotations

from desk.bench import intake


def test_intake_benchmark_reports_its_figures() -> None:
    result = intake.measure(applicants_count=3000)
    assert set(result) == {"case_accept_ms_p95", "receipt_pdf_ms_p50", "applicant_search_ms_p95",
                           "applicant_search_rows"}
    assert all(isinstance(v, (int, float)) and v > 0 for v in result.values())
