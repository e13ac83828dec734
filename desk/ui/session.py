"""One run of the desk: sign in -> main window -> sign out -> sign in again, on one open database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from desk.ui.i18n import install_translators
from desk.ui.terminal_settings import TerminalSettings
from desk.ui.theme import apply_theme

if TYPE_CHECKING:  # SQLAlchemy is imported by the worker that opens the database, after the window shows
    from desk.services.context import Desk


class DeskSession(QObject):
    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.desk: Desk | None = None
        self.window = None
        self.settings = TerminalSettings()

    def start(self) -> bool:
        """Show the sign-in dialog; False if the user closed it without signing in."""
        from desk.ui.signin import SignInDialog

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translators(app, self.settings.language)
        apply_theme(app, self.settings.theme)
        dialog = SignInDialog(self.url, self.settings, self.desk)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.desk = dialog.desk
        if not accepted or self.desk is None:
            return False
        self._open_main_window(dialog.result_actor, dialog.must_change_password)
        return True

    def _open_main_window(self, actor: object, must_change_password: bool) -> None:
        from desk.services.station import get_station
        from desk.ui.changes import ChangeWatcher
        from desk.ui.context import UiContext
        from desk.ui.main_window import MainWindow

        assert self.desk is not None
        changes = ChangeWatcher(self.desk)
        context = UiContext(self.desk, actor, self.settings, get_station(self.desk), changes)  # type: ignore[arg-type]
        self.window = MainWindow(context)
        self.window.signed_out.connect(self._signed_out)
        self.window.show_on_screen()
        changes.start()
        # Chinese fonts for printed documents load once, off the GUI thread, so the first print is quick;
        # a failure here is harmless: the first document loads them again and reports any problem.
        from desk.documents.fonts import preload
        from desk.ui.worker import run_in_background

        run_in_background(lambda _progress: preload(), lambda _fonts: None, lambda _exc: None)
        if must_change_password:
            from desk.ui.password_dialog import ChangePasswordDialog

            ChangePasswordDialog(context, self.window, forced=True).exec()

    def _signed_out(self) -> None:
        from desk.services.auth import sign_out

        window = self.window
        assert window is not None and self.desk is not None
        sign_out(self.desk, window.context.actor)
        window.close()
        window.deleteLater()
        self.window = None
        from desk.store.db_urls import signs_in_personally

        if signs_in_personally(self.url):
            # The connection was the person's own login: the next person signs in with theirs.
            self.desk.db.dispose()
            self.desk = None
        if not self.start():
            QApplication.quit()
