"""Application (一窗受理) figures: cases by catalogue item, consultations, ratings and their follow-ups.

How a case is counted for the period [first day, last day]:
- registered: taken in during the period (registration time, indexed);
- accepted: registered in the period and its clock started by the last day (materials complete);
- materials missing: registered in the period with a one-time notice (一次性告知) of missing materials;
- refused: registered in the period and refused (不予受理);
- completed: completed (办结) during the period, whenever it was registered;
- overdue / due soon: cases whose deadline was running at the end of the last day, classified
  against that day with the working-day calendar (due soon = at most 2 working days left). A case
  whose clock was paused then (行政许可法 Art. 45) is neither; an extended case (Art. 42) counts
  against its new deadline from the day the extension was approved. For a
  day that has not ended yet that is the cases running now; for a past day the status each case
  had at midnight is read back from its history.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.services.intake.case_queries import SOON_WORKING_DAYS
from desk.services.intake.common import REFUSED, RUNNING, WITHDRAWN, load_calendar
from desk.services.intake.ratings import FOLLOW_UP_LEVELS, LEVELS
from desk.services.report.model import COUNT, FigureColumn, FigureRow, FigureTable, Section
from desk.services.report.period import Period
from desk.store.models.intake import CaseClockChange, CaseEvent, Consultation, IntakeCase, Rating, ServiceItem

CASE_KEYS = ("registered", "accepted", "missing", "refused", "completed", "overdue", "due_soon")
CASE_COLUMNS = tuple(FigureColumn(key, title, COUNT) for key, title in zip(CASE_KEYS, (
    QT_TRANSLATE_NOOP("ReportFigure", "Registered"), QT_TRANSLATE_NOOP("ReportFigure", "Accepted"), QT_TRANSLATE_NOOP("ReportFigure", "Materials missing"),
    QT_TRANSLATE_NOOP("ReportFigure", "Refused"), QT_TRANSLATE_NOOP("ReportFigure", "Completed"), QT_TRANSLATE_NOOP("ReportFigure", "Overdue at end"),
    QT_TRANSLATE_NOOP("ReportFigure", "Due soon at end")), strict=True))
NO_ITEM = "（未关联事项）"


def _running_at_end(session: Session, station_id: int, period: Period, now: datetime) -> list[tuple[int, str]]:
    """(item_id, deadline state) of every case whose deadline was running at the end of the period."""
    c = IntakeCase
    columns = (c.id, c.item_id, c.deadline, c.deadline_missing_year, c.paused_since)
    if period.end > now:  # the day is not over: its end state is the state now
        rows = session.execute(select(*columns).where(c.station_id == station_id, c.status.in_(RUNNING),
                                                      c.paused_since.is_(None))).all()
        deadlines = {r.id: r.deadline for r in rows}
    else:
        # Running now, or left "running" after midnight (completed later, or withdrawn at any time):
        # the status at midnight is the last history entry before it.
        rows = session.execute(select(*columns).where(
            c.station_id == station_id, c.registered_at < period.end,
            or_(c.status.in_(RUNNING), c.completed_at >= period.end, c.status == WITHDRAWN))).all()
        ids = [r.id for r in rows]
        status: dict[int, str] = {}
        for chunk in range(0, len(ids), 500):
            for case_id, to_status in session.execute(
                    select(CaseEvent.case_id, CaseEvent.to_status)
                    .where(CaseEvent.case_id.in_(ids[chunk:chunk + 500]), CaseEvent.at < period.end)
                    .order_by(CaseEvent.case_id, CaseEvent.at, CaseEvent.id)):
                status[case_id] = to_status
        rows = [r for r in rows if status.get(r.id) in RUNNING]
        deadlines = _deadlines_at_end(session, [r.id for r in rows], {r.id: r.deadline for r in rows}, period)
    calendar = load_calendar(session)
    out: list[tuple[int, str]] = []
    for r in rows:
        deadline = deadlines.get(r.id)
        if deadline is None:  # no deadline, or paused (Art. 45) at the end: neither overdue nor due soon
            continue
        out.append((r.item_id, calendar.deadline_state(deadline, period.last_day, SOON_WORKING_DAYS)))
    return out


def _deadlines_at_end(session: Session, ids: list[int], now_deadlines: dict[int, date | None],
                      period: Period) -> dict[int, date | None]:
    """Each case's deadline as it stood at the end of a past period: before the first clock change
    made after it (an extension or a pause moved it since), None for a case paused at that end."""
    out = dict(now_deadlines)
    settled: set[int] = set()
    for chunk in range(0, len(ids), 500):
        for change in session.execute(select(CaseClockChange).where(
                CaseClockChange.case_id.in_(ids[chunk:chunk + 500])).order_by(CaseClockChange.id)).scalars():
            if change.case_id in settled:
                continue
            if change.kind == "pause" and change.start_on <= period.last_day and (
                    change.end_on is None or change.end_on > period.last_day):
                out[change.case_id] = None
                settled.add(change.case_id)
            elif change.at >= period.end:
                out[change.case_id] = change.old_deadline
                settled.add(change.case_id)
    return out


def _cases(session: Session, station_id: int, period: Period, now: datetime) -> FigureTable:
    c = IntakeCase
    counts: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(CASE_KEYS, 0))
    for r in session.execute(select(c.item_id, c.status, c.clock_start, c.materials_due).where(
            c.station_id == station_id, c.registered_at >= period.start, c.registered_at < period.end)):
        row = counts[r.item_id]
        row["registered"] += 1
        row["accepted"] += r.clock_start is not None and r.clock_start <= period.last_day
        row["missing"] += r.materials_due is not None
        row["refused"] += r.status == REFUSED
    # completed_at is set only when a case is completed (then delivered): no status filter, so that an
    # index on completed_at is used as soon as there is one; counted here, not with GROUP BY (which
    # would make SQLite walk the item index instead).
    for (item_id,) in session.execute(select(c.item_id).where(
            c.station_id == station_id, c.completed_at >= period.start, c.completed_at < period.end)):
        counts[item_id]["completed"] += 1
    for item_id, state in _running_at_end(session, station_id, period, now):
        if state in ("overdue", "due_soon"):
            counts[item_id][state] += 1
    items = {r.id: (r.code, r.name) for r in session.execute(
        select(ServiceItem.id, ServiceItem.code, ServiceItem.name).where(ServiceItem.id.in_(counts)))}
    rows = tuple(FigureRow(items[i][1] if i in items else f"#{i}", tuple(counts[i][k] for k in CASE_KEYS))
                 for i in sorted(counts, key=lambda i: items.get(i, ("", ""))[0]))  # catalogue order
    total = FigureRow("total", tuple(sum(counts[i][k] for i in counts) for k in CASE_KEYS))
    return FigureTable("intake.by_item", QT_TRANSLATE_NOOP("ReportFigure", "Cases by item"), CASE_COLUMNS, rows, total,
                       QT_TRANSLATE_NOOP("ReportFigure", "Item"))


def _consultations(session: Session, station_id: int, period: Period) -> FigureTable:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    query = (select(ServiceItem.name, Consultation.channel, func.count(Consultation.id))
             .outerjoin(ServiceItem, ServiceItem.id == Consultation.item_id)
             .where(Consultation.station_id == station_id, Consultation.at >= period.start,
                    Consultation.at < period.end)
             .group_by(ServiceItem.name, Consultation.channel))
    for name, channel, n in session.execute(query):
        row = counts[name or NO_ITEM]
        row[0 if channel == "walk_in" else 1] += n
        row[2] += n
    rows = tuple(FigureRow(name, tuple(counts[name])) for name in sorted(counts))
    total = FigureRow("total", tuple(sum(counts[n][i] for n in counts) for i in range(3)))
    columns = (FigureColumn("walk_in", QT_TRANSLATE_NOOP("ReportFigure", "Walk-in")),
               FigureColumn("hotline", QT_TRANSLATE_NOOP("ReportFigure", "Hotline")),
               FigureColumn("total", QT_TRANSLATE_NOOP("ReportFigure", "Total")))
    return FigureTable("intake.consultations", QT_TRANSLATE_NOOP("ReportFigure", "Consultations"), columns, rows, total,
                       QT_TRANSLATE_NOOP("ReportFigure", "Item"))


def _ratings(session: Session, station_id: int, period: Period, now: datetime) -> tuple[FigureTable, FigureTable]:
    r = Rating
    levels = dict(session.execute(select(r.level, func.count(r.id)).where(
        r.station_id == station_id, r.at >= period.start, r.at < period.end).group_by(r.level)).all())
    rows = tuple(FigureRow(f"{level} {LEVELS[level]}", (levels.get(level, 0),)) for level in sorted(LEVELS,
                                                                                                  reverse=True))
    by_level = FigureTable("intake.ratings", QT_TRANSLATE_NOOP("ReportFigure", "Ratings by level"),
                           (FigureColumn("ratings", QT_TRANSLATE_NOOP("ReportFigure", "Ratings")),), rows,
                           FigureRow("total", (sum(levels.values()),)), QT_TRANSLATE_NOOP("ReportFigure", "Level"))
    bad = (r.station_id == station_id, r.level.in_(FOLLOW_UP_LEVELS))
    opened = sum(levels.get(level, 0) for level in FOLLOW_UP_LEVELS)
    closed = session.execute(select(func.count(r.id)).where(
        *bad, r.follow_up_status == "closed", r.follow_up_at >= period.start, r.follow_up_at < period.end)).scalar_one()
    # Open at the end: still open now, or closed only after the end (impossible while the day runs).
    # Both go through the follow-up status index; the few open ones are filtered by time here.
    open_rows = [(at, due) for at, due in session.execute(select(r.at, r.follow_up_due).where(
        *bad, r.follow_up_status == "open")) if at < period.end]
    if period.end <= now:
        open_rows += [(at, due) for at, due in session.execute(select(r.at, r.follow_up_due).where(
            *bad, r.follow_up_status == "closed", r.follow_up_at >= period.end, r.at < period.end))]
    late = sum(1 for _at, due in open_rows if due is not None and due < period.last_day)
    follow = FigureTable("intake.rating_follow_ups", QT_TRANSLATE_NOOP("ReportFigure", "Bad-rating follow-ups"), (
        FigureColumn("opened", QT_TRANSLATE_NOOP("ReportFigure", "Opened")), FigureColumn("closed", QT_TRANSLATE_NOOP("ReportFigure", "Closed")),
        FigureColumn("open_at_end", QT_TRANSLATE_NOOP("ReportFigure", "Open at end")),
        FigureColumn("late_at_end", QT_TRANSLATE_NOOP("ReportFigure", "Past due at end"))),
        (FigureRow("不满意/非常不满意", (opened, closed, len(open_rows), late)),), name_title="")
    return by_level, follow


def intake_section(session: Session, station_id: int, period: Period, now: datetime) -> Section:
    return Section("intake", QT_TRANSLATE_NOOP("ReportFigure", "Applications"), (
        _cases(session, station_id, period, now), _consultations(session, station_id, period),
        *_ratings(session, station_id, period, now),
    ), QT_TRANSLATE_NOOP("ReportFigure", "Accepted: registered in the period and accepted by its end. Completed: completed in "
                            "the period. Overdue and due soon: deadlines still running at the end of the last day."))
