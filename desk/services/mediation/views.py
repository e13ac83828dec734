"""Build the plain rows of a case from the database (inside the caller's transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.idnumbers import mask_id, mask_phone
from desk.core.mediation import judicial_deadline, judicial_window_state
from desk.core.permissions import Permission
from desk.services.context import Actor
from desk.services.intake.common import load_calendar
from desk.services.mediation.rows import (
    AgreementRow,
    CaseDetail,
    CaseListRow,
    FollowUpRow,
    PartyRow,
    agreement_row,
    followup_row,
    party_row,
    session_row,
)
from desk.store.models.mediation import MedStaff
from desk.store.models.mediation_case import (
    MedAgreement,
    MedAgreementTerm,
    MedCase,
    MedFollowUp,
    MedParty,
    MedSession,
)


def agreement_of(session: Session, case_id: int, party_count: int) -> AgreementRow | None:
    agreement = session.execute(select(MedAgreement).where(MedAgreement.case_id == case_id)).scalar_one_or_none()
    if agreement is None:
        return None
    terms = session.execute(select(MedAgreementTerm.text, MedAgreementTerm.deadline)
                            .where(MedAgreementTerm.agreement_id == agreement.id)
                            .order_by(MedAgreementTerm.position)).all()
    return agreement_row(agreement, [t.text for t in terms], party_count, load_calendar(session),
                         tuple(t.deadline for t in terms))


def masked_party(p: PartyRow) -> PartyRow:
    """A party as roles without ID_VIEW_FULL see it: ID number and phone masked (110***...1234, 138****5678)."""
    return replace(p, id_number=mask_id(p.id_number) if p.id_number else "", phone=mask_phone(p.phone))


def detail(session: Session, case: MedCase, actor: Actor | None = None) -> CaseDetail:
    """The whole case. With ``actor`` (what a service hands back), parties' ID numbers and phones are
    masked unless the actor may see them in full (ID_VIEW_FULL); without it (documents built
    inside a service: the agreement names the parties in full, 人民调解法 Art. 29) they are whole."""
    session.flush()
    parties = session.execute(select(MedParty).where(MedParty.case_id == case.id)
                              .order_by(MedParty.position)).scalars().all()
    sessions = session.execute(select(MedSession).where(MedSession.case_id == case.id)
                               .order_by(MedSession.held_at)).scalars().all()
    agreement = agreement_of(session, case.id, len(parties))
    followups: tuple[FollowUpRow, ...] = ()
    if agreement is not None:
        followups = tuple(followup_row(f, agreement.number) for f in session.execute(
            select(MedFollowUp).where(MedFollowUp.agreement_id == agreement.id)
            .order_by(MedFollowUp.visited_on, MedFollowUp.id)).scalars())
    mediator = session.get(MedStaff, case.mediator_staff_id) if case.mediator_staff_id else None
    return CaseDetail(
        id=case.id, number=case.number, title=case.title, dispute_type=case.dispute_type, source=case.source,
        referral_note=case.referral_note, facts=case.facts, requests=case.requests, status=case.status,
        accepted_on=case.accepted_on, registered_by=case.registered_by, mediator_staff_id=case.mediator_staff_id,
        mediator=mediator.name if mediator else "", outcome=case.outcome, outcome_reason=case.outcome_reason,
        closed_on=case.closed_on, revision=case.revision,
        parties=tuple(party_row(p) if actor is None or actor.can(Permission.ID_VIEW_FULL)
                      else masked_party(party_row(p)) for p in parties),
        sessions=tuple(session_row(s) for s in sessions), agreement=agreement, followups=followups,
    )


def list_rows(session: Session, cases: Sequence[MedCase], today: date) -> list[CaseListRow]:
    ids = [c.id for c in cases]
    if not ids:
        return []
    names: dict[int, list[str]] = {}
    for case_id, name in session.execute(select(MedParty.case_id, MedParty.name).where(MedParty.case_id.in_(ids))
                                         .order_by(MedParty.case_id, MedParty.position)):
        names.setdefault(case_id, []).append(name)
    agreements = {a.case_id: a for a in session.execute(select(MedAgreement).where(MedAgreement.case_id.in_(ids)))
                  .scalars()}
    staff = dict(session.execute(select(MedStaff.id, MedStaff.name)).all())
    calendar = load_calendar(session)
    rows = []
    for c in cases:
        a = agreements.get(c.id)
        effective = a.effective_on if a is not None and a.kind == "written" else None
        rows.append(CaseListRow(
            id=c.id, number=c.number, title=c.title, dispute_type=c.dispute_type, source=c.source, status=c.status,
            outcome=c.outcome, accepted_on=c.accepted_on, parties="、".join(names.get(c.id, [])),
            mediator=staff.get(c.mediator_staff_id or 0, ""),
            judicial_state=judicial_window_state(effective, a.judicial_applied_on if a else None, today, calendar)
            if a is not None and a.kind == "written" else "none",
            judicial_deadline=judicial_deadline(effective, calendar) if effective else None, revision=c.revision))
    return rows
