"""Case registration (受理登记) with configurable numbering, the case register and case detail, parties,
session and investigation records, and the outcome.

A clerk may register a party's request (and learns only the case number); reading records needs
MEDIATION_READ, and every read leaves an access record (desk.services.access_log). ``case_revisions`` lets a screen
see whether anything changed without reading (and auditing) the records again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.idnumbers import mask_id
from desk.core.mediation import (
    CASE_SOURCES,
    DISPUTE_TYPES,
    OUTCOMES,
)
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, read, write
from desk.services.entry import entry
from desk.services.mediation import views
from desk.services.mediation.common import (
    MSG_NOT_FOUND,
    get_or_404,
    load_case,
    local_day,
    require_open,
    station_zone,
    touch,
)
from desk.services.mediation.numbering import next_number
from desk.services.mediation.records import add_session  # noqa: F401 - recording is part of a case's API
from desk.services.mediation.rows import CaseDetail, CaseListRow, PartyInput, clean_party
from desk.store.models.mediation import MedStaff
from desk.store.models.mediation_case import MedAgreement, MedCase, MedParty

MSG_SOURCE = QT_TRANSLATE_NOOP("DeskError", "Choose how the case came to the committee.")
MSG_TYPE = QT_TRANSLATE_NOOP("DeskError", "Choose the type of dispute from the list.")
MSG_TWO_SIDES = QT_TRANSLATE_NOOP(
    "DeskError", "A dispute needs at least one applicant and one respondent. Add the missing party.")
MSG_OUTCOME = QT_TRANSLATE_NOOP("DeskError", "Choose the outcome: settled, not settled or terminated.")
MSG_OUTCOME_REASON = QT_TRANSLATE_NOOP(
    "DeskError", "Write why the mediation ended without agreement and which other ways (court, arbitration, "
                 "administrative handling) the parties were told about (人民调解法 Art. 26).")
MSG_SUCCESS_NEEDS_AGREEMENT = QT_TRANSLATE_NOOP(
    "DeskError", "A settled case needs an agreement in effect: record the signatures of the written agreement, "
                 "or register the oral agreement, first.")
MSG_NOT_MEDIATOR = QT_TRANSLATE_NOOP(
    "DeskError", "{name} is not an active mediator on the roster. Choose a mediator, or leave it to assign later.")
MSG_PARTIES_FROZEN = QT_TRANSLATE_NOOP(
    "DeskError", "The agreement is signed and in effect, so the parties can no longer be changed.")


@dataclass(frozen=True)
class Registered:
    id: int
    number: str


@dataclass(frozen=True)
class CaseInput:
    source: str
    dispute_type: str
    title: str
    facts: str = ""
    requests: str = ""
    referral_note: str = ""
    mediator_staff_id: int | None = None


def _clean_case(c: CaseInput) -> CaseInput:
    if c.source not in CASE_SOURCES:
        raise ValidationError(MSG_SOURCE, field="source")
    if c.dispute_type not in DISPUTE_TYPES:
        raise ValidationError(MSG_TYPE, field="dispute_type")
    return CaseInput(
        c.source, c.dispute_type,
        clean_text(c.title, field="title", label=QT_TRANSLATE_NOOP("Field", "Dispute name"), max_length=120),
        clean_text(c.facts, field="facts", label=QT_TRANSLATE_NOOP("Field", "Brief facts"), max_length=4000,
                   multiline=True),
        clean_text(c.requests, field="requests", label=QT_TRANSLATE_NOOP("Field", "Requests"), max_length=2000,
                   multiline=True, required=False),
        clean_text(c.referral_note, field="referral_note", label=QT_TRANSLATE_NOOP("Field", "Referred by"),
                   max_length=200, required=False),
        c.mediator_staff_id,
    )


def _add_party(session: Session, case: MedCase, p: PartyInput, position: int) -> MedParty:
    party = MedParty(case_id=case.id, position=position, **asdict(p))
    session.add(party)
    return party


@entry(needs=Permission.MEDIATION_REGISTER_REQUEST)
def register_case(desk: Desk, actor: Actor, case: CaseInput, parties: Sequence[PartyInput]) -> Registered:
    """受理登记: number the case (per station and year, under a lock) and record its parties."""
    clean = _clean_case(case)
    today = desk.now().date()
    people = [clean_party(p, today) for p in parties]
    if not {"applicant", "respondent"} <= {p.side for p in people}:
        raise ValidationError(MSG_TWO_SIDES, field="parties")

    def work(session: Session) -> Registered:
        _check_mediator(session, clean.mediator_staff_id, actor.station_id)
        accepted = local_day(desk.now(), station_zone(session, actor.station_id))
        serial, number = next_number(session, actor.station_id, accepted.year)
        row = MedCase(station_id=actor.station_id, year=accepted.year, serial=serial, number=number,
                      source=clean.source, referral_note=clean.referral_note, dispute_type=clean.dispute_type,
                      title=clean.title, facts=clean.facts, requests=clean.requests, status="registered",
                      mediator_staff_id=clean.mediator_staff_id, accepted_on=accepted,
                      registered_by=actor.display_name, registered_at=desk.now(), revision=1)
        session.add(row)
        session.flush()
        for position, p in enumerate(people, start=1):
            _add_party(session, row, p, position)
        audit.append(session, actor, desk.now(), "mediation.case.register", "med_case", row.id, None,
                     {"number": number, **asdict(clean),
                      "parties": [{"name": p.name, "side": p.side, "id": mask_id(p.id_number)} for p in people]})
        return Registered(row.id, number)

    return write(desk, actor, Permission.MEDIATION_REGISTER_REQUEST, work)


LIST_LIMIT = 1000


@entry(search=("search",))
def list_cases(desk: Desk, actor: Actor, search: str = "", status: str | None = None,
               limit: int = LIST_LIMIT) -> list[CaseListRow]:
    """The case register, newest first, at most ``limit`` cases (a busy hall registers 5,000 a year; the
    search finds older ones). Read in a read transaction; the access record of what was shown is
    written afterwards in its own short one (``read_personal``)."""
    needle = (search or "").strip()

    def work(session: Session) -> list[CaseListRow]:
        query = select(MedCase).where(MedCase.station_id == actor.station_id)
        if status:
            query = query.where(MedCase.status == status)
        if needle:
            named = select(MedParty.case_id).where(MedParty.name.contains(needle))
            query = query.where(MedCase.number.contains(needle) | MedCase.title.contains(needle)
                                | MedCase.id.in_(named))
        cases = session.execute(query.order_by(MedCase.year.desc(), MedCase.serial.desc()).limit(limit)).scalars().all()
        return views.list_rows(session, cases, local_day(desk.now(), station_zone(session, actor.station_id)))

    return read_personal(desk, actor, Permission.MEDIATION_READ, work, action="mediation.case.list",
                         subject="med_case", seen=lambda rows: [r.id for r in rows], detail=f"search: {needle}")


@entry
def case_revisions(desk: Desk, actor: Actor) -> tuple[int, int]:
    """(number of cases, sum of their revisions): changes when anything in any case changes. Not audited:
    it reveals no record."""
    def work(session: Session) -> tuple[int, int]:
        count, total = session.execute(select(func.count(MedCase.id), func.coalesce(func.sum(MedCase.revision), 0))
                                       .where(MedCase.station_id == actor.station_id)).one()
        return int(count), int(total)
    return read(desk, actor, Permission.MEDIATION_READ, work)


@entry
def get_case(desk: Desk, actor: Actor, case_id: int) -> CaseDetail:
    def work(session: Session) -> CaseDetail:
        return views.detail(session, load_case(session, actor, case_id), actor)

    return read_personal(desk, actor, Permission.MEDIATION_READ, work, action="mediation.case.read",
                         subject="med_case", seen=lambda detail: [detail.id])


@entry(needs=Permission.MEDIATION_WRITE)
def update_case(desk: Desk, actor: Actor, case_id: int, case: CaseInput) -> CaseDetail:
    clean = _clean_case(case)

    def work(session: Session) -> CaseDetail:
        row = load_case(session, actor, case_id, lock=True)
        require_open(row)
        _check_mediator(session, clean.mediator_staff_id, actor.station_id, unchanged=row.mediator_staff_id)
        before = {k: getattr(row, k) for k in asdict(clean)}
        for key, value in asdict(clean).items():
            setattr(row, key, value)
        touch(row)
        audit.append(session, actor, desk.now(), "mediation.case.update", "med_case", row.id, before, asdict(clean))
        return views.detail(session, row, actor)

    return write(desk, actor, Permission.MEDIATION_WRITE, work)


def _check_mediator(session: Session, staff_id: int | None, station_id: int, unchanged: int | None = None) -> None:
    """A newly named mediator must be an active mediator of this station's roster; one named before
    and retired since stays (the case's history), so the rest of the case can still be corrected."""
    if staff_id is None or staff_id == unchanged:
        return
    person = get_or_404(session, MedStaff, staff_id, "person")
    if person.station_id != station_id or person.kind != "mediator" or not person.active:
        raise ValidationError(MSG_NOT_MEDIATOR, field="mediator_staff_id", name=person.name)


def _effective_agreement(session: Session, case_id: int) -> MedAgreement | None:
    agreement = session.execute(select(MedAgreement).where(MedAgreement.case_id == case_id)).scalar_one_or_none()
    return agreement if agreement is not None and agreement.effective_on is not None else None


@entry(needs=Permission.MEDIATION_WRITE)
def save_party(desk: Desk, actor: Actor, case_id: int, party_id: int | None, party: PartyInput) -> CaseDetail:
    """Add a party (``party_id`` None) or correct one; refused once the agreement is in effect."""
    clean = clean_party(party, desk.now().date())

    def work(session: Session) -> CaseDetail:
        case = load_case(session, actor, case_id, lock=True)
        require_open(case)
        if _effective_agreement(session, case.id):
            raise Conflict(MSG_PARTIES_FROZEN)
        if party_id is None:
            last = session.execute(select(func.max(MedParty.position)).where(MedParty.case_id == case.id)).scalar()
            row = _add_party(session, case, clean, (last or 0) + 1)
            before = None
        else:
            row = session.execute(select(MedParty).where(MedParty.id == party_id, MedParty.case_id == case.id)
                                  ).scalar_one()
            before = {"name": row.name, "side": row.side, "id": mask_id(row.id_number)}
            for key, value in asdict(clean).items():
                setattr(row, key, value)
        session.flush()
        touch(case)
        audit.append(session, actor, desk.now(), "mediation.party.save", "med_case", case.id, before,
                     {"party": row.id, "name": clean.name, "side": clean.side, "id": mask_id(clean.id_number)})
        return views.detail(session, case, actor)

    return write(desk, actor, Permission.MEDIATION_WRITE, work)


@entry
def remove_party(desk: Desk, actor: Actor, case_id: int, party_id: int) -> CaseDetail:
    def work(session: Session) -> CaseDetail:
        case = load_case(session, actor, case_id, lock=True)
        require_open(case)
        if _effective_agreement(session, case.id):
            raise Conflict(MSG_PARTIES_FROZEN)
        row = session.execute(select(MedParty).where(MedParty.id == party_id, MedParty.case_id == case.id)
                              ).scalar_one_or_none()
        if row is None:
            raise NotFound(MSG_NOT_FOUND, what="party")
        sides = [p.side for p in session.execute(select(MedParty).where(MedParty.case_id == case.id,
                                                                        MedParty.id != party_id)).scalars()]
        if not {"applicant", "respondent"} <= set(sides):
            raise ValidationError(MSG_TWO_SIDES, field="parties")
        audit.append(session, actor, desk.now(), "mediation.party.remove", "med_case", case.id,
                     {"party": row.id, "name": row.name}, None)
        session.delete(row)
        touch(case)
        session.flush()
        return views.detail(session, case, actor)

    return write(desk, actor, Permission.MEDIATION_WRITE, work)


@entry(needs=Permission.MEDIATION_WRITE)
def close_case(desk: Desk, actor: Actor, case_id: int, outcome: str, reason: str = "",
               closed_on: date | None = None) -> CaseDetail:
    if outcome not in OUTCOMES:
        raise ValidationError(MSG_OUTCOME, field="outcome")
    clean_reason = clean_text(reason, field="reason", label=QT_TRANSLATE_NOOP("Field", "Reason"),
                              max_length=2000, multiline=True, required=False)
    if outcome != "success" and not clean_reason:
        raise ValidationError(MSG_OUTCOME_REASON, field="reason")

    def work(session: Session) -> CaseDetail:
        case = load_case(session, actor, case_id, lock=True)
        require_open(case)
        if outcome == "success" and _effective_agreement(session, case.id) is None:
            raise Conflict(MSG_SUCCESS_NEEDS_AGREEMENT, field="outcome")
        case.outcome, case.outcome_reason, case.status = outcome, clean_reason, "closed"
        case.closed_on = closed_on or local_day(desk.now(), station_zone(session, actor.station_id))
        touch(case)
        audit.append(session, actor, desk.now(), "mediation.case.close", "med_case", case.id, None,
                     {"outcome": outcome, "reason": clean_reason, "closed_on": case.closed_on.isoformat()})
        return views.detail(session, case, actor)

    return write(desk, actor, Permission.MEDIATION_WRITE, work)


@entry
def reopen_case(desk: Desk, actor: Actor, case_id: int, reason: str) -> CaseDetail:
    clean_reason = clean_text(reason, field="reason", label=QT_TRANSLATE_NOOP("Field", "Reason"), max_length=500)

    def work(session: Session) -> CaseDetail:
        case = load_case(session, actor, case_id, lock=True)
        before = {"outcome": case.outcome, "status": case.status}
        case.outcome, case.outcome_reason, case.closed_on, case.status = None, "", None, "mediating"
        touch(case)
        audit.append(session, actor, desk.now(), "mediation.case.reopen", "med_case", case.id, before,
                     {"reason": clean_reason})
        return views.detail(session, case, actor)

    return write(desk, actor, Permission.MEDIATION_WRITE, work)
