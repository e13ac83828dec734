"""The reference a person knows a record by — a receipt number, a case number, a queue number, a user
name — for lists that name records (the audit log, issued documents), so screens never show a bare
database id such as "med_case 15"."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desk.core.idnumbers import mask_name
from desk.store.models import Counter, User
from desk.store.models.documents import IssuedDocument as IssuedDocumentRecord
from desk.store.models.intake import Applicant, IntakeCase, ServiceItem
from desk.store.models.mediation import MedRoom
from desk.store.models.mediation_case import MedCase
from desk.store.models.queue import QueueTicket

_REFERENCE: dict[str, tuple[Any, Any]] = {
    "intake_case": (IntakeCase, IntakeCase.receipt_no),
    "med_case": (MedCase, MedCase.number),
    "queue_ticket": (QueueTicket, QueueTicket.number),
    "issued_document": (IssuedDocumentRecord, IssuedDocumentRecord.number),
    "user": (User, User.username),
    "window": (Counter, Counter.number),
    "service_item": (ServiceItem, ServiceItem.code),
    "med_room": (MedRoom, MedRoom.name),
    "applicant": (Applicant, Applicant.name),  # masked below: the audit page is not the applicant's file
}


def references(session: Session, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(entity, id) -> its reference, for the records that have one (one query per kind of record)."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for entity, entity_id in records:
        if entity in _REFERENCE and str(entity_id).isdigit():
            wanted[entity].add(int(entity_id))
    found: dict[tuple[str, str], str] = {}
    for entity, ids in wanted.items():
        model, column = _REFERENCE[entity]
        query = select(model.id, column).where(model.id.in_(sorted(ids)))
        try:
            # A savepoint: on PostgreSQL a personal login may lack the grant for that table (a clerk reads
            # only med_case.id); then the record keeps its plain label and the rest of the read goes on.
            with session.begin_nested():
                rows = session.execute(query).all()
        except DBAPIError:
            continue
        for record_id, reference in rows:
            found[(entity, str(record_id))] = mask_name(reference) if entity == "applicant" else str(reference)
    return found
