"""The audit chain's hashing and the business rows it vouches for (below services: migrations use it).

Each audit record carries ``images_json``: for every watched business row its transaction changed,
a digest of the row as stored afterwards (``None`` for a deleted row). ``audit verify`` compares
every current row with the digest of its last audited state, so an edit made with plain SQL shows.

Rows that exist without an audited change (seed data, rows a migration wrote) get a *baseline*
record, appended by the program that ran the migration and only when a migration was applied:
it says, honestly, "these rows were accepted as they stood at this schema upgrade".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, timezone
from decimal import Decimal
from functools import cache
from typing import Any, cast

from sqlalchemy import Connection, Select, Table, and_, bindparam, inspect, or_, select, text, update

from desk.store.models import AuditHead, AuditRecord, Base

GENESIS_HASH = "0" * 64
READ_CHUNK = 500
DIGEST_CHARS = 32  # 128 bits of SHA-256: a forged row would need a second preimage

# Business tables whose every row must match its last audited state.
WATCHED: frozenset[str] = frozenset({
    "station", "app_user", "counter", "station_setting",
    "service_category", "service_item", "service_material", "calendar_day", "calendar_year",
    "applicant", "intake_case", "intake_case_material", "consultation", "rating",
    "intake_case_clock",
    "queue_service", "queue_ticket", "queue_window_service",
    "med_room", "med_room_closure", "med_staff", "med_shift", "med_shift_exception", "med_case", "med_party",
    "med_session", "med_agreement", "med_agreement_term", "med_followup", "med_booking", "med_booking_staff",
    "med_file_item",
    "issued_document", "issued_document_reprint", "daily_note", "report_day_close",
})
# Tables left out, and why (a test makes every new table choose a side).
UNWATCHED: Mapping[str, str] = {
    "audit_record": "the chain itself",
    "audit_head": "the chain's end, checked against the records and the anchors",
    "alembic_version": "schema bookkeeping",
    "audit_secret": "the salt of the PostgreSQL row digests, read by nobody but the owner's digest function",
    "intake_counter": "a numbering counter; unique receipt numbers guard it",
    "queue_day_counter": "a numbering counter; the unique ticket number guards it",
    "med_case_counter": "a numbering counter; unique case numbers guard it",
    "queue_window_state": "a window's pause switch and who is at it today, not a record",
    "queue_help_request": "a kiosk's call for staff, answered within minutes; asking and answering are audited",
    "queue_ticket_event": "an append-only event log written in bulk; ticket times are on queue_ticket",
    "intake_case_event": "an append-only event log; the case row carries its status",
    "applicant_key": "search keys derived from the applicant row",
    "operation_log": "retry bookkeeping (operation ids of committed writes), pruned after a day",
    "access_record": "reads of personal data, written apart from the change chain (desk.services.access_log)",
}


def canonical_json(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def record_hash(prev_hash: str, seq: int, at: datetime, user_id: int | None, username: str, terminal: str,
                action: str, entity: str, entity_id: str, before_json: str, after_json: str,
                images_json: str = "") -> str:
    fields: list[Any] = [seq, at.isoformat(timespec="microseconds"), user_id, username, terminal, action, entity,
                         entity_id, before_json, after_json]
    if images_json:  # records written before row images existed keep their original hash
        fields.append(images_json)
    return hashlib.sha256((prev_hash + canonical_json(fields)).encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat(timespec="microseconds") if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return value


def row_digest(table: Table, row: Mapping[Any, Any]) -> str:
    """Digest of a row as stored: its non-empty columns by name (a later nullable column changes nothing)."""
    data = {c.name: _plain(row[c.name]) for c in table.columns if row[c.name] is not None}
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()[:DIGEST_CHARS]


def pk_key(values: Iterable[Any]) -> str:
    return "/".join(str(_plain(v)) for v in values)


def table(name: str) -> Table:
    return cast(Table, Base.metadata.tables[name])


def pk_of(tbl: Table, row: Mapping[Any, Any]) -> str:
    return pk_key(row[c.name] for c in tbl.primary_key.columns)


@cache
def _select_by_keys(name: str) -> Select[Any]:
    """Built once per table: constructing the statement per call cost as much as running it."""
    tbl = table(name)
    (pk,) = tbl.primary_key.columns
    return select(tbl).where(pk.in_(bindparam("keys", expanding=True)))


_PG_DIGESTS = text("SELECT row_key, digest FROM griddesk_row_digests(:tbl, :keys)")


def _in_database(conn: Connection) -> bool:
    """PostgreSQL digests rows itself (salted, SECURITY DEFINER): logins may not read every column."""
    return conn.dialect.name == "postgresql"


def read_images(conn: Connection, touched: Mapping[str, set[tuple[Any, ...]]]) -> dict[str, dict[str, str | None]]:
    """The after-image digests of the touched rows, read back as stored (``None``: the row is gone)."""
    images: dict[str, dict[str, str | None]] = {}
    if _in_database(conn):
        for name in sorted(touched):
            wanted = sorted(pk_key(k) for k in touched[name])
            digests: dict[str, str] = {k: d for k, d in conn.execute(_PG_DIGESTS, {"tbl": name, "keys": wanted})}
            images[name] = {k: digests.get(k) for k in wanted}
        return images
    for name in sorted(touched):
        tbl, keys = table(name), sorted(touched[name], key=pk_key)
        pk = list(tbl.primary_key.columns)
        found: dict[str, str] = {}
        for start in range(0, len(keys), READ_CHUNK):  # bound parameters are limited (SQLite: 32766)
            chunk = keys[start:start + READ_CHUNK]
            if len(pk) == 1:
                rows = conn.execute(_select_by_keys(name), {"keys": [k[0] for k in chunk]})
            else:
                rows = conn.execute(select(tbl).where(
                    or_(*(and_(*(c == v for c, v in zip(pk, k, strict=True))) for k in chunk))))
            found.update((pk_of(tbl, r), row_digest(tbl, r)) for r in rows.mappings())
        images[name] = {pk_key(k): found.get(pk_key(k)) for k in keys}
    return images


def images_text(images: Mapping[str, Mapping[str, str | None]]) -> str:
    return json.dumps(images, sort_keys=True, separators=(",", ":")) if images else ""


def last_images(conn: Connection) -> dict[tuple[str, str], tuple[str | None, int]]:
    """(table, key) -> (digest of its last audited state, seq of that record)."""
    records = cast(Table, AuditRecord.__table__)
    query = (select(records.c.seq, records.c.images_json).where(records.c.images_json != "")
             .order_by(records.c.seq).execution_options(yield_per=2000))
    last: dict[tuple[str, str], tuple[str | None, int]] = {}
    for seq, raw in conn.execute(query):
        for name, rows in json.loads(raw).items():
            for key, digest in rows.items():
                last[(name, key)] = (digest, seq)
    return last


def current_rows(conn: Connection, name: str) -> Iterator[tuple[str, str]]:
    """(key, digest) of every row of a watched table, streamed."""
    if _in_database(conn):
        rows = conn.execute(_PG_DIGESTS.execution_options(yield_per=2000), {"tbl": name, "keys": None})
        yield from ((key, digest) for key, digest in rows)
        return
    tbl = table(name)
    for row in conn.execute(select(tbl).execution_options(yield_per=2000)).mappings():
        yield pk_of(tbl, row), row_digest(tbl, row)


def baseline(conn: Connection, revisions: list[str], now: datetime) -> int:
    """After a migration: one record accepting the rows that have no audited state, or whose state the
    migration changed. Returns how many rows it covers (0: no record written)."""
    last = last_images(conn)
    images: dict[str, dict[str, str | None]] = {}
    counts: dict[str, dict[str, int]] = {}
    seen: set[tuple[str, str]] = set()
    existing = set(table_names(conn))
    for name in sorted(WATCHED & existing):
        for key, digest in current_rows(conn, name):
            seen.add((name, key))
            known = last.get((name, key))
            if known is None or known[0] != digest:
                images.setdefault(name, {})[key] = digest
                kind = "new" if known is None or known[0] is None else "changed"
                counts.setdefault(kind, {}).setdefault(name, 0)
                counts[kind][name] += 1
    for (name, key), (old, _seq) in last.items():
        if old is not None and (name, key) not in seen:
            images.setdefault(name, {})[key] = None
            counts.setdefault("removed", {}).setdefault(name, 0)
            counts["removed"][name] += 1
    if not images:
        return 0
    append_raw(conn, now, "audit.baseline", {"revisions": sorted(revisions), **counts}, images,
               username="migration")
    return sum(len(v) for v in images.values())


def table_names(conn: Connection) -> list[str]:
    return inspect(conn).get_table_names()


def has_images(conn: Connection) -> bool:
    """Whether the schema has row images yet (a migration to an older revision may stop short of them)."""
    names = inspect(conn)
    return "audit_record" in names.get_table_names() and any(
        c["name"] == "images_json" for c in names.get_columns("audit_record"))


def append_raw(conn: Connection, at: datetime, action: str, after: Any,
               images: Mapping[str, Mapping[str, str | None]], username: str) -> None:
    """A record written by the program itself (no signed-in user), e.g. the migration baseline."""
    head = cast(Table, AuditHead.__table__)
    records = cast(Table, AuditRecord.__table__)
    last_seq, last_hash = conn.execute(
        select(head.c.last_seq, head.c.last_hash).where(head.c.id == 1).with_for_update()).one()
    at = at.astimezone(timezone.utc)
    fields = dict(seq=last_seq + 1, at=at, user_id=None, username=username, terminal="", action=action,
                  entity="", entity_id="", before_json="", after_json=canonical_json(after),
                  images_json=images_text(images))
    row_hash = record_hash(last_hash, **fields)
    conn.execute(records.insert().values(**fields, prev_hash=last_hash, row_hash=row_hash))
    conn.execute(update(head).where(head.c.id == 1).values(last_seq=last_seq + 1, last_hash=row_hash))


def head_of(conn: Connection) -> tuple[int, str]:
    row = conn.execute(text("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")).one_or_none()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)
