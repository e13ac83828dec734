"""受理登记: register a party's request (clerks may do this) or a case the committee takes up itself.

The clerk learns the case number and nothing else is shown back: clerks do not read case records.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.mediation import cases
from desk.services.mediation.cases import CaseInput, Registered
from desk.services.mediation.rows import PartyInput
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors, open_width
from desk.ui.mediation.case_fields import CaseFields
from desk.ui.mediation.party_dialog import PartyDialog


class RegisterCaseDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.registered: Registered | None = None
        self.parties: list[PartyInput] = []
        self.setWindowTitle(self.tr("Register a mediation request"))
        form = QFormLayout(self)
        self.case_fields = CaseFields(context)
        fields = self.case_fields  # the inputs by their usual names
        self.source, self.referral, self.dispute_type = fields.source, fields.referral, fields.dispute_type
        self.title_edit, self.facts, self.requests = fields.title_edit, fields.facts, fields.requests
        self.mediator = fields.mediator
        self.party_list = QListWidget()
        self.party_list.setMaximumHeight(100)
        party_buttons = QHBoxLayout()
        for text, handler in ((self.tr("Add party…"), self._add_party), (self.tr("Edit…"), self._edit_party),
                              (self.tr("Remove"), self._remove_party)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            party_buttons.addWidget(button)
        party_box = QVBoxLayout()
        party_box.addWidget(self.party_list)
        party_box.addLayout(party_buttons)
        self.case_fields.add_rows(form)
        form.addRow(self.tr("Parties"), party_box)
        self.errors = FieldErrors(QLabel(), {**self.case_fields.fields(), "parties": self.party_list})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        open_width(self, 560)

    def _show_parties(self) -> None:
        self.party_list.clear()
        sides = {"applicant": self.tr("Applicant"), "respondent": self.tr("Respondent")}
        for p in self.parties:
            self.party_list.addItem(f"{sides[p.side]}：{p.name}（{p.address}）")

    def _add_party(self) -> None:
        dialog = PartyDialog(self.context.today(), parent=self)
        if not self.parties:
            dialog.side.setCurrentIndex(0)
        elif all(p.side == "applicant" for p in self.parties):
            dialog.side.setCurrentIndex(1)
        if dialog.exec() and dialog.result_party is not None:
            self.parties.append(dialog.result_party)
            self._show_parties()

    def _edit_party(self) -> None:
        row = self.party_list.currentRow()
        if row < 0:
            return
        dialog = PartyDialog(self.context.today(), self.parties[row], show_full_id=True, parent=self)
        if dialog.exec() and dialog.result_party is not None:
            self.parties[row] = dialog.result_party
            self._show_parties()

    def _remove_party(self) -> None:
        row = self.party_list.currentRow()
        if row >= 0:
            del self.parties[row]
            self._show_parties()

    def case_input(self) -> CaseInput:
        return self.case_fields.case_input()

    def _save(self) -> None:
        try:
            self.registered = cases.register_case(self.context.desk, self.context.actor, self.case_input(),
                                                  self.parties)
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()
