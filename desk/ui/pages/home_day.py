"""The "my day" part of the home page: figures as buttons that open the page with the details, and short
lists (applications due, today's sessions, agreements to sign, 司法确认 windows closing)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.services import home
from desk.ui.context import UiContext
from desk.ui.i18n import error_text
from desk.ui.worker import run_in_background

FIGURES = {
    "window_waiting": QT_TRANSLATE_NOOP("MyDay", "Waiting for my window"),
    "window_served": QT_TRANSLATE_NOOP("MyDay", "Served at my window today"),
    "my_running": QT_TRANSLATE_NOOP("MyDay", "My applications in progress"),
    "my_due_soon": QT_TRANSLATE_NOOP("MyDay", "Mine due soon"),
    "my_overdue": QT_TRANSLATE_NOOP("MyDay", "Mine overdue"),
    "sessions_today": QT_TRANSLATE_NOOP("MyDay", "My sessions today"),
    "unsigned": QT_TRANSLATE_NOOP("MyDay", "Agreements awaiting signatures"),
    "judicial_closing": QT_TRANSLATE_NOOP("MyDay", "Judicial confirmation closing"),
    "issued_today": QT_TRANSLATE_NOOP("MyDay", "Tickets issued today"),
    "waiting_now": QT_TRANSLATE_NOOP("MyDay", "Waiting now"),
    "served_today": QT_TRANSLATE_NOOP("MyDay", "Served today"),
    "registered_today": QT_TRANSLATE_NOOP("MyDay", "Applications registered today"),
    "overdue_cases": QT_TRANSLATE_NOOP("MyDay", "Overdue applications"),
    "open_bad_ratings": QT_TRANSLATE_NOOP("MyDay", "Bad ratings to follow up"),
}
LISTS = {
    "my_case": QT_TRANSLATE_NOOP("MyDay", "My applications due (last day)"),
    "session": QT_TRANSLATE_NOOP("MyDay", "My sessions today"),
    "unsigned": QT_TRANSLATE_NOOP("MyDay", "Agreements awaiting signatures"),
    "judicial": QT_TRANSLATE_NOOP("MyDay", "Judicial confirmation: last day to apply"),
}
COLUMNS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("MyDay", text)


class MyDayBox(QWidget):
    """Loads ``home.my_day`` off the GUI thread and shows it; ``refresh()`` when the station changed."""

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("MyDay")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.figures = QGridLayout()
        layout.addLayout(self.figures)
        self.lists = QVBoxLayout()
        layout.addLayout(self.lists)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons: dict[str, QPushButton] = {}
        self.list_widgets: dict[str, QListWidget] = {}
        self.day: home.MyDay | None = None
        self._loading = False

    def refresh(self) -> None:
        if self._loading:  # a burst of changes: one read at a time is enough
            return
        self._loading = True
        window = self.context.settings.window_number or 0

        def done(day: home.MyDay) -> None:
            if isValid(self):
                self._loading = False
                self.show_day(day)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._loading = False
                self.status.setText(error_text(exc))

        run_in_background(lambda _p: home.my_day(self.context.desk, self.context.actor, window), done, failed)

    def show_day(self, day: home.MyDay) -> None:
        self.day = day
        self.status.clear()
        for position, figure in enumerate(day.figures):
            button = self.buttons.get(figure.key)
            if button is None:
                button = QPushButton()
                button.setObjectName("DayFigure")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _checked=False, page=figure.page: self._open(page))
                self.buttons[figure.key] = button
                self.figures.addWidget(button, position // COLUMNS, position % COLUMNS)
            button.setText(f"{figure.value}\n{_tr(FIGURES[figure.key])}")
            button.setProperty("alarm", figure.alarm)
            button.style().unpolish(button)
            button.style().polish(button)
        for key, heading in LISTS.items():
            lines = [line for line in day.lines if line.key == key]
            if key not in self._list_keys(day):
                continue
            widget = self.list_widgets.get(key) or self._add_list(key, heading)
            widget.clear()
            for line in lines:
                item = QListWidgetItem(f"{line.when}  {line.text}".strip(), widget)
                item.setData(Qt.ItemDataRole.UserRole, line.page)
                if line.alarm:
                    item.setForeground(Qt.GlobalColor.darkRed)
            if not lines:
                QListWidgetItem(QCoreApplication.translate("MyDay", "Nothing today."), widget).setFlags(Qt.ItemFlag.NoItemFlags)
            widget.setFixedHeight(widget.sizeHintForRow(0) * max(1, min(len(lines), 4)) + 2 * widget.frameWidth() + 4)

    @staticmethod
    def _list_keys(day: home.MyDay) -> set[str]:
        """The lists this role has: the ones whose figures the service sent, even when they are empty."""
        keys = {figure.key for figure in day.figures}
        shown = set()
        if "my_running" in keys:
            shown.add("my_case")
        if "sessions_today" in keys:
            shown |= {"session", "unsigned", "judicial"}
        return shown

    def _add_list(self, key: str, heading: str) -> QListWidget:
        title = QLabel(_tr(heading))
        title.setObjectName("SectionTitle")
        widget = QListWidget()
        widget.setObjectName(f"MyDay_{key}")
        widget.itemActivated.connect(self._open_item)
        self.lists.addWidget(title)
        self.lists.addWidget(widget)
        self.list_widgets[key] = widget
        return widget

    def _open_item(self, item: QListWidgetItem) -> None:
        page = item.data(Qt.ItemDataRole.UserRole)
        if page:
            self._open(page)

    def _open(self, page: str) -> None:
        window: Any = self.window()
        if hasattr(window, "open_page") and page in window.page_keys():
            window.open_page(page)
