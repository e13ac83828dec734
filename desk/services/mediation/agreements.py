"""The mediation agreement (人民调解协议书, 人民调解法 Art. 28-33) and the oral agreement register.

A written agreement is a draft until the mediator records that every party signed (or sealed, or
pressed a fingerprint), the mediator signed and the committee's seal is on it (Art. 29): only then
has it an effective date, from which the 30-day window for joint judicial confirmation (Art. 33)
runs. A signed agreement can no longer be edited. An oral agreement is effective the day the
parties agree (Art. 30); the mediator records its content (Art. 28).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.mediation import views
from desk.services.mediation.common import (
    load_case,
    local_day,
    parse_day,
    require_open,
    station_zone,
    touch,
)
from desk.services.mediation.rows import AgreementRow, CaseDetail
from desk.store.models.mediation_case import MedAgreement, MedAgreementTerm, MedCase, MedParty

MSG_NO_DRAFT = QT_TRANSLATE_NOOP(
    "DeskError", "Only a written agreement that is not signed yet has a draft; print a signed or oral agreement "
                 "without one.")
MSG_INCOMPLETE = QT_TRANSLATE_NOOP(
    "DeskError", "The agreement cannot be printed yet; it is missing: {missing}. Complete it in the editor.")
MSG_KIND = QT_TRANSLATE_NOOP("DeskError", "Choose a written agreement or an oral agreement.")
MSG_NO_TERMS = QT_TRANSLATE_NOOP("DeskError", "Write at least one agreed term.")
MSG_EMPTY_TERM = QT_TRANSLATE_NOOP("DeskError", "Term {n} is empty. Write it or remove it.")
MSG_SIGNED = QT_TRANSLATE_NOOP(
    "DeskError", "The agreement is signed and in effect since {day}; it can no longer be changed. If the parties "
                 "agree to change it, record a new mediation.")
MSG_NO_AGREEMENT = QT_TRANSLATE_NOOP("DeskError", "Case {number} has no agreement yet. Draft it first.")
MSG_NOT_ALL_SIGNED = QT_TRANSLATE_NOOP(
    "DeskError", "The agreement takes effect only when every party has signed, sealed or pressed a fingerprint, the "
                 "mediator has signed and the committee's seal is on it. Tick all three once they are done.")
MSG_SIGNED_FUTURE = QT_TRANSLATE_NOOP("DeskError", "The signing date cannot be later than today.")
MSG_ORAL_NOT_SIGNED = QT_TRANSLATE_NOOP(
    "DeskError", "An oral agreement takes effect on the day the parties agree; there is nothing to sign.")
MSG_INCOMPLETE = QT_TRANSLATE_NOOP(
    "DeskError", "The agreement cannot be signed yet; it is missing: {missing}. Complete it in the editor.")
MSG_NOT_EFFECTIVE = QT_TRANSLATE_NOOP(
    "DeskError", "Judicial confirmation can be applied for only after the written agreement is in effect.")
MSG_DEADLINE_PAST = QT_TRANSLATE_NOOP("DeskError", "The performance deadline cannot be before the agreement date.")
MSG_TERM_DEADLINE_PAST = QT_TRANSLATE_NOOP(
    "DeskError", "Term {n} is due before the agreement date. Correct its deadline or leave it empty.")
MSG_TERM_DEADLINES = QT_TRANSLATE_NOOP("DeskError", "There are more term deadlines than terms.")


@dataclass(frozen=True)
class AgreementInput:
    kind: str  # written / oral
    facts: str  # 纠纷主要事实
    disputed: str  # 争议事项
    responsibilities: str  # 各方当事人的责任
    terms: Sequence[str]
    performance_method: str
    performance_deadline: date | str | None
    mediator_name: str
    recorder_name: str
    agreed_on: date | str | None = None  # oral agreements: the day the parties agreed
    # Per term (same order as ``terms``), its own deadline; None or "" (or a shorter list): the agreement's.
    term_deadlines: Sequence[date | str | None] = ()


def _t(value: str, field: str, label: str, limit: int, required: bool = True) -> str:
    return clean_text(value, field=field, label=label, max_length=limit, multiline=True, required=required)


def _clean(a: AgreementInput) -> AgreementInput:
    if a.kind not in ("written", "oral"):
        raise ValidationError(MSG_KIND, field="kind")
    terms = []
    for n, term in enumerate(a.terms, start=1):
        if not (term or "").strip():
            raise ValidationError(MSG_EMPTY_TERM, field="terms", n=n)
        terms.append(_t(term, "terms", QT_TRANSLATE_NOOP("Field", "Agreed term"), 2000))
    if not terms:
        raise ValidationError(MSG_NO_TERMS, field="terms")
    if len(a.term_deadlines) > len(terms):
        raise ValidationError(MSG_TERM_DEADLINES, field="term_deadlines")
    own = [parse_day(d, field="term_deadlines", label=QT_TRANSLATE_NOOP("Field", "Term due by"), required=False)
           for d in a.term_deadlines]
    own += [None] * (len(terms) - len(own))
    oral = a.kind == "oral"
    return AgreementInput(
        kind=a.kind,
        facts=_t(a.facts, "facts", QT_TRANSLATE_NOOP("Field", "Main facts"), 4000),
        disputed=_t(a.disputed, "disputed", QT_TRANSLATE_NOOP("Field", "Disputed matters"), 2000),
        responsibilities=_t(a.responsibilities, "responsibilities",
                            QT_TRANSLATE_NOOP("Field", "Each party's responsibility"), 2000, required=not oral),
        terms=tuple(terms),
        performance_method=_t(a.performance_method, "performance_method",
                              QT_TRANSLATE_NOOP("Field", "How it is performed"), 1000),
        # The agreement's deadline covers the terms without their own; with every term dated it may be empty.
        performance_deadline=parse_day(a.performance_deadline, field="performance_deadline",
                                       label=QT_TRANSLATE_NOOP("Field", "Performed by"),
                                       required=not all(own)),
        mediator_name=clean_text(a.mediator_name, field="mediator_name", label=QT_TRANSLATE_NOOP("Field", "Mediator"),
                                 max_length=60),
        recorder_name=clean_text(a.recorder_name, field="recorder_name", label=QT_TRANSLATE_NOOP("Field", "Recorder"),
                                 max_length=60),
        agreed_on=parse_day(a.agreed_on, field="agreed_on", label=QT_TRANSLATE_NOOP("Field", "Agreed on"),
                            required=oral),
        term_deadlines=tuple(own),
    )


def _load(session: Session, case: MedCase) -> MedAgreement | None:
    return session.execute(select(MedAgreement).where(MedAgreement.case_id == case.id)
                           .with_for_update()).scalar_one_or_none()


@entry(needs=Permission.MEDIATION_WRITE)
def save_agreement(desk: Desk, actor: Actor, case_id: int, agreement: AgreementInput) -> CaseDetail:
    """Draft or revise the agreement of a case (its number is the case number); oral ones take effect now."""
    clean = _clean(agreement)

    def work(session: Session) -> CaseDetail:
        case = load_case(session, actor, case_id, lock=True)
        require_open(case)
        row = _load(session, case)
        if row is not None and row.effective_on is not None and row.kind == "written":
            raise Conflict(MSG_SIGNED, day=row.effective_on.isoformat())
        today = local_day(desk.now(), station_zone(session, actor.station_id))
        deadline = clean.performance_deadline
        if isinstance(deadline, date) and deadline < (clean.agreed_on or today):  # type: ignore[operator]
            raise ValidationError(MSG_DEADLINE_PAST, field="performance_deadline")
        for n, own in enumerate(clean.term_deadlines, start=1):
            if isinstance(own, date) and own < (clean.agreed_on or today):  # type: ignore[operator]
                raise ValidationError(MSG_TERM_DEADLINE_PAST, field="term_deadlines", n=n)
        before = None if row is None else {"kind": row.kind, "updated_at": row.updated_at.isoformat()}
        if row is None:
            row = MedAgreement(case_id=case.id, number=case.number)
            session.add(row)
        values = asdict(clean)
        terms = values.pop("terms")
        term_deadlines = values.pop("term_deadlines")
        for key, value in values.items():
            setattr(row, key, value)
        row.effective_on = clean.agreed_on if clean.kind == "oral" else None  # type: ignore[assignment]
        row.effective_recorded_by = actor.username if clean.kind == "oral" else ""
        row.updated_at = desk.now()
        session.flush()
        session.execute(delete(MedAgreementTerm).where(MedAgreementTerm.agreement_id == row.id))
        session.add_all(MedAgreementTerm(agreement_id=row.id, position=n, text=text, deadline=own)
                        for n, (text, own) in enumerate(zip(terms, term_deadlines, strict=True), start=1))
        case.status = "mediating" if case.status == "registered" else case.status
        touch(case)
        audit.append(session, actor, desk.now(), "mediation.agreement.save", "med_case", case.id, before,
                     {"number": row.number, "kind": clean.kind, "terms": len(terms)})
        return views.detail(session, case, actor)

    return write(desk, actor, Permission.MEDIATION_WRITE, work)


def missing_elements(agreement: AgreementRow, party_count: int) -> list[str]:
    """Required elements of a written agreement still empty (Chinese names, as on the form)."""
    checks = [
        ("当事人", party_count >= 2), ("纠纷主要事实", bool(agreement.facts)), ("争议事项", bool(agreement.disputed)),
        ("各方当事人的责任", bool(agreement.responsibilities)), ("协议内容", bool(agreement.terms)),
        ("履行方式", bool(agreement.performance_method)),
        ("履行期限", bool(agreement.terms) and all(agreement.due_dates())),
        ("人民调解员", bool(agreement.mediator_name)), ("记录人", bool(agreement.recorder_name)),
    ]
    return [name for name, ok in checks if not ok]


@entry(needs=Permission.MEDIATION_WRITE)
def record_signed(desk: Desk, actor: Actor, case_id: int, signed_on: date | str, *, all_parties_signed: bool,
                  mediator_signed: bool, seal_affixed: bool) -> CaseDetail:
    """The mediator records that all signatures and the seal are done: the agreement takes effect that day."""
    day = parse_day(signed_on, field="signed_on", label=QT_TRANSLATE_NOOP("Field", "Signed on"))
    if not (all_parties_signed and mediator_signed and seal_affixed):
        raise ValidationError(MSG_NOT_ALL_SIGNED, field="signatures")

    def work(session: Session) -> CaseDetail:
        case = load_case(session, actor, case_id, lock=True)
        row = _load(session, case)
        if row is None:
            raise Conflict(MSG_NO_AGREEMENT, number=case.number)
        if row.kind == "oral":
            raise Conflict(MSG_ORAL_NOT_SIGNED)
        if row.effective_on is not None:
            raise Conflict(MSG_SIGNED, day=row.effective_on.isoformat())
        if day is not None and day > local_day(desk.now(), station_zone(session, actor.station_id)):
            raise ValidationError(MSG_SIGNED_FUTURE, field="signed_on")
        parties = session.execute(select(MedParty.id).where(MedParty.case_id == case.id)).all()
        current = views.agreement_of(session, case.id, len(parties))
        assert current is not None
        missing = missing_elements(current, len(parties))
        if missing:
            raise Conflict(MSG_INCOMPLETE, missing="、".join(missing))
        row.effective_on, row.effective_recorded_by = day, actor.username
        touch(case)
        audit.append(session, actor, desk.now(), "mediation.agreement.signed", "med_case", case.id, None,
                     {"number": row.number, "effective_on": str(day), "parties": len(parties)})
        return views.detail(session, case, actor)

    return write(desk, actor, Permission.MEDIATION_WRITE, work)


@entry
def record_judicial_application(desk: Desk, actor: Actor, case_id: int, applied_on: date | str,
                                court: str) -> CaseDetail:
    """The parties applied jointly to a court for judicial confirmation (司法确认)."""
    day = parse_day(applied_on, field="applied_on", label=QT_TRANSLATE_NOOP("Field", "Applied on"))
    clean_court = clean_text(court, field="court", label=QT_TRANSLATE_NOOP("Field", "Court"), max_length=120)

    def work(session: Session) -> CaseDetail:
        case = load_case(session, actor, case_id, lock=True)
        row = _load(session, case)
        if row is None or row.kind != "written" or row.effective_on is None:
            raise Conflict(MSG_NOT_EFFECTIVE)
        row.judicial_applied_on, row.judicial_court = day, clean_court
        touch(case)
        audit.append(session, actor, desk.now(), "mediation.agreement.judicial", "med_case", case.id, None,
                     {"applied_on": str(day), "court": clean_court})
        return views.detail(session, case, actor)

    return write(desk, actor, Permission.MEDIATION_WRITE, work)


@entry
def agreement_for_print(desk: Desk, actor: Actor, case_id: int, *, draft: bool = False) -> CaseDetail:
    """The case with its agreement, for printing; the print is audited as an access to the case.

    What cannot be printed is refused inside the read, before the access is recorded: a refused print
    leaves nothing behind."""

    def work(session: Session) -> CaseDetail:
        case = load_case(session, actor, case_id)
        detail = views.detail(session, case, actor)
        agreement = detail.agreement
        if agreement is None:
            raise Conflict(MSG_NO_AGREEMENT, number=case.number)
        written = agreement.kind == "written"
        if draft and not (written and agreement.effective_on is None):
            raise Conflict(MSG_NO_DRAFT)
        missing = missing_elements(agreement, len(detail.parties)) if written else []
        if missing:
            raise Conflict(MSG_INCOMPLETE, missing="、".join(missing))
        return detail

    return read_personal(desk, actor, Permission.MEDIATION_READ, work, action="mediation.agreement.print",
                         subject="med_case", seen=lambda detail: [detail.id])
