"""呼叫工作人员: a citizen at the kiosk asks for a person; every window's workbench shows it until one
clerk answers. One open request per kiosk: pressing again while nobody came does not ring twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, NotFound
from desk.core.permissions import Permission
from desk.services import audit
from desk.services.context import Actor, Desk, read, write
from desk.services.entry import entry
from desk.store.models.queue import QueueHelpRequest


@dataclass(frozen=True)
class HelpRequest:
    id: int
    terminal: str
    asked_at: datetime


def _row(r: QueueHelpRequest) -> HelpRequest:
    return HelpRequest(r.id, r.terminal, r.asked_at)


@entry(needs=Permission.QUEUE_ISSUE)
def ask_for_help(desk: Desk, actor: Actor) -> HelpRequest:
    def work(session: Session) -> HelpRequest:
        terminal = actor.terminal or actor.username
        waiting = session.execute(select(QueueHelpRequest).where(
            QueueHelpRequest.station_id == actor.station_id, QueueHelpRequest.terminal == terminal,
            QueueHelpRequest.answered_at.is_(None))).scalars().first()
        if waiting is not None:
            return _row(waiting)
        request = QueueHelpRequest(station_id=actor.station_id, terminal=terminal, asked_at=desk.now(),
                                   answered_by="")
        session.add(request)
        session.flush()
        audit.append(session, actor, desk.now(), "queue.help.ask", "queue_help_request", request.id, None,
                     {"terminal": terminal})
        return _row(request)

    return write(desk, actor, Permission.QUEUE_ISSUE, work)


@entry(needs=Permission.QUEUE_SERVE)
def open_help_requests(desk: Desk, actor: Actor) -> list[HelpRequest]:
    def work(session: Session) -> list[HelpRequest]:
        return [_row(r) for r in session.execute(select(QueueHelpRequest).where(
            QueueHelpRequest.station_id == actor.station_id, QueueHelpRequest.answered_at.is_(None))
            .order_by(QueueHelpRequest.asked_at).limit(20)).scalars()]

    return read(desk, actor, Permission.QUEUE_SERVE, work)


@entry(needs=Permission.QUEUE_SERVE)
def answer_help(desk: Desk, actor: Actor, request_id: int) -> None:
    """"I'm going": the request leaves every workbench. Answered already by a colleague: nothing to do."""
    def work(session: Session) -> None:
        request = session.get(QueueHelpRequest, request_id, with_for_update=True)
        if request is None or request.station_id != actor.station_id:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That call for staff is no longer there."))
        if request.answered_at is not None:
            return
        request.answered_at, request.answered_by = desk.now(), actor.display_name
        audit.append(session, actor, desk.now(), "queue.help.answer", "queue_help_request", request.id,
                     {"answered": False}, {"answered": True, "by": actor.display_name})

    write(desk, actor, Permission.QUEUE_SERVE, work)
