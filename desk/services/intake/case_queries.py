"""Reading cases: the list with filters (overdue in red, due soon in amber on screen), one case's
detail with its materials and full history, lookup by receipt number, and the deadline summary
the daily log counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from desk.core.errors import QT_TRANSLATE_NOOP, NotFound
from desk.core.idnumbers import mask_phone
from desk.core.permissions import Permission
from desk.core.workdays import WorkCalendar
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, read
from desk.services.entry import entry
from desk.services.intake.applicants import ApplicantRow
from desk.services.intake.applicants import row as applicant_row
from desk.services.intake.common import RUNNING, load_calendar, local_day
from desk.store.models import User
from desk.store.models.intake import Applicant, CaseClockChange, CaseEvent, CaseMaterial, IntakeCase

SOON_WORKING_DAYS = 2
CaseSelect = Select[IntakeCase, Applicant, User]  # IntakeCase, Applicant, handler User (or None)
LIST_LIMIT = 500


@dataclass(frozen=True)
class CaseRow:
    id: int
    receipt_no: str
    status: str
    item_name: str
    item_kind: str
    applicant_id: int
    applicant_name: str
    applicant_masked: str
    handler_name: str
    registered_at: datetime
    deadline: date | None
    deadline_missing_year: int | None
    deadline_state: str  # overdue / due_soon / ok / unknown while the clock runs, paused (Art. 45), "" otherwise
    materials_due: date | None
    ticket_id: int | None


@dataclass(frozen=True)
class MaterialRow:
    id: int
    name: str
    form: str
    copies: int
    required: bool
    note: str
    received_at: datetime | None
    not_applicable: bool = False

    @property
    def received(self) -> bool:
        return self.received_at is not None


@dataclass(frozen=True)
class EventRow:
    at: datetime
    user_name: str
    action: str
    from_status: str
    to_status: str
    note: str


@dataclass(frozen=True)
class ClockRow:
    """An Art. 42 extension or an Art. 45 pause (intake_case_clock)."""

    kind: str  # "extension" or "pause"
    cause: str
    reason: str
    start_on: date
    end_on: date | None
    days: int | None
    expected_end: date | None
    old_deadline: date | None
    new_deadline: date | None
    by_name: str


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    applicant: ApplicantRow
    item_id: int
    promised_days: int | None
    statutory_days: int | None
    statutory_deadline: date | None
    clock_start: date | None
    delivery: str
    first_clerk_name: str
    first_clerk_phone: str
    handler_id: int | None
    reason: str
    result: str
    proxy_name: str
    proxy_id_masked: str
    proxy_relation: str
    proxy_phone: str
    envelope_in_at: datetime | None
    envelope_out_at: datetime | None
    completed_at: datetime | None
    delivered_at: datetime | None
    materials: tuple[MaterialRow, ...] = field(default=())
    events: tuple[EventRow, ...] = field(default=())
    # -- papers-deadlines: the limits' unit, an Art. 45 pause, and the clock's changes --
    days_unit: str = "working"
    paused_since: date | None = None
    clock_changes: tuple[ClockRow, ...] = field(default=())

    @property
    def extension(self) -> ClockRow | None:
        return next((c for c in self.clock_changes if c.kind == "extension"), None)

    @property
    def missing(self) -> tuple[MaterialRow, ...]:
        """Required materials not yet brought: what the one-time notice demands, and what starts the clock."""
        return tuple(m for m in self.materials if m.required and not m.received and not m.not_applicable)

    @property
    def outstanding(self) -> tuple[MaterialRow, ...]:
        """Everything that may still be brought, optional materials included."""
        return tuple(m for m in self.materials if not m.received and not m.not_applicable)


@dataclass(frozen=True)
class CaseFilter:
    statuses: tuple[str, ...] = ()
    item_id: int | None = None
    handler_id: int | None = None
    applicant_id: int | None = None
    text: str = ""  # receipt number (or its end) or applicant name
    registered_from: date | None = None
    registered_to: date | None = None
    due: str = ""  # "", "overdue", "due_soon", "unknown", "paused"
    limit: int = LIST_LIMIT


@dataclass(frozen=True)
class DeadlineSummary:
    running: int
    overdue: int
    due_soon: int
    unknown: int
    waiting_materials: int
    paused: int = 0  # Art. 45: time not counted, so neither overdue nor due soon


def deadline_state(calendar: WorkCalendar, case: IntakeCase, today: date) -> str:
    if case.status not in RUNNING:
        return ""
    if case.paused_since is not None:
        return "paused"
    if case.deadline is None:
        return "unknown" if case.deadline_missing_year is not None else ""
    return calendar.deadline_state(case.deadline, today, SOON_WORKING_DAYS)


def _rows(session: Session, query: CaseSelect, calendar: WorkCalendar,
          today: date) -> Iterable[CaseRow]:
    for case, applicant, handler in session.execute(query).all():
        yield CaseRow(case.id, case.receipt_no, case.status, case.item_name, case.item_kind, applicant.id,
                      applicant.name, applicant_row(applicant).id_masked, handler.display_name if handler else "",
                      case.registered_at, case.deadline, case.deadline_missing_year,
                      deadline_state(calendar, case, today), case.materials_due, case.ticket_id)


def _base() -> CaseSelect:
    handler = aliased(User)
    return (select(IntakeCase, Applicant, handler).join(Applicant, IntakeCase.applicant_id == Applicant.id)
            .outerjoin(handler, IntakeCase.handler_id == handler.id))


def _filtered(query: CaseSelect, flt: CaseFilter, today: date,
              zone_offset_days: tuple[datetime | None, datetime | None]) -> CaseSelect:
    if flt.statuses:
        query = query.where(IntakeCase.status.in_(flt.statuses))
    if flt.item_id is not None:
        query = query.where(IntakeCase.item_id == flt.item_id)
    if flt.handler_id is not None:
        query = query.where(IntakeCase.handler_id == flt.handler_id)
    if flt.applicant_id is not None:
        query = query.where(IntakeCase.applicant_id == flt.applicant_id)
    text = flt.text.strip()
    if text:
        query = query.where(or_(IntakeCase.receipt_no.like(f"%{text.upper()}"), IntakeCase.receipt_no == text.upper(),
                                Applicant.name.like(f"{text}%")))
    start, end = zone_offset_days
    if start is not None:
        query = query.where(IntakeCase.registered_at >= start)
    if end is not None:
        query = query.where(IntakeCase.registered_at < end)
    if flt.due == "overdue":
        query = query.where(IntakeCase.status.in_(RUNNING), IntakeCase.deadline < today,
                            IntakeCase.paused_since.is_(None))
    elif flt.due in ("due_soon", "unknown"):
        query = query.where(IntakeCase.status.in_(RUNNING))
    elif flt.due == "paused":  # Art. 45: the time is not counted
        query = query.where(IntakeCase.status.in_(RUNNING), IntakeCase.paused_since.is_not(None))
    return query


def _day_bounds(session: Session, station_id: int, flt: CaseFilter) -> tuple[datetime | None, datetime | None]:
    from datetime import time, timedelta

    from desk.services.intake.common import station_zone

    zone = station_zone(session, station_id)
    start = datetime.combine(flt.registered_from, time(), zone) if flt.registered_from else None
    end = datetime.combine(flt.registered_to + timedelta(days=1), time(), zone) if flt.registered_to else None
    return start, end


@entry(search=("flt.text",))
def list_cases(desk: Desk, actor: Actor, flt: CaseFilter | None = None) -> list[CaseRow]:
    flt = flt or CaseFilter()

    def work(session: Session) -> list[CaseRow]:
        today = local_day(session, actor.station_id, desk.now())
        calendar = load_calendar(session)
        query = _filtered(_base(), flt, today, _day_bounds(session, actor.station_id, flt))
        query = query.order_by(IntakeCase.registered_at.desc(), IntakeCase.id.desc())
        if flt.due in ("due_soon", "unknown"):  # decided per row with the calendar, then limited
            return [r for r in _rows(session, query, calendar, today) if r.deadline_state == flt.due][: flt.limit]
        return list(_rows(session, query.limit(flt.limit), calendar, today))

    return read_personal(desk, actor, Permission.INTAKE_VIEW, work, action="case.list", subject="applicant",
                         seen=lambda rows: sorted({r.applicant_id for r in rows}))


def detail_in(session: Session, case_id: int, today: date) -> CaseDetail:
    found = session.execute(_base().where(IntakeCase.id == case_id)).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "Case {case_id} does not exist (any more). Refresh the list."),
                       case_id=case_id)
    case, applicant, _handler = found
    row = next(iter(_rows(session, _base().where(IntakeCase.id == case_id), load_calendar(session), today)))
    clerk = session.get(User, case.first_clerk_id) if case.first_clerk_id else None
    materials = session.execute(select(CaseMaterial).where(CaseMaterial.case_id == case.id)
                                .order_by(CaseMaterial.position)).scalars()
    events = session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id)
                             .order_by(CaseEvent.at, CaseEvent.id)).scalars()
    return CaseDetail(
        row=row, applicant=applicant_row(applicant), item_id=case.item_id, promised_days=case.promised_days,
        statutory_days=case.statutory_days, statutory_deadline=case.statutory_deadline, clock_start=case.clock_start,
        delivery=case.delivery, first_clerk_name=clerk.display_name if clerk else "",
        first_clerk_phone=clerk.phone if clerk else "", handler_id=case.handler_id, reason=case.reason,
        result=case.result, proxy_name=case.proxy_name, proxy_id_masked=case.proxy_id_masked,
        proxy_relation=case.proxy_relation, proxy_phone=mask_phone(case.proxy_phone), envelope_in_at=case.envelope_in_at,
        envelope_out_at=case.envelope_out_at, completed_at=case.completed_at, delivered_at=case.delivered_at,
        materials=tuple(MaterialRow(m.id, m.name, m.form, m.copies, m.required, m.note, m.received_at,
                                    m.not_applicable)
                        for m in materials),
        events=tuple(EventRow(e.at, e.user_name, e.action, e.from_status, e.to_status, e.note) for e in events),
        days_unit=case.days_unit, paused_since=case.paused_since, clock_changes=tuple(
            ClockRow(c.kind, c.cause, c.reason, c.start_on, c.end_on, c.days, c.expected_end, c.old_deadline,
                     c.new_deadline, c.by_name)
            for c in session.execute(select(CaseClockChange).where(CaseClockChange.case_id == case.id)
                                     .order_by(CaseClockChange.id)).scalars()),
    )


@entry
def get_case(desk: Desk, actor: Actor, case_id: int) -> CaseDetail:
    return read_personal(desk, actor, Permission.INTAKE_VIEW,
                         lambda s: detail_in(s, case_id, local_day(s, actor.station_id, desk.now())),
                         action="case.read", subject="applicant", seen=lambda detail: [detail.applicant.id])


@entry(search=("receipt_no",))
def find_by_receipt(desk: Desk, actor: Actor, receipt_no: str) -> CaseDetail:
    wanted = "".join(receipt_no.split()).upper()

    def work(session: Session) -> CaseDetail:
        case_id = session.execute(select(IntakeCase.id).where(IntakeCase.receipt_no == wanted)).scalar()
        if case_id is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "DeskError", "No case has the receipt number {number}. Check it against the receipt."),
                field="receipt_no", number=wanted)
        return detail_in(session, case_id, local_day(session, actor.station_id, desk.now()))

    return read_personal(desk, actor, Permission.INTAKE_VIEW, work, action="case.find_by_receipt",
                         subject="applicant", seen=lambda detail: [detail.applicant.id])


@entry
def deadline_summary(desk: Desk, actor: Actor) -> DeadlineSummary:
    def work(session: Session) -> DeadlineSummary:
        today = local_day(session, actor.station_id, desk.now())
        calendar = load_calendar(session)
        states = [deadline_state(calendar, c, today) for c in
                  session.execute(select(IntakeCase).where(IntakeCase.status.in_(RUNNING))).scalars()]
        waiting = session.execute(select(func.count(IntakeCase.id)).where(IntakeCase.status == "waiting_materials"))
        return DeadlineSummary(len(states), states.count("overdue"), states.count("due_soon"),
                               states.count("unknown"), waiting.scalar_one(), states.count("paused"))

    return read(desk, actor, Permission.INTAKE_VIEW, work)


@dataclass(frozen=True)
class Colleague:
    id: int
    display_name: str


@entry
def colleagues(desk: Desk, actor: Actor) -> list[Colleague]:
    """Active users who handle applications (for the AB岗 hand-over), the actor left out."""
    from desk.core.permissions import role_allows

    def work(session: Session) -> list[Colleague]:
        users = session.execute(select(User).where(User.active.is_(True)).order_by(User.display_name)).scalars()
        return [Colleague(u.id, u.display_name) for u in users
                if u.id != actor.user_id and role_allows(u.role, Permission.INTAKE_ACCEPT)]

    return read(desk, actor, Permission.INTAKE_ACCEPT, work)
