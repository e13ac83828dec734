"""Start-up: process start until the sign-in window is on screen, against a bare themed PySide6 window.

Both are measured the same way in fresh subprocesses (offscreen platform, so the figure does not
depend on a display server): wall time from spawning the process until it prints that its window
was shown. The desk opens an already-migrated database. Median of several runs.
Goal: startup_window_s <= 1.5 x startup_bare_qt_s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
SHOWN = "GRID_DESK_WINDOW_SHOWN"
ROOT = Path(__file__).resolve().parents[2]

BARE_QT = f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from qt_material import apply_stylesheet
app = QApplication([])
apply_stylesheet(app, theme="light_blue.xml", invert_secondary=True,
                 extra={{"density_scale": "-1", "font_family": "Noto Sans CJK SC, Microsoft YaHei, sans-serif"}})
window = QWidget()
window.show()
QTimer.singleShot(0, lambda: (print("{SHOWN}", flush=True), app.quit()))
app.exec()
"""


def _time_until_shown(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == SHOWN:
            elapsed = time.perf_counter() - start
            process.communicate(timeout=60)
            return elapsed
    _out, err = process.communicate(timeout=60)
    raise RuntimeError(f"window never shown: {' '.join(command)}\n{err[-2000:]}")


def measure() -> dict[str, object]:
    from desk.store.bootstrap import open_database

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GRID_DESK_EXIT_WHEN_SHOWN="1",
                   GRID_DESK_DATA_DIR=tmp, GRID_DESK_SETTINGS=str(Path(tmp) / "terminal.ini"))
        url = "sqlite:///" + (Path(tmp) / "bench.sqlite3").as_posix()
        open_database(url).dispose()  # migrated beforehand, like any day but the first
        desk_runs, bare_runs = [], []
        for _ in range(RUNS):  # interleaved so machine load affects both alike
            bare_runs.append(_time_until_shown([sys.executable, "-c", BARE_QT], env))
            desk_runs.append(_time_until_shown([sys.executable, str(ROOT / "main.py"), "--db", url], env))
    window, bare = statistics.median(desk_runs), statistics.median(bare_runs)
    return {
        "startup_window_s": round(window, 3),
        "startup_bare_qt_s": round(bare, 3),
        "startup_ratio": round(window / bare, 2),
    }
