"""Change one's own password (forced after someone else set it)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services import users
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors


class ChangePasswordDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None, forced: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Change my password"))
        form = QFormLayout(self)
        if forced:
            note = QLabel(self.tr("Your password was set by someone else. Choose your own now."))
            note.setWordWrap(True)
            form.addRow(note)
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New password (10+ characters)"), self.new)
        form.addRow(self.tr("Repeat it"), self.repeat)
        self.errors = FieldErrors(QLabel(), {"password": self.new})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        try:
            if self.new.text() != self.repeat.text():
                raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "The two passwords differ; type them again."),
                                      field="password")
            actor = self.context.actor
            users.set_password(self.context.desk, actor, actor.username, self.new.text())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()
