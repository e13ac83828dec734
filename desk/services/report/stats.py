"""Mean, median and 90th percentile of durations, computed over the period's rows in Python
(exact, and cheap for a day's thousand tickets). Values are seconds rounded to 0.1 s so a
figure frozen in a closed day's JSON compares equal to the same figure recomputed."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from datetime import datetime

Stats = tuple[int, float | None, float | None, float | None]  # count, mean, median, p90


def seconds_between(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return max(0.0, (end - start).total_seconds())


def p90(sorted_values: Sequence[float]) -> float:
    """Nearest rank: the smallest value at least 90 % of the samples do not exceed."""
    return sorted_values[max(0, math.ceil(0.9 * len(sorted_values)) - 1)]


def describe(values: Sequence[float]) -> Stats:
    if not values:
        return 0, None, None, None
    ordered = sorted(values)
    return (len(ordered), round(statistics.fmean(ordered), 1), round(statistics.median(ordered), 1),
            round(p90(ordered), 1))
