"""Small helpers shared by the benchmark modules."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile (pct in 0..100) — the value a clerk waits for at most pct % of the time."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def time_ms(action: Callable[[], object], iterations: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(iterations):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples: list[float]) -> tuple[float, float]:
    """(p50, p95) in milliseconds, rounded for the report."""
    return round(statistics.median(samples), 3), round(percentile(samples, 95), 3)
