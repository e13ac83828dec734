"""Benchmarks behind ``python main.py bench --json``.

Each module here has ``measure() -> dict[str, object]``; the command merges every module's keys
into one JSON object. Helpers for timing live in ``desk.bench.timing``.
"""
