"""What the home page shows each role of its day, in one short read.

The clerk sees their window's queue and the applications they handle that are due; the mediator
today's sessions, agreements still waiting for signatures and the 司法确认 windows about to close;
the manager the station's live figures, overdue applications and open bad ratings. Figures are
counts; a list line is a case number with the item or the case's own title (as the person's own case
list shows it), never an applicant's name, ID number or phone, so the page can refresh it whenever
the station changes without being a read of personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.mediation import judicial_last_day
from desk.core.permissions import Permission
from desk.services.context import Actor, Desk, read
from desk.services.entry import entry
from desk.services.intake.case_queries import deadline_state
from desk.services.intake.common import RUNNING, load_calendar
from desk.services.station import station_zone
from desk.store.models.foundation import Counter
from desk.store.models.intake import IntakeCase, Rating
from desk.store.models.mediation import MedBooking, MedBookingStaff, MedRoom, MedStaff
from desk.store.models.mediation_case import MedAgreement, MedCase
from desk.store.models.queue import QueueTicket, QueueWindowService

LIST_LIMIT = 8  # lines per list: the page is a glance, the full lists are one click away
JUDICIAL_WARN_DAYS = 7  # a 司法确认 window closing within a week is shown


@dataclass(frozen=True)
class Figure:
    key: str  # which figure (the UI names it; tests find it)
    value: int
    page: str  # the navigation page that shows the details
    alarm: bool = False  # shown in the warning colour: something is late


@dataclass(frozen=True)
class Line:
    key: str  # which list it belongs to
    when: str  # a time today ("09:30") or a date ("2026-12-24")
    text: str  # a case number and what it is about, never a person's name
    page: str
    alarm: bool = False


@dataclass(frozen=True)
class MyDay:
    day: date
    figures: tuple[Figure, ...]
    lines: tuple[Line, ...]


def _day_bounds(zone_day: date, session: Session, station_id: int) -> tuple[datetime, datetime]:
    zone = station_zone(session, station_id)
    start = datetime.combine(zone_day, time(0), zone)
    return start, start + timedelta(days=1)


def _window(session: Session, actor: Actor, day: date, window: int) -> list[Figure]:
    counter = session.execute(select(Counter.id).where(Counter.station_id == actor.station_id,
                                                       Counter.number == window)).scalar_one_or_none()
    if counter is None:
        return []
    services = list(session.execute(select(QueueWindowService.service_id)
                                    .where(QueueWindowService.counter_id == counter)).scalars())
    today = (QueueTicket.station_id == actor.station_id) & (QueueTicket.day == day)
    # What "call next" at this window would choose from: tickets sent here, and its services' tickets.
    mine = (QueueTicket.target_counter_id == counter)
    if services:
        mine = mine | (QueueTicket.target_counter_id.is_(None) & QueueTicket.service_id.in_(services))
    waiting = session.execute(select(func.count()).where(today, QueueTicket.status == "waiting", mine)).scalar_one()
    served = session.execute(select(func.count()).where(today, QueueTicket.status == "done",
                                                        QueueTicket.counter_id == counter)).scalar_one()
    return [Figure("window_waiting", waiting, "queue"), Figure("window_served", served, "queue")]


def _my_applications(session: Session, actor: Actor, day: date) -> tuple[list[Figure], list[Line]]:
    calendar = load_calendar(session)
    cases = session.execute(select(IntakeCase).where(IntakeCase.handler_id == actor.user_id,
                                                     IntakeCase.status.in_(RUNNING))
                            .order_by(IntakeCase.deadline, IntakeCase.id)).scalars().all()
    states = [(c, deadline_state(calendar, c, day)) for c in cases]
    due = [(c, s) for c, s in states if s in ("overdue", "due_soon")]
    lines = [Line("my_case", c.deadline.isoformat() if c.deadline else "", f"{c.receipt_no} {c.item_name}",
                  "intake_cases", s == "overdue") for c, s in due[:LIST_LIMIT]]
    overdue = sum(1 for _, s in due if s == "overdue")
    return [Figure("my_running", len(cases), "intake_cases"),
            Figure("my_due_soon", len(due) - overdue, "intake_cases"),
            Figure("my_overdue", overdue, "intake_cases", overdue > 0)], lines


def _my_mediation(session: Session, actor: Actor, day: date) -> tuple[list[Figure], list[Line]]:
    staff = session.execute(select(MedStaff.id).where(MedStaff.user_id == actor.user_id)).scalar_one_or_none()
    if staff is None:
        return [], []
    start, end = _day_bounds(day, session, actor.station_id)
    zone = station_zone(session, actor.station_id)
    sessions = session.execute(
        select(MedBooking.start_at, MedBooking.end_at, MedRoom.name, MedBooking.title, MedCase.number)
        .join(MedBookingStaff, MedBookingStaff.booking_id == MedBooking.id)
        .join(MedRoom, MedRoom.id == MedBooking.room_id)
        .outerjoin(MedCase, MedCase.id == MedBooking.case_id)
        .where(MedBookingStaff.staff_id == staff, MedBooking.cancelled.is_(False),
               MedBooking.start_at >= start, MedBooking.start_at < end)
        .order_by(MedBooking.start_at)).all()
    lines = [Line("session", f"{s.astimezone(zone):%H:%M}–{e.astimezone(zone):%H:%M}",
                  " ".join(part for part in (room, number or "", title) if part), "mediation_rooms")
             for s, e, room, title, number in sessions[:LIST_LIMIT]]
    mine = (MedCase.mediator_staff_id == staff) & (MedCase.status != "closed")
    unsigned = session.execute(select(MedCase.number, MedCase.title).join(MedAgreement, MedAgreement.case_id == MedCase.id)
                               .where(mine, MedAgreement.kind == "written", MedAgreement.effective_on.is_(None))
                               .order_by(MedCase.number)).all()
    lines += [Line("unsigned", "", f"{number} {title}", "mediation_cases") for number, title in unsigned[:LIST_LIMIT]]
    calendar = load_calendar(session)
    closing = []
    for number, title, effective in session.execute(
            select(MedCase.number, MedCase.title, MedAgreement.effective_on)
            .join(MedAgreement, MedAgreement.case_id == MedCase.id)
            .where(MedCase.mediator_staff_id == staff, MedAgreement.effective_on.is_not(None),
                   MedAgreement.judicial_applied_on.is_(None))):
        if effective is None:  # excluded by the query; the column is nullable
            continue
        last, _provisional = judicial_last_day(effective, calendar)
        if day <= last <= day + timedelta(days=JUDICIAL_WARN_DAYS):
            closing.append((last, number, title))
    closing.sort()
    lines += [Line("judicial", last.isoformat(), f"{number} {title}", "mediation_cases", last <= day + timedelta(days=2))
              for last, number, title in closing[:LIST_LIMIT]]
    return [Figure("sessions_today", len(sessions), "mediation_rooms"),
            Figure("unsigned", len(unsigned), "mediation_cases"),
            Figure("judicial_closing", len(closing), "mediation_cases", bool(closing))], lines


def _station(session: Session, actor: Actor, day: date) -> list[Figure]:
    today = (QueueTicket.station_id == actor.station_id) & (QueueTicket.day == day)
    counts = dict(session.execute(select(QueueTicket.status, func.count()).where(today)
                                  .group_by(QueueTicket.status)).all())
    start, end = _day_bounds(day, session, actor.station_id)
    registered = session.execute(select(func.count()).where(IntakeCase.station_id == actor.station_id,
                                                            IntakeCase.registered_at >= start,
                                                            IntakeCase.registered_at < end)).scalar_one()
    calendar = load_calendar(session)
    overdue = sum(1 for c in session.execute(select(IntakeCase).where(
        IntakeCase.station_id == actor.station_id, IntakeCase.status.in_(RUNNING),
        IntakeCase.deadline <= day)).scalars() if deadline_state(calendar, c, day) == "overdue")
    bad = session.execute(select(func.count()).where(Rating.station_id == actor.station_id, Rating.follow_up_status == "open")).scalar_one()
    return [Figure("issued_today", sum(counts.values()), "daily_log"),
            Figure("waiting_now", counts.get("waiting", 0), "daily_log"),
            Figure("served_today", counts.get("done", 0), "daily_log"),
            Figure("registered_today", registered, "intake_cases"),
            Figure("overdue_cases", overdue, "intake_cases", overdue > 0),
            Figure("open_bad_ratings", bad, "ratings", bad > 0)]


@entry(ranges={"window": (0, 999)})
def my_day(desk: Desk, actor: Actor, window: int = 0) -> MyDay:
    """The signed-in person's day; ``window`` is this terminal's service window (0: not a window)."""

    def work(session: Session) -> MyDay:
        day = desk.now().astimezone(station_zone(session, actor.station_id)).date()
        figures: list[Figure] = []
        lines: list[Line] = []
        if window and actor.can(Permission.QUEUE_SERVE):
            figures += _window(session, actor, day, window)
        if actor.can(Permission.INTAKE_ACCEPT):
            more, listed = _my_applications(session, actor, day)
            figures += more
            lines += listed
        if actor.can(Permission.MEDIATION_WRITE):
            more, listed = _my_mediation(session, actor, day)
            figures += more
            lines += listed
        if actor.can(Permission.REPORT_VIEW):
            figures += _station(session, actor, day)
        return MyDay(day, tuple(figures), tuple(lines))

    return read(desk, actor, None, work)
