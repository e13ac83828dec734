"""One case: its details, materials, full history, and the steps that are possible in its state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.core.permissions import Permission
from desk.services.intake import applicants, case_documents, case_queries, cases, clock, proxies
from desk.services.intake.case_queries import CaseDetail, EventRow, MaterialRow
from desk.services.intake.common import ACCEPTED, COMPLETED, DELIVERED, IN_PROGRESS, OPEN, RUNNING, WAITING
from desk.ui.context import UiContext
from desk.ui.intake.case_actions import choose_colleague, choose_materials, proxy_dialog
from desk.ui.intake.clock_dialogs import ExtensionDialog, PauseDialog
from desk.ui.intake.common import days_label, deadline_colour, deadline_text, iso, status_label
from desk.ui.messages import show_error
from desk.ui.printing import show_issued
from desk.ui.table_model import Column, RowTableModel, make_table_view
from desk.ui.timefmt import local

ACTION_LABELS = {
    "accepted": QT_TRANSLATE_NOOP("CaseAction", "accepted"),
    "materials_missing": QT_TRANSLATE_NOOP("CaseAction", "materials missing (one-time notice)"),
    "materials_received": QT_TRANSLATE_NOOP("CaseAction", "materials received"),
    "clock_started": QT_TRANSLATE_NOOP("CaseAction", "all materials in: clock started"),
    "refused": QT_TRANSLATE_NOOP("CaseAction", "refused"),
    "started": QT_TRANSLATE_NOOP("CaseAction", "processing started"),
    "completed": QT_TRANSLATE_NOOP("CaseAction", "completed"),
    "delivered": QT_TRANSLATE_NOOP("CaseAction", "delivered"),
    "withdrawn": QT_TRANSLATE_NOOP("CaseAction", "withdrawn"),
    "handed_over": QT_TRANSLATE_NOOP("CaseAction", "handed over (AB岗)"),
    "proxy": QT_TRANSLATE_NOOP("CaseAction", "proxy recorded (帮办代办)"),
    "envelope_in": QT_TRANSLATE_NOOP("CaseAction", "sealed envelope handed in"),
    "envelope_out": QT_TRANSLATE_NOOP("CaseAction", "sealed envelope handed back"),
    "extended": QT_TRANSLATE_NOOP("CaseAction", "deadline extended (Art. 42)"),
    "paused": QT_TRANSLATE_NOOP("CaseAction", "clock paused (Art. 45)"),
    "resumed": QT_TRANSLATE_NOOP("CaseAction", "clock resumed"),
    "reminded": QT_TRANSLATE_NOOP("CaseAction", "督办 reminder"),
}


def action_label(action: str) -> str:
    return QCoreApplication.translate("CaseAction", ACTION_LABELS[action]) if action in ACTION_LABELS else action


class CaseDialog(QDialog):
    def __init__(self, context: UiContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.resize(980, 640)
        tz = context.station.timezone
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        layout.addWidget(self.heading)
        self.summary = QFormLayout()
        layout.addLayout(self.summary)
        tabs = QTabWidget()
        self.history: RowTableModel[EventRow] = RowTableModel([
            Column(self.tr("When"), lambda e: local(e.at, tz), sort_key=lambda e: e.at),
            Column(self.tr("Step"), lambda e: action_label(e.action)),
            Column(self.tr("From"), lambda e: status_label(e.from_status) if e.from_status else ""),
            Column(self.tr("To"), lambda e: status_label(e.to_status)),
            Column(self.tr("By"), lambda e: e.user_name),
            Column(self.tr("Note"), lambda e: e.note, tooltip=lambda e: e.note),
        ], self)
        self.materials: RowTableModel[MaterialRow] = RowTableModel([
            Column(self.tr("Material"), lambda m: m.name),
            Column(self.tr("Original / copy"), lambda m: m.form),
            Column(self.tr("Copies"), lambda m: str(m.copies), align_right=True),
            Column(self.tr("Required"), lambda m: self.tr("yes") if m.required else self.tr("no")),
            Column(self.tr("Received"), lambda m: local(m.received_at, tz) if m.received_at else self.tr("missing"),
                   color=lambda m: None if m.received or not m.required else "#c62828"),
        ], self)
        for model, title in ((self.history, self.tr("History")), (self.materials, self.tr("Materials"))):
            view = make_table_view(model)
            view.setSortingEnabled(False)  # history in the order it happened
            view.setObjectName("history" if model is self.history else "case_materials")
            tabs.addTab(view, title)
        self.history_view = tabs.widget(0)
        layout.addWidget(tabs, 1)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self.detail: CaseDetail | None = None
        self.reload()

    # -- show -------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.detail = case_queries.get_case(self.context.desk, self.context.actor, self.case_id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        d = self.detail
        self.setWindowTitle(self.tr("Case {0}").format(d.row.receipt_no))
        self.heading.setText(f"{d.row.receipt_no}　{d.row.item_name}　[{status_label(d.row.status)}]")
        while self.summary.rowCount():
            self.summary.removeRow(0)
        deadline = QLabel(deadline_text(d.row) or self.tr("not running"))
        colour = deadline_colour(d.row)
        if colour:
            deadline.setStyleSheet(f"color: {colour}; font-weight: bold;")
        applicant = f"{d.applicant.name}　{d.applicant.id_masked}　{d.applicant.phone}"
        rows = [(self.tr("Applicant"), QLabel(applicant)),
                (self.tr("Time limits"), QLabel(self.tr("promised {0}, statutory {1}").format(
                    days_label(d.promised_days, d.days_unit), days_label(d.statutory_days, d.days_unit)))),
                (self.tr("Deadline"), deadline),
                (self.tr("First responsible clerk / now with"), QLabel(f"{d.first_clerk_name} / {d.row.handler_name}"))]
        if d.row.materials_due and d.row.status == WAITING:
            rows.append((self.tr("Missing materials due"), QLabel(d.row.materials_due.isoformat())))
        if d.proxy_name:
            tz = self.context.station.timezone
            rows.append((self.tr("Proxy (帮办代办)"), QLabel(
                f"{d.proxy_name}（{d.proxy_relation}）{d.proxy_id_masked}　{d.proxy_phone}　"
                + self.tr("envelope in: {0}, back: {1}").format(local(d.envelope_in_at, tz) or "—",
                                                               local(d.envelope_out_at, tz) or "—"))))
        if d.paused_since is not None:
            rows.append((self.tr("Clock"), QLabel(self.tr("paused since {0}: the time is not counted").format(
                d.paused_since.isoformat()))))
        if d.extension is not None:
            rows.append((self.tr("Extension"), QLabel(self.tr("from {0}, approved by {1}: {2}").format(
                iso(d.extension.old_deadline), d.extension.by_name, d.extension.reason))))
        reminders = [e for e in d.events if e.action == "reminded"]
        if reminders and d.row.status in RUNNING:
            reminder = QLabel(f"{reminders[-1].note}（{reminders[-1].user_name}）")
            reminder.setStyleSheet("color: #c62828; font-weight: bold;")
            rows.append((self.tr("Supervision (督办)"), reminder))
        if d.reason:
            rows.append((self.tr("Reason"), QLabel(d.reason)))
        if d.result:
            rows.append((self.tr("Result"), QLabel(d.result)))
        for label, widget in rows:
            widget.setWordWrap(True)
            self.summary.addRow(label, widget)
        self.history.set_rows(list(d.events))
        self.materials.set_rows(list(d.materials))
        for view in self.findChildren(QTableView):
            view.resizeColumnsToContents()
        self._buttons(d)

    def _buttons(self, d: CaseDetail) -> None:
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        status = d.row.status
        actions = [
            (self.tr("Materials brought…"), self._receive, status == WAITING),
            (self.tr("Start processing"), self._start, status == ACCEPTED),
            (self.tr("Complete…"), self._complete, status in (ACCEPTED, IN_PROGRESS)),
            (self.tr("Deliver…"), self._deliver, status == COMPLETED),
            (self.tr("Hand over (AB岗)…"), self._hand_over, status in (*OPEN, COMPLETED)),
            (self.tr("Proxy…"), self._proxy, status in (*OPEN, COMPLETED)),
            (self.tr("Envelope in"), lambda: self._run(lambda: proxies.record_envelope(
                self.context.desk, self.context.actor, self.case_id, "in")), bool(d.proxy_name) and not d.envelope_in_at),
            (self.tr("Envelope back"), lambda: self._run(lambda: proxies.record_envelope(
                self.context.desk, self.context.actor, self.case_id, "out")),
             bool(d.proxy_name) and not d.envelope_out_at and status in (COMPLETED, DELIVERED)),
            (self.tr("Extend deadline…"), self._extend, status in RUNNING and d.paused_since is None
             and d.row.deadline is not None and d.extension is None
             and self.context.actor.can(Permission.INTAKE_EXTEND)),
            (self.tr("Pause the clock…"), self._pause, status in RUNNING and d.paused_since is None),
            (self.tr("Resume the clock"), self._resume, status in RUNNING and d.paused_since is not None),
            (self.tr("Withdraw…"), self._withdraw, status in OPEN),
            (self.tr("Print receipt / notice"), self._print, status not in ("withdrawn",)),
            (self.tr("Show full ID"), self._reveal, self.context.actor.can(Permission.ID_VIEW_FULL)),
            (self.tr("Show full phone"), self._reveal_phone,
             bool(d.applicant.phone) and self.context.actor.can(Permission.INTAKE_VIEW)),
        ]
        for text, handler, enabled in actions:
            if not enabled:
                continue
            button = QPushButton(text)
            button.clicked.connect(handler)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)

    # -- steps ------------------------------------------------------------------------------
    def _run(self, step: object) -> None:
        try:
            step()  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001 - one sentence to the clerk
            show_error(self, exc)
        self.reload()

    def _text(self, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, title, prompt)
        return text if ok else None

    def _receive(self) -> None:
        assert self.detail is not None
        ids = choose_materials(self, self.detail.outstanding)
        if ids:
            self._run(lambda: cases.receive_materials(self.context.desk, self.context.actor, self.case_id, ids))

    def _start(self) -> None:
        self._run(lambda: cases.start_processing(self.context.desk, self.context.actor, self.case_id))

    def _complete(self) -> None:
        result = self._text(self.tr("Complete the case"), self.tr("Result (what was decided or issued):"))
        if result is not None:
            self._run(lambda: cases.complete(self.context.desk, self.context.actor, self.case_id, result))

    def _deliver(self) -> None:
        assert self.detail is not None
        how, ok = QInputDialog.getText(self, self.tr("Deliver the result"), self.tr("How was it delivered?"),
                                       text=self.detail.delivery)
        if ok:
            self._run(lambda: cases.deliver(self.context.desk, self.context.actor, self.case_id, how))

    def _withdraw(self) -> None:
        reason = self._text(self.tr("Withdraw the application"), self.tr("Why is it withdrawn?"))
        if reason is not None:
            self._run(lambda: cases.withdraw(self.context.desk, self.context.actor, self.case_id, reason))

    def _hand_over(self) -> None:
        choice = choose_colleague(self, self.context)
        if choice is not None:
            user_id, reason = choice
            self._run(lambda: cases.hand_over(self.context.desk, self.context.actor, self.case_id, user_id, reason))

    def _proxy(self) -> None:
        proxy = proxy_dialog(self)
        if proxy is not None:
            self._run(lambda: proxies.set_proxy(self.context.desk, self.context.actor, self.case_id, proxy))

    def _clock_step(self, step: object) -> None:
        """Run a clock change and show the paper it issued (延期通知书, 告知书) for printing."""
        try:
            result = step()  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001 - one sentence to the clerk
            show_error(self, exc)
            self.reload()
            return
        self.reload()
        if result.document is not None:
            show_issued(self, result.document)

    def _extend(self) -> None:
        assert self.detail is not None
        dialog = ExtensionDialog(self, self.detail, self.context.today())
        if dialog.exec():
            new_deadline, reason = dialog.values()
            self._clock_step(lambda: clock.extend_deadline(self.context.desk, self.context.actor, self.case_id,
                                                           new_deadline, reason))

    def _pause(self) -> None:
        dialog = PauseDialog(self, self.context.today())
        if dialog.exec():
            cause, reason, end = dialog.values()
            self._clock_step(lambda: clock.pause_clock(self.context.desk, self.context.actor, self.case_id, cause,
                                                       reason, end))

    def _resume(self) -> None:
        self._clock_step(lambda: clock.resume_clock(self.context.desk, self.context.actor, self.case_id))

    def _print(self) -> None:
        try:
            issued = case_documents.issue_case_document(self.context.desk, self.context.actor, self.case_id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        show_issued(self, issued)

    def _reveal(self) -> None:
        assert self.detail is not None
        try:
            number = applicants.reveal_id_number(self.context.desk, self.context.actor, self.detail.applicant.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        QInputDialog.getText(self, self.tr("Full ID number"),
                             self.tr("Shown to you and written to the audit log:"), text=number)

    def _reveal_phone(self) -> None:
        assert self.detail is not None
        try:
            phone = applicants.reveal_phone(self.context.desk, self.context.actor, self.detail.applicant.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        QInputDialog.getText(self, self.tr("Full phone number"),
                             self.tr("Shown to you and written to the audit log:"), text=phone)
