"""Answer a modal dialog the page is about to open, as a person would: the test waits for it to show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(kind: type[QWidget], steps: Callable[[QWidget], None], seen: list[QWidget] | None = None) -> None:
    """Run ``steps(dialog)`` once a modal ``kind`` is open (given up after two seconds: the test's own
    assertions then say what did not happen)."""
    tries = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(20, look)
            return
        if seen is not None:
            seen.append(dialog)
        steps(dialog)

    QTimer.singleShot(0, look)
