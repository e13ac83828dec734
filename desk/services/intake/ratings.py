"""好差评: the citizen rates each visit on five levels. 不满意 and 非常不满意 open a follow-up that the
manager must close with a recorded outcome within 15 working days (a station setting)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.core.workdays import DeadlineResult, WorkCalendar
from desk.services import audit
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, read, write
from desk.services.entry import entry
from desk.services.intake.common import load_calendar, local_day
from desk.services.station import read_setting
from desk.store.models.intake import IntakeCase, Rating

LEVELS = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
LEVEL_LABELS = {
    5: QT_TRANSLATE_NOOP("Rating", "Very satisfied"),
    4: QT_TRANSLATE_NOOP("Rating", "Satisfied"),
    3: QT_TRANSLATE_NOOP("Rating", "Fairly satisfied"),
    2: QT_TRANSLATE_NOOP("Rating", "Dissatisfied"),
    1: QT_TRANSLATE_NOOP("Rating", "Very dissatisfied"),
}
FOLLOW_UP_LEVELS = (1, 2)
FOLLOW_UP_SETTING = "intake.follow_up_working_days"
DEFAULT_FOLLOW_UP_DAYS = 15


@dataclass(frozen=True)
class RatingRow:
    id: int
    at: datetime
    level: int
    comment: str
    case_id: int | None
    receipt_no: str
    clerk_name: str
    follow_up_status: str  # "", "open", "closed"
    follow_up_due: date | None
    follow_up_missing_year: int | None
    follow_up_outcome: str
    follow_up_by: str


def _row(rating: Rating, receipt_no: str = "") -> RatingRow:
    return RatingRow(rating.id, rating.at, rating.level, rating.comment, rating.case_id, receipt_no,
                     rating.clerk_name, rating.follow_up_status, rating.follow_up_due, rating.follow_up_missing_year,
                     rating.follow_up_outcome, rating.follow_up_by)


def follow_up_deadline(session: Session, calendar: WorkCalendar, rating: Rating) -> DeadlineResult:
    days = read_setting(session, FOLLOW_UP_SETTING, rating.station_id) or DEFAULT_FOLLOW_UP_DAYS
    return calendar.add_working_days(local_day(session, rating.station_id, rating.at), int(days))


@entry
def rate(desk: Desk, actor: Actor, level: int, comment: str = "", *, case_id: int | None = None,
         ticket_id: int | None = None) -> RatingRow:
    """One rating per visit (per case when there is one); rates the clerk at this terminal."""
    if level not in LEVELS:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Choose one of the five faces."), field="level")
    comment = clean_text(comment, field="comment", label=QT_TRANSLATE_NOOP("Field", "Comment"), max_length=500,
                         required=False, multiline=True)

    def work(session: Session) -> RatingRow:
        receipt_no = ""
        if case_id is not None:
            case = session.get(IntakeCase, case_id)
            if case is None:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "Case {case_id} does not exist (any more). Refresh the list."),
                               case_id=case_id)
            if session.execute(select(Rating.id).where(Rating.case_id == case_id)).first():
                raise Conflict(QT_TRANSLATE_NOOP("DeskError", "This visit has been rated already. Thank you!"))
            receipt_no = case.receipt_no
        rating = Rating(station_id=actor.station_id, at=desk.now(), level=level, comment=comment, case_id=case_id,
                        ticket_id=ticket_id, clerk_id=actor.user_id, clerk_name=actor.display_name,
                        follow_up_status="", follow_up_outcome="", follow_up_by="")
        if level in FOLLOW_UP_LEVELS:
            result = follow_up_deadline(session, load_calendar(session), rating)
            rating.follow_up_status = "open"
            rating.follow_up_due, rating.follow_up_missing_year = result.deadline, result.missing_year
        session.add(rating)
        session.flush()
        audit.append(session, actor, desk.now(), "rating.add", "rating", rating.id, None,
                     {"level": level, "case_id": case_id, "follow_up_due": rating.follow_up_due})
        return _row(rating, receipt_no)

    return write(desk, actor, Permission.INTAKE_ACCEPT, work)


@entry
def record_follow_up(desk: Desk, actor: Actor, rating_id: int, outcome: str) -> RatingRow:
    outcome = clean_text(outcome, field="outcome", label=QT_TRANSLATE_NOOP("Field", "Outcome"), max_length=1000,
                         multiline=True)

    def work(session: Session) -> RatingRow:
        rating = session.get(Rating, rating_id)
        if rating is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That rating no longer exists. Refresh the list."))
        if rating.follow_up_status != "open":
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "This rating has no open follow-up."))
        rating.follow_up_status, rating.follow_up_outcome = "closed", outcome
        rating.follow_up_by, rating.follow_up_at = actor.display_name, desk.now()
        audit.append(session, actor, desk.now(), "rating.follow_up", "rating", rating.id, {"status": "open"},
                     {"status": "closed", "outcome": outcome[:200]})
        return _row(rating)

    return write(desk, actor, Permission.RATING_FOLLOW_UP, work)


@entry
def list_ratings(desk: Desk, actor: Actor, *, open_only: bool = False, start: datetime | None = None,
                 end: datetime | None = None, limit: int = 500) -> list[RatingRow]:
    def work(session: Session) -> list[RatingRow]:
        query = (select(Rating, IntakeCase.receipt_no).outerjoin(IntakeCase, Rating.case_id == IntakeCase.id)
                 .order_by(Rating.at.desc()).limit(limit))
        if open_only:
            query = query.where(Rating.follow_up_status == "open")
        if start is not None:
            query = query.where(Rating.at >= start)
        if end is not None:
            query = query.where(Rating.at < end)
        return [_row(r, no or "") for r, no in session.execute(query).all()]

    return read_personal(desk, actor, Permission.RATING_FOLLOW_UP, work, action="rating.list", subject="rating",
                         seen=lambda rows: [r.id for r in rows])


@entry
def level_counts(desk: Desk, actor: Actor, start: datetime, end: datetime) -> dict[int, int]:
    """Ratings per level in [start, end), every level present (0 when none), for the daily log."""

    def work(session: Session) -> dict[int, int]:
        rows = session.execute(select(Rating.level, func.count(Rating.id)).where(Rating.at >= start, Rating.at < end)
                               .group_by(Rating.level)).all()
        counts = dict.fromkeys(LEVELS, 0)
        counts.update({level: n for level, n in rows})
        return counts

    return read(desk, actor, Permission.REPORT_VIEW, work)
