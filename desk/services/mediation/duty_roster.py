"""The duty roster (值班表): recurring weekly shifts of the people on the roster, days off and extra
shifts, and the resulting calendar."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, read, write
from desk.services.entry import entry
from desk.services.mediation.common import get_or_404, parse_day, required_day
from desk.services.mediation.rooms_roster import MSG_TIMES, MSG_WEEKDAYS, time_span
from desk.store.models.mediation import MedShift, MedShiftException, MedStaff

MSG_EXCEPTION_KIND = QT_TRANSLATE_NOOP("DeskError", "Choose whether the person is off that day or on an extra shift.")


@dataclass(frozen=True)
class ShiftRow:
    id: int
    staff_id: int
    weekday: int
    start_min: int
    end_min: int
    valid_from: date
    valid_to: date | None
    note: str


@dataclass(frozen=True)
class DutySlot:
    """Who is on duty on one day: from the weekly pattern or an extra shift."""

    day: date
    staff_id: int
    staff_name: str
    kind: str
    start_min: int
    end_min: int
    extra: bool
    note: str



@dataclass(frozen=True)
class ExceptionRow:
    """A day off or an extra shift of one person."""

    id: int
    staff_id: int
    day: date
    kind: str
    start_min: int | None
    end_min: int | None
    note: str


def _shift_row(s: MedShift) -> ShiftRow:
    return ShiftRow(s.id, s.staff_id, s.weekday, s.start_min, s.end_min, s.valid_from, s.valid_to, s.note)


@entry(needs=Permission.MEDIATION_MANAGE)
def add_shift(desk: Desk, actor: Actor, staff_id: int, weekday: int, start: str, end: str,
              valid_from: date | str, valid_to: date | str | None = None, note: str = "") -> ShiftRow:
    start_min, end_min = time_span(start, end)
    if not 1 <= weekday <= 7:
        raise ValidationError(MSG_WEEKDAYS, field="weekday")
    first = required_day(valid_from, field="valid_from", label=QT_TRANSLATE_NOOP("Field", "Valid from"))
    last = parse_day(valid_to, field="valid_to", label=QT_TRANSLATE_NOOP("Field", "Valid until"), required=False)
    if last is not None and last < first:
        raise ValidationError(MSG_TIMES, field="valid_to")
    clean_note = clean_text(note, field="note", label=QT_TRANSLATE_NOOP("Field", "Note"), max_length=120,
                            required=False)

    def work(session: Session) -> ShiftRow:
        get_or_404(session, MedStaff, staff_id, "person")
        shift = MedShift(staff_id=staff_id, weekday=weekday, start_min=start_min, end_min=end_min,
                         valid_from=first, valid_to=last, note=clean_note)
        session.add(shift)
        session.flush()
        row = _shift_row(shift)
        audit.append(session, actor, desk.now(), "mediation.shift.add", "med_shift", shift.id, None, asdict(row))
        return row

    return write(desk, actor, Permission.MEDIATION_MANAGE, work)


@entry
def remove_shift(desk: Desk, actor: Actor, shift_id: int) -> None:
    def work(session: Session) -> None:
        shift = get_or_404(session, MedShift, shift_id, "shift")
        audit.append(session, actor, desk.now(), "mediation.shift.remove", "med_shift", shift_id,
                     asdict(_shift_row(shift)), None)
        session.delete(shift)

    write(desk, actor, Permission.MEDIATION_MANAGE, work)


@entry
def list_shifts(desk: Desk, actor: Actor) -> list[ShiftRow]:
    def work(session: Session) -> list[ShiftRow]:
        query = (select(MedShift).join(MedStaff).where(MedStaff.station_id == actor.station_id)
                 .order_by(MedShift.weekday, MedShift.start_min))
        return [_shift_row(s) for s in session.execute(query).scalars()]

    return read(desk, actor, Permission.ROOM_BOOK, work)


@entry(needs=Permission.MEDIATION_MANAGE)
def add_exception(desk: Desk, actor: Actor, staff_id: int, day: date | str, kind: str, start: str = "",
                  end: str = "", note: str = "") -> int:
    """``kind`` "off" (no duty that day, whatever the pattern says) or "extra" (a one-off shift)."""
    when = required_day(day, field="day", label=QT_TRANSLATE_NOOP("Field", "Day"))
    if kind not in ("off", "extra"):
        raise ValidationError(MSG_EXCEPTION_KIND, field="kind")
    span = time_span(start, end) if kind == "extra" else (None, None)
    clean_note = clean_text(note, field="note", label=QT_TRANSLATE_NOOP("Field", "Note"), max_length=120,
                            required=False)

    def work(session: Session) -> int:
        get_or_404(session, MedStaff, staff_id, "person")
        row = MedShiftException(staff_id=staff_id, day=when, kind=kind, start_min=span[0], end_min=span[1],
                                note=clean_note)
        session.add(row)
        session.flush()
        audit.append(session, actor, desk.now(), "mediation.shift.exception", "med_staff", staff_id, None,
                     {"day": str(when), "kind": kind, "start": span[0], "end": span[1], "note": clean_note})
        return row.id

    return write(desk, actor, Permission.MEDIATION_MANAGE, work)


@entry
def list_exceptions(desk: Desk, actor: Actor, start: date, end: date) -> list[ExceptionRow]:
    def work(session: Session) -> list[ExceptionRow]:
        query = (select(MedShiftException).join(MedStaff).where(
            MedStaff.station_id == actor.station_id, MedShiftException.day >= start, MedShiftException.day <= end)
            .order_by(MedShiftException.day, MedShiftException.start_min))
        return [ExceptionRow(e.id, e.staff_id, e.day, e.kind, e.start_min, e.end_min, e.note)
                for e in session.execute(query).scalars()]

    return read(desk, actor, Permission.ROOM_BOOK, work)


@entry
def remove_exception(desk: Desk, actor: Actor, exception_id: int) -> None:
    """Take back a day off or an extra shift (the person's weekly pattern applies again that day)."""
    def work(session: Session) -> None:
        row = get_or_404(session, MedShiftException, exception_id, "day off or extra shift")
        audit.append(session, actor, desk.now(), "mediation.shift.exception_remove", "med_staff", row.staff_id,
                     {"day": str(row.day), "kind": row.kind, "start": row.start_min, "end": row.end_min,
                      "note": row.note}, None)
        session.delete(row)

    write(desk, actor, Permission.MEDIATION_MANAGE, work)


def duty_slots(session: Session, station_id: int, start: date, end: date) -> list[DutySlot]:
    """Every duty slot from ``start`` to ``end`` inclusive: weekly shifts minus days off, plus extras."""
    staff = {s.id: s for s in session.execute(select(MedStaff).where(
        MedStaff.station_id == station_id, MedStaff.active.is_(True))).scalars()}
    shifts = session.execute(select(MedShift).where(
        MedShift.staff_id.in_(staff), MedShift.valid_from <= end,
        or_(MedShift.valid_to.is_(None), MedShift.valid_to >= start))).scalars().all()
    exceptions = session.execute(select(MedShiftException).where(
        MedShiftException.staff_id.in_(staff), MedShiftException.day >= start,
        MedShiftException.day <= end)).scalars().all()
    off = {(e.staff_id, e.day) for e in exceptions if e.kind == "off"}
    slots: list[DutySlot] = []
    day = start
    while day <= end:
        for s in shifts:
            in_range = s.valid_from <= day and (s.valid_to is None or day <= s.valid_to)
            if s.weekday == day.isoweekday() and in_range and (s.staff_id, day) not in off:
                person = staff[s.staff_id]
                slots.append(DutySlot(day, person.id, person.name, person.kind, s.start_min, s.end_min,
                                      False, s.note))
        day += timedelta(days=1)
    for e in exceptions:
        if e.kind == "extra" and e.start_min is not None and e.end_min is not None:
            person = staff[e.staff_id]
            slots.append(DutySlot(e.day, person.id, person.name, person.kind, e.start_min, e.end_min, True,
                                  e.note))
    return sorted(slots, key=lambda d: (d.day, d.start_min, d.kind, d.staff_name))


def on_roster(session: Session, staff_ids: list[int]) -> set[int]:
    """The people whose duty the roster keeps (any weekly shift or day off/extra shift, ever).

    Someone with none, e.g. a lawyer or police officer called in when needed, is not refused by
    the duty check: the roster says nothing about them."""
    with_shifts = session.execute(select(MedShift.staff_id).where(MedShift.staff_id.in_(staff_ids))).scalars()
    with_days = session.execute(select(MedShiftException.staff_id).where(
        MedShiftException.staff_id.in_(staff_ids))).scalars()
    return set(with_shifts) | set(with_days)


@entry
def duty_roster(desk: Desk, actor: Actor, start: date, end: date) -> list[DutySlot]:
    """Every duty slot from ``start`` to ``end`` inclusive: weekly shifts minus days off, plus extras."""
    return read(desk, actor, Permission.ROOM_BOOK, lambda session: duty_slots(session, actor.station_id, start, end))
