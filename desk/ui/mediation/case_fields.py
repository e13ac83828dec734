"""The fields of a case (source, referral, type, name, facts, requests, mediator), shared by the
registration dialog and the edit dialog so a case is entered and corrected the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from desk.core.mediation import CASE_SOURCES, DISPUTE_TYPES
from desk.services.mediation import rooms_roster
from desk.services.mediation.cases import CaseInput
from desk.services.mediation.rows import CaseDetail
from desk.ui.context import UiContext
from desk.ui.i18n import tr_label


class CaseFields:
    def __init__(self, context: UiContext) -> None:
        self.source = QComboBox()
        for key, label in CASE_SOURCES.items():
            self.source.addItem(tr_label("Mediation", label), key)
        self.referral = QLineEdit()
        self.referral.setPlaceholderText(QCoreApplication.translate("CaseFields", "window number or grid worker, if referred"))
        self.dispute_type = QComboBox()
        self.dispute_type.addItems(list(DISPUTE_TYPES))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(QCoreApplication.translate("CaseFields", "e.g. 楼上漏水纠纷"))
        self.facts = QPlainTextEdit()
        self.facts.setMaximumHeight(90)
        self.requests = QPlainTextEdit()
        self.requests.setMaximumHeight(60)
        self.mediator = QComboBox()
        self.mediator.setObjectName("mediator")
        self.mediator.addItem(QCoreApplication.translate("CaseFields", "(assign later)"), None)
        for person in rooms_roster.list_staff(context.desk, context.actor):
            if person.kind == "mediator":
                self.mediator.addItem(person.name, person.id)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("CaseFields", "Source"), self.source)
        form.addRow(QCoreApplication.translate("CaseFields", "Referred by"), self.referral)
        form.addRow(QCoreApplication.translate("CaseFields", "Type of dispute"), self.dispute_type)
        form.addRow(QCoreApplication.translate("CaseFields", "Dispute name"), self.title_edit)
        form.addRow(QCoreApplication.translate("CaseFields", "Brief facts"), self.facts)
        form.addRow(QCoreApplication.translate("CaseFields", "Requests"), self.requests)
        form.addRow(QCoreApplication.translate("CaseFields", "Mediator"), self.mediator)

    def fields(self) -> dict[str, QWidget]:
        """Service field names to the inputs that show their errors."""
        return {"source": self.source, "dispute_type": self.dispute_type, "title": self.title_edit,
                "facts": self.facts, "requests": self.requests, "referral_note": self.referral,
                "mediator_staff_id": self.mediator}

    def load(self, d: CaseDetail) -> None:
        self.source.setCurrentIndex(max(0, self.source.findData(d.source)))
        self.referral.setText(d.referral_note)
        self.dispute_type.setCurrentIndex(max(0, self.dispute_type.findText(d.dispute_type)))
        self.title_edit.setText(d.title)
        self.facts.setPlainText(d.facts)
        self.requests.setPlainText(d.requests)
        index = self.mediator.findData(d.mediator_staff_id)
        if index < 0 and d.mediator_staff_id is not None:  # retired since: keep showing who it is
            self.mediator.addItem(d.mediator, d.mediator_staff_id)
            index = self.mediator.count() - 1
        self.mediator.setCurrentIndex(max(0, index))

    def case_input(self) -> CaseInput:
        return CaseInput(self.source.currentData(), self.dispute_type.currentText(), self.title_edit.text(),
                         self.facts.toPlainText(), self.requests.toPlainText(), self.referral.text(),
                         self.mediator.currentData())
