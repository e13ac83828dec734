"""Cases: filters (status, deadline, item, text), overdue in red and due within 2 working days in
amber; double-click or Enter opens the case with its history and actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.intake import case_queries, catalogue
from desk.services.intake.case_queries import CaseFilter, CaseRow
from desk.services.intake.common import STATUSES
from desk.ui.colour_delegate import ColourTextDelegate
from desk.ui.context import UiContext
from desk.ui.forms import fit_placeholder
from desk.ui.intake.common import (
    deadline_colour,
    deadline_text,
    iso,
    pledge_colour,
    pledge_text,
    state_label,
    status_label,
)
from desk.ui.messages import show_error
from desk.ui.table_model import Column, ListView, RowTableModel
from desk.ui.timefmt import local


class CasesPage(QWidget):
    shows = frozenset({"intake_case", "intake_case_material", "applicant", "service_item"})  # reloads only when these change (MainWindow)
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        tz = context.station.timezone
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Cases"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        filters = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("Open cases"), ("accepted", "waiting_materials", "in_progress"))
        self.status.addItem(self.tr("All statuses"), ())
        for status in STATUSES:
            self.status.addItem(status_label(status), (status,))
        self.due = QComboBox()
        self.due.setObjectName("due_filter")
        for text, value in ((self.tr("Any deadline"), ""), (self.tr("Overdue"), "overdue"),
                            (self.tr("Due within 2 working days"), "due_soon"),
                            (self.tr("Deadline unknown (calendar missing)"), "unknown"),
                            (self.tr("Clock paused (time not counted)"), "paused"),
                            (self.tr("容缺 materials to come"), "pledge_open"),
                            (self.tr("容缺 materials overdue"), "pledge_overdue")):
            self.due.addItem(text, value)
        self.item = QComboBox()
        # as wide as a short name, not the longest item's (which pushed the page wider than the screen);
        # the list that drops down shows every name whole
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item.setMinimumContentsLength(14)
        self.item.addItem(self.tr("All items"), None)
        for row in catalogue.search_items(context.desk, context.actor, include_inactive=True):
            self.item.addItem(f"{row.code} {row.name}", row.id)
        self.text = QLineEdit()
        self.text.setObjectName("case_search")
        self.text.setPlaceholderText(self.tr("Receipt number or applicant name"))
        fit_placeholder(self.text)
        self.text.setClearButtonEnabled(True)
        self.mine = QComboBox()
        self.mine.addItem(self.tr("Everyone's cases"), None)
        self.mine.addItem(self.tr("My cases"), context.actor.user_id)
        for widget in (self.status, self.due, self.item, self.mine):
            filters.addWidget(widget)
            widget.currentIndexChanged.connect(self.refresh)
        filters.addWidget(self.text, 1)
        self.text.returnPressed.connect(self.refresh)
        layout.addLayout(filters)
        self.model: RowTableModel[CaseRow] = RowTableModel([
            Column(self.tr("Receipt no."), lambda r: r.receipt_no),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(self.tr("Deadline"), deadline_text, sort_key=lambda r: iso(r.deadline) or "9999",
                   color=deadline_colour),
            Column(self.tr("Time"), state_label, color=deadline_colour),
            Column(self.tr("容缺 due"), pledge_text, sort_key=lambda r: iso(r.pledge_due) if r.pledge_open else "9999",
                   color=pledge_colour),
            Column(self.tr("Applicant"), lambda r: r.applicant_name),
            Column(self.tr("ID"), lambda r: r.applicant_masked),
            Column(self.tr("Item"), lambda r: r.item_name, tooltip=lambda r: r.item_name),
            Column(self.tr("Registered"), lambda r: local(r.registered_at, tz), sort_key=lambda r: r.registered_at),
            Column(self.tr("Handled by"), lambda r: r.handler_name),
        ], self)
        self.table = ListView()  # columns fitted once, not on every refresh
        self.table.setObjectName("cases")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ColourTextDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("Hint")
        bottom.addWidget(self.count, 1)
        open_button = QPushButton(self.tr("Open case…"))
        open_button.clicked.connect(self.open_selected)
        bottom.addWidget(open_button)
        layout.addLayout(bottom)
        self.refresh()

    def current_filter(self) -> CaseFilter:
        return CaseFilter(statuses=tuple(self.status.currentData() or ()), item_id=self.item.currentData(),
                          handler_id=self.mine.currentData(), text=self.text.text(), due=self.due.currentData())

    def refresh(self) -> None:
        try:
            rows = case_queries.list_cases(self.context.desk, self.context.actor, self.current_filter())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        overdue = sum(r.deadline_state == "overdue" for r in rows)
        soon = sum(r.deadline_state == "due_soon" for r in rows)
        late = sum(r.pledge_state == "overdue" for r in rows)
        paused = sum(r.deadline_state == "paused" for r in rows)
        self.count.setText(self.tr("{0} cases shown; {1} overdue, {2} due within 2 working days; {3} with 容缺 "
                                   "materials overdue.").format(len(rows), overdue, soon, late)
                           + (" " + self.tr("{0} paused (time not counted).").format(paused) if paused else ""))

    def selected(self) -> CaseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        from desk.ui.intake.case_detail import CaseDialog

        dialog = CaseDialog(self.context, row.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
