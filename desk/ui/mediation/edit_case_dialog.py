"""Correct a case after registration (issue 13): its source, type, name, facts, requests, and the
mediator, who may have been left "(assign later)". The service checks and audits the change."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desk.services.mediation import cases
from desk.services.mediation.rows import CaseDetail
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.mediation.case_fields import CaseFields


class EditCaseDialog(QDialog):
    def __init__(self, context: UiContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.case_id = context, detail.id
        self.result_detail: CaseDetail | None = None
        self.setWindowTitle(self.tr("Edit case {0}").format(detail.number))
        form = QFormLayout(self)
        self.case_fields = CaseFields(context)
        self.case_fields.add_rows(form)
        self.case_fields.load(detail)
        self.errors = FieldErrors(QLabel(), self.case_fields.fields())
        form.addRow(self.errors.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(560)

    def _save(self) -> None:
        try:
            self.result_detail = cases.update_case(self.context.desk, self.context.actor, self.case_id,
                                                   self.case_fields.case_input())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()
