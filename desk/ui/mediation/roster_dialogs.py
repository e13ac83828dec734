"""Dialogs of the roster page: a person on the roster, a weekly shift, a day off or an extra shift, a room,
a closure day. Each is a small form whose service error is shown at its field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desk.core.mediation import STAFF_KINDS
from desk.services.mediation import duty_roster, rooms_roster
from desk.services.mediation.rooms_roster import RoomRow, StaffRow
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors, date_edit, open_width
from desk.ui.i18n import tr_label
from desk.ui.timefmt import weekday_name


def time_edit(hour: int, minute: int = 0) -> QTimeEdit:
    edit = QTimeEdit(QTime(hour, minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def pydate(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def hm(edit: QTimeEdit) -> str:
    return edit.time().toString("HH:mm")


class FormDialog(QDialog):
    """Rows of (label, widget); ``save`` raises a DeskError naming a field, or returns normally."""

    def __init__(
        self,
        title: str,
        rows: list[tuple[str, QWidget]],
        fields: dict[str, QWidget],
        save: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save_fn = save
        form = QFormLayout(self)
        for label, widget in rows:
            form.addRow(label, widget)
        self.errors = FieldErrors(QLabel(), fields)
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        open_width(self, 420)

    def _save(self) -> None:
        try:
            self._save_fn()
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()


def _active_box(existing: object) -> QCheckBox:
    """Editing offers "active": a person or room that is gone is retired, not deleted (history keeps it)."""
    box = QCheckBox(QCoreApplication.translate("RosterDialogs", "Active (can be booked)"))
    box.setChecked(bool(getattr(existing, "active", True)))
    return box


def staff_dialog(context: UiContext, parent: QWidget, existing: StaffRow | None = None) -> FormDialog:
    name, organisation, phone = QLineEdit(), QLineEdit(), QLineEdit()
    kind = QComboBox()
    for key, label in STAFF_KINDS.items():
        kind.addItem(tr_label("Mediation", label), key)
    active = _active_box(existing)
    rows = [
        (QCoreApplication.translate("RosterDialogs", "Name"), name),
        (QCoreApplication.translate("RosterDialogs", "Role"), kind),
        (QCoreApplication.translate("RosterDialogs", "Organisation"), organisation),
        (QCoreApplication.translate("RosterDialogs", "Phone"), phone),
    ]
    if existing is not None:
        name.setText(existing.name)
        kind.setCurrentIndex(max(0, kind.findData(existing.kind)))
        organisation.setText(existing.organisation)
        phone.setText(existing.phone)
        rows.append(("", active))
    return FormDialog(
        QCoreApplication.translate("RosterDialogs", "Person on the roster"),
        rows,
        {"name": name, "kind": kind, "organisation": organisation, "phone": phone},
        lambda: rooms_roster.save_staff(
            context.desk,
            context.actor,
            existing.id if existing else None,
            name=name.text(),
            kind=kind.currentData(),
            organisation=organisation.text(),
            phone=phone.text(),
            user_id=existing.user_id if existing else None,
            active=active.isChecked(),
        ),
        parent,
    )


def shift_dialog(context: UiContext, staff: list[StaffRow], parent: QWidget) -> FormDialog:
    person, weekday = QComboBox(), QComboBox()
    for s in staff:
        person.addItem(s.name, s.id)
    weekday.addItems([weekday_name(i) for i in range(1, 8)])
    start, end, valid_from, note = time_edit(8, 30), time_edit(17, 30), date_edit(context.today()), QLineEdit()
    return FormDialog(
        QCoreApplication.translate("RosterDialogs", "Weekly shift"),
        [
            (QCoreApplication.translate("RosterDialogs", "Person"), person),
            (QCoreApplication.translate("RosterDialogs", "Every"), weekday),
            (QCoreApplication.translate("RosterDialogs", "From"), start),
            (QCoreApplication.translate("RosterDialogs", "Until"), end),
            (QCoreApplication.translate("RosterDialogs", "Starting on"), valid_from),
            (QCoreApplication.translate("RosterDialogs", "Note"), note),
        ],
        {"start": start, "end": end, "valid_from": valid_from, "note": note, "weekday": weekday},
        lambda: duty_roster.add_shift(
            context.desk,
            context.actor,
            person.currentData(),
            weekday.currentIndex() + 1,
            hm(start),
            hm(end),
            pydate(valid_from),
            None,
            note.text(),
        ),
        parent,
    )


def exception_dialog(context: UiContext, staff: list[StaffRow], parent: QWidget) -> FormDialog:
    person, kind = QComboBox(), QComboBox()
    for s in staff:
        person.addItem(s.name, s.id)
    kind.addItem(QCoreApplication.translate("RosterDialogs", "Day off"), "off")
    kind.addItem(QCoreApplication.translate("RosterDialogs", "Extra shift"), "extra")
    day, start, end, note = date_edit(context.today()), time_edit(9), time_edit(12), QLineEdit()
    return FormDialog(
        QCoreApplication.translate("RosterDialogs", "Change to the duty roster"),
        [
            (QCoreApplication.translate("RosterDialogs", "Person"), person),
            (QCoreApplication.translate("RosterDialogs", "Day"), day),
            (QCoreApplication.translate("RosterDialogs", "Change"), kind),
            (QCoreApplication.translate("RosterDialogs", "From (extra shift)"), start),
            (QCoreApplication.translate("RosterDialogs", "Until (extra shift)"), end),
            (QCoreApplication.translate("RosterDialogs", "Note"), note),
        ],
        {"day": day, "kind": kind, "start": start, "end": end, "note": note},
        lambda: duty_roster.add_exception(
            context.desk,
            context.actor,
            person.currentData(),
            pydate(day),
            kind.currentData(),
            hm(start),
            hm(end),
            note.text(),
        ),
        parent,
    )


def room_dialog(context: UiContext, parent: QWidget, existing: RoomRow | None = None) -> FormDialog:
    name, location = QLineEdit(), QLineEdit()
    opens, closes = time_edit(8, 30), time_edit(17, 30)
    active = _active_box(existing)
    days = QWidget()
    row = QHBoxLayout(days)
    row.setContentsMargins(0, 0, 0, 0)
    boxes = []
    for i in range(1, 8):
        box = QCheckBox(weekday_name(i))
        box.setChecked(str(i) in existing.weekdays if existing else i <= 5)
        boxes.append(box)
        row.addWidget(box)
    buffer = QSpinBox()
    buffer.setRange(0, 120)
    buffer.setSingleStep(5)
    rows: list[tuple[str, QWidget]] = [
        (QCoreApplication.translate("RosterDialogs", "Name"), name),
        (QCoreApplication.translate("RosterDialogs", "Location"), location),
        (QCoreApplication.translate("RosterDialogs", "Opens"), opens),
        (QCoreApplication.translate("RosterDialogs", "Closes"), closes),
        (QCoreApplication.translate("RosterDialogs", "Open on"), days),
        (QCoreApplication.translate("RosterDialogs", "Buffer after each booking (minutes)"), buffer),
    ]
    if existing is not None:
        name.setText(existing.name)
        location.setText(existing.location)
        opens.setTime(QTime(existing.opens_min // 60, existing.opens_min % 60))
        closes.setTime(QTime(existing.closes_min // 60, existing.closes_min % 60))
        buffer.setValue(existing.buffer_min)
        rows.append(("", active))
    return FormDialog(
        QCoreApplication.translate("RosterDialogs", "Mediation room"),
        rows,
        {
            "name": name,
            "location": location,
            "start": opens,
            "end": closes,
            "weekdays": days,
            "buffer": buffer,
        },
        lambda: rooms_roster.save_room(
            context.desk,
            context.actor,
            existing.id if existing else None,
            name=name.text(),
            location=location.text(),
            opens=hm(opens),
            closes=hm(closes),
            weekdays="".join(str(i) for i, b in enumerate(boxes, start=1) if b.isChecked()),
            buffer_min=buffer.value(),
            active=active.isChecked(),
        ),
        parent,
    )


def closure_dialog(context: UiContext, parent: QWidget) -> FormDialog:
    room = QComboBox()
    for r in rooms_roster.list_rooms(context.desk, context.actor):
        room.addItem(r.name, r.id)
    day, reason = date_edit(context.today()), QLineEdit()
    dialog = FormDialog(
        QCoreApplication.translate("RosterDialogs", "Room closed for a day"),
        [
            (QCoreApplication.translate("RosterDialogs", "Room"), room),
            (QCoreApplication.translate("RosterDialogs", "Day"), day),
            (QCoreApplication.translate("RosterDialogs", "Reason"), reason),
        ],
        {"day": day, "reason": reason},
        lambda: rooms_roster.add_closure(
            context.desk, context.actor, room.currentData(), pydate(day), reason.text()
        ),
        parent,
    )
    dialog.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
    return dialog
