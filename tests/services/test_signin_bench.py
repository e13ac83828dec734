"""The sign-in benchmark runs end to end (with cheap argon2 here) and reports every figure."""

from __future__ import annotations

from argon2 import PasswordHasher

from desk.bench import signin
from desk.cli.bench import bench_modules
from desk.services import passwords


def test_signin_benchmark_reports_its_figures() -> None:
    hasher = passwords.hasher
    result = signin.measure(rounds=2, hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    assert set(result) == {"sign_in_unknown_user_ms_p50", "sign_in_wrong_password_ms_p50",
                           "sign_in_disabled_account_ms_p50", "sign_in_unknown_user_over_wrong_password_ratio",
                           "sign_in_disabled_over_wrong_password_ratio"}
    assert all(isinstance(v, float) and v > 0 for v in result.values())
    assert passwords.hasher is hasher  # the benchmark puts the hasher back
    assert "signin" in bench_modules()

