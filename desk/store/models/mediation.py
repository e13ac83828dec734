"""Mediation rooms, the staff roster (police / mediators / lawyers), duty shifts and room bookings.

Times of day (opening hours, shifts) are minutes after local midnight; the station's time zone
turns them into instants. Bookings are aware UTC instants. ``block_end`` is the end plus the
optional buffer: the interval [start_at, block_end) is what no other booking of the same room
or the same staff member may touch. On PostgreSQL exclusion constraints on these columns make
that airtight (migration m0001); ``med_booking_staff`` copies the interval so the constraint
can see it per person.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models.base import Base, UTCDateTime, utcnow


class MedRoom(Base):
    __tablename__ = "med_room"
    __table_args__ = (
        UniqueConstraint("station_id", "name"),
        CheckConstraint("opens_min >= 0 AND closes_min <= 1440 AND opens_min < closes_min", name="hours"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    name: Mapped[str] = mapped_column(String(60))
    location: Mapped[str] = mapped_column(String(120), default="")
    opens_min: Mapped[int] = mapped_column(Integer, default=8 * 60 + 30)
    closes_min: Mapped[int] = mapped_column(Integer, default=17 * 60 + 30)
    weekdays: Mapped[str] = mapped_column(String(7), default="12345")  # ISO weekdays the room is open
    buffer_min: Mapped[int] = mapped_column(Integer, default=0)  # default buffer after each booking
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MedRoomClosure(Base):
    __tablename__ = "med_room_closure"
    __table_args__ = (UniqueConstraint("room_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("med_room.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(120), default="")


class MedStaff(Base):
    """A person on the roster. May be an app user (a mediator who signs in) or not (a duty lawyer)."""

    __tablename__ = "med_staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))  # police / mediator / lawyer
    organisation: Mapped[str] = mapped_column(String(120), default="")  # 派出所, 律师事务所
    phone: Mapped[str] = mapped_column(String(40), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True, unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MedShift(Base):
    """A recurring weekly duty shift: every ``weekday`` from ``valid_from`` (to ``valid_to``)."""

    __tablename__ = "med_shift"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 1 AND 7", name="weekday"),
        CheckConstraint("start_min < end_min", name="times"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("med_staff.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(String(120), default="")


class MedShiftException(Base):
    """One day that differs from the weekly pattern: the person is off, or on an extra shift."""

    __tablename__ = "med_shift_exception"
    __table_args__ = (CheckConstraint("kind IN ('off', 'extra')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("med_staff.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))
    start_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(String(120), default="")


class MedBooking(Base):
    __tablename__ = "med_booking"
    __table_args__ = (
        CheckConstraint("start_at < end_at AND end_at <= block_end", name="interval"),
        Index("ix_med_booking_room_time", "room_id", "start_at", "block_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    room_id: Mapped[int] = mapped_column(ForeignKey("med_room.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("med_case.id"), nullable=True, index=True)
    title: Mapped[str] = mapped_column(String(120), default="")
    parties: Mapped[str] = mapped_column(String(300), default="")  # names as shown on the grid
    start_at: Mapped[datetime] = mapped_column(UTCDateTime())
    end_at: Mapped[datetime] = mapped_column(UTCDateTime())
    block_end: Mapped[datetime] = mapped_column(UTCDateTime())  # end_at + buffer
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class MedBookingStaff(Base):
    """Who takes part in a booking; the interval is copied here so a constraint can guard each person."""

    __tablename__ = "med_booking_staff"
    __table_args__ = (Index("ix_med_booking_staff_time", "staff_id", "start_at", "block_end"),)

    booking_id: Mapped[int] = mapped_column(ForeignKey("med_booking.id", ondelete="CASCADE"), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("med_staff.id"), primary_key=True)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime())
    block_end: Mapped[datetime] = mapped_column(UTCDateTime())
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
