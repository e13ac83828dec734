"""How long printing takes: the ticket slip and a two-page A4 register.

Fonts are loaded before timing (the GUI preloads them at start-up), so the figures are what a
clerk waits for at the printer, not the one-off font load.  Goals: slip <= 15 ms, A4 <= 40 ms.

    python -m desk.bench.documents
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

from desk.bench.timing import time_ms
from desk.documents.fonts import preload
from desk.documents.samples import render_sample_register, sample_header, sample_ticket_slip
from desk.documents.ticket_slip import render_ticket_slip

ITERATIONS = 50
WARMUP = 3


def _median_ms(render: Callable[[], bytes], iterations: int) -> float:
    # The warm-up runs fill reportlab's caches (glyph widths, styles).
    return statistics.median(time_ms(render, iterations, WARMUP))


def measure(iterations: int = ITERATIONS) -> dict[str, float]:
    preload()
    header, slip = sample_header(), sample_ticket_slip()
    return {
        "slip_pdf_ms_p50": _median_ms(lambda: render_ticket_slip(slip, header), iterations),
        "a4_pdf_ms_p50": _median_ms(render_sample_register, iterations),
    }


if __name__ == "__main__":
    for name, value in measure().items():
        print(f"{name}: {value:.1f}")
