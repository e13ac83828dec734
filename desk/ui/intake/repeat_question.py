"""The question before a second case for the same applicant and item on the same day (the service
refuses it silently otherwise, see ``cases.RepeatIntake``); No is the default answer."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desk.services.intake import cases
from desk.ui.intake.common import status_label


class RepeatQuestion(QMessageBox):
    def __init__(self, parent: QWidget, applicant: str, item_name: str, repeat: cases.RepeatIntake) -> None:
        super().__init__(QMessageBox.Icon.Question, "", "",
                         QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        self.setObjectName("repeat_question")
        self.setWindowTitle(self.tr("Same applicant and item today"))
        self.setText(self.tr(
            "{0} already has case {1} ({2}) for \u201c{3}\u201d today.\n\nSave a second case with its own receipt "
            "number? Choose this only for a genuinely separate application.").format(
                applicant, repeat.params["receipt_no"], status_label(str(repeat.params["status"])), item_name))
        self.button(QMessageBox.StandardButton.Yes).setText(self.tr("Save a second case"))
        self.button(QMessageBox.StandardButton.No).setText(self.tr("Do not save"))
        self.setDefaultButton(QMessageBox.StandardButton.No)


def confirm_repeat(parent: QWidget, applicant: str, item_name: str, repeat: cases.RepeatIntake) -> bool:
    return RepeatQuestion(parent, applicant, item_name, repeat).exec() == QMessageBox.StandardButton.Yes
