"""The kiosk (取号机): one big button per service, a 绿色通道 switch, the slip, the number on screen.

Touch-sized (buttons at least 120 px high), readable by an older citizen, and never stuck: a refused
number (closed, cap reached) or a printer fault shows a sentence and the screen returns to the
start after a few seconds. Counts and open/closed states follow other terminals' changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import Actor, Desk
from desk.services.queue.board import ServiceQueue, service_queues
from desk.services.queue.help import ask_for_help
from desk.services.queue.issuing import IssuedTicket, issue_ticket
from desk.services.station import StationInfo, get_station
from desk.ui.changes import ChangeWatcher
from desk.ui.i18n import error_text
from desk.ui.queue.slip import print_slip, slip_pdf

log = logging.getLogger(__name__)
RESULT_SECONDS = 8
# No slip came out: the number stays until the citizen says they noted it (or, if they walked away, for
# two minutes, so the kiosk is never stuck on one person's number).
NO_SLIP_SECONDS = 120

_STYLE = """
QWidget#Kiosk { background: #0d47a1; }
QLabel { color: white; }
QLabel#KioskTitle { font-size: 40px; font-weight: bold; }
QLabel#KioskClock { font-size: 28px; }
QLabel#KioskHint { font-size: 24px; }
QPushButton#KioskService { background: white; color: #0d47a1; border: none; border-radius: 18px;
    font-size: 34px; font-weight: bold; min-height: 130px; padding: 10px; }
QPushButton#KioskService:disabled { background: #cfd8dc; color: #37474f; }
QPushButton#KioskService:pressed { background: #bbdefb; }
QPushButton#KioskPriority { background: #1565c0; color: white; border: 3px solid white; border-radius: 18px;
    font-size: 28px; min-height: 90px; padding: 6px 24px; }
QPushButton#KioskPriority:checked { background: #1b5e20; }
QPushButton#KioskHelp { background: #ffca28; color: #10161f; border: none; border-radius: 18px;
    font-size: 28px; font-weight: bold; min-height: 90px; padding: 6px 24px; }
QWidget#KioskResult QLabel#ResultNumber { font-size: 160px; font-weight: bold; }
QLabel#ResultText { font-size: 34px; }
QLabel#ResultError { font-size: 34px; color: #ffeb3b; }
QPushButton#KioskBack { background: white; color: #0d47a1; border-radius: 18px; font-size: 30px;
    min-height: 90px; padding: 6px 40px; }
"""


class KioskWindow(QWidget):
    def __init__(self, desk: Desk, actor: Actor, changes: ChangeWatcher | None = None,
                 printer: Callable[[bytes, QWidget | None], str | None] = print_slip) -> None:
        super().__init__()
        self.desk, self.actor, self.printer = desk, actor, printer
        self.station: StationInfo = get_station(desk, actor.station_id)
        self.setObjectName("Kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.setWindowTitle(self.tr("Take a number — {0}").format(self.station.name))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_choice())
        self.stack.addWidget(self._build_result())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.addWidget(self.stack)
        self.back_timer = QTimer(self)
        self.back_timer.setSingleShot(True)
        self.back_timer.timeout.connect(self.show_choice)
        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self.refresh)
        self.clock_timer.start(30_000)  # opening hours begin and end while nobody touches the screen
        self.changes = changes or ChangeWatcher(desk, parent=self)
        self.changes.changed.connect(self.refresh)
        self.changes.start()
        self.refresh()

    # -- screens ------------------------------------------------------------------------------
    def _build_choice(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        title = QLabel(self.station.name)
        title.setObjectName("KioskTitle")
        self.clock = QLabel()
        self.clock.setObjectName("KioskClock")
        top.addWidget(title, 1)
        top.addWidget(self.clock)
        layout.addLayout(top)
        self.hint = QLabel()
        self.hint.setObjectName("KioskHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.grid = QGridLayout()
        self.grid.setSpacing(24)
        layout.addLayout(self.grid, 1)
        bottom = QHBoxLayout()
        self.priority = QPushButton()
        self.priority.setObjectName("KioskPriority")
        self.priority.setCheckable(True)
        self.priority.toggled.connect(self._priority_text)
        self._priority_text(False)
        bottom.addWidget(self.priority)
        bottom.addStretch(1)
        self.help = QPushButton(self.tr("Call staff"))
        self.help.setObjectName("KioskHelp")
        self.help.clicked.connect(self.call_staff)
        bottom.addWidget(self.help)
        layout.addLayout(bottom)
        self.service_buttons: dict[int, QPushButton] = {}
        return page

    def _build_result(self) -> QWidget:
        page = QWidget()
        page.setObjectName("KioskResult")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.result_number = QLabel()
        self.result_number.setObjectName("ResultNumber")
        self.result_text = QLabel()
        self.result_text.setObjectName("ResultText")
        self.result_error = QLabel()
        self.result_error.setObjectName("ResultError")
        for label in (self.result_number, self.result_text, self.result_error):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("KioskBack")
        self.back.clicked.connect(self.show_choice)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.clock.setText(self.desk.now().astimezone(ZoneInfo(self.station.timezone or "Asia/Shanghai"))
                           .strftime("%Y-%m-%d  %H:%M"))
        try:
            queues = [q for q in service_queues(self.desk, self.actor.station_id) if q.active]
        except Exception:  # noqa: BLE001 - a database blip: keep the old buttons, try again soon
            log.warning("kiosk refresh failed", exc_info=True)
            return
        for button in self.service_buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.service_buttons.clear()
        minute = self._local_minute()
        self.hint.setText(self.tr("Numbers are no longer given out today. Please come back on the next working day.")
                          if queues and all(self._closed_for_today(q, minute) for q in queues)
                          else self.tr("Please touch the service you need. Your number will be printed."))
        columns = 2 if len(queues) <= 6 else 3
        for index, queue in enumerate(queues):
            button = QPushButton(self._button_text(queue))
            button.setObjectName("KioskService")
            button.setEnabled(self._can_take(queue))
            button.clicked.connect(lambda _checked=False, sid=queue.service_id: self.take(sid))
            self.grid.addWidget(button, index // columns, index % columns)
            self.service_buttons[queue.service_id] = button

    def _priority_text(self, on: bool) -> None:
        if on:
            self.priority.setText("☑  " + self.tr("Green channel chosen — now touch your service"))
        else:
            self.priority.setText("☐  " + self.tr("Green channel (elderly, disabled, pregnant): touch here first"))

    def _can_take(self, queue: ServiceQueue) -> bool:
        return queue.open_now and not (queue.daily_cap and queue.issued_today >= queue.daily_cap)

    def _local_minute(self) -> str:
        return self.desk.now().astimezone(ZoneInfo(self.station.timezone or "Asia/Shanghai")).strftime("%H:%M")

    @staticmethod
    def _closed_for_today(queue: ServiceQueue, minute: str) -> bool:
        return not queue.open_now and minute >= queue.closes

    def _button_text(self, queue: ServiceQueue) -> str:
        if self._closed_for_today(queue, self._local_minute()):
            state = self.tr("Closed for today")
        elif not queue.open_now:
            state = self.tr("Numbers from {0} to {1}").format(queue.opens, queue.closes)
        elif queue.daily_cap and queue.issued_today >= queue.daily_cap:
            state = self.tr("No numbers left today")
        else:
            state = self.tr("{0} waiting").format(queue.waiting)
        return f"{queue.prefix}  {queue.name}\n{state}"

    # -- taking a number ----------------------------------------------------------------------
    def take(self, service_id: int) -> None:
        for button in self.service_buttons.values():
            button.setEnabled(False)  # one touch, one number
        priority = self.priority.isChecked()
        self.priority.setChecked(False)
        try:
            issued = issue_ticket(self.desk, self.actor, service_id, priority=priority, source="kiosk")
        except Exception as exc:  # noqa: BLE001 - the citizen gets the sentence, the kiosk goes on
            self._show_result(None, error_text(exc))
            return
        problem = None
        try:
            problem = self.printer(slip_pdf(issued, self.station), self)
        except Exception as exc:  # noqa: BLE001 - the number is issued; say the slip failed
            log.exception("slip failed")
            problem = error_text(exc)
        if problem:
            # The printer's own sentence is for staff (install a printer, paper out): it goes to the log
            # and a call for staff goes to every window; the citizen is told what to do now.
            log.warning("slip for %s not printed: %s", issued.ticket.number, problem)
            self._ask_staff_quietly()
        self._show_result(issued, printed=not problem)

    def _show_result(self, issued: IssuedTicket | None, refusal: str = "", printed: bool = True) -> None:
        if issued is None:
            self.result_number.setText("")
            self.result_text.setText(self.tr("No number was issued."))
            self.result_error.setText(refusal)
        else:
            ticket = issued.ticket
            self.result_number.setText(ticket.number)
            ahead = (self.tr("{0} people are waiting before you.").format(issued.waiting_ahead)
                     if issued.waiting_ahead else self.tr("Nobody is waiting before you."))
            green = self.tr("Green channel") + " · " if ticket.priority else ""
            then = (self.tr("Please take your slip and watch the hall display.") if printed else
                    self.tr("Please remember your number and watch the hall display."))
            self.result_text.setText(f"{green}{ticket.service_name}\n{ahead}\n{then}")
            self.result_error.setText("" if printed else self.tr(
                "The slip could not be printed. Please note your number {0}; staff have been told.").format(
                ticket.number))
        self.back.setText(self.tr("Back") if printed else self.tr("I have noted my number"))
        self.stack.setCurrentIndex(1)
        self.back_timer.start((RESULT_SECONDS if printed else NO_SLIP_SECONDS) * 1000)

    def _ask_staff_quietly(self) -> bool:
        try:
            ask_for_help(self.desk, self.actor)
        except Exception:  # noqa: BLE001 - the kiosk goes on; the log has it
            log.exception("could not call staff")
            return False
        return True

    def call_staff(self) -> None:
        """呼叫工作人员: every window's workbench shows the call until a clerk answers it."""
        self.result_number.setText("")
        if self._ask_staff_quietly():
            self.result_text.setText(self.tr("Staff have been called and will come to you shortly."))
            self.result_error.setText("")
        else:
            self.result_text.setText("")
            self.result_error.setText(self.tr("Staff could not be called from here. Please ask at any window."))
        self.back.setText(self.tr("Back"))
        self.stack.setCurrentIndex(1)
        self.back_timer.start(RESULT_SECONDS * 1000)

    def show_choice(self) -> None:
        self.back_timer.stop()
        self.stack.setCurrentIndex(0)
        self.refresh()

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.changes.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
