"""一窗受理: choose the item by search → tick the materials → accept / materials missing / refuse.

Keyboard first: F2 focuses the item search, F3 the applicant search; Ctrl+Enter accepts,
Ctrl+M prints the one-time notice, Ctrl+R refuses, Ctrl+N starts the next visit. The receipt or
notice opens in the print preview right after the decision.

One decision per visit: a decision ends the visit's form. The form locks, the decision keys are
off and a banner says what was done (print again with Ctrl+P, rate, next applicant with Ctrl+N).
A second case for the same applicant and item the same station day is saved only after the clerk
confirms it (the service refuses it otherwise, see ``cases.RepeatIntake``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.errors import ValidationError
from desk.core.permissions import Permission
from desk.services import issued_documents
from desk.services.intake import calendar, case_documents, cases, catalogue
from desk.services.intake.case_queries import CaseDetail
from desk.services.intake.catalogue import ItemRow
from desk.services.issued_documents import IssuedDocument
from desk.services.queue import window_state
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.intake.applicant_panel import ApplicantPanel
from desk.ui.intake.common import days_label, kind_label, status_label, statutory_label
from desk.ui.intake.decision_banner import DecisionBanner
from desk.ui.intake.materials_due import MaterialsDueField
from desk.ui.intake.materials_table import MaterialsTable
from desk.ui.intake.proxy_box import ProxyBox
from desk.ui.messages import show_error
from desk.ui.printing import show_issued, show_preview


class IntakePage(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.item: ItemRow | None = None
        self.ticket_id: int | None = None
        self.last_case: CaseDetail | None = None  # the visit's decision: while set, the form is closed
        self.last_issued: IssuedDocument | None = None
        self._calendar = calendar.current_calendar(context.desk)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("One-window intake"))
        title.setObjectName("PageTitle")
        outer.addWidget(title)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        columns.addWidget(self._item_box())
        right = QVBoxLayout()
        columns.addLayout(right, 1)
        self.applicant = ApplicantPanel(context)
        right.addWidget(self.applicant)
        right.addWidget(self._materials_box(), 3)
        self.proxy = ProxyBox()
        right.addWidget(self.proxy)
        self.ticket_label = QLabel()
        self.ticket_label.setObjectName("Hint")
        right.addWidget(self.ticket_label)
        self.message = QLabel()
        self.errors = FieldErrors(self.message, {
            "item": self.items, "applicant": self.applicant.search, "materials": self.materials,
            "materials_due": self.bring_by, **self.proxy.fields()})
        right.addWidget(self.message)
        self.banner = DecisionBanner()
        self.done_label, self.rate_button = self.banner.text, self.banner.rate_button
        self.reprint_button, self.next_applicant_button = self.banner.reprint_button, self.banner.next_button
        self.reprint_button.clicked.connect(self.print_again)
        self.rate_button.clicked.connect(self._rate)
        self.next_applicant_button.clicked.connect(self.clear)
        right.addWidget(self.banner)
        right.addLayout(self._buttons())
        self._shortcuts()
        self.materials_due.set_default(self._calendar, context.today())  # a real date, never Qt's 2000-01-01
        self.set_ticket(None)
        self.refresh()

    # -- layout -----------------------------------------------------------------------------
    def _item_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("1. Service item"))
        box.setMinimumWidth(340)
        box.setMaximumWidth(420)
        layout = QVBoxLayout(box)
        self.item_search = QLineEdit()
        self.item_search.setObjectName("item_search")
        self.item_search.setPlaceholderText(self.tr("Name, code or pinyin initials (zxba)"))
        self.item_search.setClearButtonEnabled(True)
        layout.addWidget(self.item_search)
        self.items = QListWidget()
        self.items.setObjectName("items")
        layout.addWidget(self.items, 1)
        self.item_info = QLabel()
        self.item_info.setObjectName("item_info")
        self.item_info.setWordWrap(True)
        layout.addWidget(self.item_info)
        self.item_search.textChanged.connect(self._fill_items)
        self.item_search.returnPressed.connect(lambda: self.items.setCurrentRow(0))
        self.items.currentItemChanged.connect(self._choose_item)
        return box

    def _materials_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("3. Materials (tick what was handed in)"))
        layout = QVBoxLayout(box)
        self.materials = MaterialsTable()
        layout.addWidget(self.materials, 1)
        self.materials_due = MaterialsDueField()
        self.bring_by, self.bring_by_unknown = self.materials_due.edit, self.materials_due.warning
        layout.addWidget(self.materials_due)
        self.materials.changed.connect(self._update_state)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept: receipt"))
        self.accept_button.setToolTip(self.tr("Accept and print the receipt (Ctrl+Enter)"))
        self.accept_button.setObjectName("accept")
        self.missing_button = QPushButton(self.tr("Missing: notice"))
        self.missing_button.setToolTip(self.tr("Print the one-time notice of every missing material (Ctrl+M)"))
        self.refuse_button = QPushButton(self.tr("Refuse…"))
        self.refuse_button.setToolTip(self.tr("Refuse with a written reason (Ctrl+R)"))
        self.next_button = QPushButton(self.tr("Next visit"))
        self.next_button.setToolTip(self.tr("Clear the screen for the next applicant (Ctrl+N)"))
        for button, handler in ((self.accept_button, lambda: self.decide("accept")),
                                (self.missing_button, lambda: self.decide("missing")),
                                (self.refuse_button, self._refuse), (self.next_button, self.clear)):
            button.clicked.connect(handler)
            row.addWidget(button)
        return row

    def _shortcuts(self) -> None:
        for keys, handler in (("F2", self.item_search.setFocus), ("F3", self.applicant.search.setFocus),
                              ("Ctrl+N", self.clear)):
            QShortcut(QKeySequence(keys), self, handler)
        # The keys that decide or edit the visit: off while a decision is on screen.
        self.form_shortcuts = [QShortcut(QKeySequence(keys), self, handler) for keys, handler in (
            ("Ctrl+Return", lambda: self.decide("accept")), ("Ctrl+Enter", lambda: self.decide("accept")),
            ("Ctrl+M", lambda: self.decide("missing")), ("Ctrl+R", self._refuse))]
        self.reprint_shortcut = QShortcut(QKeySequence("Ctrl+P"), self, self.print_again)
        self.reprint_shortcut.setEnabled(False)

    def _set_form_open(self, open_: bool) -> None:
        """Open the form for a visit, or close it once the visit is decided (nothing can be changed
        or decided again until the next visit)."""
        for widget in (self.item_search, self.items, self.applicant, self.materials, self.bring_by, self.proxy):
            widget.setEnabled(open_)
        for shortcut in self.form_shortcuts:
            shortcut.setEnabled(open_)
        self.reprint_shortcut.setEnabled(not open_)
        self.refuse_button.setEnabled(open_)
        self.next_button.setVisible(open_)  # the banner's "Next applicant" takes its place
        # room for the materials list next to the banner (1280×680); searching again brings the list back
        self.applicant.results.setVisible(open_ and self.applicant.current is None)
        if open_:
            self._update_state()
        else:
            self.accept_button.setEnabled(False)
            self.missing_button.setEnabled(False)

    # -- state ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the catalogue and the calendar (another terminal may have changed them)."""
        self._calendar = calendar.current_calendar(self.context.desk)
        self._fill_items(self.item_search.text())
        self.follow_queue()

    def follow_queue(self) -> None:
        """Link to the number being served at this terminal's window, if it has one (the clerk calls
        numbers on the Queue page); a phone given at the kiosk pre-fills the applicant search."""
        window = self.context.settings.window_number
        if self.last_case is not None:
            return  # the decided visit keeps its number on screen; Ctrl+N picks up the next one
        if not window or not self.context.actor.can(Permission.QUEUE_SERVE):
            return
        try:
            current = window_state.window_status(self.context.desk, self.context.actor, window).current
        except Exception:  # noqa: BLE001 - no queue set up at this window: intake works without a number
            return
        if current is None:
            self.set_ticket(None)
            return
        if current.id != self.ticket_id:
            self.set_ticket(current.id, current.number)
            if self.applicant.current is None and current.citizen_phone and not self.applicant.search.text():
                self.applicant.search.setText(current.citizen_phone)

    def set_ticket(self, ticket_id: int | None, number: str = "") -> None:
        """Link the next case to the queue ticket being served (the queue workbench calls this)."""
        self.ticket_id = ticket_id
        self.ticket_label.setText(self.tr("Queue ticket: {0}").format(number or ticket_id) if ticket_id
                                  else self.tr("No queue ticket: a walk-in without a number."))

    def _fill_items(self, text: str) -> None:
        try:
            found = catalogue.search_items(self.context.desk, self.context.actor, text)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        keep = self.item.id if self.item else None
        self.items.blockSignals(True)
        self.items.clear()
        for row in found:
            entry = QListWidgetItem(f"{row.code}　{row.name}\n    {kind_label(row.kind)} · {days_label(row.promised_days, row.days_unit)}")
            entry.setData(Qt.ItemDataRole.UserRole, row)
            self.items.addItem(entry)
            if row.id == keep:
                self.items.setCurrentItem(entry)
        self.items.blockSignals(False)

    def _choose_item(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.item = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.materials_due.set_default(self._calendar, self.context.today())
        self.materials.show_item(self.item)
        self._update_state()

    def _update_state(self) -> None:
        item = self.item
        today = self.context.today()
        if item is None:  # nothing to decide yet (also right after "next visit": nothing of the last one)
            self.item_info.setText(self.tr("Choose the item the applicant asks for."))
            self.accept_button.setEnabled(False)
            self.missing_button.setEnabled(False)
            return
        if self.last_case is not None:
            return  # a decided visit: the decision buttons stay off
        result = self._calendar.add_days(today, item.promised_days or 0, item.days_unit)  # 工作日 or 日
        if item.promised_days is None:
            deadline = self.tr("no fixed limit")
        elif result.deadline is None:
            deadline = self.tr("unknown: the {0} calendar is not entered yet").format(result.missing_year)
        else:
            deadline = result.deadline.isoformat()
        lines = [f"<b>{item.name}</b>（{item.code}）", self.tr("Kind: {0}").format(kind_label(item.kind)),
                 self.tr("Promised: {0}; statutory: {1}").format(
                     days_label(item.promised_days, item.days_unit),
                     statutory_label(item.statutory_days, item.statutory_note, item.days_unit)),
                 self.tr("Deadline if accepted today: {0}").format(deadline)]
        if item.tags:
            lines.append(" · ".join(item.tags))
        if item.fee:
            lines.append(self.tr("Fee: {0}").format(item.fee))
        self.item_info.setText("<br>".join(lines))
        missing = self.materials.missing_required()
        self.accept_button.setEnabled(not missing)
        self.missing_button.setEnabled(bool(missing))

    # -- actions ----------------------------------------------------------------------------
    def _request(self, decision: str, reason: str = "", legal_basis: str = "",
                 refer_to: str = "") -> cases.IntakeRequest | None:
        if self.item is None:
            self.errors.show(ValidationError(self.tr("Choose the service item first."), field="item"))
            return None
        if self.applicant.current is None:
            self.errors.show(ValidationError(self.tr("Find or register the applicant first."), field="applicant"))
            return None
        if decision == "missing" and self.materials_due.unknown:
            self.errors.show(ValidationError(self.tr("Choose the date to bring the materials first: the calendar "
                                                     "cannot count it."), field="materials_due"))
            self.bring_by.setFocus()
            return None
        due = self.materials_due.day() if decision == "missing" else None
        return cases.IntakeRequest(self.item.id, self.applicant.current.id, self.materials.received_positions(),
                                   decision, reason=reason, legal_basis=legal_basis, refer_to=refer_to,
                                   materials_due=due,  # type: ignore[arg-type]
                                   not_applicable=self.materials.not_applicable_positions(),
                                   ticket_id=self.ticket_id, proxy=self.proxy.value())

    def _decided_already(self) -> bool:
        if self.last_case is None:
            return False
        self.message.setText(self.tr("This visit is decided already ({0}). Press Ctrl+N for the next applicant.")
                             .format(self.last_case.row.receipt_no))
        return True

    def decide(self, decision: str, reason: str = "", legal_basis: str = "",
               refer_to: str = "") -> CaseDetail | None:
        if self._decided_already():
            return None
        self.errors.clear()
        request = self._request(decision, reason, legal_basis, refer_to)
        if request is None:
            return None
        try:
            case = self._take_in(request)
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return None
        return self._decided(case)

    def _take_in(self, request: cases.IntakeRequest) -> CaseDetail | None:
        """Save the visit's case (raising the service's refusal); None when the clerk declines a repeat."""
        try:
            return cases.take_in(self.context.desk, self.context.actor, request)
        except cases.RepeatIntake as repeat:
            if not self._confirm_repeat(repeat):
                self.message.setText(self.tr("Nothing was saved. Open case {0} from the case list, or press "
                                             "Ctrl+N for the next applicant.").format(repeat.params["receipt_no"]))
                return None
            return cases.take_in(self.context.desk, self.context.actor, replace(request, repeat_confirmed=True))

    def _decided(self, case: CaseDetail | None) -> CaseDetail | None:
        if case is None:
            return None
        self.last_case, self.last_issued = case, None
        self._set_form_open(False)
        self.banner.show_case(case)
        self.next_applicant_button.setFocus()
        try:
            self.last_issued = case_documents.issue_case_document(self.context.desk, self.context.actor, case.row.id)
        except Exception as exc:  # noqa: BLE001 - the case is saved; the document can be printed from the list
            show_error(self, exc)
            return case
        if self.isVisible():
            show_issued(self, self.last_issued)
        return case

    def _confirm_repeat(self, repeat: cases.RepeatIntake) -> bool:
        """Ask before a second case for the same applicant and item the same day; No is the default."""
        applicant = self.applicant.current.name if self.applicant.current else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Same applicant and item today"), self.tr(
            "{0} already has case {1} ({2}) for \u201c{3}\u201d today.\n\nSave a second case with its own receipt "
            "number? Choose this only for a genuinely separate application.").format(
                applicant, repeat.params["receipt_no"], status_label(str(repeat.params["status"])),
                self.item.name if self.item else ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("repeat_question")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Save a second case"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Do not save"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def print_again(self) -> None:
        """The decided visit's receipt or notice again: a reprint marked 补打 once it was issued."""
        if self.last_case is None:
            return
        desk, actor = self.context.desk, self.context.actor
        try:
            if self.last_issued is None:  # issuing failed at the decision: issue it now
                self.last_issued = case_documents.issue_case_document(desk, actor, self.last_case.row.id)
                show_issued(self, self.last_issued)
                return
            pdf = issued_documents.reprint(desk, actor, self.last_issued.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        show_preview(pdf, self.last_issued.kind, self.tr("{0} {1} (reprint)").format(
            self.last_issued.title, self.last_issued.number), self)

    def _refuse(self) -> None:
        """The reason is written in its own dialog, which stays open with the error at its field (and the
        typed text kept) when the service refuses it; the item and applicant are checked first."""
        if self._decided_already():
            return
        from desk.ui.intake.refusal_dialog import RefusalDialog

        self.errors.clear()
        request = self._request("refuse")
        if request is None:
            return
        saved: list[CaseDetail | None] = []
        dialog = RefusalDialog(self, lambda reason, basis, refer: saved.append(self._take_in(replace(
            request, reason=reason, legal_basis=basis, refer_to=refer))))
        if dialog.exec() and saved:
            self._decided(saved[0])

    def _rate(self) -> None:
        from desk.ui.intake.rating_dialog import RatingDialog

        if self.last_case is not None:
            RatingDialog(self.context, self, case_id=self.last_case.row.id).exec()
            self.rate_button.setEnabled(False)

    def clear(self) -> None:
        """Start the next visit: nothing of the last applicant stays on screen."""
        self.last_case, self.last_issued = None, None
        self.banner.clear()
        self._set_form_open(True)
        self.errors.clear()
        self.applicant.clear()
        self.proxy.clear()
        self.item_search.clear()
        self.items.setCurrentRow(-1)
        self.set_ticket(None)
        self.follow_queue()
        self.item_search.setFocus()

