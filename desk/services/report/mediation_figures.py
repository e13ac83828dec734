"""Mediation (人民调解) figures by dispute type, room bookings and follow-ups.

- registered: cases accepted (受理) on a day of the period;
- sessions: mediation sessions (调解, not investigations) held in the period, and the cases they belong to;
- succeeded / failed / terminated: cases closed in the period with that outcome;
- agreements signed: agreements that took effect in the period (written: all signed; oral: the day agreed);
- bookings: room bookings starting in the period that were not cancelled (and the cancelled ones);
- follow-up visits recorded in the period; follow-ups due at the end: agreements in force whose
  performance deadline has come by the last day and that have no follow-up visit yet.

Each count is read through the index on its own date (r0002; bookings through the room/time index),
so a day costs the same after five years as on the first day. Sessions, agreements and visits are
read by their date alone and matched to the station's cases afterwards: joined to the case in SQL,
SQLite walks the station's every case (its station index looks cheaper to it) instead of the day's
few rows. Only "follow-ups due" reads every agreement in force, as its definition asks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import exists, func, select
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


def _types_of(session: Session, station_id: int, case_ids: Iterable[int]) -> dict[int, str]:
    """Dispute type of each of ``case_ids`` that is this station's (a day's few cases, by primary key)."""
    ids, out = sorted(set(case_ids)), dict[int, str]()
    for chunk in range(0, len(ids), 500):
        out.update({case_id: kind for case_id, kind in session.execute(select(MedCase.id, MedCase.dispute_type).where(
            MedCase.station_id == station_id, MedCase.id.in_(ids[chunk:chunk + 500])))})
    return out


def _by_type(session: Session, station_id: int, period: Period) -> FigureTable:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(TYPE_KEYS, 0))
    c = MedCase
    mine = c.station_id == station_id
    for kind, n in session.execute(select(c.dispute_type, func.count(c.id)).where(
            mine, c.accepted_on >= period.first_day, c.accepted_on <= period.last_day).group_by(c.dispute_type)):
        counts[kind]["registered"] += n
    held = {case_id: n for case_id, n in session.execute(select(MedSession.case_id, func.count(MedSession.id)).where(
        MedSession.kind == "session", MedSession.held_at >= period.start, MedSession.held_at < period.end)
        .group_by(MedSession.case_id))}
    for case_id, kind in _types_of(session, station_id, held).items():
        counts[kind]["sessions"] += held[case_id]
        counts[kind]["cases_heard"] += 1
    for kind, outcome, n in session.execute(select(c.dispute_type, c.outcome, func.count(c.id)).where(
            mine, c.outcome.is_not(None), c.closed_on >= period.first_day, c.closed_on <= period.last_day)
            .group_by(c.dispute_type, c.outcome)):
        counts[kind][str(outcome)] += n
    signed = list(session.execute(select(MedAgreement.case_id).where(
        MedAgreement.effective_on >= period.first_day, MedAgreement.effective_on <= period.last_day)).scalars())
    types = _types_of(session, station_id, signed)
    for case_id in signed:  # one agreement per case (unique case_id)
        if case_id in types:
            counts[types[case_id]]["agreements"] += 1
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
    visited = {case_id: n for case_id, n in session.execute(select(a.case_id, func.count(f.id)).join(
        a, a.id == f.agreement_id).where(f.visited_on >= period.first_day, f.visited_on <= period.last_day)
        .group_by(a.case_id))}
    visits = sum(visited[case_id] for case_id in _types_of(session, station_id, visited))
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
