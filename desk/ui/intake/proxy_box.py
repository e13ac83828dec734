"""帮办代办: the optional section for someone carrying the file for the applicant."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desk.services.intake.cases import ProxyInput
from desk.ui.intake.document_field import DocumentField


class ProxyBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self.tr("Someone else carries the file (帮办代办)"))
        self.enabled.setObjectName("proxy_enabled")
        layout.addWidget(self.enabled)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(24, 0, 0, 0)
        self.name = QLineEdit()
        self.document = DocumentField(name="proxy_id_number")
        self.id_number = self.document.number
        self.relation = QLineEdit()
        self.relation.setPlaceholderText(self.tr("e.g. daughter, grid worker (网格员)"))
        self.phone = QLineEdit()
        form.addRow(self.tr("Proxy's name"), self.name)
        form.addRow(self.tr("Proxy's document"), self.document)
        form.addRow(self.tr("Relation"), self.relation)
        form.addRow(self.tr("Proxy's phone"), self.phone)
        layout.addWidget(self.details)
        self.details.setVisible(False)
        self.enabled.toggled.connect(self.details.setVisible)

    def isChecked(self) -> bool:  # noqa: N802 - reads like the QGroupBox it replaced
        return self.enabled.isChecked()

    def setChecked(self, on: bool) -> None:  # noqa: N802
        self.enabled.setChecked(on)

    def fields(self) -> dict[str, QWidget]:
        return {"proxy_name": self.name, "proxy_id_number": self.id_number, "proxy_relation": self.relation,
                "proxy_phone": self.phone, "proxy_id_type": self.document.kind,
                "proxy_id_type_other": self.document.other}

    def value(self) -> ProxyInput | None:
        if not self.isChecked():
            return None
        return ProxyInput(self.name.text(), self.id_number.text(), self.relation.text(), self.phone.text(),
                          self.document.id_type(), self.document.other_name())

    def clear(self) -> None:
        for widget in (self.name, self.document, self.relation, self.phone):
            widget.clear()
        self.setChecked(False)
