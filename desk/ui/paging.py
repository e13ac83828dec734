"""What every long list page of records shares: a day range to look in, and a pager (newer, older,
"1–200 of 5,000") that asks the service for one page at a time, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton
from shiboken6 import isValid

from desk.ui.context import UiContext
from desk.ui.forms import date_edit
from desk.ui.messages import show_error
from desk.ui.table_model import RowTableModel
from desk.ui.worker import Latest


class DayRange:
    """From/to day fields (the last ``days`` days by the desk's clock) and the [start, end) instants
    of those station days."""

    def __init__(self, context: UiContext, days: int = 7) -> None:
        self.context = context
        today = context.today()
        self.start: QDateEdit = date_edit(today - timedelta(days=days))
        self.end: QDateEdit = date_edit(today)

    def bounds(self) -> tuple[datetime, datetime]:
        zone = ZoneInfo(self.context.station.timezone)
        start = datetime.combine(self.start.date().toPython(), time(), zone)
        return start, datetime.combine(self.end.date().toPython(), time(), zone) + timedelta(days=1)


class Pager:
    """‹ Newer / Older › and the count. ``load(offset)`` returns the read of one page: a function,
    made on the GUI thread (it has read the filters), that returns ``(rows, total)`` and touches no
    widget, or None when the page refused its filters itself. It runs off the GUI thread; the rows go
    into ``model`` when it is done (the newest read wins), and a read that fails is shown as a sentence."""

    def __init__(self, layout: QHBoxLayout, load: Callable[[int], Callable[[], tuple[Sequence[Any], int]] | None],
                 model: RowTableModel[Any], page_size: int = 200) -> None:
        self.page_size, self.offset, self.total, self._load, self.model = page_size, 0, 0, load, model
        self.reads = Latest()
        self.newer = QPushButton(QCoreApplication.translate("Pager", "‹ Newer"))
        self.older = QPushButton(QCoreApplication.translate("Pager", "Older ›"))
        self.count = QLabel()
        self.newer.clicked.connect(lambda: self._turn(-1))
        self.older.clicked.connect(lambda: self._turn(1))
        for widget in (self.newer, self.older, self.count):
            layout.addWidget(widget)

    def first(self) -> None:
        self.offset = 0
        self.show()

    def show(self) -> None:
        read = self._load(self.offset)
        if read is None:  # the filters are wrong (the page said why)
            return
        self.reads.run(read, self._shown, self._failed)

    def _shown(self, result: tuple[Sequence[Any], int]) -> None:
        if not isValid(self.model) or not isValid(self.count):  # the page was closed while it read
            return
        rows, total = result
        self.model.set_rows(rows)
        self.total = total
        last = min(self.offset + self.page_size, total)
        self.count.setText(QCoreApplication.translate("Pager", "{0}–{1} of {2}").format(self.offset + 1 if total else 0, last, total))
        self.newer.setEnabled(self.offset > 0)
        self.older.setEnabled(last < total)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self.count):  # the page was closed while it read: nobody to tell
            return
        show_error(self.count.window(), exc)

    def _turn(self, direction: int) -> None:
        self.offset = max(0, self.offset + direction * self.page_size)
        self.show()
