"""受理登记: register a party's request (clerks may do this) or a case the committee takes up itself.

The clerk learns the case number and nothing else is shown back: clerks do not read case records.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.mediation import CASE_SOURCES, DISPUTE_TYPES
from desk.services.mediation import cases, rooms_roster
from desk.services.mediation.cases import CaseInput, Registered
from desk.services.mediation.rows import PartyInput
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.i18n import tr_label
from desk.ui.mediation.party_dialog import PartyDialog


class RegisterCaseDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.registered: Registered | None = None
        self.parties: list[PartyInput] = []
        self.setWindowTitle(self.tr("Register a mediation request"))
        form = QFormLayout(self)
        self.source = QComboBox()
        for key, label in CASE_SOURCES.items():
            self.source.addItem(tr_label("Mediation", label), key)
        self.referral = QLineEdit()
        self.referral.setPlaceholderText(self.tr("window number or grid worker, if referred"))
        self.dispute_type = QComboBox()
        self.dispute_type.addItems(list(DISPUTE_TYPES))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. 楼上漏水纠纷"))
        self.facts = QPlainTextEdit()
        self.facts.setMaximumHeight(90)
        self.requests = QPlainTextEdit()
        self.requests.setMaximumHeight(60)
        for box in (self.facts, self.requests):  # a few lines each: Tab goes on, as in every other field
            box.setTabChangesFocus(True)
        self.mediator = QComboBox()
        self.mediator.addItem(self.tr("(assign later)"), None)
        for person in rooms_roster.list_staff(context.desk, context.actor):
            if person.kind == "mediator":
                self.mediator.addItem(person.name, person.id)
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
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Referred by"), self.referral)
        form.addRow(self.tr("Type of dispute"), self.dispute_type)
        form.addRow(self.tr("Dispute name"), self.title_edit)
        form.addRow(self.tr("Brief facts"), self.facts)
        form.addRow(self.tr("Requests"), self.requests)
        form.addRow(self.tr("Mediator"), self.mediator)
        form.addRow(self.tr("Parties"), party_box)
        self.errors = FieldErrors(QLabel(), {"source": self.source, "dispute_type": self.dispute_type,
                                             "title": self.title_edit, "facts": self.facts,
                                             "requests": self.requests, "referral_note": self.referral,
                                             "parties": self.party_list})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(560)

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
        return CaseInput(self.source.currentData(), self.dispute_type.currentText(), self.title_edit.text(),
                         self.facts.toPlainText(), self.requests.toPlainText(), self.referral.text(),
                         self.mediator.currentData())

    def _save(self) -> None:
        try:
            self.registered = cases.register_case(self.context.desk, self.context.actor, self.case_input(),
                                                  self.parties)
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()
