"""Applicants: persons (name, ID number, phone, address) and organisations (name, 统一社会信用代码,
legal representative, contact).

A returning applicant is found again by ID number, USCC, phone, a prefix of the name, or the
pinyin / pinyin initials of the name, so nobody is typed in twice. Name keys live in their own
table (one row per key) so that each kind of search is one B-tree range scan, fast over half a
million applicants.

ID numbers leave this module masked (first 3 + last 4). The full number is shown only through
``reveal_id_number``, which needs ID_VIEW_FULL and writes an audit record each time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.field_checks import FieldChecks
from desk.core.idnumbers import mask_id, mask_phone, normalize_phone, normalize_resident_id, normalize_uscc
from desk.core.permissions import Permission
from desk.core.pinyin import normalize_query, search_keys
from desk.core.text import clean_text
from desk.services import audit
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, read, require, write
from desk.services.entry import entry
from desk.store import pgroles
from desk.store.models.intake import Applicant, ApplicantKey

PERSON = "person"
ORGANISATION = "organisation"
KEY_LENGTH = 120
SEARCH_LIMIT = 30


@dataclass(frozen=True)
class ApplicantInput:
    kind: str
    name: str
    id_number: str = ""  # persons
    uscc: str = ""  # organisations
    phone: str = ""
    address: str = ""
    legal_representative: str = ""
    contact_name: str = ""


@dataclass(frozen=True)
class ApplicantRow:
    id: int
    kind: str
    name: str
    id_masked: str  # persons: 110***********1234; organisations: the USCC (not personal data)
    phone: str  # masked (138****5678); the full number through reveal_phone (audited)
    address: str
    legal_representative: str
    contact_name: str

    @property
    def document_number(self) -> str:
        return self.id_masked


def clean_applicant(data: ApplicantInput, today: date, keep_id: bool = False) -> ApplicantInput:
    """Check and normalise everything, or raise ValidationError naming the field to correct.

    ``keep_id``: the ID number was left as shown (masked), so the stored one stays; it comes back empty."""
    if data.kind not in (PERSON, ORGANISATION):
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Choose whether the applicant is a person or an organisation."),
                              field="kind")
    check = FieldChecks()  # every field is checked, so the clerk sees every problem at once
    if data.kind == PERSON:
        name = check(clean_text, data.name, field="name", label=QT_TRANSLATE_NOOP("Field", "Name"), max_length=60)
        id_number = "" if keep_id else check(normalize_resident_id, data.id_number, field="id_number", today=today)
    else:
        name = check(clean_text, data.name, field="name", label=QT_TRANSLATE_NOOP("Field", "Organisation name"),
                     max_length=100)
        uscc = check(normalize_uscc, data.uscc, field="uscc")
        legal = check(clean_text, data.legal_representative, field="legal_representative",
                      label=QT_TRANSLATE_NOOP("Field", "Legal representative"), max_length=60)
        contact = check(clean_text, data.contact_name, field="contact_name",
                        label=QT_TRANSLATE_NOOP("Field", "Contact person"), max_length=60, required=False)
    phone = check(normalize_phone, data.phone, field="phone")
    address = check(clean_text, data.address, field="address", label=QT_TRANSLATE_NOOP("Field", "Address"),
                    max_length=200, required=False)
    check.done()
    if data.kind == PERSON:
        return ApplicantInput(PERSON, name, id_number=id_number, phone=phone, address=address)
    return ApplicantInput(ORGANISATION, name, uscc=uscc, phone=phone, address=address,
                          legal_representative=legal, contact_name=contact)


def name_keys(name: str, *, person: bool) -> set[str]:
    """The name as typed (folded), and each alternative full pinyin and initials."""
    full, initials = search_keys(name, surname_first=person)
    keys = {normalize_query(name), *full.split(), *initials.split()}
    return {k[:KEY_LENGTH] for k in keys if k}


def row(applicant: Applicant) -> ApplicantRow:
    # The masked column, never the full number: a clerk's PostgreSQL login may not read that one.
    shown = applicant.id_masked if applicant.kind == PERSON else (applicant.uscc or "")
    return ApplicantRow(applicant.id, applicant.kind, applicant.name, shown, mask_phone(applicant.phone),
                        applicant.address,
                        applicant.legal_representative, applicant.contact_name)


def _public(applicant: Applicant) -> dict[str, object]:
    """What the audit trail keeps: the ID number and the phone masked, like everywhere else."""
    return {"kind": applicant.kind, "name": applicant.name, "id_number": applicant.id_masked,
            "uscc": applicant.uscc, "phone": mask_phone(applicant.phone), "address": applicant.address,
            "legal_representative": applicant.legal_representative, "contact_name": applicant.contact_name}


def _duplicate(session: Session, clean: ApplicantInput, own_id: int | None) -> None:
    if clean.kind == PERSON:
        if not clean.id_number:  # kept as stored
            return
        found = pgroles.applicants_by_id_number(session, clean.id_number, exact=True, limit=2)
        if found is None:
            found = list(session.execute(select(Applicant.id).where(Applicant.id_number == clean.id_number)).scalars())
        other = next((i for i in found if i != own_id), None)
        field = "id_number"
    else:
        other = session.execute(select(Applicant.id).where(Applicant.uscc == clean.uscc)).scalar()
        field = "uscc"
    if other is not None and other != own_id:
        raise Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "This applicant is registered already. Search for them by the number and choose them "
                         "from the list instead of typing them again."), field=field)


def store(session: Session, clean: ApplicantInput, applicant: Applicant | None, now: datetime) -> Applicant:
    _duplicate(session, clean, applicant.id if applicant else None)
    if applicant is None:
        applicant = Applicant(kind=clean.kind, name=clean.name, created_at=now)
        session.add(applicant)
    applicant.kind, applicant.name, applicant.phone, applicant.address = clean.kind, clean.name, clean.phone, clean.address
    if clean.kind != PERSON or clean.id_number:  # an empty person's number means "kept as stored"
        applicant.id_number = clean.id_number or None
        applicant.id_masked = mask_id(clean.id_number) if clean.kind == PERSON else ""
    applicant.uscc = clean.uscc or None
    applicant.legal_representative, applicant.contact_name = clean.legal_representative, clean.contact_name
    applicant.updated_at = now
    session.flush()
    session.execute(delete(ApplicantKey).where(ApplicantKey.applicant_id == applicant.id))
    session.add_all(ApplicantKey(key=k, applicant_id=applicant.id)
                    for k in name_keys(clean.name, person=clean.kind == PERSON))
    return applicant


@entry(needs=Permission.INTAKE_ACCEPT)
def save_applicant(desk: Desk, actor: Actor, data: ApplicantInput, applicant_id: int | None = None) -> ApplicantRow:
    """Register a new applicant (``applicant_id`` None) or correct one's details."""
    return _save(desk, actor, data, applicant_id, keep_id=False)


def _save(desk: Desk, actor: Actor, data: ApplicantInput, applicant_id: int | None, keep_id: bool) -> ApplicantRow:
    clean = clean_applicant(data, desk.now().date(), keep_id=keep_id and applicant_id is not None)

    def work(session: Session) -> ApplicantRow:
        applicant = session.get(Applicant, applicant_id) if applicant_id is not None else None
        if applicant_id is not None and applicant is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That applicant no longer exists. Search again."))
        if applicant is not None and applicant.kind != clean.kind:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "A person cannot become an organisation or the other way round; register a new "
                             "applicant instead."), field="kind")
        before = _public(applicant) if applicant is not None else None
        applicant = store(session, clean, applicant, desk.now())
        audit.append(session, actor, desk.now(), "applicant.save", "applicant", applicant.id, before, _public(applicant))
        return row(applicant)

    return write(desk, actor, Permission.INTAKE_ACCEPT, work)


def _upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix`` (code point order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _prefix(column: Any, value: str) -> ColumnElement[bool]:
    return and_(column >= value, column < _upper_bound(value))


_DIGITS = re.compile(r"[0-9]{3,17}[0-9X]?")
_USCC = re.compile(r"[0-9A-Z]{18}")


def search_query(session: Session, query: str, limit: int = SEARCH_LIMIT) -> list[Applicant]:
    """The search itself, inside a caller's session (also used by the benchmark)."""
    text = unicodedata.normalize("NFKC", query or "").strip()
    compact = re.sub(r"[\s\-]", "", text).upper()
    if not compact:
        return []
    if _USCC.fullmatch(compact) and not _DIGITS.fullmatch(compact):
        return list(session.execute(select(Applicant).where(Applicant.uscc == compact)).scalars())
    if _DIGITS.fullmatch(compact):
        by_id = pgroles.applicants_by_id_number(session, compact, exact=False, limit=limit)
        conditions = [Applicant.id.in_(by_id) if by_id is not None else _prefix(Applicant.id_number, compact),
                      _prefix(Applicant.phone, compact), Applicant.uscc == compact]
        if compact.isdigit() and not compact.startswith("1"):
            conditions.append(_prefix(Applicant.phone, f"{compact[:3]}-{compact[3:]}"))
            conditions.append(_prefix(Applicant.phone, f"{compact[:4]}-{compact[4:]}"))
        # One indexed query per condition: SQLite answers "a OR b" with a full table scan.
        matches: dict[int, Applicant] = {}
        for condition in conditions:
            for applicant in session.execute(select(Applicant).where(condition).limit(limit)).scalars():
                matches.setdefault(applicant.id, applicant)
        return sorted(matches.values(), key=lambda a: a.id)[:limit]
    key = normalize_query(text)[:KEY_LENGTH]
    if not key:
        return []
    id_query = (select(ApplicantKey.applicant_id).where(_prefix(ApplicantKey.key, key))
                .distinct().limit(limit))
    found = list(session.execute(id_query).scalars())
    if not found:
        return []
    applicants = session.execute(select(Applicant).where(Applicant.id.in_(found))).scalars()
    return sorted(applicants, key=lambda a: (a.name, a.id))


@entry(search=("query",))
def search_applicants(desk: Desk, actor: Actor, query: str, limit: int = SEARCH_LIMIT) -> list[ApplicantRow]:
    """By ID number (or its beginning), USCC, phone, name prefix, pinyin or initials prefix."""
    return read_personal(desk, actor, Permission.INTAKE_VIEW, lambda s: [row(a) for a in search_query(s, query, limit)],
                         action="applicant.search", subject="applicant", seen=lambda rows: [r.id for r in rows])


@entry
def get_applicant(desk: Desk, actor: Actor, applicant_id: int) -> ApplicantRow:
    def work(session: Session) -> ApplicantRow:
        applicant = session.get(Applicant, applicant_id)
        if applicant is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That applicant no longer exists. Search again."))
        return row(applicant)

    return read_personal(desk, actor, Permission.INTAKE_VIEW, work, action="applicant.read", subject="applicant",
                         seen=lambda found: [found.id])


@entry
def applicant_input(desk: Desk, actor: Actor, applicant_id: int) -> ApplicantInput:
    """The details for an edit form, ID masked: an unchanged masked ID keeps the stored number."""
    current = get_applicant(desk, actor, applicant_id)
    return ApplicantInput(current.kind, current.name, current.id_masked if current.kind == PERSON else "",
                          current.id_masked if current.kind == ORGANISATION else "", current.phone, current.address,
                          current.legal_representative, current.contact_name)


@entry(needs=Permission.INTAKE_ACCEPT)
def update_applicant(desk: Desk, actor: Actor, applicant_id: int, data: ApplicantInput) -> ApplicantRow:
    """Correct details; an ID number or a phone left as shown (masked) keeps the stored value."""
    keep = False
    if data.kind == PERSON and "*" in data.id_number:
        # Compared masked to masked: the full number is never read back to the window.
        def stored(session: Session) -> str:
            return session.execute(select(Applicant.id_masked).where(Applicant.id == applicant_id)).scalar() or ""
        keep = read(desk, actor, Permission.INTAKE_ACCEPT, stored) == data.id_number.strip()
    if "*" in data.phone:
        def stored_phone(session: Session) -> str:
            return session.execute(select(Applicant.phone).where(Applicant.id == applicant_id)).scalar() or ""
        full_phone = read(desk, actor, Permission.INTAKE_ACCEPT, stored_phone)
        if mask_phone(full_phone) == data.phone.strip():
            data = replace(data, phone=full_phone)
    return _save(desk, actor, data, applicant_id, keep_id=keep)


@entry
def reveal_id_number(desk: Desk, actor: Actor, applicant_id: int) -> str:
    """The full ID number, for roles with ID_VIEW_FULL; every call is written to the audit trail."""

    def work(session: Session) -> str:
        applicant = session.get(Applicant, applicant_id)
        if applicant is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That applicant no longer exists. Search again."))
        return applicant.id_number or applicant.uscc or ""

    require(actor, Permission.INTAKE_VIEW)  # ID_VIEW_FULL alone (a mediator's) does not open intake's records
    return read_personal(desk, actor, Permission.ID_VIEW_FULL, work, action="applicant.view_full_id",
                         subject="applicant", seen=lambda _number: [applicant_id], detail="full ID number")


@entry
def reveal_phone(desk: Desk, actor: Actor, applicant_id: int) -> str:
    """The full phone number, to call the applicant (materials arrived, the case is done); every call
    leaves an access record, like a full ID number."""

    def work(session: Session) -> str:
        applicant = session.get(Applicant, applicant_id)
        if applicant is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That applicant no longer exists. Search again."))
        return applicant.phone

    return read_personal(desk, actor, Permission.INTAKE_VIEW, work, action="applicant.view_full_phone",
                         subject="applicant", seen=lambda _phone: [applicant_id], detail="full phone number")
