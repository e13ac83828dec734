"""The "my day" part of the home page: figures as buttons that open the page with the details, and short
lists (applications due, today's sessions, agreements to sign, 司法确认 windows closing)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
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
# One row per part of the day, the station's first (what a manager looks at first); each row's figures
# in the order the service sends them.
SECTIONS = (
    (QT_TRANSLATE_NOOP("MyDay", "Station today"),
     ("issued_today", "waiting_now", "served_today", "registered_today", "overdue_cases", "open_bad_ratings")),
    (QT_TRANSLATE_NOOP("MyDay", "My window"), ("window_waiting", "window_served")),
    (QT_TRANSLATE_NOOP("MyDay", "My applications"), ("my_running", "my_due_soon", "my_overdue")),
    (QT_TRANSLATE_NOOP("MyDay", "My mediation"), ("sessions_today", "unsigned", "judicial_closing")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MyDay", text)


class FigureButton(QPushButton):
    """A number over its name. The name is a wrapping label, not the button's text: the theme upper-cases
    button texts and cannot wrap them, which cut English names to "ICKETS ISSUED TODA"."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("DayFigure")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = QLabel()
        self.number.setObjectName("DayFigureNumber")
        self.name = QLabel()
        self.name.setObjectName("DayFigureName")
        self.name.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        for label in (self.number, self.name):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a click is the button's
            layout.addWidget(label)

    def show_figure(self, value: int, name: str, alarm: bool) -> None:
        self.number.setText(str(value))
        self.name.setText(name)
        self.setAccessibleName(f"{name}: {value}")
        for widget in (self, self.number, self.name):
            widget.setProperty("alarm", alarm)
            widget.style().unpolish(widget)  # the alarm colour comes from the style sheet's [alarm="true"]
            widget.style().polish(widget)

    def sizeHint(self) -> QSize:  # noqa: N802 - room for the two labels, not for an empty text
        return self.layout().sizeHint()


class MyDayBox(QWidget):
    """Loads ``home.my_day`` off the GUI thread and shows it; ``refresh()`` when the station changed."""

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("MyDay")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.figures = QGridLayout()
        self.figures.setVerticalSpacing(6)
        for column in range(1, 1 + max(len(keys) for _title, keys in SECTIONS)):
            self.figures.setColumnStretch(column, 1)  # equal tiles, whatever their names' lengths
        layout.addLayout(self.figures)
        self.lists = QVBoxLayout()
        layout.addLayout(self.lists)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons: dict[str, FigureButton] = {}
        self.section_labels: dict[str, QLabel] = {}
        self.list_widgets: dict[str, QListWidget] = {}
        self.day: home.MyDay | None = None
        self._loading = self._again = False

    def refresh(self) -> None:
        if self._loading:  # a burst of changes: one read at a time, and one more after it for the latest
            self._again = True
            return
        self._loading, self._again = True, False
        window = self.context.settings.window_number or 0

        def done(day: home.MyDay) -> None:
            if isValid(self):
                self._loading = False
                self.show_day(day)
                if self._again:
                    self.refresh()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._loading = False
                self.status.setText(error_text(exc))

        run_in_background(lambda _p: home.my_day(self.context.desk, self.context.actor, window), done, failed)

    def show_day(self, day: home.MyDay) -> None:
        self.day = day
        self.status.clear()
        by_key = {figure.key: figure for figure in day.figures}
        row = 0
        for title, keys in SECTIONS:
            shown = [by_key[key] for key in keys if key in by_key]
            if not shown:
                continue
            if title not in self.section_labels:
                label = QLabel(_tr(title))
                label.setObjectName("SectionTitle")
                self.section_labels[title] = label
                self.figures.addWidget(label, row, 0)
            for column, figure in enumerate(shown, start=1):
                self._figure_button(figure, row, column)
            row += 1
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

    def _figure_button(self, figure: home.Figure, row: int, column: int) -> None:
        button = self.buttons.get(figure.key)
        if button is None:
            button = FigureButton()
            button.clicked.connect(lambda _checked=False, page=figure.page: self._open(page))
            self.buttons[figure.key] = button
            self.figures.addWidget(button, row, column)
        button.show_figure(figure.value, _tr(FIGURES[figure.key]), figure.alarm)

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
