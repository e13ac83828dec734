"""The audit trail: who changed what, when, before and after — hash-chained so tampering shows.

Each record's hash covers its own fields and the previous record's hash. Appending locks the one
``audit_head`` row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite writers are already serialised
by ``BEGIN IMMEDIATE``), so terminals appending at the same moment still build one chain.
``verify`` walks the chain and names the first row that was edited or deleted behind the
program's back.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from desk.core.permissions import Permission
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk
from desk.services.entry import entry
from desk.store.engine import Database
from desk.store.models import AuditHead, AuditRecord

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _row_hash(prev_hash: str, seq: int, at: datetime, user_id: int | None, username: str, terminal: str,
              action: str, entity: str, entity_id: str, before_json: str, after_json: str) -> str:
    payload = canonical_json(
        [seq, at.isoformat(timespec="microseconds"), user_id, username, terminal, action, entity, entity_id,
         before_json, after_json]
    )
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


_RECORDS = cast(Table, AuditRecord.__table__)
_HEAD = cast(Table, AuditHead.__table__)
# Built once: constructing statements per call cost as much as executing them.
_READ_HEAD = select(_HEAD.c.last_seq, _HEAD.c.last_hash).where(_HEAD.c.id == 1).with_for_update()
_INSERT_RECORD = insert(_RECORDS)
_MOVE_HEAD = (update(_HEAD).where(_HEAD.c.id == 1)
              .values(last_seq=bindparam("new_seq"), last_hash=bindparam("new_hash")))


def append(session: Session, actor: Actor, at: datetime, action: str, entity: str, entity_id: object = "",
           before: Any = None, after: Any = None) -> None:
    """Add one record to the chain inside the caller's transaction (call it last: it takes the lock).

    Core statements on the tables, not ORM objects: this runs in every write transaction of every
    terminal, and the ORM unit of work roughly doubled its cost.
    """
    # The hash covers the time as stored (UTC); hashing a local time would break verify().
    at = at.astimezone(timezone.utc)
    last_seq, last_hash = session.execute(_READ_HEAD).one()
    seq = last_seq + 1
    fields = dict(
        seq=seq, at=at, user_id=actor.user_id, username=actor.username, terminal=actor.terminal,
        action=action, entity=entity, entity_id=str(entity_id), before_json=canonical_json(before),
        after_json=canonical_json(after),
    )
    row_hash = _row_hash(last_hash, **fields)
    session.execute(_INSERT_RECORD, {**fields, "prev_hash": last_hash, "row_hash": row_hash})
    session.execute(_MOVE_HEAD, {"new_seq": seq, "new_hash": row_hash})


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    first_bad_id: int | None = None
    problem: str = ""


def verify(db: Database) -> ChainReport:
    """Walk the whole chain in order; stop at the first record that does not fit."""
    expected_prev, expected_seq, checked = GENESIS_HASH, 1, 0
    with db.reading() as session:
        # Streamed (a server-side cursor on PostgreSQL); closing() releases it on an early return.
        query = select(AuditRecord).order_by(AuditRecord.seq).execution_options(yield_per=2000)
        with closing(session.execute(query)) as rows:
            for record in rows.scalars():
                if record.seq != expected_seq:
                    return ChainReport(False, checked, expected_seq, None,
                                       f"record {expected_seq} is missing (deleted); the next one is {record.seq}")
                recomputed = _row_hash(expected_prev, record.seq, record.at, record.user_id, record.username,
                                       record.terminal, record.action, record.entity, record.entity_id,
                                       record.before_json, record.after_json)
                if record.prev_hash != expected_prev or recomputed != record.row_hash:
                    return ChainReport(False, checked, record.seq, record.id,
                                       f"record {record.seq} (id {record.id}) was changed after it was written")
                expected_prev, expected_seq, checked = record.row_hash, expected_seq + 1, checked + 1
        head = session.get(AuditHead, 1)
    if head is None or head.last_seq != checked or head.last_hash != expected_prev:
        last = head.last_seq if head else 0
        return ChainReport(False, checked, checked + 1, None,
                           f"the chain ends at record {checked} but {last} were written: the last records were deleted")
    return ChainReport(True, checked)


@dataclass(frozen=True)
class AuditRow:
    id: int
    seq: int
    at: datetime
    username: str
    terminal: str
    action: str
    entity: str
    entity_id: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditFilter:
    start: datetime | None = None
    end: datetime | None = None
    username: str = ""
    action_prefix: str = ""
    entity: str = ""
    entity_id: str = ""


def _filtered(query: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.start:
        query = query.where(AuditRecord.at >= flt.start)
    if flt.end:
        query = query.where(AuditRecord.at < flt.end)
    if flt.username:
        query = query.where(AuditRecord.username == flt.username)
    if flt.action_prefix:
        query = query.where(AuditRecord.action.startswith(flt.action_prefix))
    if flt.entity:
        query = query.where(AuditRecord.entity == flt.entity)
    if flt.entity_id:
        query = query.where(AuditRecord.entity_id == flt.entity_id)
    return query


@entry
def list_records(desk: Desk, actor: Actor, flt: AuditFilter, limit: int = 500, offset: int = 0) -> tuple[list[AuditRow], int]:
    """Newest first, one page, and the total matching count for the pager."""

    def work(session: Session) -> tuple[list[AuditRow], int]:
        total = session.execute(_filtered(select(func.count(AuditRecord.id)), flt)).scalar_one()
        query = _filtered(select(AuditRecord), flt).order_by(AuditRecord.seq.desc()).limit(limit).offset(offset)
        rows = [
            AuditRow(r.id, r.seq, r.at, r.username, r.terminal, r.action, r.entity, r.entity_id, r.before_json,
                     r.after_json)
            for r in session.execute(query).scalars()
        ]
        return rows, total

    return read_personal(desk, actor, Permission.AUDIT_VIEW, work, action="audit.list", subject="audit_record",
                         seen=lambda page: [r.seq for r in page[0]])
