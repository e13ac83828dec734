"""Service windows (窗口) of the hall: number and name; the queue decides what each serves.

A window is added, renamed and retired on the Station page (issue 13). A retired window is kept:
tickets, calls and the daily figures name it. Only a window nothing ever referred to (added by
mistake) can be deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.store.models import Counter
from desk.store.models.queue import QueueTicket, QueueTicketEvent, QueueWindowService, QueueWindowState

MSG_NO_WINDOW = QT_TRANSLATE_NOOP("DeskError", "There is no window {number}.")
MSG_IN_USE = QT_TRANSLATE_NOOP(
    "DeskError", "Window {number} is serving or has been sent ticket {ticket} right now. Finish or transfer it, "
                 "then retire the window.")
MSG_HAS_HISTORY = QT_TRANSLATE_NOOP(
    "DeskError", "Window {number} has served tickets, which keep its name in the records. Retire it instead of "
                 "deleting it.")


@dataclass(frozen=True)
class WindowRow:
    id: int
    number: int
    name: str
    active: bool


def _row(c: Counter) -> WindowRow:
    return WindowRow(c.id, c.number, c.name, c.active)


def _check(number: int, name: str) -> str:
    if not 1 <= number <= 99:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "A window number is 1 to 99."), field="number")
    return clean_text(name, field="name", label=QT_TRANSLATE_NOOP("Field", "Window name"), max_length=60,
                      required=False)


@entry
def list_windows(desk: Desk, station_id: int = 1, active_only: bool = False) -> list[WindowRow]:
    query = select(Counter).where(Counter.station_id == station_id).order_by(Counter.number)
    if active_only:
        query = query.where(Counter.active.is_(True))
    return desk.db.read(lambda session: [_row(c) for c in session.execute(query).scalars()])


@entry
def add_window(desk: Desk, actor: Actor, number: int, name: str = "") -> WindowRow:
    name = _check(number, name)

    def work(session: Session) -> WindowRow:
        taken = session.execute(select(Counter.id).where(Counter.station_id == actor.station_id,
                                                         Counter.number == number)).first()
        if taken:
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "Window {number} exists already; choose another number."),
                           field="number", number=number)
        counter = Counter(station_id=actor.station_id, number=number, name=name, active=True)
        session.add(counter)
        session.flush()
        audit.append(session, actor, desk.now(), "window.add", "window", counter.id, None,
                     {"number": number, "name": name})
        return _row(counter)

    return write(desk, actor, Permission.QUEUE_MANAGE, work)


@entry
def update_window(desk: Desk, actor: Actor, number: int, name: str, active: bool) -> WindowRow:
    name = _check(number, name)

    def work(session: Session) -> WindowRow:
        counter = session.execute(select(Counter).where(Counter.station_id == actor.station_id,
                                                        Counter.number == number)).scalar_one_or_none()
        if counter is None:
            raise NotFound(MSG_NO_WINDOW, number=number)
        if counter.active and not active:
            _refuse_if_in_use(session, counter)
        before = {"name": counter.name, "active": counter.active}
        counter.name, counter.active = name, active
        audit.append(session, actor, desk.now(), "window.update", "window", counter.id, before,
                     {"name": name, "active": active})
        return _row(counter)

    return write(desk, actor, Permission.QUEUE_MANAGE, work)


def _load(session: Session, station_id: int, number: int) -> Counter:
    counter = session.execute(select(Counter).where(Counter.station_id == station_id, Counter.number == number)
                              .with_for_update()).scalar_one_or_none()
    if counter is None:
        raise NotFound(MSG_NO_WINDOW, number=number)
    return counter


def _refuse_if_in_use(session: Session, counter: Counter) -> None:
    """A window with a ticket at it or sent to it now cannot go: the citizen would be stranded."""
    ticket = session.execute(select(QueueTicket.number).where(
        or_(QueueTicket.counter_id == counter.id, QueueTicket.target_counter_id == counter.id),
        QueueTicket.status.in_(("waiting", "called", "serving"))).limit(1)).scalar_one_or_none()
    if ticket is not None:
        raise Conflict(MSG_IN_USE, field="number", number=counter.number, ticket=ticket)


@entry
def remove_window(desk: Desk, actor: Actor, number: int) -> None:
    """Delete a window that no ticket ever referred to; any other is retired (update_window)."""

    def work(session: Session) -> None:
        counter = _load(session, actor.station_id, number)
        used = session.execute(select(QueueTicket.id).where(
            or_(QueueTicket.counter_id == counter.id, QueueTicket.target_counter_id == counter.id)).limit(1)).first()
        used = used or session.execute(select(QueueTicketEvent.id).where(
            QueueTicketEvent.counter_id == counter.id).limit(1)).first()
        if used:
            raise Conflict(MSG_HAS_HISTORY, field="number", number=number)
        audit.append(session, actor, desk.now(), "window.remove", "window", counter.id,
                     {"number": counter.number, "name": counter.name, "active": counter.active}, None)
        session.execute(delete(QueueWindowService).where(QueueWindowService.counter_id == counter.id))
        session.execute(delete(QueueWindowState).where(QueueWindowState.counter_id == counter.id))
        session.delete(counter)

    write(desk, actor, Permission.QUEUE_MANAGE, work)
