from desk.bench.documents import measure


def test_measure_reports_both_figures():
    figures = measure(iterations=2)
    assert set(figures) == {"slip_pdf_ms_p50", "a4_pdf_ms_p50"}
    assert all(value > 0 for value in figures.values())
