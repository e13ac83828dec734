"""Plain rows the queue services return, and the small helpers they share (local day, events)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, NotFound
from desk.core.idnumbers import mask_name, mask_phone
from desk.core.permissions import Permission
from desk.services import audit
from desk.services.context import Actor
from desk.services.station import station_zone as station_zone  # re-exported for this package
from desk.store.models import Counter
from desk.store.models.queue import QueueService, QueueTicket, QueueTicketEvent


class TicketStatus(str, Enum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"


STATUS_LABELS = {
    TicketStatus.WAITING: QT_TRANSLATE_NOOP("TicketStatus", "Waiting"),
    TicketStatus.CALLED: QT_TRANSLATE_NOOP("TicketStatus", "Called"),
    TicketStatus.SERVING: QT_TRANSLATE_NOOP("TicketStatus", "Being served"),
    TicketStatus.DONE: QT_TRANSLATE_NOOP("TicketStatus", "Done"),
    TicketStatus.NO_SHOW: QT_TRANSLATE_NOOP("TicketStatus", "Missed (no-show)"),
}
AT_WINDOW = (TicketStatus.CALLED.value, TicketStatus.SERVING.value)


@dataclass(frozen=True)
class TicketRow:
    id: int
    number: str
    service_id: int
    service_name: str
    priority: bool
    status: str
    window_number: int | None
    target_window_number: int | None
    issued_at: datetime
    called_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    no_show_at: datetime | None
    transferred_at: datetime | None
    call_count: int
    citizen_name: str
    citizen_phone: str


@dataclass(frozen=True)
class ServiceRow:
    id: int
    prefix: str
    name: str
    daily_cap: int  # 0 = no cap
    opens: str  # "08:30", station local time
    closes: str
    active: bool
    sort_order: int


def hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def service_row(s: QueueService) -> ServiceRow:
    return ServiceRow(s.id, s.prefix, s.name, s.daily_cap, hhmm(s.opens_minute), hhmm(s.closes_minute), s.active,
                      s.sort_order)


def local_day(session: Session, station_id: int, at: datetime) -> date:
    """The station-day a moment belongs to: numbering restarts at local midnight, not UTC midnight."""
    return at.astimezone(station_zone(session, station_id)).date()


def window_id(session: Session, station_id: int, number: int) -> int:
    found = session.execute(select(Counter.id).where(Counter.station_id == station_id, Counter.number == number,
                                                     Counter.active.is_(True))).scalar_one_or_none()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "DeskError", "There is no open window {number}. Set this terminal's window number in Terminal "
                         "settings, or ask the manager to add the window."), field="window", number=number)
    return found


def ticket_rows(session: Session, tickets: list[QueueTicket],
                known_windows: dict[int, int] | None = None) -> list[TicketRow]:
    """Rows with service names and window numbers filled in (two small look-ups, not one per ticket;
    ``known_windows`` (counter id -> number) spares the second when the caller has them already)."""
    if not tickets:
        return []
    service_ids = {t.service_id for t in tickets}
    names = dict(session.execute(select(QueueService.id, QueueService.name)
                                 .where(QueueService.id.in_(service_ids))).all())
    numbers = dict(known_windows or {})
    counter_ids = {c for t in tickets for c in (t.counter_id, t.target_counter_id) if c is not None} - set(numbers)
    if counter_ids:
        numbers.update(session.execute(select(Counter.id, Counter.number).where(Counter.id.in_(counter_ids))).all())
    return [
        TicketRow(t.id, t.number, t.service_id, names.get(t.service_id, ""), t.priority, t.status,
                  numbers.get(t.counter_id) if t.counter_id else None,
                  numbers.get(t.target_counter_id) if t.target_counter_id else None,
                  t.issued_at, t.called_at, t.started_at, t.finished_at, t.no_show_at, t.transferred_at,
                  t.call_count, t.citizen_name, t.citizen_phone)
        for t in tickets
    ]


def public_row(row: TicketRow) -> TicketRow:
    """The row with the citizen's name and phone masked (张*华, 138****5678): what lists, the kiosk
    and the hall display get, so the full values never leave the service for them."""
    if not row.citizen_name and not row.citizen_phone:
        return row
    return replace(row, citizen_name=mask_name(row.citizen_name), citizen_phone=mask_phone(row.citizen_phone))


def row_for(actor: Actor, row: TicketRow) -> TicketRow:
    """Whole for the clerk serving citizens (QUEUE_SERVE: the window greets them and finds their
    file by phone), masked for everyone else (a kiosk, a display, a role that only watches)."""
    return row if actor.can(Permission.QUEUE_SERVE) else public_row(row)


def ticket_row(session: Session, ticket: QueueTicket, known_windows: dict[int, int] | None = None) -> TicketRow:
    return ticket_rows(session, [ticket], known_windows)[0]


def add_event(session: Session, actor: Actor, ticket: QueueTicket, kind: str, at: datetime,
              counter_id: int | None = None, detail: str = "") -> None:
    session.add(QueueTicketEvent(station_id=ticket.station_id, ticket_id=ticket.id, kind=kind, at=at,
                                 counter_id=counter_id, user_id=actor.user_id, service_id=ticket.service_id,
                                 detail=detail))


def audit_view(ticket: QueueTicket) -> dict[str, object]:
    """What the audit trail keeps of a ticket (never the citizen's phone number)."""
    return {"number": ticket.number, "status": ticket.status, "service_id": ticket.service_id,
            "counter_id": ticket.counter_id, "priority": ticket.priority}


def audit_last(session: Session, actor: Actor, at: datetime, action: str, entity: str, entity_id: object,
               before: object, after: object) -> None:
    """Write the change out first, then take the audit chain lock: on PostgreSQL every terminal's
    transaction queues for that one row, so it must be held for as short a time as possible."""
    session.flush()
    audit.append(session, actor, at, action, entity, entity_id, before, after)
