"""Notice changes made on other terminals within ~2 s, without a restart.

Every change goes through a service, and every service appends to the audit chain, so the chain
head's sequence number is a free, cheap change counter: one primary-key read per second.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desk.services.changes import change_mark
from desk.services.context import Desk

log = logging.getLogger(__name__)


class ChangeWatcher(QObject):
    changed = Signal()

    def __init__(self, desk: Desk, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._last = -1
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._last = change_mark(self._desk)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        try:
            mark = change_mark(self._desk)
        except Exception:  # noqa: BLE001 - a network blip must not break the window; try next tick
            log.warning("change poll failed", exc_info=True)
            return
        if mark != self._last:
            self._last = mark
            log.info("changes seen: mark %s", mark)  # with --verbose; the end-to-end tests wait for it
            self.changed.emit()
