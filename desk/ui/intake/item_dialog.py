"""Add or change a catalogue item, its materials included (manager only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.services.intake import catalogue
from desk.services.intake.catalogue import FORMS, TAGS, ItemInput, ItemRow, MaterialSpec
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors, scrolled_body

DEFERRABLE, NOTE = 4, 5  # columns of the materials table


def _check(checked: bool) -> QTableWidgetItem:
    cell = QTableWidgetItem()
    cell.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
    cell.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return cell


def _days_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 365)
    box.setSpecialValueText("—")  # -1: no limit in working days
    return box


class ItemDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None, item: ItemRow | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item = item
        self.setWindowTitle(self.tr("Change item") if item else self.tr("New item"))
        self.resize(820, 640)  # 1280×720 at 150 %, less title bar and task bar
        outer = QVBoxLayout(self)
        body = scrolled_body(outer)  # the form and its materials scroll; the error line and buttons stay
        form = QFormLayout()
        body.addLayout(form)
        self.code, self.name, self.fee, self.delivery = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.category = QComboBox()
        for row in catalogue.list_categories(context.desk, context.actor):
            self.category.addItem(f"{row.code} {row.name}", row.code)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("promised (承诺件)"), "promised")
        self.kind.addItem(self.tr("on the spot (即办件)"), "instant")
        self.promised, self.statutory = _days_box(), _days_box()
        self.days_unit = QComboBox()  # 工作日, or 日 counted on the calendar (e.g. 居住证: 15 日)
        self.days_unit.setObjectName("days_unit")
        self.days_unit.addItem(self.tr("working days (工作日)"), "working")
        self.days_unit.addItem(self.tr("calendar days (日)"), "calendar")
        self.statutory_note, self.conditions, self.legal_basis, self.notes = (QPlainTextEdit() for _ in range(4))
        for edit in (self.statutory_note, self.conditions, self.legal_basis, self.notes):
            edit.setMaximumHeight(54)
        tags = QHBoxLayout()
        self.tags = {tag: QCheckBox(tag) for tag in TAGS}
        for box in self.tags.values():
            tags.addWidget(box)
        self.active = QCheckBox(self.tr("Offered at the window"))
        self.active.setChecked(True)
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("Code"), self.code), (self.tr("Name"), self.name), (self.tr("Category"), self.category),
            (self.tr("Kind"), self.kind), (self.tr("Time limits count"), self.days_unit),
            (self.tr("Promised days"), self.promised),
            (self.tr("Statutory days"), self.statutory), (self.tr("Statutory note"), self.statutory_note),
            (self.tr("Tags"), tags), (self.tr("Fee"), self.fee), (self.tr("Conditions"), self.conditions),
            (self.tr("Result delivery"), self.delivery), (self.tr("Legal basis"), self.legal_basis),
            (self.tr("Notes"), self.notes), ("", self.active)]
        for label, widget in rows:
            form.addRow(label, widget)
        body.addWidget(QLabel(self.tr("Materials (原件 / 复印件 / 原件+复印件)")))
        self.materials = QTableWidget(0, 6)
        self.materials.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Original / copy"), self.tr("Copies"),
                                                  self.tr("Required"), self.tr("容缺"), self.tr("Note")])
        self.materials.horizontalHeaderItem(DEFERRABLE).setToolTip(self.tr(
            "容缺: the window may accept the application without it, under the applicant's signed 承诺书 to "
            "bring it later"))
        self.materials.horizontalHeader().setStretchLastSection(True)
        self.materials.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.materials.setMinimumHeight(160)  # room for a few rows when the form scrolls
        body.addWidget(self.materials, 1)
        buttons_row = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add material")), QPushButton(self.tr("Remove material"))
        add.clicked.connect(lambda: self.add_material(MaterialSpec("")))
        remove.clicked.connect(lambda: self.materials.removeRow(self.materials.currentRow()))
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        body.addLayout(buttons_row)
        self.errors = FieldErrors(QLabel(), {
            "code": self.code, "name": self.name, "kind": self.kind, "promised_days": self.promised,
            "statutory_days": self.statutory, "statutory_note": self.statutory_note, "fee": self.fee,
            "conditions": self.conditions, "delivery": self.delivery, "legal_basis": self.legal_basis,
            "notes": self.notes, "materials": self.materials, "category": self.category,
            "days_unit": self.days_unit})
        outer.addWidget(self.errors.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        outer.addWidget(box)
        if item is not None:
            self._fill(item)

    def _fill(self, item: ItemRow) -> None:
        self.code.setText(item.code)
        self.name.setText(item.name)
        self.category.setCurrentIndex(max(0, self.category.findData(item.category_code)))
        self.kind.setCurrentIndex(self.kind.findData(item.kind))
        self.days_unit.setCurrentIndex(max(0, self.days_unit.findData(item.days_unit)))
        self.promised.setValue(-1 if item.promised_days is None else item.promised_days)
        self.statutory.setValue(-1 if item.statutory_days is None else item.statutory_days)
        for edit, text in ((self.statutory_note, item.statutory_note), (self.conditions, item.conditions),
                           (self.legal_basis, item.legal_basis), (self.notes, item.notes)):
            edit.setPlainText(text)
        self.fee.setText(item.fee)
        self.delivery.setText(item.delivery)
        for tag, box in self.tags.items():
            box.setChecked(tag in item.tags)
        self.active.setChecked(item.active)
        for material in item.materials:
            self.add_material(material)

    def add_material(self, material: MaterialSpec) -> None:
        row = self.materials.rowCount()
        self.materials.insertRow(row)
        self.materials.setItem(row, 0, QTableWidgetItem(material.name))
        form = QComboBox()
        form.addItems(list(FORMS))
        form.setCurrentText(material.form)
        self.materials.setCellWidget(row, 1, form)
        copies = QSpinBox()
        copies.setRange(1, 20)
        copies.setValue(material.copies)
        self.materials.setCellWidget(row, 2, copies)
        self.materials.setItem(row, 3, _check(material.required))
        self.materials.setItem(row, DEFERRABLE, _check(material.deferrable))
        self.materials.setItem(row, NOTE, QTableWidgetItem(material.note))

    def _material_rows(self) -> tuple[MaterialSpec, ...]:
        out = []
        for row in range(self.materials.rowCount()):
            name = self.materials.item(row, 0)
            note = self.materials.item(row, NOTE)
            form = self.materials.cellWidget(row, 1)
            copies = self.materials.cellWidget(row, 2)
            assert isinstance(form, QComboBox) and isinstance(copies, QSpinBox)
            out.append(MaterialSpec(name.text() if name else "", form.currentText(), copies.value(),
                                    self.materials.item(row, 3).checkState() == Qt.CheckState.Checked,
                                    note.text() if note else "",
                                    self.materials.item(row, DEFERRABLE).checkState() == Qt.CheckState.Checked))
        return tuple(out)

    def data(self) -> ItemInput:
        def days(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        return ItemInput(
            code=self.code.text(), name=self.name.text(), category_code=self.category.currentData() or "",
            kind=self.kind.currentData(), promised_days=days(self.promised), statutory_days=days(self.statutory),
            statutory_note=self.statutory_note.toPlainText(), tags=tuple(t for t, b in self.tags.items() if b.isChecked()),
            fee=self.fee.text(), conditions=self.conditions.toPlainText(), delivery=self.delivery.text(),
            legal_basis=self.legal_basis.toPlainText(), notes=self.notes.toPlainText(),
            materials=self._material_rows(), active=self.active.isChecked(), days_unit=self.days_unit.currentData())

    def save(self) -> None:
        try:
            catalogue.save_item(self.context.desk, self.context.actor, self.data(), self.item.id if self.item else None)
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()
