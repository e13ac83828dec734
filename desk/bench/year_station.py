"""The year's station the GUI and read benchmarks run on (a helper: it measures nothing itself).

Built once with ``python main.py demo --year --scale S`` (S from GRID_DESK_BENCH_YEAR_SCALE, default
0.1: the year's last 36 days of a 20-window hall, ~30,000 numbers, 6,000 intake cases) and kept in
the temp folder, because a build takes minutes; GRID_DESK_BENCH_YEAR_DB names a station built
beforehand (e.g. the whole year). Each benchmark works on its own copy, so runs do not add up.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def scale() -> float:
    return float(os.environ.get("GRID_DESK_BENCH_YEAR_SCALE", "0.1"))


def label() -> str:
    """For key names: ``year10`` is 10% of the year's station."""
    return f"year{round(scale() * 100)}"


def built_station() -> Path:
    given = os.environ.get("GRID_DESK_BENCH_YEAR_DB")
    if given:
        return Path(given)
    path = Path(tempfile.gettempdir()) / "grid-desk-bench" / f"{label()}.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".building.sqlite3")
        partial.unlink(missing_ok=True)
        subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", "sqlite:///" + partial.as_posix(),
                        "--year", "--scale", str(scale())], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                       env=dict(os.environ, GRID_DESK_DATA_DIR=str(path.parent)))
        partial.rename(path)
    return path


def working_copy(folder: Path) -> str:
    """A copy of the year's station in ``folder`` (SQLite's online backup, WAL and all); its URL."""
    target = folder / "year.sqlite3"
    with sqlite3.connect(built_station()) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return "sqlite:///" + target.as_posix()
