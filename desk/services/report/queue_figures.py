"""Queue figures: tickets issued / served / no-show, waits and service times.

One indexed query reads the period's tickets (``ix_queue_ticket_pick`` starts with station and
day), one reads each ticket's first call (the window and clerk whose call ended the wait); the
rest is Python over those rows. How a ticket is counted:

- by service: the service the number was taken for (a transferred citizen keeps the number),
  so on every row issued = served + no-show + still open;
- wait = first call - issue; service time = finish - start (of the service that finished it);
- by window and by clerk: the wait belongs to the window/clerk that first called the number,
  the service time and the no-show to the window/clerk that finished or missed it;
- by hour (station time): issued by the hour of issue (with the waits of those numbers),
  served by the hour of finishing, no-shows by the hour they were marked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.services.report.model import COUNT, SECONDS, FigureColumn, FigureRow, FigureTable, Section
from desk.services.report.period import Period
from desk.services.report.stats import describe, seconds_between
from desk.store.models import Counter, User
from desk.store.models.queue import QueueService, QueueTicket, QueueTicketEvent

DONE, NO_SHOW = "done", "no_show"


def _c(key: str, title: str, kind: str = COUNT) -> FigureColumn:
    return FigureColumn(key, title, kind)


def _time_columns(prefix: str, label: str) -> tuple[FigureColumn, ...]:
    titles = {
        "wait": (QT_TRANSLATE_NOOP("ReportFigure", "Wait, mean"), QT_TRANSLATE_NOOP("ReportFigure", "Wait, median"),
                 QT_TRANSLATE_NOOP("ReportFigure", "Wait, 90th percentile")),
        "service": (QT_TRANSLATE_NOOP("ReportFigure", "Service, mean"), QT_TRANSLATE_NOOP("ReportFigure", "Service, median"),
                    QT_TRANSLATE_NOOP("ReportFigure", "Service, 90th percentile")),
    }[label]
    return tuple(_c(f"{prefix}_{part}", title, SECONDS) for part, title in zip(("mean", "median", "p90"), titles,
                                                                                strict=True))


SERVICE_COLUMNS = (
    _c("issued", QT_TRANSLATE_NOOP("ReportFigure", "Issued")), _c("served", QT_TRANSLATE_NOOP("ReportFigure", "Served")),
    _c("no_show", QT_TRANSLATE_NOOP("ReportFigure", "No-show")), _c("open", QT_TRANSLATE_NOOP("ReportFigure", "Still open")),
    _c("transferred", QT_TRANSLATE_NOOP("ReportFigure", "Transferred")),
    *_time_columns("wait", "wait"), *_time_columns("service", "service"),
)
PLACE_COLUMNS = (
    _c("called", QT_TRANSLATE_NOOP("ReportFigure", "Called")), *_time_columns("wait", "wait"),
    _c("served", QT_TRANSLATE_NOOP("ReportFigure", "Served")), *_time_columns("service", "service"),
    _c("no_show", QT_TRANSLATE_NOOP("ReportFigure", "No-show")),
)
HOUR_COLUMNS = (
    _c("issued", QT_TRANSLATE_NOOP("ReportFigure", "Issued")), _c("served", QT_TRANSLATE_NOOP("ReportFigure", "Served")),
    _c("no_show", QT_TRANSLATE_NOOP("ReportFigure", "No-show")),
    _c("wait_mean", QT_TRANSLATE_NOOP("ReportFigure", "Wait, mean"), SECONDS),
    _c("wait_p90", QT_TRANSLATE_NOOP("ReportFigure", "Wait, 90th percentile"), SECONDS),
)


@dataclass
class _Ticket:
    id: int
    service_id: int
    status: str
    counter_id: int | None
    clerk_id: int | None
    issued_at: datetime
    wait: float | None
    service: float | None
    finished_at: datetime | None
    no_show_at: datetime | None
    transferred: bool
    first_counter: int | None = None
    first_clerk: int | None = None


@dataclass
class _Bucket:
    issued: int = 0
    served: int = 0
    no_show: int = 0
    open: int = 0
    transferred: int = 0
    called: int = 0

    def __post_init__(self) -> None:
        self.waits: list[float] = []
        self.services: list[float] = []


def _tickets(session: Session, station_id: int, period: Period) -> list[_Ticket]:
    t = QueueTicket
    rows = session.execute(
        select(t.id, t.issued_service_id, t.status, t.counter_id, t.clerk_id, t.issued_at, t.called_at, t.started_at,
               t.finished_at, t.no_show_at, t.transferred_at)
        .where(t.station_id == station_id, t.day >= period.first_day, t.day <= period.last_day)).all()
    tickets = [
        _Ticket(r.id, r.issued_service_id, r.status, r.counter_id, r.clerk_id, r.issued_at,
                seconds_between(r.issued_at, r.called_at),
                seconds_between(r.started_at, r.finished_at) if r.status == DONE else None,
                r.finished_at if r.status == DONE else None, r.no_show_at if r.status == NO_SHOW else None,
                r.transferred_at is not None)
        for r in rows
    ]
    first_calls = (
        select(func.min(QueueTicketEvent.id))
        .join(QueueTicket, QueueTicket.id == QueueTicketEvent.ticket_id)
        .where(QueueTicket.station_id == station_id, QueueTicket.day >= period.first_day,
               QueueTicket.day <= period.last_day, QueueTicketEvent.kind == "called")
        .group_by(QueueTicketEvent.ticket_id))
    first = {row.ticket_id: (row.counter_id, row.user_id) for row in session.execute(
        select(QueueTicketEvent.ticket_id, QueueTicketEvent.counter_id, QueueTicketEvent.user_id)
        .where(QueueTicketEvent.id.in_(first_calls)))}
    for ticket in tickets:
        if ticket.wait is not None:
            ticket.first_counter, ticket.first_clerk = first.get(ticket.id, (ticket.counter_id, ticket.clerk_id))
    return tickets


def _stats(values: list[float]) -> tuple[float | None, ...]:
    return describe(values)[1:]


def _service_row(name: str, b: _Bucket) -> FigureRow:
    return FigureRow(name, (b.issued, b.served, b.no_show, b.open, b.transferred, *_stats(b.waits),
                            *_stats(b.services)))


def _place_row(name: str, b: _Bucket) -> FigureRow:
    return FigureRow(name, (b.called, *_stats(b.waits), b.served, *_stats(b.services), b.no_show))


def _by_service(session: Session, station_id: int, tickets: list[_Ticket]) -> FigureTable:
    buckets: dict[int, _Bucket] = defaultdict(_Bucket)
    total = _Bucket()
    for ticket in tickets:
        for b in (buckets[ticket.service_id], total):
            b.issued += 1
            b.served += ticket.status == DONE
            b.no_show += ticket.status == NO_SHOW
            b.open += ticket.status not in (DONE, NO_SHOW)
            b.transferred += ticket.transferred
            if ticket.wait is not None:
                b.waits.append(ticket.wait)
            if ticket.service is not None:
                b.services.append(ticket.service)
    services = session.execute(select(QueueService).where(QueueService.station_id == station_id)
                               .order_by(QueueService.sort_order, QueueService.prefix)).scalars()
    rows = tuple(_service_row(f"{s.prefix} {s.name}", buckets[s.id]) for s in services if s.id in buckets)
    return FigureTable("queue.by_service", QT_TRANSLATE_NOOP("ReportFigure", "Tickets by service"), SERVICE_COLUMNS, rows,
                       _service_row("total", total), QT_TRANSLATE_NOOP("ReportFigure", "Service"))


def _by_place(tickets: list[_Ticket], names: dict[int, str], first: str, last: str) -> tuple[FigureRow, ...]:
    buckets: dict[int, _Bucket] = defaultdict(_Bucket)
    for ticket in tickets:
        caller = getattr(ticket, first)
        if ticket.wait is not None and caller is not None:
            buckets[caller].called += 1
            buckets[caller].waits.append(ticket.wait)
        closer = getattr(ticket, last)
        if closer is not None and ticket.service is not None:
            buckets[closer].served += 1
            buckets[closer].services.append(ticket.service)
        if closer is not None and ticket.status == NO_SHOW:
            buckets[closer].no_show += 1
    return tuple(_place_row(names.get(key, f"#{key}"), buckets[key])
                 for key in sorted(buckets, key=lambda k: names.get(k, f"#{k}")))


def _window_names(session: Session, station_id: int) -> dict[int, str]:
    return {cid: f"{number}号窗口" for cid, number in
            session.execute(select(Counter.id, Counter.number).where(Counter.station_id == station_id))}


def _clerk_names(session: Session, ids: set[int]) -> dict[int, str]:
    rows = session.execute(select(User.id, User.display_name, User.username).where(User.id.in_(ids))).all()
    seen: dict[str, int] = defaultdict(int)
    for row in rows:
        seen[row.display_name] += 1
    return {r.id: r.display_name if seen[r.display_name] == 1 else f"{r.display_name} ({r.username})" for r in rows}


def _by_hour(period: Period, tickets: list[_Ticket]) -> FigureTable:
    buckets: dict[int, _Bucket] = defaultdict(_Bucket)
    for ticket in tickets:
        hour = period.local(ticket.issued_at).hour
        buckets[hour].issued += 1
        if ticket.wait is not None:
            buckets[hour].waits.append(ticket.wait)
        if ticket.finished_at is not None:
            buckets[period.local(ticket.finished_at).hour].served += 1
        if ticket.no_show_at is not None:
            buckets[period.local(ticket.no_show_at).hour].no_show += 1
    hours = range(min(buckets), max(buckets) + 1) if buckets else range(0)
    rows = []
    for hour in hours:
        b = buckets[hour]
        count, mean, _median, p90 = describe(b.waits)
        rows.append(FigureRow(f"{hour:02d}:00", (b.issued, b.served, b.no_show, mean, p90)))
    return FigureTable("queue.by_hour", QT_TRANSLATE_NOOP("ReportFigure", "Tickets and waits by hour"), HOUR_COLUMNS,
                       tuple(rows), name_title=QT_TRANSLATE_NOOP("ReportFigure", "Hour"))


def queue_section(session: Session, station_id: int, period: Period) -> Section:
    tickets = _tickets(session, station_id, period)
    clerks = {c for t in tickets for c in (t.first_clerk, t.clerk_id) if c is not None}
    windows, people = _window_names(session, station_id), _clerk_names(session, clerks)
    return Section("queue", QT_TRANSLATE_NOOP("ReportFigure", "Queue"), (
        _by_service(session, station_id, tickets),
        _by_hour(period, tickets),
        FigureTable("queue.by_window", QT_TRANSLATE_NOOP("ReportFigure", "Waits and service by window"), PLACE_COLUMNS,
                    _by_place(tickets, windows, "first_counter", "counter_id"),
                    name_title=QT_TRANSLATE_NOOP("ReportFigure", "Window")),
        FigureTable("queue.by_clerk", QT_TRANSLATE_NOOP("ReportFigure", "Waits and service by clerk"), PLACE_COLUMNS,
                    _by_place(tickets, people, "first_clerk", "clerk_id"),
                    name_title=QT_TRANSLATE_NOOP("ReportFigure", "Clerk")),
    ), QT_TRANSLATE_NOOP("ReportFigure", "By service: the service the number was taken for. Wait: from taking the number to "
                            "the first call. Service time: from start to finish."))
