"""Register a new applicant (person or organisation) or correct one's details."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk.services.intake import applicants
from desk.services.intake.applicants import ApplicantInput, ApplicantRow
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors


class ApplicantDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None, *, existing: ApplicantRow | None = None,
                 guess: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.existing = existing
        self.result_row: ApplicantRow | None = None
        self.setWindowTitle(self.tr("Correct applicant") if existing else self.tr("New applicant"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Organisation"), "organisation")
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("18 characters, from the ID card"))
        self.uscc = QLineEdit()
        self.uscc.setPlaceholderText(self.tr("统一社会信用代码, 18 characters"))
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.legal = QLineEdit()
        self.contact = QLineEdit()
        self.rows: dict[str, QWidget] = {}
        form.addRow(self.tr("Applicant is"), self.kind)
        for key, label, widget in (
            ("name", self.tr("Name"), self.name), ("id_number", self.tr("ID number"), self.id_number),
            ("uscc", self.tr("Credit code"), self.uscc),
            ("legal_representative", self.tr("Legal representative"), self.legal),
            ("contact_name", self.tr("Contact person"), self.contact), ("phone", self.tr("Phone"), self.phone),
            ("address", self.tr("Address"), self.address),
        ):
            widget.setObjectName(key)
            form.addRow(label, widget)
            self.rows[key] = widget
        self.form = form
        self.errors = FieldErrors(QLabel(), {**self.rows, "kind": self.kind})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._show_kind_fields)
        if existing is not None:
            self._fill(existing)
        elif guess:
            compact = guess.replace(" ", "")
            (self.id_number if compact[:6].isdigit() and len(compact) >= 15 else
             self.phone if compact.isdigit() else self.name).setText(guess.strip())
        self._show_kind_fields()

    def _fill(self, row: ApplicantRow) -> None:
        self.kind.setCurrentIndex(0 if row.kind == "person" else 1)
        self.kind.setEnabled(False)
        self.name.setText(row.name)
        (self.id_number if row.kind == "person" else self.uscc).setText(row.id_masked)
        self.phone.setText(row.phone)
        self.address.setText(row.address)
        self.legal.setText(row.legal_representative)
        self.contact.setText(row.contact_name)

    def _show_kind_fields(self) -> None:
        person = self.kind.currentData() == "person"
        for key, visible in (("id_number", person), ("uscc", not person), ("legal_representative", not person),
                             ("contact_name", not person)):
            self.form.setRowVisible(self.rows[key], visible)

    def data(self) -> ApplicantInput:
        return ApplicantInput(self.kind.currentData(), self.name.text(), self.id_number.text(), self.uscc.text(),
                              self.phone.text(), self.address.text(), self.legal.text(), self.contact.text())

    def _save(self) -> None:
        self.errors.clear()
        try:
            if self.existing is not None:
                self.result_row = applicants.update_applicant(self.context.desk, self.context.actor,
                                                              self.existing.id, self.data())
            else:
                self.result_row = applicants.save_applicant(self.context.desk, self.context.actor, self.data())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()
