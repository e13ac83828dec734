"""Small dialogs for a case's steps: which materials arrived, who takes the case over (AB岗), who
carries the file (帮办代办)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services.intake import case_queries
from desk.services.intake.case_queries import MaterialRow
from desk.services.intake.cases import ProxyInput
from desk.ui.context import UiContext
from desk.ui.intake.document_field import DocumentField
from desk.ui.messages import show_error


def _dialog(parent: QWidget, title: str) -> tuple[QDialog, QVBoxLayout]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(420)
    return dialog, QVBoxLayout(dialog)


def _ok_cancel(dialog: QDialog, layout: QVBoxLayout | QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    if isinstance(layout, QFormLayout):
        layout.addRow(buttons)
    else:
        layout.addWidget(buttons)


def choose_materials(parent: QWidget, missing: Sequence[MaterialRow]) -> tuple[int, ...]:
    """Tick the missing materials the applicant brought; empty when cancelled."""
    dialog, layout = _dialog(parent, QCoreApplication.translate("CaseActions", "Materials brought"))
    layout.addWidget(QLabel(QCoreApplication.translate("CaseActions", "Tick what the applicant brought today:")))
    checklist = QListWidget()
    for material in missing:
        entry = QListWidgetItem(f"{material.name}（{material.form}，{material.copies}）")
        entry.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        entry.setCheckState(Qt.CheckState.Checked)
        entry.setData(Qt.ItemDataRole.UserRole, material.id)
        checklist.addItem(entry)
    layout.addWidget(checklist)
    _ok_cancel(dialog, layout)
    if not dialog.exec():
        return ()
    return tuple(checklist.item(i).data(Qt.ItemDataRole.UserRole) for i in range(checklist.count())
                 if checklist.item(i).checkState() == Qt.CheckState.Checked)


def choose_colleague(parent: QWidget, context: UiContext) -> tuple[int, str] | None:
    """AB岗: the colleague who takes the case over, and why."""
    try:
        people = case_queries.colleagues(context.desk, context.actor)
    except Exception as exc:  # noqa: BLE001
        show_error(parent, exc)
        return None
    dialog, layout = _dialog(parent, QCoreApplication.translate("CaseActions", "Hand the case over (AB岗)"))
    form = QFormLayout()
    who = QComboBox()
    for person in people:
        who.addItem(person.display_name, person.id)
    reason = QPlainTextEdit()
    reason.setPlaceholderText(QCoreApplication.translate("CaseActions", "e.g. annual leave; B post takes over"))
    reason.setMaximumHeight(80)
    form.addRow(QCoreApplication.translate("CaseActions", "Colleague"), who)
    form.addRow(QCoreApplication.translate("CaseActions", "Reason"), reason)
    layout.addLayout(form)
    _ok_cancel(dialog, layout)
    if not dialog.exec() or who.currentData() is None:
        return None
    return int(who.currentData()), reason.toPlainText()


def proxy_dialog(parent: QWidget) -> ProxyInput | None:
    dialog, layout = _dialog(parent, QCoreApplication.translate("CaseActions", "Who carries the file (帮办代办)"))
    form = QFormLayout()
    name, relation, phone, document = QLineEdit(), QLineEdit(), QLineEdit(), DocumentField(name="proxy_id_number")
    for label, widget in ((QCoreApplication.translate("CaseActions", "Name"), name),
                          (QCoreApplication.translate("CaseActions", "Identity document"), document),
                          (QCoreApplication.translate("CaseActions", "Relation"), relation),
                          (QCoreApplication.translate("CaseActions", "Phone"), phone)):
        form.addRow(label, widget)
    layout.addLayout(form)
    _ok_cancel(dialog, layout)
    if not dialog.exec():
        return None
    return ProxyInput(name.text(), document.number.text(), relation.text(), phone.text(), document.id_type(),
                      document.other_name())
