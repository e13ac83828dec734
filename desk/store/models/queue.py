"""The hall's queue (叫号): services citizens take numbers for, which windows serve them, the
per-day number counters, the tickets and every step each ticket went through.

A ticket's number is its service prefix plus a serial that restarts each station-day; the serial
comes from ``queue_day_counter`` (one row per station, day and prefix, bumped with an atomic
upsert ... RETURNING) and the unique constraint on the ticket makes a duplicate impossible even if
that code were wrong. ``queue_ticket_event`` keeps the time of every step for the daily log.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models.base import Base, UTCDateTime


class QueueService(Base):
    """What a citizen picks at the kiosk: 综合受理 (A), 社保医保 (B) ..."""

    __tablename__ = "queue_service"
    __table_args__ = (UniqueConstraint("station_id", "prefix"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    prefix: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(40))
    daily_cap: Mapped[int] = mapped_column(Integer, default=0)  # 0 = no cap
    opens_minute: Mapped[int] = mapped_column(Integer, default=8 * 60 + 30)  # station local time
    closes_minute: Mapped[int] = mapped_column(Integer, default=17 * 60)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class QueueWindowService(Base):
    """Window ``counter_id`` serves ``service_id``; lower ``rank`` is called first."""

    __tablename__ = "queue_window_service"

    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("queue_service.id"), primary_key=True)
    rank: Mapped[int] = mapped_column(Integer, default=0)


class QueueWindowState(Base):
    """A window's queue state: on a break or not, and how many normal tickets since the last priority
    one (the fairness rule); locking this row serialises two clerks pressing "call next" on it."""

    __tablename__ = "queue_window_state"

    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"), primary_key=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    normal_since_priority: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: no priority yet
    # Who signed in at this window, and when: the hall display tells "nobody at this window today" from
    # "open, waiting for the next citizen". Valid for the station-day of ``staffed_at`` only.
    staffed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    staffed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class QueueDayCounter(Base):
    """Last serial issued per station, local day and prefix: the lock-protected number source."""

    __tablename__ = "queue_day_counter"

    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(2), primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer)


class QueueTicket(Base):
    __tablename__ = "queue_ticket"
    __table_args__ = (
        UniqueConstraint("station_id", "day", "prefix", "serial"),
        Index("ix_queue_ticket_pick", "station_id", "day", "status", "service_id", "issued_at"),
        Index("ix_queue_ticket_counter", "counter_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    day: Mapped[date] = mapped_column(Date)
    prefix: Mapped[str] = mapped_column(String(2))
    serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(8))
    service_id: Mapped[int] = mapped_column(ForeignKey("queue_service.id"))  # now; changes on transfer
    issued_service_id: Mapped[int] = mapped_column(ForeignKey("queue_service.id"))
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12))  # waiting, called, serving, done, no_show
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"), nullable=True)
    target_counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"), nullable=True)
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    source: Mapped[str] = mapped_column(String(12), default="kiosk")  # kiosk or window
    citizen_name: Mapped[str] = mapped_column(String(40), default="")
    citizen_phone: Mapped[str] = mapped_column(String(20), default="")
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    no_show_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    transferred_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class QueueTicketEvent(Base):
    """One step of a ticket: issued, called, recalled, no_show, started, finished, transferred."""

    __tablename__ = "queue_ticket_event"
    __table_args__ = (Index("ix_queue_ticket_event_station_at", "station_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    ticket_id: Mapped[int] = mapped_column(ForeignKey("queue_ticket.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("queue_service.id"), nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")


class QueueHelpRequest(Base):
    """A citizen pressed 呼叫工作人员 at the kiosk; staff see it on the workbench until one of them answers."""

    __tablename__ = "queue_help_request"
    __table_args__ = (Index("ix_queue_help_request_open", "station_id", "answered_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    terminal: Mapped[str] = mapped_column(String(60), default="")  # which kiosk
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    answered_by: Mapped[str] = mapped_column(String(60), default="")
