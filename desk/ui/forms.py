"""Put a service's error next to the field it is about, and clear it when the person edits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from desk.core.errors import DeskError
from desk.core.field_checks import ValidationErrors
from desk.ui.i18n import error_text

_ERROR_STYLE = "border: 2px solid #c62828;"


class FieldErrors:
    def __init__(self, message: QLabel, fields: dict[str, QWidget]) -> None:
        self.message = message
        self.fields = fields
        message.setObjectName("ErrorText")
        message.setStyleSheet("color: #c62828;")
        message.setWordWrap(True)

    def clear(self) -> None:
        self.message.clear()
        for widget in self.fields.values():
            widget.setStyleSheet("")

    def show(self, exc: BaseException) -> None:
        """The sentence(s) under the form; every field named is marked, the first one gets the keyboard."""
        self.clear()
        self.message.setText(error_text(exc))
        problems = exc.problems if isinstance(exc, ValidationErrors) else [exc]
        marked = [self.fields[p.field] for p in problems
                  if isinstance(p, DeskError) and p.field and p.field in self.fields]
        for widget in marked:
            widget.setStyleSheet(_ERROR_STYLE)
        if marked:
            marked[0].setFocus()


def date_edit(day: date) -> QDateEdit:
    """A date field with a calendar pop-up, starting on ``day`` (the desk's today, never the PC's)."""
    edit = QDateEdit(QDate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
