"""When a booking may be made at all, apart from overlaps (issue 13): not before today or more than a
year ahead by the desk's clock, not on a public holiday of the work calendar (or, for a year
whose arrangement is not entered yet, on a holiday whose date the law fixes: 元旦, 劳动节, 国庆节), and only for people
who are on duty then, if the duty roster keeps their duty.

Each rule is a Conflict or ValidationError with a sentence that says what to choose instead; all of
them run inside the write transaction, before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from desk.core.mediation import format_minutes
from desk.core.workdays import FIXED_DATE_HOLIDAYS
from desk.services.mediation.common import local_day, local_minutes
from desk.services.mediation.duty_roster import duty_slots, on_roster
from desk.store.models.calendar import CalendarDay, CalendarYear
from desk.store.models.mediation import MedStaff

BOOKING_HORIZON_DAYS = 366  # a year ahead: sessions are planned weeks ahead, never years

_FIXED_NAMES = {(1, 1): "元旦", (5, 1): "劳动节", (5, 2): "劳动节", (10, 1): "国庆节", (10, 2): "国庆节",
                (10, 3): "国庆节"}  # the names the work calendar gives them

MSG_PAST = QT_TRANSLATE_NOOP(
    "DeskError", "A booking cannot be made for {day}, a day that has passed. Choose today ({today}) or later.")
MSG_TOO_FAR = QT_TRANSLATE_NOOP(
    "DeskError", "A booking can be made at most one year ahead, until {last}. Choose an earlier day.")
MSG_HOLIDAY = QT_TRANSLATE_NOOP(
    "DeskError", "{day} is a public holiday ({name}) in the work calendar. Choose a working day.")
MSG_OFF_DUTY = QT_TRANSLATE_NOOP(
    "DeskError", "{name} is not on duty on {day}. Choose another day or another person (see the duty roster).")
MSG_OUTSIDE_DUTY = QT_TRANSLATE_NOOP(
    "DeskError", "{name} is on duty on {day} only {hours}; the booking from {start} to {end} is outside that. "
                 "Choose a time within those hours or another person.")


def check_day(session: Session, now: datetime, start: datetime, zone: ZoneInfo) -> date:
    """The booking's local day, if it lies from today to a year ahead and is not a public holiday."""
    day, today = local_day(start, zone), local_day(now, zone)
    if day < today:
        raise ValidationError(MSG_PAST, field="start", day=day.isoformat(), today=today.isoformat())
    last = today + timedelta(days=BOOKING_HORIZON_DAYS)
    if day > last:
        raise ValidationError(MSG_TOO_FAR, field="start", last=last.isoformat())
    entered = session.get(CalendarYear, day.year)
    if entered is not None and entered.available:
        holiday = session.execute(select(CalendarDay.name).where(CalendarDay.day == day,
                                                                 CalendarDay.kind == "off")).first()
        name = (holiday[0] or "—") if holiday is not None else None
    else:  # next year's arrangement not entered yet: the days the law fixes are holidays all the same
        name = _FIXED_NAMES.get((day.month, day.day)) if (day.month, day.day) in FIXED_DATE_HOLIDAYS else None
    if name is not None:
        raise Conflict(MSG_HOLIDAY, field="start", day=day.isoformat(), name=name)
    return day


def check_on_duty(session: Session, station_id: int, staff: Sequence[MedStaff], start: datetime, end: datetime,
                  zone: ZoneInfo) -> None:
    """Everyone whose duty the roster keeps must be on duty for the whole booking."""
    kept = on_roster(session, [s.id for s in staff])
    if not kept:
        return
    day = local_day(start, zone)
    start_min = local_minutes(start, zone)
    end_min = start_min + int((end - start).total_seconds() // 60)
    slots = duty_slots(session, station_id, day, day)
    for person in staff:
        if person.id not in kept:
            continue
        own = [s for s in slots if s.staff_id == person.id]
        if any(s.start_min <= start_min and end_min <= s.end_min for s in own):
            continue
        if not own:
            raise Conflict(MSG_OFF_DUTY, field="staff", name=person.name, day=day.isoformat())
        hours = "、".join(f"{format_minutes(s.start_min)}–{format_minutes(s.end_min)}" for s in own)
        raise Conflict(MSG_OUTSIDE_DUTY, field="staff", name=person.name, day=day.isoformat(), hours=hours,
                       start=format_minutes(start_min), end=format_minutes(end_min % (24 * 60)))
