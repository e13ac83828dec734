"""Book a room, or move / re-staff a booking. The service checks overlaps, hours and closures; its
sentence is shown at the field it names."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desk.core.mediation import STAFF_KINDS
from desk.core.permissions import Permission
from desk.services.mediation import bookings, cases
from desk.services.mediation.bookings import BookingRow
from desk.services.mediation.rooms_roster import RoomRow, StaffRow
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors, open_width
from desk.ui.i18n import tr_label


def _aware(day: QDate, moment: QTime, zone: ZoneInfo) -> datetime:
    return datetime.combine(date(day.year(), day.month(), day.day()), time(moment.hour(), moment.minute()),
                            tzinfo=zone)


class BookingDialog(QDialog):
    def __init__(self, context: UiContext, rooms: list[RoomRow], staff: list[StaffRow], *, room_id: int,
                 day: date, start_min: int, booking: BookingRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.booking = context, booking
        self.zone = ZoneInfo(context.station.timezone)
        self.result_row: BookingRow | None = None
        self.setWindowTitle(self.tr("Move booking") if booking else self.tr("Book a room"))
        form = QFormLayout(self)
        self.room = QComboBox()
        for room in rooms:
            self.room.addItem(f"{room.name}（{room.hours}）", room.id)
        self.room.setCurrentIndex(max(0, self.room.findData(room_id)))
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(QTime(start_min // 60, start_min % 60))
        self.end = QTimeEdit(QTime(min(23, start_min // 60 + 1), start_min % 60))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.buffer = QSpinBox()
        self.buffer.setRange(0, 120)
        self.buffer.setSingleStep(5)
        self.buffer.setSuffix(self.tr(" min"))
        self.buffer.setSpecialValueText(self.tr("room default"))
        self.staff = QListWidget()
        self.staff.setMaximumHeight(120)
        for person in staff:
            item = QListWidgetItem(f"{person.name} · {tr_label('Mediation', STAFF_KINDS[person.kind])}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.staff.addItem(item)
        self.case = QComboBox()
        self.case.addItem(self.tr("(no case yet)"), None)
        self.title_edit = QLineEdit()
        self.parties = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(60)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("Until"), self.end)
        form.addRow(self.tr("Buffer after"), self.buffer)
        form.addRow(self.tr("Mediators and staff"), self.staff)
        if booking is None:
            if context.actor.can(Permission.MEDIATION_READ):
                for row in cases.list_cases(context.desk, context.actor, status=None):
                    if row.status != "closed":
                        self.case.addItem(f"{row.number} {row.title}", row.id)
                form.addRow(self.tr("Case"), self.case)
            form.addRow(self.tr("Subject"), self.title_edit)
            form.addRow(self.tr("Parties"), self.parties)
            form.addRow(self.tr("Note"), self.note)
        else:
            self._load(booking)
        self.errors = FieldErrors(QLabel(), {"room": self.room, "start": self.start, "end": self.end,
                                             "staff": self.staff, "title": self.title_edit, "parties": self.parties,
                                             "buffer": self.buffer, "note": self.note})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        open_width(self, 460)

    def _load(self, booking: BookingRow) -> None:
        start, end = booking.start_at.astimezone(self.zone), booking.end_at.astimezone(self.zone)
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        self.buffer.setValue(int((booking.block_end - booking.end_at).total_seconds() // 60))
        for i in range(self.staff.count()):
            item = self.staff.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in booking.staff_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def check_staff(self, staff_ids: list[int]) -> None:
        for i in range(self.staff.count()):
            item = self.staff.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in staff_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen_staff(self) -> list[int]:
        return [self.staff.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.staff.count())
                if self.staff.item(i).checkState() == Qt.CheckState.Checked]

    def _save(self) -> None:
        start = _aware(self.day.date(), self.start.time(), self.zone)
        end = _aware(self.day.date(), self.end.time(), self.zone)
        buffer = self.buffer.value() or None
        try:
            if self.booking is None:
                self.result_row = bookings.create_booking(
                    self.context.desk, self.context.actor, self.room.currentData(), start, end, self.chosen_staff(),
                    case_id=self.case.currentData(), title=self.title_edit.text(), parties=self.parties.text(),
                    buffer_min=buffer, note=self.note.toPlainText())
            else:
                self.result_row = bookings.move_booking(
                    self.context.desk, self.context.actor, self.booking.id, self.room.currentData(), start, end,
                    self.chosen_staff(), buffer_min=self.buffer.value())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()
