"""Micro-benchmarks: each module has ``measure() -> dict[str, float]`` (milliseconds)."""
