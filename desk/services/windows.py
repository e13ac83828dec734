"""Service windows (窗口) of the hall: number and name; the queue decides what each serves."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.store.models import Counter


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
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "There is no window {number}."), number=number)
        before = {"name": counter.name, "active": counter.active}
        counter.name, counter.active = name, active
        audit.append(session, actor, desk.now(), "window.update", "window", counter.id, before,
                     {"name": name, "active": active})
        return _row(counter)

    return write(desk, actor, Permission.QUEUE_MANAGE, work)
