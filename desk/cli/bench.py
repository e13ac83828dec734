"""bench: measure what clerks wait for; one JSON object with every module's figures."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("bench", help="run the benchmarks (start-up, printing, queue, intake, mediation, daily log)")
    p.add_argument("--json", action="store_true", help="print one JSON object (for scripts and CI)")
    p.add_argument("--only", metavar="PARTS", default="",
                   help="comma-separated benchmark modules to run, e.g. startup,documents")
    p.set_defaults(func=_bench)


def bench_modules() -> list[str]:
    """The benchmark parts: modules of desk.bench with a ``measure()`` (others are shared helpers)."""
    import desk.bench

    names = sorted(m.name for m in pkgutil.iter_modules(desk.bench.__path__))
    return [n for n in names if hasattr(importlib.import_module(f"desk.bench.{n}"), "measure")]


def _bench(args: argparse.Namespace) -> int:
    available = bench_modules()
    wanted = [p.strip() for p in args.only.split(",") if p.strip()] or available
    unknown = sorted(set(wanted) - set(available))
    if unknown:
        print(f"Unknown benchmark part(s): {', '.join(unknown)}. Choose from: {', '.join(available)}.",
              file=sys.stderr)
        return 1
    results: dict[str, object] = {}
    for name in wanted:
        if not args.json:
            print(f"running {name}…", file=sys.stderr, flush=True)
        results.update(importlib.import_module(f"desk.bench.{name}").measure())
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for key, value in results.items():
            print(f"{key:<34} {value}")
    return 0
