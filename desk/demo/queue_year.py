"""Writing a busy hall's year of queue history in bulk, with the audit chain the services would have
written: one record per issue, call, start, finish, no-show and transfer (``queue.issue``,
``queue.called``…), by the kiosk or the window's clerk, at the event's time, each carrying the ticket's
after-image digest as the service's record does.

Going through ``issue_ticket``/``call_next`` for 300,000 tickets would take hours, so the rows are
inserted with Core statements a few weeks per transaction, and the chain is computed here with the
same ``record_hash``. The last record of each ticket carries the digest read back from the database
(``read_images``, SQLite's or PostgreSQL's own), so ``audit verify`` holds every ticket to it; the
earlier records carry the digest of the row as it was at that step.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timezone
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from desk.demo import DemoRun
from desk.services.queue.rows import TicketStatus
from desk.store import audit_chain
from desk.store.models import AuditHead, AuditRecord
from desk.store.models.queue import QueueDayCounter, QueueTicket, QueueTicketEvent

_TICKETS = cast(Table, QueueTicket.__table__)
_RECORDS = cast(Table, AuditRecord.__table__)
_HEAD = cast(Table, AuditHead.__table__)
KIOSK = (None, "kiosk", "kiosk@demo")  # user_id, username, terminal: what a kiosk's actor records
_TIMES = ("called_at", "started_at", "finished_at", "no_show_at", "transferred_at")
# What each event does to the row (the services' status for it, and the time column it sets).
_STEP = {"issued": (TicketStatus.WAITING.value, None), "called": (TicketStatus.CALLED.value, "called_at"),
         "started": (TicketStatus.SERVING.value, "started_at"), "finished": (TicketStatus.DONE.value, "finished_at"),
         "no_show": (TicketStatus.NO_SHOW.value, "no_show_at"),
         "transferred": (TicketStatus.WAITING.value, "transferred_at")}


def write_days(session: Session, run: DemoRun, ticket_rows: list[dict[str, Any]], tickets: Sequence[Any],
               day_serials: dict[date, dict[str, int]], ids: dict[str, int], counters: dict[int, int]) -> int:
    """Insert one batch of days' tickets, events and day counters and their audit records; returns the
    number of records."""
    conn = session.connection()
    new_ids = list(conn.execute(insert(_TICKETS).returning(_TICKETS.c.id, sort_by_parameter_order=True),
                                ticket_rows).scalars())
    events = [{"station_id": run.actor.station_id, "ticket_id": tid, "kind": kind, "at": at,
               "counter_id": counters.get(window) if window else None, "user_id": clerk,
               "service_id": ids[t.issued_service], "detail": ""}
              for tid, t in zip(new_ids, tickets, strict=True) for kind, at, window, clerk in t.events]
    conn.execute(insert(cast(Table, QueueTicketEvent.__table__)), events)
    conn.execute(insert(cast(Table, QueueDayCounter.__table__)), [
        {"station_id": run.actor.station_id, "day": day, "prefix": prefix, "last_serial": last}
        for day, serials in day_serials.items() for prefix, last in serials.items()])
    final = _read_back(conn, new_ids)
    digests = audit_chain.read_images(conn, {"queue_ticket": {(tid,) for tid in new_ids}})["queue_ticket"]
    users = {a.user_id: a for a in run.users.values()}
    steps = []
    for tid, t in zip(new_ids, tickets, strict=True):
        for order, (kind, at, window, clerk) in enumerate(t.events):
            steps.append((at, tid, order, kind, window, clerk, order == len(t.events) - 1))
    steps.sort(key=lambda s: (s[0], s[1], s[2]))
    by_id = dict(zip(new_ids, tickets, strict=True))
    state: dict[int, dict[str, Any]] = {}
    last_seq, last_hash = conn.execute(select(_HEAD.c.last_seq, _HEAD.c.last_hash).where(_HEAD.c.id == 1)
                                       .with_for_update()).one()
    records = []
    for at, tid, order, kind, window, clerk, last in steps:
        row = final[tid]
        before = _audit_view(state[tid]) if tid in state else None
        now = state[tid] = _advance(state.get(tid), row, by_id[tid], ids, counters, kind, order, window, clerk)
        digest = digests[str(tid)] if last else audit_chain.row_digest(_TICKETS, now)
        who = KIOSK if kind == "issued" else (clerk, users[clerk].username, users[clerk].terminal)
        after = {**_audit_view(now), "source": now["source"]} if kind == "issued" else \
            {**_audit_view(now), "window": window}
        last_seq += 1
        fields = dict(seq=last_seq, at=at.astimezone(timezone.utc), user_id=who[0], username=who[1],
                      terminal=who[2], action="queue.issue" if kind == "issued" else f"queue.{kind}",
                      entity="queue_ticket", entity_id=str(tid), before_json=audit_chain.canonical_json(before),
                      after_json=audit_chain.canonical_json(after),
                      images_json=json.dumps({"queue_ticket": {str(tid): digest}}, sort_keys=True,
                                             separators=(",", ":")))
        row_hash = audit_chain.record_hash(last_hash, **fields)
        records.append({**fields, "prev_hash": last_hash, "row_hash": row_hash})
        last_hash = row_hash
    for start in range(0, len(records), 20000):
        conn.execute(insert(_RECORDS), records[start:start + 20000])
    conn.execute(update(_HEAD).where(_HEAD.c.id == 1).values(last_seq=last_seq, last_hash=last_hash))
    return len(records)


def _read_back(conn: Any, new_ids: list[int]) -> dict[int, dict[str, Any]]:
    rows: dict[int, dict[str, Any]] = {}
    for start in range(0, len(new_ids), 20000):
        chunk = new_ids[start:start + 20000]
        query = select(_TICKETS).where(_TICKETS.c.id.between(chunk[0], chunk[-1]))
        rows.update((r["id"], dict(r)) for r in conn.execute(query).mappings())
    return rows


def _advance(previous: dict[str, Any] | None, final: dict[str, Any], ticket: Any, ids: dict[str, int],
             counters: dict[int, int], kind: str, order: int, window: int | None, clerk: int | None) -> dict[str, Any]:
    """The ticket row after this event, with the stored row's own value types."""
    if previous is None:
        return {**final, "status": TicketStatus.WAITING.value, "service_id": ids[ticket.issued_service],
                "counter_id": None, "target_counter_id": None, "clerk_id": None, "call_count": 0,
                **dict.fromkeys(_TIMES)}
    status, column = _STEP[kind]
    row = {**previous, "status": status}
    if column is not None and row[column] is None:
        row[column] = final[column]
    if kind == "called":
        row.update(counter_id=counters.get(window) if window else None, clerk_id=clerk,
                   call_count=row["call_count"] + 1)
    elif kind == "transferred":
        row.update(counter_id=None, service_id=final["service_id"])
    return row


def _audit_view(row: dict[str, Any]) -> dict[str, Any]:
    """As ``desk.services.queue.rows.audit_view`` keeps a ticket (never the citizen's phone)."""
    return {"number": row["number"], "status": row["status"], "service_id": row["service_id"],
            "counter_id": row["counter_id"], "priority": row["priority"]}
