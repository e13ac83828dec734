"""The order in which "call next" takes a window's waiting tickets, written once.

``calling._pick`` asks the database for the first ticket in this order (one indexed query, with
``SKIP LOCKED`` on PostgreSQL); ``board.waiting_tickets`` lists a window's waiting numbers in the same
order, by playing the same rule forward, so the clerk's list is the order F1 will really call them in:

1. tickets sent to this very window (a transfer) first: they have waited already;
2. then, by the 绿色通道 rule, a priority ticket or a normal one: at most one priority ticket per
   ``normal_per_priority`` normal ones while normal ones wait (a transfer does not count);
3. within that, by the window's preference of services, then by age.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, literal, select
from sqlalchemy.orm import Session

from desk.store.models.queue import QueueTicket, QueueWindowService


def window_services(session: Session, counter_id: int) -> list[int]:
    """The window's services, most preferred first."""
    return list(session.execute(select(QueueWindowService.service_id).where(
        QueueWindowService.counter_id == counter_id).order_by(QueueWindowService.rank)).scalars())


def priority_turn(streak: int | None, every: int) -> bool:
    """Whether a priority ticket goes before normal ones now (``streak``: normal tickets since the last
    priority one; None before the first priority ticket of the window)."""
    return streak is None or streak >= every


def next_streak(streak: int | None, ticket: QueueTicket, targeted: bool) -> int | None:
    """The window's streak after calling ``ticket``."""
    if targeted:
        return streak
    if ticket.priority:
        return 0
    return streak + 1 if streak is not None else None


def rank_of(services: Sequence[int]) -> dict[int, int]:
    return {service_id: position for position, service_id in enumerate(services)}


def sql_order(counter_id: int, services: Sequence[int], priority_first: bool) -> list[Any]:
    """The ORDER BY of the rule for the database (mirrors ``_key``)."""
    targeted = QueueTicket.target_counter_id == counter_id
    rank = case(rank_of(services), value=QueueTicket.service_id, else_=len(services)) if services else literal(0)
    return [case((targeted, 0), else_=1),
            QueueTicket.priority.desc() if priority_first else QueueTicket.priority.asc(),
            rank, QueueTicket.issued_at, QueueTicket.id]


def _key(ticket: QueueTicket, counter_id: int, ranks: dict[int, int], priority_first: bool) -> tuple[Any, ...]:
    targeted = ticket.target_counter_id == counter_id
    priority = bool(ticket.priority)
    issued: datetime = ticket.issued_at
    return (0 if targeted else 1, (not priority) if priority_first else priority,
            ranks.get(ticket.service_id, len(ranks)), issued, ticket.id)


def call_sequence(tickets: Iterable[QueueTicket], counter_id: int, services: Sequence[int], every: int,
                  streak: int | None) -> list[QueueTicket]:
    """The waiting ``tickets`` in the order repeated "call next" at the window would take them."""
    ranks = rank_of(services)
    waiting = list(tickets)
    # Transfers to this window change no streak, so they all come first, in the rule's order as it stands.
    turn = priority_turn(streak, every)
    ordered = sorted((t for t in waiting if t.target_counter_id == counter_id),
                     key=lambda t: _key(t, counter_id, ranks, turn))
    # Then each step takes the head of the priority or the normal line, whichever the rule says (the other
    # when that one is empty): what ``_key`` gives one ticket at a time, without re-sorting per step.
    lines = {flag: sorted((t for t in waiting if t.target_counter_id != counter_id and bool(t.priority) is flag),
                          key=lambda t: _key(t, counter_id, ranks, flag), reverse=True)
             for flag in (True, False)}
    while lines[True] or lines[False]:
        preferred = priority_turn(streak, every)
        pick = (lines[preferred] or lines[not preferred]).pop()
        ordered.append(pick)
        streak = next_streak(streak, pick, targeted=False)
    return ordered
