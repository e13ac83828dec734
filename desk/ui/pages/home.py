"""The first page after sign-in: who you are, where you are, your day (what waits and what is due for your
role), what you may do, and the keys to do it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desk.core.permissions import ROLE_LABELS
from desk.ui.backup_status import BackupStatusBox, shows_backups
from desk.ui.context import UiContext
from desk.ui.pages import pages_for
from desk.ui.pages.home_day import MyDayBox


class HomePage(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        # The page scrolls rather than forcing the window taller than a 1366×768 or 150 % screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        title = QLabel(self.tr("Welcome, {0}").format(context.actor.display_name))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        form = QFormLayout()
        station = context.station
        self.today = QLabel()
        form.addRow(self.tr("Station"), QLabel(station.name))
        if station.address:
            form.addRow(self.tr("Address"), QLabel(station.address))
        form.addRow(self.tr("Today"), self.today)
        form.addRow(self.tr("Your role"), QLabel(QCoreApplication.translate("Role", ROLE_LABELS[context.actor.role])))
        window = context.settings.window_number
        form.addRow(self.tr("This terminal"), QLabel(
            self.tr("Window {0}").format(window) if window else self.tr("not a service window (set it in Desk › "
                                                                       "Terminal settings)")))
        form.addRow(self.tr("Database"), QLabel(context.desk.db.describe()))
        layout.addLayout(form)
        self.day = MyDayBox(context)
        layout.addWidget(self.day)
        # The manager watches the backups here (last good one, its age, an unreachable second folder).
        self.backups = BackupStatusBox(context) if shows_backups(context) else None
        if self.backups is not None:
            layout.addWidget(self.backups)
        pages = [QCoreApplication.translate("Navigation", p.title) for p in pages_for(context.actor)]
        keys = QLabel(self.tr("Pages: {0}. Ctrl+1 … Ctrl+9 jump to them; Ctrl+, opens the terminal settings.")
                      .format(" · ".join(pages)))
        keys.setObjectName("Hint")
        keys.setWordWrap(True)
        layout.addWidget(keys)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.today.setText(self.context.today().isoformat())
        self.day.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - each time the manager comes back to this page
        super().showEvent(event)
        if self.backups is not None:
            self.backups.refresh()
