"""The daily log page: pick a day or a range, read the figures, write notes, close the day, export.

Reading the log and exporting run on the worker pool (a month's range or a PDF can take longer
than a clerk should wait for a frozen window), with a progress bar and Cancel.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.core.permissions import Permission
from desk.services.report import closing, excel, export
from desk.services.report.log import daily_log
from desk.services.report.model import SECONDS, DailyLog
from desk.store.private import write_private_file
from desk.ui.context import UiContext
from desk.ui.file_dialogs import save_file_name
from desk.ui.messages import show_error
from desk.ui.report.charts import ReportCharts
from desk.ui.report.figures_view import CorrectionsView, SectionView, figure
from desk.ui.report.notes import NotesPanel
from desk.ui.timefmt import local
from desk.ui.worker import Job, Progress, run_in_background


class Cancelled(Exception):
    """The person pressed Cancel; nothing was written."""


class DailyLogPage(QWidget):
    # Counting and drawing a day's figures takes the GUI a few hundred ms and a busy hall changes them
    # every second: on its own the log recounts at most once a minute (Show recounts at once).
    refresh_every_ms = 60_000

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.log: DailyLog | None = None
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Daily log"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        layout.addLayout(self._picker_row())
        layout.addLayout(self._busy_row())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        overview = QWidget()
        self.charts = ReportCharts(overview)
        QVBoxLayout(overview).addWidget(self.charts)
        self.tabs.addTab(overview, self.tr("Charts"))
        self.sections: list[SectionView] = []
        self.corrections = CorrectionsView()
        self.notes = NotesPanel(context, self.reload)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # -- layout ---------------------------------------------------------------------------------
    def _picker_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        today = QDate(self.context.today())
        self.first = QDateEdit(today)
        self.last = QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.range = QCheckBox(self.tr("Range to"))
        self.range.toggled.connect(self.last.setEnabled)
        self.last.setEnabled(False)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.reload)
        self.state = QLabel()
        self.close_button = QPushButton(self.tr("Close the day…"))
        self.close_button.clicked.connect(self.close_day)
        self.close_button.setVisible(self.context.actor.can(Permission.DAY_CLOSE))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        for widget in (QLabel(self.tr("Day")), self.first, self.range, self.last, self.show_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.state, self.close_button, self.pdf_button, self.xlsx_button):
            row.addWidget(widget)
        return row

    def _busy_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.busy_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.busy_label, self.progress, self.cancel_button):
            row.addWidget(widget)
            widget.setVisible(False)
        row.addStretch(1)
        return row

    # -- work off the GUI thread ----------------------------------------------------------------
    def _days(self) -> tuple[date, date]:
        first = self.first.date().toPython()
        last = self.last.date().toPython() if self.range.isChecked() else first
        return first, last  # type: ignore[return-value]

    def _busy(self, text: str | None) -> None:
        for widget in (self.busy_label, self.progress, self.cancel_button):
            widget.setVisible(text is not None)
        self.busy_label.setText(text or "")
        self.progress.setRange(0, 0)
        for widget in (self.show_button, self.close_button, self.pdf_button, self.xlsx_button):
            widget.setEnabled(text is None)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _run(self, text: str, fn: Any, on_done: Any) -> None:
        self._busy(text)

        def finished(result: Any) -> None:
            self.job = None
            self._busy(None)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.job = None
            self._busy(None)
            if isinstance(exc, Cancelled):
                self.state.setText(self.tr("Cancelled; nothing was written."))
            else:
                show_error(self, exc)

        self.job = run_in_background(fn, finished, failed, self._progressed)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def reload(self) -> None:
        if self.job is not None:
            return
        first, last = self._days()
        desk, actor = self.context.desk, self.context.actor

        def work(progress: Progress) -> DailyLog:
            progress(0, 1)
            result = daily_log(desk, actor, first, last)
            if not progress(1, 1):
                raise Cancelled()
            return result

        self._run(self.tr("Counting…"), work, self.show_log)

    def refresh(self) -> None:
        """Another terminal changed data: count again."""
        self.reload()

    # -- showing --------------------------------------------------------------------------------
    def show_log(self, log: DailyLog) -> None:
        self.log = log
        closed = log.day_closed
        if closed is not None:
            self.state.setText(self.tr("Closed by {0} at {1}").format(closed.closed_by,
                                                                     local(closed.closed_at, log.zone)))
            self.state.setStyleSheet("color: #2e7d32; font-weight: bold;")
        else:
            days = (log.figures.last_day - log.figures.first_day).days + 1
            self.state.setText(self.tr("Open") if log.single_day else
                               self.tr("{0} of {1} days closed").format(len(log.closed), days))
            self.state.setStyleSheet("")
        self.close_button.setEnabled(log.single_day and closed is None)
        self.summary.setText(self._summary_text(log))
        self.charts.show_figures(log.figures)
        while self.tabs.count() > 1:
            self.tabs.removeTab(1)
        self.sections = [SectionView(section) for section in log.figures.sections]
        for view, section in zip(self.sections, log.figures.sections, strict=True):
            self.tabs.addTab(view, QCoreApplication.translate("ReportFigure", section.title))
        self.corrections.show_corrections(log.corrections, len(log.closed))
        self.tabs.addTab(self.corrections, self.tr("Corrections ({0})").format(len(log.corrections)))
        self.notes.show_notes(log.notes, log.figures.first_day if log.single_day else None, bool(log.closed))
        self.tabs.addTab(self.notes, self.tr("Notes ({0})").format(len(log.notes)))

    def _summary_text(self, log: DailyLog) -> str:
        q, i = log.figures.table("queue.by_service"), log.figures.table("intake.by_item")
        m = log.figures.table("mediation.by_type")
        text = self.tr("<b>Tickets</b> {0} issued, {1} served, {2} no-show · <b>wait</b> {3} min on average, "
                       "90% within {4} min · <b>cases</b> {5} registered, {6} completed, {7} overdue, {8} due soon · "
                       "<b>mediations</b> {9} registered, {10} succeeded").format(
            q.value("total", "issued"), q.value("total", "served"), q.value("total", "no_show"),
            figure(q.value("total", "wait_mean"), SECONDS), figure(q.value("total", "wait_p90"), SECONDS),
            i.value("total", "registered"), i.value("total", "completed"), i.value("total", "overdue"),
            i.value("total", "due_soon"), m.value("total", "registered"), m.value("total", "success"))
        if log.corrections:
            text += "<br><span style='color:#c62828'>" + self.tr(
                "{0} figures changed after the day was closed — see Corrections.").format(len(log.corrections)) + \
                "</span>"
        return text

    # -- actions --------------------------------------------------------------------------------
    def close_day(self) -> None:
        if self.log is None or not self.log.single_day:
            return
        day = self.log.figures.first_day
        answer = QMessageBox.question(self, self.tr("Close the day"), self.tr(
            "Close the log of {0}? Its figures and notes are frozen and signed in your name; later changes to that "
            "day's records will be listed as corrections.").format(day.isoformat()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            closing.close_day(self.context.desk, self.context.actor, day)
        except Exception as exc:  # noqa: BLE001 - shown as a sentence
            show_error(self, exc)
        self.reload()

    def export(self, kind: str) -> None:
        if self.log is None:
            return
        log, desk, actor = self.log, self.context.desk, self.context.actor
        stem = f"daily-log-{export.period_text(log).replace(' 至 ', '_')}"
        pattern = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Excel workbook (*.xlsx)")
        name = save_file_name(self, self.tr("Export the daily log"), str(Path.home() / f"{stem}.{kind}"), pattern)
        if not name:
            return
        target = Path(name)

        def work(progress: Progress) -> Path:
            if not progress(0, 2):
                raise Cancelled()
            data = export.export_pdf(desk, actor, log) if kind == "pdf" else excel.workbook_bytes(log)
            if not progress(1, 2):
                raise Cancelled()
            try:
                write_private_file(target, data)  # the log names citizens: owner-only
            except OSError as exc:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DeskError", "Could not write {path}: {reason}. Choose a folder you can write to."),
                    path=str(target), reason=exc.strerror or str(exc)) from None
            progress(2, 2)
            return target

        self._run(self.tr("Exporting…"), work,
                  lambda path: self.state.setText(self.tr("Saved {0}").format(path.name)))

