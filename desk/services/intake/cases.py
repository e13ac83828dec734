"""The intake flow and every later step of a case.

``take_in`` registers the visit in one pass: item, applicant, materials received, and one of
accept (the clock starts today; a 即办件 is completed on the spot), materials missing (one notice
lists all of them; the clock starts when the last one arrives, see ``receive_materials``) or refuse
(a written reason). Later steps: start, complete, deliver, withdraw, hand over to a colleague
(AB岗) and the proxy's sealed-envelope hand-overs (帮办代办). Each step is one transaction that
adds a history entry and an audit record, and checks the status it starts from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.idnumbers import mask_id, normalize_phone, normalize_resident_id
from desk.core.permissions import Permission, role_allows
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.intake import clock, common
from desk.services.intake.case_queries import CaseDetail, detail_in
from desk.services.intake.common import (
    ACCEPTED,
    COMPLETED,
    DELIVERED,
    IN_PROGRESS,
    OPEN,
    REFUSED,
    WAITING,
    WITHDRAWN,
    add_event,
    load_calendar,
    load_case,
    local_day,
    next_receipt_no,
    station_zone,
)
from desk.store.models import User
from desk.store.models.intake import Applicant, CaseMaterial, IntakeCase, ServiceItem, ServiceMaterial

DECISIONS = ("accept", "missing", "refuse")
DEFAULT_MATERIALS_DAYS = 5  # working days to bring missing materials, unless the clerk sets a date


@dataclass(frozen=True)
class ProxyInput:
    name: str
    id_number: str
    relation: str
    phone: str = ""


@dataclass(frozen=True)
class IntakeRequest:
    item_id: int
    applicant_id: int
    received: tuple[int, ...]  # positions (1, 2, ...) in the item's materials list
    decision: str  # "accept", "missing" or "refuse"
    reason: str = ""  # why it is refused (written, printed on the notice)
    legal_basis: str = ""  # the law or rule the refusal rests on (required for a refusal)
    refer_to: str = ""  # outside the station's competence: the body to apply to instead
    materials_due: date | None = None  # bring the missing materials by this day
    not_applicable: tuple[int, ...] = ()  # positions the clerk ticked as not applicable to this applicant
    ticket_id: int | None = None
    proxy: ProxyInput | None = None
    # The clerk was told that this applicant already has a case for this item today and confirmed
    # that this is a second application; without it ``take_in`` refuses the repeat (``RepeatIntake``).
    repeat_confirmed: bool = False


class RepeatIntake(Conflict):
    """The applicant already has a case for this item from this station day (params: receipt_no,
    status). The intake screen asks the clerk, then sends the request again with repeat_confirmed."""



def clean_reason(text: str, label: str = QT_TRANSLATE_NOOP("Field", "Reason")) -> str:
    return clean_text(text, field="reason", label=label, max_length=1000, multiline=True)


def clean_proxy(proxy: ProxyInput, today: date) -> ProxyInput:
    name = clean_text(proxy.name, field="proxy_name", label=QT_TRANSLATE_NOOP("Field", "Proxy's name"), max_length=60)
    number = normalize_resident_id(proxy.id_number, field="proxy_id_number", today=today)
    relation = clean_text(proxy.relation, field="proxy_relation",
                          label=QT_TRANSLATE_NOOP("Field", "Relation to the applicant"), max_length=30)
    phone = normalize_phone(proxy.phone, field="proxy_phone") if proxy.phone.strip() else ""
    return ProxyInput(name, number, relation, phone)


def _start_clock(session: Session, case: IntakeCase, day: date) -> None:
    case.clock_start = day
    clock.replay(load_calendar(session), case, [])  # limits in the item's unit (工作日 or 日)


def _accept(session: Session, case: IntakeCase, actor: Actor, now: datetime, day: date, action: str) -> None:
    before = case.status
    case.status = ACCEPTED
    _start_clock(session, case, day)
    add_event(session, case, actor, now, action, before)
    if case.item_kind == "instant":  # 即办件: completed while the applicant waits
        case.status, case.completed_at = COMPLETED, now
        add_event(session, case, actor, now, "completed", ACCEPTED, "即办件当场办结")


def _check_materials(item_materials: list[ServiceMaterial], received: set[int], decision: str,
                     not_applicable: set[int] | frozenset[int] = frozenset()) -> list[str]:
    unknown = (received | not_applicable) - {m.position for m in item_materials}
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "The materials list has changed; choose the item again."),
                              field="materials")
    if received & not_applicable:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "A material is ticked both as received and as not applicable. Untick one of them."),
            field="materials")
    # Only required materials are ever demanded: an optional (选交) one may be brought or not.
    missing = [m.name for m in item_materials
               if m.required and m.position not in received and m.position not in not_applicable]
    if decision == "accept" and missing:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Required materials are missing ({names}). Mark them received, or choose \u201cmaterials "
                         "missing\u201d to print the one-time notice."), field="materials", names="、".join(missing))
    if decision == "missing" and not missing:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Every required material is ticked as received. Untick the missing ones, or accept the "
                         "application."), field="materials")
    return missing


def _refuse_a_silent_repeat(session: Session, station_id: int, item_id: int, applicant_id: int,
                            day: date) -> None:
    """One decision per visit: a case for the same applicant and item from the same station day
    (another terminal, a retry, a key pressed twice) is not doubled unless the clerk confirmed it.

    Called after ``next_receipt_no``, whose counter row lock serialises this station's intake for
    the day, so on PostgreSQL two terminals cannot both see "no case yet" (SQLite's write
    transactions are serialised anyway). A refusal rolls the counter back: no receipt number is lost.
    """
    zone = station_zone(session, station_id)
    start = datetime.combine(day, time.min, zone).astimezone(timezone.utc)
    end = datetime.combine(day + timedelta(days=1), time.min, zone).astimezone(timezone.utc)
    earlier = session.execute(
        select(IntakeCase.receipt_no, IntakeCase.status)
        .where(IntakeCase.station_id == station_id, IntakeCase.applicant_id == applicant_id,
               IntakeCase.item_id == item_id, IntakeCase.registered_at >= start, IntakeCase.registered_at < end)
        .order_by(IntakeCase.registered_at.desc(), IntakeCase.id.desc()).limit(1)).first()
    if earlier is not None:
        raise RepeatIntake(QT_TRANSLATE_NOOP(
            "DeskError", "This applicant already has case {receipt_no} for this item today. Open that case, or "
                         "confirm that this is a second application."),
            field="item", receipt_no=earlier.receipt_no, status=earlier.status)


def _default_materials_due(session: Session, day: date) -> date:
    """Five working days on the official calendar; in a year whose calendar is not entered yet (late
    December, before the State Council's notice) the clerk must choose the date, never a guess."""
    counted = load_calendar(session).add_working_days(day, DEFAULT_MATERIALS_DAYS)
    if counted.deadline is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "The working-day calendar for {year} is not entered yet, so the date to bring the "
                         "materials cannot be counted. Choose the date yourself."),
            field="materials_due", year=counted.missing_year or day.year + 1)
    return counted.deadline


def _refusal_terms(request: IntakeRequest) -> tuple[str, str]:
    basis = clean_text(request.legal_basis, field="legal_basis", max_length=300,
                       label=QT_TRANSLATE_NOOP("Field", "Legal basis of the refusal"))
    refer_to = clean_text(request.refer_to, field="refer_to", max_length=200, required=False,
                          label=QT_TRANSLATE_NOOP("Field", "Where to apply instead"))
    return basis, refer_to


@entry(needs=Permission.INTAKE_ACCEPT)
def take_in(desk: Desk, actor: Actor, request: IntakeRequest) -> CaseDetail:
    """Register a visit's application with the clerk's decision; see the module docstring."""
    if request.decision not in DECISIONS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Choose what to do with the application: accept it, ask for the missing materials, "
                         "or refuse it."), field="decision")
    today_utc = desk.now().date()
    reason = clean_reason(request.reason, QT_TRANSLATE_NOOP("Field", "Reason for refusal")) \
        if request.decision == "refuse" else ""
    basis, refer_to = _refusal_terms(request) if request.decision == "refuse" else ("", "")
    proxy = clean_proxy(request.proxy, today_utc) if request.proxy is not None else None
    received = set(request.received)
    not_applicable = set(request.not_applicable)

    def work(session: Session) -> CaseDetail:
        now = desk.now()
        item = session.get(ServiceItem, request.item_id)
        if item is None or not item.active:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "That service item is not offered any more. Choose another item."), field="item")
        if session.get(Applicant, request.applicant_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Choose or register the applicant first."),
                                  field="applicant")
        materials = list(session.execute(select(ServiceMaterial).where(ServiceMaterial.item_id == item.id)
                                         .order_by(ServiceMaterial.position)).scalars())
        missing = _check_materials(materials, received, request.decision, not_applicable) \
            if request.decision != "refuse" else []
        if request.decision == "refuse":
            common.appeal_bodies(session, actor.station_id)  # a refusal names them, so they must be set first
        day = local_day(session, actor.station_id, now)
        receipt_no = next_receipt_no(session, actor.station_id, day)  # first: its lock orders the check below
        if not request.repeat_confirmed:
            _refuse_a_silent_repeat(session, actor.station_id, item.id, request.applicant_id, day)
        case = IntakeCase(
            receipt_no=receipt_no, station_id=actor.station_id,
            item_id=item.id, applicant_id=request.applicant_id, ticket_id=request.ticket_id, status="",
            item_name=item.name, item_kind=item.kind, promised_days=item.promised_days,
            statutory_days=item.statutory_days, days_unit=item.days_unit, delivery=item.delivery,
            first_clerk_id=actor.user_id,
            handler_id=actor.user_id, registered_at=now, reason=reason, refusal_basis=basis, refer_to=refer_to)
        if proxy is not None:
            case.proxy_name, case.proxy_id_number = proxy.name, proxy.id_number
            case.proxy_id_masked = mask_id(proxy.id_number)
            case.proxy_relation, case.proxy_phone = proxy.relation, proxy.phone
        session.add(case)
        session.flush()
        session.add_all(CaseMaterial(case_id=case.id, position=m.position, name=m.name, form=m.form, copies=m.copies,
                                     required=m.required, note=m.note, not_applicable=m.position in not_applicable,
                                     received_at=now if m.position in received else None) for m in materials)
        if request.decision == "accept":
            _accept(session, case, actor, now, day, "accepted")
        elif request.decision == "missing":
            case.status = WAITING
            case.materials_due = request.materials_due or _default_materials_due(session, day)
            if case.materials_due is not None and case.materials_due < day:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DeskError", "The date to bring the materials is in the past. Choose a later date."),
                    field="materials_due")
            add_event(session, case, actor, now, "materials_missing", "", "一次性告知：" + "、".join(missing))
        else:
            case.status = REFUSED
            add_event(session, case, actor, now, "refused", "", reason)
        if proxy is not None:
            add_event(session, case, actor, now, "proxy", case.status,
                      f"{proxy.name}（{proxy.relation}，{mask_id(proxy.id_number)}）")
        session.flush()
        detail = detail_in(session, case.id, day)
        audit.append(session, actor, now, "case.take_in", "intake_case", case.id, None,
                     {"receipt_no": case.receipt_no, "item": item.code, "status": case.status,
                      "deadline": case.deadline, "missing": missing, "proxy": bool(proxy),
                      **({"repeat_confirmed": True} if request.repeat_confirmed else {})})
        return detail

    return write(desk, actor, Permission.INTAKE_ACCEPT, work)


def step(desk: Desk, actor: Actor, case_id: int, allowed: tuple[str, ...], action: str,
          change: Callable[[Session, IntakeCase, datetime, date], str]) -> CaseDetail:
    """Load and lock the case, check its status, apply ``change`` (returns the history note)."""

    def work(session: Session) -> CaseDetail:
        now = desk.now()
        case = load_case(session, case_id, lock=True)
        if case.status not in allowed:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "Case {receipt_no} is {status} now, so this step is not possible. Refresh the case "
                             "to see its current state."), receipt_no=case.receipt_no, status=case.status)
        before = case.status
        day = local_day(session, actor.station_id, now)
        note = change(session, case, now, day)
        if action:
            add_event(session, case, actor, now, action, before, note)
        session.flush()
        audit.append(session, actor, now, f"case.{action or 'materials'}", "intake_case", case.id,
                     {"status": before}, {"status": case.status, "note": note[:200]})
        return detail_in(session, case.id, day)

    return write(desk, actor, Permission.INTAKE_ACCEPT, work)


@entry(needs=Permission.INTAKE_ACCEPT)
def receive_materials(desk: Desk, actor: Actor, case_id: int, material_ids: tuple[int, ...]) -> CaseDetail:
    """Record materials brought later; when the last required one is in, the case is accepted and
    its clock starts that day (a 即办件 is then completed on the spot)."""
    if not material_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Tick the materials the applicant brought."),
                              field="materials")

    def change(session: Session, case: IntakeCase, now: datetime, day: date) -> str:
        rows = list(session.execute(select(CaseMaterial).where(CaseMaterial.case_id == case.id)).scalars())
        wanted = set(material_ids)
        if not wanted <= {m.id for m in rows}:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That material is not part of this case. Refresh the case."))
        names = []
        for material in rows:
            if material.id in wanted and material.received_at is None:
                material.received_at = now
                names.append(material.name)
        add_event(session, case, actor, now, "materials_received", case.status, "、".join(names))
        if all(m.received_at is not None for m in rows if m.required and not m.not_applicable):
            _accept(session, case, actor, now, day, "clock_started")
        return ""

    return step(desk, actor, case_id, (WAITING,), "", change)


@entry
def start_processing(desk: Desk, actor: Actor, case_id: int) -> CaseDetail:
    def change(session: Session, case: IntakeCase, now: datetime, day: date) -> str:
        case.status = IN_PROGRESS
        return ""

    return step(desk, actor, case_id, (ACCEPTED,), "started", change)


@entry
def complete(desk: Desk, actor: Actor, case_id: int, result: str) -> CaseDetail:
    result = clean_text(result, field="result", label=QT_TRANSLATE_NOOP("Field", "Result"), max_length=1000,
                        multiline=True)

    def change(session: Session, case: IntakeCase, now: datetime, day: date) -> str:
        clock.end_pause(session, case, actor, now, day)  # a decision ends an Art. 45 pause
        case.status, case.result, case.completed_at = COMPLETED, result, now
        return result

    return step(desk, actor, case_id, (ACCEPTED, IN_PROGRESS), "completed", change)


@entry
def deliver(desk: Desk, actor: Actor, case_id: int, how: str) -> CaseDetail:
    how = clean_text(how, field="delivery", label=QT_TRANSLATE_NOOP("Field", "How it was delivered"), max_length=200)

    def change(session: Session, case: IntakeCase, now: datetime, day: date) -> str:
        case.status, case.delivered_at = DELIVERED, now
        return how

    return step(desk, actor, case_id, (COMPLETED,), "delivered", change)


@entry
def withdraw(desk: Desk, actor: Actor, case_id: int, reason: str) -> CaseDetail:
    reason = clean_reason(reason, QT_TRANSLATE_NOOP("Field", "Reason for withdrawal"))

    def change(session: Session, case: IntakeCase, now: datetime, day: date) -> str:
        if case.paused_since is not None:
            clock.end_pause(session, case, actor, now, day)
        case.status, case.reason = WITHDRAWN, reason
        return reason

    return step(desk, actor, case_id, OPEN, "withdrawn", change)


@entry
def hand_over(desk: Desk, actor: Actor, case_id: int, to_user_id: int, reason: str) -> CaseDetail:
    """AB岗: a colleague takes the case over (leave, sickness, workload); the reason is kept."""
    reason = clean_reason(reason, QT_TRANSLATE_NOOP("Field", "Reason for the hand-over"))

    def change(session: Session, case: IntakeCase, now: datetime, day: date) -> str:
        colleague = session.get(User, to_user_id)
        if colleague is None or not colleague.active or not role_allows(colleague.role, Permission.INTAKE_ACCEPT):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "Choose an active colleague who handles applications."), field="colleague")
        if colleague.id == case.handler_id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "The case is already with {name}. Choose another colleague."), field="colleague",
                name=colleague.display_name)
        case.handler_id = colleague.id
        return f"转交 {colleague.display_name}：{reason}"

    return step(desk, actor, case_id, (*OPEN, COMPLETED), "handed_over", change)
