"""The waiting hall as a clerk sees it: counts and longest wait per service, and the waiting numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desk.services.queue.board import ServiceQueue
from desk.services.queue.rows import TicketRow
from desk.ui.queue.fmt import clock_time, minutes_between, waited
from desk.ui.table_model import Column, RowTableModel, make_table_view

LONG_WAIT_MINUTES = 30


def _table(model: RowTableModel, name: str, stretch: int) -> QTableView:
    view: QTableView = make_table_view(model)
    view.setObjectName(name)
    # The figures fit their header and values (the theme no longer upper-cases headers after Qt measured
    # them); the service's name takes the rest, so nothing is cut off and nothing scrolls sideways.
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    view.setSortingEnabled(False)  # the order is the calling order
    return view


class WaitingView(QWidget):
    """``now`` is the clock the waits are measured against (the desk's clock: fake in tests)."""

    def __init__(self, now: Callable[[], datetime], timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._tz = timezone
        late = LONG_WAIT_MINUTES

        def long_wait(row: ServiceQueue) -> str | None:
            return "#c62828" if minutes_between(row.oldest_issued_at, self._now()) >= late else None

        self.services = RowTableModel[ServiceQueue]([
            Column(self.tr("Service"), lambda r: f"{r.prefix}  {r.name}"),
            Column(self.tr("Waiting"), lambda r: str(r.waiting), lambda r: r.waiting, align_right=True),
            Column(self.tr("Priority"), lambda r: str(r.priority_waiting) if r.priority_waiting else "",
                   align_right=True),
            Column(self.tr("Longest wait"), lambda r: waited(r.oldest_issued_at, self._now()), color=long_wait),
            Column(self.tr("Issued today"), lambda r: f"{r.issued_today}/{r.daily_cap}" if r.daily_cap
                   else str(r.issued_today), align_right=True),
        ], self)
        self.tickets = RowTableModel[TicketRow]([
            Column(self.tr("Number"), lambda r: r.number + (" ★" if r.priority else "")),
            Column(self.tr("Service"), lambda r: r.service_name),
            Column(self.tr("Taken at"), lambda r: clock_time(r.issued_at, self._tz)),
            Column(self.tr("Waited"), lambda r: waited(r.issued_at, self._now())),
            Column(self.tr("For window"), lambda r: str(r.target_window_number or "")),
        ], self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_title = QLabel(self.tr("Waiting per service"))
        self.summary_title.setObjectName("SectionTitle")
        layout.addWidget(self.summary_title)
        self.services_view = _table(self.services, "queueServices", stretch=0)
        layout.addWidget(self.services_view, 2)
        self.list_title = QLabel(self.tr("Waiting numbers for this window"))
        self.list_title.setObjectName("SectionTitle")
        layout.addWidget(self.list_title)
        self.tickets_view = _table(self.tickets, "queueWaiting", stretch=1)
        layout.addWidget(self.tickets_view, 3)

    def show_data(self, services: list[ServiceQueue], tickets: list[TicketRow]) -> None:
        self.services.set_rows(services)
        self.tickets.set_rows(tickets)
        self.list_title.setText(self.tr("Waiting numbers for this window ({0})").format(len(tickets)))
