"""User accounts: add, reset a password, change the role, disable or enable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.permissions import ROLE_LABELS, Role
from desk.services import users
from desk.services.users import UserRow
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.messages import show_error
from desk.ui.table_model import Column, RowTableModel, make_table_view
from desk.ui.timefmt import local


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Role", ROLE_LABELS[role])


class AddUserDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Add a user"))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.phone = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name (for signing in)"), self.username)
        form.addRow(self.tr("Name (printed on receipts)"), self.display_name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("First password (they change it at first sign-in)"), self.password)
        self.errors = FieldErrors(QLabel(), {"username": self.username, "display_name": self.display_name,
                                             "password": self.password, "role": self.role})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        try:
            users.add_user(self.context.desk, self.context.actor, self.username.text(), self.display_name.text(),
                           self.role.currentData(), self.password.text(), self.phone.text())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()


class UsersPage(QWidget):
    shows = frozenset({"app_user"})  # reloads only when these change (MainWindow)
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        tz = context.station.timezone
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Users"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        self.model: RowTableModel[UserRow] = RowTableModel([
            Column(self.tr("User name"), lambda r: r.username),
            Column(self.tr("Name"), lambda r: r.display_name),
            Column(self.tr("Role"), lambda r: role_label(r.role)),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("State"), lambda r: self.tr("active") if r.active else self.tr("disabled"),
                   color=lambda r: None if r.active else "#9e9e9e"),
            Column(self.tr("Locked until"), lambda r: local(r.locked_until, tz), sort_key=lambda r: str(r.locked_until)),
            Column(self.tr("Last sign-in"), lambda r: local(r.last_sign_in, tz), sort_key=lambda r: str(r.last_sign_in)),
        ], self)
        self.table = make_table_view(self.model)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, handler in ((self.tr("Add…"), self._add), (self.tr("Reset password…"), self._reset),
                              (self.tr("Change role…"), self._change_role),
                              (self.tr("Disable / enable"), self._toggle),
                              (self.tr("End sign-in wait"), self._unlock)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(users.list_users(self.context.desk, self.context.actor))

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001 - shown to the manager
            show_error(self, exc)
        self.refresh()

    def _add(self) -> None:
        if AddUserDialog(self.context, self).exec():
            self.refresh()

    def _reset(self) -> None:
        row = self.selected()
        if row is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                            self.tr("New password for {0} (they must change it at next sign-in):")
                                            .format(row.username), QLineEdit.EchoMode.Password)
        if ok:
            self._run(lambda: users.set_password(self.context.desk, self.context.actor, row.username, password))

    def _change_role(self) -> None:
        row = self.selected()
        if row is None:
            return
        labels = [role_label(r) for r in Role]
        choice, ok = QInputDialog.getItem(self, self.tr("Change role"), self.tr("Role of {0}:").format(row.username),
                                          labels, labels.index(role_label(row.role)), False)
        if ok:
            role = list(Role)[labels.index(choice)]
            self._run(lambda: users.set_role(self.context.desk, self.context.actor, row.username, role))

    def _toggle(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: users.set_active(self.context.desk, self.context.actor, row.username, not row.active))

    def _unlock(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: users.unlock(self.context.desk, self.context.actor, row.username))
