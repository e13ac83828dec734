"""The kiosk's calls for staff (呼叫工作人员), shown on every window's workbench until a clerk answers:
"取号机 (kiosk@hall) asks for staff since 10:02  [I'm going]"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desk.services.queue import help as staff_help
from desk.ui.context import UiContext
from desk.ui.i18n import error_text
from desk.ui.queue.fmt import clock_time


class HelpCalls(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("HelpCalls")
        self.setStyleSheet("QWidget#HelpCalls { background: #fff3cd; border: 2px solid #ffb300; border-radius: 6px; }"
                           "QWidget#HelpCalls QLabel { color: #3e2723; font-size: 15px; font-weight: bold; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.answer = QPushButton(self.tr("I'm going"))
        self.answer.clicked.connect(self.answer_first)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.answer)
        self.requests: list[staff_help.HelpRequest] = []
        self.hide()

    def refresh(self) -> None:
        try:
            self.requests = staff_help.open_help_requests(self.context.desk, self.context.actor)
        except Exception:  # noqa: BLE001 - the calls are a courtesy; the workbench must go on
            self.requests = []
        if not self.requests:
            self.hide()
            return
        first = self.requests[0]
        more = len(self.requests) - 1
        text = self.tr("The number kiosk {0} asks for staff (since {1}).").format(
            first.terminal, clock_time(first.asked_at, self.context.station.timezone or "Asia/Shanghai"))
        if more:
            text += " " + self.tr("{0} more call(s) waiting.").format(more)
        self.text.setText(text)
        self.show()

    def answer_first(self) -> None:
        if not self.requests:
            return
        try:
            staff_help.answer_help(self.context.desk, self.context.actor, self.requests[0].id)
        except Exception as exc:  # noqa: BLE001 - e.g. a colleague answered: say it, then show what is left
            self.text.setText(error_text(exc))
        self.refresh()
