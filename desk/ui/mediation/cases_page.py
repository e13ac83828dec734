"""The mediation case register (调解案件登记) with the selected case beside it.

Clerks see only "Register a request": they may take a party's request but not read case records.
Reading the register is audited, so the page re-reads only when a case changed (revision check).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.core.permissions import Permission
from desk.services.mediation import cases
from desk.services.mediation.rows import CaseDetail, CaseListRow
from desk.ui.context import UiContext
from desk.ui.mediation.case_detail import CaseDetailPanel
from desk.ui.mediation.case_tabs import selected_row, table
from desk.ui.mediation.register_dialog import RegisterCaseDialog
from desk.ui.messages import show_error
from desk.ui.table_model import Column, RowTableModel


class MediationCasesPage(QWidget):
    shows = frozenset({"med_case", "med_party", "med_session", "med_agreement", "med_agreement_term", "med_followup",
                       "med_file_item", "med_staff", "calendar_day"})  # reloads only when these change (MainWindow)
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.can_read = context.actor.can(Permission.MEDIATION_READ)
        self._seen: tuple[int, int] | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Mediation cases"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        bar = QHBoxLayout()
        register = QPushButton(self.tr("Register a request…"))
        register.clicked.connect(self._register)
        bar.addWidget(register)
        self.reminder = QLabel()
        self.reminder.setStyleSheet("color: #e65100; font-weight: bold;")
        if not self.can_read:
            note = QLabel(self.tr("You can register a party's request here. Case records are read by the mediators."))
            note.setWordWrap(True)
            bar.addWidget(note, 1)
            layout.addLayout(bar)
            layout.addStretch(1)
            return
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("case number, dispute or party name"))
        self.search.returnPressed.connect(self.reload)
        self.status = QComboBox()
        for text, value in ((self.tr("all"), None), (self.tr("registered"), "registered"),
                            (self.tr("being mediated"), "mediating"), (self.tr("closed"), "closed")):
            self.status.addItem(text, value)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        layout.addLayout(bar)
        layout.addWidget(self.reminder)
        states = {"registered": self.tr("registered"), "mediating": self.tr("being mediated"),
                  "closed": self.tr("closed")}
        judicial = {"open": self.tr("open until {0}"), "closing": self.tr("closes {0}!"), "closed": self.tr("closed"),
                    "applied": self.tr("applied"), "pending": self.tr("not signed"), "none": "—"}
        self.model: RowTableModel[CaseListRow] = RowTableModel([
            Column(self.tr("Number"), lambda r: r.number, sort_key=lambda r: (r.accepted_on, r.number)),
            Column(self.tr("Dispute"), lambda r: r.title),
            Column(self.tr("Type"), lambda r: r.dispute_type),
            Column(self.tr("Parties"), lambda r: r.parties),
            Column(self.tr("Accepted"), lambda r: r.accepted_on.isoformat()),
            Column(self.tr("State"), lambda r: states.get(r.status, r.status)),
            Column(self.tr("Judicial confirmation"), lambda r: judicial[r.judicial_state].format(r.judicial_deadline),
                   color=lambda r: "#e65100" if r.judicial_state == "closing" else None),
        ], self)
        self.view = table(self.model)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(lambda _i: self._open_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._open_selected())
        self.detail = CaseDetailPanel(context)
        for tab in (self.detail.parties, self.detail.records, self.detail.agreement, self.detail.followups):
            tab.changed.connect(self._changed_here)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([400, 800])  # the case's forms need the room more than the register's columns
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.reload()

    def reload(self) -> None:
        try:
            rows = cases.list_cases(self.context.desk, self.context.actor, self.search.text(),
                                    self.status.currentData())
            self._seen = cases.case_revisions(self.context.desk, self.context.actor)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        closing = [r for r in rows if r.judicial_state == "closing"]
        self.reminder.setText(self.tr("Judicial confirmation window closing soon: {0}").format(
            "、".join(f"{r.number}（{r.judicial_deadline}）" for r in closing)) if closing else "")
        self.reminder.setVisible(bool(closing))

    def refresh(self) -> None:
        """Another terminal changed something: re-read (an audited read) only if a case changed."""
        if not self.can_read:
            return
        try:
            current = cases.case_revisions(self.context.desk, self.context.actor)
        except Exception:  # noqa: BLE001 - a blip; the next poll tries again
            return
        if current == self._seen:
            return
        self.reload()
        detail = self.detail.detail
        if detail is not None:
            self.detail.show_case(detail.id)

    def _changed_here(self, _detail: CaseDetail) -> None:
        self.reload()

    def _open_selected(self) -> None:
        row = selected_row(self.view, self.model)
        if row is not None and (self.detail.detail is None or self.detail.detail.id != row.id):
            self.detail.show_case(row.id)

    def _register(self) -> None:
        dialog = RegisterCaseDialog(self.context, self)
        if dialog.exec() and dialog.registered is not None:
            QMessageBox.information(self, self.tr("Registered"),
                                    self.tr("The request is registered as case {0}.").format(dialog.registered.number))
            if self.can_read:
                self.reload()
