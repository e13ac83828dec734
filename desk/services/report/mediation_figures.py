"""Mediation (人民调解) figures by dispute type, room bookings and follow-ups.

- registered: cases accepted (受理) on a day of the period;
- sessions: mediation sessions (调解, not investigations) held in the period, and the cases they belong to;
- succeeded / failed / terminated: cases closed in the period with that outcome;
- agreements signed: agreements that took effect in the period (written: all signed; oral: the day agreed);
- bookings: room bookings starting in the period that were not cancelled (and the cancelled ones);
- follow-up visits recorded in the period; follow-ups due at the end: agreements in force whose
  performance deadline has come by the last day and that have no follow-up visit yet.

The mediation tables have no index on these dates; a station has a few thousand cases in five
years, so reading them is cheap (bookings are read through the room/time index).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import distinct, exists, func, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.services.report.model import FigureColumn, FigureRow, FigureTable, Section
from desk.services.report.period import Period
from desk.store.models.mediation import MedBooking, MedRoom
from desk.store.models.mediation_case import MedAgreement, MedAgreementTerm, MedCase, MedFollowUp, MedSession

TYPE_KEYS = ("registered", "sessions", "cases_heard", "success", "failure", "terminated", "agreements")
TYPE_COLUMNS = tuple(FigureColumn(key, title) for key, title in zip(TYPE_KEYS, (
    QT_TRANSLATE_NOOP("ReportFigure", "Registered"), QT_TRANSLATE_NOOP("ReportFigure", "Sessions held"), QT_TRANSLATE_NOOP("ReportFigure", "Cases heard"),
    QT_TRANSLATE_NOOP("ReportFigure", "Succeeded"), QT_TRANSLATE_NOOP("ReportFigure", "Failed"), QT_TRANSLATE_NOOP("ReportFigure", "Terminated"),
    QT_TRANSLATE_NOOP("ReportFigure", "Agreements signed")), strict=True))


def _by_type(session: Session, station_id: int, period: Period) -> FigureTable:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(TYPE_KEYS, 0))
    c = MedCase
    mine = c.station_id == station_id
    for kind, n in session.execute(select(c.dispute_type, func.count(c.id)).where(
            mine, c.accepted_on >= period.first_day, c.accepted_on <= period.last_day).group_by(c.dispute_type)):
        counts[kind]["registered"] += n
    held = (MedSession.kind == "session", MedSession.held_at >= period.start, MedSession.held_at < period.end)
    for kind, n, cases in session.execute(
            select(c.dispute_type, func.count(MedSession.id), func.count(distinct(MedSession.case_id)))
            .join(c, c.id == MedSession.case_id).where(mine, *held).group_by(c.dispute_type)):
        counts[kind]["sessions"] += n
        counts[kind]["cases_heard"] += cases
    for kind, outcome, n in session.execute(select(c.dispute_type, c.outcome, func.count(c.id)).where(
            mine, c.outcome.is_not(None), c.closed_on >= period.first_day, c.closed_on <= period.last_day)
            .group_by(c.dispute_type, c.outcome)):
        counts[kind][str(outcome)] += n
    for kind, n in session.execute(
            select(c.dispute_type, func.count(MedAgreement.id)).join(c, c.id == MedAgreement.case_id)
            .where(mine, MedAgreement.effective_on >= period.first_day, MedAgreement.effective_on <= period.last_day)
            .group_by(c.dispute_type)):
        counts[kind]["agreements"] += n
    rows = tuple(FigureRow(kind, tuple(counts[kind][k] for k in TYPE_KEYS)) for kind in sorted(counts))
    total = FigureRow("total", tuple(sum(counts[kind][k] for kind in counts) for k in TYPE_KEYS))
    return FigureTable("mediation.by_type", QT_TRANSLATE_NOOP("ReportFigure", "Mediations by dispute type"), TYPE_COLUMNS, rows,
                       total, QT_TRANSLATE_NOOP("ReportFigure", "Dispute type"))


def _bookings_and_follow_ups(session: Session, station_id: int, period: Period) -> FigureTable:
    rooms = list(session.execute(select(MedRoom.id).where(MedRoom.station_id == station_id)).scalars())
    booked = cancelled = 0
    if rooms:  # room_id first: the (room, start) index serves the time range
        for is_cancelled, n in session.execute(
                select(MedBooking.cancelled, func.count(MedBooking.id)).where(
                    MedBooking.room_id.in_(rooms), MedBooking.start_at >= period.start,
                    MedBooking.start_at < period.end).group_by(MedBooking.cancelled)):
            if is_cancelled:
                cancelled += n
            else:
                booked += n
    a, f = MedAgreement, MedFollowUp
    of_station = select(MedCase.id).where(MedCase.station_id == station_id)
    visits = session.execute(select(func.count(f.id)).join(a, a.id == f.agreement_id).where(
        a.case_id.in_(of_station), f.visited_on >= period.first_day, f.visited_on <= period.last_day)).scalar_one()
    # Each term falls due on its own deadline, else the agreement's; a term past due needs a visit on or
    # after that day (a visit before it could not see the term performed).
    t = MedAgreementTerm
    term_due = func.coalesce(t.deadline, a.performance_deadline)
    visited_since = exists().where(f.agreement_id == a.id, f.visited_on >= term_due, f.visited_on <= period.last_day)
    term_unchecked = exists().where(t.agreement_id == a.id, term_due.is_not(None), term_due <= period.last_day,
                                    ~visited_since)
    due = session.execute(select(func.count(a.id)).where(
        a.case_id.in_(of_station), a.effective_on.is_not(None), a.effective_on <= period.last_day,
        term_unchecked)).scalar_one()
    columns = (FigureColumn("booked", QT_TRANSLATE_NOOP("ReportFigure", "Room bookings")),
               FigureColumn("cancelled", QT_TRANSLATE_NOOP("ReportFigure", "Bookings cancelled")),
               FigureColumn("visits", QT_TRANSLATE_NOOP("ReportFigure", "Follow-up visits")),
               FigureColumn("follow_ups_due", QT_TRANSLATE_NOOP("ReportFigure", "Follow-ups due at end")))
    return FigureTable("mediation.rooms", QT_TRANSLATE_NOOP("ReportFigure", "Bookings and follow-ups"), columns,
                       (FigureRow("人民调解", (booked, cancelled, visits, due)),))


def mediation_section(session: Session, station_id: int, period: Period) -> Section:
    return Section("mediation", QT_TRANSLATE_NOOP("ReportFigure", "Mediation"), (
        _by_type(session, station_id, period), _bookings_and_follow_ups(session, station_id, period),
    ), QT_TRANSLATE_NOOP("ReportFigure", "Registered: accepted in the period. Succeeded, failed, terminated: closed in the period. "
                            "Follow-ups due: agreements with a term past its performance deadline and no visit since."))
