"""Book a room, or move / re-staff a booking. The service checks overlaps, hours and closures; its
sentence is shown at the field it names."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
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
                 day: date, start_min: int, end_min: int | None = None, booking: BookingRow | None = None,
                 parent: QWidget | None = None) -> None:
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
        until = end_min if end_min is not None and end_min > start_min else min(23 * 60 + 59, start_min + 60)
        self.end = QTimeEdit(QTime(until // 60, until % 60))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        # The room's turnover time, shown as a number (not "room default"), so 0 can be chosen and
        # nobody is surprised by a hidden buffer; it follows the room until the user changes it.
        self.buffers = {room.id: room.buffer_min for room in rooms}
        self.buffer = QSpinBox()
        self.buffer.setRange(0, 120)
        self.buffer.setSingleStep(5)
        self.buffer.setSuffix(self.tr(" min"))
        self.buffer.setToolTip(self.tr("Time the room needs after this session before the next one."))
        self.buffer.setValue(self.buffers.get(self.room.currentData(), 0))
        self.room.currentIndexChanged.connect(
            lambda _i: self.buffer.setValue(self.buffers.get(self.room.currentData(), self.buffer.value())))
        # Real check boxes (a list's item indicators were invisible under the theme), each name part of
        # its box, so clicking the name ticks it.
        self.staff = QScrollArea()
        self.staff.setWidgetResizable(True)
        self.staff.setMaximumHeight(140)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 4, 4)
        self.staff_boxes: dict[int, QCheckBox] = {}
        for person in staff:
            check = QCheckBox(f"{person.name} · {tr_label('Mediation', STAFF_KINDS[person.kind])}")
            check.setObjectName(f"staff_{person.id}")
            self.staff_boxes[person.id] = check
            column.addWidget(check)
        column.addStretch(1)
        self.staff.setWidget(box)
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
        self.check_staff(list(booking.staff_ids))

    def check_staff(self, staff_ids: list[int]) -> None:
        for staff_id, check in self.staff_boxes.items():
            if staff_id in staff_ids:
                check.setChecked(True)

    def chosen_staff(self) -> list[int]:
        return [staff_id for staff_id, check in self.staff_boxes.items() if check.isChecked()]

    def _save(self) -> None:
        start = _aware(self.day.date(), self.start.time(), self.zone)
        end = _aware(self.day.date(), self.end.time(), self.zone)
        buffer = self.buffer.value()
        try:
            if self.booking is None:
                self.result_row = bookings.create_booking(
                    self.context.desk, self.context.actor, self.room.currentData(), start, end, self.chosen_staff(),
                    case_id=self.case.currentData(), title=self.title_edit.text(), parties=self.parties.text(),
                    buffer_min=buffer, note=self.note.toPlainText())
            else:
                self.result_row = bookings.move_booking(
                    self.context.desk, self.context.actor, self.booking.id, self.room.currentData(), start, end,
                    self.chosen_staff(), buffer_min=buffer)
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()
