"""Run slow work (reports, PDFs of many pages, backups, imports) off the GUI thread.

``run_in_background(fn, on_done, on_error)`` runs ``fn(progress)`` on Qt's global thread pool and
delivers the result back on the GUI thread. ``progress(done, total)`` may be called from ``fn``;
it returns False once the user cancelled, and ``fn`` should then stop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
Progress = Callable[[int, int], bool]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancelled = threading.Event()
        self.setAutoDelete(False)  # the Python side keeps it alive until its signals are delivered

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI thread
            log.debug("background job failed", exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[Job] = set()


def run_in_background(fn: Callable[[Progress], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None],
                      on_progress: Callable[[int, int], None] | None = None) -> Job:
    job = Job(fn)
    _running.add(job)

    def finished_ok(result: Any) -> None:
        _running.discard(job)
        on_done(result)

    def finished_bad(exc: BaseException) -> None:
        _running.discard(job)
        on_error(exc)

    job.signals.done.connect(finished_ok)
    job.signals.failed.connect(finished_bad)
    if on_progress is not None:
        job.signals.progressed.connect(on_progress)
    QThreadPool.globalInstance().start(job)
    return job


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Used at shutdown and in tests."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class Latest:
    """Reads for one list, run off the GUI thread; only the newest one's result is delivered, so a
    slow read overtaken by a newer one (the user turned the page again) never overwrites it."""

    def __init__(self) -> None:
        self._generation = self._delivered = 0

    @property
    def pending(self) -> bool:
        """A read is running whose result has not been shown yet (tests wait for this)."""
        return self._generation > self._delivered

    def run(self, fetch: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> Job:
        """``fetch`` runs on a pool thread: it must not touch widgets (read the filters before)."""
        self._generation += 1
        mine = self._generation

        def deliver(result: Any) -> None:
            if mine == self._generation:
                self._delivered = mine
                done(result)

        def fail(exc: BaseException) -> None:
            if mine == self._generation:
                self._delivered = mine
                failed(exc)

        return run_in_background(lambda _progress: fetch(), deliver, fail)
