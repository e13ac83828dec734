"""Rooms (opening hours, closure days) and the staff roster (police, mediators, lawyers).

The weekly duty shifts and their exceptions are in ``duty_roster``."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from desk.core.mediation import STAFF_KINDS, format_minutes, parse_minutes
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, read, write
from desk.services.entry import entry
from desk.services.mediation.common import get_or_404, required_day
from desk.store.models.mediation import MedRoom, MedRoomClosure, MedStaff


@dataclass(frozen=True)
class RoomRow:
    id: int
    name: str
    location: str
    opens_min: int
    closes_min: int
    weekdays: str
    buffer_min: int
    active: bool

    @property
    def hours(self) -> str:
        return f"{format_minutes(self.opens_min)}–{format_minutes(self.closes_min)}"


@dataclass(frozen=True)
class ClosureRow:
    id: int
    room_id: int
    day: date
    reason: str


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    kind: str
    organisation: str
    phone: str
    user_id: int | None
    active: bool


MSG_TIMES = QT_TRANSLATE_NOOP("DeskError", "The end time must be later than the start time. Correct the times.")
MSG_WEEKDAYS = QT_TRANSLATE_NOOP("DeskError", "Tick at least one weekday on which the room is open.")
MSG_BUFFER = QT_TRANSLATE_NOOP("DeskError", "The buffer must be between 0 and 120 minutes.")
MSG_KIND = QT_TRANSLATE_NOOP("DeskError", "Choose whether the person is a mediator, a police officer or a lawyer.")
MSG_ROOM_NAME = QT_TRANSLATE_NOOP("DeskError", "A room named {name} already exists. Choose another name.")
MSG_CLOSED_TWICE = QT_TRANSLATE_NOOP("DeskError", "The room is already marked closed on {day}.")


def _room_row(r: MedRoom) -> RoomRow:
    return RoomRow(r.id, r.name, r.location, r.opens_min, r.closes_min, r.weekdays, r.buffer_min, r.active)


def _staff_row(s: MedStaff) -> StaffRow:
    return StaffRow(s.id, s.name, s.kind, s.organisation, s.phone, s.user_id, s.active)


def time_span(start: str, end: str) -> tuple[int, int]:
    start_min = parse_minutes(start, field="start", label=QT_TRANSLATE_NOOP("Field", "Start time"))
    end_min = parse_minutes(end, field="end", label=QT_TRANSLATE_NOOP("Field", "End time"))
    if end_min <= start_min:
        raise ValidationError(MSG_TIMES, field="end")
    return start_min, end_min


# -- rooms ---------------------------------------------------------------------------------------
@entry
def save_room(desk: Desk, actor: Actor, room_id: int | None, *, name: str, location: str = "",
              opens: str = "08:30", closes: str = "17:30", weekdays: str = "12345", buffer_min: int = 0,
              active: bool = True) -> RoomRow:
    clean_name = clean_text(name, field="name", label=QT_TRANSLATE_NOOP("Field", "Room name"), max_length=60)
    clean_location = clean_text(location, field="location", label=QT_TRANSLATE_NOOP("Field", "Location"),
                                max_length=120, required=False)
    opens_min, closes_min = time_span(opens, closes)
    days = "".join(sorted(set(d for d in weekdays if d in "1234567")))
    if not days:
        raise ValidationError(MSG_WEEKDAYS, field="weekdays")
    if not 0 <= buffer_min <= 120:
        raise ValidationError(MSG_BUFFER, field="buffer")

    def work(session: Session) -> RoomRow:
        clash = session.execute(select(MedRoom.id).where(
            MedRoom.station_id == actor.station_id, MedRoom.name == clean_name, MedRoom.id != (room_id or 0))).first()
        if clash:
            raise ValidationError(MSG_ROOM_NAME, field="name", name=clean_name)
        room = MedRoom(station_id=actor.station_id) if room_id is None else get_or_404(session, MedRoom, room_id, "room")
        before = None if room_id is None else asdict(_room_row(room))
        room.name, room.location, room.opens_min, room.closes_min = clean_name, clean_location, opens_min, closes_min
        room.weekdays, room.buffer_min, room.active = days, buffer_min, active
        session.add(room)
        session.flush()
        after = _room_row(room)
        audit.append(session, actor, desk.now(), "mediation.room.save", "med_room", room.id, before, asdict(after))
        return after

    return write(desk, actor, Permission.MEDIATION_MANAGE, work)


@entry
def list_rooms(desk: Desk, actor: Actor, *, include_inactive: bool = False) -> list[RoomRow]:
    def work(session: Session) -> list[RoomRow]:
        query = select(MedRoom).where(MedRoom.station_id == actor.station_id).order_by(MedRoom.name)
        if not include_inactive:
            query = query.where(MedRoom.active.is_(True))
        return [_room_row(r) for r in session.execute(query).scalars()]

    return read(desk, actor, Permission.ROOM_BOOK, work)


@entry
def add_closure(desk: Desk, actor: Actor, room_id: int, day: date | str, reason: str = "") -> ClosureRow:
    closed = required_day(day, field="day", label=QT_TRANSLATE_NOOP("Field", "Closure day"))
    clean_reason = clean_text(reason, field="reason", label=QT_TRANSLATE_NOOP("Field", "Reason"),
                              max_length=120, required=False)

    def work(session: Session) -> ClosureRow:
        get_or_404(session, MedRoom, room_id, "room")
        if session.execute(select(MedRoomClosure.id).where(MedRoomClosure.room_id == room_id,
                                                           MedRoomClosure.day == closed)).first():
            raise Conflict(MSG_CLOSED_TWICE, field="day", day=closed.isoformat())
        row = MedRoomClosure(room_id=room_id, day=closed, reason=clean_reason)
        session.add(row)
        session.flush()
        audit.append(session, actor, desk.now(), "mediation.room.close_day", "med_room", room_id, None,
                     {"day": closed.isoformat(), "reason": clean_reason})
        return ClosureRow(row.id, room_id, row.day, row.reason)

    return write(desk, actor, Permission.MEDIATION_MANAGE, work)


@entry
def remove_closure(desk: Desk, actor: Actor, closure_id: int) -> None:
    def work(session: Session) -> None:
        row = get_or_404(session, MedRoomClosure, closure_id, "closure day")
        audit.append(session, actor, desk.now(), "mediation.room.reopen_day", "med_room", row.room_id,
                     {"day": row.day.isoformat(), "reason": row.reason}, None)
        session.delete(row)

    write(desk, actor, Permission.MEDIATION_MANAGE, work)


@entry
def list_closures(desk: Desk, actor: Actor, start: date, end: date) -> list[ClosureRow]:
    def work(session: Session) -> list[ClosureRow]:
        query = (select(MedRoomClosure).join(MedRoom).where(MedRoom.station_id == actor.station_id,
                 MedRoomClosure.day >= start, MedRoomClosure.day <= end).order_by(MedRoomClosure.day))
        return [ClosureRow(c.id, c.room_id, c.day, c.reason) for c in session.execute(query).scalars()]

    return read(desk, actor, Permission.ROOM_BOOK, work)


# -- staff roster --------------------------------------------------------------------------------
@entry(needs=Permission.MEDIATION_MANAGE)
def save_staff(desk: Desk, actor: Actor, staff_id: int | None, *, name: str, kind: str, organisation: str = "",
               phone: str = "", user_id: int | None = None, active: bool = True) -> StaffRow:
    clean_name = clean_text(name, field="name", label=QT_TRANSLATE_NOOP("Field", "Name"), max_length=60)
    if kind not in STAFF_KINDS:
        raise ValidationError(MSG_KIND, field="kind")
    clean_org = clean_text(organisation, field="organisation", label=QT_TRANSLATE_NOOP("Field", "Organisation"),
                           max_length=120, required=False)
    clean_phone = clean_text(phone, field="phone", label=QT_TRANSLATE_NOOP("Field", "Phone"), max_length=40,
                             required=False)

    def work(session: Session) -> StaffRow:
        staff = MedStaff(station_id=actor.station_id) if staff_id is None else get_or_404(session, MedStaff, staff_id, "person")
        before = None if staff_id is None else asdict(_staff_row(staff))
        staff.name, staff.kind, staff.organisation, staff.phone = clean_name, kind, clean_org, clean_phone
        staff.user_id, staff.active = user_id, active
        session.add(staff)
        session.flush()
        after = _staff_row(staff)
        audit.append(session, actor, desk.now(), "mediation.staff.save", "med_staff", staff.id, before, asdict(after))
        return after

    return write(desk, actor, Permission.MEDIATION_MANAGE, work)


@entry
def list_staff(desk: Desk, actor: Actor, *, include_inactive: bool = False) -> list[StaffRow]:
    def work(session: Session) -> list[StaffRow]:
        query = select(MedStaff).where(MedStaff.station_id == actor.station_id).order_by(MedStaff.kind, MedStaff.name)
        if not include_inactive:
            query = query.where(MedStaff.active.is_(True))
        return [_staff_row(s) for s in session.execute(query).scalars()]

    return read(desk, actor, Permission.ROOM_BOOK, work)
