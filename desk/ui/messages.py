"""Showing problems to a person: one sentence that says what to do next, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from desk.core.errors import DeskError
from desk.ui.i18n import error_text

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if not isinstance(exc, DeskError):
        log.error("unexpected error", exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title or parent_title(parent), error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.exec()


def parent_title(parent: QWidget | None) -> str:
    return parent.window().windowTitle() if parent is not None else "Grid Desk"
