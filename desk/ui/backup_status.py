"""What the manager sees of the backups: the last good one, its age, and a warning when something
needs doing (no recent backup, the second backup folder cannot be reached).

The status touches the second folder (maybe a network share), so it is read off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from desk.core.permissions import Permission
from desk.services import backups
from desk.ui.context import UiContext
from desk.ui.i18n import error_text
from desk.ui.timefmt import local
from desk.ui.worker import run_in_background


def shows_backups(context: UiContext) -> bool:
    return context.actor.can(Permission.STATION_EDIT) and context.desk.db.sqlite_path is not None


def load_status(owner: QWidget, context: UiContext, on_done: Callable[[backups.BackupStatus], None],
                on_error: Callable[[BaseException], None]) -> None:
    """Read the status off the GUI thread; the answer is dropped if ``owner`` was closed meanwhile."""
    def done(status: backups.BackupStatus) -> None:
        if isValid(owner):
            on_done(status)

    def failed(exc: BaseException) -> None:
        if isValid(owner):
            on_error(exc)

    run_in_background(lambda _progress: backups.backup_status(context.desk, context.actor), done, failed)


def age_text(age: timedelta) -> str:
    minutes = max(0, int(age.total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("BackupStatus", "{0} minutes ago").format(minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("BackupStatus", "{0} hours ago").format(minutes // 60)
    return QCoreApplication.translate("BackupStatus", "{0} days ago").format(minutes // (24 * 60))


def warning_text(status: backups.BackupStatus) -> str:
    return " ".join(error_text(problem) for problem in status.problems)


class BackupStatusBox(QWidget):
    """"Last backup" and "Second backup folder" rows and a warning line (for the home page)."""

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.last = QLabel(self.tr("checking…"))
        self.last.setObjectName("lastBackup")
        self.second = QLabel("")
        self.second.setObjectName("secondBackupFolder")
        self.warning = QLabel("")
        self.warning.setObjectName("backupWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.warning.hide()
        self.back_up_now = QPushButton(self.tr("Back up now"))
        self.back_up_now.setObjectName("backUpNow")
        self.back_up_now.clicked.connect(self.take_backup)
        self.back_up_now.setVisible(context.actor.can(Permission.BACKUP))
        form.addRow(self.tr("Last backup"), self.last)
        form.addRow(self.tr("Second backup folder"), self.second)
        form.addRow(self.warning)
        form.addRow(self.back_up_now)

    def take_backup(self) -> None:
        """A manual backup off the GUI thread (the file may be large), then the status again."""
        self.back_up_now.setEnabled(False)
        self.last.setText(self.tr("backing up…"))
        desk, actor = self.context.desk, self.context.actor

        def done(_taken: object) -> None:
            if isValid(self):
                self.back_up_now.setEnabled(True)
                self.refresh()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.back_up_now.setEnabled(True)
                self.show_error(exc)

        run_in_background(lambda _progress: backups.take_now(desk, actor), done, failed)

    def refresh(self) -> None:
        load_status(self, self.context, self.show_status, self.show_error)

    def show_status(self, status: backups.BackupStatus) -> None:
        if status.last is None or status.age is None:
            self.last.setText(self.tr("none yet"))
        else:
            self.last.setText(self.tr("{0} ({1})").format(
                local(status.last.taken_at, self.context.station.timezone), age_text(status.age)))
        self.second.setText(str(status.second_folder) if status.second_folder else
                            self.tr("none (a manager can set one on the Station page)"))
        text = warning_text(status)
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def show_error(self, exc: BaseException) -> None:
        self.warning.setText(error_text(exc))
        self.warning.show()
