"""The date by which missing materials must be brought, defaulting to five working days on the
official calendar. Where that calendar cannot count it (next year's holidays not entered yet, in late
December) the field is flagged and the clerk must choose a date, so the one-time notice never demands
a date that is already due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QWidget

from desk.core.workdays import WorkCalendar
from desk.services.intake import cases


class MaterialsDueField(QWidget):
    """Also the date of a 容缺受理 (``label``/``name`` given, ``days`` from the station's setting)."""

    def __init__(self, parent: QWidget | None = None, *, label: str = "", name: str = "materials_due") -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit()
        self.edit.setObjectName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.warning = QLabel()
        self.warning.setObjectName("ErrorText")
        self.warning.setStyleSheet("color: #c62828;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.unknown = False  # the calendar could not count the default: the clerk has not chosen yet
        self.edit.dateChanged.connect(lambda _day: self._chosen())
        form.addRow(label or self.tr("Missing materials to be brought by"), self.edit)
        form.addRow(self.warning)

    def set_default(self, calendar: WorkCalendar, today: date, days: int = cases.DEFAULT_MATERIALS_DAYS) -> None:
        """A new visit's default: five working days from today, or ``days`` (the clerk may change it)."""
        counted = calendar.add_working_days(today, days)
        due = counted.deadline or today
        self.edit.blockSignals(True)
        self.edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.edit.setDate(QDate(due.year, due.month, due.day))
        self.edit.blockSignals(False)
        if counted.deadline is None:
            self.edit.setStyleSheet("border: 2px solid #c62828;")
            self.warning.setText(self.tr(
                "The working-day calendar for {0} is not entered yet: choose the date to bring the materials "
                "yourself.").format(counted.missing_year or today.year + 1))
            self.warning.show()
            self.unknown = True
        else:
            self._chosen()

    def day(self) -> date:
        return self.edit.date().toPython()

    def _chosen(self) -> None:
        self.unknown = False
        self.edit.setStyleSheet("")
        self.warning.hide()
