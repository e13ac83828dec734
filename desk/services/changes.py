"""A number that changes whenever any terminal changes anything (the audit chain's length)."""

from __future__ import annotations

from sqlalchemy import select

from desk.services.context import Desk
from desk.services.entry import entry
from desk.store.models import AuditHead


@entry
def change_mark(desk: Desk) -> int:
    return desk.db.read(
        lambda session: int(session.execute(select(AuditHead.last_seq).where(AuditHead.id == 1)).scalar_one()))
