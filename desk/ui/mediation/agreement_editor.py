"""The agreement editor (人民调解协议书 / 口头协议登记表).

Left: every element the form requires, in the form's order, with the agreed terms numbered as they
print (一、二、…). Right: what the law attaches to it — copies (parties + 1), whether it is in effect
(only once the mediator records all signatures and the seal), the 30-day window for judicial
confirmation with a warning before it closes, and what is still missing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.mediation import chinese_number, judicial_deadline, judicial_window_state
from desk.core.permissions import Permission
from desk.services.mediation import agreements, printing
from desk.services.mediation.agreements import AgreementInput, missing_elements
from desk.services.mediation.rows import CaseDetail
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.mediation.signing_dialogs import JudicialDialog, SignedDialog, preview_agreement
from desk.ui.messages import show_error
from desk.ui.timefmt import local


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AgreementEditor(QWidget):
    changed = Signal(object)  # the CaseDetail after a save

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: CaseDetail | None = None
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.written, self.oral = QRadioButton(self.tr("Written agreement (协议书)")), QRadioButton(
            self.tr("Oral agreement (口头协议)"))
        self.written.setChecked(True)
        kind = QHBoxLayout()
        group = QButtonGroup(self)
        for button in (self.written, self.oral):
            group.addButton(button)
            kind.addWidget(button)
        kind.addStretch(1)
        self.oral.toggled.connect(self._kind_changed)
        self.facts, self.disputed, self.responsibilities = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        for edit, height in ((self.facts, 80), (self.disputed, 50), (self.responsibilities, 60)):
            edit.setMaximumHeight(height)
        # Column 0: the term; column 1: its own deadline (yyyy-mm-dd), empty when "Performed by" applies.
        self.terms = QTableWidget(0, 2)
        self.terms.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Due by (optional)")])
        self.terms.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.terms.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.terms.setWordWrap(True)
        self.terms.setMinimumHeight(150)
        term_buttons = QHBoxLayout()
        for text, handler in ((self.tr("Add term"), self._add_term), (self.tr("Remove term"), self._remove_term),
                              (self.tr("Up"), lambda: self._move_term(-1)), (self.tr("Down"), lambda: self._move_term(1))):
            button = QPushButton(text)
            button.clicked.connect(handler)
            term_buttons.addWidget(button)
        term_buttons.addStretch(1)
        self.method = QPlainTextEdit()
        self.method.setMaximumHeight(50)
        self.deadline = QDateEdit()
        self.agreed_on = QDateEdit()
        for edit in (self.deadline, self.agreed_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(self.context.today()))
        self.mediator, self.recorder = QLineEdit(), QLineEdit()
        form.addRow(self.tr("Kind"), kind)
        form.addRow(self.tr("Main facts"), self.facts)
        form.addRow(self.tr("Disputed matters"), self.disputed)
        form.addRow(self.tr("Each party's responsibility"), self.responsibilities)
        terms_box = QVBoxLayout()
        terms_box.addWidget(self.terms)
        terms_box.addLayout(term_buttons)
        form.addRow(self.tr("Agreed terms"), terms_box)
        form.addRow(self.tr("How it is performed"), self.method)
        form.addRow(self.tr("Performed by"), self.deadline)
        form.addRow(self.tr("Agreed on (oral)"), self.agreed_on)
        form.addRow(self.tr("Mediator"), self.mediator)
        form.addRow(self.tr("Recorder"), self.recorder)
        self.form = form
        left.addLayout(form)
        self.errors = FieldErrors(QLabel(), {"facts": self.facts, "disputed": self.disputed,
                                             "responsibilities": self.responsibilities, "terms": self.terms,
                                             "term_deadlines": self.terms,
                                             "performance_method": self.method, "performance_deadline": self.deadline,
                                             "mediator_name": self.mediator, "recorder_name": self.recorder,
                                             "agreed_on": self.agreed_on})
        left.addWidget(self.errors.message)
        outer.addLayout(left, 3)
        outer.addLayout(self._side_panel(), 2)
        self._kind_changed()

    def _side_panel(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.state.setObjectName("AgreementState")
        side.addWidget(self.state)
        self.save_button = QPushButton(self.tr("Save draft"))
        self.draft_button = QPushButton(self.tr("Print draft (草稿)…"))
        self.draft_button.setToolTip(self.tr("To read and discuss: marked 草稿 on every page, never to be signed"))
        self.print_button = QPushButton(self.tr("Print agreement…"))
        self.sign_button = QPushButton(self.tr("Record signatures and seal…"))
        self.judicial_button = QPushButton(self.tr("Record judicial confirmation application…"))
        for button, handler in ((self.save_button, self._save), (self.draft_button, self._print_draft),
                                (self.print_button, self._print), (self.sign_button, self._sign),
                                (self.judicial_button, self._judicial)):
            button.clicked.connect(handler)
            side.addWidget(button)
        side.addStretch(1)
        return side

    # -- terms --------------------------------------------------------------------------------
    def _renumber(self) -> None:
        self.terms.setVerticalHeaderLabels([f"{chinese_number(i + 1)}、" for i in range(self.terms.rowCount())])
        self.terms.resizeRowsToContents()

    def _add_term(self, text: str = "", due: str = "") -> None:
        row = self.terms.rowCount()
        self.terms.insertRow(row)
        self.terms.setItem(row, 0, QTableWidgetItem(text or ""))
        self.terms.setItem(row, 1, QTableWidgetItem(due))
        self._renumber()
        if not text:
            self.terms.setCurrentCell(row, 0)
            self.terms.editItem(self.terms.item(row, 0))

    def _remove_term(self) -> None:
        row = self.terms.currentRow()
        if row >= 0:
            self.terms.removeRow(row)
            self._renumber()

    def _move_term(self, step: int) -> None:
        row = self.terms.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.terms.rowCount():
            return
        texts, dues = self.term_texts(), self.term_deadlines()
        texts[row], texts[target] = texts[target], texts[row]
        dues[row], dues[target] = dues[target], dues[row]
        self._set_terms(texts, dues)
        self.terms.setCurrentCell(target, 0)

    def _set_terms(self, texts: list[str], dues: list[str] | None = None) -> None:
        self.terms.setRowCount(0)
        for n, text in enumerate(texts):
            self._add_term(text, (dues or [])[n] if n < len(dues or []) else "")

    def _cells(self, column: int) -> list[str]:
        return [(item.text() if (item := self.terms.item(i, column)) else "") for i in range(self.terms.rowCount())]

    def term_texts(self) -> list[str]:
        return self._cells(0)

    def term_deadlines(self) -> list[str]:
        """As typed; the service reads yyyy-mm-dd and names the term whose date is wrong."""
        return [text.strip() for text in self._cells(1)]

    # -- state --------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        oral = self.oral.isChecked()
        self.form.setRowVisible(self.agreed_on, oral)
        self.form.setRowVisible(self.responsibilities, not oral)

    def set_case(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.errors.clear()
        a = detail.agreement
        if a is not None:
            (self.oral if a.kind == "oral" else self.written).setChecked(True)
            self.facts.setPlainText(a.facts)
            self.disputed.setPlainText(a.disputed)
            self.responsibilities.setPlainText(a.responsibilities)
            self._set_terms(list(a.terms), [d.isoformat() if d else "" for d in a.term_deadlines])
            self.method.setPlainText(a.performance_method)
            if a.performance_deadline:
                self.deadline.setDate(_qdate(a.performance_deadline))
            if a.agreed_on:
                self.agreed_on.setDate(_qdate(a.agreed_on))
            self.mediator.setText(a.mediator_name)
            self.recorder.setText(a.recorder_name)
        else:
            self.facts.setPlainText(detail.facts)
            self._set_terms([])
            self.mediator.setText(detail.mediator or self.context.actor.display_name)
            self.recorder.setText("")
        self._show_state()

    def _show_state(self) -> None:
        detail = self.detail
        if detail is None:
            return
        a = detail.agreement
        copies = len(detail.parties) + 1
        lines = [self.tr("<b>Number</b>: {0}").format(a.number if a else detail.number),
                 self.tr("<b>Copies</b>: {0} (one per party and one for the committee)").format(copies)]
        sides = {"applicant": self.tr("Applicant"), "respondent": self.tr("Respondent")}
        lines.append(self.tr("<b>Parties</b> (correct them in the Parties tab):"))
        lines += [f"　{sides[p.side]} {p.name}，{p.sex or p.legal_rep} {p.age if p.age is not None else ''}，{p.address}"
                  for p in detail.parties]
        frozen = a is not None and a.effective_on is not None
        if a is None:
            lines.append(self.tr("Not drafted yet."))
        elif a.kind == "oral":
            lines.append(self.tr("Oral agreement, in effect since {0} (the day the parties agreed).").format(a.effective_on))
        elif a.effective_on is None:
            lines.append(self.tr("<span style='color:#c62828'><b>Draft — not in effect.</b></span> It takes effect "
                                 "when every party has signed and the mediator has signed and sealed it."))
        else:
            last = a.judicial_last_day or judicial_deadline(a.effective_on)  # the service moved it off rest days
            state = judicial_window_state(a.effective_on, a.judicial_applied_on, self.context.today(), last=last)
            lines.append(self.tr("<b>In effect since {0}.</b>").format(a.effective_on))
            if state == "applied":
                lines.append(self.tr("Judicial confirmation applied for on {0} at {1}.").format(
                    a.judicial_applied_on, a.judicial_court))
            elif state == "closed":
                lines.append(self.tr("The 30-day window for judicial confirmation closed on {0}.").format(last))
            else:
                colour = "#e65100" if state == "closing" else "#2e7d32"
                lines.append(self.tr("<span style='color:{0}'>The parties may apply jointly for judicial "
                                     "confirmation until {1} ({2} days left).</span>").format(
                    colour, last, (last - self.context.today()).days))
        if a is not None and a.kind == "written":
            missing = missing_elements(a, len(detail.parties))
            if missing:
                lines.append(self.tr("Missing: {0}").format("、".join(missing)))
            lines += self._copies_lines(detail.id)
        self.state.setText("<br>".join(lines))
        can_write = self.context.actor.can(Permission.MEDIATION_WRITE) and detail.status != "closed"
        for widget in (self.facts, self.disputed, self.responsibilities, self.method, self.mediator, self.recorder):
            widget.setReadOnly(frozen or not can_write)
        self.terms.setEnabled(not frozen and can_write)
        for widget in (self.deadline, self.agreed_on, self.written, self.oral, self.save_button):
            widget.setEnabled(not frozen and can_write)
        written = a is not None and a.kind == "written"
        self.print_button.setEnabled(a is not None)
        self.print_button.setText(self.tr("Print again (补打 of the signed original)…") if frozen and written
                                  else self.tr("Print for signing…") if written else self.tr("Print agreement…"))
        self.draft_button.setEnabled(written and not frozen)
        self.sign_button.setEnabled(can_write and a is not None and a.kind == "written" and not frozen)
        self.judicial_button.setEnabled(can_write and frozen and a is not None and a.kind == "written"
                                        and a.judicial_applied_on is None)

    def agreement_input(self) -> AgreementInput:
        oral = self.oral.isChecked()
        return AgreementInput(
            kind="oral" if oral else "written", facts=self.facts.toPlainText(), disputed=self.disputed.toPlainText(),
            responsibilities="" if oral else self.responsibilities.toPlainText(), terms=self.term_texts(),
            term_deadlines=self.term_deadlines(),
            performance_method=self.method.toPlainText(), performance_deadline=_pydate(self.deadline.date()),
            mediator_name=self.mediator.text(), recorder_name=self.recorder.text(),
            agreed_on=_pydate(self.agreed_on.date()) if oral else None)

    # -- actions ------------------------------------------------------------------------------
    def _save(self) -> bool:
        if self.detail is None:
            return False
        self.errors.clear()
        try:
            detail = agreements.save_agreement(self.context.desk, self.context.actor, self.detail.id,
                                               self.agreement_input())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return False
        self.set_case(detail)
        self.changed.emit(detail)
        return True

    def _copies_lines(self, case_id: int) -> list[str]:
        """Whether the text changed after its copies went out for signature (those must not be signed)."""
        try:
            state = printing.copies_state(self.context.desk, self.context.actor, case_id)
        except Exception:  # noqa: BLE001 - the panel still shows the rest; printing says it again
            return []
        if state.last_for_signing is None:
            return []
        when = local(state.last_for_signing.issued_at, self.context.station.timezone)
        if state.text_changed:
            return [self.tr("<span style='color:#c62828'><b>Changed after the copies printed on {0} went out for "
                            "signature:</b> those copies must not be signed; print the new text.</span>").format(when)]
        return [self.tr("Copies for signing printed on {0}.").format(when)]

    def _print(self, *, draft: bool = False) -> None:
        if self.detail is not None and self.save_button.isEnabled() and not self._save():
            return
        if self.detail is not None:
            preview_agreement(self, self.context, self.detail.id, draft=draft)
            self._show_state()  # the copies just printed

    def _print_draft(self) -> None:
        self._print(draft=True)

    def _sign(self) -> None:
        if self.detail is None or not self._save():
            return
        dialog = SignedDialog(self.context, self.detail.id, self)
        if dialog.exec() and dialog.result_detail is not None:
            self.set_case(dialog.result_detail)
            self.changed.emit(dialog.result_detail)

    def _judicial(self) -> None:
        if self.detail is None:
            return
        dialog = JudicialDialog(self.context, self.detail.id, self)
        if dialog.exec() and dialog.result_detail is not None:
            self.set_case(dialog.result_detail)
            self.changed.emit(dialog.result_detail)

    def show_error(self, exc: BaseException) -> None:
        show_error(self, exc)
