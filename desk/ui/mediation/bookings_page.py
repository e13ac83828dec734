"""The mediation rooms: a day view (one column per room) and a week view (one column per day of a room).

Click a free slot to book it, click a booking to move it, re-staff it or cancel it, or drag it to
another time or column; every change goes through the booking service, which refuses overlaps.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.core.mediation import format_minutes
from desk.services.mediation import bookings, rooms_roster
from desk.services.mediation.bookings import BookingRow
from desk.services.mediation.rooms_roster import ClosureRow, RoomRow
from desk.ui.context import UiContext
from desk.ui.mediation.booking_dialog import BookingDialog
from desk.ui.mediation.time_grid import GridColumn, TimeGrid
from desk.ui.messages import show_error
from desk.ui.timefmt import day_label


class BookingsPage(QWidget):
    shows = frozenset({"med_booking", "med_booking_staff", "med_room", "med_room_closure", "med_staff", "med_case"})  # reloads only when these change (MainWindow)
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.zone = ZoneInfo(context.station.timezone)
        self.day = self.context.today()
        self.rooms: list[RoomRow] = []
        self.bookings: list[BookingRow] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Mediation rooms"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.day_button, self.week_button = QPushButton(self.tr("Day")), QPushButton(self.tr("Week"))
        self.mode = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            self.mode.addButton(button)
            bar.addWidget(button)
        self.week_button.setChecked(True)
        self.mode.buttonClicked.connect(lambda _b: self.refresh())
        for text, step in ((self.tr("◀ Earlier"), -1), (self.tr("Today"), 0), (self.tr("Later ▶"), 1)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=step: self._go(s))
            bar.addWidget(button)
        self.range_label = QLabel()
        bar.addWidget(self.range_label, 1)
        self.room_box = QComboBox()
        self.room_box.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(QLabel(self.tr("Room")))
        bar.addWidget(self.room_box)
        book = QPushButton(self.tr("Book…"))
        book.clicked.connect(lambda: self._book(0, 9 * 60))
        bar.addWidget(book)
        layout.addLayout(bar)
        self.grid = TimeGrid(self.zone)
        self.grid.slotClicked.connect(self._book)
        self.grid.bookingClicked.connect(self._open_booking)
        self.grid.bookingDropped.connect(self._dropped)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid)
        layout.addWidget(scroll, 1)
        self.hint = QLabel(self.tr("Click a free time to book it; click a booking to move or cancel it, or drag it."))
        self.hint.setObjectName("HintText")
        layout.addWidget(self.hint)
        self._load_rooms()
        self.refresh()

    # -- data ---------------------------------------------------------------------------------
    def _load_rooms(self) -> None:
        self.rooms = rooms_roster.list_rooms(self.context.desk, self.context.actor)
        current = self.room_box.currentData()
        self.room_box.blockSignals(True)
        self.room_box.clear()
        for room in self.rooms:
            self.room_box.addItem(room.name, room.id)
        self.room_box.setCurrentIndex(max(0, self.room_box.findData(current)))
        self.room_box.blockSignals(False)

    def week_mode(self) -> bool:
        return self.week_button.isChecked()

    def days(self) -> list[date]:
        if not self.week_mode():
            return [self.day]
        monday = self.day - timedelta(days=self.day.weekday())
        return [monday + timedelta(days=i) for i in range(7)]

    def _column(self, room: RoomRow, day: date, closures: dict[tuple[int, date], ClosureRow], title: str) -> GridColumn:
        closure = closures.get((room.id, day))
        if closure is not None:
            return GridColumn(day, room.id, title, "", None, None, self.tr("closed: {0}").format(closure.reason or "—"))
        if str(day.isoweekday()) not in room.weekdays:
            return GridColumn(day, room.id, title, "", None, None, self.tr("closed"))
        return GridColumn(day, room.id, title, room.hours, room.opens_min, room.closes_min)

    def refresh(self) -> None:
        try:
            self._load_rooms()
            days = self.days()
            closures = {(c.room_id, c.day): c for c in rooms_roster.list_closures(
                self.context.desk, self.context.actor, days[0], days[-1])}
            start = datetime.combine(days[0], time(0), tzinfo=self.zone)
            end = datetime.combine(days[-1] + timedelta(days=1), time(0), tzinfo=self.zone)
            self.bookings = bookings.bookings_between(self.context.desk, self.context.actor, start, end)
        except Exception as exc:  # noqa: BLE001 - e.g. the server is unreachable for a moment
            show_error(self, exc)
            return
        if self.week_mode():
            room = next((r for r in self.rooms if r.id == self.room_box.currentData()), None)
            columns = [self._column(room, d, closures, day_label(d))
                       for d in days] if room else []
            label = f"{days[0]:%Y-%m-%d} – {days[-1]:%Y-%m-%d}"
        else:
            columns = [self._column(r, self.day, closures, r.name) for r in self.rooms]
            label = day_label(self.day, with_year=True)
        self.room_box.setEnabled(self.week_mode())
        self.range_label.setText(label)
        self.grid.set_content(columns, self.bookings)

    def _go(self, step: int) -> None:
        today = self.context.today()
        self.day = today if step == 0 else self.day + timedelta(days=step * (7 if self.week_mode() else 1))
        self.refresh()

    # -- actions ------------------------------------------------------------------------------
    def _staff(self) -> list:
        return rooms_roster.list_staff(self.context.desk, self.context.actor)

    def _book(self, column: int, minutes: int) -> None:
        if not self.rooms:
            QMessageBox.information(self, self.tr("Book a room"),
                                    self.tr("No mediation room is set up yet. Ask the station manager to add one."))
            return
        target = self.grid.columns[column] if 0 <= column < len(self.grid.columns) else None
        room_id = target.room_id if target else self.rooms[0].id
        day = target.day if target else self.day
        dialog = BookingDialog(self.context, self.rooms, self._staff(), room_id=room_id, day=day, start_min=minutes,
                               end_min=self.default_end(room_id, day, minutes), parent=self)
        if dialog.exec():
            self.refresh()

    def default_end(self, room_id: int, day: date, minutes: int) -> int:
        """An hour, or less if the room's next booking that day comes sooner: the free time just before a
        booking ends early enough to leave the room its turnover, so it is not refused."""
        end = minutes + 60
        buffer = next((r.buffer_min for r in self.rooms if r.id == room_id), 0)
        for b in self.bookings:
            local = b.start_at.astimezone(self.zone)
            if b.room_id == room_id and not b.cancelled and local.date() == day:
                starts = local.hour * 60 + local.minute
                if starts > minutes:
                    end = min(end, starts - buffer)
        return end if end > minutes else minutes + 60

    def _find(self, booking_id: int) -> BookingRow | None:
        return next((b for b in self.bookings if b.id == booking_id), None)

    def _open_booking(self, booking_id: int) -> None:
        booking = self._find(booking_id)
        if booking is None:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Booking"))
        start, end = booking.start_at.astimezone(self.zone), booking.end_at.astimezone(self.zone)
        box.setText(f"{booking.room_name}　{start:%Y-%m-%d %H:%M}–{end:%H:%M}\n{booking.title}\n"
                    f"{'、'.join(booking.staff_names)}\n{booking.case_number or booking.parties}")
        move = cancel = None
        if booking.may_change:
            move = box.addButton(self.tr("Move or change…"), QMessageBox.ButtonRole.AcceptRole)
            cancel = box.addButton(self.tr("Cancel booking…"), QMessageBox.ButtonRole.DestructiveRole)
        else:
            box.setInformativeText(self.tr("A mediation session: only a mediator may move or cancel it."))
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if move is not None and box.clickedButton() is move:
            minutes = start.hour * 60 + start.minute
            dialog = BookingDialog(self.context, self.rooms, self._staff(), room_id=booking.room_id, day=start.date(),
                                   start_min=minutes, booking=booking, parent=self)
            if dialog.exec():
                self.refresh()
        elif cancel is not None and box.clickedButton() is cancel:
            self.cancel(booking)

    def cancel(self, booking: BookingRow) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Cancel booking"), self.tr("Why is it cancelled?"))
        if not ok:
            return
        try:
            bookings.cancel_booking(self.context.desk, self.context.actor, booking.id, reason)
        except Exception as exc:  # noqa: BLE001 - shown to the person
            show_error(self, exc)
        self.refresh()

    def _dropped(self, booking_id: int, column: int, minutes: int) -> None:
        booking = self._find(booking_id)
        if booking is None or not 0 <= column < len(self.grid.columns):
            return
        if not booking.may_change:
            self.refresh()  # the session springs back: only a mediator moves it
            return
        target = self.grid.columns[column]
        length = booking.end_at - booking.start_at
        start = datetime.combine(target.day, time(0), tzinfo=self.zone) + timedelta(minutes=minutes)
        try:
            bookings.move_booking(self.context.desk, self.context.actor, booking_id, target.room_id, start,
                                  start + length)
        except Exception as exc:  # noqa: BLE001 - the service's sentence says why and what to do
            show_error(self, exc, self.tr("Cannot move to {0} {1}").format(target.day.isoformat(),
                                                                           format_minutes(minutes)))
        self.refresh()
