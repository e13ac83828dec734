"""One case: overview and outcome, parties, records, the agreement, follow-ups and the case file.

Opening a case is an audited read; afterwards the panel only re-reads it when its revision moved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core.mediation import CASE_SOURCES, OUTCOMES
from desk.core.permissions import Permission
from desk.services.mediation import cases
from desk.services.mediation.rows import CaseDetail
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors, open_width, scrolling
from desk.ui.i18n import tr_label
from desk.ui.mediation.agreement_editor import AgreementEditor
from desk.ui.mediation.case_tabs import PartiesTab, RecordsTab
from desk.ui.mediation.edit_case_dialog import EditCaseDialog
from desk.ui.mediation.followup_casefile_tabs import CaseFileTab, FollowUpsTab
from desk.ui.mediation.print_forms import PrintFormsDialog
from desk.ui.messages import show_error


class CloseCaseDialog(QDialog):
    def __init__(self, context: UiContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.case_id = context, case_id
        self.result_detail: CaseDetail | None = None
        self.setWindowTitle(self.tr("Close the case"))
        form = QFormLayout(self)
        self.outcome = QComboBox()
        for key, label in OUTCOMES.items():
            self.outcome.addItem(tr_label("Mediation", label), key)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("If not settled or terminated: why, and which other ways (court, "
                                               "arbitration, administrative handling) the parties were told about."))
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Reason"), self.reason)
        self.errors = FieldErrors(QLabel(), {"outcome": self.outcome, "reason": self.reason})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        open_width(self, 480)

    def _save(self) -> None:
        try:
            self.result_detail = cases.close_case(self.context.desk, self.context.actor, self.case_id,
                                                  self.outcome.currentData(), self.reason.toPlainText())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()


class OverviewTab(QWidget):
    def __init__(self, context: UiContext, panel: CaseDetailPanel) -> None:
        super().__init__()
        self.context, self.panel = context, panel
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, text in (("type", self.tr("Type of dispute")), ("source", self.tr("Source")),
                          ("accepted", self.tr("Accepted on")), ("mediator", self.tr("Mediator")),
                          ("facts", self.tr("Brief facts")), ("requests", self.tr("Requests")),
                          ("status", self.tr("State")), ("outcome", self.tr("Outcome"))):
            label = QLabel()
            label.setWordWrap(True)
            self.labels[key] = label
            self.form.addRow(text, label)
        layout.addLayout(self.form)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit case…"))
        self.edit_button.setObjectName("edit_case")
        self.edit_button.clicked.connect(self._edit)
        row.addWidget(self.edit_button)
        self.close_button, self.reopen_button = QPushButton(self.tr("Close the case…")), QPushButton(self.tr("Reopen…"))
        self.close_button.clicked.connect(self._close)
        self.reopen_button.clicked.connect(self._reopen)
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def set_case(self, d: CaseDetail) -> None:
        states = {"registered": self.tr("registered"), "mediating": self.tr("being mediated"),
                  "closed": self.tr("closed")}
        self.labels["type"].setText(d.dispute_type)
        self.labels["source"].setText(tr_label("Mediation", CASE_SOURCES[d.source])
                                      + (f"（{d.referral_note}）" if d.referral_note else ""))
        self.labels["accepted"].setText(self.tr("{0}, registered by {1}").format(d.accepted_on, d.registered_by))
        self.labels["mediator"].setText(d.mediator or self.tr("not assigned yet"))
        self.labels["facts"].setText(d.facts)
        self.labels["requests"].setText(d.requests or "—")
        self.labels["status"].setText(states.get(d.status, d.status))
        outcome = tr_label("Mediation", OUTCOMES[d.outcome]) if d.outcome else "—"
        self.labels["outcome"].setText(f"{outcome} {d.closed_on or ''} {d.outcome_reason}".strip())
        can_write = self.context.actor.can(Permission.MEDIATION_WRITE)
        self.edit_button.setEnabled(can_write and d.status != "closed")
        self.close_button.setEnabled(can_write and d.status != "closed")
        self.reopen_button.setEnabled(can_write and d.status == "closed")

    def _edit(self) -> None:
        if self.panel.detail is None:
            return
        dialog = EditCaseDialog(self.context, self.panel.detail, self)
        if dialog.exec() and dialog.result_detail is not None:
            self.panel.apply(dialog.result_detail)

    def _close(self) -> None:
        if self.panel.detail is None:
            return
        dialog = CloseCaseDialog(self.context, self.panel.detail.id, self)
        if dialog.exec() and dialog.result_detail is not None:
            self.panel.apply(dialog.result_detail)

    def _reopen(self) -> None:
        if self.panel.detail is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reopen"), self.tr("Why is the case reopened?"))
        if ok:
            try:
                self.panel.apply(cases.reopen_case(self.context.desk, self.context.actor, self.panel.detail.id, reason))
            except Exception as exc:  # noqa: BLE001
                show_error(self, exc)


class CaseDetailPanel(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: CaseDetail | None = None
        layout = QVBoxLayout(self)
        self.header = QLabel(self.tr("Choose a case in the register."))
        self.header.setObjectName("SectionTitle")
        self.header.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        self.print_button = QPushButton(self.tr("Print documents…"))  # 打印文书: every form of the case
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._print_documents)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.overview = OverviewTab(context, self)
        self.parties, self.records = PartiesTab(context), RecordsTab(context)
        self.agreement = AgreementEditor(context)
        self.followups, self.casefile = FollowUpsTab(context), CaseFileTab(context)
        for widget, title in ((self.overview, self.tr("Overview")), (self.parties, self.tr("Parties")),
                              (self.records, self.tr("Records")), (self.agreement, self.tr("Agreement")),
                              (self.followups, self.tr("Follow-ups")), (self.casefile, self.tr("Case file"))):
            self.tabs.addTab(scrolling(widget), title)  # a long tab scrolls; the register beside it stays put
        self._casefile_tab = self.tabs.count() - 1
        for tab in (self.parties, self.records, self.agreement, self.followups):
            tab.changed.connect(self.apply)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.setEnabled(False)
        layout.addWidget(self.tabs, 1)

    def show_case(self, case_id: int) -> None:
        try:
            self.apply(cases.get_case(self.context.desk, self.context.actor, case_id))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    def apply(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.header.setText(f"{detail.number}　{detail.title}")
        self.tabs.setEnabled(True)
        self.print_button.setEnabled(True)
        for tab in (self.overview, self.parties, self.records, self.agreement, self.followups):
            tab.set_case(detail)
        if self.tabs.currentIndex() == self._casefile_tab:
            self.casefile.load(detail.id)

    def _print_documents(self) -> None:
        if self.detail is not None:
            PrintFormsDialog(self.context, self.detail.id, self).exec()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentIndex() == self._casefile_tab and self.detail is not None:
            self.casefile.load(self.detail.id)
