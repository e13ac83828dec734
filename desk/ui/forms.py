"""Put a service's error next to the field it is about, and clear it when the person edits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QFrame, QLabel, QLineEdit, QScrollArea, QWidget

from desk.core.errors import DeskError
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
        self.clear()
        self.message.setText(error_text(exc))
        field = exc.field if isinstance(exc, DeskError) else None
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setStyleSheet(_ERROR_STYLE)
            widget.setFocus()


def date_edit(day: date) -> QDateEdit:
    """A date field with a calendar pop-up, starting on ``day`` (the desk's today, never the PC's)."""
    edit = QDateEdit(QDate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area: it fills the room it gets and scrolls when it needs more,
    so a long form never makes its window taller than the screen (the mediation case page once forced
    914 px onto a 768 px screen and hid its last fields)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """Wide enough to show its whole placeholder (the hint is cut off otherwise, mid-word)."""
    margins = edit.textMargins()
    need = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + margins.left() + margins.right() + 24
    edit.setMinimumWidth(max(edit.minimumWidth(), need))
    return edit
