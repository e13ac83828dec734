"""Put a service's error next to the field it is about, and clear it when the person edits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFrame, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

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


class _NoHeightForWidth(QVBoxLayout):
    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False


def scrolling(content: QWidget, *, shrink: bool = False) -> QScrollArea:
    """``content`` in a frameless scroll area: it fills the room it gets and scrolls when it needs more,
    so a long form never makes its window taller than the screen (the mediation case page once forced
    914 px onto a 768 px screen and hid its last fields).

    With word-wrapped text inside, Qt scrolls as soon as the content is shorter than it would *like*
    to be. ``shrink=True`` (a whole page) scrolls only when it is shorter than it *must* be: lists and
    text boxes give up room first, and the buttons at the bottom stay on screen."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    if shrink:
        holder = QWidget()
        layout = _NoHeightForWidth(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)
        content = holder
    area.setWidget(content)
    return area


def scrolled_body(outer: QVBoxLayout) -> QVBoxLayout:
    """A dialog's long part: a layout that scrolls inside ``outer``, above what ``outer`` gets next (the
    error line and the buttons, which so stay on screen)."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolling(body), 1)
    return layout


def open_width(dialog: QWidget, width: int) -> None:
    """Open ``dialog`` at least ``width`` wide. (``setMinimumWidth`` would also stop its layout from
    keeping it wide enough for its contents, and cut off their text.)"""
    hint = dialog.sizeHint()
    dialog.resize(max(width, hint.width()), hint.height())


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """Wide enough to show its whole placeholder (the hint is cut off otherwise, mid-word)."""
    margins = edit.textMargins()
    need = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + margins.left() + margins.right() + 24
    edit.setMinimumWidth(max(edit.minimumWidth(), need))
    return edit
