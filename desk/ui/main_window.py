"""The main window: navigation on the left (only what the role may use), the page, a status bar."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desk.core.permissions import ROLE_LABELS
from desk.services.backups import BackupStatus
from desk.ui.backup_status import load_status, shows_backups, warning_text
from desk.ui.context import UiContext
from desk.ui.forms import scrolling
from desk.ui.messages import show_error
from desk.ui.pages import PageSpec, pages_for


class PageStack(QStackedWidget):
    """The pages, each inside its own scroll area: no page can make the window taller or wider than the
    screen (the mediation case page once forced 914 px onto a 768 px screen), and a short page is not
    stretched to the tallest one opened before it. Callers deal in pages, never in their areas."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: list[tuple[QWidget, QScrollArea]] = []

    def add_page(self, page: QWidget) -> None:
        area = scrolling(page, shrink=True)
        self._shown.append((page, area))
        self.addWidget(area)

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt's name
        area = super().currentWidget()
        return next((page for page, shown in self._shown if shown is area), area)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 - Qt's name
        super().setCurrentWidget(next((area for shown, area in self._shown if shown is page), page))


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Grid Desk — {0}").format(context.station.name))
        self._specs = pages_for(context.actor)
        self._pages: dict[str, QWidget] = {}

        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.stack = PageStack()
        for spec in self._specs:
            QListWidgetItem(QCoreApplication.translate("Navigation", spec.title), self.navigation)
        self.navigation.currentRowChanged.connect(self._show_row)
        # Choosing a page (a click, Enter, Ctrl+1…9) takes the keyboard into it, so the page's own keys
        # (F1 on the queue workbench) work at once; arrowing through the list leaves focus in the list.
        self.navigation.itemClicked.connect(lambda _item: self._enter_page())
        self.navigation.itemActivated.connect(lambda _item: self._enter_page())

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 2)  # every pixel counts at 1280×680 (150 % on 1080p)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self._build_status_bar()
        self.navigation.setCurrentRow(0)
        self._held, self._held_page = QTimer(self), cast(Any, None)  # refreshes held back for a heavy page
        self._held.setSingleShot(True)
        self._held.timeout.connect(self._refresh_held)
        context.changes.changed_in.connect(self._refresh_current)

    # -- pages --------------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def open_page(self, key: str) -> QWidget:
        self._jump(self.page_keys().index(key))
        return self._pages[key]

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _jump(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
        self._enter_page()

    def _enter_page(self) -> None:
        """Put the keyboard in the current page: its ``first_focus()`` if it names one, else its first
        widget that takes focus with Tab."""
        page = self.current_page()
        if page is None:
            return
        chosen = getattr(page, "first_focus", None)
        target = chosen() if callable(chosen) else None
        if target is None:
            target = next((w for w in page.findChildren(QWidget)
                           if w.isVisibleTo(page) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus),
                          page)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec: PageSpec = self._specs[row]
        if spec.key not in self._pages:
            try:
                page = spec.create(self.context)
            except Exception as exc:  # noqa: BLE001 - a broken page must not take the desk down
                show_error(self, exc)
                return
            self._pages[spec.key] = page
            self.stack.add_page(page)
        self.stack.setCurrentWidget(self._pages[spec.key])

    def _refresh_current(self, tables: frozenset[str] | None = None) -> None:
        """Another terminal changed something. A page that declares the tables it shows (``shows``, a
        set of table names) reloads only when one of them changed (an empty set: only on request); a
        page that does not, every time. Fewer reloads also mean fewer access records: one per list
        the user could see change, not one a second for the same rows."""
        page: Any = self.current_page()
        if page is None or not hasattr(page, "refresh"):
            return
        shows = getattr(page, "shows", None)
        if shows is not None and (not shows or tables is not None and not tables & shows):
            return
        every = getattr(page, "refresh_every_ms", 0)  # a page whose refresh is heavy: at most this often
        if not every:
            page.refresh()
            return
        if not self._held.isActive():  # the first change refreshes after the interval; later ones join it
            self._held_page = page
            self._held.start(every)

    def _refresh_held(self) -> None:
        if self._held_page is self.current_page():  # the user may have gone to another page since
            self._held_page.refresh()
        self._held_page = None

    # -- chrome -------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        settings = QAction(self.tr("Terminal &settings…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self._open_settings)
        password = QAction(self.tr("Change my &password…"), self)
        password.triggered.connect(self._change_password)
        sign_out = QAction(self.tr("Sign &out"), self)
        sign_out.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        sign_out.triggered.connect(self._sign_out)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows and bare X
        quit_action.triggered.connect(self.close)
        for action in (settings, password, sign_out):
            desk_menu.addAction(action)
        desk_menu.addSeparator()
        desk_menu.addAction(quit_action)
        # Ctrl+1..9 jump to the pages in navigation order (keyboard first for clerks).
        for number in range(1, min(9, len(self._specs)) + 1):
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{number}"))
            jump.triggered.connect(lambda _checked=False, row=number - 1: self._jump(row))
            self.addAction(jump)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Grid Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        ctx = self.context
        role = QCoreApplication.translate("Role", ROLE_LABELS[ctx.actor.role])
        kind = self.tr("SQLite file") if ctx.desk.db.kind == "sqlite" else self.tr("PostgreSQL server")
        parts = [ctx.station.name, "", f"{ctx.actor.display_name} ({role})", kind]
        for index, text in enumerate(parts):
            label = QLabel(text)
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
            if index == 1:
                self.window_label = label
        self._show_window_number()
        self.statusBar().setToolTip(ctx.desk.db.describe())
        # The manager is told in every page's status bar when the backups need attention.
        self.backup_warning = QLabel()
        self.backup_warning.setObjectName("backupWarning")
        self.backup_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.backup_warning.hide()
        self.statusBar().addWidget(self.backup_warning, 1)
        if shows_backups(ctx):
            self._backup_check = QTimer(self)  # a disk unplugged later shows up within the quarter hour
            self._backup_check.setInterval(15 * 60 * 1000)
            self._backup_check.timeout.connect(self.check_backups)
            self._backup_check.start()
            self.check_backups()

    def _show_window_number(self) -> None:
        window = self.context.settings.window_number
        self.window_label.setText(self.tr("Window {0}").format(window) if window else self.tr("No window number"))

    def check_backups(self) -> None:
        load_status(self, self.context, self._show_backup_status, lambda _exc: None)

    def _show_backup_status(self, status: BackupStatus) -> None:
        text = warning_text(status)
        self.backup_warning.setText(self.tr("Backups: {0}").format(text) if text else "")
        self.backup_warning.setToolTip(text)
        self.backup_warning.setVisible(bool(text))

    def _open_settings(self) -> None:
        from desk.ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.context.settings, self).exec():
            # The window number counts at once: the status bar and every open page follow it now.
            self._show_window_number()
            for page in self._pages.values():
                refresh = getattr(page, "refresh", None)
                if callable(refresh):
                    refresh()

    def _change_password(self) -> None:
        from desk.ui.password_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.context, self).exec()

    def _sign_out(self) -> None:
        from desk.ui.sign_out import may_sign_out

        if may_sign_out(self, self.context):
            self.signed_out.emit()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Grid Desk"), self.tr(
            "Grid Desk — front desk of a community service station: queue numbers, one-window intake, "
            "mediation and the daily log.\nDatabase: {0}").format(self.context.desk.db.describe()))

    def show_on_screen(self) -> None:
        """Where it was on this terminal last time; the first time, maximised, so a 1366×768 office screen
        shows the whole desk, status bar included (a fixed size hid its bottom off screen)."""
        saved = self.context.settings.window_geometry
        if saved is not None and self.restoreGeometry(saved):  # Qt moves it back onto a screen that exists
            self.show()
            return
        # The whole available screen first: a bare X session (a kiosk-style PC) has no window manager to
        # honour "maximised".
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - signing out and quitting both come here
        for page in self._pages.values():
            leave = getattr(page, "leave", None)  # e.g. the workbench: its window shows as not open
            if callable(leave):
                leave()
        self.context.settings.window_geometry = self.saveGeometry()
        self.context.settings.sync()
        self.context.changes.stop()
        super().closeEvent(event)
