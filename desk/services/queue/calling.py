"""Calling numbers to a window: next, again (重呼), a specific number, a missed number (过号) back.

"Call next" takes tickets in the order written once in ``call_order`` (transfers to this window
first, then the 绿色通道 rule, then the window's preference of services and age). The pick is one indexed
query per kind; on PostgreSQL it takes the row with ``FOR UPDATE SKIP LOCKED``, so two windows
calling at the same instant get two different tickets without waiting for each other.
"""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound
from desk.core.permissions import Permission
from desk.services.context import Actor, Desk
from desk.services.entry import entry
from desk.services.queue.call_order import next_streak, priority_turn, sql_order, window_services
from desk.services.queue.config import read_queue_settings
from desk.services.queue.rows import TicketRow, TicketStatus, local_day
from desk.services.queue.window_lock import WindowScope, at_window
from desk.store.models.queue import QueueTicket


def _pick(scope: WindowScope, services: list[int], priority_first: bool) -> QueueTicket | None:
    """The ticket "call next" takes, in one indexed query, in the order of ``call_order``."""
    day = local_day(scope.session, scope.actor.station_id, scope.now)
    targeted = QueueTicket.target_counter_id == scope.counter_id
    eligible = or_(targeted, and_(QueueTicket.target_counter_id.is_(None), QueueTicket.service_id.in_(services))) \
        if services else targeted
    query = (select(QueueTicket)
             .where(QueueTicket.station_id == scope.actor.station_id, QueueTicket.day == day,
                    QueueTicket.status == TicketStatus.WAITING.value, eligible)
             .order_by(*sql_order(scope.counter_id, services, priority_first))
             .limit(1).with_for_update(skip_locked=True))
    return scope.session.execute(query).scalar_one_or_none()


@entry
def call_next(desk: Desk, actor: Actor, window: int) -> TicketRow | None:
    """Call the next number for ``window``; None when nobody is waiting for its services."""

    def work(scope: WindowScope) -> TicketRow | None:
        scope.require_open()
        scope.require_free()
        every = read_queue_settings(scope.session, actor.station_id).normal_per_priority
        streak = scope.state.normal_since_priority
        ticket = _pick(scope, window_services(scope.session, scope.counter_id), priority_turn(streak, every))
        if ticket is None:
            return None
        scope.state.normal_since_priority = next_streak(streak, ticket, ticket.target_counter_id == scope.counter_id)
        return scope.call(ticket)

    return at_window(desk, actor, window, work)


@entry
def recall(desk: Desk, actor: Actor, window: int) -> TicketRow:
    """Call the window's current number again (the hall display announces it again)."""

    def work(scope: WindowScope) -> TicketRow:
        ticket = scope.require_current(TicketStatus.CALLED)
        return scope.call(ticket, "recalled")

    return at_window(desk, actor, window, work)


def _today_ticket(scope: WindowScope, number: str) -> QueueTicket:
    day = local_day(scope.session, scope.actor.station_id, scope.now)
    clean = number.strip().upper()
    ticket = scope.session.execute(select(QueueTicket).where(
        QueueTicket.station_id == scope.actor.station_id, QueueTicket.day == day,
        QueueTicket.number == clean).with_for_update()).scalar_one_or_none()
    if ticket is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "There is no number {number} today; check the number on "
                                                      "the slip."), field="number", number=clean or "?")
    return ticket


def _callable(ticket: QueueTicket) -> None:
    if ticket.status not in (TicketStatus.WAITING.value, TicketStatus.NO_SHOW.value):
        raise Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "{number} cannot be called: it is already at a window or finished."),
            field="number", number=ticket.number)


@entry(search=("number",))
def call_number(desk: Desk, actor: Actor, window: int, number: str) -> TicketRow:
    """Call one particular waiting or missed number out of turn (needs QUEUE_CALL_SPECIFIC)."""

    def work(scope: WindowScope) -> TicketRow:
        scope.require_open()
        scope.require_free()
        ticket = _today_ticket(scope, number)
        _callable(ticket)
        return scope.call(ticket, "called" if ticket.status == TicketStatus.WAITING.value else "recalled")

    return at_window(desk, actor, window, work, Permission.QUEUE_CALL_SPECIFIC)


@entry(search=("number",))
def recall_missed(desk: Desk, actor: Actor, window: int, number: str) -> TicketRow:
    """A citizen whose number was missed (过号) came back: call it again at this window. Any clerk may do
    this for a number of a service the window serves, or one missed at this window."""

    def work(scope: WindowScope) -> TicketRow:
        scope.require_open()
        scope.require_free()
        ticket = _today_ticket(scope, number)
        if ticket.status != TicketStatus.NO_SHOW.value:
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "{number} was not missed; only a missed number can be "
                                                          "called back this way."), field="number",
                           number=ticket.number)
        served_here = ticket.service_id in window_services(scope.session, scope.counter_id)
        if not served_here and ticket.counter_id != scope.counter_id:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "{number} belongs to a service this window does not serve; send the citizen to a "
                             "window that serves it."), field="number", number=ticket.number)
        return scope.call(ticket, "recalled")

    return at_window(desk, actor, window, work)

