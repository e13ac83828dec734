"""Reads of personal data, audited the same way everywhere: who looked at which applicant, party,
user or phone, and when.

``read_personal`` runs the read in a read transaction (no write lock), then writes one access record
in its own short transaction before the data is handed out; if that record cannot be written the
data is not handed out either. Access records live apart from the audit chain, so a read never
moves the change counter that other terminals poll (DESIGN.md: reads never take the write lock).

    return read_personal(desk, actor, Permission.INTAKE_VIEW, work,
                         action="applicant.search", subject="applicant", seen=lambda rows: [r.id for r in rows])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from desk.core.permissions import Permission
from desk.services.context import Actor, Desk, read
from desk.services.entry import entry
from desk.store.models.access import AccessRecord

T = TypeVar("T")
_RECORDS: Table = AccessRecord.__table__  # type: ignore[assignment]
_INSERT = insert(_RECORDS)
MAX_IDS_TEXT = 20_000  # a list page of thousands of rows: the first ids and the count say enough


def _ids_text(ids: Iterable[object]) -> tuple[str, int]:
    seen = [str(i) for i in ids if i is not None and str(i) != ""]
    text = "," + ",".join(seen) + "," if seen else ""
    if len(text) > MAX_IDS_TEXT:
        text = text[: text.rindex(",", 0, MAX_IDS_TEXT) + 1]
    return text, len(seen)


def _record(desk: Desk, actor: Actor, action: str, subject: str, ids: Iterable[object], detail: str = "") -> None:
    """Write one access record now, in its own short transaction (it touches no audit chain)."""
    subject_ids, count = _ids_text(ids)
    values = {"at": desk.now(), "user_id": actor.user_id, "username": actor.username[:60],
              "terminal": actor.terminal[:80], "action": action[:60], "subject": subject[:40],
              "subject_ids": subject_ids, "count": count, "detail": detail[:200]}
    desk.db.transact(lambda session: session.execute(_INSERT, values))


def read_personal(desk: Desk, actor: Actor, permission: Permission | None, work: Callable[[Session], T], *,
                  action: str, subject: str, seen: Callable[[T], Iterable[object]], detail: str = "") -> T:
    """``read`` plus an access record of the ids in the result (none written when nothing was shown)."""
    result = read(desk, actor, permission, work)
    ids = list(seen(result))
    if ids:
        _record(desk, actor, action, subject, ids, detail)
    return result


@dataclass(frozen=True)
class AccessRow:
    id: int
    at: datetime
    username: str
    terminal: str
    action: str
    subject: str
    subject_ids: str
    count: int
    detail: str


@entry
def list_access(desk: Desk, actor: Actor, *, start: datetime, end: datetime, subject: str = "",
                subject_id: object = None, username: str = "", limit: int = 500,
                offset: int = 0) -> tuple[list[AccessRow], int]:
    """Who looked at what in [start, end): newest first; filter by user, subject kind or one subject."""

    def work(session: Session) -> tuple[list[AccessRow], int]:
        query = select(AccessRecord).where(AccessRecord.at >= start, AccessRecord.at < end)
        if subject:
            query = query.where(AccessRecord.subject == subject)
        if subject_id is not None and str(subject_id):
            query = query.where(AccessRecord.subject_ids.contains(f",{subject_id},", autoescape=True))
        if username.strip():
            query = query.where(AccessRecord.username.contains(username.strip(), autoescape=True))
        total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
        rows = session.execute(query.order_by(AccessRecord.id.desc()).limit(max(1, min(limit, 5000)))
                               .offset(max(0, offset))).scalars()
        return [AccessRow(r.id, r.at, r.username, r.terminal, r.action, r.subject, r.subject_ids.strip(","),
                          r.count, r.detail) for r in rows], int(total)

    return read_personal(desk, actor, Permission.AUDIT_VIEW, work, action="access.list", subject="access_record",
                         seen=lambda result: [row.id for row in result[0]])
