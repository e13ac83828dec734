"""Start a full-screen queue window (kiosk, hall display) without anybody signing in.

These terminals act as a fixed, named device (``kiosk@host``, ``display@host``): the audit trail
records which machine issued a number. They open the database like every entry point (backup,
migrate), install the translation, pick the screen, and poll the change counter like the desk.
"""

from __future__ import annotations

import argparse
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from desk.core.permissions import Permission, Role
from desk.services.context import Actor, Desk
from desk.services.station import STATION_ID

# What each unattended device may do: the kiosk takes numbers; the display changes nothing.
DEVICE_PERMISSIONS = {"kiosk": frozenset({Permission.QUEUE_ISSUE}), "display": frozenset()}


def device_actor(kind: str, label: str) -> Actor:
    """A clerk's role narrowed to the device's own rights (nothing, for an unknown kind)."""
    return Actor(None, kind, label, Role.CLERK, STATION_ID, f"{kind}@{socket.gethostname()}",
                 only=DEVICE_PERMISSIONS.get(kind, frozenset()))


def place(window: QWidget, screen_index: int | None, windowed: bool) -> None:
    screens = QGuiApplication.screens()
    screen = QGuiApplication.primaryScreen()
    if screen_index is not None and 0 <= screen_index < len(screens):
        screen = screens[screen_index]
    if windowed:
        window.resize(1280, 800)
        window.move(screen.geometry().topLeft())
        window.show()
    else:
        # The geometry first: a bare X session on a kiosk PC has no window manager to honour "full screen".
        window.setGeometry(screen.geometry())
        window.showFullScreen()
    # Staff leave a full-screen terminal with Ctrl+Shift+Q (there is no title bar to close it).
    quit_key = QShortcut(QKeySequence("Ctrl+Shift+Q"), window)
    quit_key.setContext(Qt.ShortcutContext.ApplicationShortcut)
    quit_key.activated.connect(window.close)


def run_fullscreen(args: argparse.Namespace, build: Callable[[Desk], QWidget]) -> int:
    """Shared body of ``main.py kiosk`` and ``main.py display``."""
    from desk.ui.platform_check import platform_problem

    problem = platform_problem()
    if problem:
        print(f"Grid Desk: {problem}", file=sys.stderr)
        return 3
    from desk.cli.common import open_desk
    from desk.store.paths import APPLICATION, ORGANIZATION
    from desk.ui.i18n import install_translators
    from desk.ui.terminal_settings import TerminalSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    install_translators(app, TerminalSettings().language)
    desk = open_desk(args)
    window = build(desk)
    place(window, getattr(args, "screen", None), getattr(args, "windowed", False))
    return app.exec()
