"""Enter or correct one party: a person (姓名 性别 民族 年龄 职业 电话 住址, ID number optional) or an
organisation (名称 住所 法定代表人, credit code optional). Checked by the same rule the service uses."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desk.core.idnumbers import mask_id
from desk.services.mediation.rows import PartyInput, clean_party
from desk.ui.forms import FieldErrors, open_width


class PartyDialog(QDialog):
    def __init__(self, today: date, party: PartyInput | None = None, *, show_full_id: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today  # the desk's day: an age or a birth date is checked against it
        self.setWindowTitle(self.tr("Party"))
        self.result_party: PartyInput | None = None
        self._kept_id = party.id_number if party else ""
        form = QFormLayout(self)
        self.side = QComboBox()
        self.side.addItem(self.tr("Applicant"), "applicant")
        self.side.addItem(self.tr("Respondent"), "respondent")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Organisation"), "organisation")
        self.name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem(self.tr("(from ID number)"), "")
        self.sex.addItem("男", "男")
        self.sex.addItem("女", "女")
        self.ethnicity = QLineEdit("汉族")
        self.age = QSpinBox()
        self.age.setRange(-1, 130)
        self.age.setSpecialValueText(self.tr("(from ID number)"))
        self.age.setValue(-1)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("optional; 18 digits"))
        self.occupation, self.phone, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        self.uscc, self.legal_rep, self.agent = QLineEdit(), QLineEdit(), QLineEdit()
        rows = [(self.tr("Side"), self.side), (self.tr("Person or organisation"), self.kind),
                (self.tr("Name"), self.name), (self.tr("Sex"), self.sex), (self.tr("Ethnicity"), self.ethnicity),
                (self.tr("Age"), self.age), (self.tr("ID number"), self.id_number),
                (self.tr("Occupation or position"), self.occupation), (self.tr("Phone"), self.phone),
                (self.tr("Work unit or address"), self.address), (self.tr("Unified social credit code"), self.uscc),
                (self.tr("Legal representative"), self.legal_rep),
                (self.tr("Representative or agent at the mediation"), self.agent)]
        # The occupation field stays for an organisation, as its legal representative's 职务.
        self._person_only = [self.sex, self.ethnicity, self.age, self.id_number]
        self._org_only = [self.uscc, self.legal_rep]
        for label, widget in rows:
            form.addRow(label, widget)
        self.form = form
        self.errors = FieldErrors(QLabel(), {"name": self.name, "sex": self.sex, "age": self.age,
                                             "id_number": self.id_number, "phone": self.phone,
                                             "address": self.address, "uscc": self.uscc,
                                             "legal_rep": self.legal_rep, "agent": self.agent,
                                             "ethnicity": self.ethnicity, "occupation": self.occupation})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if party is not None:
            self._load(party, show_full_id)
        self._kind_changed()
        open_width(self, 440)

    def _load(self, p: PartyInput, show_full_id: bool) -> None:
        self.side.setCurrentIndex(self.side.findData(p.side))
        self.kind.setCurrentIndex(self.kind.findData(p.kind))
        self.name.setText(p.name)
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.sex)))
        self.ethnicity.setText(p.ethnicity)
        self.age.setValue(p.age if p.age is not None else -1)
        # A masked number stays what it was unless the person types a new one.
        self.id_number.setText(p.id_number if show_full_id else mask_id(p.id_number))
        self.occupation.setText(p.occupation)
        self.phone.setText(p.phone)
        self.address.setText(p.address)
        self.uscc.setText(p.uscc)
        self.legal_rep.setText(p.legal_rep)
        self.agent.setText(p.agent)

    def _kind_changed(self) -> None:
        person = self.kind.currentData() == "person"
        for widget in self._person_only:
            self.form.setRowVisible(widget, person)
        for widget in self._org_only:
            self.form.setRowVisible(widget, not person)
        label = self.form.labelForField(self.occupation)
        if label is not None:
            label.setText(self.tr("Occupation or position") if person else self.tr("Legal representative's title"))

    def party(self) -> PartyInput:
        typed = self.id_number.text().strip()
        id_number = self._kept_id if typed and "*" in typed else typed
        return PartyInput(name=self.name.text(), side=self.side.currentData(), kind=self.kind.currentData(),
                          sex=self.sex.currentData(), ethnicity=self.ethnicity.text(),
                          age=None if self.age.value() < 0 else self.age.value(), id_number=id_number,
                          occupation=self.occupation.text(), phone=self.phone.text(), address=self.address.text(),
                          uscc=self.uscc.text(), legal_rep=self.legal_rep.text(), agent=self.agent.text())

    def _accept(self) -> None:
        try:
            self.result_party = clean_party(self.party(), self._today)
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()
