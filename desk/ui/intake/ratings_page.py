"""Ratings (好差评) for the manager: the last weeks' ratings, open follow-ups first, and recording
the outcome of a follow-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.intake import ratings
from desk.services.intake.ratings import RatingRow
from desk.ui.colour_delegate import ColourTextDelegate
from desk.ui.context import UiContext
from desk.ui.intake.common import OVERDUE, iso
from desk.ui.messages import show_error
from desk.ui.table_model import Column, ListView, RowTableModel
from desk.ui.timefmt import local


def level_label(level: int) -> str:
    return f"{level} {QCoreApplication.translate('Rating', ratings.LEVEL_LABELS[level])}"


class RatingsPage(QWidget):
    shows = frozenset({"rating", "intake_case"})  # reloads only when these change (MainWindow)
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        tz = context.station.timezone
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Ratings and follow-ups"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        self.open_only = QCheckBox(self.tr("Only open follow-ups"))
        self.open_only.toggled.connect(self.refresh)
        layout.addWidget(self.open_only)
        self.summary = QLabel()
        self.summary.setObjectName("Hint")
        layout.addWidget(self.summary)
        self.model: RowTableModel[RatingRow] = RowTableModel([
            Column(self.tr("Time"), lambda r: local(r.at, tz), sort_key=lambda r: r.at),
            Column(self.tr("Rating"), lambda r: level_label(r.level), sort_key=lambda r: r.level,
                   color=lambda r: OVERDUE if r.level <= 2 else None),
            Column(self.tr("Clerk"), lambda r: r.clerk_name),
            Column(self.tr("Case"), lambda r: r.receipt_no),
            Column(self.tr("Comment"), lambda r: r.comment, tooltip=lambda r: r.comment),
            Column(self.tr("Follow-up"), self._follow_up_text,
                   color=lambda r: OVERDUE if r.follow_up_status == "open" else None),
            Column(self.tr("Outcome"), lambda r: r.follow_up_outcome, tooltip=lambda r: r.follow_up_outcome),
        ], self)
        self.table = ListView()  # columns fitted once, not on every refresh
        self.table.setModel(self.model)
        self.table.setItemDelegate(ColourTextDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        record = QPushButton(self.tr("Record follow-up outcome…"))
        record.clicked.connect(self.record_outcome)
        row.addWidget(record)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def _follow_up_text(self, r: RatingRow) -> str:
        if r.follow_up_status == "open":
            due = iso(r.follow_up_due) or self.tr("unknown: no {0} calendar").format(r.follow_up_missing_year)
            return self.tr("open, due {0}").format(due)
        if r.follow_up_status == "closed":
            return self.tr("closed by {0}").format(r.follow_up_by)
        return ""

    def refresh(self) -> None:
        try:
            rows = ratings.list_ratings(self.context.desk, self.context.actor, open_only=self.open_only.isChecked())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        rows.sort(key=lambda r: (r.follow_up_status != "open", -r.at.timestamp()))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        satisfied = sum(r.level >= 4 for r in rows)
        still_open = sum(r.follow_up_status == "open" for r in rows)
        self.summary.setText(self.tr("{0} ratings shown, {1} satisfied or better; {2} follow-ups open.")
                             .format(len(rows), satisfied, still_open))

    def record_outcome(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        row = self.model.row_at(selected[0].row()) if selected else None
        if row is None or row.follow_up_status != "open":
            return
        outcome, ok = QInputDialog.getMultiLineText(self, self.tr("Follow-up outcome"),
                                                    self.tr("What was done and what did the citizen say?"))
        if not ok:
            return
        try:
            ratings.record_follow_up(self.context.desk, self.context.actor, row.id, outcome)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self.refresh()
