"""Removing what the roster page adds (issue 13): a weekly shift that no longer holds, a day off or extra
shift taken back, or a room closure day that was cancelled. A list of the entries and a Remove button; the service audits each removal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.mediation import format_minutes
from desk.services.mediation import duty_roster, rooms_roster
from desk.ui.context import UiContext
from desk.ui.i18n import error_text
from desk.ui.timefmt import weekday_name

CLOSURES_AHEAD = timedelta(days=366)  # closures can be entered for up to a year ahead


class RemovalDialog(QDialog):
    """``entries`` gives (id, text) of what may be removed now; ``remove`` removes one by id."""

    def __init__(self, title: str, entries: Callable[[], Sequence[tuple[int, str]]],
                 remove: Callable[[int], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._entries, self._remove = entries, remove
        self.removed = 0
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("entries")
        layout.addWidget(self.list, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setObjectName("remove")
        self.remove_button.clicked.connect(self._remove_selected)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        # enabled by a visible selection, not Qt's current item (set without a highlight when the list fills)
        self.list.itemSelectionChanged.connect(lambda: self.remove_button.setEnabled(
            bool(self.list.selectedItems())))
        self.setMinimumSize(480, 320)
        self._load()

    def _load(self) -> None:
        self.list.clear()
        for entry_id, text in self._entries():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            self.list.addItem(item)
        self.remove_button.setEnabled(False)
        if self.list.count() == 0:
            self.message.setText(self.tr("Nothing to remove."))

    def _remove_selected(self) -> None:
        selected = self.list.selectedItems()
        if not selected:
            return
        item = selected[0]
        text = item.text()
        try:
            self._remove(int(item.data(Qt.ItemDataRole.UserRole)))
        except Exception as exc:  # noqa: BLE001 - e.g. removed meanwhile on another terminal
            self.message.setText(error_text(exc))
            self._load()
            return
        self.removed += 1
        self._load()
        self.message.setText(self.tr("Removed: {0}").format(text))


def shifts_dialog(context: UiContext, parent: QWidget) -> RemovalDialog:
    desk, actor = context.desk, context.actor

    def entries() -> list[tuple[int, str]]:
        names = {s.id: s.name for s in rooms_roster.list_staff(desk, actor, include_inactive=True)}
        shifts = sorted(duty_roster.list_shifts(desk, actor), key=lambda s: (names.get(s.staff_id, ""), s.weekday,
                                                                              s.start_min))
        return [(s.id, f"{names.get(s.staff_id, '')}　{weekday_name(s.weekday)} "
                       f"{format_minutes(s.start_min)}–{format_minutes(s.end_min)}　"
                       f"{s.valid_from.isoformat()} – {s.valid_to.isoformat() if s.valid_to else '…'}"
                       + (f"　{s.note}" if s.note else "")) for s in shifts]

    return RemovalDialog(QCoreApplication.translate("RemovalDialog", "Remove a weekly shift"), entries,
                         lambda shift_id: duty_roster.remove_shift(desk, actor, shift_id), parent)


def exceptions_dialog(context: UiContext, parent: QWidget) -> RemovalDialog:
    desk, actor = context.desk, context.actor

    def entries() -> list[tuple[int, str]]:
        today = context.today()  # past days are history: only the coming ones can be taken back
        names = {s.id: s.name for s in rooms_roster.list_staff(desk, actor, include_inactive=True)}
        rows = []
        for e in duty_roster.list_exceptions(desk, actor, today, today + CLOSURES_AHEAD):
            what = (QCoreApplication.translate("RemovalDialog", "day off") if e.kind == "off" else
                    QCoreApplication.translate("RemovalDialog", "extra shift {0}").format(
                        f"{format_minutes(e.start_min or 0)}–{format_minutes(e.end_min or 0)}"))
            rows.append((e.id, f"{e.day.isoformat()} {weekday_name(e.day.isoweekday())}　{names.get(e.staff_id, '')}　"
                               f"{what}" + (f"　{e.note}" if e.note else "")))
        return rows

    return RemovalDialog(QCoreApplication.translate("RemovalDialog", "Remove a day off or extra shift"), entries,
                         lambda exception_id: duty_roster.remove_exception(desk, actor, exception_id), parent)


def closures_dialog(context: UiContext, parent: QWidget) -> RemovalDialog:
    desk, actor = context.desk, context.actor

    def entries() -> list[tuple[int, str]]:
        today = context.today()  # past closures are history: only the coming ones can be cancelled
        rooms = {r.id: r.name for r in rooms_roster.list_rooms(desk, actor, include_inactive=True)}
        return [(c.id, f"{c.day.isoformat()} {weekday_name(c.day.isoweekday())}　{rooms.get(c.room_id, '')}"
                       + (f"：{c.reason}" if c.reason else ""))
                for c in rooms_roster.list_closures(desk, actor, today, today + CLOSURES_AHEAD)]

    return RemovalDialog(QCoreApplication.translate("RemovalDialog", "Remove a room closure day"), entries,
                         lambda closure_id: rooms_roster.remove_closure(desk, actor, closure_id), parent)
