"""Small dialogs around the agreement: record the signatures and seal, record a judicial confirmation
application; and the print preview (through desk.ui.printing when it is installed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desk.services.issued_documents import IssuedDocument
from desk.services.mediation import agreements, printing
from desk.services.mediation.rows import CaseDetail
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors, date_edit, fit_placeholder, open_width
from desk.ui.messages import show_error
from desk.ui.timefmt import local


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def open_pdf(parent: QWidget | None, issued: IssuedDocument) -> None:
    """Preview, print or save; a lazy import keeps the printing module off the start-up path."""
    from desk.ui.printing import show_issued

    show_issued(parent, issued)


def preview_agreement(parent: QWidget, context: UiContext, case_id: int, *, draft: bool = False) -> None:
    """Print a draft (草稿), the copies for signing, or (once signed) the 补打 of the signed original.
    Before copies for signing, say so when the text changed after earlier copies went out for signature."""
    try:
        if not draft and not confirm_changed_text(parent, context, case_id):
            return
        issued = printing.print_agreement(context.desk, context.actor, case_id, draft=draft)
    except Exception as exc:  # noqa: BLE001 - the sentence says what is missing
        show_error(parent, exc)
        return
    open_pdf(parent, issued)


def confirm_changed_text(parent: QWidget, context: UiContext, case_id: int) -> bool:
    """True to go on: the text is as printed for signing, or the mediator chose to print the new text."""
    state = printing.copies_state(context.desk, context.actor, case_id)
    if not state.text_changed or state.last_for_signing is None:
        return True
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("AgreementPrinting", "Agreement changed"),
        QCoreApplication.translate("AgreementPrinting", "The agreement was changed after the copies printed on {0} went out for signature. Those "
                  "copies must not be signed: collect them and have the parties sign the new text.\n\nPrint "
                  "the new text for signing now?").format(local(state.last_for_signing.issued_at,
                                                                context.station.timezone)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class SignedDialog(QDialog):
    """The mediator confirms all three; the agreement takes effect on the date given."""

    def __init__(self, context: UiContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.case_id = context, case_id
        self.result_detail: CaseDetail | None = None
        self.setWindowTitle(self.tr("Record signatures and seal"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("The agreement takes effect on the day every party has signed, sealed or pressed a "
                               "fingerprint, the mediator has signed and the committee's seal is on every copy "
                               "(人民调解法 Art. 29). After this it can no longer be changed."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.parties = QCheckBox(self.tr("Every party has signed, sealed or pressed a fingerprint on every copy"))
        self.mediator = QCheckBox(self.tr("The mediator has signed"))
        self.seal = QCheckBox(self.tr("The committee's seal is on every copy"))
        for box in (self.parties, self.mediator, self.seal):
            form.addRow(box)
        self.signed_on = date_edit(context.today())
        form.addRow(self.tr("Date the last signature or seal was done"), self.signed_on)
        self.errors = FieldErrors(QLabel(), {"signatures": self.parties, "signed_on": self.signed_on})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        open_width(self, 520)

    def _save(self) -> None:
        try:
            self.result_detail = agreements.record_signed(
                self.context.desk, self.context.actor, self.case_id, _pydate(self.signed_on.date()),
                all_parties_signed=self.parties.isChecked(), mediator_signed=self.mediator.isChecked(),
                seal_affixed=self.seal.isChecked())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()


class JudicialDialog(QDialog):
    def __init__(self, context: UiContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.case_id = context, case_id
        self.result_detail: CaseDetail | None = None
        self.setWindowTitle(self.tr("Judicial confirmation"))
        form = QFormLayout(self)
        self.applied_on = date_edit(context.today())
        self.court = QLineEdit()
        self.court.setPlaceholderText(self.tr("e.g. the basic people's court where the committee is"))
        fit_placeholder(self.court)
        form.addRow(self.tr("Applied on"), self.applied_on)
        form.addRow(self.tr("Court"), self.court)
        self.errors = FieldErrors(QLabel(), {"applied_on": self.applied_on, "court": self.court})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        try:
            self.result_detail = agreements.record_judicial_application(
                self.context.desk, self.context.actor, self.case_id, _pydate(self.applied_on.date()), self.court.text())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()
