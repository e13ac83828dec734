"""The audit trail: who changed what, when, before and after — hash-chained so tampering shows.

Each record's hash covers its own fields and the previous record's hash. Appending locks the one
``audit_head`` row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite writers are already serialised
by ``BEGIN IMMEDIATE``), so terminals appending at the same moment still build one chain.

Each record also carries the after-image digests of the watched business rows its transaction changed
(``desk.store.audit_chain``; found through session events, so services need not list them). ``verify``
walks the chain, holds it to the anchors kept outside the database (``desk.store.anchors``: beside the
backups, on the daily-log closes), and checks every watched row against its last audited state; each
problem becomes a sentence naming the record, or the row and table, never a value.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, event, func, insert, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.core.permissions import Permission
from desk.services import audit_rows
from desk.services.access_log import read_personal
from desk.services.audit_rows import Finding
from desk.services.context import Actor, Desk
from desk.services.entry import entry
from desk.services.record_refs import references
from desk.store import audit_chain
from desk.store.anchors import Anchor
from desk.store.audit_chain import GENESIS_HASH, WATCHED, canonical_json
from desk.store.engine import Database
from desk.store.models import AuditHead, AuditRecord

__all__ = ["GENESIS_HASH", "canonical_json", "append", "touch", "verify", "ChainReport", "Finding"]

_RECORDS = cast(Table, AuditRecord.__table__)
_HEAD = cast(Table, AuditHead.__table__)
# Built once: constructing statements per call cost as much as executing them.
_READ_HEAD = select(_HEAD.c.last_seq, _HEAD.c.last_hash).where(_HEAD.c.id == 1).with_for_update()
_INSERT_RECORD = insert(_RECORDS)
_MOVE_HEAD = (update(_HEAD).where(_HEAD.c.id == 1)
              .values(last_seq=bindparam("new_seq"), last_hash=bindparam("new_hash")))
# The audit entity names that are not their table's name.
_ENTITY_TABLE = {"user": "app_user", "window": "counter"}
_SINGLE_INT_PK = frozenset(
    name for name in WATCHED
    if len(pk := list(audit_chain.table(name).primary_key.columns)) == 1 and pk[0].type.python_type is int)
# session.info keys: rows changed since the last append ({table: {pk tuple}}), and the last append.
_TOUCHED = "audit.touched"
_LAST = "audit.last_append"


def touch(session: Session, table_name: str, keys: Iterable[tuple[Any, ...]]) -> None:
    """Name rows changed with Core INSERT statements (their keys are not visible to the session)."""
    if table_name in WATCHED:
        session.info.setdefault(_TOUCHED, {}).setdefault(table_name, set()).update(keys)


@event.listens_for(Session, "after_flush")
def _note_flushed(session: Session, _flush: UOWTransaction) -> None:
    for group in (session.new, session.dirty, session.deleted):
        for obj in group:
            mapper = getattr(obj, "__mapper__", None)
            if mapper is None or mapper.local_table.name not in WATCHED:
                continue
            key = tuple(mapper.primary_key_from_instance(obj))
            if None not in key:
                session.info.setdefault(_TOUCHED, {}).setdefault(mapper.local_table.name, set()).add(key)


@event.listens_for(Session, "do_orm_execute")
def _note_bulk(state: ORMExecuteState) -> None:
    """UPDATE/DELETE statements on watched tables: note which rows they are about to change."""
    if not (state.is_update or state.is_delete):
        return
    target = getattr(state.statement, "table", None)
    name = getattr(target, "name", None)
    if name not in WATCHED:
        return
    tbl = audit_chain.table(cast(str, name))
    query = select(*tbl.primary_key.columns)
    where = getattr(state.statement, "whereclause", None)
    if where is not None:
        query = query.where(where)
    keys = [tuple(r) for r in state.session.execute(query)]
    touch(state.session, tbl.name, keys)


@event.listens_for(Session, "before_commit")
def _images_after_last_append(session: Session) -> None:
    """Changes flushed after the transaction's last append (a delete written after its audit record)
    get a follow-up record under the same actor, so their after-image is audited too."""
    last = session.info.get(_LAST)
    if last is None:
        return
    session.flush()
    if session.info.get(_TOUCHED):
        actor, at = last
        append(session, actor, at, "audit.after_images", "", "")


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_TOUCHED, None)
    session.info.pop(_LAST, None)


def _images(session: Session, entity: str, entity_id: object) -> str:
    touched: dict[str, set[tuple[Any, ...]]] = session.info.pop(_TOUCHED, None) or {}
    name = _ENTITY_TABLE.get(entity, entity)
    if name in _SINGLE_INT_PK and isinstance(entity_id, int | str) and str(entity_id).isdigit():
        touched.setdefault(name, set()).add((int(entity_id),))
    if not touched:
        return ""
    return audit_chain.images_text(audit_chain.read_images(session.connection(), touched))


def append(session: Session, actor: Actor, at: datetime, action: str, entity: str, entity_id: object = "",
           before: Any = None, after: Any = None) -> None:
    """Add one record to the chain inside the caller's transaction (call it last: it takes the lock).

    The record carries the after-image digests of the watched rows this transaction changed (read back
    as stored, before the lock is taken). Core statements on the tables, not ORM objects: this runs in
    every write transaction of every terminal, and the ORM unit of work roughly doubled its cost.
    """
    # The hash covers the time as stored (UTC); hashing a local time would break verify().
    at = at.astimezone(timezone.utc)
    session.flush()
    images_json = _images(session, entity, entity_id)
    last_seq, last_hash = session.execute(_READ_HEAD).one()
    seq = last_seq + 1
    fields = dict(
        seq=seq, at=at, user_id=actor.user_id, username=actor.username, terminal=actor.terminal,
        action=action, entity=entity, entity_id=str(entity_id), before_json=canonical_json(before),
        after_json=canonical_json(after), images_json=images_json,
    )
    row_hash = audit_chain.record_hash(last_hash, **fields)
    session.execute(_INSERT_RECORD, {**fields, "prev_hash": last_hash, "row_hash": row_hash})
    session.execute(_MOVE_HEAD, {"new_seq": seq, "new_hash": row_hash})
    session.info[_LAST] = (actor, at)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    first_bad_id: int | None = None
    problem: str = ""
    findings: tuple[Finding, ...] = ()
    rows_checked: int = 0
    anchors_checked: int = 0
    since_seq: int = 0  # 0: the full check; else the proved anchor the check started after
    end_seq: int = 0  # the chain's end as walked (what a passed check lets the next one start from)
    end_hash: str = ""


MAX_FINDINGS = 200
_MISSING = QT_TRANSLATE_NOOP("AuditCheck", "Audit record {seq} is missing (deleted); the next one is record {next}.")
_CHANGED = QT_TRANSLATE_NOOP("AuditCheck", "Audit record {seq} (id {id}) was changed after it was written.")
_TAIL = QT_TRANSLATE_NOOP("AuditCheck", "The chain ends at record {checked}, but the chain head says {last} "
                                        "were written: the last records were deleted.")
_CUT = QT_TRANSLATE_NOOP("AuditCheck", "The chain ends at record {last}, but {source} shows that record {seq} "
                                       "existed: records were cut off or the audit table was emptied.")
_GONE = QT_TRANSLATE_NOOP("AuditCheck", "Audit record {seq}, anchored in {source}, is missing.")
_REWRITTEN = QT_TRANSLATE_NOOP("AuditCheck", "Audit record {seq} does not match {source}: the audit trail was "
                                             "rewritten after that anchor was written.")
_MORE = QT_TRANSLATE_NOOP("AuditCheck", "{count} more problems were found; fix the first ones and check again.")


def close_anchors(session: Session) -> list[Anchor]:
    """The chain ends printed on the daily-log closes (also checked from paper with ``--anchor``)."""
    from desk.store.models.report import ReportDayClose

    found = []
    for day, snapshot in session.execute(select(ReportDayClose.day, ReportDayClose.snapshot_json)):
        try:
            mark = json.loads(snapshot).get("audit_anchor")
        except (ValueError, AttributeError):
            continue
        if isinstance(mark, dict) and isinstance(mark.get("seq"), int) and isinstance(mark.get("hash"), str):
            found.append(Anchor(mark["seq"], mark["hash"], f"the daily-log close of {day.isoformat()}", "close"))
    return found


def verify(db: Database, anchors: Iterable[Anchor] = (), start: Anchor | None = None) -> ChainReport:
    """Walk the chain in order, check it against the anchors written outside the database, then check
    the watched business rows against their last audited state. Every problem becomes a sentence; the
    first record that breaks the chain is also named by ``first_bad_seq``.

    Without ``start`` this is the full check: every record is re-hashed from the first, and every row of
    every watched table is compared with its last audited image. With ``start`` (an anchor a previous
    check proved, see ``desk.services.audit_since``) only the records after it are walked, and only the
    rows those records name are compared: what that does and does not prove is written there."""
    findings: list[Finding] = []
    since = start.seq if start is not None else 0
    expected_prev, expected_seq, checked = (start.hash if start else GENESIS_HASH), since + 1, 0
    bad_seq: int | None = None
    bad_id: int | None = None
    last_seq = since
    images: dict[tuple[str, str], tuple[str | None, int]] = {}
    with db.reading() as session:
        anchored = list(anchors) + close_anchors(session)
        wanted = {a.seq for a in anchored}
        hashes: dict[int, str] = {}
        if start is not None:  # the anchors at or before the start: their records are looked up, not walked
            older = sorted(s for s in wanted if 0 < s <= since)
            for piece in range(0, len(older), 500):
                hashes.update((s, h) for s, h in session.execute(select(_RECORDS.c.seq, _RECORDS.c.row_hash).where(
                    _RECORDS.c.seq.in_(older[piece:piece + 500]))))
            if not _start_record_intact(session, start, findings):
                bad_seq = start.seq  # the records after it cannot link to a proved point: not judged one by one
        # Streamed (a server-side cursor on PostgreSQL); closing() releases it.
        query = (select(_RECORDS).where(_RECORDS.c.seq > since).order_by(_RECORDS.c.seq)
                 .execution_options(yield_per=2000))
        with closing(session.execute(query)) as rows:
            for r in rows:
                if bad_seq is None:
                    if r.seq != expected_seq:
                        bad_seq = expected_seq
                        findings.append(Finding(_MISSING, {"seq": expected_seq, "next": r.seq}))
                    elif r.prev_hash != expected_prev or r.row_hash != audit_chain.record_hash(
                            expected_prev, r.seq, r.at, r.user_id, r.username, r.terminal, r.action, r.entity,
                            r.entity_id, r.before_json, r.after_json, r.images_json):
                        bad_seq, bad_id = r.seq, r.id
                        findings.append(Finding(_CHANGED, {"seq": r.seq, "id": r.id}))
                    else:
                        checked += 1
                if r.seq in wanted:
                    hashes[r.seq] = r.row_hash
                if r.images_json:
                    for name, keyed in json.loads(r.images_json).items():
                        for key, digest in keyed.items():
                            images[(name, key)] = (digest, r.seq)
                expected_prev, expected_seq, last_seq = r.row_hash, r.seq + 1, r.seq
        head_row = session.get(AuditHead, 1)
        head_seq = head_row.last_seq if head_row else 0
        if bad_seq is None and (head_row is None or head_seq != since + checked
                                or head_row.last_hash != expected_prev):
            bad_seq = since + checked + 1
            findings.append(Finding(_TAIL, {"checked": since + checked, "last": head_seq}))
        for a in sorted(anchored, key=lambda a: a.seq):
            if a.seq == 0 or a == start:  # the start was judged before the walk
                continue
            if a.seq > last_seq:
                findings.append(Finding(_CUT, {"last": last_seq, "source": a.source, "seq": a.seq}))
            elif a.seq not in hashes:
                findings.append(Finding(_GONE, {"seq": a.seq, "source": a.source}))
            elif not hashes[a.seq].startswith(a.hash.lower()):
                findings.append(Finding(_REWRITTEN, {"seq": a.seq, "source": a.source}))
            else:
                continue
            bad_seq = a.seq if bad_seq is None else min(bad_seq, a.seq)
        if start is None:
            rows_checked = audit_rows.check_all_rows(session.connection(), images, findings)
        else:
            rows_checked = audit_rows.check_named_rows(session.connection(), images, findings)
    shown = findings[:MAX_FINDINGS]
    if len(findings) > MAX_FINDINGS:
        shown.append(Finding(_MORE, {"count": len(findings) - MAX_FINDINGS}))
    return ChainReport(not findings, checked, bad_seq, bad_id, str(shown[0]) if shown else "", tuple(shown),
                       rows_checked, len(anchored), since, last_seq, expected_prev)


def _start_record_intact(session: Session, start: Anchor, findings: list[Finding]) -> bool:
    """The record the check starts from must still be there with the proved hash, and still hash to it
    from its stored fields (its row_hash column could be left alone while its fields are edited)."""
    r = session.execute(select(_RECORDS).where(_RECORDS.c.seq == start.seq)).one_or_none()
    if r is None:
        findings.append(Finding(_GONE, {"seq": start.seq, "source": start.source}))
    elif not r.row_hash.startswith(start.hash.lower()):
        findings.append(Finding(_REWRITTEN, {"seq": start.seq, "source": start.source}))
    elif r.row_hash != audit_chain.record_hash(
            r.prev_hash, r.seq, r.at, r.user_id, r.username, r.terminal, r.action, r.entity, r.entity_id,
            r.before_json, r.after_json, r.images_json):
        findings.append(Finding(_CHANGED, {"seq": r.seq, "id": r.id}))
    else:
        return True
    return False


def anchors_beside_backups(db: Database) -> list[Anchor]:
    """The anchors every backup of this SQLite database wrote beside it (none for PostgreSQL: its
    stations anchor with the daily-log closes, ``audit head`` and ``audit verify --anchors FILE``)."""
    from desk.store import anchors
    from desk.store.backup import backup_folder

    path = db.sqlite_path
    return anchors.read_anchors(anchors.anchors_file(backup_folder(path), path.stem)) if path is not None else []


def head(db: Database) -> tuple[int, str]:
    """The chain's end now (record number and hash), e.g. to anchor a PostgreSQL station by hand."""
    with db.reading() as session:
        return audit_chain.head_of(session.connection())


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
    reference: str = ""  # what a person knows the record by (receipt or case number...), when it has one


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
        records = list(session.execute(query).scalars())
        known = references(session, [(r.entity, r.entity_id) for r in records])
        rows = [
            AuditRow(r.id, r.seq, r.at, r.username, r.terminal, r.action, r.entity, r.entity_id, r.before_json,
                     r.after_json, known.get((r.entity, r.entity_id), ""))
            for r in records
        ]
        return rows, total

    return read_personal(desk, actor, Permission.AUDIT_VIEW, work, action="audit.list", subject="audit_record",
                         seen=lambda page: [r.seq for r in page[0]])
