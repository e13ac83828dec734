"""The working-day calendar for the manager: each year's holidays (放假) and make-up workdays
(调休上班) from the State Council notice, and whether the year is complete. Deadlines reaching a
year that is not complete stay "unknown" instead of being guessed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.intake import calendar
from desk.services.intake.calendar import DayRow, YearRow
from desk.ui.colour_delegate import ColourTextDelegate
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.intake.common import OVERDUE
from desk.ui.messages import show_error
from desk.ui.table_model import Column, RowTableModel
from desk.ui.timefmt import weekday_name


def kind_text(kind: str) -> str:
    return (QCoreApplication.translate("CalendarPage", "holiday (放假)") if kind == "off"
            else QCoreApplication.translate("CalendarPage", "make-up workday (调休上班)"))


class CalendarPage(QWidget):
    shows = frozenset({"calendar_day", "calendar_year"})  # reloads only when these change (MainWindow)
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Working-day calendar"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("Enter each year's arrangement when the State Council publishes it (usually October to "
                              "December), then mark the year complete. Until then, deadlines reaching that year are "
                              "shown as unknown."))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.years: RowTableModel[YearRow] = RowTableModel([
            Column(self.tr("Year"), lambda y: str(y.year)),
            Column(self.tr("Complete"), lambda y: self.tr("yes") if y.available else self.tr("no — deadlines unknown"),
                   color=lambda y: None if y.available else OVERDUE),
            Column(self.tr("Holidays"), lambda y: str(y.off_days), align_right=True),
            Column(self.tr("Make-up days"), lambda y: str(y.work_days), align_right=True),
        ], self)
        self.year_view = self._view(self.years)
        self.year_view.setMinimumWidth(400)
        self.year_view.setMaximumWidth(460)
        self.year_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_days())
        body.addWidget(self.year_view)
        self.days: RowTableModel[DayRow] = RowTableModel([
            Column(self.tr("Date"), lambda d: d.day.isoformat()),
            Column(self.tr("Weekday"), lambda d: weekday_name(d.day.isoweekday())),
            Column(self.tr("Kind"), lambda d: kind_text(d.kind), color=lambda d: OVERDUE if d.kind == "off" else "#1565c0"),
            Column(self.tr("Name"), lambda d: d.name),
        ], self)
        self.day_view = self._view(self.days)
        self.day_view.selectionModel().currentRowChanged.connect(lambda *_: self._pick_day())
        body.addWidget(self.day_view, 1)
        layout.addLayout(self._editors())
        self.refresh()

    def _view(self, model: RowTableModel) -> QTableView:  # type: ignore[type-arg]
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(ColourTextDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _editors(self) -> QHBoxLayout:
        row = QHBoxLayout()
        day_box = QGroupBox(self.tr("A day"))
        form = QFormLayout(day_box)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = self.context.desk.now().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.kind = QComboBox()
        self.kind.addItem(kind_text("off"), "off")
        self.kind.addItem(kind_text("work"), "work")
        self.kind.addItem(self.tr("ordinary day (remove)"), None)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 春节"))
        save_day = QPushButton(self.tr("Save day"))
        save_day.clicked.connect(self.save_day)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(save_day)
        year_box = QGroupBox(self.tr("A year"))
        year_form = QFormLayout(year_box)
        self.year = QSpinBox()
        self.year.setRange(calendar.MIN_YEAR, calendar.MAX_YEAR)
        self.source = QPlainTextEdit()
        self.source.setMaximumHeight(60)
        self.source.setPlaceholderText(self.tr("The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知"))
        complete = QPushButton(self.tr("Mark year complete"))
        complete.clicked.connect(lambda: self.save_year(True))
        incomplete = QPushButton(self.tr("Mark year incomplete"))
        incomplete.clicked.connect(lambda: self.save_year(False))
        year_form.addRow(self.tr("Year"), self.year)
        year_form.addRow(self.tr("Source"), self.source)
        buttons = QHBoxLayout()
        buttons.addWidget(complete)
        buttons.addWidget(incomplete)
        year_form.addRow(buttons)
        self.errors = FieldErrors(QLabel(), {"name": self.name, "kind": self.kind, "year": self.year,
                                             "available": self.year, "source": self.source, "calendar": self.day})
        year_form.addRow(self.errors.message)
        row.addWidget(day_box, 1)
        row.addWidget(year_box, 1)
        return row

    def refresh(self) -> None:
        keep = self.selected_year()
        try:
            years = calendar.list_years(self.context.desk, self.context.actor)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.years.set_rows(years)
        self.year_view.resizeColumnsToContents()
        wanted = keep or self.context.desk.now().year
        for index, row in enumerate(years):
            if row.year == wanted:
                self.year_view.selectRow(index)
        self._show_days()

    def selected_year(self) -> int | None:
        rows = self.year_view.selectionModel().selectedRows()
        found = self.years.row_at(rows[0].row()) if rows else None
        return found.year if found else None

    def _show_days(self) -> None:
        year = self.selected_year()
        if year is None:
            self.days.set_rows([])
            return
        self.year.setValue(year)
        self.days.set_rows(calendar.list_days(self.context.desk, self.context.actor, year))
        self.day_view.resizeColumnsToContents()
        if self.days.rowCount() == 0:
            self.day.setDate(QDate(year, 1, 1))

    def _pick_day(self) -> None:
        rows = self.day_view.selectionModel().selectedRows()
        day = self.days.row_at(rows[0].row()) if rows else None
        if day is not None:
            self.day.setDate(QDate(day.day.year, day.day.month, day.day.day))
            self.kind.setCurrentIndex(self.kind.findData(day.kind))
            self.name.setText(day.name)

    def save_day(self) -> None:
        self.errors.clear()
        chosen: date = self.day.date().toPython()  # type: ignore[assignment]
        try:
            calendar.set_day(self.context.desk, self.context.actor, chosen, self.kind.currentData(), self.name.text())
        except Exception as exc:  # noqa: BLE001
            self.errors.show(exc)
            return
        self.refresh()

    def save_year(self, available: bool) -> None:
        self.errors.clear()
        try:
            calendar.set_year(self.context.desk, self.context.actor, self.year.value(), available,
                              self.source.toPlainText())
        except Exception as exc:  # noqa: BLE001
            self.errors.show(exc)
            return
        self.refresh()
