"""Room bookings that never overlap for the same room or the same staff member.

The check runs inside the write transaction, so two terminals cannot both take one slot:
- SQLite: the transaction starts with BEGIN IMMEDIATE (Database.transact), so writers are
  serialised and the overlap query sees every committed booking;
- PostgreSQL: the room row and the staff rows are locked (SELECT ... FOR UPDATE, in id order so
  two bookings never deadlock) before the query; the exclusion constraints of migration m0001
  are the last line of defence and turn into the same Conflict.
Intervals are half-open. A room needs its buffer (turnover: airing, tidying) between two sessions, so a
room's booking holds [start, end + buffer); a person needs no turnover, so a person's link holds the
real [start, end) (links written before issue 13 hold end + buffer, which is only stricter). A
refusal names the other booking's real times and, when only the turnover is in the way, says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.mediation import MAX_BOOKING, format_minutes
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, require, write
from desk.services.entry import entry
from desk.services.mediation.booking_rules import check_day, check_on_duty
from desk.services.mediation.common import (
    MSG_NOT_FOUND,
    get_or_404,
    local_day,
    local_minutes,
    require_aware,
    station_zone,
)
from desk.store.models.mediation import MedBooking, MedBookingStaff, MedRoom, MedRoomClosure, MedStaff
from desk.store.models.mediation_case import MedCase

MSG_ORDER = QT_TRANSLATE_NOOP("DeskError", "The booking must end after it starts. Correct the end time.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("DeskError", "A booking can last at most 12 hours. Split it into several bookings.")
MSG_NO_STAFF = QT_TRANSLATE_NOOP("DeskError", "Choose at least one mediator or other staff member for the booking.")
MSG_ROOM_INACTIVE = QT_TRANSLATE_NOOP("DeskError", "The room {room} is no longer in use. Choose another room.")
MSG_STAFF_INACTIVE = QT_TRANSLATE_NOOP("DeskError", "{name} is no longer on the roster. Choose someone else.")
MSG_CLOSED_WEEKDAY = QT_TRANSLATE_NOOP(
    "DeskError", "The room {room} is not open on {day} ({weekday}). Choose another day or another room.")
MSG_CLOSED_DAY = QT_TRANSLATE_NOOP(
    "DeskError", "The room {room} is closed on {day} ({reason}). Choose another day or another room.")
MSG_OUTSIDE_HOURS = QT_TRANSLATE_NOOP(
    "DeskError", "The room {room} is open from {opens} to {closes}; the booking from {start} to {end} is outside "
                 "those hours. Choose a time within the opening hours.")
MSG_ROOM_TAKEN = QT_TRANSLATE_NOOP(
    "DeskError", "The room {room} is already booked from {start} to {end} ({title}). Choose another time or room.")
MSG_ROOM_TURNOVER = QT_TRANSLATE_NOOP(
    "DeskError", "The room {room} is booked from {start} to {end} ({title}) and needs {minutes} minutes between "
                 "two sessions to be made ready. Leave that gap, or choose another room.")
MSG_PERSON_TAKEN = QT_TRANSLATE_NOOP(
    "DeskError", "{name} is already booked from {start} to {end} in {room} ({title}). Choose another time or "
                 "another person.")
MSG_RACE = QT_TRANSLATE_NOOP(
    "DeskError", "Another terminal booked this room or person for the same time a moment ago. Refresh and choose "
                 "another time.")
MSG_CANCELLED = QT_TRANSLATE_NOOP("DeskError", "This booking was cancelled and cannot be changed.")
_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")  # printed as on the station's notices


@dataclass(frozen=True)
class BookingRow:
    id: int
    room_id: int
    room_name: str
    case_id: int | None
    case_number: str
    title: str
    parties: str
    start_at: datetime
    end_at: datetime
    block_end: datetime
    staff_ids: tuple[int, ...]
    staff_names: tuple[str, ...]
    cancelled: bool
    note: str
    created_by: str
    may_change: bool = True  # False: a case's session this actor may not move or cancel (mediators do)


def _hm(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def _check_hours(session: Session, room: MedRoom, start: datetime, end: datetime, zone: ZoneInfo) -> None:
    day = local_day(start, zone)
    if str(day.isoweekday()) not in room.weekdays:
        raise Conflict(MSG_CLOSED_WEEKDAY, field="start", room=room.name, day=day.isoformat(),
                       weekday=_WEEKDAYS[day.weekday()])
    closure = session.execute(select(MedRoomClosure).where(MedRoomClosure.room_id == room.id,
                                                           MedRoomClosure.day == day)).scalar_one_or_none()
    if closure is not None:
        raise Conflict(MSG_CLOSED_DAY, field="start", room=room.name, day=day.isoformat(),
                       reason=closure.reason or "—")
    start_min = local_minutes(start, zone)
    end_min = start_min + int((end - start).total_seconds() // 60)
    if start_min < room.opens_min or end_min > room.closes_min:
        raise Conflict(MSG_OUTSIDE_HOURS, field="start", room=room.name, opens=format_minutes(room.opens_min),
                       closes=format_minutes(room.closes_min), start=_hm(start, zone), end=_hm(end, zone))


def _check_free(session: Session, room: MedRoom, staff: Sequence[MedStaff], start: datetime, end: datetime,
                block_end: datetime, zone: ZoneInfo, ignore_id: int | None) -> None:
    """Refuse if a live booking of the room overlaps [start, block_end) or its own turnover does, or a
    booking of a person overlaps [start, end)."""
    # start_at > start - MAX_BOOKING bounds the index range scan: no booking is longer than that.
    earliest = start - MAX_BOOKING - timedelta(hours=2)
    clashes = session.execute(select(MedBooking).where(
        MedBooking.room_id == room.id, MedBooking.cancelled.is_(False), MedBooking.id != (ignore_id or 0),
        MedBooking.start_at > earliest, MedBooking.start_at < block_end, MedBooking.block_end > start,
    ).order_by(MedBooking.start_at).limit(3)).scalars().all()  # at most: turnover before, overlap, turnover after
    real = [b for b in clashes if b.start_at < end and b.end_at > start]
    if clashes:
        room_clash = (real or clashes)[0]
        values = dict(room=room.name, start=_hm(room_clash.start_at, zone), end=_hm(room_clash.end_at, zone),
                      title=room_clash.title or "—")
        if room_clash.start_at < end and room_clash.end_at > start:
            raise Conflict(MSG_ROOM_TAKEN, field="start", **values)
        # Only a turnover is in the way: the earlier session's buffer is the one that applies.
        gap = room_clash.block_end - room_clash.end_at if room_clash.start_at < start else block_end - end
        raise Conflict(MSG_ROOM_TURNOVER, field="start", minutes=int(gap.total_seconds() // 60), **values)
    by_id = {s.id: s for s in staff}
    person_clash = session.execute(select(MedBookingStaff, MedBooking).join(MedBooking).where(
        MedBookingStaff.staff_id.in_(by_id), MedBookingStaff.cancelled.is_(False),
        MedBookingStaff.booking_id != (ignore_id or 0), MedBookingStaff.start_at > earliest,
        MedBookingStaff.start_at < end, MedBookingStaff.block_end > start,
    ).order_by(MedBookingStaff.start_at).limit(1)).first()
    if person_clash is not None:
        link, other = person_clash
        other_room = session.get(MedRoom, other.room_id)
        raise Conflict(MSG_PERSON_TAKEN, field="staff", name=by_id[link.staff_id].name,
                       start=_hm(other.start_at, zone), end=_hm(other.end_at, zone),
                       room=other_room.name if other_room else "—", title=other.title or "—")


def _lock(session: Session, room_id: int, staff_ids: Sequence[int]) -> tuple[MedRoom, list[MedStaff]]:
    room = get_or_404(session, MedRoom, room_id, "room", lock=True)
    staff = list(session.execute(select(MedStaff).where(MedStaff.id.in_(sorted(set(staff_ids))))
                                 .order_by(MedStaff.id).with_for_update()).scalars())
    return room, staff


def _place(session: Session, actor: Actor, now: datetime, booking: MedBooking, room_id: int,
           staff_ids: Sequence[int], start: datetime, end: datetime, buffer_min: int | None) -> None:
    """Validate and (re)place ``booking`` at room/time/people; raises before anything is written."""
    zone = station_zone(session, actor.station_id)
    room, staff = _lock(session, room_id, staff_ids)
    if not room.active or room.station_id != actor.station_id:
        raise Conflict(MSG_ROOM_INACTIVE, field="room", room=room.name)
    if len(staff) != len(set(staff_ids)):  # someone was removed from the roster meanwhile
        raise NotFound(MSG_NOT_FOUND, what="person")
    for person in staff:
        if not person.active:
            raise Conflict(MSG_STAFF_INACTIVE, field="staff", name=person.name)
    check_day(session, now, start, zone)
    _check_hours(session, room, start, end, zone)
    check_on_duty(session, actor.station_id, staff, start, end, zone)
    buffer = room.buffer_min if buffer_min is None else buffer_min
    block_end = end + timedelta(minutes=buffer)
    _check_free(session, room, staff, start, end, block_end, zone, booking.id)
    booking.room_id, booking.start_at, booking.end_at, booking.block_end = room.id, start, end, block_end
    session.add(booking)
    session.flush()
    existing = {link.staff_id: link for link in session.execute(
        select(MedBookingStaff).where(MedBookingStaff.booking_id == booking.id)).scalars()}
    for staff_id, link in existing.items():
        if staff_id not in {s.id for s in staff}:
            session.delete(link)
    for person in staff:
        link = existing.get(person.id) or MedBookingStaff(booking_id=booking.id, staff_id=person.id)
        link.start_at, link.block_end, link.cancelled = start, end, False  # a person needs no turnover
        session.add(link)
    try:
        session.flush()
    except IntegrityError as exc:  # the PostgreSQL exclusion constraint caught what the check could not
        if getattr(exc.orig, "sqlstate", None) == "23P01":
            raise Conflict(MSG_RACE, field="start") from None
        raise


def _validate(start: datetime, end: datetime, staff_ids: Sequence[int], buffer_min: int | None) -> tuple[datetime, datetime]:
    start, end = require_aware(start), require_aware(end)
    if end <= start:
        raise ValidationError(MSG_ORDER, field="end")
    # The buffer's range first: it is added to a time just below, and a huge one overflows.
    if buffer_min is not None and not 0 <= buffer_min <= 120:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "The buffer must be between 0 and 120 minutes."),
                              field="buffer")
    if end - start + timedelta(minutes=buffer_min or 0) > MAX_BOOKING:
        raise ValidationError(MSG_TOO_LONG, field="end")
    if not staff_ids:
        raise ValidationError(MSG_NO_STAFF, field="staff")
    return start, end


def _rows(session: Session, bookings: Sequence[MedBooking]) -> list[BookingRow]:
    """Plain rows for many bookings in three queries (rooms, case numbers, people), not 3 per booking."""
    if not bookings:
        return []
    rooms = dict(session.execute(select(MedRoom.id, MedRoom.name)).all())
    case_ids = {b.case_id for b in bookings if b.case_id}
    numbers = dict(session.execute(select(MedCase.id, MedCase.number).where(MedCase.id.in_(case_ids))).all()
                   ) if case_ids else {}
    people: dict[int, list[tuple[int, str]]] = {}
    links = session.execute(select(MedBookingStaff.booking_id, MedStaff.id, MedStaff.name).join(MedStaff).where(
        MedBookingStaff.booking_id.in_([b.id for b in bookings])).order_by(MedStaff.kind, MedStaff.name))
    for booking_id, staff_id, name in links:
        people.setdefault(booking_id, []).append((staff_id, name))
    return [BookingRow(b.id, b.room_id, rooms.get(b.room_id, ""), b.case_id, numbers.get(b.case_id or 0, ""),
                       b.title, b.parties, b.start_at, b.end_at, b.block_end,
                       tuple(i for i, _ in people.get(b.id, [])), tuple(n for _, n in people.get(b.id, [])),
                       b.cancelled, b.note, b.created_by) for b in bookings]


def _row(session: Session, booking: MedBooking) -> BookingRow:
    return _rows(session, [booking])[0]


CASE_SESSION_TITLE = "调解"  # all a clerk sees of a case's session: the room is taken, for mediation


def _shown(actor: Actor, rows: list[BookingRow]) -> list[BookingRow]:
    """A clerk books the room too, and must see when it is taken, but not who is in dispute with whom:
    for a case's session, roles that may not read mediation cases get time, room and "调解" only, and
    a session only mediators may move or cancel says so (the screen offers neither)."""
    reads, writes = actor.can(Permission.MEDIATION_READ), actor.can(Permission.MEDIATION_WRITE)
    shown = []
    for r in rows:
        if r.case_id is not None:
            r = replace(r, may_change=writes) if reads else replace(
                r, case_id=None, case_number="", title=CASE_SESSION_TITLE, parties="", note="", may_change=writes)
        shown.append(r)
    return shown


def _require_case_rights(actor: Actor, booking: MedBooking) -> None:
    """Only mediators (and managers) move or cancel a case's session; a clerk's own booking stays theirs."""
    if booking.case_id is not None:
        require(actor, Permission.MEDIATION_WRITE)


def _audit_view(row: BookingRow) -> dict[str, object]:
    return {k: v for k, v in asdict(row).items() if k not in ("staff_names", "room_name")}


@entry(needs=Permission.ROOM_BOOK)
def create_booking(desk: Desk, actor: Actor, room_id: int, start: datetime, end: datetime,
                   staff_ids: Sequence[int], *, case_id: int | None = None, title: str = "", parties: str = "",
                   buffer_min: int | None = None, note: str = "") -> BookingRow:
    start, end = _validate(start, end, staff_ids, buffer_min)
    clean_title = clean_text(title, field="title", label=QT_TRANSLATE_NOOP("Field", "Subject"), max_length=120,
                             required=False)
    clean_parties = clean_text(parties, field="parties", label=QT_TRANSLATE_NOOP("Field", "Parties"),
                               max_length=300, required=False)
    clean_note = clean_text(note, field="note", label=QT_TRANSLATE_NOOP("Field", "Note"), max_length=1000,
                            required=False, multiline=True)

    def work(session: Session) -> BookingRow:
        if case_id is not None:
            case = get_or_404(session, MedCase, case_id, "mediation case")
            title_text = clean_title or case.title
        else:
            title_text = clean_title
        booking = MedBooking(station_id=actor.station_id, case_id=case_id, title=title_text, parties=clean_parties,
                             note=clean_note, created_by=actor.username, created_at=desk.now())
        _place(session, actor, desk.now(), booking, room_id, staff_ids, start, end, buffer_min)
        row = _row(session, booking)
        audit.append(session, actor, desk.now(), "mediation.booking.create", "med_booking", booking.id, None,
                     _audit_view(row))
        return _shown(actor, [row])[0]

    return write(desk, actor, Permission.ROOM_BOOK, work)


@entry
def move_booking(desk: Desk, actor: Actor, booking_id: int, room_id: int, start: datetime, end: datetime,
                 staff_ids: Sequence[int] | None = None, buffer_min: int | None = None) -> BookingRow:
    """Move to another time and/or room (and optionally change who takes part); same checks as creating."""

    def work(session: Session) -> BookingRow:
        booking = get_or_404(session, MedBooking, booking_id, "booking", lock=True)
        _require_case_rights(actor, booking)
        if booking.cancelled:
            raise Conflict(MSG_CANCELLED)
        before = _row(session, booking)
        people = list(staff_ids) if staff_ids is not None else list(before.staff_ids)
        buffer = buffer_min if buffer_min is not None else int((booking.block_end - booking.end_at).total_seconds() // 60)
        new_start, new_end = _validate(start, end, people, buffer)
        _place(session, actor, desk.now(), booking, room_id, people, new_start, new_end, buffer)
        after = _row(session, booking)
        audit.append(session, actor, desk.now(), "mediation.booking.move", "med_booking", booking.id,
                     _audit_view(before), _audit_view(after))
        return _shown(actor, [after])[0]

    return write(desk, actor, Permission.ROOM_BOOK, work)


@entry
def cancel_booking(desk: Desk, actor: Actor, booking_id: int, reason: str) -> BookingRow:
    clean_reason = clean_text(reason, field="reason", label=QT_TRANSLATE_NOOP("Field", "Reason for cancelling"),
                              max_length=200)

    def work(session: Session) -> BookingRow:
        booking = get_or_404(session, MedBooking, booking_id, "booking", lock=True)
        _require_case_rights(actor, booking)
        if booking.cancelled:
            raise Conflict(MSG_CANCELLED)
        booking.cancelled, booking.cancel_reason = True, clean_reason
        for link in session.execute(select(MedBookingStaff).where(MedBookingStaff.booking_id == booking.id)).scalars():
            link.cancelled = True
        session.flush()
        row = _row(session, booking)
        audit.append(session, actor, desk.now(), "mediation.booking.cancel", "med_booking", booking.id, None,
                     {"reason": clean_reason})
        return _shown(actor, [row])[0]

    return write(desk, actor, Permission.ROOM_BOOK, work)


@entry
def bookings_between(desk: Desk, actor: Actor, start: datetime, end: datetime, *,
                     room_id: int | None = None, include_cancelled: bool = False) -> list[BookingRow]:
    """Bookings that overlap [start, end), for the day and week grids."""
    start, end = require_aware(start), require_aware(end)

    def work(session: Session) -> list[BookingRow]:
        query = select(MedBooking).where(MedBooking.station_id == actor.station_id, MedBooking.start_at < end,
                                         MedBooking.end_at > start).order_by(MedBooking.start_at)
        if room_id is not None:
            query = query.where(MedBooking.room_id == room_id)
        if not include_cancelled:
            query = query.where(MedBooking.cancelled.is_(False))
        return _shown(actor, _rows(session, session.execute(query).scalars().all()))

    return read_personal(desk, actor, Permission.ROOM_BOOK, work, action="mediation.booking.list",
                         subject="med_case", seen=lambda rows: sorted({r.case_id for r in rows if r.case_id}))
