"""What happens to the number at a window after it was called: the citizen did not come (过号),
service starts, service ends, or the citizen is sent on to another service or window (the number is
kept). Each step stores its time on the ticket and as an event, for the daily log's waits."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services.context import Actor, Desk
from desk.services.entry import entry
from desk.services.queue.call_order import window_services
from desk.services.queue.rows import (
    AT_WINDOW,
    TicketRow,
    TicketStatus,
    add_event,
    audit_last,
    audit_view,
    local_day,
    ticket_row,
    window_id,
)
from desk.services.queue.window_lock import WindowScope, at_window
from desk.services.station import station_zone
from desk.store.models import Counter
from desk.store.models.queue import (
    QueueService,
    QueueTicket,
    QueueTicketEvent,
    QueueWindowService,
    QueueWindowState,
)


def _step(scope: WindowScope, ticket: QueueTicket, kind: str, before: dict[str, object],
          detail: str = "") -> TicketRow:
    add_event(scope.session, scope.actor, ticket, kind, scope.now, scope.counter_id, detail)
    audit_last(scope.session, scope.actor, scope.now, f"queue.{kind}", "queue_ticket", ticket.id, before,
                 {**audit_view(ticket), "window": scope.number})
    return ticket_row(scope.session, ticket, {scope.counter_id: scope.number})


@entry
def mark_no_show(desk: Desk, actor: Actor, window: int) -> TicketRow:
    """The called citizen did not come (过号); the number can be called back later."""

    def work(scope: WindowScope) -> TicketRow:
        ticket = scope.require_current(TicketStatus.CALLED)
        before = audit_view(ticket)
        ticket.status, ticket.no_show_at = TicketStatus.NO_SHOW.value, scope.now
        return _step(scope, ticket, "no_show", before)

    return at_window(desk, actor, window, work)


@entry
def start_service(desk: Desk, actor: Actor, window: int) -> TicketRow:
    def work(scope: WindowScope) -> TicketRow:
        ticket = scope.require_current(TicketStatus.CALLED)
        before = audit_view(ticket)
        ticket.status, ticket.started_at, ticket.clerk_id = TicketStatus.SERVING.value, scope.now, actor.user_id
        return _step(scope, ticket, "started", before)

    return at_window(desk, actor, window, work)


@entry
def finish_service(desk: Desk, actor: Actor, window: int) -> TicketRow:
    """End the service. Finishing a number that was only called starts and ends it at once (the
    clerk skipped F4); both times are then the same moment, which the daily log reads as 0 min."""

    def work(scope: WindowScope) -> TicketRow:
        ticket = scope.require_current()
        before = audit_view(ticket)
        if ticket.status == TicketStatus.CALLED.value:
            ticket.started_at = scope.now
            add_event(scope.session, actor, ticket, "started", scope.now, scope.counter_id)
        ticket.status, ticket.finished_at, ticket.clerk_id = TicketStatus.DONE.value, scope.now, actor.user_id
        return _step(scope, ticket, "finished", before)

    return at_window(desk, actor, window, work)


def _target_service(session: Session, actor: Actor, service_id: int | None) -> QueueService | None:
    if service_id is None:
        return None
    service = session.get(QueueService, service_id)
    if service is None or service.station_id != actor.station_id:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That queue service no longer exists; choose another."),
                       field="service")
    return service


@entry(needs=Permission.QUEUE_SERVE)
def transfer(desk: Desk, actor: Actor, window: int, *, to_service_id: int | None = None,
             to_window: int | None = None, note: str = "") -> TicketRow:
    """Send the window's current citizen on, keeping the number: to another service (any window serving
    it calls them next in turn), to one particular window, or both. They wait again, in their old place."""
    if to_service_id is None and to_window is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Choose the service or the window to transfer to."),
                              field="service")
    if to_window is not None and to_window == window:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Choose another window; the citizen is at this one "
                                                             "already."), field="window")
    note = clean_text(note, field="note", label=QT_TRANSLATE_NOOP("Field", "Note"), max_length=100, required=False)

    def work(scope: WindowScope) -> TicketRow:
        ticket = scope.require_current()
        service = _target_service(scope.session, actor, to_service_id)
        target = window_id(scope.session, actor.station_id, to_window) if to_window is not None else None
        if target is not None and (service.id if service else ticket.service_id) not in window_services(
                scope.session, target):
            # Sent there, the citizen would wait for ever: that window never calls this service.
            raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Window {window} does not serve that service; "
                                                                 "choose a window that does, or any window."),
                                  field="window", window=to_window)
        before = audit_view(ticket)
        from_service, from_window = ticket.service_id, scope.number
        if service is not None:
            ticket.service_id = service.id
        ticket.status, ticket.counter_id, ticket.target_counter_id = TicketStatus.WAITING.value, None, target
        ticket.transferred_at = scope.now
        detail = json.dumps({"from_service": from_service, "to_service": ticket.service_id,
                             "from_window": from_window, "to_window": to_window, "note": note},
                            ensure_ascii=False)
        return _step(scope, ticket, "transferred", before, detail)

    return at_window(desk, actor, window, work)


@dataclass(frozen=True)
class TransferTarget:
    number: int
    name: str


@entry(needs=Permission.QUEUE_SERVE)
def transfer_targets(desk: Desk, actor: Actor, window: int, service_id: int | None = None) -> list[TransferTarget]:
    """The windows worth sending the current citizen to, for ``service_id`` (None: the current number's
    service): open windows that serve it and are staffed — a clerk opened the workbench there (or called
    a number there) today and has not left it, and it is not on a break ("any window that serves it"
    still reaches the others)."""
    def work(session: Session) -> list[TransferTarget]:
        own = window_id(session, actor.station_id, window)
        wanted = service_id
        if wanted is None:
            wanted = session.execute(select(QueueTicket.service_id).where(
                QueueTicket.counter_id == own, QueueTicket.status.in_(AT_WINDOW))).scalars().first()
        if wanted is None:
            return []
        day = local_day(session, actor.station_id, desk.now())
        start_of_day = datetime.combine(day, time.min, station_zone(session, actor.station_id))
        staffed = select(QueueWindowState.counter_id).where(
            QueueWindowState.staffed_by_id.is_not(None), QueueWindowState.staffed_at >= start_of_day)
        on_break = select(QueueWindowState.counter_id).where(QueueWindowState.paused.is_(True))
        rows = session.execute(
            select(Counter.number, Counter.name)
            .join(QueueWindowService, QueueWindowService.counter_id == Counter.id)
            .where(Counter.station_id == actor.station_id, Counter.active.is_(True), Counter.id != own,
                   QueueWindowService.service_id == wanted, Counter.id.in_(staffed),
                   Counter.id.not_in(on_break))
            .order_by(Counter.number)).all()
        return [TransferTarget(number, name) for number, name in rows]

    return desk.db.read(work)


@entry(needs=Permission.QUEUE_SERVE)
def ticket_history(desk: Desk, actor: Actor, ticket_id: int) -> list[tuple[str, str, int | None]]:
    """(kind, ISO time, window number) of every step of a ticket, oldest first."""
    rows = desk.db.read(lambda session: session.execute(
        select(QueueTicketEvent.kind, QueueTicketEvent.at, Counter.number)
        .outerjoin(Counter, Counter.id == QueueTicketEvent.counter_id)
        .where(QueueTicketEvent.ticket_id == ticket_id, QueueTicketEvent.station_id == actor.station_id)
        .order_by(QueueTicketEvent.id)).all())
    return [(kind, at.isoformat(), number) for kind, at, number in rows]
