"""The audit-verify bench runs both checks on a chain of exactly N records and names N in its keys."""

from __future__ import annotations

from desk.bench import audit_verify
from desk.cli.bench import bench_modules


def test_the_bench_names_its_station_size_and_times_both_checks() -> None:
    assert "audit_verify" in bench_modules()
    found = audit_verify.measure(1500, day=200)  # measure() asserts each check passed and walked what it should
    assert set(found) == {"audit_verify_full_s_1500_records", "audit_verify_daily_s_1500_records_200_new"}
    assert all(isinstance(v, float) and v > 0 for v in found.values())
