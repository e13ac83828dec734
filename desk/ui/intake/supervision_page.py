"""督办 for the manager: running cases overdue or due within the station's number of working days
(Station page setting), most urgent first, with a reminder to the handling clerk and the case itself."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.intake import supervision
from desk.services.intake.supervision import SupervisedCase
from desk.ui.colour_delegate import ColourTextDelegate
from desk.ui.context import UiContext
from desk.ui.intake.common import DUE_SOON, OVERDUE
from desk.ui.messages import show_error
from desk.ui.table_model import Column, RowTableModel
from desk.ui.timefmt import local


class SupervisionPage(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        tz = context.station.timezone
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Supervision (督办)"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        self.summary = QLabel()
        self.summary.setObjectName("Hint")
        layout.addWidget(self.summary)
        self.model: RowTableModel[SupervisedCase] = RowTableModel([
            Column(self.tr("Receipt no."), lambda r: r.receipt_no),
            Column(self.tr("Item"), lambda r: r.item_name, tooltip=lambda r: r.item_name),
            Column(self.tr("Applicant"), lambda r: f"{r.applicant_name} {r.applicant_masked}"),
            Column(self.tr("With"), lambda r: r.handler_name),
            Column(self.tr("Deadline"), lambda r: r.deadline.isoformat(), sort_key=lambda r: r.deadline,
                   color=lambda r: OVERDUE if r.state == "overdue" else DUE_SOON),
            Column(self.tr("Working days left"), self._left, sort_key=lambda r: r.working_days_left,
                   align_right=True),
            Column(self.tr("Reminders"), lambda r: str(r.reminders), align_right=True),
            Column(self.tr("Last reminder"), lambda r: local(r.last_reminder, tz) if r.last_reminder else ""),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("supervision")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ColourTextDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_case())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.remind_button = QPushButton(self.tr("Remind the clerk (督办)…"))
        self.remind_button.clicked.connect(self.remind)
        open_button = QPushButton(self.tr("Open case"))
        open_button.clicked.connect(self.open_case)
        row.addWidget(self.remind_button)
        row.addWidget(open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def _left(self, r: SupervisedCase) -> str:
        if r.working_days_left < 0:
            return self.tr("{0} overdue").format(-r.working_days_left)
        return str(r.working_days_left)

    def refresh(self) -> None:
        try:
            rows = supervision.supervision_list(self.context.desk, self.context.actor)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        overdue = sum(r.state == "overdue" for r in rows)
        self.summary.setText(self.tr("{0} overdue, {1} due soon. Paused cases (time not counted) are not listed.")
                             .format(overdue, len(rows) - overdue))

    def _selected(self) -> SupervisedCase | None:
        selected = self.table.selectionModel().selectedRows()
        return self.model.row_at(selected[0].row()) if selected else None

    def remind(self) -> None:
        row = self._selected()
        if row is None:
            return
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Remind the clerk"),
                                                 self.tr("Note to {0} (shown on the case):").format(row.handler_name))
        if not ok:
            return
        try:
            supervision.remind(self.context.desk, self.context.actor, row.id, note)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self.refresh()

    def open_case(self) -> None:
        row = self._selected()
        if row is None:
            return
        from desk.ui.intake.case_detail import CaseDialog

        CaseDialog(self.context, row.id, self).exec()
        self.refresh()
