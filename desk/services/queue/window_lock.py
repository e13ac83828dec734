"""What every window action starts with: lock the window's state row, find its current ticket.

Locking ``queue_window_state`` (PostgreSQL ``SELECT ... FOR UPDATE``; SQLite writers are already
serialised by ``BEGIN IMMEDIATE``) means two presses on the same window — a double click, or the
clerk's PC and a manager's — run one after the other and see each other's result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict
from desk.core.permissions import Permission
from desk.services.context import Actor, Desk, write
from desk.services.queue.rows import (
    AT_WINDOW,
    TicketRow,
    TicketStatus,
    add_event,
    audit_last,
    audit_view,
    ticket_row,
    window_id,
)
from desk.store.models.queue import QueueTicket, QueueWindowState

T = TypeVar("T")


@dataclass
class WindowScope:
    """A locked window inside a running transaction."""

    session: Session
    actor: Actor
    now: datetime
    number: int
    counter_id: int
    state: QueueWindowState

    def current(self) -> QueueTicket | None:
        return self.session.execute(
            select(QueueTicket).where(QueueTicket.counter_id == self.counter_id,
                                      QueueTicket.status.in_(AT_WINDOW))
            .order_by(QueueTicket.called_at.desc()).limit(1).with_for_update()).scalar_one_or_none()

    def require_current(self, *allowed: TicketStatus) -> QueueTicket:
        ticket = self.current()
        if ticket is None:
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "Window {window} has no number at the moment; call the "
                                                          "next number first (F1)."), window=self.number)
        if allowed and ticket.status not in {s.value for s in allowed}:
            if ticket.status == TicketStatus.SERVING.value:
                raise Conflict(QT_TRANSLATE_NOOP("DeskError", "{number} is already being served; finish it (F5) or "
                                                              "transfer it."), number=ticket.number)
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "{number} has been called but not started; start (F4) "
                                                          "or mark a no-show (F3) first."), number=ticket.number)
        return ticket

    def require_free(self) -> None:
        ticket = self.current()
        if ticket is not None:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "Window {window} still has {number}. Finish it (F5) or mark a no-show (F3) before "
                             "calling another number."), window=self.number, number=ticket.number)

    def require_open(self) -> None:
        if self.state.paused:
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "Window {window} is on a break; resume it before calling "
                                                          "numbers."), window=self.number)

    def call(self, ticket: QueueTicket, kind: str = "called") -> TicketRow:
        """Put ``ticket`` on this window as called, with its event and audit record."""
        before = audit_view(ticket)
        ticket.status = TicketStatus.CALLED.value
        ticket.counter_id = self.counter_id
        ticket.target_counter_id = None
        ticket.clerk_id = self.actor.user_id
        # called_at is the first call (the wait ends there); recalls and later calls are events.
        ticket.called_at = ticket.called_at or self.now
        ticket.call_count = (ticket.call_count or 0) + 1
        if self.state.staffed_by_id != self.actor.user_id or self.state.staffed_at is None:
            # Calling here means sitting here: the hall display and transfers see the window as staffed.
            self.state.staffed_by_id, self.state.staffed_at = self.actor.user_id, self.now
        add_event(self.session, self.actor, ticket, kind, self.now, self.counter_id)
        audit_last(self.session, self.actor, self.now, f"queue.{kind}", "queue_ticket", ticket.id, before,
                     {**audit_view(ticket), "window": self.number})
        return ticket_row(self.session, ticket, {self.counter_id: self.number})


def lock_window(session: Session, actor: Actor, now: datetime, number: int) -> WindowScope:
    counter_id = window_id(session, actor.station_id, number)
    query = select(QueueWindowState).where(QueueWindowState.counter_id == counter_id).with_for_update()
    state = session.execute(query).scalar_one_or_none()
    if state is None:
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(insert(QueueWindowState).values(counter_id=counter_id, paused=False)
                        .on_conflict_do_nothing(index_elements=[QueueWindowState.counter_id]))
        state = session.execute(query).scalar_one()
    return WindowScope(session, actor, now, number, counter_id, state)


def at_window(desk: Desk, actor: Actor, number: int, work: Callable[[WindowScope], T],
              permission: Permission = Permission.QUEUE_SERVE) -> T:
    """Run ``work`` on window ``number``, locked, in one transaction, after the permission check."""
    return write(desk, actor, permission, lambda session: work(lock_window(session, actor, desk.now(), number)))
