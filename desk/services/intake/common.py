"""What the intake services share: statuses, the station's local day, the calendar from the
database, case history entries and receipt numbers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.core.workdays import WorkCalendar
from desk.services.context import Actor
from desk.services.station import read_setting
from desk.services.station import station_zone as station_zone  # re-exported for this package
from desk.store.models import User
from desk.store.models.calendar import CalendarDay, CalendarYear
from desk.store.models.intake import CaseEvent, IntakeCase, ReceiptCounter

ACCEPTED = "accepted"
WAITING = "waiting_materials"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
DELIVERED = "delivered"
REFUSED = "refused"
WITHDRAWN = "withdrawn"
STATUSES = (ACCEPTED, WAITING, IN_PROGRESS, COMPLETED, DELIVERED, REFUSED, WITHDRAWN)
# Cases whose deadline is running: they can be overdue.
RUNNING = (ACCEPTED, IN_PROGRESS)
OPEN = (ACCEPTED, WAITING, IN_PROGRESS)

# 容缺受理 (desk.services.intake.pledges): intake_case.pledge_status
PLEDGE_OPEN, PLEDGE_CLOSED = "open", "closed"

STATUS_LABELS = {
    ACCEPTED: QT_TRANSLATE_NOOP("CaseStatus", "accepted"),
    WAITING: QT_TRANSLATE_NOOP("CaseStatus", "waiting for materials"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("CaseStatus", "in progress"),
    COMPLETED: QT_TRANSLATE_NOOP("CaseStatus", "completed"),
    DELIVERED: QT_TRANSLATE_NOOP("CaseStatus", "delivered"),
    REFUSED: QT_TRANSLATE_NOOP("CaseStatus", "refused"),
    WITHDRAWN: QT_TRANSLATE_NOOP("CaseStatus", "withdrawn"),
}
# The Chinese names printed on documents (documents are always in Chinese).
STATUS_ZH = {ACCEPTED: "已受理", WAITING: "待补正材料", IN_PROGRESS: "办理中", COMPLETED: "已办结",
             DELIVERED: "已送达", REFUSED: "不予受理", WITHDRAWN: "已撤回"}
KIND_ZH = {"instant": "即办件", "promised": "承诺件"}

RECEIPT_PREFIX = "SL"
REFUSAL_SETTINGS = ("intake.review_body", "intake.court")


def local_day(session: Session, station_id: int, moment: datetime) -> date:
    """The station's local calendar day of ``moment`` (Asia/Shanghai unless the station says otherwise)."""
    return moment.astimezone(station_zone(session, station_id)).date()


def load_calendar(session: Session) -> WorkCalendar:
    """The working-day calendar as the manager keeps it in the database (not the shipped file).

    Kept in ``session.info`` for the rest of the transaction (a case step needs it several times);
    the calendar service drops it after an edit.
    """
    cached = session.info.get("work_calendar")
    if isinstance(cached, WorkCalendar):
        return cached
    available = set(session.execute(select(CalendarYear.year).where(CalendarYear.available.is_(True))).scalars())
    years: dict[int, dict[str, list[date]]] = {year: {"off": [], "work": []} for year in available}
    for day, kind in session.execute(select(CalendarDay.day, CalendarDay.kind)):
        if day.year in years:
            years[day.year][kind].append(day)
    calendar = WorkCalendar(years)
    session.info["work_calendar"] = calendar
    return calendar


def add_event(session: Session, case: IntakeCase, actor: Actor, at: datetime, action: str,
              from_status: str = "", note: str = "") -> None:
    session.add(CaseEvent(case_id=case.id, at=at, user_id=actor.user_id, user_name=actor.display_name,
                          action=action, from_status=from_status, to_status=case.status, note=note))


def next_receipt_no(session: Session, station_id: int, day: date) -> str:
    """SL20261120-0007: per station and local day, issued under the counter row's lock.

    The row is created with INSERT ... ON CONFLICT DO NOTHING, then incremented in place, so two
    terminals accepting at the same moment can never be given the same number.
    """
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(ReceiptCounter).values(station_id=station_id, day=day, last=0)
                    .on_conflict_do_nothing(index_elements=["station_id", "day"]))
    session.execute(update(ReceiptCounter).where(ReceiptCounter.station_id == station_id, ReceiptCounter.day == day)
                    .values(last=ReceiptCounter.last + 1))
    serial = session.execute(select(ReceiptCounter.last).where(
        ReceiptCounter.station_id == station_id, ReceiptCounter.day == day)).scalar_one()
    return f"{RECEIPT_PREFIX}{day:%Y%m%d}-{serial:04d}"


def load_user(session: Session, user_id: int | None) -> User | None:
    return session.get(User, user_id) if user_id is not None else None


def load_case(session: Session, case_id: int, *, lock: bool = False) -> IntakeCase:
    query = select(IntakeCase).where(IntakeCase.id == case_id)
    if lock:
        query = query.with_for_update()
    case = session.execute(query).scalar_one_or_none()
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "Case {case_id} does not exist (any more). Refresh the list."),
                       case_id=case_id)
    return case


def appeal_bodies(session: Session, station_id: int) -> tuple[str, str]:
    """(review body, court) a refusal notice names (行政许可法 Art. 32; 行政复议法 Art. 20; 行政诉讼法
    Art. 46), from the station's settings; refused with a sentence until the manager has set them."""
    review, court = (str(read_setting(session, key, station_id) or "").strip() for key in REFUSAL_SETTINGS)
    if not review or not court:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "A refusal notice must name the body that hears a 行政复议 and the court for a 行政诉讼. "
                         "Ask the station manager to enter both on the Station page, then refuse again."),
            field="legal_basis")
    return review, court
