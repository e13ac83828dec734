"""Dialogs for a case's clock: the manager's extension (行政许可法 Art. 42) and a pause for time not
counted (Art. 45). They only collect the input; the services check it and say what to fix."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desk.services.intake.case_queries import CaseDetail
from desk.services.intake.clock import PAUSE_CAUSES


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.setObjectName("clock_buttons")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


class ExtensionDialog(QDialog):
    """Art. 42: the new deadline (at most 10 working days later) and the reason told to the applicant."""

    def __init__(self, parent: QWidget, detail: CaseDetail, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ClockDialogs", "Extend the deadline (行政许可法 Art. 42)"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        deadline = detail.row.deadline or today  # the button is offered only with a deadline
        form.addRow(QCoreApplication.translate("ClockDialogs", "Present deadline"), QLabel(deadline.isoformat()))
        self.new_deadline = _date_edit(deadline + timedelta(days=7))
        self.new_deadline.setObjectName("new_deadline")
        form.addRow(QCoreApplication.translate("ClockDialogs", "New deadline"), self.new_deadline)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(QCoreApplication.translate("ClockDialogs", "Why the decision cannot be made in time (printed on the notice)"))
        self.reason.setMaximumHeight(90)
        form.addRow(QCoreApplication.translate("ClockDialogs", "Reason"), self.reason)
        hint = QLabel(QCoreApplication.translate("ClockDialogs", "At most 10 more working days, once. The applicant gets a 延期通知书."))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        _buttons(self, form)

    def values(self) -> tuple[date, str]:
        return self.new_deadline.date().toPython(), self.reason.toPlainText()  # type: ignore[return-value]


class PauseDialog(QDialog):
    """Art. 45: why the time is not counted, and when it is expected to end (told in writing)."""

    def __init__(self, parent: QWidget, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ClockDialogs", "Time not counted (行政许可法 Art. 45)"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.cause = QComboBox()
        self.cause.setObjectName("cause")
        for key, label in PAUSE_CAUSES.items():
            self.cause.addItem(QCoreApplication.translate("ClockCause", label), key)
        form.addRow(QCoreApplication.translate("ClockDialogs", "Needed"), self.cause)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(QCoreApplication.translate("ClockDialogs", "e.g. samples sent to the testing institute"))
        self.reason.setMaximumHeight(90)
        form.addRow(QCoreApplication.translate("ClockDialogs", "Details"), self.reason)
        self.has_end = QCheckBox(QCoreApplication.translate("ClockDialogs", "Expected to end on"))
        self.has_end.setObjectName("has_end")
        self.expected_end = _date_edit(today + timedelta(days=7))
        self.expected_end.setEnabled(False)
        self.has_end.toggled.connect(self.expected_end.setEnabled)
        form.addRow(self.has_end, self.expected_end)
        hint = QLabel(QCoreApplication.translate("ClockDialogs", "The clock stops today; the applicant gets a written notice (告知书). Resume it when "
                          "the procedure is over: the deadline moves by the days paused."))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        _buttons(self, form)

    def values(self) -> tuple[str, str, date | None]:
        end = self.expected_end.date().toPython() if self.has_end.isChecked() else None
        return str(self.cause.currentData()), self.reason.toPlainText(), end  # type: ignore[return-value]
