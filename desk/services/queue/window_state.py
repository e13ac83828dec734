"""A window's break (暂停/恢复) and what the clerk's workbench shows about it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict
from desk.services.context import Actor, Desk
from desk.services.entry import entry
from desk.services.queue.rows import (
    AT_WINDOW,
    TicketRow,
    TicketStatus,
    audit_last,
    local_day,
    public_row,
    row_for,
    ticket_rows,
    window_id,
)
from desk.services.queue.window_lock import WindowScope, at_window
from desk.store.models.queue import QueueService, QueueTicket, QueueWindowService, QueueWindowState


@entry
def pause_window(desk: Desk, actor: Actor, window: int) -> None:
    """Take a break: "call next" is refused and the hall display shows the window as paused. A citizen
    already at the window is finished first, so nobody is left standing there."""

    def work(scope: WindowScope) -> None:
        if scope.state.paused:
            return
        current = scope.current()
        if current is not None:
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "Finish or transfer {number} before taking a break."),
                           number=current.number)
        scope.state.paused, scope.state.paused_at = True, scope.now
        audit_last(scope.session, actor, scope.now, "queue.window.pause", "window", scope.counter_id,
                     {"paused": False}, {"paused": True, "window": scope.number})

    at_window(desk, actor, window, work)


@entry
def resume_window(desk: Desk, actor: Actor, window: int) -> None:
    def work(scope: WindowScope) -> None:
        if not scope.state.paused:
            return
        scope.state.paused, scope.state.paused_at = False, None
        audit_last(scope.session, actor, scope.now, "queue.window.resume", "window", scope.counter_id,
                     {"paused": True}, {"paused": False, "window": scope.number})

    at_window(desk, actor, window, work)


@dataclass(frozen=True)
class WindowStatus:
    window: int
    paused: bool
    paused_at: datetime | None
    current: TicketRow | None
    service_ids: list[int]  # served by this window, most preferred first
    service_names: list[str]
    served_today: int
    missed: list[TicketRow]  # today's no-shows this window could call back (names and phones masked)


@entry
def window_status(desk: Desk, actor: Actor, window: int) -> WindowStatus:
    """The window's state. The citizen at the window is shown whole only to an actor who serves
    citizens (QUEUE_SERVE); a display or kiosk asking gets names and phones masked."""
    def work(session: Session) -> WindowStatus:
        counter_id = window_id(session, actor.station_id, window)
        state = session.get(QueueWindowState, counter_id)
        services = session.execute(
            select(QueueService.id, QueueService.name)
            .join(QueueWindowService, QueueWindowService.service_id == QueueService.id)
            .where(QueueWindowService.counter_id == counter_id).order_by(QueueWindowService.rank)).all()
        current = session.execute(select(QueueTicket).where(
            QueueTicket.counter_id == counter_id, QueueTicket.status.in_(AT_WINDOW))
            .order_by(QueueTicket.called_at.desc()).limit(1)).scalar_one_or_none()
        day = local_day(session, actor.station_id, desk.now())
        served = session.execute(select(func.count(QueueTicket.id)).where(
            QueueTicket.station_id == actor.station_id, QueueTicket.day == day,
            QueueTicket.counter_id == counter_id, QueueTicket.status == TicketStatus.DONE.value)).scalar_one()
        service_ids = [s for s, _ in services]
        missed = list(session.execute(select(QueueTicket).where(
            QueueTicket.station_id == actor.station_id, QueueTicket.day == day,
            QueueTicket.status == TicketStatus.NO_SHOW.value,
            (QueueTicket.service_id.in_(service_ids)) | (QueueTicket.counter_id == counter_id))
            .order_by(QueueTicket.no_show_at.desc()).limit(50)).scalars())
        return WindowStatus(
            window, bool(state and state.paused), state.paused_at if state else None,
            row_for(actor, ticket_rows(session, [current])[0]) if current else None,
            service_ids, [n for _, n in services], int(served), [public_row(r) for r in ticket_rows(session, missed)])

    return desk.db.read(work)


def _staff(scope: WindowScope, user_id: int | None, action: str) -> None:
    before = {"staffed_by_id": scope.state.staffed_by_id}
    scope.state.staffed_by_id = user_id
    scope.state.staffed_at = scope.now if user_id is not None else None
    audit_last(scope.session, scope.actor, scope.now, action, "window", scope.counter_id, before,
               {"staffed_by_id": user_id, "window": scope.number})


@entry
def take_window(desk: Desk, actor: Actor, window: int) -> None:
    """The clerk opened the workbench at this window: the hall display shows it as open from now on
    (for the rest of the station-day, or until the clerk leaves it)."""
    at_window(desk, actor, window, lambda scope: _staff(scope, actor.user_id, "queue.window.take"))


@entry
def leave_window(desk: Desk, actor: Actor, window: int) -> None:
    """The clerk signed out or closed the desk: the window shows as not staffed. Leaving a window
    somebody else has taken since changes nothing."""
    def work(scope: WindowScope) -> None:
        if scope.state.staffed_by_id == actor.user_id:
            _staff(scope, None, "queue.window.leave")

    at_window(desk, actor, window, work)
