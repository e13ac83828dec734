"""A number that changes whenever any terminal changes anything (the audit chain's length), and
which tables the changes since a given number touched, so a page reloads only for its own data."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.services.context import Desk
from desk.services.entry import entry
from desk.store.models import AuditHead, AuditRecord

# More records than this between two polls (an import, a bulk close): say "everything", which is
# cheaper than reading them all and as correct.
MAX_RECORDS_NAMED = 200
# Audit entity names that are not table names (as desk.services.audit writes them).
_ENTITY_TABLE = {"user": "app_user", "window": "counter"}


@entry
def change_mark(desk: Desk) -> int:
    return desk.db.read(
        lambda session: int(session.execute(select(AuditHead.last_seq).where(AuditHead.id == 1)).scalar_one()))


@entry(ranges={"after": (-1, 2**62)})
def changes_since(desk: Desk, after: int) -> tuple[int, frozenset[str] | None]:
    """(the current mark, the tables changed by the records after ``after``). ``None`` for the tables
    when they cannot be named cheaply (too many records, or ``after`` is -1: never looked): every page
    must then assume its data changed. Reveals no record's content: table names only."""

    def work(session: Session) -> tuple[int, frozenset[str] | None]:
        mark = int(session.execute(select(AuditHead.last_seq).where(AuditHead.id == 1)).scalar_one())
        if mark == after:
            return mark, frozenset()
        if after < 0 or mark - after > MAX_RECORDS_NAMED or mark < after:
            return mark, None
        tables: set[str] = set()
        for entity, images in session.execute(select(AuditRecord.entity, AuditRecord.images_json)
                                              .where(AuditRecord.seq > after, AuditRecord.seq <= mark)):
            if entity:
                tables.add(_ENTITY_TABLE.get(entity, entity))
            if images:
                tables.update(json.loads(images))  # the tables whose rows the record's transaction changed
        return mark, frozenset(tables)

    return desk.db.read(work)
