"""The clerk's queue workbench (叫号台): the number at this window, big, and the keys to move it on.

F1 call next · F2 call again · F3 no-show · F4 start · F5 finish. Every button calls a service
(which checks the clerk's permission and the ticket's state, and writes the audit record); a
refusal is shown as one sentence under the buttons. The page refreshes when any terminal changes
something (the main window calls ``refresh``) and every 30 s for the wait times.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.core.idnumbers import mask_phone
from desk.core.permissions import Permission
from desk.services.queue import board, calling, serving, window_state
from desk.services.queue.config import get_queue_settings, list_services
from desk.services.queue.issuing import issue_ticket
from desk.services.queue.rows import TicketRow
from desk.ui.context import UiContext
from desk.ui.i18n import error_text
from desk.ui.queue.fmt import status_label, waited
from desk.ui.queue.help_calls import HelpCalls
from desk.ui.queue.slip import print_slip, slip_pdf
from desk.ui.queue.waiting_view import WaitingView
from desk.ui.queue.workbench_dialogs import CallNumberDialog, TransferDialog, WalkInDialog

log = logging.getLogger(__name__)
_STYLE = """
QLabel#QueueNumber { font-size: 96px; font-weight: bold; color: #0d47a1; }
QLabel#QueueStatus { font-size: 22px; }
QLabel#QueueWindow { font-size: 20px; font-weight: bold; }
QLabel#SectionTitle { font-size: 15px; font-weight: bold; padding-top: 6px; }
QPushButton[queueKey="true"] { font-size: 16px; min-height: 48px; }
"""


class QueueWorkbench(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.current: TicketRow | None = None
        self.paused = False
        self.setStyleSheet(_STYLE)
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_ticket_side(), 3)
        self.waiting = WaitingView(context.desk.now, context.station.timezone or "Asia/Shanghai")
        layout.addWidget(self.waiting, 4)
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(lambda: self.refresh() if self.isVisible() else None)
        self._timer.start()
        self._taken: int | None = None  # the window the hall display shows this clerk at
        self.refresh()

    def _take_window(self) -> None:
        """The hall display shows this window as open (not "Not open") while a clerk is at it; a new
        window number in Terminal settings leaves the old window and takes the new one."""
        number = self.window_number
        if number == self._taken:
            return
        self.leave()
        if number is None:
            return
        try:
            window_state.take_window(self.context.desk, self.context.actor, number)
            self._taken = number
        except Exception as exc:  # noqa: BLE001 - e.g. the window was removed: the heading says so already
            self.message.setText(error_text(exc))

    def leave(self) -> None:
        """Signing out or closing the desk: the hall display shows the window as not open."""
        if self._taken is None:
            return
        try:
            window_state.leave_window(self.context.desk, self.context.actor, self._taken)
        except Exception:  # noqa: BLE001 - leaving must never block signing out
            log.warning("could not mark window %s as left", self._taken, exc_info=True)
        self._taken = None

    @property
    def window_number(self) -> int | None:
        """This terminal's window number, read afresh: a change in Terminal settings counts at once."""
        return self.context.settings.window_number

    # -- layout -------------------------------------------------------------------------------
    def _build_ticket_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.help_calls = HelpCalls(self.context)
        side.addWidget(self.help_calls)
        self.heading = QLabel()
        self.heading.setObjectName("QueueWindow")
        self.heading.setWordWrap(True)
        side.addWidget(self.heading)
        self.number = QLabel("—")
        self.number.setObjectName("QueueNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.number)
        self.status = QLabel()
        self.status.setObjectName("QueueStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        side.addWidget(self.status)
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        side.addWidget(self.detail)
        grid = QGridLayout()
        keys: list[tuple[str, str, str, Callable[[], Any]]] = [
            ("call_next", self.tr("Call next"), "F1", self.call_next),
            ("recall", self.tr("Call again"), "F2", self.recall),
            ("no_show", self.tr("No-show"), "F3", self.no_show),
            ("start", self.tr("Start"), "F4", self.start),
            ("finish", self.tr("Finish"), "F5", self.finish),
            ("transfer", self.tr("Transfer…"), "F6", self.transfer),
            ("call_number", self.tr("Call a number…"), "F7", self.call_number),
            ("call_back", self.tr("Call back a missed number…"), "F8", self.call_back),
            ("walk_in", self.tr("Number for a walk-in…"), "F9", self.walk_in),
            ("pause", self.tr("Take a break"), "F10", self.toggle_pause),
        ]
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: dict[str, QShortcut] = {}
        for index, (key, text, shortcut, slot) in enumerate(keys):
            button = QPushButton(f"{text}  ({shortcut})")
            button.setObjectName(key)
            button.setProperty("queueKey", True)
            button.clicked.connect(slot)
            self.shortcuts[shortcut] = QShortcut(QKeySequence(shortcut), self, activated=button.click,
                                                 context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[key] = button
        side.addLayout(grid)
        self.message = QLabel()
        self.message.setObjectName("ErrorText")
        self.message.setStyleSheet("color: #c62828; font-size: 15px;")
        self.message.setWordWrap(True)
        side.addWidget(self.message)
        side.addStretch(1)
        return side

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.context
        self.help_calls.refresh()
        self._take_window()
        if self.window_number is None:
            self.heading.setText(self.tr("This terminal has no window number. Set it in Desk › Terminal settings "
                                         "(Ctrl+,) to call numbers here."))
            self._show_ticket(None)
            for button in self.buttons.values():
                button.setEnabled(button.objectName() == "walk_in")
            self.detail.clear()  # no "press F1" while F1 cannot call anybody
            self.waiting.show_data(board.service_queues(ctx.desk, ctx.actor.station_id), [])
            return
        try:
            status = window_state.window_status(ctx.desk, ctx.actor, self.window_number)
        except Exception as exc:  # noqa: BLE001 - e.g. the window was removed; say so, keep the page
            self.heading.setText(error_text(exc))
            for button in self.buttons.values():
                button.setEnabled(False)
            self._show_ticket(None)
            self.detail.clear()
            return
        self.paused = status.paused
        served = " · ".join(status.service_names) or self.tr("no services assigned — ask the manager")
        self.heading.setText(self.tr("Window {0}: {1}").format(self.window_number, served)
                             + (self.tr("  (on a break)") if status.paused else ""))
        self._show_ticket(status.current)
        self.buttons["pause"].setText(self.tr("Resume  (F10)") if status.paused else self.tr("Take a break  (F10)"))
        self._update_buttons(len(status.missed))
        if self.current is None and not self.buttons["call_next"].isEnabled():
            self.detail.clear()  # the hint to press F1 only while F1 works
        tickets = board.waiting_tickets(ctx.desk, ctx.actor.station_id, status.service_ids, window=self.window_number)
        self.waiting.show_data(board.service_queues(ctx.desk, ctx.actor.station_id), tickets)

    def _show_ticket(self, ticket: TicketRow | None) -> None:
        self.current = ticket
        if ticket is None:
            self.number.setText("—")
            self.status.setText(self.tr("On a break") if self.paused else self.tr("Nobody at the window"))
            self.detail.setText(self.tr("Press F1 to call the next number.") if not self.paused else "")
            return
        self.number.setText(ticket.number + (" ★" if ticket.priority else ""))
        self.status.setText(f"{ticket.service_name} · {status_label(ticket.status)}")
        now = self.context.desk.now()
        parts = [self.tr("waited {0}").format(waited(ticket.issued_at, ticket.called_at or now))]
        if ticket.call_count > 1:
            parts.append(self.tr("called {0} times").format(ticket.call_count))
        if ticket.started_at:
            parts.append(self.tr("serving for {0}").format(waited(ticket.started_at, now)))
        if ticket.citizen_name or ticket.citizen_phone:
            # The phone stays masked on screen (people stand behind the citizen); the intake page
            # still gets it whole from the service to find the citizen's file.
            parts.append(" ".join(p for p in (ticket.citizen_name, mask_phone(ticket.citizen_phone)) if p))
        if ticket.priority:
            parts.append(self.tr("priority (green channel)"))
        self.detail.setText(" · ".join(parts))

    def _update_buttons(self, missed: int) -> None:
        state = self.current.status if self.current else None
        can_specific = self.context.actor.can(Permission.QUEUE_CALL_SPECIFIC)
        enabled = {
            "call_next": state is None and not self.paused,
            "recall": state == "called",
            "no_show": state == "called",
            "start": state == "called",
            "finish": state in ("called", "serving"),
            "transfer": state in ("called", "serving"),
            "call_number": state is None and not self.paused and can_specific,
            "call_back": state is None and not self.paused and missed > 0,
            "walk_in": self.context.actor.can(Permission.QUEUE_ISSUE),
            "pause": state is None,
        }
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])

    # -- actions ------------------------------------------------------------------------------
    def _run(self, action: Callable[[], Any], done: str | None = None) -> Any:
        self.message.clear()
        try:
            result = action()
        except Exception as exc:  # noqa: BLE001 - the service's sentence, under the buttons
            self.message.setText(error_text(exc))
            self.refresh()
            return None
        if done:
            self.message.setStyleSheet("color: #2e7d32; font-size: 15px;")
            self.message.setText(done)
        self.refresh()
        return result

    def _act(self, fn: Callable[..., Any], done: str | None = None) -> Any:
        """Run a window step; ``done`` ("{0} …", the ticket's number) confirms it in green under the buttons,
        so the clerk sees what F2–F5 did, not only a changed button."""
        self.message.setStyleSheet("color: #c62828; font-size: 15px;")
        assert self.window_number is not None
        window = self.window_number
        result = self._run(lambda: fn(self.context.desk, self.context.actor, window))
        if result is not None and done:
            self.message.setStyleSheet("color: #2e7d32; font-size: 15px;")
            self.message.setText(done.format(getattr(result, "number", "")))
        return result

    def call_next(self) -> None:
        self.message.setStyleSheet("color: #c62828; font-size: 15px;")
        assert self.window_number is not None
        window = self.window_number
        called = self._run(lambda: calling.call_next(self.context.desk, self.context.actor, window))
        if called is None and not self.message.text():
            self.message.setStyleSheet("color: #555555; font-size: 15px;")
            self.message.setText(self.tr("Nobody is waiting for this window's services."))

    def recall(self) -> None:
        self._act(calling.recall, self.tr("{0} called again: the hall display announces it once more."))

    def no_show(self) -> None:
        self._act(serving.mark_no_show, self.tr("{0} marked as missed; it can be called back with F8."))

    def start(self) -> None:
        self._act(serving.start_service, self.tr("Serving {0}."))

    def finish(self) -> None:
        self._act(serving.finish_service, self.tr("{0} finished. Press F1 for the next number."))

    def toggle_pause(self) -> None:
        self._act(window_state.resume_window if self.paused else window_state.pause_window)

    def transfer(self) -> None:
        if self.current is None or self.window_number is None:
            return
        ctx, window = self.context, self.window_number
        dialog = TransferDialog(
            self.current.number, list_services(ctx.desk, ctx.actor.station_id),
            lambda service: serving.transfer_targets(ctx.desk, ctx.actor, window, service),
            lambda service, to_window, note: serving.transfer(ctx.desk, ctx.actor, window, to_service_id=service,
                                                              to_window=to_window, note=note), self)
        dialog.exec()
        self.refresh()

    def call_number(self) -> None:
        self._number_dialog(self.tr("Call a number out of turn"), calling.call_number)

    def call_back(self) -> None:
        self._number_dialog(self.tr("Call back a missed number"), calling.recall_missed)

    def _number_dialog(self, title: str, fn: Callable[..., Any]) -> None:
        if self.window_number is None:
            return
        ctx, window = self.context, self.window_number
        preset = ""
        if fn is calling.recall_missed:
            missed = window_state.window_status(ctx.desk, ctx.actor, window).missed
            preset = missed[0].number if missed else ""
        CallNumberDialog(title, lambda number: fn(ctx.desk, ctx.actor, window, number), self, preset).exec()
        self.refresh()

    def walk_in(self) -> None:
        ctx = self.context

        def issue(service_id: int, priority: bool, name: str, phone: str, print_it: bool) -> None:
            issued = issue_ticket(ctx.desk, ctx.actor, service_id, priority=priority, citizen_name=name,
                                  citizen_phone=phone, source="window")
            problem = None
            if print_it:
                notice = get_queue_settings(ctx.desk, ctx.actor.station_id).slip_notice
                problem = print_slip(slip_pdf(issued, ctx.station, notice), self)
            text = self.tr("Number {0} issued for {1}.").format(issued.ticket.number, issued.ticket.service_name)
            self.message.setStyleSheet("color: #2e7d32; font-size: 15px;")
            self.message.setText(text + (" " + problem if problem else ""))

        WalkInDialog(list_services(ctx.desk, ctx.actor.station_id, active_only=True), issue, self).exec()
        self.refresh()
