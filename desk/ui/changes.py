"""Notice changes made on other terminals within ~2 s, without a restart.

Every change goes through a service, and every service appends to the audit chain, so the chain
head's sequence number is a free, cheap change counter: one primary-key read per second. When it
moved, the records since the last poll name the tables they changed (``changes_since``), so a page
that declares what it shows reloads only for its own data (a ticket issued at a kiosk every 0.7 s
must not reload the mediation register).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desk.services.changes import change_mark, changes_since
from desk.services.context import Desk

log = logging.getLogger(__name__)


class ChangeWatcher(QObject):
    changed = Signal()
    # The tables changed since the last poll: a frozenset of table names, or None when they could not
    # be named (then every page must assume its data changed). Emitted just before ``changed``.
    changed_in = Signal(object)

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
            mark, tables = changes_since(self._desk, self._last)
        except Exception:  # noqa: BLE001 - a network blip must not break the window; try next tick
            log.warning("change poll failed", exc_info=True)
            return
        if mark != self._last:
            self._last = mark
            self.changed_in.emit(tables)
            self.changed.emit()
