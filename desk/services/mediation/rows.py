"""Plain rows the mediation services return (never live ORM objects) and the party input checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.core.idnumbers import birth_date, normalize_phone, normalize_resident_id, normalize_uscc, sex
from desk.core.mediation import judicial_last_day
from desk.core.text import clean_text
from desk.core.workdays import WorkCalendar
from desk.store.models.mediation_case import MedAgreement, MedCase, MedFollowUp, MedParty, MedSession


@dataclass(frozen=True)
class PartyInput:
    """One party as typed in. Persons: 姓名 性别 民族 年龄 职业 电话 住址; organisations: 名称 住所
    法定代表人 (and who represents it at the mediation)."""

    name: str
    side: str = "applicant"  # applicant / respondent
    kind: str = "person"  # person / organisation
    sex: str = ""
    ethnicity: str = ""
    age: int | None = None
    id_number: str = ""
    occupation: str = ""
    phone: str = ""
    address: str = ""
    uscc: str = ""
    legal_rep: str = ""
    agent: str = ""


@dataclass(frozen=True)
class PartyRow(PartyInput):
    id: int = 0
    position: int = 0


@dataclass(frozen=True)
class SessionRow:
    id: int
    kind: str  # session / investigation
    held_at: datetime
    place: str
    participants: str
    subject: str
    record: str
    result: str
    recorder: str


@dataclass(frozen=True)
class AgreementRow:
    id: int
    number: str
    kind: str  # written / oral
    facts: str
    disputed: str
    responsibilities: str
    terms: tuple[str, ...]
    performance_method: str
    performance_deadline: date | None
    mediator_name: str
    recorder_name: str
    agreed_on: date | None
    effective_on: date | None
    judicial_applied_on: date | None
    judicial_court: str
    copies: int
    judicial_last_day: date | None = None  # effective + 30 days, moved off rest days (core.mediation)
    judicial_last_day_provisional: bool = False  # its year's holidays are not entered yet
    term_deadlines: tuple[date | None, ...] = ()  # per term, its own 履行期限; None: the agreement's

    def due_dates(self) -> tuple[date | None, ...]:
        """When each term falls due: its own deadline, else the agreement's (None: no deadline at all)."""
        own = self.term_deadlines + (None,) * (len(self.terms) - len(self.term_deadlines))
        return tuple(d or self.performance_deadline for d in own[:len(self.terms)])


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    agreement_number: str
    visited_on: date
    party_name: str
    method: str
    performance: str
    satisfied: bool
    notes: str
    measures: str
    visitor: str


@dataclass(frozen=True)
class CaseListRow:
    id: int
    number: str
    title: str
    dispute_type: str
    source: str
    status: str
    outcome: str | None
    accepted_on: date
    parties: str
    mediator: str
    judicial_state: str  # see desk.core.mediation.judicial_window_state
    judicial_deadline: date | None
    revision: int


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    title: str
    dispute_type: str
    source: str
    referral_note: str
    facts: str
    requests: str
    status: str
    accepted_on: date
    registered_by: str
    mediator_staff_id: int | None
    mediator: str
    outcome: str | None
    outcome_reason: str
    closed_on: date | None
    revision: int
    parties: tuple[PartyRow, ...]
    sessions: tuple[SessionRow, ...]
    agreement: AgreementRow | None
    followups: tuple[FollowUpRow, ...] = field(default_factory=tuple)


def party_row(p: MedParty) -> PartyRow:
    return PartyRow(name=p.name, side=p.side, kind=p.kind, sex=p.sex, ethnicity=p.ethnicity, age=p.age,
                    id_number=p.id_number, occupation=p.occupation, phone=p.phone, address=p.address, uscc=p.uscc,
                    legal_rep=p.legal_rep, agent=p.agent, id=p.id, position=p.position)


def session_row(s: MedSession) -> SessionRow:
    return SessionRow(s.id, s.kind, s.held_at, s.place, s.participants, s.subject, s.record, s.result, s.recorder)


def agreement_row(a: MedAgreement, terms: list[str], party_count: int,
                  calendar: WorkCalendar | None = None, term_deadlines: tuple[date | None, ...] = ()) -> AgreementRow:
    last, provisional = judicial_last_day(a.effective_on, calendar) if a.kind == "written" and a.effective_on \
        else (None, False)
    return AgreementRow(a.id, a.number, a.kind, a.facts, a.disputed, a.responsibilities, tuple(terms),
                        a.performance_method, a.performance_deadline, a.mediator_name, a.recorder_name, a.agreed_on,
                        a.effective_on, a.judicial_applied_on, a.judicial_court, party_count + 1, last, provisional,
                        term_deadlines)


def followup_row(f: MedFollowUp, number: str) -> FollowUpRow:
    return FollowUpRow(f.id, number, f.visited_on, f.party_name, f.method, f.performance, f.satisfied, f.notes,
                       f.measures, f.visitor)


def case_label(c: MedCase) -> str:
    return f"{c.number} {c.title}"


MSG_SIDE = QT_TRANSLATE_NOOP("DeskError", "Choose whether the party is an applicant or a respondent.")
MSG_PARTY_KIND = QT_TRANSLATE_NOOP("DeskError", "Choose whether the party is a person or an organisation.")
MSG_SEX = QT_TRANSLATE_NOOP("DeskError", "Choose the party's sex (男 or 女).")
MSG_AGE = QT_TRANSLATE_NOOP("DeskError", "Enter the party's age in years (0 to 130).")
MSG_SEX_ID = QT_TRANSLATE_NOOP("DeskError", "The sex does not match the ID number. Check both against the ID card.")
MSG_LEGAL_REP = QT_TRANSLATE_NOOP(
    "DeskError", "Enter the legal representative or person in charge of the organisation.")
MSG_LEGAL_REP_TITLE = QT_TRANSLATE_NOOP(
    "DeskError", "Enter the legal representative's title (职务), e.g. 总经理 or 主任: the agreement names it.")


def _text(value: str, name: str, label: str, limit: int, required: bool = False) -> str:
    return clean_text(value, field=name, label=label, max_length=limit, required=required)


def clean_party(p: PartyInput, today: date) -> PartyInput:
    """Check one party; ValidationError names the field. Sex and age are taken from the ID number
    when they were left blank."""
    if p.side not in ("applicant", "respondent"):
        raise ValidationError(MSG_SIDE, field="side")
    if p.kind not in ("person", "organisation"):
        raise ValidationError(MSG_PARTY_KIND, field="kind")
    name = _text(p.name, "name", QT_TRANSLATE_NOOP("Field", "Name"), 100, True)
    address = _text(p.address, "address", QT_TRANSLATE_NOOP("Field", "Work unit or address"), 200, True)
    phone = normalize_phone(p.phone, field="phone") if (p.phone or "").strip() else ""
    common = dict(name=name, side=p.side, kind=p.kind, phone=phone, address=address,
                  agent=_text(p.agent, "agent", QT_TRANSLATE_NOOP("Field", "Representative"), 60))
    if p.kind == "organisation":
        legal_rep = _text(p.legal_rep, "legal_rep", QT_TRANSLATE_NOOP("Field", "Legal representative"), 60)
        if not legal_rep:
            raise ValidationError(MSG_LEGAL_REP, field="legal_rep")
        # An organisation's "occupation" is its representative's 职务 (法定代表人 or 负责人, as the form asks).
        title = _text(p.occupation, "occupation", QT_TRANSLATE_NOOP("Field", "Title of the legal representative"),
                      60)
        if not title:
            raise ValidationError(MSG_LEGAL_REP_TITLE, field="occupation")
        uscc = normalize_uscc(p.uscc, field="uscc") if (p.uscc or "").strip() else ""
        return PartyInput(**common, uscc=uscc, legal_rep=legal_rep, occupation=title)  # type: ignore[arg-type]
    id_number = normalize_resident_id(p.id_number, field="id_number", today=today) if (p.id_number or "").strip() else ""
    party_sex = (p.sex or "").strip()
    if id_number:
        from_id = "男" if sex(id_number) == "M" else "女"
        if party_sex and party_sex != from_id:
            raise ValidationError(MSG_SEX_ID, field="sex")
        party_sex = from_id
    if party_sex not in ("男", "女"):
        raise ValidationError(MSG_SEX, field="sex")
    age = p.age
    if age is None and id_number:
        born = birth_date(id_number)
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age is None or not 0 <= age <= 130:
        raise ValidationError(MSG_AGE, field="age")
    return PartyInput(**common, sex=party_sex, age=age, id_number=id_number,
                      ethnicity=_text(p.ethnicity, "ethnicity", QT_TRANSLATE_NOOP("Field", "Ethnicity"), 20),
                      occupation=_text(p.occupation, "occupation", QT_TRANSLATE_NOOP("Field", "Occupation"), 60))
