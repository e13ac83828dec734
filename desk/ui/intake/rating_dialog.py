"""The rating pad (好差评): five big buttons the citizen touches at the end of the visit. It opens on
the second screen when the counter has one that faces the citizen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.intake import ratings
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors

# Button colours from green (5) to red (1); text stays dark enough to read on each.
_COLOURS = {5: "#2e7d32", 4: "#558b2f", 3: "#f9a825", 2: "#ef6c00", 1: "#c62828"}


class RatingDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None, *, case_id: int | None = None,
                 ticket_id: int | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id, self.ticket_id = case_id, ticket_id
        self.chosen: int | None = None
        self.saved: ratings.RatingRow | None = None
        self.setWindowTitle(self.tr("How satisfied are you with our service?"))
        layout = QVBoxLayout(self)
        ask = QLabel(self.tr("How satisfied are you with our service today? Touch one button."))
        ask.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ask.setStyleSheet("font-size: 22px; font-weight: bold; padding: 12px;")
        ask.setWordWrap(True)
        layout.addWidget(ask)
        grid = QGridLayout()
        self.buttons: dict[int, QPushButton] = {}
        for column, level in enumerate(sorted(ratings.LEVELS, reverse=True)):
            label = QCoreApplication.translate("Rating", ratings.LEVEL_LABELS[level])
            button = QPushButton(f"{ratings.LEVELS[level]}\n{label}")
            button.setObjectName(f"level{level}")
            # Only the height is fixed: a minimum width would also stop the layout giving the longer
            # English words ("Very dissatisfied") the room they need.
            button.setMinimumHeight(120)
            button.setCheckable(True)
            button.setStyleSheet(f"QPushButton {{ font-size: 20px; color: white; background: {_COLOURS[level]}; "
                                 f"border-radius: 10px; }} QPushButton:checked {{ border: 5px solid #212121; }}")
            button.clicked.connect(lambda _checked=False, lv=level: self.choose(lv))
            grid.addWidget(button, 0, column)
            self.buttons[level] = button
        layout.addLayout(grid)
        self.comment_label = QLabel(self.tr("Please tell us what went wrong (optional):"))
        self.comment = QPlainTextEdit()
        self.comment.setMaximumHeight(90)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        self.errors = FieldErrors(QLabel(), {"comment": self.comment})
        layout.addWidget(self.errors.message)
        self.submit = QPushButton(self.tr("Submit"))
        self.submit.setObjectName("submit")
        self.submit.setMinimumHeight(56)
        self.submit.setEnabled(False)
        self.submit.clicked.connect(self.save)
        layout.addWidget(self.submit)
        self._show_comment(False)
        self.place_on_citizen_screen()

    def place_on_citizen_screen(self) -> None:
        screens = QGuiApplication.screens()
        if len(screens) > 1:  # the second screen faces the citizen at a counter that has one
            self.setGeometry(screens[1].availableGeometry())

    def _show_comment(self, on: bool) -> None:
        self.comment_label.setVisible(on)
        self.comment.setVisible(on)

    def choose(self, level: int) -> None:
        self.chosen = level
        for other, button in self.buttons.items():
            button.setChecked(other == level)
        self.submit.setEnabled(True)
        self._show_comment(level in ratings.FOLLOW_UP_LEVELS)
        if level not in ratings.FOLLOW_UP_LEVELS:
            self.save()  # one touch is enough when the citizen is satisfied

    def save(self) -> None:
        if self.chosen is None:
            return
        try:
            self.saved = ratings.rate(self.context.desk, self.context.actor, self.chosen,
                                      self.comment.toPlainText(), case_id=self.case_id, ticket_id=self.ticket_id)
        except Exception as exc:  # noqa: BLE001 - shown under the buttons
            self.errors.show(exc)
            return
        self.accept()
