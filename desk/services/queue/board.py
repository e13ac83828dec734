"""What the hall sees: waiting counts per service, the current call at every window, the last calls,
and the calls to announce. All reads, no permission needed (the hall display and the kiosk run
without anybody signed in); they only ever show ticket numbers. ``waiting_tickets`` takes no user,
so its rows carry names and phones masked (张*华, 138****5678): the full values never leave here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desk.services.context import Desk
from desk.services.entry import entry
from desk.services.queue.call_order import call_sequence, window_services
from desk.services.queue.config import read_queue_settings
from desk.services.queue.rows import (
    AT_WINDOW,
    TicketRow,
    TicketStatus,
    local_day,
    public_row,
    station_zone,
    ticket_rows,
    window_id,
)
from desk.services.station import load_station
from desk.store.models import Counter
from desk.store.models.queue import (
    QueueDayCounter,
    QueueService,
    QueueTicket,
    QueueTicketEvent,
    QueueWindowState,
)

CALL_KINDS = ("called", "recalled")


@dataclass(frozen=True)
class ServiceQueue:
    service_id: int
    prefix: str
    name: str
    waiting: int
    priority_waiting: int
    oldest_issued_at: datetime | None  # the longest wait starts here
    issued_today: int
    daily_cap: int
    open_now: bool
    opens: str
    closes: str
    active: bool


@dataclass(frozen=True)
class WindowCall:
    window: int
    name: str
    number: str | None  # the number called to / served at this window now
    status: str | None
    paused: bool
    staffed: bool = True  # a clerk opened the workbench here today (and has not left it)


@dataclass(frozen=True)
class CallEvent:
    event_id: int
    number: str
    window: int
    kind: str  # called or recalled
    at: datetime


@dataclass(frozen=True)
class HallBoard:
    station_name: str
    windows: list[WindowCall]
    recent: list[CallEvent]
    services: list[ServiceQueue]
    notice: str
    last_event_id: int


def _service_queues(session: Session, station_id: int, now: datetime) -> list[ServiceQueue]:
    local_now = now.astimezone(station_zone(session, station_id))
    day, minute = local_now.date(), local_now.hour * 60 + local_now.minute
    waiting = {
        service_id: (count, prio or 0, oldest)
        for service_id, count, prio, oldest in session.execute(
            select(QueueTicket.service_id, func.count(QueueTicket.id),
                   func.sum(func.cast(QueueTicket.priority, type_=QueueTicket.serial.type)),
                   func.min(QueueTicket.issued_at))
            .where(QueueTicket.station_id == station_id, QueueTicket.day == day,
                   QueueTicket.status == TicketStatus.WAITING.value)
            .group_by(QueueTicket.service_id))
    }
    issued = dict(session.execute(select(QueueDayCounter.prefix, QueueDayCounter.last_serial).where(
        QueueDayCounter.station_id == station_id, QueueDayCounter.day == day)).all())
    result = []
    services = session.execute(select(QueueService).where(QueueService.station_id == station_id)
                               .order_by(QueueService.sort_order, QueueService.prefix)).scalars()
    for s in services:
        count, prio, oldest = waiting.get(s.id, (0, 0, None))
        if isinstance(oldest, datetime) and oldest.tzinfo is None:  # func.min bypasses the column type
            oldest = oldest.replace(tzinfo=timezone.utc)
        is_open = s.active and s.opens_minute <= minute < s.closes_minute
        result.append(ServiceQueue(s.id, s.prefix, s.name, int(count), int(prio), oldest,
                                   min(int(issued.get(s.prefix, 0)), s.daily_cap or 10**6), s.daily_cap, is_open,
                                   f"{s.opens_minute // 60:02d}:{s.opens_minute % 60:02d}",
                                   f"{s.closes_minute // 60:02d}:{s.closes_minute % 60:02d}", s.active))
    return result


@entry
def service_queues(desk: Desk, station_id: int = 1) -> list[ServiceQueue]:
    """Every service with its waiting count, longest wait and whether it issues numbers right now."""
    return desk.db.read(lambda session: _service_queues(session, station_id, desk.now()))


@entry
def waiting_tickets(desk: Desk, station_id: int = 1, service_ids: list[int] | None = None,
                    limit: int = 500, window: int | None = None) -> list[TicketRow]:
    """Today's waiting tickets, oldest first. With ``window``: those that window may call — its
    services' tickets not sent to another window, and any ticket sent to it — in the order "call next"
    at that window will take them (``call_order``). Names and phones come masked: this read has no
    user, so it must be safe for the hall display and the kiosk."""
    def work(session: Session) -> list[TicketRow]:
        day = local_day(session, station_id, desk.now())
        query = select(QueueTicket).where(QueueTicket.station_id == station_id, QueueTicket.day == day,
                                          QueueTicket.status == TicketStatus.WAITING.value)
        if window is None:
            if service_ids is not None:
                query = query.where(QueueTicket.service_id.in_(service_ids))
            query = query.order_by(QueueTicket.issued_at, QueueTicket.id).limit(limit)
            return [public_row(r) for r in ticket_rows(session, list(session.execute(query).scalars()))]
        counter_id = window_id(session, station_id, window)
        query = query.where(or_(QueueTicket.target_counter_id == counter_id,
                                and_(QueueTicket.target_counter_id.is_(None),
                                     QueueTicket.service_id.in_(service_ids or []))))
        state = session.get(QueueWindowState, counter_id)
        ordered = call_sequence(session.execute(query).scalars(), counter_id, window_services(session, counter_id),
                                read_queue_settings(session, station_id).normal_per_priority,
                                state.normal_since_priority if state is not None else None)
        return [public_row(r) for r in ticket_rows(session, ordered[:limit])]

    return desk.db.read(work)


def _calls(session: Session, station_id: int, after_id: int, since: datetime | None, limit: int,
           newest_first: bool) -> list[CallEvent]:
    query = (select(QueueTicketEvent.id, QueueTicket.number, Counter.number, QueueTicketEvent.kind,
                    QueueTicketEvent.at)
             .join(QueueTicket, QueueTicket.id == QueueTicketEvent.ticket_id)
             .join(Counter, Counter.id == QueueTicketEvent.counter_id)
             .where(QueueTicketEvent.station_id == station_id, QueueTicketEvent.kind.in_(CALL_KINDS),
                    QueueTicketEvent.id > after_id))
    if since is not None:
        query = query.where(QueueTicketEvent.at >= since)
    query = query.order_by(QueueTicketEvent.id.desc() if newest_first else QueueTicketEvent.id).limit(limit)
    return [CallEvent(*row) for row in session.execute(query)]


@entry
def calls_since(desk: Desk, after_event_id: int, station_id: int = 1, limit: int = 20) -> list[CallEvent]:
    """Calls and recalls after ``after_event_id``, oldest first: what the hall display must announce."""
    return desk.db.read(lambda session: _calls(session, station_id, after_event_id, None, limit, newest_first=False))


@entry
def last_event_id(desk: Desk, station_id: int = 1) -> int:
    found = desk.db.read(lambda session: session.execute(
        select(func.max(QueueTicketEvent.id)).where(QueueTicketEvent.station_id == station_id)).scalar_one())
    return int(found or 0)


@entry
def hall_board(desk: Desk, station_id: int = 1, recent: int = 6) -> HallBoard:
    now = desk.now()

    def work(session: Session) -> HallBoard:
        station_name = load_station(session, station_id).name
        day = local_day(session, station_id, now)
        current = {counter_id: (number, status) for counter_id, number, status in session.execute(
            select(QueueTicket.counter_id, QueueTicket.number, QueueTicket.status).where(
                QueueTicket.station_id == station_id, QueueTicket.day == day, QueueTicket.status.in_(AT_WINDOW))
            .order_by(QueueTicket.called_at))}
        zone = station_zone(session, station_id)
        paused, staffed = set(), set()
        for counter_id, is_paused, staffed_at in session.execute(
                select(QueueWindowState.counter_id, QueueWindowState.paused, QueueWindowState.staffed_at)):
            if is_paused:
                paused.add(counter_id)
            if staffed_at is not None and staffed_at.astimezone(zone).date() == day:
                staffed.add(counter_id)
        windows = [
            WindowCall(c.number, c.name, current.get(c.id, (None, None))[0], current.get(c.id, (None, None))[1],
                       c.id in paused, c.id in staffed or c.id in current)
            for c in session.execute(select(Counter).where(Counter.station_id == station_id,
                                                           Counter.active.is_(True))
                                     .order_by(Counter.number)).scalars()
        ]
        start_of_day = datetime.combine(day, datetime.min.time(), tzinfo=zone)
        calls = _calls(session, station_id, 0, start_of_day, recent, newest_first=True)
        top = session.execute(select(func.max(QueueTicketEvent.id))
                              .where(QueueTicketEvent.station_id == station_id)).scalar_one()
        return HallBoard(station_name, windows, calls, _service_queues(session, station_id, now),
                         read_queue_settings(session, station_id).display_notice, int(top or 0))

    return desk.db.read(work)
