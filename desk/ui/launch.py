"""Start the desk GUI: check the platform, build the application, sign in, open the main window."""

from __future__ import annotations

import argparse
import sys

from desk.ui.platform_check import platform_problem


def run_desk(args: argparse.Namespace) -> int:
    problem = platform_problem()
    if problem:
        print(f"Grid Desk: {problem}", file=sys.stderr)
        return 3
    from PySide6.QtWidgets import QApplication

    from desk.cli.common import database_url
    from desk.store.paths import APPLICATION, ORGANIZATION
    from desk.ui.session import DeskSession

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Grid Desk")
    session = DeskSession(database_url(args))
    if not session.start():
        return 0
    return app.exec()
