"""The consultation log: a quick form (walk-in or hotline, topic, answer) and today's list."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.intake import catalogue, consultations
from desk.services.intake.consultations import CHANNEL_LABELS, ConsultationInput, ConsultationRow
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.messages import show_error
from desk.ui.table_model import Column, ListView, RowTableModel
from desk.ui.timefmt import local


def channel_label(channel: str) -> str:
    return QCoreApplication.translate("Consultation", CHANNEL_LABELS.get(channel, channel))


class ConsultationsPage(QWidget):
    shows = frozenset({"consultation", "service_item"})  # reloads only when these change (MainWindow)
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        tz = context.station.timezone
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Consultations"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        box = QGroupBox(self.tr("Log a question (Ctrl+S saves)"))
        form = QFormLayout(box)
        self.channel = QComboBox()
        for channel in consultations.CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.topic = QLineEdit()
        self.topic.setObjectName("topic")
        self.topic.setPlaceholderText(self.tr("e.g. 居住证办理条件"))
        self.item = QComboBox()
        self.item.addItem(self.tr("(no particular item)"), None)
        for row in catalogue.search_items(context.desk, context.actor):
            self.item.addItem(f"{row.code} {row.name}", row.id)
        self.question = QPlainTextEdit()
        self.question.setMaximumHeight(60)
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("answer")
        self.answer.setMaximumHeight(80)
        caller = QHBoxLayout()
        self.caller_name = QLineEdit()
        self.caller_name.setPlaceholderText(self.tr("Caller's name (optional)"))
        self.caller_phone = QLineEdit()
        self.caller_phone.setPlaceholderText(self.tr("Phone (optional)"))
        caller.addWidget(self.caller_name)
        caller.addWidget(self.caller_phone)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Item"), self.item)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Answer given"), self.answer)
        form.addRow(self.tr("Caller"), caller)
        self.errors = FieldErrors(QLabel(), {"channel": self.channel, "topic": self.topic, "answer": self.answer,
                                             "question": self.question, "caller_name": self.caller_name,
                                             "caller_phone": self.caller_phone, "item": self.item})
        form.addRow(self.errors.message)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        form.addRow(save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        layout.addWidget(box)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search topic, question or answer"))
        self.search.returnPressed.connect(self.refresh)
        self.period = QComboBox()
        for text, days in ((self.tr("Today"), 1), (self.tr("Last 7 days"), 7), (self.tr("Last 30 days"), 30)):
            self.period.addItem(text, days)
        self.period.currentIndexChanged.connect(self.refresh)
        filters.addWidget(self.period)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)
        self.model: RowTableModel[ConsultationRow] = RowTableModel([
            Column(self.tr("Time"), lambda r: local(r.at, tz), sort_key=lambda r: r.at),
            Column(self.tr("Channel"), lambda r: channel_label(r.channel)),
            Column(self.tr("Topic"), lambda r: r.topic),
            Column(self.tr("Answer"), lambda r: r.answer, tooltip=lambda r: r.answer),
            Column(self.tr("Answered by"), lambda r: r.answered_by),
        ], self)
        self.table = ListView()  # columns fitted once, not on every refresh
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("Hint")
        layout.addWidget(self.count)
        self.refresh()

    def refresh(self) -> None:
        zone = ZoneInfo(self.context.station.timezone)
        today = self.context.desk.now().astimezone(zone).date()
        start = datetime.combine(today - timedelta(days=self.period.currentData() - 1), time(), zone)
        try:
            rows = consultations.list_consultations(self.context.desk, self.context.actor, start=start,
                                                    text=self.search.text())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        walk_in = sum(r.channel == "walk_in" for r in rows)
        self.count.setText(self.tr("{0} consultations: {1} walk-in, {2} hotline.")
                           .format(len(rows), walk_in, len(rows) - walk_in))

    def save(self) -> None:
        self.errors.clear()
        data = ConsultationInput(self.channel.currentData(), self.topic.text(), self.answer.toPlainText(),
                                 self.question.toPlainText(), self.item.currentData(), self.caller_name.text(),
                                 self.caller_phone.text())
        try:
            consultations.log_consultation(self.context.desk, self.context.actor, data)
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        for widget in (self.topic, self.caller_name, self.caller_phone):
            widget.clear()
        self.question.clear()
        self.answer.clear()
        self.item.setCurrentIndex(0)
        self.topic.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()
