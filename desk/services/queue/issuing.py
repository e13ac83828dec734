"""Taking a number: at the kiosk or by a clerk for a walk-in.

The serial comes from an atomic upsert on ``queue_day_counter`` (``INSERT ... ON CONFLICT DO UPDATE
SET last_serial = last_serial + 1 RETURNING last_serial``): on PostgreSQL the counter row stays
locked until the transaction ends, on SQLite the whole transaction runs under ``BEGIN IMMEDIATE``.
Either way two terminals never get the same number, and a restart simply continues the series.
A refused ticket (cap reached) rolls the counter back with everything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound
from desk.core.idnumbers import normalize_phone
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.queue.config import read_queue_settings
from desk.services.queue.rows import (
    TicketRow,
    TicketStatus,
    audit_last,
    hhmm,
    row_for,
    station_zone,
)
from desk.store.models import Station
from desk.store.models.queue import QueueDayCounter, QueueService, QueueTicket, QueueTicketEvent


@dataclass(frozen=True)
class IssuedTicket:
    ticket: TicketRow
    waiting_ahead: int  # waiting tickets of the same service called before this one (a 绿色通道 ticket: priority ones)
    station_name: str


def format_number(prefix: str, serial: int) -> str:
    return f"{prefix}{serial:03d}"


def _upsert(dialect: str) -> Any:
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    upsert = insert(QueueDayCounter).values(station_id=bindparam("station_id"), day=bindparam("day"),
                                            prefix=bindparam("prefix"), last_serial=1)
    return upsert.on_conflict_do_update(
        index_elements=[QueueDayCounter.station_id, QueueDayCounter.day, QueueDayCounter.prefix],
        set_={"last_serial": QueueDayCounter.last_serial + 1},
    ).returning(QueueDayCounter.last_serial)


# Built once: taking a number is the hottest path of the program (a kiosk, a busy morning).
_UPSERTS = {dialect: _upsert(dialect) for dialect in ("postgresql", "sqlite")}
_SERVICE = (select(QueueService.id, QueueService.prefix, QueueService.name, QueueService.daily_cap,
                   QueueService.opens_minute, QueueService.closes_minute, QueueService.active, Station.name)
            .join(Station, Station.id == QueueService.station_id)
            .where(QueueService.id == bindparam("service_id"), QueueService.station_id == bindparam("station_id")))
_AHEAD = select(func.count(QueueTicket.id)).where(
    QueueTicket.station_id == bindparam("station_id"), QueueTicket.day == bindparam("day"),
    QueueTicket.status == TicketStatus.WAITING.value, QueueTicket.service_id == bindparam("service_id"))
_PRIORITY_AHEAD = _AHEAD.where(QueueTicket.priority.is_(True))


def priority_ahead(priority_waiting: int, normal_waiting: int, normal_per_priority: int) -> int:
    """Who is called before a new 绿色通道 ticket: the priority tickets already waiting, and the normal
    tickets the fairness rule calls between them (one priority per ``normal_per_priority`` normal
    ones while normal ones wait) — not every ticket in the hall."""
    return priority_waiting + min(normal_waiting, priority_waiting * normal_per_priority)
_INSERT_TICKET = insert(QueueTicket).returning(QueueTicket.id)
_INSERT_EVENT = insert(QueueTicketEvent)


def next_serial(session: Session, station_id: int, day: date, prefix: str) -> int:
    """Bump and return the day's serial for ``prefix`` under the row lock (never max()+1)."""
    stmt = _UPSERTS[session.get_bind().dialect.name]
    return int(session.execute(stmt, {"station_id": station_id, "day": day, "prefix": prefix}).scalar_one())


def _check_open(service: Any, local_now: datetime) -> None:
    if not service.active:
        raise Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "{service} is not taking numbers today. Please ask at the information desk."),
            field="service", service=service.name)
    minute = local_now.hour * 60 + local_now.minute
    if not service.opens_minute <= minute < service.closes_minute:
        raise Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "{service} issues numbers from {opens} to {closes}. Please come back then."),
            field="service", service=service.name, opens=hhmm(service.opens_minute),
            closes=hhmm(service.closes_minute))


@entry
def issue_ticket(desk: Desk, actor: Actor, service_id: int, *, priority: bool = False, citizen_name: str = "",
                 citizen_phone: str = "", source: str = "kiosk") -> IssuedTicket:
    name = clean_text(citizen_name, field="citizen_name", label=QT_TRANSLATE_NOOP("Field", "Name"),
                      max_length=40, required=False)
    phone = normalize_phone(citizen_phone, field="citizen_phone") if citizen_phone.strip() else ""
    source = "window" if source == "window" else "kiosk"

    def work(session: Session) -> IssuedTicket:
        now = desk.now()
        service = session.execute(_SERVICE, {"service_id": service_id, "station_id": actor.station_id}).first()
        if service is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That queue service no longer exists; choose another."),
                           field="service")
        local_now = now.astimezone(station_zone(session, actor.station_id))
        _check_open(service, local_now)
        day = local_now.date()
        # Counted before the number is taken, so the counter row stays locked as briefly as possible.
        keys = {"station_id": actor.station_id, "day": day, "service_id": service.id}
        ahead = session.execute(_AHEAD, keys).scalar_one()
        if priority:
            first = session.execute(_PRIORITY_AHEAD, keys).scalar_one()
            ahead = priority_ahead(first, ahead - first, read_queue_settings(session, actor.station_id).normal_per_priority)
        serial = next_serial(session, actor.station_id, day, service.prefix)
        if service.daily_cap and serial > service.daily_cap:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "All {cap} numbers for {service} today have been given out. Please come back on the "
                             "next working day, or ask at the information desk."),
                field="service", cap=service.daily_cap, service=service.name)
        number = format_number(service.prefix, serial)
        values = dict(station_id=actor.station_id, day=day, prefix=service.prefix, serial=serial, number=number,
                      service_id=service.id, issued_service_id=service.id, priority=priority,
                      status=TicketStatus.WAITING.value, source=source, citizen_name=name, citizen_phone=phone,
                      call_count=0, issued_at=now)
        ticket_id = session.execute(_INSERT_TICKET, values).scalar_one()
        session.execute(_INSERT_EVENT, dict(station_id=actor.station_id, ticket_id=ticket_id, kind="issued", at=now,
                                            user_id=actor.user_id, service_id=service.id,
                                            detail="priority" if priority else ""))
        audit_last(session, actor, now, "queue.issue", "queue_ticket", ticket_id, None,
                   {"number": number, "status": TicketStatus.WAITING.value, "service_id": service.id,
                    "counter_id": None, "priority": priority, "source": source})
        row = TicketRow(ticket_id, number, service.id, service.name, priority, TicketStatus.WAITING.value, None,
                        None, now, None, None, None, None, None, 0, name, phone)
        return IssuedTicket(row_for(actor, row), int(ahead), service[-1])  # a kiosk gets it masked

    return write(desk, actor, Permission.QUEUE_ISSUE, work)
