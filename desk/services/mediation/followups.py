"""Follow-up visits (回访记录): the committee supervises performance of the agreement (人民调解法 Art. 31).

Each visit is filed under the agreement, so it carries the agreement number (= the case number).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from desk.core.mediation import PERFORMANCE
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.mediation import views
from desk.services.mediation.common import load_case, local_day, required_day, station_zone, touch
from desk.services.mediation.rows import CaseDetail
from desk.store.models.mediation_case import MedAgreement, MedAgreementTerm, MedFollowUp

MSG_NO_AGREEMENT = QT_TRANSLATE_NOOP(
    "DeskError", "A follow-up visit checks how an agreement is performed; case {number} has no agreement in effect.")
MSG_METHOD = QT_TRANSLATE_NOOP("DeskError", "Choose whether the follow-up was a visit or a phone call.")
MSG_PERFORMANCE = QT_TRANSLATE_NOOP("DeskError", "Choose how far the agreement has been performed.")
MSG_SATISFIED = QT_TRANSLATE_NOOP("DeskError", "Choose whether the party is satisfied with the result.")
MSG_FUTURE = QT_TRANSLATE_NOOP("DeskError", "The follow-up date cannot be later than today.")
MSG_NOT_DUE = QT_TRANSLATE_NOOP(
    "DeskError", "Every term was due by {day}; the agreement is no longer \"not yet due\". Choose how far it "
                 "has been performed.")
MSG_BEFORE = QT_TRANSLATE_NOOP("DeskError", "The follow-up date cannot be before the agreement took effect ({day}).")


@entry(needs=Permission.MEDIATION_WRITE)
def add_followup(desk: Desk, actor: Actor, case_id: int, *, visited_on: date | str, party_name: str, method: str,
                 performance: str, satisfied: bool | None, notes: str, visitor: str, measures: str = "") -> CaseDetail:
    day = required_day(visited_on, field="visited_on", label=QT_TRANSLATE_NOOP("Field", "Visited on"))
    if method not in ("visit", "phone"):
        raise ValidationError(MSG_METHOD, field="method")
    if performance not in PERFORMANCE:
        raise ValidationError(MSG_PERFORMANCE, field="performance")
    if satisfied is None:  # the mediator's answer, never a default (issue 13)
        raise ValidationError(MSG_SATISFIED, field="satisfied")
    values = dict(
        party_name=clean_text(party_name, field="party_name", label=QT_TRANSLATE_NOOP("Field", "Party visited"),
                              max_length=100),
        notes=clean_text(notes, field="notes", label=QT_TRANSLATE_NOOP("Field", "What was found"), max_length=4000,
                         multiline=True),
        measures=clean_text(measures, field="measures", label=QT_TRANSLATE_NOOP("Field", "Measures taken"),
                            max_length=2000, multiline=True, required=False),
        visitor=clean_text(visitor, field="visitor", label=QT_TRANSLATE_NOOP("Field", "Visited by"), max_length=60),
    )

    def work(session: Session) -> CaseDetail:
        case = load_case(session, actor, case_id, lock=True)
        agreement = session.execute(select(MedAgreement).where(MedAgreement.case_id == case.id)).scalar_one_or_none()
        if agreement is None or agreement.effective_on is None:
            raise Conflict(MSG_NO_AGREEMENT, number=case.number)
        if day > local_day(desk.now(), station_zone(session, actor.station_id)):
            raise ValidationError(MSG_FUTURE, field="visited_on")
        if day < agreement.effective_on:
            raise ValidationError(MSG_BEFORE, field="visited_on", day=agreement.effective_on.isoformat())
        # "Not yet due" is refused once the last term has fallen due (each term's own deadline, else the agreement's).
        due = [t.deadline or agreement.performance_deadline for t in session.execute(
            select(MedAgreementTerm).where(MedAgreementTerm.agreement_id == agreement.id)).scalars()]
        dated = [d for d in due if d is not None]
        if performance == "not_due" and dated and len(dated) == len(due) and day > max(dated):
            raise ValidationError(MSG_NOT_DUE, field="performance", day=max(dated).isoformat())
        row = MedFollowUp(agreement_id=agreement.id, visited_on=day, method=method, performance=performance,
                          satisfied=satisfied, **values)
        session.add(row)
        touch(case)
        session.flush()
        audit.append(session, actor, desk.now(), "mediation.followup.add", "med_case", case.id, None,
                     {"agreement": agreement.number, "followup": row.id, "performance": performance,
                      "satisfied": satisfied})
        return views.detail(session, case, actor)

    return write(desk, actor, Permission.MEDIATION_WRITE, work)
