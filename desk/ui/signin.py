"""The first window: sign in, or on a brand-new database create the administrator.

The database opens (backup, migrations) on a worker thread while this dialog is already on screen,
so the clerk sees the window at once and can type while the database gets ready.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.ui.i18n import error_text
from desk.ui.terminal_settings import TerminalSettings
from desk.ui.worker import run_in_background

if TYPE_CHECKING:
    from desk.services.context import Desk


def _open(url: str) -> tuple[Desk, bool]:
    from desk.services.context import Desk
    from desk.services.users import has_users
    from desk.store.bootstrap import open_database

    desk = Desk(open_database(url))
    return desk, has_users(desk)


class SignInDialog(QDialog):
    database_ready = Signal()

    def __init__(self, url: str, settings: TerminalSettings, desk: Desk | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.url, self.settings, self.desk = url, settings, desk
        self.result_actor: Any = None
        self.must_change_password = False
        self.setWindowTitle(self.tr("Grid Desk — sign in"))
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Grid Desk"))
        title.setObjectName("PageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.station_label = QLabel(self.tr("Community service station front desk"))
        self.station_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self.tr("Opening the database…"))
        self.status.setObjectName("Hint")
        self.status.setWordWrap(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_sign_in())
        self.pages.addWidget(self._build_first_admin())
        self._show_page(0)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.station_label)
        layout.addWidget(self.pages)
        layout.addWidget(self.status)

        self._open_started = False
        # A PostgreSQL address without a user name: everybody connects with their own login role, so the
        # database opens when someone signs in (the server checks the password), not before.
        from desk.store.db_urls import signs_in_personally

        self.personal = desk is None and signs_in_personally(url)

    # -- building -----------------------------------------------------------------------------
    def _build_sign_in(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.username = QLineEdit(self.settings.last_username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setEnabled(False)
        self.sign_in_button.clicked.connect(self._sign_in)
        self.password.returnPressed.connect(self._sign_in)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.sign_in_button)
        if self.username.text():
            QTimer.singleShot(0, self.password.setFocus)
        return page

    def _build_first_admin(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(self.tr("This is a new database. Create the administrator account; there is no default "
                               "password."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.station_name = QLineEdit()
        self.admin_username = QLineEdit("admin")
        self.admin_name = QLineEdit()
        self.admin_password = QLineEdit()
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_repeat = QLineEdit()
        self.admin_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Station name"), self.station_name)
        form.addRow(self.tr("Administrator user name"), self.admin_username)
        form.addRow(self.tr("Administrator's name"), self.admin_name)
        form.addRow(self.tr("Password (10+ characters)"), self.admin_password)
        form.addRow(self.tr("Repeat the password"), self.admin_repeat)
        self.create_button = QPushButton(self.tr("Create administrator and sign in"))
        self.create_button.setObjectName("createAdmin")
        self.create_button.clicked.connect(self._create_admin)
        form.addRow(self.create_button)
        return page

    # -- database ready -----------------------------------------------------------------------
    def _opened(self, result: tuple[Desk, bool]) -> None:
        from desk.services.station import get_station

        self.desk, has_users = result
        station = get_station(self.desk)
        self.station_label.setText(station.name)
        self.status.setText(self.tr("Database: {0}").format(self.desk.db.describe()))
        if has_users:
            self._show_page(0)
            self.sign_in_button.setEnabled(True)
        else:
            self._show_page(1)
            self.station_name.setText(station.name)
            self.admin_name.setFocus()
        self.database_ready.emit()

    def _show_page(self, index: int) -> None:
        # A stacked widget is as tall as its tallest page; let only the shown page count.
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.adjustSize()

    def _failed(self, exc: BaseException) -> None:
        self.status.setObjectName("ErrorText")
        self.status.setStyleSheet("color: #c62828;")
        self.status.setText(error_text(exc))
        self.database_ready.emit()

    # -- actions ------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy and (self.desk is not None or self.personal))
        self.create_button.setEnabled(not busy)

    def _sign_in(self) -> None:
        if (self.desk is None and not self.personal) or not self.sign_in_button.isEnabled():
            return
        from desk.services.auth import sign_in

        desk, username, password = self.desk, self.username.text(), self.password.text()
        terminal, window = self.settings.terminal_name, self.settings.window_number
        self._busy(True)
        self.status.setText(self.tr("Checking…"))
        if desk is not None:
            run_in_background(lambda _p: sign_in(desk, username, password, terminal, window), self._signed_in,
                              self._refused)
            return
        url = self.url

        def personal(_progress: Any) -> Any:
            from desk.core.errors import ConfigurationError
            from desk.store.pgroles import login_refused, personal_url

            try:
                own, _has_users = _open(personal_url(url, username, password) or url)
            except ConfigurationError as exc:
                # The server refused the login: the same sentence as a wrong password. Anything else (the
                # server is down, the address is wrong) is said as it is.
                raise (login_refused(exc) or exc) from None
            try:
                return own, sign_in(own, username, password, terminal, window)
            except BaseException:
                own.db.dispose()
                raise

        run_in_background(personal, self._signed_in_personally, self._refused)

    def _signed_in_personally(self, result: Any) -> None:
        self.desk, signed = result
        self._signed_in(signed)

    def _signed_in(self, result: Any) -> None:
        self.settings.last_username = result.actor.username
        self.result_actor = result.actor
        self.must_change_password = result.must_change_password
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        self.password.clear()
        self.password.setFocus()
        self.status.setText(error_text(exc))

    def _create_admin(self) -> None:
        if self.desk is None:
            return
        if self.admin_password.text() != self.admin_repeat.text():
            self.status.setText(self.tr("The two passwords differ; type them again."))
            return
        from desk.services.auth import sign_in
        from desk.services.users import create_first_admin

        desk = self.desk
        station, username, name = self.station_name.text(), self.admin_username.text(), self.admin_name.text()
        password, terminal = self.admin_password.text(), self.settings.terminal_name

        def work(_progress: Any) -> Any:
            from desk.services.station import update_station

            create_first_admin(desk, username, name, password, terminal)
            result = sign_in(desk, username, password, terminal, self.settings.window_number)
            if station.strip():
                update_station(desk, result.actor, name=station)
            return result

        self._busy(True)
        run_in_background(work, self._signed_in, self._refused)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if os.environ.get("GRID_DESK_EXIT_WHEN_SHOWN"):
            # Start-up benchmark: report the moment the window is on screen, then quit.
            QTimer.singleShot(0, self._report_shown)
        if not self._open_started:
            # Open the database once the window is up: the clerk can type while it gets ready.
            self._open_started = True
            QTimer.singleShot(0, self._start_opening)

    def _start_opening(self) -> None:
        if self.personal:
            self.status.setText(self.tr("Sign in with your own account: the database server checks your "
                                        "password."))
            self._show_page(0)
            self.sign_in_button.setEnabled(True)
            self.database_ready.emit()
        elif self.desk is None:
            url = self.url
            run_in_background(lambda _progress: _open(url), self._opened, self._failed)
        else:
            self._opened((self.desk, True))

    def _report_shown(self) -> None:
        print("GRID_DESK_WINDOW_SHOWN", flush=True)
        sys.stdout.flush()
        if self.desk is not None:
            self.reject()
        else:
            self.database_ready.connect(self.reject)
