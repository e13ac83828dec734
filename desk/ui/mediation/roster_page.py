"""The duty roster (三所联动 值班表): who of the police, mediators and lawyers is on duty each day of a
week, from the weekly shifts and their exceptions. Managers edit it here, and set up rooms."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.mediation import STAFF_KINDS, format_minutes
from desk.core.permissions import Permission
from desk.services.mediation import duty_roster, rooms_roster
from desk.ui.context import UiContext
from desk.ui.i18n import tr_label
from desk.ui.mediation.roster_dialogs import (
    closure_dialog,
    exception_dialog,
    room_dialog,
    shift_dialog,
    staff_dialog,
)
from desk.ui.mediation.roster_removal import closures_dialog, exceptions_dialog, shifts_dialog
from desk.ui.messages import show_error
from desk.ui.timefmt import day_label

KIND_COLOURS = {"mediator": "#e3f2fd", "police": "#e8eaf6", "lawyer": "#e8f5e9"}


class RosterPage(QWidget):
    shows = frozenset({"med_staff", "med_shift", "med_shift_exception", "app_user"})  # reloads only when these change (MainWindow)
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.zone = ZoneInfo(context.station.timezone)
        today = self.context.today()
        self.monday = today - timedelta(days=today.weekday())
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Duty roster"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        bar = QHBoxLayout()
        for text, step in ((self.tr("◀ Earlier"), -7), (self.tr("This week"), 0), (self.tr("Later ▶"), 7)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=step: self._go(s))
            bar.addWidget(button)
        self.range_label = QLabel()
        bar.addWidget(self.range_label, 1)
        layout.addLayout(bar)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        if context.actor.can(Permission.MEDIATION_MANAGE):
            # two rows, adding and removing, so the buttons fit a 1366-pixel screen
            adding = ((self.tr("Add person…"), lambda: staff_dialog(self.context, self)),
                      (self.tr("Add weekly shift…"), lambda: shift_dialog(self.context, self._staff(), self)),
                      (self.tr("Day off / extra shift…"), lambda: exception_dialog(self.context, self._staff(), self)),
                      (self.tr("Edit person…"), self._edit_person),
                      (self.tr("Add room…"), lambda: room_dialog(self.context, self)),
                      (self.tr("Edit room…"), self._edit_room),
                      (self.tr("Room closed on a day…"), lambda: closure_dialog(self.context, self)))
            removing = ((self.tr("Remove weekly shift…"), lambda: shifts_dialog(self.context, self)),
                        (self.tr("Remove day off / extra shift…"), lambda: exceptions_dialog(self.context, self)),
                        (self.tr("Remove closure day…"), lambda: closures_dialog(self.context, self)))
            for group in (adding, removing):
                edit = QHBoxLayout()
                for text, make in group:
                    button = QPushButton(text)
                    button.clicked.connect(lambda _c=False, m=make: self._edit(m))
                    edit.addWidget(button)
                edit.addStretch(1)
                layout.addLayout(edit)
        self.refresh()

    def _staff(self) -> list:
        return rooms_roster.list_staff(self.context.desk, self.context.actor)

    def _go(self, step: int) -> None:
        if step == 0:
            today = self.context.today()
            self.monday = today - timedelta(days=today.weekday())
        else:
            self.monday += timedelta(days=step)
        self.refresh()

    def _edit(self, make) -> None:  # type: ignore[no-untyped-def]
        try:
            dialog = make()
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        if dialog is not None:
            accepted = dialog.exec()
            if accepted or getattr(dialog, "removed", 0):  # a removal dialog is closed, not accepted
                self.refresh()

    def _pick(self, title: str, rows: list, label) -> object | None:  # type: ignore[no-untyped-def]
        """Ask which entry to edit (retired ones included, marked), or None if cancelled."""
        names = [label(r) if r.active else self.tr("{0} (retired)").format(label(r)) for r in rows]
        if not names:
            return None
        choice, ok = QInputDialog.getItem(self, title, title, names, 0, False)
        return rows[names.index(choice)] if ok else None

    def _edit_person(self):  # type: ignore[no-untyped-def]
        people = rooms_roster.list_staff(self.context.desk, self.context.actor, include_inactive=True)
        chosen = self._pick(self.tr("Which person?"), people, lambda r: r.name)
        return staff_dialog(self.context, self, chosen) if chosen else None

    def _edit_room(self):  # type: ignore[no-untyped-def]
        rooms = rooms_roster.list_rooms(self.context.desk, self.context.actor, include_inactive=True)
        chosen = self._pick(self.tr("Which room?"), rooms, lambda r: r.name)
        return room_dialog(self.context, self, chosen) if chosen else None

    def refresh(self) -> None:
        days = [self.monday + timedelta(days=i) for i in range(7)]
        try:
            staff = self._staff()
            slots = duty_roster.duty_roster(self.context.desk, self.context.actor, days[0], days[-1])
            closures = rooms_roster.list_closures(self.context.desk, self.context.actor, days[0], days[-1])
            rooms = {r.id: r.name for r in rooms_roster.list_rooms(self.context.desk, self.context.actor)}
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.range_label.setText(f"{days[0]:%Y-%m-%d} – {days[-1]:%Y-%m-%d}")
        self.table.clear()
        self.table.setColumnCount(7)
        self.table.setRowCount(len(staff) + 1)
        self.table.setHorizontalHeaderLabels([day_label(d) for d in days])
        self.table.setVerticalHeaderLabels(
            [f"{s.name}（{tr_label('Mediation', STAFF_KINDS[s.kind])}）" for s in staff] + [self.tr("Rooms closed")])
        by_cell: dict[tuple[int, date], list[str]] = {}
        for slot in slots:
            text = f"{format_minutes(slot.start_min)}–{format_minutes(slot.end_min)}"
            by_cell.setdefault((slot.staff_id, slot.day), []).append(
                text + (self.tr(" (extra)") if slot.extra else "") + (f" {slot.note}" if slot.note else ""))
        for row, person in enumerate(staff):
            for column, day in enumerate(days):
                lines = by_cell.get((person.id, day), [])
                item = QTableWidgetItem("\n".join(lines) if lines else "—")
                if lines:
                    item.setBackground(QBrush(QColor(KIND_COLOURS.get(person.kind, "#ffffff"))))
                self.table.setItem(row, column, item)
        for column, day in enumerate(days):
            names = [f"{rooms.get(c.room_id, '')}：{c.reason}" for c in closures if c.day == day]
            item = QTableWidgetItem("\n".join(names))
            if names:
                item.setForeground(QBrush(QColor("#c62828")))
            self.table.setItem(len(staff), column, item)
        self.table.resizeRowsToContents()
